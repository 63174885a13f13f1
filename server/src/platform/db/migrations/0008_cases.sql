-- The case list (GET /api/cases) is newest first (opened_on desc, id desc). An index in that order
-- for the list as a whole (an unlimited user, or an opening-date range), per program (a limited
-- user, the program filter) and per step (the status filter), so a page reads its rows instead of
-- sorting every matching case; the coordinator and participant filters are narrow already
-- (cases_coordinator_idx, cases_participant_idx).
create index cases_opened_idx on cases (opened_on desc, id desc);
create index cases_program_opened_idx on cases (program_id, opened_on desc, id desc);
create index cases_status_opened_idx on cases (status, opened_on desc, id desc);
