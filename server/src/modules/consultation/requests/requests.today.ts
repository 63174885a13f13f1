import { defineTodayProvider } from "../../../platform/today/today-provider.ts";
import { findNewRequests } from "./requests.repository.ts";

export const requestTodayKinds = { new: "consultationRequest.new" } as const;

/** Requests from the public form no one has taken up yet, oldest first: the desk's inbox to answer. */
export const consultationRequestsTodayProvider = defineTodayProvider({
  key: "consultation.requests",
  permission: "consultationRequests.handle",
  kinds: [requestTodayKinds.new],
  async load(db, _scope, context) {
    const rows = await findNewRequests(db, context.limitPerKind + 1);
    return rows.map((row) => ({
      kind: requestTodayKinds.new,
      params: { name: row.name },
      dueOn: row.receivedOn,
      link: `/consultation/requests?id=${row.id}`,
      severity: row.receivedOn < context.todayInJapan ? ("overdue" as const) : ("due" as const),
      mine: false,
      record: { entity: "consultation_request", id: row.id },
    }));
  },
});
