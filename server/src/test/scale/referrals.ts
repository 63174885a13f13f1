// The desk's directory (関係機関 and the advisors on contract) and its referrals (つなぎ): fictional
// agencies of the kinds the migration knows, advisors by field, and referrals from a consultation
// that was handed over or from a support case, with statuses that moved as time passed.

import { generateConsultation, generatedName } from "./consultations.ts";
import { addDays, daysBetween, earlierOf } from "./dates.ts";
import { phoneIn } from "./places.ts";
import { type Random, randomFor, weighted } from "./random.ts";
import type { GeneratorSettings } from "./settings.ts";

export type GeneratedAgency = {
  id: string;
  name: string;
  kind: string;
  handles: string;
  contactPerson: string;
  phone: string;
  address: string;
  active: boolean;
};

const cities = [
  "横浜市",
  "川崎市",
  "相模原市",
  "藤沢市",
  "座間市",
  "横須賀市",
  "大和市",
  "厚木市",
  "平塚市",
  "茅ヶ崎市",
];
const wards = ["港北区", "青葉区", "都筑区", "鶴見区", "神奈川区", "中区", "南区", "戸塚区", "旭区", "緑区"];
const agencyKinds: { kind: string; name: (n: number) => string; handles: string }[] = [
  {
    kind: "hello_work",
    name: (n) => `ハローワーク${cities[n % cities.length]}`,
    handles: "職業紹介・求職者支援",
  },
  {
    kind: "welfare_office",
    name: (n) => `横浜市${wards[n % wards.length]}生活支援課`,
    handles: "生活保護・生活困窮の相談",
  },
  {
    kind: "youth_support_station",
    name: (n) => `若者サポートステーション${cities[n % cities.length]}`,
    handles: "若者の就労支援",
  },
  {
    kind: "community_care_center",
    name: (n) => `${wards[n % wards.length]}地域ケアプラザ`,
    handles: "高齢・介護・地域の相談",
  },
  {
    kind: "legal_support",
    name: (n) => `法律相談センター${cities[n % cities.length]}`,
    handles: "債務・法律の相談",
  },
  {
    kind: "social_welfare_council",
    name: (n) => `${cities[n % cities.length]}社会福祉協議会`,
    handles: "貸付・ボランティア",
  },
  {
    kind: "municipal_office",
    name: (n) => `${cities[n % cities.length]}役所 福祉課`,
    handles: "各種手当・税の相談",
  },
  { kind: "other", name: (n) => `フードバンク${cities[n % cities.length]}`, handles: "食料支援" },
];

/** A landline of the area (an agency's desk, not a mobile). */
function landline(random: Random): string {
  for (let tries = 0; tries < 50; tries++) {
    const phone = phoneIn(random, "yokohama");
    if (!/^0[789]0-/.test(phone)) return phone;
  }
  return "045-311-1234";
}

/** Agency j: kinds in turn, a name unique among them (kind and place). */
export function generateAgency(settings: GeneratorSettings, index: number): GeneratedAgency {
  const random = randomFor(settings.seed, "agency", index);
  const kind = agencyKinds[index % agencyKinds.length] ?? agencyKinds[0];
  const round = Math.floor(index / agencyKinds.length);
  const contact = generatedName(random, "40s", random.chance(0.5) ? "female" : "male");
  return {
    id: settings.idOf("agency", index),
    name: kind ? kind.name(round) : `関係機関${index}`,
    kind: kind?.kind ?? "other",
    handles: kind?.handles ?? "",
    contactPerson: random.chance(0.7) ? contact.name : "",
    phone: landline(random),
    address: "",
    active: random.chance(0.95),
  };
}

export type GeneratedAdvisor = {
  id: string;
  name: string;
  field: string;
  organization: string;
  phone: string;
  contractStartsOn: string;
  contractEndsOn: string | null;
};

const advisorFields = [
  ["lawyer", "法律事務所"],
  ["labor_consultant", "社会保険労務士事務所"],
  ["tax_accountant", "税理士事務所"],
  ["judicial_scrivener", "司法書士事務所"],
  ["clinical_psychologist", "心理相談室"],
] as const;

export function generateAdvisor(settings: GeneratorSettings, index: number): GeneratedAdvisor {
  const random = randomFor(settings.seed, "advisor", index);
  const [field, office] = advisorFields[index % advisorFields.length] ?? advisorFields[0];
  const person = generatedName(random, "50s", random.chance(0.4) ? "female" : "male");
  const ended = index >= 5 && random.chance(0.2);
  return {
    id: settings.idOf("advisor", index),
    name: person.name,
    field,
    organization: `${person.name.split(" ")[0]}${office}`,
    phone: landline(random),
    contractStartsOn: settings.windowStart,
    contractEndsOn: ended ? addDays(settings.today, -random.int(30, 400)) : null,
  };
}

/** A support case as the database holds it (a referral from a case reads its dates). */
export type ReferralCase = {
  id: string;
  participantId: string;
  openedOn: string;
  closedOn: string | null;
};

