// The meetings' demo data: a past all-hands meeting (就労支援全体会議) with minutes and decisions, a
// past and an upcoming round table (協力事業者懇談会) whose invitations come from the active partner
// workplaces, and a board meeting (理事会); action items for the demo office (staff) and coordinator
// accounts — some done, some open, one overdue — so both today lists show them. Fictional throughout.
import { eq } from "drizzle-orm";
import type { DemoContext, DemoContribution, DemoTransaction } from "../../../platform/demo-data.ts";
import { addDays } from "../../../test/scale/dates.ts";
import { inviteActiveWorkplaces } from "./meetings.repository.ts";
import { meetingActionItems, meetingAttendees, meetings } from "./meetings.tables.ts";

type DemoMeeting = typeof meetings.$inferInsert;

export function demoMeetings(
  today: string,
): Record<"allHands" | "pastRoundTable" | "nextRoundTable" | "board", DemoMeeting> {
  return {
    allHands: {
      kind: "all_hands",
      title: "就労支援全体会議（定例）",
      heldOn: addDays(today, -21),
      startsAt: "13:30",
      endsAt: "15:30",
      place: "事務局 多目的室",
      agenda: "1. 各プログラムの近況\n2. 実習先の開拓状況\n3. 年末年始の相談体制",
      minutes:
        "各コーディネーターから担当ケースの近況を報告。実習先は新たに2か所と調整中。年末年始は12月28日から1月4日まで窓口を閉じ、緊急時は電話転送で対応する。",
      decisions: "・年末年始の連絡体制表を事務局が作る\n・実習先の見学会を来月に開く",
    },
    pastRoundTable: {
      kind: "round_table",
      title: "協力事業者懇談会（上期）",
      heldOn: addDays(today, -60),
      startsAt: "14:00",
      endsAt: "16:00",
      place: "みどり台地区センター 会議室（架空）",
      agenda: "1. 今年度の実習受け入れ実績\n2. 受け入れのときに困ったこと\n3. 意見交換",
      minutes: "受け入れの実績と、初日の付き添いの必要性について意見交換した。",
      decisions: "・初日は原則コーディネーターが付き添う",
    },
    nextRoundTable: {
      kind: "round_table",
      title: "協力事業者懇談会（下期）",
      heldOn: addDays(today, 24),
      startsAt: "14:00",
      endsAt: "16:00",
      place: "みどり台地区センター 会議室（架空）",
      agenda: "1. 下期の実習受け入れ予定\n2. 雇用型への移行の事例紹介",
    },
    board: {
      kind: "board",
      title: "第3回理事会",
      heldOn: addDays(today, -10),
      startsAt: "18:30",
      endsAt: "20:30",
      place: "事務局 会議室",
      agenda: "1. 上半期の事業報告\n2. 会費の見直し案\n3. 政策提言の進め方",
      minutes: "上半期の事業報告を承認。会費の見直しは総会に諮ることとした。",
      decisions: "・会費見直し案を総会議案とする",
    },
  };
}

async function insertMeeting(tx: DemoTransaction, values: DemoMeeting, createdBy: string | null) {
  const [row] = await tx
    .insert(meetings)
    .values({ ...values, createdBy })
    .returning({ id: meetings.id });
  if (!row) throw new Error("insert returned no row");
  return row.id;
}

export async function loadMeetingsDemo(tx: DemoTransaction, context: DemoContext): Promise<void> {
  const today = context.todayInJapan;
  const staff = context.userIdByRole.get("staff") ?? null;
  const coordinator = context.userIdByRole.get("coordinator") ?? null;
  const manager = context.userIdByRole.get("manager") ?? null;
  const plan = demoMeetings(today);
  const ids = {
    allHands: await insertMeeting(tx, plan.allHands, staff),
    pastRoundTable: await insertMeeting(tx, plan.pastRoundTable, staff),
    nextRoundTable: await insertMeeting(tx, plan.nextRoundTable, staff),
    board: await insertMeeting(tx, plan.board, staff),
  };
  const staffAttendees = [staff, coordinator, manager].filter((id): id is string => id !== null);
  for (const meetingId of [ids.allHands, ids.board])
    if (staffAttendees.length > 0)
      await tx.insert(meetingAttendees).values(
        staffAttendees.map((userId) => ({
          meetingId,
          attendeeKind: "staff",
          userId,
          invited: true,
          present: true,
        })),
      );
  await tx.insert(meetingAttendees).values({
    meetingId: ids.board,
    attendeeKind: "guest",
    guestName: "山野 澄江（監事・架空）",
    invited: true,
    present: true,
  });
  await inviteActiveWorkplaces(tx, ids.pastRoundTable);
  await inviteActiveWorkplaces(tx, ids.nextRoundTable);
  // The past round table: most invited workplaces came.
  const past = await tx
    .select({ id: meetingAttendees.id })
    .from(meetingAttendees)
    .where(eq(meetingAttendees.meetingId, ids.pastRoundTable));
  for (const [index, row] of past.entries())
    if (index % 3 !== 2)
      await tx.update(meetingAttendees).set({ present: true }).where(eq(meetingAttendees.id, row.id));

  const items: (typeof meetingActionItems.$inferInsert)[] = [];
  const at = (offset: number) => addDays(today, offset);
  if (staff) {
    items.push(
      {
        meetingId: ids.allHands,
        ownerId: staff,
        title: "年末年始の連絡体制表を作る",
        dueOn: at(-3),
        notes: "期限を過ぎている：急ぎ",
      },
      { meetingId: ids.board, ownerId: staff, title: "会費見直し案を総会議案にまとめる", dueOn: at(14) },
      { meetingId: ids.nextRoundTable, ownerId: staff, title: "懇談会の案内状を発送する", dueOn: at(7) },
      {
        meetingId: ids.pastRoundTable,
        ownerId: staff,
        title: "懇談会の記録を協力事業所へ送る",
        dueOn: at(-50),
        doneAt: new Date(`${at(-52)}T09:00:00+09:00`),
        doneBy: staff,
      },
    );
  }
  if (coordinator) {
    items.push(
      {
        meetingId: ids.allHands,
        ownerId: coordinator,
        title: "実習先の見学会の日程を調整する",
        dueOn: at(10),
      },
      {
        meetingId: ids.pastRoundTable,
        ownerId: coordinator,
        title: "初日の付き添いの手順を書き出す",
        dueOn: at(-40),
        doneAt: new Date(`${at(-45)}T09:00:00+09:00`),
        doneBy: coordinator,
      },
    );
  }
  if (items.length > 0) await tx.insert(meetingActionItems).values(items);
}

export const meetingsDemoContribution: DemoContribution = {
  area: "network.meetings",
  order: 43,
  load: loadMeetingsDemo,
};
