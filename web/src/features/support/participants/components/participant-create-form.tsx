import { Alert, Button, Grid, Group, Stack, Text } from "@mantine/core";
import { createParticipantInputSchema } from "@otagai/shared/support/participants";
import { IconAlertTriangle } from "@tabler/icons-react";
import { useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../../../app/api-client";
import { MutationError } from "../../../../components/query-state";
import { useSchemaForm } from "../../../../components/use-form";
import { useCreateParticipant } from "../api/create-participant";
import { emptyProfile, type ProfileValues, profileInputOf } from "../profile-values";
import { DuplicateMatches } from "./duplicate-matches";
import { ProfileFields } from "./profile-fields";
import { isDuplicateSuspected, useLikelyDuplicates } from "./use-likely-duplicates";

type CreateValues = ProfileValues & { duplicateReason: string };

export function ParticipantCreateForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateParticipant();

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
      const duplicateOverride = duplicates.overrideOf(duplicateReason);
      return duplicateOverride ? { ...input, duplicateOverride } : input;
    },
  });

  // The check follows the typing, a moment after it pauses; a refused save asks at once.
  const suspected = isDuplicateSuspected(create.error);
  const duplicates = useLikelyDuplicates(form.getValues(), suspected);

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
              {...duplicates.matchesProps}
              reasonInput={{ ...reasonInput, error: reasonError }}
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
