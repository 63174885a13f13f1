-- The duplicate finder (issue 10): a sweep over every live participant runs in the background,
-- one at a time, and stores the candidate pairs it found; a manager marks a pair "not a duplicate"
-- once, and no later sweep shows it again.

-- One sweep: its progress (chunks done of the total: one per birth year, one for shared phones)
-- and its result. heartbeat_at moves with every chunk, so a sweep whose process died is told apart
-- from one still running (and a new one may start).
create table duplicate_sweeps (
  id uuid primary key default gen_random_uuid(),
  status text not null default 'running' check (status in ('running', 'finished', 'failed')),
  started_by uuid references users (id) on delete set null,
  started_at timestamptz not null default now(),
  heartbeat_at timestamptz not null default now(),
  finished_at timestamptz,
  chunks_done integer not null default 0 check (chunks_done >= 0),
  chunks_total integer not null default 0 check (chunks_total >= 0),
  pair_count integer not null default 0 check (pair_count >= 0),
  error text check (char_length(error) <= 500)
);
-- One sweep at a time, across every app process.
create unique index duplicate_sweeps_one_running_idx on duplicate_sweeps ((true)) where status = 'running';
create index duplicate_sweeps_started_idx on duplicate_sweeps (started_at desc, id desc);

-- A candidate pair of one sweep, the smaller id first; the reasons are those of the registration
-- check (participants.duplicate-check.ts), the score 0–1.
create table duplicate_pairs (
  sweep_id uuid not null references duplicate_sweeps (id) on delete cascade,
  participant_id uuid not null references participants (id),
  other_id uuid not null references participants (id),
  reasons text[] not null,
  score real not null check (score >= 0 and score <= 1),
  primary key (sweep_id, participant_id, other_id),
  check (participant_id < other_id)
);
-- The list: best first, a stable order for paging.
create index duplicate_pairs_score_idx on duplicate_pairs (sweep_id, score desc, participant_id, other_id);
create index duplicate_pairs_other_idx on duplicate_pairs (other_id);

-- "Not a duplicate": a manager's decision about two people, the smaller id first.
create table duplicate_dismissals (
  participant_id uuid not null references participants (id),
  other_id uuid not null references participants (id),
  decided_by uuid references users (id) on delete set null,
  decided_at timestamptz not null default now(),
  primary key (participant_id, other_id),
  check (participant_id < other_id)
);
create index duplicate_dismissals_other_idx on duplicate_dismissals (other_id);
