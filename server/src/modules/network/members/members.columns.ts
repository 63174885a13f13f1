import { translate } from "@otagai/shared/i18n/catalogs";
import {
  type MemberField,
  type MemberKind,
  memberFields,
  memberKinds,
  memberStatuses,
} from "@otagai/shared/network/members";
import type { Locale } from "@otagai/shared/platform/locales";
import { normalizeHeader } from "../../../platform/import/import-values.ts";

/**
 * The spreadsheet's columns, shared by the export and the import so that an exported file
 * re-imports cleanly: the export's headers are the import's aliases (in both languages), and kinds,
 * fields and statuses are written by the names the screens show.
 */
export const memberColumnKeys = [
  "name",
  "nameKana",
  "kind",
  "fields",
  "postalCode",
  "address",
  "area",
  "representativeName",
  "contactName",
  "contactPhone",
  "contactEmail",
  "workingMembers",
  "joinedOn",
  "leftOn",
  "status",
  "notes",
] as const;
export type MemberColumnKey = (typeof memberColumnKeys)[number];

const locales: Locale[] = ["ja", "en"];

export function columnHeader(locale: Locale, key: MemberColumnKey): string {
  return translate(locale, `network.members.importFields.${key}`);
}

/** Other header names offices use for the same column. */
const extraAliases: Partial<Record<MemberColumnKey, string[]>> = {
  name: ["団体名", "名称", "参加団体", "organization"],
  nameKana: ["フリガナ", "よみがな", "読み", "カナ", "kana", "furigana"],
  kind: ["団体種別", "法人格", "type"],
  fields: ["分野", "事業内容"],
  postalCode: ["〒", "zip"],
  area: ["市区町村", "地区"],
  representativeName: ["代表者名", "代表"],
  contactName: ["担当者", "担当"],
  contactPhone: ["電話", "tel"],
  contactEmail: ["メール", "e-mail", "mail"],
  workingMembers: ["人数", "メンバー数", "構成員数"],
  joinedOn: ["加入日", "入会年月日"],
  leftOn: ["脱退日", "退会年月日"],
  notes: ["備考"],
};

export function columnAliases(key: MemberColumnKey): string[] {
  return [...new Set([...locales.map((locale) => columnHeader(locale, key)), ...(extraAliases[key] ?? [])])];
}

const fold = (text: string) => normalizeHeader(text);

function lookup<T extends string>(values: readonly T[], catalogPath: string): Map<string, T> {
  const map = new Map<string, T>();
  for (const value of values) {
    map.set(fold(value), value);
    for (const locale of locales) map.set(fold(translate(locale, `${catalogPath}.${value}`)), value);
  }
  return map;
}

const kindsByName = lookup(memberKinds, "network.members.kinds");
const fieldsByName = lookup(memberFields, "network.members.fields");
const statusesByName = lookup(memberStatuses, "network.members.statuses");

export const readKind = (text: string): MemberKind | undefined => kindsByName.get(fold(text));
export const readField = (text: string): MemberField | undefined => fieldsByName.get(fold(text));
export const readStatus = (text: string) => statusesByName.get(fold(text));

/** Fields in one cell, separated by 、 , ， ; or new lines. */
export function splitFields(text: string): string[] {
  return text
    .split(/[、,，;；\n]/)
    .map((part) => part.trim())
    .filter((part) => part !== "");
}

export const kindName = (locale: Locale, kind: string) => translate(locale, `network.members.kinds.${kind}`);
export const fieldName = (locale: Locale, field: string) =>
  translate(locale, `network.members.fields.${field}`);
export const statusName = (locale: Locale, status: string) =>
  translate(locale, `network.members.statuses.${status}`);
