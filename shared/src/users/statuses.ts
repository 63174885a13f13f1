/** A user's status. A module without zod (schemas.ts re-exports it): the web app's entry reads it. */
export const userStatuses = ["active", "disabled"] as const;
export type UserStatus = (typeof userStatuses)[number];
