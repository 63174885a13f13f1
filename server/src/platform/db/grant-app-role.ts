import { advisoryLocks } from "./advisory-locks.ts";
import type { DatabaseHandle, RawSession } from "./client.ts";
import { privilegeStatement } from "./identifiers.ts";

/** Tables the app may read and append to, never change: the audit trail. */
const appendOnly = new Set(["audit_events"]);
/** Tables the app may only read: the migrations' bookkeeping. */
const readOnly = new Set(["schema_migrations"]);

/** The role a connection runs as (the app's, on DATABASE_URL). */
export async function currentRole(database: DatabaseHandle): Promise<string> {
  const [row] = await database.withRawSession((session) =>
    session.query<{ role: string }>("select current_user as role"),
  );
  if (!row) throw new Error("select current_user returned nothing");
  return row.role;
}

/**
 * Gives the app's role exactly what it needs on the current schema of `owner` (a connection as the
 * role that ran the migrations and owns the tables; ADR 009):
 *
 * - USAGE on the schema (no CREATE);
 * - SELECT, INSERT, UPDATE, DELETE on every table but these two:
 *   audit_events: SELECT, INSERT; schema_migrations: SELECT;
 * - SELECT on views, USAGE and SELECT on sequences (for serial columns).
 *
 * Each relation's privileges are revoked first, so the result is exact whatever was granted before.
 * It runs after every migration, so a new table needs no grant of its own. Then it checks that the
 * role cannot change the trail: that it has no UPDATE, DELETE or TRUNCATE on audit_events (through
 * PUBLIC or another role either), and does not own, nor belong to the owner of, the table or the
 * schema (an owner can switch the triggers off, a schema owner can drop the table). If it could,
 * it throws.
 */
export async function grantAppRole(owner: DatabaseHandle, appRole: string): Promise<void> {
  await owner.withRawSession(async (session) => {
    await session.exec("begin");
    try {
      // The migrations' lock: several processes starting together would otherwise grant on the
      // same rows at once ("tuple concurrently updated").
      await session.query("select pg_advisory_xact_lock($1::bigint)", [advisoryLocks.migrations]);
      await session.exec(await grantStatements(session, appRole));
      await checkAppRole(session, appRole);
      await session.exec("commit");
    } catch (error) {
      await session.exec("rollback");
      throw error;
    }
  });
}

async function grantStatements(session: RawSession, role: string): Promise<string> {
  const [schema] = await session.query<{ name: string }>("select current_schema() as name");
  if (!schema?.name) throw new Error("No current schema to grant on (check the search_path).");
  const relations = await session.query<{ name: string; kind: string }>(
    `select c.relname as name, c.relkind::text as kind
     from pg_class c
     where c.relnamespace = current_schema()::regnamespace and c.relkind in ('r', 'p', 'v', 'm', 'S')
     order by c.relname`,
  );
  const statements = [privilegeStatement("grant", ["usage"], { kind: "schema", name: schema.name }, role)];
  for (const { name, kind } of relations) {
    const relation = { kind: kind === "S" ? ("sequence" as const) : ("table" as const), name };
    statements.push(privilegeStatement("revoke", ["all"], relation, role));
    const rights =
      kind === "S"
        ? ["usage", "select"]
        : kind === "v" || kind === "m" || readOnly.has(name)
          ? ["select"]
          : appendOnly.has(name)
            ? ["select", "insert"]
            : ["select", "insert", "update", "delete"];
    statements.push(privilegeStatement("grant", rights, relation, role));
  }
  return `${statements.join(";\n")};`;
}

async function checkAppRole(session: RawSession, appRole: string): Promise<void> {
  const [row] = await session.query<{
    owns_table: boolean;
    owns_schema: boolean;
    can_update: boolean;
    can_delete: boolean;
    can_truncate: boolean;
  }>(
    `select pg_has_role($1::name, c.relowner, 'MEMBER') as owns_table,
            pg_has_role($1::name, n.nspowner, 'MEMBER') as owns_schema,
            has_table_privilege($1::name, c.oid, 'UPDATE') as can_update,
            has_table_privilege($1::name, c.oid, 'DELETE') as can_delete,
            has_table_privilege($1::name, c.oid, 'TRUNCATE') as can_truncate
     from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where c.oid = 'audit_events'::regclass`,
    [appRole],
  );
  if (!row) throw new Error("audit_events is missing: run the migrations first");
  const problem = row.owns_table
    ? "owns audit_events (or is a superuser, or a member of its owner), so it could switch off the append-only triggers"
    : row.owns_schema
      ? "owns the schema (or the database, for the public schema), so it could drop audit_events"
      : row.can_update || row.can_delete || row.can_truncate
        ? "may still UPDATE, DELETE or TRUNCATE audit_events (granted to it, to PUBLIC or to a role it belongs to)"
        : null;
  if (problem)
    throw new Error(
      `The app's database role ${appRole} (DATABASE_URL) ${problem}. Use a role that owns nothing for ` +
        'DATABASE_URL and the owner for DATABASE_MIGRATION_URL (README: "On a PostgreSQL server").',
    );
}

/**
 * Whether the role of `database` could switch off the audit trail's protections: it owns
 * audit_events or its schema, belongs to a role that does, or is a superuser.
 */
export async function canBypassAuditTrail(database: DatabaseHandle): Promise<boolean> {
  const [row] = await database.withRawSession((session) =>
    session.query<{ bypass: boolean }>(
      `select pg_has_role(current_user, c.relowner, 'MEMBER')
              or pg_has_role(current_user, n.nspowner, 'MEMBER') as bypass
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where c.oid = to_regclass('audit_events')`,
    ),
  );
  return row?.bypass ?? false;
}
