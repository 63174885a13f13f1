import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// SQL is parameterized: drizzle's sql`… ${value}` template sends values apart from the text. This
// fails the build on SQL text built from values anywhere in server/src (tests aside) but the one
// reviewed module that puts names PostgreSQL cannot take as parameters (schemas, roles, tables)
// into statements, checked and quoted: platform/db/identifiers.ts.

const serverSrc = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const reviewed = new Set(["platform/db/identifiers.ts"]);

/** Text that reads like an SQL statement, or a connection's search_path option. */
const sqlShaped =
  /\b(select\b[\s\S]*\bfrom\b|insert\s+into\b|update\s+[\w".]+\s+set\b|delete\s+from\b|(create|drop|alter|truncate)\s+(table|schema|index|role|view|sequence|extension|function|trigger|database|type)\b|grant\s[\s\S]*\s(on|to)\s|revoke\s[\s\S]*\sfrom\b|set\s+(search_path|role|session|local)\b|search_path\s*=|where\s+[\w".]+\s*(=|like|in)\s)/i;

const runsSql = new Set(["execute", "query", "exec", "unsafe", "raw"]);

function staticText(node: ts.TemplateExpression): string {
  return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(" ");
}

function isStringConcatenation(node: ts.Node): node is ts.BinaryExpression {
  return (
    ts.isBinaryExpression(node) &&
    node.operatorToken.kind === ts.SyntaxKind.PlusToken &&
    [node.left, node.right].some((side) => ts.isStringLiteralLike(side) || ts.isTemplateExpression(side))
  );
}

function concatenatedText(node: ts.Expression): string {
  if (ts.isBinaryExpression(node)) return `${concatenatedText(node.left)} ${concatenatedText(node.right)}`;
  if (ts.isStringLiteralLike(node)) return node.text;
  if (ts.isTemplateExpression(node)) return staticText(node);
  return " ";
}

/** Each place in `source` where SQL text is built from values: "line: what". */
export function findBuiltSql(fileName: string, source: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const report = (node: ts.Node, what: string) =>
    found.push(`${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${what}`);
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const method = node.expression.name.text;
      const argument = node.arguments[0];
      if (
        method === "raw" &&
        ts.isIdentifier(node.expression.expression) &&
        node.expression.expression.text === "sql"
      )
        report(node, "sql.raw(…)");
      else if (
        runsSql.has(method) &&
        argument &&
        (ts.isTemplateExpression(argument) || isStringConcatenation(argument))
      )
        report(node, `.${method}() with text built from values`);
    }
    const tagged = node.parent && ts.isTaggedTemplateExpression(node.parent);
    if (ts.isTemplateExpression(node) && !tagged && sqlShaped.test(staticText(node)))
      report(node, "SQL in a template literal with placeholders");
    if (
      isStringConcatenation(node) &&
      !isStringConcatenation(node.parent) &&
      sqlShaped.test(concatenatedText(node))
    )
      report(node, "SQL built by string concatenation");
    ts.forEachChild(node, visit);
  };
  visit(file);
  return [...new Set(found)];
}

function sourceFiles(directory: string): string[] {
  return fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [full] : [];
  });
}

const asSource = (example: string) => example.replaceAll("#{", "${");

describe("SQL built from values", () => {
  it("appears nowhere in server/src but the reviewed identifiers module", () => {
    const found = sourceFiles(serverSrc).flatMap((file) => {
      const relative = path.relative(serverSrc, file).split(path.sep).join("/");
      if (reviewed.has(relative)) return [];
      // A file another process removes meanwhile (an editor's temporary file) is simply gone.
      const text = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
      return findBuiltSql(relative, text).map((line) => `server/src/${relative}:${line}`);
    });
    expect(found).toEqual([]);
  });

  // The check itself: what it must catch, and what it must leave alone. (#{…} stands for ${…} in
  // the examples, which are source code as text.)
  it.each([
    ["sql.raw", "await db.execute(sql.raw(`select * from users where name = '#{name}'`));"],
    ["a template run as SQL", "await session.exec(`drop schema #{schema} cascade`);"],
    ["a concatenation run as SQL", "await pool.query('select * from users where email = ' + email);"],
    [
      "SQL kept in a variable first",
      "const text = `select id from users where name = '#{name}'`; await run(text);",
    ],
    ["SQL concatenated into a variable", "const text = 'delete from users where id = ' + id;"],
    ["a connection option", "const options = `-c search_path=#{schema},public`;"],
    ["grant text", "const statement = `grant select on table #{table} to #{role}`;"],
  ])("catches %s", (_, code) => {
    expect(findBuiltSql("example.ts", asSource(code))).not.toEqual([]);
  });

  it.each([
    ["drizzle's sql template", "await db.execute(sql`select * from users where name = #{name}`);"],
    ["fixed text with parameters", "await session.query('select name from users where id = $1', [id]);"],
    [
      "a message that mentions a table",
      "throw new Error(`audit_events is missing in #{schema}: run the migrations`);",
    ],
    ["a running migration's text", "await session.exec(migration.sql);"],
  ])("leaves %s alone", (_, code) => {
    expect(findBuiltSql("example.ts", asSource(code))).toEqual([]);
  });
});
