// The desk's demo regular consultation days: 定例相談 on the 2nd and 4th Tuesday in 相談室1 with the
// demo consultant, a weekly Thursday 就労相談日 in 相談室2, one office closed day (a Thursday three
// weeks on), and four fictional appointments on the coming consultation days.
import type { DemoContext, DemoContribution, DemoTransaction } from "../../../platform/demo-data.ts";
import { addDays } from "../../../test/scale/dates.ts";
import { appointments, consultationClosedDays, consultationSchedules } from "./appointments.tables.ts";
import { expandScheduleDays, japanTime } from "./consultation-days.ts";

const demoPeople = [
  { name: "森 さくら", phone: "090-1234-3101", purpose: "就労準備支援の面談" },
  { name: "高橋 健太", phone: "080-2345-3102", purpose: "仕事探しの相談" },
  { name: "佐々木 美咲", phone: "070-3456-3103", purpose: "生活の困りごとの相談" },
  { name: "中村 翔", phone: "090-4567-3104", purpose: "起業の相談（ワーカーズ・コレクティブ）" },
];

export async function loadAppointmentsDemoData(tx: DemoTransaction, context: DemoContext): Promise<void> {
  const consultant = context.userIdByRole.get("consultant") ?? null;
  const startsOn = addDays(context.todayInJapan, -90);
  const window = { dayStartsAt: "10:00", dayEndsAt: "16:00", slotMinutes: 60 };
  const [tuesdays, thursdays] = await tx
    .insert(consultationSchedules)
    .values([
      {
        name: "定例相談（第2・第4火曜）",
        recurrence: "FREQ=MONTHLY;BYDAY=+2TU,+4TU",
        startsOn,
        ...window,
        room: "相談室1",
        consultantId: consultant,
      },
      { name: "就労相談日", recurrence: "FREQ=WEEKLY;BYDAY=TH", startsOn, ...window, room: "相談室2" },
    ])
    .returning();
  if (!tuesdays || !thursdays) throw new Error("insert returned no row");
  const from = addDays(context.todayInJapan, 1);
  const to = addDays(context.todayInJapan, 45);
  const closedOn = expandScheduleDays(thursdays, addDays(context.todayInJapan, 21), to)[0];
  if (closedOn) await tx.insert(consultationClosedDays).values({ closedOn, reason: "事務所の研修日" });
  if (!consultant) return;
  const closed = new Set(closedOn ? [closedOn] : []);
  const tuesdayDays = expandScheduleDays(tuesdays, from, to, closed);
  const thursdayDays = expandScheduleDays(thursdays, from, to, closed);
  const bookings = [
    { day: tuesdayDays[0], hour: 10, schedule: tuesdays },
    { day: tuesdayDays[0], hour: 13, schedule: tuesdays },
    { day: thursdayDays[0], hour: 11, schedule: thursdays },
    { day: tuesdayDays[1], hour: 14, schedule: tuesdays },
  ];
  for (const [index, booking] of bookings.entries()) {
    const person = demoPeople[index];
    if (!booking.day || !person) continue;
    await tx.insert(appointments).values({
      scheduleId: booking.schedule.id,
      startsAt: new Date(japanTime(booking.day, booking.hour * 60)),
      endsAt: new Date(japanTime(booking.day, booking.hour * 60 + 60)),
      room: booking.schedule.room,
      consultantId: consultant,
      personName: person.name,
      personPhone: person.phone,
      purpose: person.purpose,
      createdBy: consultant,
    });
  }
}

/** After the consultations (70). */
export const appointmentsDemoContribution: DemoContribution = {
  area: "consultation appointments",
  order: 75,
  load: loadAppointmentsDemoData,
};
