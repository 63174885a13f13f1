import { defineTodayProvider } from "../../../platform/today/today-provider.ts";
import { findOpenActionItemsOf } from "./meetings.repository.ts";
import { actionItemEntity } from "./meetings.service.ts";

export const meetingsTodayKind = "meeting_action_item";

/** The caller's open action items, whatever their due date (they stay until done), the most overdue first. */
export const meetingsTodayProvider = defineTodayProvider({
  key: "network.meetings",
  permission: "network.read",
  kinds: [meetingsTodayKind],
  async load(db, scope, context) {
    const today = context.todayInJapan;
    const rows = await findOpenActionItemsOf(db, scope.userId, context.limitPerKind + 1);
    return rows.map((row) => ({
      kind: meetingsTodayKind,
      params: { title: row.title, meeting: row.meetingTitle },
      dueOn: row.dueOn,
      link: `/network/meetings/${row.meetingId}`,
      severity: (row.dueOn < today ? "overdue" : row.dueOn === today ? "due" : "upcoming") as
        | "overdue"
        | "due"
        | "upcoming",
      mine: true,
      record: { entity: actionItemEntity, id: row.id },
    }));
  },
});
