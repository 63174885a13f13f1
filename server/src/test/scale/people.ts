// The fictional participants: one record per index, a pure function of (seed, index).
import { benefitKinds } from "@otagai/shared/support/participants";
import { participantKeysOf } from "../../modules/support/participants/participant-keys.ts";
import { addDays, daysBetween, earlierOf } from "./dates.ts";
import { type Cohort, familyNames, foreignNames, type Gender, givenNames } from "./names.ts";
import { type Area, addressIn, areaTable, phoneIn } from "./places.ts";
import { type Random, randomFor, weighted } from "./random.ts";
import type { GeneratorSettings } from "./settings.ts";

const familyTable = weighted(familyNames.map(({ name, weight }) => [name, weight] as const));
const givenTables = Object.fromEntries(
  Object.entries(givenNames).map(([cohort, byGender]) => [
    cohort,
    Object.fromEntries(
      Object.entries(byGender).map(([gender, list]) => [
        gender,
        weighted(list.map(({ name, weight }) => [name, weight] as const)),
      ]),
    ),
  ]),
) as Record<Cohort, Record<Gender, ReturnType<typeof weighted<{ name: string; reading: string }>>>>;

// Birth years 1960–2008: the programs serve working age, most between their twenties and fifties.
const birthYearTable = weighted(
  Array.from({ length: 49 }, (_, i) => {
    const year = 1960 + i;
    return [year, year < 1970 ? 2 : year < 1980 ? 3 : year < 2000 ? 4 : year < 2005 ? 3 : 1.5] as const;
  }),
);

/** What a case needs to know of its participant, from a stream of its own (cheap to recompute). */
export type ParticipantBasics = {
  index: number;
  id: string;
  area: Area;
  birthDate: string;
  gender: Gender;
  foreign: boolean;
  registeredOn: string;
  /** A re-registration of this earlier participant (a likely duplicate), or null. */
  duplicateOf: number | null;
};

export function participantId(settings: GeneratorSettings, index: number): string {
  return settings.idOf("participant", index);
}

export function participantBasics(settings: GeneratorSettings, index: number): ParticipantBasics {
  const random = randomFor(settings.seed, "participant-basics", index);
  const duplicateOf = index > 10 && random.chance(settings.duplicateRate) ? random.int(0, index - 1) : null;
  const year = random.pickWeighted(birthYearTable);
  const month = random.int(1, 12);
  const day = random.int(1, [4, 6, 9, 11].includes(month) ? 30 : month === 2 ? 28 : 31);
  const span = Math.max(0, daysBetween(settings.windowStart, settings.today));
  return {
    index,
    id: participantId(settings, index),
    area: random.pickWeighted(areaTable),
    birthDate: `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`,
    gender: random.chance(0.56) ? "male" : "female",
    foreign: random.chance(0.03),
    registeredOn: addDays(settings.windowStart, random.int(0, span)),
    duplicateOf,
  };
}

function cohortOf(birthDate: string): Cohort {
  const year = Number(birthDate.slice(0, 4));
  return year < 1975 ? "1960" : year < 1990 ? "1975" : "1990";
}

function katakana(text: string): string {
  return text.replace(/[\u3041-\u3096]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0x60));
}

type Name = { familyName: string; givenName: string; familyNameKana: string; givenNameKana: string };

function japaneseName(random: Random, basics: ParticipantBasics): Name {
  const family = random.pickWeighted(familyTable);
  let familyName = family.name;
  for (const [variant, share] of family.variants) if (random.chance(share)) familyName = variant;
  let familyReading = family.reading;
  for (const [reading, share] of family.readings) if (random.chance(share)) familyReading = reading;
  const given = random.pickWeighted(givenTables[cohortOf(basics.birthDate)][basics.gender]);
  // Furigana as the office wrote it: hiragana mostly, katakana on some forms.
  const asTyped = random.chance(0.25) ? katakana : (text: string) => text;
  return {
    familyName,
    givenName: given.name,
    familyNameKana: asTyped(familyReading),
    givenNameKana: asTyped(given.reading),
  };
}

