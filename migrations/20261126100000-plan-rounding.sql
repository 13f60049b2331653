-- How a plan's percentage is cut to its decimals: half away from zero (default) or truncation,
-- as some offices print. Targets keep theirs among their attributes (`extra`).

alter table plan_revisions add column rounding text check (rounding in ('half-away-from-zero', 'truncate'));
