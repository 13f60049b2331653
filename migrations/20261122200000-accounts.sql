-- Accounts, roles, sessions and login attempts. Everything lives in the database so that several
-- server instances share sessions, lock-outs and throttling.

create table if not exists users (
  id uuid primary key,
  -- stored lower-case; unique across the system
  username text not null unique check (username = lower(username) and length(username) between 1 and 64),
  display_name text not null,
  -- argon2id encoded hash ($argon2id$v=19$...)
  password_hash text not null,
  disabled boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

-- A role on a unit applies to that unit and every unit below it.
create table if not exists user_roles (
  user_id uuid not null references users (id) on delete cascade,
  unit_code text not null,
  role text not null check (role in ('admin', 'editor', 'approver', 'viewer')),
  granted_at timestamptz not null default now(),
  granted_by uuid references users (id) on delete set null,
  primary key (user_id, unit_code, role)
);
create index if not exists user_roles_unit_idx on user_roles (unit_code);

-- Only the SHA-256 of the session token is stored: a stolen table gives no usable cookie.
create table if not exists sessions (
  token_hash text primary key,
  user_id uuid not null references users (id) on delete cascade,
  csrf_token text not null,
  created_at timestamptz not null,
  last_seen_at timestamptz not null,
  -- absolute expiry; the idle expiry is last_seen_at + the configured idle time
  expires_at timestamptz not null,
  ip text,
  user_agent text
);
create index if not exists sessions_user_idx on sessions (user_id);
create index if not exists sessions_expires_idx on sessions (expires_at);

create table if not exists login_attempts (
  id bigserial primary key,
  username text not null,
  ip text not null,
  succeeded boolean not null,
  attempted_at timestamptz not null
);
create index if not exists login_attempts_username_idx on login_attempts (username, attempted_at);
create index if not exists login_attempts_ip_idx on login_attempts (ip, attempted_at);
