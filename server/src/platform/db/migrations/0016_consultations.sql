-- The consultation desk (相談事業), issue 12: categories and consultation records.

-- The six categories of the seed are fixed (code set); the desk adds its own (code null).
create table consultation_categories (
  id uuid primary key default gen_random_uuid(),
  code text unique,
  name text not null,
  sort_order integer not null default 100,
  active boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1
);
insert into consultation_categories (code, name, sort_order) values
  ('employment', '就労相談', 10),
  ('youth_station_practice', 'よこはま若者サポートステーションの若者の実習相談', 20),
  ('public_employment', '一般からの就労相談', 30),
  ('club_family_employment', '生活クラブ組合員家族の就労支援', 40),
  ('living', '生活相談', 50),
  ('startup', '起業相談', 60);

create table consultations (
  id uuid primary key default gen_random_uuid(),
  consulted_at timestamptz not null,
  channel text not null check (channel in ('phone', 'visit', 'online', 'email', 'outreach')),
  consultant_id uuid references users (id) on delete set null,
  category_id uuid not null references consultation_categories (id),
  -- Who consulted: a known participant, a new person (name and contact), or anonymous.
  person_kind text not null check (person_kind in ('participant', 'new_person', 'anonymous')),
  participant_id uuid references participants (id) on delete set null,
  person_name text not null default '',
  person_name_kana text not null default '',
  person_phone text not null default '',
  person_email text not null default '',
  age_band text not null default '',
  gender text not null default '',
  area text not null default '',
  concern_topics text[] not null default '{}',
  question text not null default '',
  answer text not null default '',
  outcome_route text check (outcome_route in ('information', 'handover', 'continuing')),
  minutes integer check (minutes is null or minutes between 0 and 1440),
  status text not null default 'open' check (status in ('open', 'follow_up_due', 'referred', 'closed')),
  next_action text not null default '',
  next_action_on date,
  -- Set when the consultant registered the person and opened a case from this consultation.
  case_id uuid references cases (id) on delete set null,
  -- Normalized name key for search (kana/kanji, as participants.search_key).
  search_key text not null default '',
  created_by uuid references users (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1,
  check (person_kind <> 'new_person' or person_name <> ''),
  check (person_kind <> 'anonymous' or (person_name = '' and person_phone = '' and person_email = ''))
);
create index consultations_consulted_idx on consultations (consulted_at desc, id);
create index consultations_participant_idx on consultations (participant_id, consulted_at desc)
  where participant_id is not null;
create index consultations_next_action_idx on consultations (next_action_on)
  where next_action_on is not null and status <> 'closed';
create index consultations_search_idx on consultations using gin (search_key gin_trgm_ops);
