// The desk's two regular consultation days (定例相談: the 2nd and 4th Tuesday afternoon, and every
// Thursday) and two years of appointments on their slots, up to four weeks ahead. Generated per
// slot, so two appointments never hold a consultant or a room at once (the exclusion constraints
// would refuse them): a slot has at most one appointment that is not cancelled, and a cancelled one
// may be booked again. An appointment's id is its slot's (day, schedule, slot, attempt), so a run on
// another day adds only the slots that are new and never the same slot twice.
import {
  expandScheduleDays,
  slotTimesOf,
} from "../../modules/consultation/appointments/consultation-days.ts";
import { generatedName } from "./consultations.ts";
import { addDays, addMonths, daysBetween, earlierOf } from "./dates.ts";
import { phoneIn } from "./places.ts";
import { randomFor, weighted } from "./random.ts";
import type { GeneratorSettings } from "./settings.ts";

export type GeneratedSchedule = {
  index: number;
  id: string;
  name: string;
  recurrence: string;
  dayStartsAt: string;
  dayEndsAt: string;
  slotMinutes: number;
  room: string;
  /** Which desk consultant takes it (a slot into the consultants' list). */
  consultantSlot: number;
  categoryCode: string;
};

export const deskSchedules: Omit<GeneratedSchedule, "id">[] = [
  {
    index: 0,
    name: "定例就労相談（第2・第4火曜）",
    recurrence: "FREQ=MONTHLY;BYDAY=+2TU,+4TU",
    dayStartsAt: "13:00",
    dayEndsAt: "17:00",
    slotMinutes: 60,
    room: "相談室A",
    consultantSlot: 0,
    categoryCode: "employment",
  },
  {
    index: 1,
    name: "木曜相談",
    recurrence: "FREQ=WEEKLY;BYDAY=TH",
    dayStartsAt: "10:00",
    dayEndsAt: "16:00",
    slotMinutes: 60,
    room: "相談室B",
    consultantSlot: 1,
    categoryCode: "living",
  },
];

export function generateSchedules(settings: GeneratorSettings): GeneratedSchedule[] {
  return deskSchedules.map((schedule) => ({ ...schedule, id: settings.idOf("schedule", schedule.index) }));
}

/** The schedules' first day: two years before today, the first of that month. */
export function schedulesStartOn(today: string): string {
  return `${addMonths(today, -24).slice(0, 8)}01`;
}

export type GeneratedAppointment = {
  id: string;
  scheduleIndex: number;
  startsAt: string;
  endsAt: string;
  room: string;
  consultantSlot: number;
  channel: "visit" | "online" | "phone";
  /** Who: a scale participant, a request (its index), or a name and phone. */
  participantIndex: number | null;
  requestIndex: number | null;
  personName: string;
  personPhone: string;
  purpose: string;
  status: "booked" | "kept" | "missed" | "cancelled";
  cancelReason: string;
  /** Japan date it was booked on. */
  bookedOn: string;
};

const pastStatus = weighted([
  ["kept", 78],
  ["missed", 10],
  ["cancelled", 12],
] as const);
const channelTable = weighted([
  ["visit", 80],
  ["online", 15],
  ["phone", 5],
] as const);
const purposes = ["仕事探しの相談", "履歴書の確認", "生活費の相談", "実習についての面談", "前回の続き"];
const cancelReasons = ["体調不良のため", "本人から日程変更の連絡", "仕事が決まったため", ""];
const epoch = "2000-01-01";

/** The slot's number in the scale ids: day, schedule, slot in the day, and booking attempt. */
export function slotNumber(day: string, scheduleIndex: number, slot: number, attempt: number): number {
  return ((daysBetween(epoch, day) * 4 + scheduleIndex) * 64 + slot) * 4 + attempt;
}

/**
 * Every appointment of the schedules from two years back to four weeks ahead: past slots mostly
 * booked and then kept, missed or cancelled (a cancelled one booked again a third of the time),
 * future slots fewer the further ahead, all still "booked".
 */
export function generateAppointments(
  settings: GeneratorSettings,
  sizes: { participants: number; requests: number },
): GeneratedAppointment[] {
  const { today } = settings;
  const startsOn = schedulesStartOn(today);
  const until = addDays(today, 28);
  const appointments: GeneratedAppointment[] = [];
  for (const schedule of deskSchedules) {
    const days = expandScheduleDays(
      { recurrence: schedule.recurrence, startsOn, endsOn: null },
      startsOn,
      until,
    );
    for (const day of days) {
      slotTimesOf(day, schedule).forEach((time, slot) => {
        const random = randomFor(settings.seed, "appointment-slot", slotNumber(day, schedule.index, slot, 0));
        const ahead = daysBetween(today, day);
        const past = ahead < 0;
        if (!random.chance(past ? 0.75 : Math.max(0.2, 0.7 - ahead * 0.02))) return;
        for (let attempt = 0; attempt < 2; attempt++) {
          const status = past
            ? random.pickWeighted(pastStatus)
            : random.chance(0.05)
              ? "cancelled"
              : "booked";
          const roll = random.next();
          const participantIndex =
            sizes.participants > 0 && roll < 0.35 ? random.int(0, sizes.participants - 1) : null;
          const requestIndex =
            participantIndex === null && sizes.requests > 0 && roll < 0.5
              ? random.int(0, sizes.requests - 1)
              : null;
          const person =
            participantIndex === null && requestIndex === null
              ? generatedName(
                  random,
                  random.pick(["20s", "30s", "40s"]),
                  random.chance(0.5) ? "female" : "male",
                )
              : null;
          appointments.push({
            id: settings.idOf("appointment", slotNumber(day, schedule.index, slot, attempt)),
            scheduleIndex: schedule.index,
            startsAt: time.startsAt,
            endsAt: time.endsAt,
            room: schedule.room,
            consultantSlot: schedule.consultantSlot,
            channel: random.pickWeighted(channelTable),
            participantIndex,
            requestIndex,
            personName: person?.name ?? "",
            personPhone: person ? phoneIn(random, "yokohama") : "",
            purpose: random.pick(purposes),
            status,
            cancelReason: status === "cancelled" ? random.pick(cancelReasons) : "",
            bookedOn: earlierOf(addDays(day, -random.int(1, 21)), today),
          });
          // A cancelled slot is free again: a third of the time someone else takes it.
          if (status !== "cancelled" || !random.chance(0.35)) break;
        }
      });
    }
  }
  return appointments;
}
