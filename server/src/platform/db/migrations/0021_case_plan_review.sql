-- The "today" list's plans due for review (issue 10's bench): each open case's latest plan was
-- found by one index probe per case (4,673 probes for a coordinator of two programs at 150,000
-- cases, 26–85 ms, the slowest part of the dashboard). The latest plan's review date is kept on the
-- case instead, by the database itself (a statement trigger on support_plans, as participants'
-- program_ids, ADR 017), so no code path that makes a plan (the service, an import, the test
-- factories, the scale seed) can leave it behind, and the due cases are one range of an index.
alter table cases add column plan_review_on date;

-- The review date of these cases' latest plans. Plans are versioned, never edited, and go only
-- with their case (on delete cascade): an insert is the one change that matters; an update is
-- followed too, so a correction by hand cannot leave the case behind.
create function cases_refresh_plan_review_on(ids uuid[]) returns void
language plpgsql as $$
begin
  update cases c set plan_review_on = latest.review_on
  from (
    select distinct on (sp.case_id) sp.case_id, sp.review_on
    from support_plans sp where sp.case_id = any(ids)
    order by sp.case_id, sp.plan_number desc
  ) latest
  where c.id = latest.case_id and c.plan_review_on is distinct from latest.review_on;
end;
$$;

create function support_plans_changed_refresh_review_on() returns trigger
language plpgsql as $$
begin
  perform cases_refresh_plan_review_on(array(select distinct case_id from changed_plans));
  return null;
end;
$$;

-- Every case with a plan, once (the triggers keep it from here on).
select cases_refresh_plan_review_on(array(select distinct case_id from support_plans));

create trigger support_plans_review_on_insert after insert on support_plans
  referencing new table as changed_plans
  for each statement execute function support_plans_changed_refresh_review_on();
create trigger support_plans_review_on_update after update on support_plans
  referencing new table as changed_plans
  for each statement execute function support_plans_changed_refresh_review_on();

-- The cases with a plan (its steps, as cases.today.ts names them), by program and review date.
create index cases_plan_review_idx on cases (program_id, plan_review_on)
  include (lead_coordinator_id)
  where status in ('plan', 'conference', 'active', 'evaluation') and plan_review_on is not null;
