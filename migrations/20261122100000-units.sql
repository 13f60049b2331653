-- Administrative units with their statistics-office codes and validity, and the lineage between
-- old and new units (the 2025 reorganisation: merges, partial splits, renames).
-- Validity is a half-open interval [valid_from, valid_to): a unit that ceased on 2025-07-01 has
-- valid_to = '2025-07-01' and its successor valid_from = '2025-07-01'. NULL valid_from = known
-- since before the system's history; NULL valid_to = still valid.

create table units (
  id text primary key,
  code text not null check (code ~ '^[0-9]{2}([0-9]|[0-9]{3})?$'),
  name text not null,
  level text not null check (level in ('province', 'district', 'commune')),
  parent_id text references units (id),
  valid_from date,
  valid_to date,
  -- true for data shown as an illustration (demo lineage), not an official record
  illustrative boolean not null default false,
  note text,
  created_at timestamptz not null default now(),
  check (valid_to is null or valid_from is null or valid_to > valid_from)
);
-- A code is unique per validity: one unit per (code, start), and at most one still-valid unit.
create unique index units_code_from_uq on units (code, coalesce(valid_from, date '0001-01-01'));
create unique index units_code_current_uq on units (code) where valid_to is null;
create index units_parent_idx on units (parent_id);

create table unit_lineage (
  id text primary key,
  from_unit_id text not null references units (id),
  to_unit_id text not null references units (id),
  kind text not null check (kind in ('merge', 'split', 'rename')),
  -- for a partial split: the share (0..1] of the old unit that went to the new one, if known
  share numeric check (share is null or (share > 0 and share <= 1)),
  effective_date date not null,
  illustrative boolean not null default false,
  notes text,
  created_at timestamptz not null default now(),
  check (from_unit_id <> to_unit_id),
  unique (from_unit_id, to_unit_id, effective_date)
);
create index unit_lineage_to_idx on unit_lineage (to_unit_id);
