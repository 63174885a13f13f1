import { z } from "zod";
import { placementStatuses } from "./placements.ts";
import { employmentTypes, weekdays } from "./workplaces.ts";

/**
 * The partner portal (issue 11): a partner user belongs to one workplace and sees only its
 * placements — the trainee's name, the schedule, the tasks and the coordinator's guidance notes.
 * Never the sensitive section, the participant's contact details, other cases or history: this
 * schema is the whole of what the portal's answers may carry.
 */
export const portalPlacementSchema = z.strictObject({
  id: z.uuid(),
  participantName: z.string(),
  workplaceName: z.string(),
  employmentType: z.enum(employmentTypes),
  startOn: z.string(),
  endOn: z.string(),
  termCount: z.number().int(),
  termMonths: z.number().int(),
  workDays: z.array(z.enum(weekdays)),
  hoursFrom: z.string(),
  hoursTo: z.string(),
  tasks: z.string(),
  supervisorName: z.string(),
  coordinatorName: z.string().nullable(),
  guidanceNotes: z.string(),
  status: z.enum(placementStatuses),
});
export type PortalPlacement = z.infer<typeof portalPlacementSchema>;
export const portalPlacementListSchema = z.object({ items: z.array(portalPlacementSchema) });
