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
  lastLoginAt: z.string().nullable(),
  lockedUntil: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type User = z.infer<typeof userSchema>;

const displayName = z.string().trim().min(1).max(100);
const displayNameKana = kanaReadingSchema;

export const createUserInputSchema = z.strictObject({
  email: emailSchema,
  displayName,
  displayNameKana: displayNameKana.default(""),
  role: z.enum(roles),
  locale: z.enum(locales).default("ja"),
  programIds: z.array(z.uuid()).max(50).default([]),
  password: newPasswordSchema,
});
export type CreateUserInput = z.input<typeof createUserInputSchema>;

export const updateUserInputSchema = z.strictObject({
  displayName: displayName.optional(),
  displayNameKana: displayNameKana.optional(),
  role: z.enum(roles).optional(),
  locale: z.enum(locales).optional(),
  programIds: z.array(z.uuid()).max(50).optional(),
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
