-- The consultation desk, continued (issue 12): regular consultation days and appointments,
-- agencies, advisors and referrals, the start-up and grants directory, requests from the public form.

-- Exclusion constraints on (consultant, time range) need btree_gist for the uuid/text equality.
create extension if not exists btree_gist with schema public;

-- Days the association is closed besides 12/29–1/3 (fixed by rule in code) and national holidays.
create table consultation_closed_days (
  closed_on date primary key,
  reason text not null default '',
  created_by uuid references users (id) on delete set null,
  created_at timestamptz not null default now()
);

-- Regular consultation days (定例相談): an RFC 5545 recurrence rule over dates, a daily window cut
-- into slots, in a named room, with the consultant who usually takes it.
create table consultation_schedules (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  -- RRULE body without DTSTART, e.g. 'FREQ=MONTHLY;BYDAY=+2TU,+4TU'; expanded by the rrule library.
  recurrence text not null,
  starts_on date not null,
  ends_on date,
  day_starts_at time not null,
  day_ends_at time not null,
  slot_minutes integer not null check (slot_minutes between 10 and 240),
  room text not null,
  consultant_id uuid references users (id) on delete set null,
  category_id uuid references consultation_categories (id),
  active boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1,
  check (day_starts_at < day_ends_at),
  check (ends_on is null or ends_on >= starts_on)
);

-- Requests from the public form (no login). Personal data: desk roles only, every read audited.
create table consultation_requests (
  id uuid primary key default gen_random_uuid(),
  received_at timestamptz not null default now(),
  -- The form's language: Japanese, やさしい日本語, English.
  language text not null check (language in ('ja', 'easy_ja', 'en')),
  -- A plain-language topic of the form, mapped to a desk category in code.
  topic text not null,
  name text not null,
  name_kana text not null default '',
  contact_method text not null check (contact_method in ('phone', 'email')),
  phone text not null default '',
  email text not null default '',
  preferred_dates date[] not null default '{}',
  message text not null default '',
  privacy_consent boolean not null check (privacy_consent),
  status text not null default 'new' check (status in ('new', 'converted', 'handled')),
  handled_by uuid references users (id) on delete set null,
  handled_at timestamptz,
  handled_note text not null default '',
  consultation_id uuid references consultations (id) on delete set null,
  version integer not null default 1,
  check (contact_method <> 'phone' or phone <> ''),
  check (contact_method <> 'email' or email <> '')
);
create index consultation_requests_inbox_idx on consultation_requests (status, received_at desc, id);

