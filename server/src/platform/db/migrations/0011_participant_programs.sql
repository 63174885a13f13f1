-- Record-level access to participants without a subquery per row (ADR 017).
--
-- A user limited to programs reaches a participant with a case in one of them (ADR 014). Asked as
-- two `exists` over the cases for every candidate row, a search at 100,000 people and 150,000 cases
-- cost 70–130 ms on PostgreSQL (a hash of every case of the user's programs and a scan of all cases,
-- per query). The programs a participant has cases in are kept on the participant instead, by the
-- database itself (statement triggers on cases), so no code path that opens, moves or deletes a
-- case can leave them behind, and the policy is one array overlap on the row (or the index entry).
alter table participants add column program_ids uuid[] not null default '{}';

update participants p set program_ids = fresh.program_ids
from (
  select participant_id, array_agg(distinct program_id order by program_id) as program_ids
  from cases group by participant_id
) fresh
where p.id = fresh.participant_id;

-- The programs of these participants, recounted from their cases. The rows are locked first: a
-- concurrent transaction adding a case for the same person commits before the recount below reads
-- the cases (each statement of a function takes a fresh snapshot under READ COMMITTED), so two
-- cases opened at once in two programs both end up in the array.
create function participants_refresh_program_ids(ids uuid[]) returns void
language plpgsql as $$
begin
  if ids is null or cardinality(ids) = 0 then
    return;
  end if;
  perform 1 from participants where id = any(ids) order by id for update;
  update participants p set program_ids = fresh.program_ids
  from (
    select person.id,
      array(select distinct c.program_id from cases c where c.participant_id = person.id order by 1) as program_ids
    from unnest(ids) as person(id)
  ) fresh
  where p.id = fresh.id and p.program_ids is distinct from fresh.program_ids;
end;
$$;

create function cases_inserted_refresh_program_ids() returns trigger
language plpgsql as $$
begin
  perform participants_refresh_program_ids(array(select distinct participant_id from new_cases));
  return null;
end;
$$;

-- Only a case moved to another person (a merge) or another program changes anything: a status
-- change, the most common update, locks nothing here.
create function cases_updated_refresh_program_ids() returns trigger
language plpgsql as $$
begin
  perform participants_refresh_program_ids(array(
    select person from (
      select o.participant_id as person from old_cases o join new_cases n on n.id = o.id
        where o.participant_id <> n.participant_id or o.program_id <> n.program_id
      union
      select n.participant_id from old_cases o join new_cases n on n.id = o.id
        where o.participant_id <> n.participant_id or o.program_id <> n.program_id
    ) moved
  ));
  return null;
end;
$$;

create function cases_deleted_refresh_program_ids() returns trigger
language plpgsql as $$
begin
  perform participants_refresh_program_ids(array(select distinct participant_id from old_cases));
  return null;
end;
$$;

create trigger cases_program_ids_on_insert after insert on cases
  referencing new table as new_cases
  for each statement execute function cases_inserted_refresh_program_ids();
create trigger cases_program_ids_on_update after update on cases
  referencing old table as old_cases new table as new_cases
  for each statement execute function cases_updated_refresh_program_ids();
create trigger cases_program_ids_on_delete after delete on cases
  referencing old table as old_cases
  for each statement execute function cases_deleted_refresh_program_ids();

-- The list walks the 五十音 index and filters as it goes (ADR 013): the policy's columns ride along
-- in it (an index-only walk for a limited user). A name search no longer walks it (it sorts its own
-- matches, participants.repository.ts), so the search columns leave it: an index holding
-- search_key let the planner count a search's matches by testing LIKE on every entry (90,000 at
-- 100,000 people, 15 ms) instead of asking the trigram index (3 ms).
drop index participants_sort_idx;
create index participants_sort_idx on participants (reading_key collate "C", id)
  include (birth_date, program_ids, created_by) where merged_into_id is null;

-- The one-character name search (高) as an equality on the first character, for the same reason:
-- an index on search_key itself offered the planner that LIKE-on-every-entry count.
drop index participants_name_prefix_idx;
create index participants_name_prefix_idx on participants (left(search_key, 1)) where merged_into_id is null;
