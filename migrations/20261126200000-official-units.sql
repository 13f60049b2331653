-- Official administrative units and their lineage as dated facts.
-- units: the kind of unit as the source names it (tỉnh, huyện, quận, thị xã, thành phố, xã,
-- phường, thị trấn, đặc khu), where the row came from, and flags on doubtful source rows (the
-- row is kept and flagged, never dropped).
alter table units add column unit_type text;
alter table units add column source text;
alter table units add column flags text[] not null default '{}';

-- Lineage: besides merge, split and rename, a change of type (xã → phường) and a unit that
-- continues unchanged under a new parent (the district level gone). A share of a split says
-- what it rests on: population, area or a named figure, entered where the source gives none.
alter table unit_lineage drop constraint unit_lineage_kind_check;
alter table unit_lineage add constraint unit_lineage_kind_check
  check (kind in ('merge', 'split', 'rename', 'retype', 'continue'));
alter table unit_lineage add column share_basis text
  check (share_basis is null or share_basis in ('population', 'area', 'figure'));
alter table unit_lineage add column share_figure text;
alter table unit_lineage add column source text;
alter table unit_lineage add column flags text[] not null default '{}';
create index unit_lineage_from_idx on unit_lineage (from_unit_id);

-- Rows of a source that could not become a unit or a link as they are (an empty old code, a code
-- unknown to the other source, two names for one code), kept with the row itself.
create table unit_source_flags (
  id text primary key,
  import_id text not null,
  source text not null,
  flag text not null,
  code text,
  unit_id text references units (id),
  detail jsonb not null,
  created_at timestamptz not null default now()
);
create index unit_source_flags_import_idx on unit_source_flags (import_id);
create index unit_source_flags_code_idx on unit_source_flags (code);
