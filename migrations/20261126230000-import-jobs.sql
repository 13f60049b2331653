-- Import jobs: an upload, its stage, progress, errors and result, readable from every server
-- instance while it runs and after. The upload's bytes stay in the row until the import ends;
-- the run itself is a row of `jobs` (queue 'imports'), so a crashed instance's import runs again.
create table import_jobs (
  id text primary key,
  unit_code text not null,
  user_id text,
  filename text,
  -- who started it (user id, name, origin) and the request's options (resolution, CSV locale)
  actor jsonb not null,
  options jsonb not null default '{}',
  bytes bytea,
  state text not null default 'running' check (state in ('running', 'succeeded', 'failed')),
  stage text not null default 'parse' check (stage in ('parse', 'validate', 'write', 'done')),
  progress integer not null default 0 check (progress between 0 and 100),
  errors jsonb not null default '[]',
  code text,
  message text,
  result jsonb,
  started_at timestamptz not null default now(),
  finished_at timestamptz
);
create index import_jobs_finished_idx on import_jobs (finished_at) where finished_at is not null;
