-- The association's network (issue 13): member organizations and their dues, officers and terms,
-- the partner-workplace development pipeline, meetings and action items, requests (諸資源の活用),
-- policy issues and proposals.

-- Member organizations (参加団体). A member is counted on a date D when joined_on <= D and
-- (left_on is null or left_on > D): the count as of any date comes from these two columns.
create table member_organizations (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  name_kana text not null,
  -- Name and reading folded by toSearchKey (trigram search), and the reading alone (五十音 sort).
  search_key text not null default '',
  reading_key text not null default '',
  kind text not null check (kind in (
    'workers_collective', 'npo', 'consumer_coop', 'social_welfare', 'enterprise_union', 'other')),
  fields text[] not null default '{}',
  postal_code text not null default '',
  address text not null default '',
  -- The municipality (横浜市神奈川区, 座間市 …): the area filter.
  area text not null default '',
  representative_name text not null default '',
  contact_name text not null default '',
  contact_phone text not null default '',
  contact_email text not null default '',
  working_members integer check (working_members between 0 and 100000),
  joined_on date not null,
  left_on date,
  -- active, resting (休止中: still a member) or left (退会: left_on set).
  status text not null default 'active' check (status in ('active', 'resting', 'left')),
  notes text not null default '',
  created_by uuid references users (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1,
  check (left_on is null or left_on >= joined_on),
  check ((status = 'left') = (left_on is not null))
);
create index member_organizations_search_idx on member_organizations using gin (search_key gin_trgm_ops);
create index member_organizations_sort_idx on member_organizations (reading_key collate "C", id);
create index member_organizations_membership_idx on member_organizations (joined_on, left_on);
create index member_organizations_fields_idx on member_organizations using gin (fields);

-- The links issues 11 left ready: one organization, two roles (member and partner workplace).
alter table partner_workplaces
  add constraint partner_workplaces_member_organization_fk
  foreign key (member_organization_id) references member_organizations (id) on delete set null;
create unique index partner_workplaces_member_organization_idx
  on partner_workplaces (member_organization_id) where member_organization_id is not null;
alter table case_outcomes
  add constraint case_outcomes_member_organization_fk
  foreign key (member_organization_id) references member_organizations (id) on delete set null;

-- The organization's identity lives on the member organization; a linked workplace mirrors it, kept
-- equal by this trigger so the two roles can never drift apart (ADR 021).
create function member_organization_identity_to_workplace() returns trigger
language plpgsql as $$
begin
  update partner_workplaces
     set name = new.name, name_kana = new.name_kana, search_key = new.search_key,
         reading_key = new.reading_key, postal_code = new.postal_code, address = new.address,
         area = new.area, updated_at = now(), version = version + 1
   where member_organization_id = new.id
     and (name, name_kana, search_key, reading_key, postal_code, address, area)
         is distinct from
         (new.name, new.name_kana, new.search_key, new.reading_key, new.postal_code, new.address, new.area);
  return new;
end;
$$;
create trigger member_organizations_identity_to_workplace
  after update on member_organizations
  for each row execute function member_organization_identity_to_workplace();

-- Yearly dues (会費) per fiscal year (April–March, the year it starts in); unpaid: paid_on is null.
create table member_dues (
  id uuid primary key default gen_random_uuid(),
  member_organization_id uuid not null references member_organizations (id) on delete cascade,
  fiscal_year integer not null check (fiscal_year between 1990 and 2200),
  amount_yen integer not null check (amount_yen between 0 and 100000000),
  paid_on date,
  notes text not null default '',
  updated_by uuid references users (id) on delete set null,
  updated_at timestamptz not null default now(),
  version integer not null default 1,
  unique (member_organization_id, fiscal_year)
);
create index member_dues_unpaid_idx on member_dues (fiscal_year) where paid_on is null;

-- Officers (役員): one row per term. The board as of D: term_starts_on <= D <= term_ends_on.
create table officers (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  name_kana text not null,
  reading_key text not null default '',
  -- The seed's order: chair 理事長, executive_director 専務理事, vice_chair 副理事長, director 理事, auditor 監事.
  role text not null check (role in ('chair', 'executive_director', 'vice_chair', 'director', 'auditor')),
  term_starts_on date not null,
  term_ends_on date not null,
  member_organization_id uuid references member_organizations (id) on delete set null,
  notes text not null default '',
  created_by uuid references users (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1,
  check (term_ends_on >= term_starts_on)
);
create index officers_term_idx on officers (term_starts_on, term_ends_on);

-- Partner-workplace development (協力事業所の開拓): prospects through their stages.
create table workplace_prospects (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  name_kana text not null,
  search_key text not null default '',
  reading_key text not null default '',
  -- A member organization being developed as a workplace: its identity comes from there.
  member_organization_id uuid references member_organizations (id) on delete set null,
  stage text not null default 'prospect' check (stage in (
    'prospect', 'contacted', 'visited', 'agreed', 'active', 'paused')),
  owner_id uuid references users (id) on delete set null,
  postal_code text not null default '',
  address text not null default '',
  area text not null default '',
  contact_name text not null default '',
  contact_phone text not null default '',
  contact_email text not null default '',
  work_kinds text[] not null default '{}',
  notes text not null default '',
  -- The agreement (協力の合意), filled when the prospect agrees.
  agreed_on date,
  agreement_scope text not null default '',
  insurance text not null default '',
  trainee_capacity integer check (trainee_capacity between 0 and 99),
  employment_type text check (employment_type in ('employment', 'non_employment')),
  -- The partner workplace it became (stage active), made from these fields without retyping.
  workplace_id uuid references partner_workplaces (id) on delete set null,
  created_by uuid references users (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1,
  check (stage not in ('agreed', 'active') or agreed_on is not null)
);
create index workplace_prospects_stage_idx on workplace_prospects (stage, reading_key collate "C");
create index workplace_prospects_search_idx on workplace_prospects using gin (search_key gin_trgm_ops);
create unique index workplace_prospects_member_idx
  on workplace_prospects (member_organization_id) where member_organization_id is not null;

-- Every contact with a prospect; the latest one's next step is the prospect's open next step.
create table prospect_contacts (
  id uuid primary key default gen_random_uuid(),
  prospect_id uuid not null references workplace_prospects (id) on delete cascade,
  contacted_on date not null,
  staff_id uuid references users (id) on delete set null,
  method text not null check (method in ('phone', 'visit', 'email', 'letter', 'meeting', 'other')),
  notes text not null default '',
  next_step text not null default '',
  next_step_on date,
  created_at timestamptz not null default now(),
  check (next_step_on is null or next_step <> '')
);
create index prospect_contacts_prospect_idx on prospect_contacts (prospect_id, contacted_on desc, created_at desc);

-- Meetings: 就労支援全体会議, 協力事業者懇談会, board meetings and others.
create table meetings (
  id uuid primary key default gen_random_uuid(),
  kind text not null check (kind in ('all_hands', 'round_table', 'board', 'general_assembly', 'other')),
  title text not null,
  held_on date not null,
  starts_at time,
  ends_at time,
  place text not null default '',
  agenda text not null default '',
  minutes text not null default '',
  decisions text not null default '',
  created_by uuid references users (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1,
  check (ends_at is null or starts_at is null or ends_at > starts_at)
);
create index meetings_held_idx on meetings (held_on desc, id);

-- Invited and present: a staff member, a member organization, a partner workplace, or a named guest.
create table meeting_attendees (
  id uuid primary key default gen_random_uuid(),
  meeting_id uuid not null references meetings (id) on delete cascade,
  attendee_kind text not null check (attendee_kind in ('staff', 'member_organization', 'workplace', 'guest')),
  user_id uuid references users (id) on delete cascade,
  member_organization_id uuid references member_organizations (id) on delete cascade,
  workplace_id uuid references partner_workplaces (id) on delete cascade,
  guest_name text not null default '',
  invited boolean not null default true,
  present boolean not null default false,
  check (
    (attendee_kind = 'staff' and user_id is not null and member_organization_id is null and workplace_id is null)
    or (attendee_kind = 'member_organization' and member_organization_id is not null and user_id is null and workplace_id is null)
    or (attendee_kind = 'workplace' and workplace_id is not null and user_id is null and member_organization_id is null)
    or (attendee_kind = 'guest' and guest_name <> '' and user_id is null and member_organization_id is null and workplace_id is null))
);
create unique index meeting_attendees_user_idx on meeting_attendees (meeting_id, user_id) where user_id is not null;
create unique index meeting_attendees_member_idx
  on meeting_attendees (meeting_id, member_organization_id) where member_organization_id is not null;
create unique index meeting_attendees_workplace_idx
  on meeting_attendees (meeting_id, workplace_id) where workplace_id is not null;

-- Action items: on the owner's today list until done.
create table meeting_action_items (
  id uuid primary key default gen_random_uuid(),
  meeting_id uuid not null references meetings (id) on delete cascade,
  title text not null,
  owner_id uuid not null references users (id),
  due_on date not null,
  notes text not null default '',
  done_at timestamptz,
  done_by uuid references users (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1
);
create index meeting_action_items_open_idx on meeting_action_items (owner_id, due_on) where done_at is null;

-- Requests from inside and outside (諸資源の活用).
create table network_requests (
  id uuid primary key default gen_random_uuid(),
  received_on date not null,
  origin text not null check (origin in ('internal', 'external')),
  kind text not null check (kind in (
    'talk', 'visit', 'course_proposal', 'space_lending', 'equipment_lending', 'interview', 'survey', 'other')),
  requester_name text not null,
  requester_organization text not null default '',
  requester_contact text not null default '',
  title text not null,
  details text not null default '',
  wanted_on date,
  owner_id uuid references users (id) on delete set null,
  status text not null default 'new' check (status in ('new', 'accepted', 'declined', 'done')),
  outcome text not null default '',
  created_by uuid references users (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1
);
create index network_requests_received_idx on network_requests (received_on desc, id);

-- Policy proposals (政策提言), grouping the issues staff notice.
create table policy_proposals (
  id uuid primary key default gen_random_uuid(),
  title text not null,
  -- The municipality or body it is addressed to.
  addressee text not null,
  summary text not null default '',
  body text not null default '',
  status text not null default 'draft' check (status in ('draft', 'discussed', 'submitted', 'answered')),
  -- The period its figures are counted over.
  period_from date not null,
  period_to date not null,
  submitted_on date,
  answered_on date,
  answer text not null default '',
  created_by uuid references users (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1,
  check (period_to >= period_from)
);

-- Issues noticed in the community space, at the desk and in support work.
create table policy_issues (
  id uuid primary key default gen_random_uuid(),
  title text not null,
  observed text not null,
  source text not null check (source in ('community_space', 'desk', 'support', 'other')),
  -- Where (a municipality or place) and how often it is seen.
  place text not null default '',
  frequency text not null check (frequency in ('once', 'sometimes', 'often', 'very_often')),
  noticed_on date not null,
  proposal_id uuid references policy_proposals (id) on delete set null,
  created_by uuid references users (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1
);
create index policy_issues_proposal_idx on policy_issues (proposal_id);

-- Evidence: a consultation or a case, shown without personal details (date, category, program).
create table policy_issue_evidence (
  id uuid primary key default gen_random_uuid(),
  issue_id uuid not null references policy_issues (id) on delete cascade,
  consultation_id uuid references consultations (id) on delete cascade,
  case_id uuid references cases (id) on delete cascade,
  added_by uuid references users (id) on delete set null,
  added_at timestamptz not null default now(),
  check ((consultation_id is null) <> (case_id is null))
);
create unique index policy_issue_evidence_consultation_idx
  on policy_issue_evidence (issue_id, consultation_id) where consultation_id is not null;
create unique index policy_issue_evidence_case_idx
  on policy_issue_evidence (issue_id, case_id) where case_id is not null;

-- The figures backing a proposal: a named count over desk or support records for the proposal's
-- period, computed live on every read (never stored).
create table policy_proposal_figures (
  id uuid primary key default gen_random_uuid(),
  proposal_id uuid not null references policy_proposals (id) on delete cascade,
  label text not null,
  -- What is counted: consultations, new cases (intakes), placements started, work outcomes.
  measure text not null check (measure in ('consultations', 'cases', 'placements', 'outcomes')),
  -- Filters as data (category, concern topic, area, program, channel): checked by the shared schema.
  filters jsonb not null default '{}',
  position integer not null default 0
);
create index policy_proposal_figures_proposal_idx on policy_proposal_figures (proposal_id, position);

-- The history of the campaign: meetings, submissions, answers, hearings, study sessions, notes.
create table policy_proposal_events (
  id uuid primary key default gen_random_uuid(),
  proposal_id uuid not null references policy_proposals (id) on delete cascade,
  happened_on date not null,
  kind text not null check (kind in (
    'status', 'meeting', 'submission', 'answer', 'hearing', 'study', 'petition', 'note')),
  description text not null,
  created_by uuid references users (id) on delete set null,
  created_at timestamptz not null default now()
);
create index policy_proposal_events_proposal_idx on policy_proposal_events (proposal_id, happened_on desc);
