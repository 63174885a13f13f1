import { Button, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from "@mantine/core";
import { roleHas } from "@otagai/shared/platform/permissions";
import { openCaseInputSchema } from "@otagai/shared/support/cases";
import type { Participant } from "@otagai/shared/support/participants";
import { IconPlus } from "@tabler/icons-react";
import { useNavigate } from "@tanstack/react-router";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useCurrentUser } from "../../../../app/session";
import { MutationError } from "../../../../components/query-state";
import { AnchorLink } from "../../../../components/router-links";
import { useSchemaForm } from "../../../../components/use-form";
import { useCaseLeadOptions } from "../../cases/api/find-case-leads";
import { usePrograms } from "../api/get-programs";
import { useOpenCase } from "../api/open-case";
import { formatDate, todayInJapan } from "../participant-format";
import { CaseStatusBadge } from "./case-status-badge";

function OpenCaseForm({ participantId, onCancel }: { participantId: string; onCancel: () => void }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const open = useOpenCase(participantId);
  const programs = usePrograms();
  const firstRef = useRef<HTMLInputElement>(null);
  useEffect(() => firstRef.current?.focus(), []);
  const form = useSchemaForm({
    initialValues: {
      programId: null as string | null,
      fundingStreamId: null as string | null,
      leadCoordinatorId: (me.role === "coordinator" ? me.id : null) as string | null,
      openedOn: todayInJapan(),
    },
    schema: openCaseInputSchema,
    mutation: open,
    toInput: (values) => ({ ...values, participantId }),
  });
  const programId = form.getValues().programId;
  // Funding streams counted apart within the chosen program (生活困窮者 / 被保護者 …): the active ones.
  const streams = (programs.data?.items ?? [])
    .find((program) => program.id === programId)
    ?.fundingStreams.filter((stream) => stream.active);

  // A user limited to some programs opens cases only in those (the server refuses the others).
  const programOptions = (programs.data?.items ?? [])
    .filter((program) => program.active && (me.programIds.length === 0 || me.programIds.includes(program.id)))
    .map((program) => ({ value: program.id, label: program.name }));
  // Who may lead a case of the chosen program (the server checks it too).
  const leads = useCaseLeadOptions(programId, me, (name) => t("support.participants.me", { name }));

  const submit = form.submit(async (input) => {
    const opened = await open.mutateAsync(input);
    await navigate({ to: "/support/cases/$id", params: { id: opened.id } });
  });

  return (
    <Paper
      component="form"
      withBorder
      p="md"
      radius="md"
      ref={form.ref}
      onSubmit={submit}
      noValidate
      aria-labelledby="case-open-heading"
      mt="sm"
    >
      <Stack gap="sm">
        <Title order={3} size="h5" id="case-open-heading">
          {t("support.participants.cases.openTitle")}
        </Title>
        <MutationError error={open.error} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            ref={firstRef}
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
            error={
              form.errors.programId ??
              (programs.isError ? t("support.participants.programsLoadFailed") : undefined)
            }
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
          <Select
            label={t("support.participants.cases.leadCoordinator")}
            data={leads.options}
            placeholder={t("support.participants.cases.leadCoordinatorNone")}
            clearable
            searchable
            nothingFoundMessage={t("common.noResults")}
            disabled={programId === null || leads.isPending}
            {...form.getInputProps("leadCoordinatorId")}
          />
          <TextInput
            type="date"
            label={t("support.participants.cases.openedOn")}
            required
            {...form.getInputProps("openedOn")}
          />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={open.isPending}>
            {t("support.participants.cases.openCase")}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** The participant's cases the user may see, each with its program and step; opening a new one. */
export function CasesSection({ participant }: { participant: Participant }) {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const programs = usePrograms();
  const [opening, setOpening] = useState(false);
  const canOpen = roleHas(me.role, "cases.write");
  const canRead = roleHas(me.role, "cases.read");
  const names = new Map((programs.data?.items ?? []).map((program) => [program.id, program.name]));

  return (
    <Paper component="section" withBorder p="lg" aria-labelledby="cases-heading">
      <Group justify="space-between" align="flex-start" mb="xs">
        <Title order={2} size="h4" id="cases-heading">
          {t("support.participants.cases.title")}
        </Title>
        {canOpen && !opening ? (
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={() => setOpening(true)}
          >
            {t("support.participants.cases.open")}
          </Button>
        ) : null}
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        {t("support.participants.cases.lead")}
      </Text>
      {participant.cases.length === 0 ? (
        <Text size="sm">{t("support.participants.cases.empty")}</Text>
      ) : (
        <Stack
          component="ul"
          gap="xs"
          p={0}
          m={0}
          style={{ listStyle: "none" }}
          aria-label={t("support.participants.cases.tableCaption")}
        >
          {participant.cases.map((item) => {
            const program = names.get(item.programId) ?? t("support.participants.cases.unknownProgram");
            return (
              <Paper component="li" key={item.id} withBorder p="sm" radius="md">
                <Group justify="space-between" gap="xs">
                  <div>
                    {canRead ? (
                      <AnchorLink
                        to="/support/cases/$id"
                        params={{ id: item.id }}
                        fw={600}
                        aria-label={t("support.participants.cases.viewCase", { program })}
                      >
                        {program}
                      </AnchorLink>
                    ) : (
                      <Text fw={600}>{program}</Text>
                    )}
                    <Text size="sm" c="dimmed">
                      {t("support.participants.cases.openedOnLabel", {
                        date: formatDate(item.openedOn, i18n.language),
                      })}
                    </Text>
                  </div>
                  <CaseStatusBadge status={item.status} />
                </Group>
              </Paper>
            );
          })}
        </Stack>
      )}
      {opening ? <OpenCaseForm participantId={participant.id} onCancel={() => setOpening(false)} /> : null}
    </Paper>
  );
}
