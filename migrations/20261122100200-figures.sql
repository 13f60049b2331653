-- Figures kept as revisions: nothing is overwritten in place. Each row is one revision of one
-- figure; the current figure is the highest revision; a deletion is a revision with deleted = true.
-- The unique (figure key, revision) constraint makes two concurrent saves of the same revision fail.

create table observation_revisions (
  id text primary key,
  target_id text not null references targets (id),
  period text not null,
  revision integer not null check (revision > 0),
  status text check (status in ('estimate', 'preliminary', 'official')),
  -- numbers go to value_number (raw numeric); booleans, grade names and structure shares to value_json
  value_number numeric,
  value_json jsonb,
  deleted boolean not null default false,
  source text,
  comment text,
  recorded_at timestamptz not null default now(),
  recorded_by text,
  recorded_by_name text,
  unique (target_id, period, revision),
  check (deleted or (status is not null and ((value_number is null) <> (value_json is null))))
);

create table plan_revisions (
  id text primary key,
  target_id text not null references targets (id),
  period text not null,
  kind text not null check (kind in ('annual-plan', 'budget-estimate')),
  source text not null,
  revision integer not null check (revision > 0),
  label text,
  value numeric,
  deleted boolean not null default false,
  recorded_at timestamptz not null default now(),
  recorded_by text,
  recorded_by_name text,
  unique (target_id, period, kind, source, revision),
  check (deleted or (value is not null and label is not null))
);

create table benchmark_revisions (
  id text primary key,
  target_id text not null references targets (id),
  period text not null,
  label text not null,
  revision integer not null check (revision > 0),
  value numeric,
  rank_position integer,
  rank_of integer,
  rank_scope text,
  deleted boolean not null default false,
  recorded_at timestamptz not null default now(),
  recorded_by text,
  recorded_by_name text,
  unique (target_id, period, label, revision),
  check (deleted or value is not null)
);

create table scenario_revisions (
  id text primary key,
  target_id text not null references targets (id),
  revision integer not null check (revision > 0),
  growth_rate numeric,
  -- [{ "period": "2024", "value": 123.4 }, ...]
  path jsonb,
  note text,
  deleted boolean not null default false,
  recorded_at timestamptz not null default now(),
  recorded_by text,
  recorded_by_name text,
  unique (target_id, revision)
);

-- Assessments: the computed suggestion (snapshot) beside the committee's final label, who decided,
-- why and when. Every decision is a new revision; withdrawing an override is a revision too.
create table assessments (
  id text primary key,
  target_id text not null references targets (id),
  scheme text not null check (scheme in ('verdict', 'band', 'light')),
  revision integer not null check (revision > 0),
  suggestion jsonb,
  label text,
  reason text,
  causes text,
  owner text,
  withdrawn boolean not null default false,
  decided_at timestamptz not null default now(),
  decided_by text,
  decided_by_name text,
  unique (target_id, scheme, revision),
  check (withdrawn or (label is not null and reason is not null and length(btrim(reason)) > 0))
);
