import type {
  ActionItem,
  Attendee,
  AttendeeKind,
  Meeting,
  MeetingKind,
  MeetingSummary,
} from "@otagai/shared/network/meetings";
import type { ActionItemRow, AttendeeRow, MeetingRow } from "./meetings.repository.ts";

/** "HH:MM:SS" from the database → "HH:MM" as typed. */
function hhmm(value: string | null): string | null {
  return value === null ? null : value.slice(0, 5);
}

export function presentMeetingSummary(row: MeetingRow): MeetingSummary {
  return {
    id: row.id,
    kind: row.kind as MeetingKind,
    title: row.title,
    heldOn: row.heldOn,
    startsAt: hhmm(row.startsAt),
    endsAt: hhmm(row.endsAt),
    place: row.place,
    invitedCount: row.invitedCount,
    presentCount: row.presentCount,
    openActionItems: row.openActionItems,
    version: row.version,
  };
}

export function presentAttendee(row: AttendeeRow): Attendee {
  return {
    kind: row.attendeeKind as AttendeeKind,
    userId: row.userId,
    memberOrganizationId: row.memberOrganizationId,
    workplaceId: row.workplaceId,
    guestName: row.guestName,
    name: row.userName ?? row.memberName ?? row.workplaceName ?? row.guestName,
    invited: row.invited,
    present: row.present,
  };
}

export function presentActionItem(row: ActionItemRow): ActionItem {
  return {
    id: row.id,
    meetingId: row.meetingId,
    meetingTitle: row.meetingTitle,
    meetingHeldOn: row.meetingHeldOn,
    title: row.title,
    ownerId: row.ownerId,
    ownerName: row.ownerName,
    dueOn: row.dueOn,
    notes: row.notes,
    doneAt: row.doneAt?.toISOString() ?? null,
    doneByName: row.doneByName,
    version: row.version,
  };
}

export function presentMeeting(
  row: MeetingRow,
  attendees: AttendeeRow[],
  actionItems: ActionItemRow[],
): Meeting {
  return {
    ...presentMeetingSummary(row),
    agenda: row.agenda,
    minutes: row.minutes,
    decisions: row.decisions,
    attendees: attendees.map(presentAttendee),
    actionItems: actionItems.map(presentActionItem),
    updatedAt: row.updatedAt.toISOString(),
  };
}
