import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { testConfig } from "../../test/config.ts";
import { recordAudit, verifyAuditChain } from "../audit/audit.ts";
import { openMigratedDatabase, singleRoleWarning } from "../bootstrap.ts";
import { type DatabaseHandle, openPostgres } from "./client.ts";
import { grantAppRole } from "./grant-app-role.ts";
import { listMigrations, migrate } from "./migrate.ts";

// The two-role setup of ADR 009: the app's role may append to the audit trail and never change it.
// Roles exist only on a PostgreSQL server; the embedded database has one user.

const testDatabaseUrl = process.env.TEST_DATABASE_URL;
const onPostgres = it.runIf(testDatabaseUrl);
const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const suffix = () => randomBytes(5).toString("hex");

/** TEST_DATABASE_URL as another user (trust authentication) and/or in another database. */
function urlAs(user: string, database?: string): string {
  const url = new URL(testDatabaseUrl as string);
  url.username = user;
  url.password = "";
  if (database) url.pathname = `/${database}`;
  return url.toString();
}

/** One statement as the test server's superuser, on the test database. */
async function asSuperuser(sql: string): Promise<void> {
  const admin = await openPostgres(testDatabaseUrl as string, 1);
  try {
    await admin.withRawSession((session) => session.exec(sql));
  } finally {
    await admin.close();
  }
}

/** A LOGIN role that is no superuser and owns nothing, dropped (with its grants) after the test. */
async function createAppRole(): Promise<string> {
  const role = `otagai_app_${suffix()}`;
  await asSuperuser(`create role ${role} login nosuperuser nocreatedb nocreaterole`);
  cleanups.push(() => asSuperuser(`drop owned by ${role}; drop role ${role}`));
  return role;
}

/** Runs one statement and returns the error message, or "ok". */
async function attempt(database: DatabaseHandle, sql: string): Promise<string> {
  try {
    await database.withRawSession((session) => session.exec(sql));
    return "ok";
  } catch (error) {
    return (error as Error).message;
  }
}

const actor = { id: null, email: "grant-test", clientAddress: null };

/** What the app's role may and may not do; `app` is connected as that role. */
async function expectAppRoleLimits(app: DatabaseHandle, role: string) {
  const [who] = await app.withRawSession((session) =>
    session.query<{ role: string }>("select current_user as role"),
  );
  expect(who?.role).toBe(role);

  // Appending through the app's own code works, and the chain verifies.
  await app.db.transaction((tx) => recordAudit(tx, actor, { action: "create", entity: "grant_test" }));
  await app.db.transaction((tx) => recordAudit(tx, actor, { action: "update", entity: "grant_test" }));
  expect(await verifyAuditChain(app.db)).toMatchObject({ ok: true, checked: 2 });

  // Changing the trail is refused by the privileges, before the triggers are even reached…
  const permissionDenied = /permission denied for table audit_events/;
  expect(await attempt(app, "update audit_events set action = 'x' where id = 1")).toMatch(permissionDenied);
  expect(await attempt(app, "delete from audit_events where id = 2")).toMatch(permissionDenied);
  expect(await attempt(app, "truncate audit_events")).toMatch(permissionDenied);
  // …and the role cannot take the triggers away either: only the owner can.
  const notOwner = /must be owner of (table|relation) audit_events/;
  expect(await attempt(app, "alter table audit_events disable trigger user")).toMatch(notOwner);
  expect(await attempt(app, "alter table audit_events disable trigger audit_events_no_update")).toMatch(
    notOwner,
  );
  expect(await attempt(app, "drop trigger audit_events_no_update on audit_events")).toMatch(notOwner);
  expect(await attempt(app, "drop table audit_events")).toMatch(notOwner);
  expect(await attempt(app, "alter table audit_events owner to current_user")).toMatch(notOwner);
  expect(await verifyAuditChain(app.db)).toMatchObject({ ok: true, checked: 2 });

  // The rest of the app's tables: read and write.
  expect(
    await attempt(
      app,
      `insert into users (email, display_name, role, password_hash)
       values ('grant.test@test.otagai.example', '権限 確認', 'staff', 'x')`,
    ),
  ).toBe("ok");
  expect(
    await attempt(
      app,
      "update users set display_name = '権限 確認2' where email = 'grant.test@test.otagai.example'",
    ),
  ).toBe("ok");
  expect(await attempt(app, "delete from sessions")).toBe("ok");
  expect(await attempt(app, "select count(*) from schema_migrations")).toBe("ok");
  expect(await attempt(app, "insert into schema_migrations (name) values ('9999_x.sql')")).toMatch(
    /permission denied for table schema_migrations/,
  );
  expect(await attempt(app, "create table grant_test (x int)")).toMatch(/permission denied for schema/);
}

