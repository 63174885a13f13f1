import type { DatabaseHandle } from "../platform/db/client.ts";

/**
 * A fingerprint of everything a request could write. Failed logins and refused attempts are left
 * out on purpose: recording them (audit entry, failure count) is the one write a refused request must make.
 */
export async function snapshotData(database: DatabaseHandle): Promise<string> {
  const rows = await database.withRawSession((session) =>
    session.query<{ fingerprint: string }>(`
      select concat_ws('/',
        (select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) from (select id, email, display_name, display_name_kana, role, status, locale, password_hash, version, updated_at from users) t),
        (select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) from user_programs t),
        (select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) from programs t),
        (select count(*) from sessions),
        -- The trail is append-only with gap-free ids (a trigger refuses updates and deletes), so the
        -- last entry's id tells any new one: read backwards from the newest, not counted over all.
        (select id from audit_events where action not in ('login_failed', 'denied') order by id desc limit 1)
      ) as fingerprint`),
  );
  return rows[0]?.fingerprint ?? "";
}
