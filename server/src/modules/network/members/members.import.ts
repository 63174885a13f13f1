import { randomUUID } from "node:crypto";
import {
  type MemberField,
  type MemberOrganizationValues,
  memberOrganizationInputSchema,
} from "@otagai/shared/network/members";
import { fieldProblemFromIssue } from "../../../platform/http/validation-messages.ts";
import { parseImportDate } from "../../../platform/import/import-values.ts";
import { defineImporter, type RowProblem } from "../../../platform/import/importer.ts";
import {
  columnAliases,
  type MemberColumnKey,
  memberColumnKeys,
  readField,
  readKind,
  readStatus,
  splitFields,
} from "./members.columns.ts";
import { findMembersByReading, memberKeysOf } from "./members.repository.ts";
import { memberEntity } from "./members.service.ts";
import { memberOrganizations } from "./members.tables.ts";

/**
 * Importing member organizations from the office's spreadsheet (issue 13): one organization per
 * row, all or nothing. Kinds, fields and statuses are read by the names the export writes (either
 * language) or their codes; dates as people write them (西暦 or 和暦). A row repeating another
 * row's reading, or an organization already registered with that reading, is refused.
 */
const required = new Set<MemberColumnKey>(["name", "nameKana", "kind", "joinedOn"]);

const problem = (
  field: MemberColumnKey | null,
  code: string,
  params?: Record<string, string | number>,
): RowProblem => ({
  field,
  code,
  messageKey: `network.members.importProblems.${code}`,
  ...(params ? { params } : {}),
});

function readDate(text: string, field: MemberColumnKey, problems: RowProblem[]): string | null {
  if (text === "") return null;
  const date = parseImportDate(text);
  if (date === null) problems.push(problem(field, "invalidDate"));
  return date;
}

function parseRow(
  values: Record<MemberColumnKey, string>,
): { value: MemberOrganizationValues } | { problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const kind = values.kind === "" ? undefined : readKind(values.kind);
  if (values.kind !== "" && !kind) problems.push(problem("kind", "unknownKind", { value: values.kind }));
  const fields: MemberField[] = [];
  for (const name of splitFields(values.fields)) {
    const field = readField(name);
    if (field) fields.push(field);
    else problems.push(problem("fields", "unknownField", { value: name }));
  }
  const joinedOn = readDate(values.joinedOn, "joinedOn", problems);
  const leftOn = readDate(values.leftOn, "leftOn", problems);
  const status = values.status === "" ? (leftOn ? "left" : "active") : readStatus(values.status);
  if (!status) problems.push(problem("status", "unknownStatus", { value: values.status }));
  const members = values.workingMembers.normalize("NFKC").replace(/[,人名\s]/g, "");
  if (members !== "" && !/^\d+$/.test(members)) problems.push(problem("workingMembers", "invalidNumber"));
  // Excel drops the leading zero of a postal code typed as a number (060-0001 → 600001).
  const postalCode = /^\d{6}$/.test(values.postalCode)
    ? values.postalCode.padStart(7, "0")
    : values.postalCode;
  const input = {
    name: values.name,
    nameKana: values.nameKana,
    kind: kind ?? values.kind,
    fields: [...new Set(fields)],
    postalCode,
    address: values.address,
    area: values.area,
    representativeName: values.representativeName,
    contactName: values.contactName,
    contactPhone: values.contactPhone,
    contactEmail: values.contactEmail,
    workingMembers: members === "" || !/^\d+$/.test(members) ? null : Number(members),
    joinedOn: joinedOn ?? values.joinedOn,
    leftOn,
    status: status ?? "active",
    notes: values.notes,
  };
  const parsed = memberOrganizationInputSchema.safeParse(input);
  if (!parsed.success)
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? "");
      const field = (memberColumnKeys as readonly string[]).includes(key) ? (key as MemberColumnKey) : null;
      // One problem per cell is enough to fix it (an unreadable date is not also "invalid").
      if (problems.some((existing) => existing.field === field)) continue;
      const found = fieldProblemFromIssue("row", issue, input);
      problems.push({
        field,
        code: found.messageKey,
        messageKey: `validation.${found.messageKey}`,
        ...(found.params ? { params: found.params } : {}),
      });
    }
  if (problems.length > 0 || !parsed.success) return { problems };
  return { value: parsed.data };
}

export const membersImporter = defineImporter<MemberColumnKey, MemberOrganizationValues>({
  kind: "member-organizations",
  permission: "members.write",
  fields: memberColumnKeys.map((key) => ({
    key,
    labelKey: `network.members.importFields.${key}`,
    required: required.has(key),
    aliases: columnAliases(key),
  })),
  parseRow,

  async findConflicts(db, rows) {
    const problems = new Map<number, RowProblem[]>();
    const add = (index: number, found: RowProblem) =>
      problems.set(index, [...(problems.get(index) ?? []), found]);
    const firstLine = new Map<string, number>();
    for (const row of rows) {
      const key = memberKeysOf(row.value).readingKey;
      const line = firstLine.get(key);
      if (line === undefined) firstLine.set(key, row.line);
      else add(row.index, problem(null, "duplicateRow", { line }));
    }
    const existing = await findMembersByReading(db, [...firstLine.keys()]);
    for (const row of rows) {
      const found = existing.get(memberKeysOf(row.value).readingKey);
      if (found)
        add(row.index, {
          ...problem(null, "duplicateExisting", { name: found.name }),
          seen: { entity: memberEntity, id: found.id },
        });
    }
    return problems;
  },

  async write(tx, rows, context) {
    const values = rows.map((row) => ({
      id: randomUUID(),
      ...row,
      ...memberKeysOf(row),
      createdBy: context.actor.id,
    }));
    for (let start = 0; start < values.length; start += 500)
      await tx.insert(memberOrganizations).values(values.slice(start, start + 500));
    return [{ entity: memberEntity, ids: values.map((row) => row.id) }];
  },
});
