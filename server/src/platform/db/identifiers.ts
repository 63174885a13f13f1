/**
 * The one reviewed place where SQL text is built from names rather than given values as
 * parameters: PostgreSQL cannot take a schema, role or table name as $1. Every name is checked
 * and quoted here; everywhere else SQL goes through drizzle's sql`` template or fixed text with
 * $n parameters, and platform/db/sql-safety.test.ts fails the build on SQL built any other way.
 */

/** A schema name as the app makes them (test_<pid>_<hex>, or one from the configuration). */
const plainName = /^[a-z_][a-z0-9_]{0,62}$/;

/** The name itself, after checking it is a plain lower-case SQL name; throws otherwise. */
export function plainIdentifier(name: string): string {
  if (!plainName.test(name)) throw new Error(`Not a plain SQL name (a–z, 0–9, _): ${JSON.stringify(name)}`);
  return name;
}

/** Any name (a role from a connection URL may hold "-" or capitals) as a quoted identifier. */
export function quoteIdentifier(name: string): string {
  if (name.length === 0 || name.length > 63 || name.includes("\u0000"))
    throw new Error(`Not a usable SQL name: ${JSON.stringify(name)}`);
  return `"${name.replaceAll('"', '""')}"`;
}

export const schemaStatements = {
  create: (schema: string) => `create schema if not exists ${quoteIdentifier(plainIdentifier(schema))}`,
  drop: (schema: string) => `drop schema if exists ${quoteIdentifier(plainIdentifier(schema))} cascade`,
  /** The schema first, then public (where extensions such as pg_trgm live). */
  useSchema: (schema: string) => `set search_path to ${quoteIdentifier(plainIdentifier(schema))}, public`,
  /** The same as a connection option, so that every pooled connection starts in the schema. */
  connectionOption: (schema: string) => `-c search_path=${plainIdentifier(schema)},public`,
};

const privileges = new Set(["select", "insert", "update", "delete", "usage", "all"]);

/** `grant select, insert on table "x" to "role"` (or revoke … from), for the app role's rights (ADR 009). */
export function privilegeStatement(
  action: "grant" | "revoke",
  rights: string[],
  on: { kind: "table" | "sequence" | "schema"; name: string },
  role: string,
): string {
  for (const right of rights) if (!privileges.has(right)) throw new Error(`Unknown privilege: ${right}`);
  const target = `${on.kind} ${quoteIdentifier(on.name)}`;
  return `${action} ${rights.join(", ")} on ${target} ${action === "grant" ? "to" : "from"} ${quoteIdentifier(role)}`;
}
