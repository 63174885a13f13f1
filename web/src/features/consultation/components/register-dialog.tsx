import {
  Alert,
  Button,
  Grid,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import {
  type Consultation,
  registerFromConsultationInputSchema,
} from "@otagai/shared/consultation/consultations";
import { roleHas } from "@otagai/shared/platform/permissions";
import { openCaseInputSchema } from "@otagai/shared/support/cases";
import { createParticipantInputSchema } from "@otagai/shared/support/participants";
import { IconAlertTriangle, IconCircleCheck } from "@tabler/icons-react";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../../app/api-client";
import { type FieldErrors, zodFieldErrors } from "../../../app/form-errors";
import { canSeeArea } from "../../../app/guards";
import { useCurrentUser } from "../../../app/session";
import { MutationError } from "../../../components/query-state";
import { AnchorLink } from "../../../components/router-links";
import { useSchemaForm } from "../../../components/use-form";
import { useCaseLeadOptions } from "../../support/cases/api/find-case-leads";
import { usePrograms } from "../../support/participants/api/get-programs";
import { DuplicateMatches } from "../../support/participants/components/duplicate-matches";
import { ProfileFields } from "../../support/participants/components/profile-fields";
import {
  isDuplicateSuspected,
  useLikelyDuplicates,
} from "../../support/participants/components/use-likely-duplicates";
import { todayInJapan } from "../../support/participants/participant-format";
import { emptyProfile, type ProfileValues, profileInputOf } from "../../support/participants/profile-values";
import { useRegisterFromConsultation } from "../api/register-from-consultation";

/** "山田 花子" → family and given name: the first space divides them (a name without one is a family name). */
function splitName(name: string): [string, string] {
  const [family = "", ...given] = name.trim().split(/[\s\u3000]+/);
  return [family, given.join(" ")];
}

/** The participant's profile as far as the consultation knows it. */
function profileOf(consultation: Consultation, referralSource: string): ProfileValues {
  const person = consultation.person;
  const [familyName, givenName] = splitName(person.name ?? "");
  const [familyNameKana, givenNameKana] = splitName(person.nameKana);
  return {
    ...emptyProfile,
    familyName,
    givenName,
    familyNameKana,
    givenNameKana,
    gender: person.gender,
    phone: person.phone,
    email: person.email,
    address: person.area,
    referralSource,
  };
}

type RegisterValues = ProfileValues & {
  duplicateReason: string;
  programId: string | null;
  fundingStreamId: string | null;
  leadCoordinatorId: string | null;
  openedOn: string;
};

function RegisterForm({ consultation }: { consultation: Consultation }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const register = useRegisterFromConsultation(consultation.id);
  const programs = usePrograms();
  const form = useSchemaForm({
    initialValues: {
      ...profileOf(consultation, t("consultation.title")),
      duplicateReason: "",
      programId: null,
      fundingStreamId: null,
      leadCoordinatorId: me.role === "coordinator" ? me.id : null,
      openedOn: todayInJapan(),
    } as RegisterValues,
    schema: registerFromConsultationInputSchema,
    mutation: register,
    toInput: (values: RegisterValues) => ({
      participant: participantOf(values),
      case: caseOf(values),
      version: consultation.version,
    }),
  });
  const values = form.getValues();
  const suspected = isDuplicateSuspected(register.error);
  const duplicates = useLikelyDuplicates(values, suspected);

  function participantOf(values: RegisterValues) {
    const { duplicateReason, programId, fundingStreamId, leadCoordinatorId, openedOn, ...profile } = values;
    const duplicateOverride = duplicates.overrideOf(duplicateReason);
    const input = profileInputOf(profile);
    return duplicateOverride ? { ...input, duplicateOverride } : input;
  }
  function caseOf({ programId, fundingStreamId, leadCoordinatorId, openedOn }: RegisterValues) {
    return { programId: programId ?? "", fundingStreamId, leadCoordinatorId, openedOn };
  }

  const streams = (programs.data?.items ?? [])
    .find((program) => program.id === values.programId)
    ?.fundingStreams.filter((stream) => stream.active);
  const programOptions = (programs.data?.items ?? [])
    .filter((program) => program.active && (me.programIds.length === 0 || me.programIds.includes(program.id)))
    .map((program) => ({ value: program.id, label: program.name }));
  // Who may lead a case: listed to those who read cases; the desk leaves it to the program.
  const canListLeads = roleHas(me.role, "cases.read");
  const leads = useCaseLeadOptions(canListLeads ? values.programId : null, me, (name) =>
    t("support.participants.me", { name }),
  );

  const send = form.submit(async (input) => {
    await register.mutateAsync(input);
  });
  // Each part is checked against its own schema first, so the messages land under their inputs.
  async function submit(event: FormEvent) {
    event.preventDefault();
    const participant = participantOf(values);
    const opened = caseOf(values);
    const errors: FieldErrors = {};
    const participantCheck = createParticipantInputSchema.safeParse(participant);
    if (!participantCheck.success)
      Object.assign(errors, zodFieldErrors(participantCheck.error, t, participant));
    const caseCheck = openCaseInputSchema.omit({ participantId: true }).safeParse(opened);
    if (!caseCheck.success) Object.assign(errors, zodFieldErrors(caseCheck.error, t, opened));
    if (errors.duplicateOverride) errors.duplicateReason = errors.duplicateOverride;
    if (Object.keys(errors).length > 0) {
      form.showErrors(errors);
      return;
    }
    await send();
  }

  const reasonInput = form.getInputProps("duplicateReason");
  return (
    <form ref={form.ref} onSubmit={submit} noValidate aria-label={t("consultation.register.title")}>
      <Text size="sm" mb="md">
        {t("consultation.register.lead")}
      </Text>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            <section aria-labelledby="register-profile-heading">
              <Title order={2} size="h5" id="register-profile-heading" mb="xs">
                {t("consultation.register.profile")}
              </Title>
              <ProfileFields form={form} />
            </section>
            <section aria-labelledby="register-case-heading">
              <Title order={2} size="h5" id="register-case-heading" mb="xs">
                {t("consultation.register.case")}
              </Title>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <Select
                  label={t("support.participants.cases.program")}
                  required
                  searchable
                  data={programOptions}
                  nothingFoundMessage={t("common.noResults")}
                  {...form.getInputProps("programId")}
                  onChange={(value) => {
                    form.setFieldValue("programId", value);
                    form.setFieldValue("fundingStreamId", null);
                  }}
                />
                {streams && streams.length > 0 ? (
                  <Select
                    label={t("support.participants.cases.fundingStream")}
                    data={streams.map((stream) => ({ value: stream.id, label: stream.name }))}
                    placeholder={t("support.participants.cases.fundingStreamNone")}
                    clearable
                    {...form.getInputProps("fundingStreamId")}
                  />
                ) : null}
                {canListLeads ? (
                  <Select
                    label={t("support.participants.cases.leadCoordinator")}
                    data={leads.options}
                    placeholder={t("support.participants.cases.leadCoordinatorNone")}
                    clearable
                    searchable
                    nothingFoundMessage={t("common.noResults")}
                    disabled={values.programId === null || leads.isPending}
                    {...form.getInputProps("leadCoordinatorId")}
                  />
                ) : null}
                <TextInput
                  type="date"
                  label={t("support.participants.cases.openedOn")}
                  required
                  {...form.getInputProps("openedOn")}
                />
              </SimpleGrid>
            </section>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <DuplicateMatches
            {...duplicates.matchesProps}
            reasonInput={{ ...reasonInput, error: form.errors.duplicateReason }}
          />
        </Grid.Col>
      </Grid>
      <Stack mt="lg">
        {suspected ? (
          <Alert
            color="orange"
            icon={<IconAlertTriangle aria-hidden />}
            title={t("support.participants.duplicates.suspectedTitle")}
            role="alert"
          >
            <Text size="sm">{isApiError(register.error) ? register.error.message : null}</Text>
          </Alert>
        ) : (
          <MutationError error={register.error} />
        )}
        <Group>
          <Button type="submit" loading={register.isPending}>
            {t("consultation.register.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Where the registration led: the participant and the case, for those who may open them. */
export function RegisteredLinks({ consultation }: { consultation: Consultation }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  if (!consultation.participantId || !canSeeArea(me, "support")) return null;
  return (
    <Group gap="md">
      <AnchorLink to="/support/participants/$id" params={{ id: consultation.participantId }} search={{}}>
        {t("consultation.register.openParticipant")}
      </AnchorLink>
      {consultation.caseId && roleHas(me.role, "cases.read") ? (
        <AnchorLink to="/support/cases/$id" params={{ id: consultation.caseId }}>
          {t("consultation.register.openCase")}
        </AnchorLink>
      ) : null}
    </Group>
  );
}

/**
 * 利用者として登録し支援を開始: the participant's profile prefilled from the consultation, the case's
 * program, lead and opening date, with the likely duplicates and the reason to register anyway as the
 * participant registration shows them. Once done, the dialog says so and links to both.
 */
export function RegisterDialog({
  consultation,
  opened,
  onClose,
}: {
  consultation: Consultation;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const done = consultation.participantId !== null;
  return (
    <Modal opened={opened} onClose={onClose} title={t("consultation.register.title")} size="80rem">
      {done ? (
        <Stack>
          <Alert color="otagai" icon={<IconCircleCheck aria-hidden />} role="status">
            {t("consultation.register.done")}
          </Alert>
          <RegisteredLinks consultation={consultation} />
          <Group>
            <Button variant="default" onClick={onClose}>
              {t("consultation.register.close")}
            </Button>
          </Group>
        </Stack>
      ) : (
        <RegisterForm consultation={consultation} />
      )}
    </Modal>
  );
}
