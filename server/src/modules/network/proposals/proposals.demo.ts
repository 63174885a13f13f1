// Policy proposals' demo data (all fictional, 架空): the long campaign for a legal status for worker
// collectives (ワーカーズ・コレクティブの法人格制定), with its history over two decades, and a proposal to
// 座間市 on housing whose figures are counted from the demo consultations and cases; issues noticed
// in the community space and at the desk, some with demo consultations and a case as evidence.

import { fiscalYearOf, fiscalYearRange } from "@otagai/shared/japanese/fiscal-year";
import type { FigureFilters, FigureMeasure } from "@otagai/shared/network/proposals";
import { asc, sql } from "drizzle-orm";
import type { DemoContext, DemoContribution, DemoTransaction } from "../../../platform/demo-data.ts";
import { addDays } from "../../../test/scale/dates.ts";
import { consultations } from "../../consultation/consultations.tables.ts";
import { cases } from "../../support/cases/cases.tables.ts";
import {
  policyIssueEvidence,
  policyIssues,
  policyProposalEvents,
  policyProposalFigures,
  policyProposals,
} from "./proposals.tables.ts";

type DemoEvent = { on: string; kind: string; description: string };

const workersCollectiveEvents: DemoEvent[] = [
  {
    on: "2001-06-16",
    kind: "study",
    description: "ワーカーズ・コレクティブの法人格について学習会を開いた（参加42人）。",
  },
  { on: "2003-02-20", kind: "status", description: "discussed" },
  {
    on: "2004-10-09",
    kind: "petition",
    description: "法制化を求める署名を始めた（翌年3月までに1万2千筆）。",
  },
  {
    on: "2008-02-13",
    kind: "hearing",
    description: "県選出の国会議員に、働く人が出資し経営する働き方の実情を説明した（架空）。",
  },
  { on: "2012-11-05", kind: "meeting", description: "全国の連合会と法案の骨子について協議した。" },
  { on: "2017-05-30", kind: "status", description: "submitted" },
  { on: "2017-05-30", kind: "submission", description: "協同労働の法制化を求める要望書を提出した。" },
  { on: "2020-12-04", kind: "status", description: "answered" },
  { on: "2020-12-04", kind: "answer", description: "労働者協同組合法が成立した。" },
  { on: "2022-10-01", kind: "note", description: "労働者協同組合法が施行された。参加団体への説明会を予定。" },
];

/** The period of the 座間市 proposal: this fiscal year, or the last when this one has barely begun. */
function housingPeriod(today: string): { from: string; to: string } {
  const year = fiscalYearOf(today) ?? Number(today.slice(0, 4));
  const { start } = fiscalYearRange(year);
  const from = addDays(today, -120) < start ? fiscalYearRange(year - 1).start : start;
  return { from, to: fiscalYearRange(year).end };
}

/** Figures with filters that the demo desk and support records make non-zero. */
const housingFigures: { label: string; measure: FigureMeasure; filters: FigureFilters }[] = [
  { label: "座間市からの相談", measure: "consultations", filters: { area: "座間市" } },
  { label: "家賃・ローンの相談", measure: "consultations", filters: { concernTopic: "rent_loans" } },
  { label: "住まいに困りごとのある新規の支援", measure: "cases", filters: { concernTopic: "housing" } },
  { label: "新規の支援（全域）", measure: "cases", filters: {} },
];

