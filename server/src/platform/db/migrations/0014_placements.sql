-- Work-experience placements (就労体験実習), issue 11: a participant of an active case at a partner
-- workplace for a number of terms (the program's contract sets their length and maximum).
create table placements (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references cases (id) on delete cascade,
  workplace_id uuid not null references partner_workplaces (id),
  employment_type text not null check (employment_type in ('employed', 'nonEmployed')),
  start_on date not null,
  term_count integer not null check (term_count between 1 and 12),
  term_months integer not null check (term_months between 1 and 12),
  -- The last day of the last term (start + term_count × term_months, the day before).
  end_on date not null,
  work_days text[] not null default '{}',
  hours_from text not null,
  hours_to text not null,
  tasks text not null default '',
  supervisor_name text not null default '',
  coordinator_id uuid references users (id) on delete set null,
  transport_notes text not null default '',
  allowance_notes text not null default '',
  guidance_notes text not null default '',
  status text not null default 'planned' check (status in ('planned', 'ongoing', 'completed', 'ended_early')),
  ended_on date,
  ended_reason text not null default '',
  created_by uuid references users (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1,
  check (start_on <= end_on)
);
create index placements_case_idx on placements (case_id, start_on desc);
create index placements_workplace_idx on placements (workplace_id, status);
