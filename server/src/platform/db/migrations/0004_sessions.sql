-- Login protection (ADR 004): attempts refused while an account is locked are counted on the account,
-- and only the first of each lock goes to the audit trail, so anonymous callers cannot grow the trail
-- one entry per attempt. Reset to 0 when a new lock starts.
alter table users add column locked_attempts integer not null default 0;
