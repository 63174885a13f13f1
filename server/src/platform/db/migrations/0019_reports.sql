-- Reports and research (issue 14). Figures are computed live from the records; only what was sent
-- to a municipality is stored: a submitted report's figures, frozen as a snapshot.

-- One row per report of a contract: the monthly report of a month or the fiscal-year report, for
-- the whole program or one funding stream. Reopened, it keeps what was sent until submitted again.
create table report_submissions (
  id uuid primary key default gen_random_uuid(),
  contract_id uuid not null references contracts (id) on delete cascade,
  kind text not null check (kind in ('monthly', 'yearly')),
  -- The first day of the report's month; null for the fiscal-year report.
  month date,
  funding_stream_id uuid references funding_streams (id) on delete cascade,
  status text not null check (status in ('submitted', 'reopened')),
  -- The report's rows as sent (indicator, part, measure, byMonth, total).
  figures jsonb not null,
  submitted_by uuid references users (id) on delete set null,
  submitted_at timestamptz not null default now(),
  reopened_by uuid references users (id) on delete set null,
  reopened_at timestamptz,
  reopen_reason text,
  version integer not null default 1,
  check ((kind = 'monthly') = (month is not null)),
  check (month is null or extract(day from month) = 1)
);
-- One report per contract, kind, month and stream (nulls equal: the yearly, the whole program).
create unique index report_submissions_report_idx
  on report_submissions (contract_id, kind, coalesce(month, '1900-01-01'::date),
    coalesce(funding_stream_id, '00000000-0000-0000-0000-000000000000'::uuid));

-- Every submission, reopening and resubmission, with the figures of each submission.
create table report_submission_events (
  id bigint generated always as identity primary key,
  submission_id uuid not null references report_submissions (id) on delete cascade,
  action text not null check (action in ('submitted', 'reopened', 'resubmitted')),
  actor_id uuid references users (id) on delete set null,
  occurred_at timestamptz not null default now(),
  reason text,
  figures jsonb
);
create index report_submission_events_submission_idx on report_submission_events (submission_id, id);

-- The indicators read records by their date within a program's cases: these let a month or a
-- fiscal year be found without reading every case's history.
create index case_intakes_received_idx on case_intakes (received_on, case_id);
create index support_plans_made_idx on support_plans (made_on, case_id);
create index case_outcomes_started_idx on case_outcomes (started_on, case_id);
create index placements_start_idx on placements (start_on, case_id);
create index case_follow_ups_done_idx on case_follow_ups (done_on, outcome_id) where done_on is not null;