function foreignName(random: Random): Name & { nationality: string } {
  const origin = random.pick(foreignNames);
  const family = random.pick(origin.family);
  const given = random.pick(origin.given);
  return {
    familyName: family,
    givenName: given,
    familyNameKana: family,
    givenNameKana: given,
    nationality: origin.nationality,
  };
}

/** The same person typed again: another registered spelling, the other kana script, a slipped digit. */
function reRegistered(
  random: Random,
  original: GeneratedParticipant,
): Pick<GeneratedParticipant, keyof Name | "birthDate" | "phone"> {
  const family = familyNames.find(
    ({ name }) => name.name === original.familyName || name.variants.some(([v]) => v === original.familyName),
  );
  const spellings = family
    ? [family.name.name, ...family.name.variants.map(([v]) => v)]
    : [original.familyName];
  const swapScript = (text: string) =>
    /[\u30A1-\u30FA]/.test(text)
      ? text.replace(/[\u30A1-\u30F6]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0x60))
      : katakana(text);
  const birthDate =
    original.birthDate && random.chance(0.15)
      ? `${original.birthDate.slice(0, 8)}${String(random.int(1, 28)).padStart(2, "0")}`
      : original.birthDate;
  return {
    familyName: random.pick(spellings),
    givenName: original.givenName,
    familyNameKana: random.chance(0.5) ? swapScript(original.familyNameKana) : original.familyNameKana,
    givenNameKana: random.chance(0.5) ? swapScript(original.givenNameKana) : original.givenNameKana,
    birthDate,
    phone: random.chance(0.6) ? original.phone : "",
  };
}

const relations = ["母", "父", "姉", "兄", "妹", "弟", "配偶者", "叔母", "祖母", "友人"];
const referralSources = [
  ["本人", 20],
  ["家族", 14],
  ["福祉事務所", 18],
  ["自立相談支援機関", 16],
  ["ハローワーク", 10],
  ["地域包括支援センター", 4],
  ["医療機関", 5],
  ["学校", 4],
  ["民生委員", 2],
  ["市役所", 4],
  ["ウェブサイト", 3],
] as const;
const referralTable = weighted(referralSources);
const noteTexts = [
  "午前中は体調が安定しないため、午後の連絡を希望。",
  "電話よりメールでの連絡を希望。",
  "家族には相談していることを伏せてほしいとの希望あり。",
  "郵便物は本人宛のみ可。",
  "聴覚に配慮が必要（筆談併用）。",
  "初回面談は母親同席。",
];
const consentPurposes = [
  ["関係機関への情報提供", ["福祉事務所", "ハローワーク", "自立相談支援機関"]],
  ["就労体験先との情報共有", ["協力事業所"]],
  ["支援調整会議での情報共有", ["支援調整会議構成機関"]],
] as const;
const healthNotes = [
  "睡眠障害の通院中。",
  "うつ病の既往あり、服薬継続中。",
  "腰痛があり長時間の立ち仕事は困難。",
  "特記事項なし。",
  "糖尿病で定期通院。",
];
const disabilities = [
  ["", "", ""],
  ["精神障害", "精神障害者保健福祉手帳", "2級"],
  ["精神障害", "精神障害者保健福祉手帳", "3級"],
  ["知的障害", "療育手帳", "B2"],
  ["発達障害", "精神障害者保健福祉手帳", "3級"],
  ["身体障害", "身体障害者手帳", "4級"],
] as const;
const livelihoods = [
  "家族と同居、家計は親の年金が中心。",
  "単身、貯金が尽きかけている。",
  "生活保護受給中。",
  "家賃の滞納が2か月分ある。",
  "アルバイト収入のみ（月5万円程度）。",
];

export type GeneratedParticipant = Name & {
  index: number;
  id: string;
  birthDate: string | null;
  gender: string;
  nationality: string;
  preferredLanguage: string;
  phone: string;
  email: string;
  postalCode: string;
  address: string;
  emergencyContactName: string;
  emergencyContactRelation: string;
  emergencyContactPhone: string;
  referralSource: string;
  notes: string;
  registeredOn: string;
  duplicateOf: number | null;
  consents: {
    id: string;
    purpose: string;
    agency: string;
    givenOn: string;
    method: "written" | "verbal";
    withdrawnOn: string | null;
  }[];
  sensitive: {
    health: string;
    disability: string;
    disabilityCertificate: string;
    certificateGrade: string;
    livelihood: string;
    benefits: string[];
    publicAssistance: boolean;
  } | null;
  keys: ReturnType<typeof participantKeysOf>;
};

