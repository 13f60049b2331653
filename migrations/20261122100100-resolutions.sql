-- Party committees, their congresses and terms, the congress resolutions and their targets with
-- every attribute the core knows, and recorded adjustments of targets.
-- Numbers are numeric (raw, never rounded); goals are jsonb in the core's TargetGoal shape.

create table committees (
  id text primary key,
  unit_id text not null references units (id),
  name text not null,
  created_at timestamptz not null default now(),
  unique (unit_id, name)
);

create table congresses (
  id text primary key,
  committee_id text not null references committees (id),
  number integer not null check (number > 0),
  term text not null check (term ~ '^[0-9]{4}-[0-9]{4}$'),
  held_on date,
  created_at timestamptz not null default now(),
  unique (committee_id, number)
);

create table resolutions (
  id text primary key,
  unit_id text not null references units (id),
  congress_id text not null references congresses (id),
  title text not null,
  issuer_kind text not null check (issuer_kind in ('party', 'state')),
  issuer_superior text,
  issuer_name text not null,
  issuer_place text not null,
  issuer_symbol text,
  created_at timestamptz not null default now(),
  created_by text,
  unique (congress_id, title)
);
create index resolutions_unit_idx on resolutions (unit_id);

create table targets (
  id text primary key,
  resolution_id text not null references resolutions (id),
  code text not null,
  name text not null,
  indicator text,
  field text not null check (field in ('kinh-te', 'van-hoa-xa-hoi', 'moi-truong', 'quoc-phong-an-ninh', 'xay-dung-dang')),
  kind text not null check (kind in ('average-growth', 'end-level', 'cumulative-total', 'annual-threshold', 'ratio',
    'count', 'range', 'milestone', 'grade', 'structure')),
  direction text not null check (direction in ('higher-is-better', 'lower-is-better')),
  qualifier text not null check (qualifier in ('at-least', 'more-than', 'less-than', 'at-most', 'about', 'none')),
  unit text not null,
  precision integer not null check (precision between 0 and 6),
  goal jsonb not null,
  base_year integer,
  base_value numeric,
  target_year integer,
  series_basis text check (series_basis in ('level', 'growth-rate')),
  accumulation text check (accumulation in ('level', 'additions')),
  price_basis text check (price_basis in ('constant-2010', 'current', 'none')),
  stated_count_value numeric,
  stated_count_unit text,
  parent_id text references targets (id),
  sort_order integer not null default 0,
  dropped_decision text,
  dropped_date date,
  dropped_reason text,
  dropped_by text,
  note text,
  created_at timestamptz not null default now(),
  check ((dropped_decision is null) = (dropped_date is null))
);
create index targets_resolution_idx on targets (resolution_id, sort_order);
create index targets_indicator_idx on targets (indicator);

create table target_adjustments (
  id text primary key,
  target_id text not null references targets (id),
  old_goal jsonb not null,
  new_goal jsonb not null,
  decision_number text not null,
  decision_date date not null,
  reason text,
  recorded_by text,
  recorded_at timestamptz not null default now()
);
create index target_adjustments_target_idx on target_adjustments (target_id, recorded_at);
