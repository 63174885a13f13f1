import { meetingsJa } from "./network/meetings.ja.ts";
import { membersJa } from "./network/members.ja.ts";
import { officersJa } from "./network/officers.ja.ts";
import { proposalsJa } from "./network/proposals.ja.ts";
import { prospectsJa } from "./network/prospects.ja.ts";
import { requestsJa } from "./network/requests.ja.ts";
import type { Widen } from "./widen.ts";

/**
 * Strings of the association's network (web/src/features/network, issue 13), loaded with its lazy
 * routes; English in network.en.ts. Each sub-area has its own file under network/.
 */
export const networkJa = {
  network: {
    title: "参加団体・協力事業所",
    lead: "参加団体と役員、協力事業所の開拓、会議、諸資源の活用、政策提言を事務局がまとめて管理します。",
    nav: {
      label: "ネットワークの画面",
      members: "参加団体",
      officers: "役員",
      prospects: "協力事業所の開拓",
      meetings: "会議",
      requests: "諸資源の活用",
      proposals: "政策提言",
    },
    members: membersJa,
    officers: officersJa,
    prospects: prospectsJa,
    meetings: meetingsJa,
    requests: requestsJa,
    proposals: proposalsJa,
  },
};

export type NetworkCatalog = Widen<typeof networkJa>;
