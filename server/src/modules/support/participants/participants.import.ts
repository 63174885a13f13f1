import { randomUUID } from "node:crypto";
import { type ParticipantProfile, participantProfileSchema } from "@otagai/shared/support/participants";
import { and, inArray, isNull } from "drizzle-orm";
import { isLimitedToPrograms } from "../../../platform/access/access-scope.ts";
import type { Database } from "../../../platform/db/client.ts";
import { fieldProblemFromIssue } from "../../../platform/http/validation-messages.ts";
import { parseImportDate, splitFullName } from "../../../platform/import/import-values.ts";
import { defineImporter, type ImportContext, type RowProblem } from "../../../platform/import/importer.ts";
import { programs } from "../../programs/programs.tables.ts";
import { cases, caseTransitions } from "../cases/cases.tables.ts";
import { participantKeysOf } from "./participant-keys.ts";
import { participants } from "./participants.tables.ts";

/**
 * Importing participants from the office's spreadsheet (issue 10): one participant per row and,
 * when the row names a program (by code or name), a case opened at intake in it today. A row is
 * refused when its date, kana, phone … do not read, when its program is unknown, ended or outside
 * the importing user's programs, and when it repeats another row or an existing participant.
 *
 * Duplicates: same reading and birth date, the strongest of the registration rules. The others
 * (same phone, similar reading) only warn at registration, where the user can save anyway; an
 * import has no per-row "save anyway", so they would block households sharing a phone.
 * It is findDuplicateCandidates' first branch (participants.duplicate-check.repository.ts), asked here for a whole
 * file in one query per thousand readings rather than once per row.
 */

const fieldKeys = [
  "familyName",
  "givenName",
  "familyNameKana",
  "givenNameKana",
  "birthDate",
  "gender",
  "phone",
  "email",
  "postalCode",
  "address",
  "referralSource",
  "program",
] as const;
type FieldKey = (typeof fieldKeys)[number];

/** Header names offices use (compared full-width folded, without spaces and brackets). */
const aliases: Record<FieldKey, string[]> = {
  familyName: [
    "氏名",
    "名前",
    "お名前",
    "姓",
    "氏",
    "苗字",
    "利用者名",
    "利用者氏名",
    "本人氏名",
    "氏名漢字",
    "name",
    "family name",
    "last name",
    "surname",
  ],
  givenName: ["名", "下の名前", "given name", "first name"],
  familyNameKana: [
    "ふりがな",
    "フリガナ",
    "よみがな",
    "ヨミガナ",
    "よみ",
    "読み",
    "カナ",
    "かな",
    "氏名ふりがな",
    "氏名フリガナ",
    "氏名カナ",
    "せい",
    "セイ",
    "姓ふりがな",
    "姓フリガナ",
    "姓カナ",
    "kana",
    "furigana",
    "reading",
  ],
  givenNameKana: ["めい", "メイ", "名ふりがな", "名フリガナ", "名カナ"],
  birthDate: ["生年月日", "誕生日", "生年月日和暦", "birth date", "birthdate", "date of birth", "dob"],
  gender: ["性別", "gender", "sex"],
  phone: [
    "電話",
    "電話番号",
    "携帯",
    "携帯電話",
    "携帯番号",
    "携帯電話番号",
    "連絡先電話番号",
    "tel",
    "phone",
    "phone number",
  ],
  email: ["メール", "メールアドレス", "eメール", "e-mail", "email", "mail"],
  postalCode: ["郵便番号", "〒", "postal code", "postcode", "zip", "zip code"],
  address: ["住所", "現住所", "address"],
  referralSource: [
    "紹介元",
    "紹介経路",
    "相談経路",
    "来所経路",
    "経路",
    "きっかけ",
    "referral",
    "referral source",
  ],
  program: ["事業", "事業名", "事業コード", "利用事業", "プログラム", "program", "program code"],
};

const required = new Set<FieldKey>(["familyName", "familyNameKana"]);

type ParticipantImportRow = { profile: ParticipantProfile; program: string };

const problem = (
  field: FieldKey | null,
  code: string,
  params?: Record<string, string | number>,
): RowProblem => ({
  field,
  code,
  messageKey: `support.import.problems.${code}`,
  ...(params ? { params } : {}),
});

function parseRow(
  values: Record<FieldKey, string>,
): { value: ParticipantImportRow } | { problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  // One 氏名 column ("山田 花子") when the sheet has no separate 名 column; the same for the reading.
  const [familyName, givenName] =
    values.givenName === "" ? splitFullName(values.familyName) : [values.familyName, values.givenName];
  const [familyNameKana, givenNameKana] =
    values.givenNameKana === ""
      ? splitFullName(values.familyNameKana)
      : [values.familyNameKana, values.givenNameKana];
  const birthDate = values.birthDate === "" ? null : parseImportDate(values.birthDate);
  if (values.birthDate !== "" && birthDate === null) problems.push(problem("birthDate", "invalidDate"));
  // Excel drops the leading zero of a postal code typed as a number (北海道: 060-0001 → 600001).
  const postalCode = /^\d{6}$/.test(values.postalCode)
    ? values.postalCode.padStart(7, "0")
    : values.postalCode;
  const input = {
    familyName,
    givenName,
    familyNameKana,
    givenNameKana,
    birthDate,
    gender: values.gender,
    phone: values.phone,
    email: values.email,
    postalCode,
    address: values.address,
    referralSource: values.referralSource,
  };
  const parsed = participantProfileSchema.safeParse(input);
  if (!parsed.success)
    for (const issue of parsed.error.issues) {
      const found = fieldProblemFromIssue("row", issue, input);
      const key = String(issue.path[0] ?? "");
      // A given name split off the 氏名 column is reported on that column.
      const field: FieldKey | null =
        key === "givenName" && values.givenName === ""
          ? "familyName"
          : key === "givenNameKana" && values.givenNameKana === ""
            ? "familyNameKana"
            : (fieldKeys as readonly string[]).includes(key)
              ? (key as FieldKey)
              : null;
      // One problem per cell is enough to fix it (an empty reading is not also "not kana").
      if (problems.some((existing) => existing.field === field)) continue;
      problems.push({
        field,
        code: found.messageKey,
        messageKey: `validation.${found.messageKey}`,
        ...(found.params ? { params: found.params } : {}),
      });
    }
  if (problems.length > 0 || !parsed.success) return { problems };
  return { value: { profile: parsed.data, program: values.program } };
}

