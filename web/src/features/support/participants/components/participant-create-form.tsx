import { Alert, Button, Grid, Group, Stack, Text } from "@mantine/core";
import { normalizePhone } from "@otagai/shared/japanese/phone";
import { createParticipantInputSchema, duplicateCheckInputSchema } from "@otagai/shared/support/participants";
import { IconAlertTriangle } from "@tabler/icons-react";
import { useNavigate } from "@tanstack/react-router";
import { useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../../../app/api-client";
import { MutationError } from "../../../../components/query-state";
import { useSchemaForm } from "../../../../components/use-form";
import { type DuplicateCheckInput, useDuplicateCheck } from "../api/check-duplicates";
import { useCreateParticipant } from "../api/create-participant";
import { emptyProfile, type ProfileValues, profileInputOf } from "../profile-values";
import { DuplicateMatches, hasLikelyDuplicates } from "./duplicate-matches";
import { ProfileFields } from "./profile-fields";

/** How long typing pauses before the duplicate check asks the server. */
const duplicateCheckDelayMs = 600;

/** A 409 from registration: likely duplicates, and no reason given to register anyway. */
function isDuplicateSuspected(error: unknown): boolean {
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

type CreateValues = ProfileValues & { duplicateReason: string };

export function ParticipantCreateForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateParticipant();
  const reasonRef = useRef<HTMLTextAreaElement>(null);

  const form = useSchemaForm({
    initialValues: { ...emptyProfile, duplicateReason: "" } as CreateValues,
    schema: createParticipantInputSchema,
    mutation: create,
    // A long form: kept as a server draft while typed, offered back after a closed tab or a crash.
    draft: { formKey: "support.participant-new" },
    toInput: (values: CreateValues) => {
      const { duplicateReason, ...profile } = values;
      const input = profileInputOf(profile);
      // Read when the form is sent, so the latest check decides (declared below).
      if (!found) return input;
      return {
        ...input,
        duplicateOverride: {
          reason: duplicateReason,
          matchIds: (check.data?.matches ?? []).map((match) => match.participant.id),
        },
      };
    },
  });

  // The check follows the typing, a moment after it pauses; a refused save asks at once.
  const probeKey = JSON.stringify(probeOf(form.getValues()));
  const [checkedKey, setCheckedKey] = useState(probeKey);
  useEffect(() => {
    const timer = setTimeout(() => setCheckedKey(probeKey), duplicateCheckDelayMs);
    return () => clearTimeout(timer);
  }, [probeKey]);
  const checkInput = useMemo(() => checkInputOf(checkedKey), [checkedKey]);
  const check = useDuplicateCheck(checkInput);
  const found = checkInput !== null && hasLikelyDuplicates(check.data);

  const suspected = isDuplicateSuspected(create.error);
  // Refused as a likely duplicate: the matches are (re)read now, and the reason gets the focus.
  useEffect(() => {
    if (suspected) setCheckedKey(probeKey);
  }, [suspected, probeKey]);
  useEffect(() => {
    if (suspected && found && !check.isFetching) reasonRef.current?.focus();
  }, [suspected, found, check.isFetching]);

  const submit = form.submit(async (input) => {
    const participant = await create.mutateAsync(input);
    await navigate({
      to: "/support/participants/$id",
      params: { id: participant.id },
      search: { created: true },
    });
  });

  const reasonInput = form.getInputProps("duplicateReason");
  const reasonError = form.errors.duplicateOverride ?? form.errors.duplicateReason;

  return (
    <form ref={form.ref} onSubmit={submit} noValidate>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <ProfileFields form={form} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <div style={{ position: "sticky", top: 72 }}>
            <DuplicateMatches
              idle={checkInput === null}
              checking={checkInput !== null && check.isFetching}
              failed={checkInput !== null && check.isError}
              result={checkInput === null ? undefined : check.data}
              reasonInput={{ ...reasonInput, error: reasonError }}
              reasonRef={reasonRef}
            />
          </div>
        </Grid.Col>
      </Grid>
      <Stack mt="lg" maw={720}>
        {suspected ? (
          <Alert
            color="orange"
            icon={<IconAlertTriangle aria-hidden />}
            title={t("support.participants.duplicates.suspectedTitle")}
            role="alert"
          >
            <Text size="sm">{isApiError(create.error) ? create.error.message : null}</Text>
          </Alert>
        ) : (
          <MutationError error={create.error} />
        )}
        <Group>
          <Button type="submit" loading={create.isPending}>
            {t("support.participants.create")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
