import { z } from "zod";
import { emailSchema, newPasswordSchema } from "../auth/schemas.ts";
import { kanaReadingSchema } from "../japanese/kana-reading.ts";
import { locales } from "../platform/locales.ts";
import { pageOf, pageQuerySchema } from "../platform/pagination.ts";
import { roles } from "../platform/permissions.ts";
import { userStatuses } from "./statuses.ts";

export { type UserStatus, userStatuses } from "./statuses.ts";

export const userSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  displayNameKana: z.string(),
  role: z.enum(roles),
  status: z.enum(userStatuses),
  locale: z.enum(locales),
  programIds: z.array(z.uuid()),
  /** A partner's workplace (the portal shows only its placements); null for every other role. */
  workplaceId: z.uuid().nullable(),
  lastLoginAt: z.string().nullable(),
  lockedUntil: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type User = z.infer<typeof userSchema>;

const displayName = z.string().trim().min(1).max(100);
const displayNameKana = kanaReadingSchema;

/**
 * A partner belongs to one workplace; no other role does. The catalog key of what is wrong, if
 * anything (the service checks the stored role merged with a change the same way).
 */
export function userWorkplaceProblem(role: string, workplaceId: string | null | undefined) {
  if (role === "partner" && !workplaceId) return "workplaceRequiredForPartner";
  if (role !== "partner" && workplaceId) return "workplaceOnlyForPartner";
  return undefined;
}

export const createUserInputSchema = z
  .strictObject({
    email: emailSchema,
    displayName,
    displayNameKana: displayNameKana.default(""),
    role: z.enum(roles),
    locale: z.enum(locales).default("ja"),
    programIds: z.array(z.uuid()).max(50).default([]),
    /** Required for the partner role, refused for the others. */
    workplaceId: z.uuid().nullable().default(null),
    password: newPasswordSchema,
  })
  .superRefine((input, context) => {
    const problem = userWorkplaceProblem(input.role, input.workplaceId);
    if (problem) context.addIssue({ code: "custom", path: ["workplaceId"], message: problem });
  });
export type CreateUserInput = z.input<typeof createUserInputSchema>;

export const updateUserInputSchema = z.strictObject({
  displayName: displayName.optional(),
  displayNameKana: displayNameKana.optional(),
  role: z.enum(roles).optional(),
  locale: z.enum(locales).optional(),
  programIds: z.array(z.uuid()).max(50).optional(),
  /** A partner's workplace; left out when the role changes away from partner, it is cleared. */
  workplaceId: z.uuid().nullable().optional(),
  /** The version the editor loaded: a different current version means someone else saved first. */
  version: z.number().int().min(1).max(2_147_483_647),
});
export type UpdateUserInput = z.infer<typeof updateUserInputSchema>;

export const resetPasswordInputSchema = z.strictObject({ newPassword: newPasswordSchema });

export const userIdParamsSchema = z.strictObject({ id: z.uuid() });

export const findUsersQuerySchema = pageQuerySchema
  .extend({
    q: z.string().trim().max(100).optional(),
    role: z.enum(roles).optional(),
    status: z.enum(userStatuses).optional(),
  })
  .strict();

export const userPageSchema = pageOf(userSchema);

/** A form's choices of staff (an owner, an attendee): active users of the roles the rule names. */
export const staffChoicesSchema = z.object({
  items: z.array(z.object({ id: z.uuid(), displayName: z.string() })),
});
export type StaffChoices = z.infer<typeof staffChoicesSchema>;