/** How a program is named in a cell: its code or its name, full-width folded, case and spaces ignored. */
function programKey(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/\s/g, "");
}

async function programsByKey(db: Database) {
  const rows = await db
    .select({ id: programs.id, code: programs.code, name: programs.name, active: programs.active })
    .from(programs);
  const byKey = new Map<string, (typeof rows)[number]>();
  // Codes first: a code wins over another program's name written the same way.
  for (const row of rows) byKey.set(programKey(row.name), row);
  for (const row of rows) byKey.set(programKey(row.code), row);
  return byKey;
}

/** Existing participants (not merged away) with one of these readings, by reading and birth date. */
async function existingByReadingAndBirth(db: Database, readingKeys: string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (let start = 0; start < readingKeys.length; start += 1000) {
    const rows = await db
      .select({ id: participants.id, readingKey: participants.readingKey, birthDate: participants.birthDate })
      .from(participants)
      .where(
        and(
          isNull(participants.mergedIntoId),
          inArray(participants.readingKey, readingKeys.slice(start, start + 1000)),
        ),
      );
    for (const row of rows) if (row.birthDate) found.set(`${row.readingKey} ${row.birthDate}`, row.id);
  }
  return found;
}

function duplicateKey(profile: ParticipantProfile): string | null {
  return profile.birthDate ? `${participantKeysOf(profile).readingKey} ${profile.birthDate}` : null;
}

export const participantsImporter = defineImporter<FieldKey, ParticipantImportRow>({
  kind: "participants",
  permission: "participants.import",
  fields: fieldKeys.map((key) => ({
    key,
    labelKey: `support.import.fields.participants.${key}`,
    required: required.has(key),
    aliases: aliases[key],
  })),
  parseRow,

  async findConflicts(db, rows, context) {
    const problems = new Map<number, RowProblem[]>();
    const add = (index: number, found: RowProblem) =>
      problems.set(index, [...(problems.get(index) ?? []), found]);

    if (rows.some((row) => row.value.program !== "")) {
      const byKey = await programsByKey(db);
      for (const row of rows) {
        const name = row.value.program;
        if (name === "") continue;
        const program = byKey.get(programKey(name));
        if (!program) add(row.index, problem("program", "unknownProgram", { program: name }));
        else if (!program.active) add(row.index, problem("program", "programEnded", { program: name }));
        else if (isLimitedToPrograms(context.scope) && !context.scope.programIds.includes(program.id))
          add(row.index, problem("program", "programOutOfScope", { program: name }));
      }
    }

    const firstLine = new Map<string, number>();
    for (const row of rows) {
      const key = duplicateKey(row.value.profile);
      if (!key) continue;
      const line = firstLine.get(key);
      if (line === undefined) firstLine.set(key, row.line);
      else add(row.index, problem(null, "duplicateRow", { line }));
    }
    const readingKeys = [...new Set(rows.map((row) => participantKeysOf(row.value.profile).readingKey))];
    const existing = await existingByReadingAndBirth(db, readingKeys);
    for (const row of rows) {
      const key = duplicateKey(row.value.profile);
      const id = key ? existing.get(key) : undefined;
      if (id) add(row.index, { ...problem(null, "duplicateExisting"), seen: { entity: "participant", id } });
    }
    return problems;
  },

  async write(tx, rows, context: ImportContext) {
    const byKey = await programsByKey(tx);
    const participantValues: (typeof participants.$inferInsert)[] = [];
    const caseValues: (typeof cases.$inferInsert)[] = [];
    for (const row of rows) {
      // Ids made here, so each case names its participant without relying on RETURNING's order.
      const id = randomUUID();
      participantValues.push({
        id,
        ...row.profile,
        ...participantKeysOf(row.profile),
        createdBy: context.actor.id,
      });
      const program = row.program === "" ? undefined : byKey.get(programKey(row.program));
      if (row.program !== "" && !program) throw new Error("a program checked before the write is gone");
      if (program)
        caseValues.push({
          id: randomUUID(),
          participantId: id,
          programId: program.id,
          leadCoordinatorId: context.actor.id,
          status: "intake",
          openedOn: context.today,
        });
    }
    for (let start = 0; start < participantValues.length; start += 500)
      await tx.insert(participants).values(participantValues.slice(start, start + 500));
    for (let start = 0; start < caseValues.length; start += 500) {
      const chunk = caseValues.slice(start, start + 500);
      await tx.insert(cases).values(chunk);
      // The case's timeline starts with its opening, as when a case is opened by hand.
      await tx.insert(caseTransitions).values(
        chunk.map((row) => ({
          caseId: row.id as string,
          fromStatus: null,
          toStatus: "intake",
          actorId: context.actor.id,
        })),
      );
    }
    return [
      { entity: "participant", ids: participantValues.map((row) => row.id as string) },
      ...(caseValues.length > 0 ? [{ entity: "case", ids: caseValues.map((row) => row.id as string) }] : []),
    ];
  },
});
