-- The audit trail, hardened (ADR 012).
-- key_id: the fingerprint of the key whose HMAC is in `hash`; null on entries written before the
-- trail was keyed (plain SHA-256). record_ids: the records a list read showed, so "who saw this
-- person" includes lists.
alter table audit_events add column key_id text;
alter table audit_events add column record_ids text[] not null default '{}';
create index audit_events_record_ids_idx on audit_events using gin (record_ids);
-- Unkeyed entries: only those written before the key existed may be; the start checks (ADR 012).
create index audit_events_unkeyed_idx on audit_events (id) where key_id is null;

-- What the app expects of every row, so a bad row cannot be inserted. NOT VALID: rows already there
-- are not re-checked (the list and the verification report them instead of failing).
alter table audit_events add constraint audit_events_shape check (
  id > 0
  and action in ('create', 'update', 'delete', 'read', 'login', 'login_failed', 'logout', 'disable',
                 'enable', 'unlock', 'password_change')
  and entity ~ '^[a-z][a-z_]{0,63}$'
  and char_length(coalesce(record_id, '')) <= 200
  and cardinality(record_ids) <= 1000
  and cardinality(changed_fields) <= 200
  and char_length(coalesce(actor_email, '')) <= 320
  and char_length(coalesce(client_address, '')) <= 100
  and prev_hash ~ '^[0-9a-f]{64}$'
  and hash ~ '^[0-9a-f]{64}$'
  and (key_id is null or key_id ~ '^[0-9a-f]{16}$')
) not valid;
