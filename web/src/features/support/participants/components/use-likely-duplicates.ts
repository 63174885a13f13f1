import { normalizePhone } from "@otagai/shared/japanese/phone";
import { duplicateCheckInputSchema } from "@otagai/shared/support/participants";
import { useEffect, useMemo, useRef, useState } from "react";
import { isApiError } from "../../../../app/api-client";
import { type DuplicateCheckInput, useDuplicateCheck } from "../api/check-duplicates";
import type { ProfileValues } from "../profile-values";
import { hasLikelyDuplicates } from "./duplicate-matches";

/** How long typing pauses before the duplicate check asks the server. */
const duplicateCheckDelayMs = 600;

/** A 409 from registration: likely duplicates, and no reason given to register anyway. */
export function isDuplicateSuspected(error: unknown): boolean {
  return isApiError(error) && error.code === "DUPLICATE_SUSPECTED";
}

/** What the duplicate check is asked about: the fields a duplicate is found by. */
function probeOf(values: ProfileValues) {
  return {
    familyName: values.familyName,
    givenName: values.givenName,
    familyNameKana: values.familyNameKana,
    givenNameKana: values.givenNameKana,
    birthDate: values.birthDate,
    phone: values.phone,
  };
}

/**
 * The check's input, or null while nothing typed could find a duplicate: every rule needs a reading
 * with a birth date, or a phone number. Input the schema refuses (a reading still in romaji) waits.
 */
function checkInputOf(probeKey: string): DuplicateCheckInput | null {
  const probe = JSON.parse(probeKey) as ReturnType<typeof probeOf>;
  const byReading = probe.familyNameKana.trim() !== "" && probe.birthDate !== "";
  const byPhone = normalizePhone(probe.phone) !== null;
  if (!byReading && !byPhone) return null;
  const parsed = duplicateCheckInputSchema.safeParse({
    ...probe,
    birthDate: probe.birthDate || null,
    phone: byPhone ? probe.phone : "",
  });
  return parsed.success ? parsed.data : null;
}

/**
 * The likely duplicates of a profile being registered (the participant form, and registration from
 * a consultation): checked a moment after typing pauses, at once when the save was refused as a
 * likely duplicate (`suspected`), which also moves the focus to the reason. `matchesProps` go to
 * DuplicateMatches; `overrideOf(reason)` is what the registration sends when some were found.
 */
export function useLikelyDuplicates(values: ProfileValues, suspected: boolean) {
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const probeKey = JSON.stringify(probeOf(values));
  const [checkedKey, setCheckedKey] = useState(probeKey);
  useEffect(() => {
    const timer = setTimeout(() => setCheckedKey(probeKey), duplicateCheckDelayMs);
    return () => clearTimeout(timer);
  }, [probeKey]);
  const checkInput = useMemo(() => checkInputOf(checkedKey), [checkedKey]);
  const check = useDuplicateCheck(checkInput);
  const found = checkInput !== null && hasLikelyDuplicates(check.data);

  // Refused as a likely duplicate: the matches are (re)read now, and the reason gets the focus.
  useEffect(() => {
    if (suspected) setCheckedKey(probeKey);
  }, [suspected, probeKey]);
  useEffect(() => {
    if (suspected && found && !check.isFetching) reasonRef.current?.focus();
  }, [suspected, found, check.isFetching]);

  return {
    found,
    /** The override to send with the profile, or undefined when nothing alike was found. */
    overrideOf: (reason: string) =>
      found
        ? { reason, matchIds: (check.data?.matches ?? []).map((match) => match.participant.id) }
        : undefined,
    matchesProps: {
      idle: checkInput === null,
      checking: checkInput !== null && check.isFetching,
      failed: checkInput !== null && check.isError,
      result: checkInput === null ? undefined : check.data,
      reasonRef,
    },
  };
}