export async function loadProposalsDemoData(tx: DemoTransaction, context: DemoContext): Promise<void> {
  const today = context.todayInJapan;
  const staff = context.userIdByRole.get("staff") ?? null;
  const consultant = context.userIdByRole.get("consultant") ?? null;
  const [collective, housing] = await tx
    .insert(policyProposals)
    .values([
      {
        title: "ワーカーズ・コレクティブの法人格制定を求める提言",
        addressee: "国会・厚生労働省",
        summary: "働く人が出資し、経営し、働くワーカーズ・コレクティブに、ふさわしい法人格を求める。",
        body: "ワーカーズ・コレクティブは、地域の福祉・子育て・食の分野で仕事を生み出してきた。しかし法人格がないため、契約や助成の申請で不利になっている。協同して働く人の組織にふさわしい法人格の制定を求める。",
        status: "answered",
        periodFrom: "2019-04-01",
        periodTo: "2020-03-31",
        submittedOn: "2017-05-30",
        answeredOn: "2020-12-04",
        answer: "労働者協同組合法が成立（2020年12月）、2022年10月に施行。",
        createdBy: staff,
      },
      {
        title: "住まいを失うおそれのある人への支援の拡充について",
        addressee: "座間市長",
        summary:
          "家賃の滞納や立ち退きの相談が続いている。相談から住まいの確保までを切れ目なく支える仕組みを求める。",
        body: "相談窓口と就労支援の記録から、住まいに関わる困りごとが続いていることがわかる。家賃の一時的な支援、保証人のいない人の入居支援、居住支援法人との連携を提言する。",
        status: "discussed",
        ...((period) => ({ periodFrom: period.from, periodTo: period.to }))(housingPeriod(today)),
        createdBy: staff,
      },
    ])
    .returning({ id: policyProposals.id });
  if (!collective || !housing) throw new Error("insert returned no row");

  await tx.insert(policyProposalEvents).values([
    ...workersCollectiveEvents.map((event) => ({
      proposalId: collective.id,
      happenedOn: event.on,
      kind: event.kind,
      description: event.description,
      createdBy: staff,
    })),
    {
      proposalId: housing.id,
      happenedOn: addDays(today, -40),
      kind: "meeting",
      description: "就労支援全体会議で、住まいの相談の事例を共有した。",
      createdBy: staff,
    },
    {
      proposalId: housing.id,
      happenedOn: addDays(today, -21),
      kind: "status",
      description: "discussed",
      createdBy: staff,
    },
  ]);
  await tx
    .insert(policyProposalFigures)
    .values(housingFigures.map((figure, position) => ({ proposalId: housing.id, ...figure, position })));

  const issues = await tx
    .insert(policyIssues)
    .values([
      {
        title: "保証人がいないため部屋を借りられない",
        observed:
          "居場所に来る若者から、家を出たいが保証人がいなくて部屋を借りられないという声を何度も聞いた。",
        source: "community_space",
        place: "座間市",
        frequency: "often",
        noticedOn: addDays(today, -75),
        proposalId: housing.id,
        createdBy: staff,
      },
      {
        title: "家賃の滞納から住まいを失いそうな相談",
        observed: "収入が減って家賃を滞納し、退去を求められそうだという相談が続いている。",
        source: "desk",
        place: "座間市",
        frequency: "sometimes",
        noticedOn: addDays(today, -5),
        proposalId: housing.id,
        createdBy: consultant,
      },
      {
        title: "食べるものがないという相談",
        observed:
          "月末に食べるものがなくなるという相談があった。フードバンクの情報が窓口にまとまっていない。",
        source: "desk",
        place: "",
        frequency: "sometimes",
        noticedOn: addDays(today, -33),
        createdBy: consultant,
      },
      {
        title: "実習先までの交通費が負担になっている",
        observed: "就労体験の実習先が遠く、交通費が続かずに休みがちになる人がいる。",
        source: "support",
        place: "",
        frequency: "often",
        noticedOn: addDays(today, -60),
        createdBy: staff,
      },
      {
        title: "ワーカーズ・コレクティブで働く人の社会保険",
        observed: "居場所の運営に関わるメンバーから、法人格がなく社会保険に入りにくいという話が出た。",
        source: "community_space",
        place: "",
        frequency: "once",
        noticedOn: "2016-09-12",
        proposalId: collective.id,
        createdBy: staff,
      },
    ])
    .returning({ id: policyIssues.id });

  // Evidence: the desk's demo consultations on rent and on food, and the oldest demo case.
  const withTopic = (topic: string) =>
    tx
      .select({ id: consultations.id })
      .from(consultations)
      .where(sql`${topic} = any(${consultations.concernTopics})`)
      .orderBy(asc(consultations.consultedAt))
      .limit(1);
  const [rent] = await withTopic("rent_loans");
  const [food] = await withTopic("no_food");
  const [firstCase] = await tx
    .select({ id: cases.id })
    .from(cases)
    .orderBy(asc(cases.openedOn), asc(cases.id))
    .limit(1);
  const links = [
    rent && issues[1] ? { issueId: issues[1].id, consultationId: rent.id } : null,
    food && issues[2] ? { issueId: issues[2].id, consultationId: food.id } : null,
    firstCase && issues[3] ? { issueId: issues[3].id, caseId: firstCase.id } : null,
  ].filter((link) => link !== null);
  if (links.length > 0)
    await tx.insert(policyIssueEvidence).values(links.map((link) => ({ ...link, addedBy: consultant })));
}

/**
 * After the consultation desk's demo consultations (70), which its issues name as evidence (order
 * 45, planned for proposals, would run before them); its figures are counted on every read anyway.
 */
export const proposalsDemoContribution: DemoContribution = {
  area: "network.proposals",
  order: 76,
  load: loadProposalsDemoData,
};
