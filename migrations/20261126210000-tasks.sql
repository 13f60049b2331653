-- Tasks from directives: directives (nghị quyết, kết luận, chỉ thị, thông báo kết luận, kế hoạch)
-- and their tasks, programmes and key projects of a resolution with their recorded decisions,
-- progress reports, extensions, completion submitted and confirmed or returned, requests for
-- explanation and their answers, reminder schedules, contacts, the job queue and the message log.
-- Nothing is overwritten: directives, tasks, programmes, schedules, contacts and answers are
-- revisions; an extension, a submission, a review and a report are rows of their own.

create table directives (
  id text primary key,
  -- the office that issued the directive and follows it (access is checked on this unit)
  unit_code text not null,
  created_at timestamptz not null default now()
);
create index directives_unit_idx on directives (unit_code);

create table directive_revisions (
  directive_id text not null references directives (id),
  revision integer not null check (revision > 0),
  kind text not null check (kind in ('nghi-quyet', 'ket-luan', 'chi-thi', 'thong-bao-ket-luan', 'ke-hoach')),
  number text not null check (length(number) between 1 and 100),
  issued_on date not null,
  issuer text not null check (length(issuer) between 1 and 300),
  title text not null check (length(title) between 1 and 1000),
  resolution_id text references resolutions (id),
  note text,
  illustrative boolean not null default false,
  recorded_at timestamptz not null default now(),
  recorded_by uuid,
  recorded_by_name text,
  primary key (directive_id, revision)
);

create table tasks (
  id text primary key,
  directive_id text not null references directives (id),
  created_at timestamptz not null default now()
);
create index tasks_directive_idx on tasks (directive_id);

create table task_revisions (
  task_id text not null references tasks (id),
  revision integer not null check (revision > 0),
  number text not null check (length(number) between 1 and 30),
  content text not null check (length(content) between 1 and 5000),
  -- the lead unit as the directive names it; its code when it is a unit of the tree
  lead_unit text not null check (length(lead_unit) between 1 and 300),
  lead_unit_code text,
  cooperating_units jsonb not null default '[]',
  owner_user_id uuid references users (id),
  owner_name text,
  deadline_kind text not null check (deadline_kind in ('date', 'recurring', 'continuous', 'none')),
  deadline_date date,
  deadline_every text check (deadline_every in ('month', 'quarter', 'year')),
  expected_product text,
  -- what the task serves: [{ "type": "target" | "programme", "id": "..." }]
  links jsonb not null default '[]',
  assigned_on date not null,
  withdrawn boolean not null default false,
  recorded_at timestamptz not null default now(),
  recorded_by uuid,
  recorded_by_name text,
  primary key (task_id, revision),
  check ((deadline_kind = 'date') = (deadline_date is not null)),
  check ((deadline_kind = 'recurring') = (deadline_every is not null))
);
create index task_revisions_owner_idx on task_revisions (owner_user_id);
create index task_revisions_lead_idx on task_revisions (lead_unit_code);

-- An extension is a decision of its own; the task's deadline (the original) is never rewritten.
create table task_extensions (
  id text primary key,
  task_id text not null references tasks (id),
  previous_deadline date,
  new_deadline date not null,
  decision text not null check (length(decision) between 1 and 300),
  decided_on date not null,
  reason text,
  recorded_at timestamptz not null default now(),
  recorded_by uuid,
  recorded_by_name text
);
create index task_extensions_task_idx on task_extensions (task_id, recorded_at);

-- The owner says the work is done; the assigning office confirms or returns it.
create table task_submissions (
  id text primary key,
  task_id text not null references tasks (id),
  completed_on date not null,
  note text,
  submitted_at timestamptz not null default now(),
  submitted_by uuid,
  submitted_by_name text
);
create index task_submissions_task_idx on task_submissions (task_id, submitted_at);

create table task_reviews (
  id text primary key,
  submission_id text not null unique references task_submissions (id),
  decision text not null check (decision in ('confirmed', 'returned')),
  reason text,
  decided_at timestamptz not null default now(),
  decided_by uuid,
  decided_by_name text
);

-- Programmes, breakthroughs, key works and projects of a Congress resolution.
create table programmes (
  id text primary key,
  unit_code text not null,
  resolution_id text references resolutions (id),
  created_at timestamptz not null default now()
);
create index programmes_unit_idx on programmes (unit_code);

-- Every change of a programme is a revision carrying the decision that made it.
create table programme_revisions (
  programme_id text not null references programmes (id),
  revision integer not null check (revision > 0),
  kind text not null check (kind in ('chuong-trinh', 'dot-pha', 'cong-trinh-du-an', 'de-an', 'ke-hoach')),
  code text,
  name text not null check (length(name) between 1 and 1000),
  description text,
  lead_unit text,
  investment numeric,
  investment_unit text,
  start_year integer,
  end_year integer,
  milestones jsonb not null default '[]',
  status text not null check (status in ('active', 'dropped')),
  change text not null check (change in ('create', 'rename', 'change', 'drop')),
  decision text,
  decided_on date,
  reason text,
  illustrative boolean not null default false,
  recorded_at timestamptz not null default now(),
  recorded_by uuid,
  recorded_by_name text,
  primary key (programme_id, revision),
  check (change = 'create' or (decision is not null and decided_on is not null))
);

