import type { ConsultationChannel, ConsultationStatus } from "@otagai/shared/consultation/consultations";

/**
 * The API's channels and statuses as values for the router's search checks, without loading the zod
 * schemas into the first pages (the type checks below fail when the shared lists gain a value).
 */
export const channelValues = ["phone", "visit", "online", "email", "outreach"] as const;
export const statusValues = ["open", "follow_up_due", "referred", "closed"] as const;

type MissingChannel = Exclude<ConsultationChannel, (typeof channelValues)[number]>;
type MissingStatus = Exclude<ConsultationStatus, (typeof statusValues)[number]>;
const channelsComplete: [MissingChannel] extends [never] ? true : MissingChannel = true;
const statusesComplete: [MissingStatus] extends [never] ? true : MissingStatus = true;
void channelsComplete;
void statusesComplete;
