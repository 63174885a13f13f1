import { defineTodayProvider } from "../../../platform/today/today-provider.ts";
import { findDueRequests, findUntakenRequests } from "./requests.repository.ts";
import { networkRequestEntity } from "./requests.service.ts";

export const requestsTodayKinds = {
  new: "network_request_new",
  due: "network_request_due",
} as const;

/** How far ahead an accepted request's wanted day shows: 14 days, today included. */
export const requestDueAheadDays = 14;

/**
 * The office's requests on the today list: new ones nobody has taken yet (oldest first, to everyone
 * who may take them), and the caller's own accepted ones wanted within 14 days (or already past).
 */
export const requestsTodayProvider = defineTodayProvider({
  key: "network.requests",
  permission: "networkRequests.write",
  kinds: [requestsTodayKinds.due, requestsTodayKinds.new],
  async load(db, scope, context) {
    const today = context.todayInJapan;
    const [untaken, due] = await Promise.all([
      findUntakenRequests(db, context.limitPerKind + 1),
      findDueRequests(db, {
        ownerId: scope.userId,
        today,
        aheadDays: requestDueAheadDays,
        limit: context.limitPerKind + 1,
      }),
    ]);
    const params = (row: (typeof untaken)[number]) => ({
      title: row.title,
      requester: row.requesterOrganization || row.requesterName,
    });
    return [
      ...due.map((row) => ({
        kind: requestsTodayKinds.due,
        params: params(row),
        dueOn: row.wantedOn,
        link: `/network/requests/${row.id}`,
        severity: (row.wantedOn !== null && row.wantedOn < today
          ? "overdue"
          : row.wantedOn === today
            ? "due"
            : "upcoming") as "overdue" | "due" | "upcoming",
        mine: true,
        record: { entity: networkRequestEntity, id: row.id },
      })),
      ...untaken.map((row) => ({
        kind: requestsTodayKinds.new,
        params: { ...params(row), receivedOn: row.receivedOn },
        dueOn: null,
        link: `/network/requests/${row.id}`,
        severity: "due" as const,
        mine: false,
        record: { entity: networkRequestEntity, id: row.id },
      })),
    ];
  },
});
