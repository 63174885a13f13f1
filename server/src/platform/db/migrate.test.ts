import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { is } from "drizzle-orm";
import { getTableConfig, PgTable } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "../../test/database.ts";
import { type DatabaseHandle, openPglite, openPostgres } from "./client.ts";
import { listMigrations, migrate } from "./migrate.ts";

const serverSrc = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const testDatabaseUrl = process.env.TEST_DATABASE_URL;

/** A database with nothing in it yet: a new in-memory PGlite, or a new schema on the test server. */
async function openEmptyDatabase(poolSize = 1): Promise<DatabaseHandle> {
  if (!testDatabaseUrl) return openPglite(undefined);
  const schema = `test_migrate_${randomBytes(4).toString("hex")}`;
  const handle = await openPostgres(testDatabaseUrl, poolSize, schema);
  return {
    ...handle,
    close: async () => {
      await handle.withRawSession((session) => session.exec(`drop schema if exists ${schema} cascade`));
      await handle.close();
    },
  };
}

/** Every table that a server/src/**\/*.tables.ts file exports. */
const arrayElementNames: Record<string, string> = { int2: "smallint", int4: "integer", int8: "bigint" };

async function drizzleTables(): Promise<PgTable[]> {
  const files = (fs.readdirSync(serverSrc, { recursive: true }) as string[]).filter((file) =>
    file.endsWith(".tables.ts"),
  );
  const tables: PgTable[] = [];
  for (const file of files.sort()) {
    const module: Record<string, unknown> = await import(path.join(serverSrc, file));
    for (const value of Object.values(module)) if (is(value, PgTable)) tables.push(value);
  }
  return tables;
}

type ColumnShape = { type: string; nullable: boolean; hasDefault: boolean };

describe("migrate", () => {
  it("applies every migration once, in order, and nothing on a second run", async () => {
    const database = await openEmptyDatabase();
    try {
      const names = listMigrations().map((migration) => migration.name);
      expect(names.length).toBeGreaterThan(0);
      expect(await migrate(database)).toEqual(names);
      expect(await migrate(database)).toEqual([]);

      const recorded = await database.withRawSession((session) =>
        session.query<{ name: string }>("select name from schema_migrations order by name"),
      );
      expect(recorded.map((row) => row.name)).toEqual(names);
    } finally {
      await database.close();
    }
  });

  it.runIf(testDatabaseUrl)(
    "applies each migration exactly once when two processes start together",
    async () => {
      const database = await openEmptyDatabase(2);
      try {
        const results = await Promise.all([migrate(database), migrate(database)]);
        const names = listMigrations().map((migration) => migration.name);
        expect(results.map((applied) => applied.length).sort()).toEqual([0, names.length]);
      } finally {
        await database.close();
      }
    },
  );
});