describe("grantAppRole", () => {
  onPostgres(
    "lets the app's role append to the audit trail but never change it or switch its triggers off",
    async () => {
      const schema = `test_grant_${suffix()}`;
      const owner = await openPostgres(testDatabaseUrl as string, 1, schema);
      cleanups.push(async () => {
        await owner.withRawSession((session) => session.exec(`drop schema if exists ${schema} cascade`));
        await owner.close();
      });
      await migrate(owner);
      const role = await createAppRole();
      await grantAppRole(owner, role);
      await grantAppRole(owner, role); // again, as at every start: the same result

      const app = await openPostgres(urlAs(role), 2, schema);
      cleanups.push(() => app.close());
      await expectAppRoleLimits(app, role);

      const privileges = await owner.withRawSession((session) =>
        session.query<{ table_name: string; privileges: string }>(
          `select table_name, string_agg(privilege_type, ',' order by privilege_type) as privileges
           from information_schema.role_table_grants
           where grantee = $1 and table_schema = $2 group by table_name order by table_name`,
          [role, schema],
        ),
      );
      const crud = "DELETE,INSERT,SELECT,UPDATE";
      // Every table of the schema: the trail append-only, the migrations' bookkeeping read-only,
      // the rest read and write (a new table needs no grant of its own).
      const tables = await owner.withRawSession((session) =>
        session.query<{ tablename: string }>(
          "select tablename from pg_tables where schemaname = $1 order by tablename",
          [schema],
        ),
      );
      const special: Record<string, string> = { audit_events: "INSERT,SELECT", schema_migrations: "SELECT" };
      expect(tables.length).toBeGreaterThan(20);
      expect(privileges).toEqual(
        tables.map(({ tablename }) => ({ table_name: tablename, privileges: special[tablename] ?? crud })),
      );
    },
  );

  onPostgres("revokes what an earlier grant gave beyond the list", async () => {
    const schema = `test_grant_${suffix()}`;
    const owner = await openPostgres(testDatabaseUrl as string, 1, schema);
    cleanups.push(async () => {
      await owner.withRawSession((session) => session.exec(`drop schema if exists ${schema} cascade`));
      await owner.close();
    });
    await migrate(owner);
    const role = await createAppRole();
    await owner.withRawSession((session) => session.exec(`grant all on audit_events to ${role}`));
    await grantAppRole(owner, role);
    const [row] = await owner.withRawSession((session) =>
      session.query<{ update: boolean; truncate: boolean; trigger: boolean }>(
        `select has_table_privilege($1::name, 'audit_events', 'UPDATE') as update,
                has_table_privilege($1::name, 'audit_events', 'TRUNCATE') as truncate,
                has_table_privilege($1::name, 'audit_events', 'TRIGGER') as trigger`,
        [role],
      ),
    );
    expect(row).toEqual({ update: false, truncate: false, trigger: false });
  });

  onPostgres("refuses a role that could still change the trail (granted through PUBLIC)", async () => {
    const schema = `test_grant_${suffix()}`;
    const owner = await openPostgres(testDatabaseUrl as string, 1, schema);
    cleanups.push(async () => {
      await owner.withRawSession((session) => session.exec(`drop schema if exists ${schema} cascade`));
      await owner.close();
    });
    await migrate(owner);
    const role = await createAppRole();
    await owner.withRawSession((session) => session.exec("grant delete on audit_events to public"));
    await expect(grantAppRole(owner, role)).rejects.toThrow(
      /may still UPDATE, DELETE or TRUNCATE audit_events/,
    );
  });
});

