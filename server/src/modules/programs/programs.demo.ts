import { fiscalYearOf, fiscalYearRange } from "@otagai/shared/japanese/fiscal-year";
import type { ContractIndicator, ProgramKind } from "@otagai/shared/programs/schemas";
import { inArray } from "drizzle-orm";
import type { DemoContribution, DemoTransaction } from "../../platform/demo-data.ts";
import { insertPrograms } from "./programs.repository.ts";
import { contracts, fundingStreams, programs } from "./programs.tables.ts";

type SeedProgram = {
  code: string;
  name: string;
  nameKana: string;
  funder: string;
  kind: ProgramKind;
  targetGroup: string;
};

/** The programs named in the association's plan (brief: 事業方針 1). Real names, not people. */
export const seedPrograms: SeedProgram[] = [
  {
    code: "yokohama-readiness",
    name: "横浜市就労準備支援事業",
    nameKana: "よこはまししゅうろうじゅんびしえんじぎょう",
    funder: "横浜市",
    kind: "readiness",
    targetGroup: "生活困窮者・被保護者のうち、就労に向けた準備が必要な方",
  },
  {
    code: "yokohama-certified-training",
    name: "横浜市認定訓練事業",
    nameKana: "よこはましにんていくんれんじぎょう",
    funder: "横浜市",
    kind: "certified_training",
    targetGroup: "一般就労に向けて、支援付きの就労訓練（中間的就労）が必要な方",
  },
  {
    code: "zama-readiness",
    name: "座間市就労準備支援事業",
    nameKana: "ざまししゅうろうじゅんびしえんじぎょう",
    funder: "座間市",
    kind: "readiness",
    targetGroup: "生活困窮者のうち、就労に向けた準備が必要な方",
  },
  {
    code: "fujisawa-employment",
    name: "藤沢市就労支援事業",
    nameKana: "ふじさわししゅうろうしえんじぎょう",
    funder: "藤沢市",
    kind: "other",
    targetGroup: "生活困窮者（市の就労支援への協力）",
  },
  {
    code: "kawasaki-employment",
    name: "川崎市における就労支援",
    nameKana: "かわさきしにおけるしゅうろうしえん",
    funder: "川崎市",
    kind: "other",
    targetGroup: "就労に困難を抱える方",
  },
  {
    code: "yokohama-youth-participation",
    name: "横浜市青少年相談センター「社会参加体験事業」",
    nameKana: "よこはましせいしょうねんそうだんせんたーしゃかいさんかたいけんじぎょう",
    funder: "横浜市",
    kind: "social_participation",
    targetGroup: "ひきこもり等の困難を抱える若者（おおむね15〜39歳）",
  },
  {
    code: "yokohama-saposute",
    name: "よこはま若者サポートステーション",
    nameKana: "よこはまわかものさぽーとすてーしょん",
    funder: "厚生労働省・横浜市",
    kind: "saposute",
    targetGroup: "働くことに悩みを抱える15〜49歳の方とその家族",
  },
  {
    code: "disability-employment",
    name: "障がい者の就労支援",
    nameKana: "しょうがいしゃのしゅうろうしえん",
    funder: "",
    kind: "disability",
    targetGroup: "障がいのある方",
  },
  {
    code: "own-programs",
    name: "自主事業",
    nameKana: "じしゅじぎょう",
    funder: "協会",
    kind: "own",
    targetGroup: "どなたでも（協会の自主事業）",
  },
];

/** Funding streams counted apart, where the program really has them. */
const seedFundingStreams: Record<string, { code: string; name: string }[]> = {
  "yokohama-readiness": [
    { code: "needy", name: "生活困窮者" },
    { code: "public-assistance", name: "被保護者" },
  ],
};

type SeedContract = {
  capacity: number | null;
  amountYen: number | null;
  indicators: ContractIndicator[];
  termMonths: number;
  maxTerms: number;
  notes: string;
};

