import { z } from "zod";
import { roles } from "../platform/permissions.ts";

export const dashboardSchema = z.object({
  activeUsers: z.number().int(),
  usersByRole: z.array(z.object({ role: z.enum(roles), count: z.number().int() })),
  programs: z.number().int(),
  activeSessions: z.number().int(),
  auditEventsToday: z.number().int(),
  lastLoginAt: z.string().nullable(),
});
export type Dashboard = z.infer<typeof dashboardSchema>;
