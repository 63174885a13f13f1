-- Partner workplaces (協力事業所, issue 11) and their 認定就労訓練事業 certifications.
--
-- A workplace may also be a member organization (issue 13): member_organization_id links the two
-- roles of one organization (the foreign key comes with that table), never a copy.
create table partner_workplaces (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  name_kana text not null,
  -- Name and reading folded by toSearchKey (partial search through the trigram index), and the
  -- reading alone (the 五十音 sort), as for participants (ADR 015).
  search_key text not null default '',
  reading_key text not null default '',
  member_organization_id uuid,
  postal_code text not null default '',
  address text not null default '',
  area text not null default '',
  contact_name text not null default '',
  contact_phone text not null default '',
  contact_email text not null default '',
  work_kinds text[] not null default '{}',
  work_description text not null default '',
  work_days text[] not null default '{}',
  hours_from text,
  hours_to text,
  trainee_capacity integer not null default 1 check (trainee_capacity between 0 and 99),
  support_features text[] not null default '{}',
  support_notes text not null default '',
  status text not null default 'active' check (status in ('active', 'paused', 'ended')),
  created_by uuid references users (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1
);
create index partner_workplaces_search_idx on partner_workplaces using gin (search_key gin_trgm_ops);
create index partner_workplaces_sort_idx on partner_workplaces (reading_key collate "C", id);
create index partner_workplaces_work_kinds_idx on partner_workplaces using gin (work_kinds);

create table workplace_certifications (
  id uuid primary key default gen_random_uuid(),
  workplace_id uuid not null references partner_workplaces (id) on delete cascade,
  authority text not null check (authority in ('governor', 'mayor')),
  authority_name text not null default '',
  number text not null,
  employment_types text[] not null,
  valid_from date not null,
  valid_until date not null,
  notes text not null default '',
  created_by uuid references users (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1,
  check (valid_from <= valid_until)
);
create index workplace_certifications_workplace_idx on workplace_certifications (workplace_id, valid_until desc);
-- The today list's reminder: certifications ending within 60 days.
create index workplace_certifications_until_idx on workplace_certifications (valid_until);
