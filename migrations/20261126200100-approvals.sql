-- Approval of a unit's figures per resolution and period, as revisions: each step (submitted,
-- approved, accepted, returned, reopened) is a new row, the highest revision is the state.
-- Nothing is updated in place; the audit log has every step as well.
create table period_approvals (
  id text primary key,
  resolution_id text not null references resolutions (id),
  unit_code text not null,
  period text not null,
  revision integer not null check (revision > 0),
  state text not null check (state in ('submitted', 'approved', 'accepted', 'returned', 'reopened')),
  reason text,
  decided_at timestamptz not null default now(),
  decided_by text,
  decided_by_name text,
  unique (resolution_id, period, revision),
  check (state not in ('returned', 'reopened') or (reason is not null and length(btrim(reason)) > 0))
);
create index period_approvals_unit_idx on period_approvals (unit_code, period);

-- The deadline a parent unit (the province) sets for the figures of a period of every unit
-- below it, as revisions.
create table reporting_deadlines (
  id text primary key,
  unit_code text not null,
  period text not null,
  revision integer not null check (revision > 0),
  due_date date not null,
  recorded_at timestamptz not null default now(),
  recorded_by text,
  recorded_by_name text,
  unique (unit_code, period, revision)
);

-- A request from a parent unit to a unit below ("đề nghị cập nhật số liệu kỳ …"), shown to the
-- unit's editors.
create table unit_requests (
  id text primary key,
  unit_code text not null,
  from_unit_code text not null,
  resolution_id text references resolutions (id),
  period text not null,
  kind text not null check (kind in ('reminder')),
  message text not null,
  requested_at timestamptz not null default now(),
  requested_by text,
  requested_by_name text
);
create index unit_requests_unit_idx on unit_requests (unit_code, requested_at);
