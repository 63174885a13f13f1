-- A program-limited user's search (issue 10's bench): the trigram and kanji-pair indexes also hold
-- the programs a person has cases in (program_ids, ADR 017), so one GIN scan answers "matches the
-- name AND has a case in my programs" and only those rows are read from the table. A broad reading
-- (さとう: 2,700 matches, 830 of them in the user's two programs) read 2,257 table pages and took
-- 9 ms; now 784 pages and 2.6 ms. A search by a user not limited to programs asks the first column
-- alone, as before.
drop index participants_search_idx;
create index participants_search_idx on participants using gin (search_key gin_trgm_ops, program_ids)
  where merged_into_id is null;
drop index participants_bigram_idx;
create index participants_bigram_idx on participants using gin (bigram_keys, program_ids)
  where merged_into_id is null;

-- The policy's other branch (a person with no case yet, reachable by who registered them), so
-- the planner can answer the whole policy from indexes (a BitmapOr) instead of filtering rows.
create index participants_unassigned_idx on participants (created_by)
  where merged_into_id is null and program_ids = '{}';