/** This fiscal year's terms (fictional figures); the year before had a little less of each. */
const seedContracts: Record<string, SeedContract> = {
  "yokohama-readiness": {
    capacity: 40,
    amountYen: 18_000_000,
    indicators: [
      "newIntakes",
      "plansMade",
      "workSupportTargets",
      "startedWork",
      "raisedIncome",
      "employmentOrIncomeRate",
      "placementsStarted",
      "placementsCompleted",
    ],
    termMonths: 3,
    maxTerms: 4,
    notes: "3か月を1期とし、最長4期まで。生活困窮者と被保護者は分けて報告する。",
  },
  "yokohama-certified-training": {
    capacity: 10,
    amountYen: 3_600_000,
    indicators: [
      "activeParticipants",
      "placementsStarted",
      "placementsCompleted",
      "attendanceHours",
      "startedWork",
    ],
    termMonths: 3,
    maxTerms: 4,
    notes: "",
  },
  "zama-readiness": {
    capacity: 15,
    amountYen: 6_000_000,
    indicators: ["newIntakes", "plansMade", "startedWork", "raisedIncome", "placementsStarted"],
    termMonths: 6,
    maxTerms: 2,
    notes: "",
  },
  "fujisawa-employment": {
    capacity: 20,
    amountYen: 4_800_000,
    indicators: ["supportContacts", "startedWork", "followUps"],
    termMonths: 6,
    maxTerms: 2,
    notes: "市の就労支援への協力として受託。",
  },
  "kawasaki-employment": {
    capacity: 12,
    amountYen: 3_000_000,
    indicators: ["newIntakes", "supportContacts", "startedWork"],
    termMonths: 3,
    maxTerms: 4,
    notes: "",
  },
  "yokohama-youth-participation": {
    capacity: 10,
    amountYen: 2_400_000,
    indicators: ["activeParticipants", "attendanceHours", "youthDestinations"],
    termMonths: 3,
    maxTerms: 4,
    notes: "",
  },
  "yokohama-saposute": {
    capacity: 60,
    amountYen: 24_000_000,
    indicators: ["newIntakes", "supportContacts", "startedWork", "youthDestinations", "followUps"],
    termMonths: 6,
    maxTerms: 2,
    notes: "国（厚生労働省）と横浜市の委託。",
  },
  "disability-employment": {
    capacity: 8,
    amountYen: null,
    indicators: ["activeParticipants", "startedWork", "followUps"],
    termMonths: 3,
    maxTerms: 4,
    notes: "委託契約なし。年度の計画として登録。",
  },
  "own-programs": {
    capacity: null,
    amountYen: null,
    indicators: ["activeParticipants", "supportContacts"],
    termMonths: 3,
    maxTerms: 4,
    notes: "協会の自主財源。年度の計画として登録。",
  },
};

/**
 * The nine programs with their kinds and target groups, Yokohama readiness's two funding streams,
 * and a contract for the fiscal year of `todayInJapan` ("YYYY-MM-DD") and the year before.
 * Returns the programs' ids by code, for the demo data of the areas after it.
 */
export async function loadProgramsDemoData(
  tx: DemoTransaction,
  todayInJapan: string,
): Promise<Map<string, string>> {
  const currentYear = fiscalYearOf(todayInJapan);
  if (currentYear === null) throw new Error(`not a date: ${todayInJapan}`);
  await insertPrograms(tx, seedPrograms);
  const rows = await tx
    .select({ id: programs.id, code: programs.code })
    .from(programs)
    .where(
      inArray(
        programs.code,
        seedPrograms.map((program) => program.code),
      ),
    );
  const idByCode = new Map(rows.map((row) => [row.code, row.id]));
  for (const [code, streams] of Object.entries(seedFundingStreams)) {
    const programId = idByCode.get(code);
    if (programId)
      await tx
        .insert(fundingStreams)
        .values(streams.map((stream) => ({ programId, ...stream })))
        .onConflictDoNothing();
  }
  for (const [code, contract] of Object.entries(seedContracts)) {
    const programId = idByCode.get(code);
    if (!programId) continue;
    const previous = {
      ...contract,
      capacity: contract.capacity === null ? null : Math.round(contract.capacity * 0.9),
      amountYen: contract.amountYen === null ? null : Math.round(contract.amountYen * 0.95),
    };
    await tx
      .insert(contracts)
      .values(
        [
          { fiscalYear: currentYear, ...contract },
          { fiscalYear: currentYear - 1, ...previous },
        ].map((values) => {
          const { start, end } = fiscalYearRange(values.fiscalYear);
          return { programId, periodStart: start, periodEnd: end, ...values };
        }),
      )
      .onConflictDoNothing();
  }
  return idByCode;
}

/** The programs' part of the demo data: first (order 10), the others find the programs by code. */
export const programsDemoContribution: DemoContribution = {
  area: "programs",
  order: 10,
  async load(tx, context) {
    const idByCode = await loadProgramsDemoData(tx, context.todayInJapan);
    for (const [code, id] of idByCode) context.programIdByCode.set(code, id);
  },
};
