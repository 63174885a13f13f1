import type { Participant, ParticipantProfileInput } from "@otagai/shared/support/participants";

/** The profile as the form holds it: every field a string ("" for a birth date not given). */
export type ProfileValues = {
  familyName: string;
  givenName: string;
  familyNameKana: string;
  givenNameKana: string;
  birthDate: string;
  gender: string;
  nationality: string;
  preferredLanguage: string;
  phone: string;
  email: string;
  postalCode: string;
  address: string;
  emergencyContactName: string;
  emergencyContactRelation: string;
  emergencyContactPhone: string;
  referralSource: string;
  notes: string;
};

export const profileFields = [
  "familyName",
  "givenName",
  "familyNameKana",
  "givenNameKana",
  "birthDate",
  "gender",
  "nationality",
  "preferredLanguage",
  "phone",
  "email",
  "postalCode",
  "address",
  "emergencyContactName",
  "emergencyContactRelation",
  "emergencyContactPhone",
  "referralSource",
  "notes",
] as const satisfies readonly (keyof ProfileValues)[];

export const emptyProfile: ProfileValues = Object.fromEntries(
  profileFields.map((field) => [field, ""]),
) as unknown as ProfileValues;

export function profileValuesOf(participant: Participant): ProfileValues {
  return Object.fromEntries(
    profileFields.map((field) => [field, participant[field] ?? ""]),
  ) as unknown as ProfileValues;
}

/** What the schema checks: the birth date null when not given. */
export function profileInputOf(values: ProfileValues): ParticipantProfileInput {
  return { ...values, birthDate: values.birthDate.trim() === "" ? null : values.birthDate };
}
