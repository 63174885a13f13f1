-- Support I (issue 10): programs and contracts, participants with consents and the sensitive
-- section, cases step by step, activities, drafts and import mappings; the audit trail gains a
-- detail column (values a merge moved away, a reason given) and the actions of this area.

-- Programs: kind and target group; managers edit them (version-checked).
alter table programs add column kind text not null default 'own'
  check (kind in ('readiness', 'certified_training', 'social_participation', 'saposute', 'disability', 'own', 'other'));
alter table programs add column target_group text not null default '';
alter table programs add column updated_at timestamptz not null default now();
alter table programs add column version integer not null default 1;

-- Funding streams within one program are counted apart (生活困窮者 vs 被保護者).
create table funding_streams (
  id uuid primary key default gen_random_uuid(),
  program_id uuid not null references programs (id) on delete cascade,
  code text not null check (code ~ '^[a-z0-9][a-z0-9-]{0,39}$'),
  name text not null,
  active boolean not null default true,
  unique (program_id, code)
);

-- A yearly contract (委託契約) per program and fiscal year (April–March).
create table contracts (
  id uuid primary key default gen_random_uuid(),
  program_id uuid not null references programs (id) on delete cascade,
  fiscal_year integer not null check (fiscal_year between 1989 and 2200),
  period_start date not null,
  period_end date not null,
  capacity integer check (capacity >= 0),
  amount_yen bigint check (amount_yen >= 0),
  indicators text[] not null default '{}',
  term_months integer not null default 3 check (term_months between 1 and 12),
  max_terms integer not null default 4 check (max_terms between 1 and 12),
  notes text not null default '',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1,
  unique (program_id, fiscal_year),
  check (period_start <= period_end)
);

