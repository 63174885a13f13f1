import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import {
  benefitKinds,
  type SensitiveSection,
  sensitiveSectionInputSchema,
} from "@otagai/shared/support/participants";
import { IconEye, IconEyeOff, IconLock, IconPencil, IconRefresh } from "@tabler/icons-react";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../../../app/api-client";
import { formatDateTime } from "../../../../components/format";
import { ErrorState, LoadingState, MutationError } from "../../../../components/query-state";
import { useSchemaForm } from "../../../../components/use-form";
import {
  forgetSensitiveSection,
  useSaveSensitiveSection,
  useSensitiveSection,
} from "../api/sensitive-section";

const textFields = [
  "health",
  "disability",
  "disabilityCertificate",
  "certificateGrade",
  "livelihood",
  "notes",
] as const;

function SensitiveView({ section }: { section: SensitiveSection }) {
  const { t, i18n } = useTranslation();
  const empty = textFields.every((field) => section[field] === "") && section.benefits.length === 0;
  if (empty) return <Text size="sm">{t("support.participants.sensitive.empty")}</Text>;
  return (
    <>
      <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm" m={0}>
        {textFields.map((field) => (
          <div key={field}>
            <Text size="xs" c="dimmed" component="dt">
              {t(`support.participants.sensitive.fields.${field}`)}
            </Text>
            <Text
              size="sm"
              component="dd"
              m={0}
              c={section[field] ? undefined : "dimmed"}
              style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}
            >
              {section[field] || t("support.participants.notSet")}
            </Text>
          </div>
        ))}
        <div>
          <Text size="xs" c="dimmed" component="dt">
            {t("support.participants.sensitive.fields.benefits")}
          </Text>
          <Group component="dd" m={0} gap={4}>
            {section.benefits.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t("support.participants.notSet")}
              </Text>
            ) : (
              section.benefits.map((benefit) => (
                <Badge
                  key={benefit}
                  color="gray"
                  c="dark"
                  variant="light"
                  radius="sm"
                  style={{ textTransform: "none" }}
                >
                  {t(`support.participants.sensitive.benefits.${benefit}`)}
                </Badge>
              ))
            )}
          </Group>
        </div>
      </SimpleGrid>
      {section.updatedAt ? (
        <Text size="xs" c="dimmed" mt="sm">
          {t("support.participants.sensitive.updatedAt", {
            time: formatDateTime(section.updatedAt, i18n.language),
          })}
        </Text>
      ) : null}
    </>
  );
}