export function generateParticipant(settings: GeneratorSettings, index: number): GeneratedParticipant {
  const basics = participantBasics(settings, index);
  const random = randomFor(settings.seed, "participant", index);
  const foreign = basics.foreign ? foreignName(random) : null;
  const name: Name = foreign ?? japaneseName(random, basics);
  const address = addressIn(random, basics.area);
  const phone = random.chance(0.87) ? phoneIn(random, basics.area) : "";
  const statedGender = random.next();
  const hasEmergency = random.chance(0.55);
  const emergencyGiven = random.pickWeighted(givenTables["1960"][random.chance(0.5) ? "male" : "female"]);
  const participant: GeneratedParticipant = {
    index,
    id: basics.id,
    ...name,
    birthDate: random.chance(0.98) ? basics.birthDate : null,
    gender:
      statedGender < 0.7
        ? basics.gender === "male"
          ? "男性"
          : "女性"
        : statedGender < 0.72
          ? random.pick(["ノンバイナリー", "回答しない", "Xジェンダー"])
          : "",
    nationality: foreign ? foreign.nationality : random.chance(0.3) ? "日本" : "",
    preferredLanguage: foreign ? random.pick(["やさしい日本語", "英語", "母語（通訳希望）", "日本語"]) : "",
    phone,
    email: random.chance(0.35) ? `p${Math.floor(random.next() * 1e8).toString(36)}@example.jp` : "",
    postalCode: address.postalCode,
    address: address.address,
    emergencyContactName: hasEmergency ? `${name.familyName} ${emergencyGiven.name}` : "",
    emergencyContactRelation: hasEmergency ? random.pick(relations) : "",
    emergencyContactPhone: hasEmergency && random.chance(0.9) ? phoneIn(random, basics.area) : "",
    referralSource: random.pickWeighted(referralTable),
    notes: random.chance(0.15) ? random.pick(noteTexts) : "",
    registeredOn: basics.registeredOn,
    duplicateOf: basics.duplicateOf,
    consents: [],
    sensitive: null,
    keys: undefined as unknown as GeneratedParticipant["keys"],
  };
  if (basics.duplicateOf !== null)
    Object.assign(participant, reRegistered(random, generateParticipant(settings, basics.duplicateOf)));

  const consentCount = random.chance(0.85) ? (random.chance(0.3) ? 2 : 1) : 0;
  for (let c = 0; c < consentCount; c++) {
    const [purpose, agencies] = consentPurposes[c] ?? consentPurposes[0];
    const givenOn = addDays(basics.registeredOn, random.int(0, 10));
    const withdrawn = random.chance(0.03) ? addDays(givenOn, random.int(30, 300)) : null;
    participant.consents.push({
      id: settings.idOf("consent", index * 4 + c),
      purpose,
      agency: random.pick(agencies),
      givenOn: earlierOf(givenOn, settings.today),
      method: random.chance(0.8) ? "written" : "verbal",
      withdrawnOn: withdrawn && withdrawn <= settings.today ? withdrawn : null,
    });
  }
  if (random.chance(0.25)) {
    const [disability, certificate, grade] = random.pick(disabilities);
    const publicAssistance = random.chance(0.35);
    participant.sensitive = {
      health: random.pick(healthNotes),
      disability,
      disabilityCertificate: certificate,
      certificateGrade: grade,
      livelihood: publicAssistance ? "生活保護受給中。" : random.pick(livelihoods),
      benefits: [
        ...(publicAssistance ? ["public_assistance"] : []),
        ...(certificate && random.chance(0.3) ? ["disability_pension"] : []),
        ...(random.chance(0.08) ? ["housing_benefit"] : []),
      ].filter((kind) => (benefitKinds as readonly string[]).includes(kind)),
      publicAssistance,
    };
  }
  participant.keys = participantKeysOf(participant);
  return participant;
}
