import type { Participant } from "@otagai/shared/support/participants";

/** One of a participant's cases, as the participant record lists it. */
export type ParticipantCaseSummary = Participant["cases"][number];
