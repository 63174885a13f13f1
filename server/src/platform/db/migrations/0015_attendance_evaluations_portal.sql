-- Attendance and evaluations of placements, partner users, follow-up offsets per contract (issue 11).

-- A partner user belongs to one partner workplace: the portal shows only that workplace's placements.
alter table users add column workplace_id uuid references partner_workplaces (id) on delete set null;
create index users_workplace_idx on users (workplace_id) where workplace_id is not null;

-- A contract may set its own retention follow-up months; null: the default table (1, 3, 6, 12).
alter table contracts add column follow_up_months integer[];

-- One row per placement and day (present, late, left early, absent with a reason; hours).
create table placement_attendance (
  id uuid primary key default gen_random_uuid(),
  placement_id uuid not null references placements (id) on delete cascade,
  day date not null,
  status text not null check (status in ('present', 'late', 'left_early', 'absent')),
  hours numeric(4, 2) check (hours is null or (hours >= 0 and hours <= 24)),
  absence_reason text not null default '',
  note text not null default '',
  -- Who entered it last, and whether through the partner portal or by staff.
  recorded_by uuid references users (id) on delete set null,
  recorded_via text not null default 'staff' check (recorded_via in ('staff', 'partner')),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1,
  unique (placement_id, day),
  check (status = 'absent' or absence_reason = '')
);

-- At the end of each term: the workplace's and the coordinator's evaluation, 1–4 on fixed criteria.
create table placement_evaluations (
  id uuid primary key default gen_random_uuid(),
  placement_id uuid not null references placements (id) on delete cascade,
  term integer not null check (term between 1 and 12),
  evaluator text not null check (evaluator in ('workplace', 'coordinator')),
  punctuality smallint not null check (punctuality between 1 and 4),
  communication smallint not null check (communication between 1 and 4),
  following_instructions smallint not null check (following_instructions between 1 and 4),
  task_performance smallint not null check (task_performance between 1 and 4),
  stamina smallint not null check (stamina between 1 and 4),
  safety smallint not null check (safety between 1 and 4),
  comments text not null default '',
  evaluated_on date not null,
  recorded_by uuid references users (id) on delete set null,
  recorded_via text not null default 'staff' check (recorded_via in ('staff', 'partner')),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1,
  unique (placement_id, term, evaluator)
);