function SensitiveEditForm({
  participantId,
  section,
  onDone,
  onCancel,
  onReload,
}: {
  participantId: string;
  section: SensitiveSection;
  onDone: () => void;
  onCancel: () => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const save = useSaveSensitiveSection(participantId);
  const firstRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => firstRef.current?.focus(), []);
  const form = useSchemaForm({
    initialValues: {
      health: section.health,
      disability: section.disability,
      disabilityCertificate: section.disabilityCertificate,
      certificateGrade: section.certificateGrade,
      livelihood: section.livelihood,
      benefits: section.benefits as string[],
      notes: section.notes,
    },
    schema: sensitiveSectionInputSchema,
    mutation: save,
    toInput: (values) => ({ ...values, version: section.version }),
  });
  const stale = isApiError(save.error) && save.error.code === "STALE_UPDATE" ? save.error : null;
  const submit = form.submit(async (input) => {
    await save.mutateAsync(input);
    onDone();
  });
  return (
    <form ref={form.ref} onSubmit={submit} noValidate>
      <Stack gap="sm">
        {stale ? (
          <Alert color="orange" title={t("support.participants.staleTitle")} role="alert">
            <Text size="sm" mb="sm">
              {stale.message}
            </Text>
            <Button
              size="xs"
              variant="outline"
              color="orange.9"
              leftSection={<IconRefresh size={14} aria-hidden />}
              onClick={onReload}
            >
              {t("support.participants.reloadLatest")}
            </Button>
          </Alert>
        ) : (
          <MutationError error={save.error} />
        )}
        <Textarea
          ref={firstRef}
          label={t("support.participants.sensitive.fields.health")}
          autosize
          minRows={2}
          maxRows={8}
          {...form.getInputProps("health")}
        />
        <Textarea
          label={t("support.participants.sensitive.fields.disability")}
          autosize
          minRows={2}
          maxRows={6}
          {...form.getInputProps("disability")}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t("support.participants.sensitive.fields.disabilityCertificate")}
            description={t("support.participants.sensitive.certificateHelp")}
            inputWrapperOrder={["label", "input", "description", "error"]}
            autoComplete="off"
            {...form.getInputProps("disabilityCertificate")}
          />
          <TextInput
            label={t("support.participants.sensitive.fields.certificateGrade")}
            autoComplete="off"
            {...form.getInputProps("certificateGrade")}
          />
        </SimpleGrid>
        <Textarea
          label={t("support.participants.sensitive.fields.livelihood")}
          autosize
          minRows={2}
          maxRows={8}
          {...form.getInputProps("livelihood")}
        />
        <Checkbox.Group
          label={t("support.participants.sensitive.fields.benefits")}
          {...form.getInputProps("benefits")}
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }} mt={6} spacing="xs">
            {benefitKinds.map((benefit) => (
              <Checkbox
                key={benefit}
                value={benefit}
                label={t(`support.participants.sensitive.benefits.${benefit}`)}
              />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <Textarea
          label={t("support.participants.sensitive.fields.notes")}
          autosize
          minRows={2}
          maxRows={8}
          {...form.getInputProps("notes")}
        />
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t("support.participants.sensitive.save")}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * The sensitive section (health, disability, livelihood, benefits), for those with its permission
 * only: loaded when they press "show", since every view is recorded in the audit trail, and
 * dropped from memory when hidden or when the page is left.
 */
export function SensitiveSectionCard({
  participantId,
  canWrite,
}: {
  participantId: string;
  canWrite: boolean;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [shown, setShown] = useState(false);
  const [editing, setEditing] = useState(false);
  const [generation, setGeneration] = useState(0);
  const [saved, setSaved] = useState(false);
  const section = useSensitiveSection(participantId, shown);

  useEffect(() => () => forgetSensitiveSection(queryClient, participantId), [queryClient, participantId]);

  function hide() {
    setShown(false);
    setEditing(false);
    setSaved(false);
    forgetSensitiveSection(queryClient, participantId);
  }

  return (
    <Paper
      component="section"
      withBorder
      p="lg"
      aria-labelledby="sensitive-heading"
      style={{ borderColor: "var(--mantine-color-orange-4)" }}
    >
      <Group justify="space-between" align="flex-start" mb="xs">
        <Title
          order={2}
          size="h4"
          id="sensitive-heading"
          style={{ display: "flex", alignItems: "center", gap: 6 }}
        >
          <IconLock size={18} aria-hidden />
          {t("support.participants.sensitive.title")}
        </Title>
        <Group gap="xs">
          {shown && section.data && canWrite && !editing ? (
            <Button
              size="xs"
              variant="light"
              leftSection={<IconPencil size={14} aria-hidden />}
              onClick={() => {
                setSaved(false);
                setEditing(true);
              }}
            >
              {t("support.participants.sensitive.edit")}
            </Button>
          ) : null}
          {shown ? (
            <Button
              size="xs"
              variant="default"
              leftSection={<IconEyeOff size={14} aria-hidden />}
              onClick={hide}
            >
              {t("support.participants.sensitive.hide")}
            </Button>
          ) : null}
        </Group>
      </Group>
      <Text size="sm" c="dimmed">
        {t("support.participants.sensitive.lead")}
      </Text>
      <Text size="sm" c="dimmed" mb="sm">
        {t("support.participants.sensitive.auditNote")}
      </Text>
      {!shown ? (
        <Button
          variant="outline"
          leftSection={<IconEye size={16} aria-hidden />}
          onClick={() => setShown(true)}
        >
          {t("support.participants.sensitive.show")}
        </Button>
      ) : null}
      {shown && section.isPending ? <LoadingState /> : null}
      {shown && section.isError ? (
        <ErrorState error={section.error} onRetry={() => void section.refetch()} />
      ) : null}
      <Text size="sm" role="status" c="dark">
        {saved ? t("support.participants.sensitive.saved") : null}
      </Text>
      {shown && section.data ? (
        editing ? (
          <SensitiveEditForm
            key={generation}
            participantId={participantId}
            section={section.data}
            onDone={() => {
              setEditing(false);
              setSaved(true);
            }}
            onCancel={() => setEditing(false)}
            onReload={() => {
              void section.refetch().then(() => setGeneration((value) => value + 1));
            }}
          />
        ) : (
          <SensitiveView section={section.data} />
        )
      ) : null}
    </Paper>
  );
}
