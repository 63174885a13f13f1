import { locales } from "@otagai/shared/platform/locales";
import { roles } from "@otagai/shared/platform/permissions";
import { userStatuses } from "@otagai/shared/users/statuses";
import type { TFunction } from "i18next";

export function roleOptions(t: TFunction) {
  return roles.map((role) => ({ value: role, label: t(`roles.${role}`) }));
}

export function statusOptions(t: TFunction) {
  return userStatuses.map((status) => ({ value: status, label: t(`users.statuses.${status}`) }));
}

export function localeOptions(t: TFunction) {
  return locales.map((locale) => ({ value: locale, label: t(`locales.${locale}`) }));
}
