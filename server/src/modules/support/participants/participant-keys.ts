import { toSearchKey } from "@otagai/shared/japanese/kana";
import { normalizePhone } from "@otagai/shared/japanese/phone";

type NameAndPhone = {
  familyName: string;
  givenName: string;
  familyNameKana: string;
  givenNameKana: string;
  phone: string;
};

/**
 * The derived columns of a participant, kept in step with the name and phone on every write
 * (registration, editing, import, merge, the scale seed): one function, so they cannot drift.
 */
export function participantKeysOf(participant: NameAndPhone) {
  const { nameKey, readingKey, searchKey } = nameSearchKeysOf(
    `${participant.familyName}${participant.givenName}`,
    `${participant.familyNameKana}${participant.givenNameKana}`,
  );
  return {
    searchKey,
    readingKey,
    bigramKeys: bigramsOf(nameKey, readingKey),
    phoneNormalized: normalizePhone(participant.phone) ?? "",
  };
}

/**
 * A name and its reading folded by toSearchKey: search_key (both) and reading_key (the 五十音
 * sort), as participants and partner workplaces store them.
 */
export function nameSearchKeysOf(name: string, reading: string) {
  const nameKey = toSearchKey(name);
  const readingKey = toSearchKey(reading);
  // A space between them: no search matches across the name's end and the reading's start.
  return { nameKey, readingKey, searchKey: `${nameKey} ${readingKey}` };
}

/** Every two-character piece of each key, once: what a two-character search (高橋) looks up. */
export function bigramsOf(...keys: string[]): string[] {
  const pieces = new Set<string>();
  for (const key of keys) {
    const chars = [...key];
    for (let i = 0; i + 1 < chars.length; i++) pieces.add(`${chars[i]}${chars[i + 1]}`);
  }
  return [...pieces];
}
