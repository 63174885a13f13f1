-- Foundation: programs, users and their program limits, sessions, the audit trail.
-- Written for both PostgreSQL 15+ and PGlite (PostgreSQL 18); no schema names, so each test run can
-- live in its own schema.

create extension if not exists pg_trgm with schema public;

create table programs (
  id uuid primary key default gen_random_uuid(),
  code text not null unique,
  name text not null,
  name_kana text not null default '',
  funder text not null default '',
  active boolean not null default true,
  created_at timestamptz not null default now()
);

create table users (
  id uuid primary key default gen_random_uuid(),
  email text not null unique,
  display_name text not null,
  display_name_kana text not null default '',
  role text not null check (role in ('admin', 'manager', 'coordinator', 'consultant', 'staff', 'partner', 'viewer')),
  status text not null default 'active' check (status in ('active', 'disabled')),
  locale text not null default 'ja' check (locale in ('ja', 'en')),
  password_hash text not null,
  failed_login_count integer not null default 0,
  locked_until timestamptz,
  last_login_at timestamptz,
  password_changed_at timestamptz not null default now(),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1,
  -- e-mail, name and kana folded by toSearchKey (one kana script, one width, variant kanji folded),
  -- so "ｻﾄｳ", "サトウ" and "さとう" find the same person.
  search_text text not null default ''
);
-- Partial matches on search_text use the trigram index (pg_trgm works on both databases).
create index users_search_idx on users using gin (search_text gin_trgm_ops);

create table user_programs (
  user_id uuid not null references users (id) on delete cascade,
  program_id uuid not null references programs (id) on delete cascade,
  primary key (user_id, program_id)
);

-- Server-side sessions: the cookie holds a random token, the table only its SHA-256, so a leaked
-- table cannot be replayed as cookies.
create table sessions (
  id text primary key,
  user_id uuid not null references users (id) on delete cascade,
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  expires_at timestamptz not null,
  -- The user's login before this one, shown on the dashboard ("last login") and kept per session.
  previous_login_at timestamptz,
  client_address text,
  user_agent text
);
create index sessions_user_idx on sessions (user_id);

-- The audit trail: append-only, hash-chained. id is the chain position (no gaps allowed).
create table audit_events (
  id bigint primary key,
  occurred_at timestamptz not null,
  actor_id uuid,
  actor_email text,
  action text not null,
  entity text not null,
  record_id text,
  changed_fields text[] not null default '{}',
  client_address text,
  prev_hash text not null,
  hash text not null
);
create index audit_events_occurred_idx on audit_events (occurred_at);
create index audit_events_record_idx on audit_events (entity, record_id);
create index audit_events_actor_idx on audit_events (actor_id);

create function audit_events_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'audit_events is append-only' using errcode = '42501';
end;
$$;
create trigger audit_events_no_update before update or delete on audit_events
  for each row execute function audit_events_append_only();
create trigger audit_events_no_truncate before truncate on audit_events
  for each statement execute function audit_events_append_only();
-- The triggers stop every role, but the table's owner (or a superuser) could disable them: in
-- production the app runs as a role that owns nothing and may only SELECT and INSERT here
-- (platform/db/grant-app-role.ts, ADR 009).