export type ReferralSource =
  | { kind: "consultation"; consultationIndex: number }
  | { kind: "case"; caseIndex: number };

export type GeneratedReferral = {
  id: string;
  consultationId: string | null;
  caseId: string | null;
  participantId: string | null;
  /** The agency's or the advisor's index (one of the two). */
  agencyIndex: number | null;
  advisorIndex: number | null;
  purpose: string;
  reason: string;
  referredOn: string;
  status: "sent" | "accepted" | "declined" | "result_received" | "closed";
  statusChangedOn: string;
  result: string;
  followUpOn: string | null;
  /** Share personal details when the person has a consent on record (the insert looks it up). */
  shareIfConsented: boolean;
};

/** Where referral j comes from: seven in ten from a consultation, the rest from a case (if any). */
export function referralSource(
  settings: GeneratorSettings,
  index: number,
  sizes: { consultations: number; cases: number },
): ReferralSource {
  const random = randomFor(settings.seed, "referral-source", index);
  if (sizes.cases > 0 && (sizes.consultations === 0 || random.chance(0.3)))
    return { kind: "case", caseIndex: random.int(0, sizes.cases - 1) };
  return { kind: "consultation", consultationIndex: random.int(0, Math.max(0, sizes.consultations - 1)) };
}

const statusTable = weighted([
  ["closed", 40],
  ["result_received", 25],
  ["accepted", 15],
  ["declined", 8],
  ["sent", 12],
] as const);
const purposes = ["就労に向けた相談", "生活費の相談", "債務整理の相談", "住まいの確保", "心身の不調について"];
const reasons = [
  "専門の窓口での支援が必要なため",
  "本人の希望により紹介",
  "制度の申請に同行が必要なため",
  "法律上の判断が必要なため",
];
const results = [
  "面談につながり、支援が始まった",
  "申請が受理された",
  "本人の都合で利用に至らず",
  "継続して支援を受けている",
];

/**
 * Referral j. From a consultation: the next handed-over one from its index on (a few steps), on its
 * day or soon after; from a case (`supportCase` as stored; null when the case is not there, which
 * makes it a consultation's). Its status moved some days after it was sent, never past today.
 */
export function generateReferral(
  settings: GeneratorSettings,
  index: number,
  source: ReferralSource,
  supportCase: ReferralCase | null,
  sizes: { consultations: number; participants: number; agencies: number; advisors: number },
): GeneratedReferral {
  const random = randomFor(settings.seed, "referral", index);
  let consultationId: string | null = null;
  let caseId: string | null = null;
  let participantId: string | null = null;
  let referredOn: string;
  if (source.kind === "case" && supportCase) {
    caseId = supportCase.id;
    participantId = supportCase.participantId;
    const last = earlierOf(supportCase.closedOn ?? settings.today, settings.today);
    referredOn = addDays(
      supportCase.openedOn,
      random.int(0, Math.max(0, daysBetween(supportCase.openedOn, last))),
    );
  } else {
    const start =
      source.kind === "consultation" ? source.consultationIndex : random.int(0, sizes.consultations - 1);
    let consultation = generateConsultation(settings, start, sizes.participants);
    for (let step = 1; step < 30 && consultation.outcomeRoute !== "handover"; step++)
      consultation = generateConsultation(settings, (start + step) % sizes.consultations, sizes.participants);
    consultationId = consultation.id;
    if (consultation.person.kind === "participant")
      participantId = settings.idOf("participant", consultation.person.participantIndex);
    referredOn = earlierOf(
      addDays(consultation.day, random.chance(0.7) ? 0 : random.int(1, 5)),
      settings.today,
    );
  }
  const toAdvisor = sizes.advisors > 0 && (sizes.agencies === 0 || random.chance(0.15));
  const age = daysBetween(referredOn, settings.today);
  let status: GeneratedReferral["status"] = random.pickWeighted(statusTable);
  if (age < 7) status = random.chance(0.7) ? "sent" : "accepted";
  const moved = status === "sent" ? 0 : random.int(1, Math.max(1, Math.min(age, 60)));
  const statusChangedOn = earlierOf(addDays(referredOn, moved), settings.today);
  const waiting = status === "sent" || status === "accepted";
  return {
    id: settings.idOf("referral", index),
    consultationId,
    caseId,
    participantId,
    agencyIndex: toAdvisor ? null : random.int(0, sizes.agencies - 1),
    advisorIndex: toAdvisor ? random.int(0, sizes.advisors - 1) : null,
    purpose: random.pick(purposes),
    reason: random.pick(reasons),
    referredOn,
    status,
    statusChangedOn,
    result: status === "result_received" || status === "closed" ? random.pick(results) : "",
    followUpOn: waiting ? addDays(statusChangedOn, random.int(7, 21)) : null,
    shareIfConsented: participantId !== null && random.chance(0.5),
  };
}