-- Appointments on a regular day's slot (or at another time the desk sets). The database refuses a
-- consultant or a room booked twice at overlapping times; a cancelled one frees the time.
create table appointments (
  id uuid primary key default gen_random_uuid(),
  schedule_id uuid references consultation_schedules (id) on delete set null,
  starts_at timestamptz not null,
  ends_at timestamptz not null,
  room text not null,
  consultant_id uuid not null references users (id),
  channel text not null default 'visit' check (channel in ('visit', 'online', 'phone')),
  -- Who: the consultation it was booked from, a request, a participant, or a name and phone.
  consultation_id uuid references consultations (id) on delete set null,
  request_id uuid references consultation_requests (id) on delete set null,
  participant_id uuid references participants (id) on delete set null,
  person_name text not null default '',
  person_phone text not null default '',
  purpose text not null default '',
  status text not null default 'booked' check (status in ('booked', 'kept', 'missed', 'cancelled')),
  cancel_reason text not null default '',
  created_by uuid references users (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1,
  check (starts_at < ends_at),
  constraint appointments_consultant_no_overlap exclude using gist (
    consultant_id with =, tstzrange(starts_at, ends_at) with &&
  ) where (status <> 'cancelled'),
  constraint appointments_room_no_overlap exclude using gist (
    room with =, tstzrange(starts_at, ends_at) with &&
  ) where (status <> 'cancelled')
);
create index appointments_starts_idx on appointments (starts_at, id);
create index appointments_consultation_idx on appointments (consultation_id) where consultation_id is not null;

-- The directory of trusted agencies (関係機関).
create table agencies (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  kind text not null check (kind in ('hello_work', 'welfare_office', 'youth_support_station',
    'community_care_center', 'legal_support', 'social_welfare_council', 'municipal_office', 'other')),
  handles text not null default '',
  contact_person text not null default '',
  phone text not null default '',
  email text not null default '',
  address text not null default '',
  notes text not null default '',
  active boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1
);
create unique index agencies_name_idx on agencies (name);

-- Expert advisors on contract (弁護士, 社会保険労務士, 税理士 …).
create table advisors (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  field text not null check (field in ('lawyer', 'labor_consultant', 'tax_accountant',
    'judicial_scrivener', 'clinical_psychologist', 'other')),
  organization text not null default '',
  phone text not null default '',
  email text not null default '',
  contract_starts_on date not null,
  contract_ends_on date,
  notes text not null default '',
  active boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1,
  check (contract_ends_on is null or contract_ends_on >= contract_starts_on)
);

-- A referral (つなぎ) to an agency, or an escalation to an advisor, from a consultation or a case.
-- Personal details go with it only on a consent for that agency and purpose (consent_id kept).
create table referrals (
  id uuid primary key default gen_random_uuid(),
  consultation_id uuid references consultations (id) on delete set null,
  case_id uuid references cases (id) on delete set null,
  participant_id uuid references participants (id) on delete set null,
  agency_id uuid references agencies (id),
  advisor_id uuid references advisors (id),
  purpose text not null default '',
  reason text not null,
  referred_on date not null,
  status text not null default 'sent' check (status in ('sent', 'accepted', 'declined',
    'result_received', 'closed')),
  status_changed_on date not null,
  result text not null default '',
  follow_up_on date,
  personal_data_shared boolean not null default false,
  consent_id uuid references consents (id),
  created_by uuid references users (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1,
  check (consultation_id is not null or case_id is not null),
  check (num_nonnulls(agency_id, advisor_id) = 1),
  check (not personal_data_shared or consent_id is not null)
);
create index referrals_consultation_idx on referrals (consultation_id) where consultation_id is not null;
create index referrals_case_idx on referrals (case_id) where case_id is not null;
create index referrals_open_idx on referrals (status_changed_on) where status not in ('closed', 'declined');
create index referrals_referred_idx on referrals (referred_on, id);

-- Start-up and grants information (起業相談): grants and subsidies, how-to guides, with tags.
create table startup_resources (
  id uuid primary key default gen_random_uuid(),
  kind text not null check (kind in ('grant', 'guide')),
  title text not null,
  provider text not null default '',
  amount text not null default '',
  eligibility text not null default '',
  window_opens_on date,
  window_closes_on date,
  url text not null default '',
  -- A guide's steps and documents (plain text, one per line).
  body text not null default '',
  tags text[] not null default '{}',
  active boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1,
  check (window_closes_on is null or window_opens_on is null or window_closes_on >= window_opens_on)
);
create index startup_resources_window_idx on startup_resources (window_opens_on, window_closes_on)
  where kind = 'grant' and active;

create table consultation_startup_resources (
  consultation_id uuid not null references consultations (id) on delete cascade,
  resource_id uuid not null references startup_resources (id) on delete cascade,
  linked_by uuid references users (id) on delete set null,
  linked_at timestamptz not null default now(),
  primary key (consultation_id, resource_id)
);

-- The figures count consultations per month and category from this index.
create index consultations_category_idx on consultations (category_id, consulted_at);

-- The consultation search matches words of the question and the answer too (ilike '%…%'): without
-- these, that OR scanned the whole table (a rare name 954 ms → 2 ms at 200,000 consultations).
create index consultations_question_idx on consultations using gin (question gin_trgm_ops);
create index consultations_answer_idx on consultations using gin (answer gin_trgm_ops);
-- The figures read a period's consultations by time: from the index alone (a fiscal year 1.1 s → 0.33 s).
create index consultations_figures_idx on consultations (consulted_at)
  include (category_id, channel, outcome_route, minutes, concern_topics);
