-- Outcomes of a case (就労等の結果) and retention follow-ups (定着支援), issue 11.
create table case_outcomes (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references cases (id) on delete cascade,
  outcome_type text not null check (outcome_type in (
    'general_employment', 'collective_member', 'part_time', 'volunteer',
    'vocational_training', 'education', 'other')),
  -- Where: a partner workplace (its record) or, once they exist, a member organization (issue 13);
  -- otherwise by name.
  workplace_id uuid references partner_workplaces (id) on delete set null,
  member_organization_id uuid,
  employer_name text not null default '',
  started_on date not null,
  hours_per_week numeric,
  contract_form text,
  income_before_yen integer,
  income_after_yen integer,
  notes text not null default '',
  created_by uuid references users (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1
);
create index case_outcomes_case_idx on case_outcomes (case_id, started_on desc);

-- One row per offset (1, 3, 6, 12 months) of each work outcome, made with the outcome.
create table case_follow_ups (
  id uuid primary key default gen_random_uuid(),
  outcome_id uuid not null references case_outcomes (id) on delete cascade,
  offset_months integer not null,
  due_on date not null,
  done_on date,
  still_working boolean,
  hours_per_week numeric,
  concerns text not null default '',
  support_given text not null default '',
  next_step text not null default '',
  stopped_on date,
  stopped_reason text,
  updated_by uuid references users (id) on delete set null,
  updated_at timestamptz not null default now(),
  version integer not null default 1,
  unique (outcome_id, offset_months)
);
-- The today list: follow-ups not done yet, by due date.
create index case_follow_ups_due_idx on case_follow_ups (due_on) where done_on is null;
