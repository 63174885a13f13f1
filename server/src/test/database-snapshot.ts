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

/**
 * snapshotData, computed again only when a transaction may have written since the last time: any
 * write takes a transaction id, so while the database's snapshot (`xmin:xmax:in-progress ids`) is
 * the same, so is the data. The bad-input fuzz fingerprints after every refusal, and most refusals
 * (a field refused by its schema) write nothing: the fingerprint's scans took a third of its time.
 */
export function snapshotDataWhenWritten(
  database: DatabaseHandle,
  fingerprint: (database: DatabaseHandle) => Promise<string> = snapshotData,
): () => Promise<string> {
  let known: { mark: string; fingerprint: string } | undefined;
  const markOf = async () => {
    const rows = await database.withRawSession((session) =>
      session.query<{ mark: string }>("select pg_current_snapshot()::text as mark"),
    );
    return rows[0]?.mark ?? "";
  };
  return async () => {
    const mark = await markOf();
    if (known?.mark === mark) return known.fingerprint;
    // Taken after the mark: a write in between changes the next mark, which computes it again.
    known = { mark, fingerprint: await fingerprint(database) };
    return known.fingerprint;
  };
}
