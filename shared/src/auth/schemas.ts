import { z } from "zod";
import { locales } from "../platform/locales.ts";
import { roles } from "../platform/permissions.ts";

export const passwordMinLength = 12;
export const passwordMaxLength = 256;

export const emailSchema = z.string().trim().toLowerCase().max(254).pipe(z.email());

export const loginInputSchema = z.strictObject({
  email: emailSchema,
  password: z.string().min(1).max(passwordMaxLength),
});
export type LoginInput = z.infer<typeof loginInputSchema>;

/** A new password: the length rule here; the common-password rule is checked on the server. */
export const newPasswordSchema = z.string().min(passwordMinLength).max(passwordMaxLength);

export const changePasswordInputSchema = z.strictObject({
  currentPassword: z.string().min(1).max(passwordMaxLength),
  newPassword: newPasswordSchema,
});
export type ChangePasswordInput = z.infer<typeof changePasswordInputSchema>;

export const currentUserSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  role: z.enum(roles),
  locale: z.enum(locales),
  programIds: z.array(z.uuid()),
});
export type CurrentUser = z.infer<typeof currentUserSchema>;

export const sessionStateSchema = z.object({
  user: currentUserSchema.nullable(),
  csrfToken: z.string(),
  idleTimeoutSeconds: z.number().int(),
});
export type SessionState = z.infer<typeof sessionStateSchema>;

export const updatePreferencesInputSchema = z.strictObject({ locale: z.enum(locales) });