-- Participants (利用者). search_key: name and reading folded by toSearchKey (one kana script, one
-- width, variant kanji folded) for partial search by trigram; reading_key: the reading alone, the
-- 五十音 sort and the duplicate blocking key; bigram_keys: the key's two-character pieces, because
-- a trigram index cannot answer a two-character search such as 高橋.
create table participants (
  id uuid primary key default gen_random_uuid(),
  family_name text not null,
  given_name text not null default '',
  family_name_kana text not null,
  given_name_kana text not null default '',
  birth_date date,
  gender text not null default '',
  nationality text not null default '',
  preferred_language text not null default '',
  phone text not null default '',
  phone_normalized text not null default '',
  email text not null default '',
  postal_code text not null default '',
  address text not null default '',
  emergency_contact_name text not null default '',
  emergency_contact_relation text not null default '',
  emergency_contact_phone text not null default '',
  referral_source text not null default '',
  notes text not null default '',
  search_key text not null default '',
  reading_key text not null default '',
  bigram_keys text[] not null default '{}',
  -- A merged-away record stays as a tombstone pointing to the survivor (its URLs redirect).
  merged_into_id uuid references participants (id),
  created_by uuid references users (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1
);
create index participants_search_idx on participants using gin (search_key gin_trgm_ops) where merged_into_id is null;
create index participants_bigram_idx on participants using gin (bigram_keys) where merged_into_id is null;
create index participants_sort_idx on participants (reading_key collate "C", id) where merged_into_id is null;
create index participants_reading_birth_idx on participants (reading_key, birth_date) where merged_into_id is null;
create index participants_phone_idx on participants (phone_normalized) where merged_into_id is null and phone_normalized <> '';
create index participants_birth_idx on participants (birth_date) where merged_into_id is null;
create index participants_merged_idx on participants (merged_into_id) where merged_into_id is not null;

-- The sensitive section (要配慮個人情報): its own table, so no list query can reach it by accident.
create table participant_sensitive (
  participant_id uuid primary key references participants (id) on delete cascade,
  health text not null default '',
  disability text not null default '',
  disability_certificate text not null default '',
  certificate_grade text not null default '',
  livelihood text not null default '',
  benefits text[] not null default '{}',
  public_assistance boolean not null default false,
  notes text not null default '',
  updated_by uuid references users (id) on delete set null,
  updated_at timestamptz not null default now(),
  version integer not null default 1
);

-- Consents per purpose and receiving agency; referrals and sharing check them (issue 12).
create table consents (
  id uuid primary key default gen_random_uuid(),
  participant_id uuid not null references participants (id) on delete cascade,
  purpose text not null,
  agency text not null default '',
  given_on date not null,
  method text not null check (method in ('written', 'verbal')),
  withdrawn_on date,
  notes text not null default '',
  created_by uuid references users (id) on delete set null,
  created_at timestamptz not null default now(),
  version integer not null default 1,
  check (withdrawn_on is null or withdrawn_on >= given_on)
);
create index consents_participant_idx on consents (participant_id);

-- A case (支援): one participant in one program (and funding stream), through the national flow.
create table cases (
  id uuid primary key default gen_random_uuid(),
  participant_id uuid not null references participants (id),
  program_id uuid not null references programs (id),
  funding_stream_id uuid references funding_streams (id),
  lead_coordinator_id uuid references users (id) on delete set null,
  status text not null default 'intake'
    check (status in ('intake', 'assessment', 'plan', 'conference', 'active', 'evaluation', 'closed')),
  opened_on date not null,
  closed_on date,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1
);
create index cases_participant_idx on cases (participant_id);
create index cases_program_status_idx on cases (program_id, status, opened_on desc);
create index cases_coordinator_idx on cases (lead_coordinator_id, status);

-- Each step's record. Intake: the national 相談受付・申込票.
create table case_intakes (
  case_id uuid primary key references cases (id) on delete cascade,
  received_on date not null,
  received_by uuid references users (id) on delete set null,
  how_came text not null default '',
  accompanied_by text not null default '',
  concern_topics text[] not null default '{}',
  pressing_topic text,
  urgency text not null check (urgency in ('low', 'medium', 'high', 'urgent')),
  screening_route text not null check (screening_route in ('continuing', 'handover', 'information')),
  notes text not null default '',
  updated_at timestamptz not null default now(),
  version integer not null default 1
);

create table case_assessments (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references cases (id) on delete cascade,
  assessed_on date not null,
  areas jsonb not null,
  summary text not null default '',
  created_by uuid references users (id) on delete set null,
  created_at timestamptz not null default now()
);
create index case_assessments_case_idx on case_assessments (case_id, assessed_on desc);

-- Plans are versioned: a new plan keeps the old one readable.
create table support_plans (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references cases (id) on delete cascade,
  plan_number integer not null,
  made_on date not null,
  review_on date not null,
  agreed_on date,
  goals jsonb not null,
  notes text not null default '',
  created_by uuid references users (id) on delete set null,
  created_at timestamptz not null default now(),
  unique (case_id, plan_number)
);
create index support_plans_review_idx on support_plans (review_on);

create table case_conferences (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references cases (id) on delete cascade,
  plan_id uuid not null references support_plans (id) on delete cascade,
  held_on date not null,
  attendees text not null default '',
  decision text not null check (decision in ('approved', 'revise')),
  notes text not null default '',
  created_by uuid references users (id) on delete set null,
  created_at timestamptz not null default now()
);
create index case_conferences_case_idx on case_conferences (case_id, held_on desc);

create table case_evaluations (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references cases (id) on delete cascade,
  plan_id uuid not null references support_plans (id) on delete cascade,
  evaluated_on date not null,
  goal_results jsonb not null,
  notes text not null default '',
  created_by uuid references users (id) on delete set null,
  created_at timestamptz not null default now()
);
create index case_evaluations_case_idx on case_evaluations (case_id, evaluated_on desc);

create table case_closures (
  case_id uuid primary key references cases (id) on delete cascade,
  closed_on date not null,
  reason text not null,
  outcome_summary text not null default '',
  created_by uuid references users (id) on delete set null,
  created_at timestamptz not null default now()
);

-- The case's own timeline of status changes.
create table case_transitions (
  id bigint generated always as identity primary key,
  case_id uuid not null references cases (id) on delete cascade,
  from_status text,
  to_status text not null,
  occurred_at timestamptz not null default now(),
  actor_id uuid references users (id) on delete set null,
  note text not null default ''
);
create index case_transitions_case_idx on case_transitions (case_id, id);

-- Activities (支援記録) on one timeline per participant and per case; keyset-paged by (occurred_at, id).
create table activities (
  id uuid primary key default gen_random_uuid(),
  participant_id uuid not null references participants (id),
  case_id uuid references cases (id),
  occurred_at timestamptz not null,
  type text not null check (type in ('interview', 'phone', 'visit', 'accompaniment', 'training', 'email', 'meeting', 'case_conference')),
  minutes integer not null default 0 check (minutes between 0 and 1440),
  staff_id uuid references users (id) on delete set null,
  notes text not null default '',
  created_by uuid references users (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_by uuid references users (id) on delete set null,
  updated_at timestamptz not null default now(),
  version integer not null default 1
);
create index activities_participant_idx on activities (participant_id, occurred_at desc, id desc);
create index activities_case_idx on activities (case_id, occurred_at desc, id desc) where case_id is not null;

-- Editing an activity keeps who changed what: the previous text stays here.
create table activity_revisions (
  id bigint generated always as identity primary key,
  activity_id uuid not null references activities (id) on delete cascade,
  version integer not null,
  occurred_at timestamptz not null,
  type text not null,
  minutes integer not null,
  staff_id uuid,
  notes text not null,
  changed_by uuid references users (id) on delete set null,
  changed_at timestamptz not null default now()
);
create index activity_revisions_activity_idx on activity_revisions (activity_id, id);

-- Server-side drafts of long forms (platform mechanism): one per author, form and record.
create table drafts (
  user_id uuid not null references users (id) on delete cascade,
  form_key text not null check (form_key ~ '^[a-z][a-z0-9_.-]{0,63}$'),
  record_key text not null default '' check (char_length(record_key) <= 100),
  payload jsonb not null,
  base_version integer,
  updated_at timestamptz not null default now(),
  expires_at timestamptz not null,
  primary key (user_id, form_key, record_key)
);
create index drafts_expires_idx on drafts (expires_at);

-- The last column mapping a user chose per import kind (platform mechanism).
create table import_mappings (
  user_id uuid not null references users (id) on delete cascade,
  kind text not null,
  mapping jsonb not null,
  updated_at timestamptz not null default now(),
  primary key (user_id, kind)
);

-- The audit trail: a detail (canonical JSON text, hashed with the entry) for what must stay
-- readable — the values a merge moved away, the reason a duplicate was saved anyway.
alter table audit_events add column detail text;
alter table audit_events drop constraint audit_events_shape;
alter table audit_events add constraint audit_events_shape check (
  id > 0
  and action in ('create', 'update', 'delete', 'read', 'login', 'login_failed', 'logout', 'disable',
                 'enable', 'unlock', 'password_change', 'merge', 'import', 'transition', 'export',
                 'denied')
  and entity ~ '^[a-z][a-z_]{0,63}$'
  and char_length(coalesce(record_id, '')) <= 200
  and cardinality(record_ids) <= 1000
  and cardinality(changed_fields) <= 200
  and char_length(coalesce(actor_email, '')) <= 320
  and char_length(coalesce(client_address, '')) <= 100
  and char_length(coalesce(detail, '')) <= 100000
  and prev_hash ~ '^[0-9a-f]{64}$'
  and hash ~ '^[0-9a-f]{64}$'
  and (key_id is null or key_id ~ '^[0-9a-f]{16}$')
) not valid;