describe("the Drizzle table definitions", () => {
  let database: DatabaseHandle;
  let tables: PgTable[];
  let actual: Map<string, Map<string, ColumnShape>>;
  let actualPrimaryKeys: Map<string, string[]>;

  beforeAll(async () => {
    database = await openTestDatabase();
    tables = await drizzleTables();
    const columns = await database.withRawSession((session) =>
      session.query<{
        table_name: string;
        column_name: string;
        data_type: string;
        udt_name: string;
        is_nullable: string;
        column_default: string | null;
        is_identity: string;
        numeric_precision: number | null;
        numeric_scale: number | null;
      }>(
        `select table_name, column_name, data_type, udt_name, is_nullable, column_default, is_identity,
           numeric_precision, numeric_scale
         from information_schema.columns where table_schema = current_schema()`,
      ),
    );
    actual = new Map();
    for (const column of columns) {
      const table = actual.get(column.table_name) ?? new Map<string, ColumnShape>();
      table.set(column.column_name, {
        // An array's element type comes as PostgreSQL's internal name (_int4): Drizzle says "integer[]".
        type:
          column.data_type === "ARRAY"
            ? `${arrayElementNames[column.udt_name.replace(/^_/, "")] ?? column.udt_name.replace(/^_/, "")}[]`
            : column.data_type === "numeric" && column.numeric_precision !== null
              ? `numeric(${column.numeric_precision}, ${column.numeric_scale ?? 0})`
              : // Drizzle calls "time without time zone" just "time".
                column.data_type === "time without time zone"
                ? "time"
                : column.data_type,
        nullable: column.is_nullable === "YES",
        // An identity column has no column_default, but the database fills it all the same.
        hasDefault: column.column_default !== null || column.is_identity === "YES",
      });
      actual.set(column.table_name, table);
    }
    const keys = await database.withRawSession((session) =>
      session.query<{ table_name: string; column_name: string }>(
        `select kcu.table_name, kcu.column_name
         from information_schema.table_constraints tc
         join information_schema.key_column_usage kcu
           on kcu.constraint_name = tc.constraint_name and kcu.table_schema = tc.table_schema
         where tc.constraint_type = 'PRIMARY KEY' and tc.table_schema = current_schema()`,
      ),
    );
    actualPrimaryKeys = new Map();
    for (const key of keys)
      actualPrimaryKeys.set(key.table_name, [
        ...(actualPrimaryKeys.get(key.table_name) ?? []),
        key.column_name,
      ]);
  });
  afterAll(async () => {
    await database?.close();
  });

  it("cover the application's tables", () => {
    const names = tables.map((table) => getTableConfig(table).name).sort();
    expect(names).toEqual([
      "activities",
      "activity_revisions",
      "advisors",
      "agencies",
      "appointments",
      "audit_events",
      "case_assessments",
      "case_closures",
      "case_conferences",
      "case_evaluations",
      "case_follow_ups",
      "case_intakes",
      "case_outcomes",
      "case_transitions",
      "cases",
      "consents",
      "consultation_categories",
      "consultation_closed_days",
      "consultation_requests",
      "consultation_schedules",
      "consultation_startup_resources",
      "consultations",
      "contracts",
      "drafts",
      "duplicate_dismissals",
      "duplicate_pairs",
      "duplicate_sweeps",
      "funding_streams",
      "import_mappings",
      "import_uploads",
      "meeting_action_items",
      "meeting_attendees",
      "meetings",
      "member_dues",
      "member_organizations",
      "network_requests",
      "officers",
      "participant_sensitive",
      "participants",
      "partner_workplaces",
      "placement_attendance",
      "placement_evaluations",
      "placements",
      "policy_issue_evidence",
      "policy_issues",
      "policy_proposal_events",
      "policy_proposal_figures",
      "policy_proposals",
      "programs",
      "prospect_contacts",
      "referrals",
      "report_submission_events",
      "report_submissions",
      "sessions",
      "startup_resources",
      "support_plans",
      "user_programs",
      "users",
      "workplace_certifications",
      "workplace_prospects",
    ]);
    const inDatabase = [...actual.keys()].filter((name) => name !== "schema_migrations").sort();
    expect(inDatabase).toEqual(names);
  });

  it("match the database's columns: names, types, nullability and defaults", () => {
    for (const table of tables) {
      const config = getTableConfig(table);
      const expected = Object.fromEntries(
        config.columns.map((column) => [
          column.name,
          {
            type: column.getSQLType(),
            nullable: !column.notNull,
            hasDefault: column.hasDefault,
          } satisfies ColumnShape,
        ]),
      );
      expect(Object.fromEntries(actual.get(config.name) ?? []), config.name).toEqual(expected);
    }
  });

  it("match the database's primary keys", () => {
    for (const table of tables) {
      const config = getTableConfig(table);
      const declared = [
        ...config.columns.filter((column) => column.primary).map((column) => column.name),
        ...config.primaryKeys.flatMap((key) => key.columns.map((column) => column.name)),
      ];
      expect((actualPrimaryKeys.get(config.name) ?? []).sort(), config.name).toEqual(declared.sort());
    }
  });
});
