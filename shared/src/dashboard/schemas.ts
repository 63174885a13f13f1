import { z } from "zod";
import { roles } from "../platform/permissions.ts";

/**
 * The home screen: what the caller works on. Each group is there only for the roles whose work it
 * is (null otherwise), so a coordinator is not shown the administrator's figures.
 */
export const dashboardSchema = z.object({
  /** The caller's previous login (null on a first login). */
  lastLoginAt: z.string().nullable(),
  /** The active programs (事業) the caller works on, in 五十音 order of their reading. */
  myPrograms: z.array(z.object({ id: z.uuid(), name: z.string() })),
  /** The people and programs of the association: for roles that may see the user list (users.read). */
  people: z
    .object({
      activeUsers: z.number().int(),
      usersByRole: z.array(z.object({ role: z.enum(roles), count: z.number().int() })),
      activePrograms: z.number().int(),
    })
    .nullable(),
  /** How the system is used today: for roles that read the audit trail (audit.read). */
  system: z
    .object({
      activeSessions: z.number().int(),
      auditEventsToday: z.number().int(),
    })
    .nullable(),
});
export type Dashboard = z.infer<typeof dashboardSchema>;
