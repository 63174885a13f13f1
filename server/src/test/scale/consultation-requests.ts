// Requests from the public form (相談申込み), newest first by index: the first few are still "new" in
// the desk's inbox, about a third were turned into a consultation (the request names that new
// person), the rest marked handled with a note.
import type { RequestTopic } from "@otagai/shared/consultation/requests";
import { generateConsultation, generatedName } from "./consultations.ts";
import { addDays, daysBetween, earlierOf, laterOf } from "./dates.ts";
import { phoneIn } from "./places.ts";
import { randomFor, weighted } from "./random.ts";
import type { GeneratorSettings } from "./settings.ts";

/** How many of `count` requests are still new (about 50 at the default size). */
export function newRequestCount(count: number): number {
  return Math.min(50, Math.ceil(count / 100));
}

export type GeneratedRequest = {
  id: string;
  /** Japan date and minute of the day. */
  day: string;
  minute: number;
  language: "ja" | "easy_ja" | "en";
  topic: RequestTopic;
  name: string;
  nameKana: string;
  contactMethod: "phone" | "email";
  phone: string;
  email: string;
  preferredDates: string[];
  message: string;
  status: "new" | "converted" | "handled";
  /** Handled or converted: the slot of the desk consultant who did (as consultations pick theirs). */
  handledBySlot: number | null;
  handledOn: string | null;
  handledNote: string;
  consultationId: string | null;
};

const languageTable = weighted([
  ["ja", 85],
  ["easy_ja", 8],
  ["en", 7],
] as const);
const topicTable = weighted<RequestTopic>([
  ["find_work", 35],
  ["prepare_work", 25],
  ["living", 25],
  ["startup", 7],
  ["other", 8],
]);
const messages: Record<RequestTopic, string[]> = {
  find_work: [
    "仕事を探しています。相談したいです。",
    "長く働いていないので、どこから始めればよいか知りたい。",
  ],
  prepare_work: ["働く前に生活のリズムを整えたい。", "実習ができるところを知りたいです。"],
  living: ["生活費が足りません。", "家賃が払えなくなりそうです。"],
  startup: ["小さなお店を始めたい。", "仲間と事業を立ち上げたい。"],
  other: ["どこに相談すればよいか分かりません。", ""],
};
const handledNotes = ["電話で窓口を案内した", "重複の申込み", "連絡がつかず終了", "メールで情報を送った"];

/**
 * Request i, `i` days of history back on average from today. A converted one takes its person from
 * a new person's consultation (found from a seeded index on) and was received a few days before it.
 */
export function generateRequest(
  settings: GeneratorSettings,
  index: number,
  sizes: { requests: number; consultations: number; participants: number },
): GeneratedRequest {
  const random = randomFor(settings.seed, "request", index);
  const fresh = index < newRequestCount(sizes.requests);
  const span = Math.max(1, daysBetween(settings.windowStart, settings.today));
  // Spread over the last two years (the form's age), the newest first; new ones in the last week or two.
  const back = fresh
    ? random.int(1, 12)
    : Math.min(span, 13 + Math.floor((index / sizes.requests) * 730) + random.int(0, 3));
  let day = addDays(settings.today, -back);
  const female = random.chance(0.5);
  let { name, nameKana } = generatedName(
    random,
    random.pick(["20s", "30s", "40s", "50s"]),
    female ? "female" : "male",
  );
  let contactMethod: "phone" | "email" = random.chance(0.65) ? "phone" : "email";
  let phone = contactMethod === "phone" || random.chance(0.3) ? phoneIn(random, "yokohama") : "";
  let email = contactMethod === "email" ? `request${index}@example.jp` : "";
  let status: GeneratedRequest["status"] = fresh ? "new" : random.chance(0.35) ? "converted" : "handled";
  let consultationId: string | null = null;
  let handledOn: string | null = null;
  if (status === "converted" && sizes.consultations > 0) {
    const start = random.int(0, sizes.consultations - 1);
    let found = null;
    for (let step = 0; step < 20 && !found; step++) {
      const consultation = generateConsultation(
        settings,
        (start + step) % sizes.consultations,
        sizes.participants,
      );
      if (
        consultation.person.kind === "new_person" &&
        (consultation.person.phone || consultation.person.email)
      )
        found = consultation;
    }
    if (found && found.person.kind === "new_person") {
      ({ name, nameKana, phone, email } = found.person);
      contactMethod = phone ? "phone" : "email";
      consultationId = found.id;
      handledOn = found.day;
      day = laterOf(settings.windowStart, addDays(found.day, -random.int(1, 5)));
    } else status = "handled";
  } else if (status === "converted") status = "handled";
  if (status === "handled") handledOn = earlierOf(addDays(day, random.int(0, 3)), settings.today);
  const topic = random.pickWeighted(topicTable);
  const preferredDates = Array.from({ length: random.int(0, 3) }, (_, n) =>
    addDays(day, 3 + n * 2 + random.int(0, 1)),
  );
  return {
    id: settings.idOf("request", index),
    day,
    minute: random.int(0, 24 * 60 - 1),
    language: random.pickWeighted(languageTable),
    topic,
    name,
    nameKana: random.chance(0.8) ? nameKana : "",
    contactMethod,
    phone,
    email,
    preferredDates,
    message: random.pick(messages[topic]),
    status,
    handledBySlot: status === "new" ? null : random.int(0, 1_000),
    handledOn,
    handledNote: status === "handled" ? random.pick(handledNotes) : "",
    consultationId,
  };
}