describe("openMigratedDatabase", () => {
  onPostgres(
    "with DATABASE_MIGRATION_URL, migrates as the owner and runs the app as a role that cannot change the trail",
    { timeout: 60_000 },
    async () => {
      // The README's recipe: an owner role owning the database, an app role owning nothing.
      const id = suffix();
      const ownerRole = `otagai_owner_${id}`;
      const appRole = `otagai_app_${id}`;
      const databaseName = `otagai_roles_${id}`;
      await asSuperuser(`create role ${ownerRole} login; create role ${appRole} login`);
      cleanups.push(() => asSuperuser(`drop role if exists ${appRole}; drop role if exists ${ownerRole}`));
      await asSuperuser(`create database ${databaseName} owner ${ownerRole}`);
      cleanups.push(() => asSuperuser(`drop database if exists ${databaseName} with (force)`));

      const config = testConfig({
        nodeEnv: "production",
        databaseUrl: urlAs(appRole, databaseName),
        databaseMigrationUrl: urlAs(ownerRole, databaseName),
        databasePoolSize: 2,
      });
      const warnings: string[] = [];
      const warn = (line: string) => warnings.push(line);

      const first = await openMigratedDatabase(config, { warn });
      cleanups.push(() => first.database.close());
      expect(first.applied).toEqual(listMigrations().map((migration) => migration.name));
      await expectAppRoleLimits(first.database, appRole);

      // A second process starting later: nothing to migrate, the same grants.
      const second = await openMigratedDatabase(config, { warn });
      cleanups.push(() => second.database.close());
      expect(second.applied).toEqual([]);
      expect(await attempt(second.database, "delete from audit_events")).toMatch(/permission denied/);
      expect(warnings).toEqual([]);

      const [owners] = await second.database.withRawSession((session) =>
        session.query<{ owners: string[] }>(
          "select array_agg(distinct tableowner::text) as owners from pg_tables where schemaname = 'public'",
        ),
      );
      expect(owners?.owners).toEqual([ownerRole]);

      // Started with the app's role alone (DATABASE_MIGRATION_URL forgotten, or a command-line tool):
      // fine while nothing is pending, and no warning, since that role owns nothing…
      const appOnly = { ...config, databaseMigrationUrl: undefined };
      const third = await openMigratedDatabase(appOnly, { warn });
      cleanups.push(() => third.database.close());
      expect(third.applied).toEqual([]);
      expect(warnings).toEqual([]);
      // …and a clear message when a migration is pending.
      const [last] = listMigrations().slice(-1);
      const owner = await openPostgres(config.databaseMigrationUrl as string, 1);
      cleanups.push(() => owner.close());
      await owner.withRawSession((session) =>
        session.query("delete from schema_migrations where name = $1", [last?.name]),
      );
      await expect(openMigratedDatabase(appOnly, { warn })).rejects.toThrow(
        /Could not apply the migrations: .*set DATABASE_MIGRATION_URL/,
      );
    },
  );

  onPostgres("refuses DATABASE_MIGRATION_URL when the app's role owns the tables", async () => {
    const schema = `test_grant_${suffix()}`;
    cleanups.push(() => asSuperuser(`drop schema if exists ${schema} cascade`));
    const config = testConfig({
      databaseUrl: testDatabaseUrl,
      databaseMigrationUrl: testDatabaseUrl,
      databaseSchema: schema,
    });
    await expect(openMigratedDatabase(config)).rejects.toThrow(
      /The app's database role postgres \(DATABASE_URL\) owns audit_events/,
    );
  });

  onPostgres("warns once in production when the app's role owns the tables (one role)", async () => {
    const schema = `test_grant_${suffix()}`;
    cleanups.push(() => asSuperuser(`drop schema if exists ${schema} cascade`));
    for (const nodeEnv of ["test", "production"] as const) {
      const warnings: string[] = [];
      const { database } = await openMigratedDatabase(
        testConfig({ nodeEnv, databaseUrl: testDatabaseUrl, databaseSchema: schema, databasePoolSize: 1 }),
        { warn: (line) => warnings.push(line) },
      );
      await database.close();
      expect(warnings).toEqual(nodeEnv === "production" ? [singleRoleWarning] : []);
    }
  });

  it("refuses DATABASE_MIGRATION_URL without DATABASE_URL (the embedded database has no roles)", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "otagai-grant-test-"));
    cleanups.push(async () => fs.rmSync(dataDir, { recursive: true, force: true }));
    const config = testConfig({
      dataDir,
      databaseUrl: undefined,
      databaseMigrationUrl: "postgres://owner@127.0.0.1:5432/otagai",
    });
    await expect(openMigratedDatabase(config)).rejects.toThrow(
      /DATABASE_MIGRATION_URL is for a PostgreSQL server/,
    );
    expect(fs.readdirSync(dataDir)).toEqual([]);
  });
});
