-- Attributes the core added to targets and plans: decimals of achievement percentages, the unit
-- of the levels of a growth target, flow or stock aggregation. `extra` keeps any further
-- attribute of a target not yet mapped to a column, so none is lost on the way through storage.

alter table targets add column percent_decimals integer check (percent_decimals between 0 and 6);
alter table targets add column level_unit text;
alter table targets add column aggregation text check (aggregation in ('flow', 'stock'));
alter table targets add column extra jsonb;

alter table plan_revisions add column percent_decimals integer check (percent_decimals between 0 and 6);