-- Progress reports of a task or a programme: each one a row, never edited.
create table progress_reports (
  id text primary key,
  task_id text references tasks (id),
  programme_id text references programmes (id),
  reported_on date not null,
  text text not null check (length(text) between 1 and 10000),
  percent numeric check (percent is null or (percent >= 0 and percent <= 100)),
  milestone text,
  disbursed numeric,
  recorded_at timestamptz not null default now(),
  recorded_by uuid,
  recorded_by_name text,
  check (num_nonnulls(task_id, programme_id) = 1)
);
create index progress_reports_task_idx on progress_reports (task_id, reported_on);
create index progress_reports_programme_idx on progress_reports (programme_id, reported_on);

create table report_attachments (
  id text primary key,
  report_id text not null references progress_reports (id),
  file_name text not null check (length(file_name) between 1 and 255),
  media_type text not null,
  size integer not null check (size >= 0),
  content bytea not null
);
create index report_attachments_report_idx on report_attachments (report_id);

-- A leader asks for an explanation on a late task or a red target; the addressee answers.
create table explanation_requests (
  id text primary key,
  unit_code text not null,
  task_id text references tasks (id),
  target_id text references targets (id),
  addressee_user_id uuid references users (id),
  addressee_name text,
  question text not null check (length(question) between 1 and 5000),
  due_on date not null,
  requested_at timestamptz not null default now(),
  requested_by uuid,
  requested_by_name text,
  check (num_nonnulls(task_id, target_id) = 1)
);
create index explanation_requests_task_idx on explanation_requests (task_id);
create index explanation_requests_addressee_idx on explanation_requests (addressee_user_id);

create table explanation_answers (
  request_id text not null references explanation_requests (id),
  revision integer not null check (revision > 0),
  text text not null check (length(text) between 1 and 10000),
  answered_at timestamptz not null default now(),
  answered_by uuid,
  answered_by_name text,
  primary key (request_id, revision)
);

-- The office's reminder schedule, as revisions per unit.
create table reminder_schedule_revisions (
  unit_code text not null,
  revision integer not null check (revision > 0),
  before_days jsonb not null,
  on_the_day boolean not null,
  overdue_every_days integer not null check (overdue_every_days between 0 and 365),
  escalate_after_days integer check (escalate_after_days is null or escalate_after_days between 1 and 365),
  due_soon_days integer not null check (due_soon_days between 0 and 60),
  channels jsonb not null default '["in-app", "email"]',
  recorded_at timestamptz not null default now(),
  recorded_by uuid,
  recorded_by_name text,
  primary key (unit_code, revision)
);

-- How to reach a person and who their superior is (for escalation), as revisions.
create table contact_revisions (
  user_id uuid not null references users (id),
  revision integer not null check (revision > 0),
  email text,
  phone text,
  title text,
  superior_user_id uuid references users (id),
  recorded_at timestamptz not null default now(),
  recorded_by uuid,
  recorded_by_name text,
  primary key (user_id, revision)
);

-- The job queue: claimed with FOR UPDATE SKIP LOCKED by any server instance; a claim expires
-- (locked_until) so a job of a crashed instance runs again. A singleton key makes a scheduled
-- run (one per day) exist once whatever the number of instances.
create table jobs (
  id bigint generated by default as identity primary key,
  queue text not null,
  payload jsonb not null default '{}',
  run_at timestamptz not null default now(),
  state text not null default 'queued' check (state in ('queued', 'running', 'done', 'failed')),
  attempts integer not null default 0,
  max_attempts integer not null default 5,
  locked_by text,
  locked_until timestamptz,
  last_error text,
  singleton_key text,
  created_at timestamptz not null default now(),
  finished_at timestamptz
);
create unique index jobs_singleton_uq on jobs (singleton_key) where singleton_key is not null;
create index jobs_ready_idx on jobs (queue, run_at) where state in ('queued', 'running');

-- Every message sent (or tried), on every channel.
create table messages (
  id text primary key,
  recipient_user_id uuid references users (id),
  channel text not null,
  address text,
  kind text not null check (kind in ('reminder', 'escalation', 'explanation-request', 'explanation-answer', 'returned', 'assigned')),
  subject text not null,
  body text not null,
  task_ids jsonb not null default '[]',
  unit_code text,
  -- one message per person, channel, kind and day: a rerun of the same day sends nothing twice
  dedupe_key text not null unique,
  status text not null check (status in ('queued', 'sent', 'failed')),
  error text,
  job_id bigint,
  created_at timestamptz not null default now(),
  sent_at timestamptz
);
create index messages_recipient_idx on messages (recipient_user_id, created_at);
create index messages_unit_idx on messages (unit_code, created_at);

-- Which reminder or escalation a task got on which day for which deadline (escalation once per
-- deadline in force).
create table reminder_marks (
  task_id text not null references tasks (id),
  kind text not null check (kind in ('reminder', 'escalation')),
  on_date date not null,
  deadline date,
  recipient_user_id uuid not null,
  message_id text references messages (id),
  primary key (task_id, kind, on_date, recipient_user_id)
);
