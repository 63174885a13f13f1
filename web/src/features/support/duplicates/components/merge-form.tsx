import { Alert, Button, Group, Radio, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import { modals } from "@mantine/modals";
import {
  type MergeField,
  type MergePreview,
  mergeFields,
  mergeParticipantInputSchema,
} from "@otagai/shared/support/duplicates";
import type { Participant } from "@otagai/shared/support/participants";
import { IconArrowsJoin, IconInfoCircle } from "@tabler/icons-react";
import { useNavigate } from "@tanstack/react-router";
import { type JSX, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../../../app/api-client";
import { MutationError } from "../../../../components/query-state";
import { useMergeParticipants } from "../api/merge-participants";
import { formatDate, formatDateTime, fullName } from "../person-format";
import { MergeSideCard } from "./merge-side-card";

type RecordKey = "A" | "B";
type Side = MergePreview["participant"];

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === "";
}

/** At first, each field keeps the survivor's value, or the other's where the survivor's is empty. */
function defaultChoices(survivor: Participant, other: Participant, fields: MergeField[], keep: RecordKey) {
  const otherKey: RecordKey = keep === "A" ? "B" : "A";
  return Object.fromEntries(
    fields.map((field) => [field, isEmpty(survivor[field]) && !isEmpty(other[field]) ? otherKey : keep]),
  ) as Partial<Record<MergeField, RecordKey>>;
}

/**
 * Which record survives and, field by field, whose value it keeps; then the merge (after a
 * confirmation) and on to the kept record. Only the fields that differ are choices.
 */
export function MergeForm({
  sides,
  differingFields,
  onReload,
}: {
  /** Record A and record B, in the order of the address. */
  sides: { A: Side; B: Side };
  differingFields: MergeField[];
  onReload: () => void;
}): JSX.Element {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const merge = useMergeParticipants();
  const [keep, setKeep] = useState<RecordKey>("A");
  const otherKey: RecordKey = keep === "A" ? "B" : "A";
  const [choices, setChoices] = useState(() =>
    defaultChoices(sides.A.participant, sides.B.participant, differingFields, "A"),
  );
  const labels: Record<RecordKey, string> = {
    A: t("support.duplicates.merge.recordA"),
    B: t("support.duplicates.merge.recordB"),
  };
  const sameFields = useMemo(
    () => mergeFields.filter((field) => !differingFields.includes(field)),
    [differingFields],
  );

  function display(field: MergeField, value: unknown): string {
    if (isEmpty(value)) return t("support.duplicates.merge.empty");
    return field === "birthDate" ? formatDate(String(value), i18n.language) : String(value);
  }

  function chooseSurvivor(next: RecordKey) {
    setKeep(next);
    const survivor = sides[next].participant;
    const other = sides[next === "A" ? "B" : "A"].participant;
    setChoices(defaultChoices(survivor, other, differingFields, next));
    merge.reset();
  }

  function submit() {
    const survivor = sides[keep].participant;
    const other = sides[otherKey].participant;
    const input = mergeParticipantInputSchema.parse({
      otherId: other.id,
      keep: Object.fromEntries(
        differingFields.map((field) => [field, choices[field] === keep ? "this" : "other"]),
      ),
      version: survivor.version,
      otherVersion: other.version,
    });
    modals.openConfirmModal({
      title: t("support.duplicates.merge.confirmTitle"),
      centered: true,
      closeButtonProps: { "aria-label": t("common.cancel") },
      children: (
        <Text>
          {t("support.duplicates.merge.confirmBody", {
            other: fullName(other),
            otherLabel: labels[otherKey],
            survivor: fullName(survivor),
            survivorLabel: labels[keep],
          })}
        </Text>
      ),
      labels: { confirm: t("support.duplicates.merge.confirm"), cancel: t("common.cancel") },
      confirmProps: { color: "red.8" },
      onConfirm: () =>
        merge.mutate(
          { survivorId: survivor.id, input },
          {
            onSuccess: (kept) =>
              void navigate({
                to: "/support/participants/$id",
                params: { id: kept.id },
                search: { merged: true },
              }),
          },
        ),
    });
  }

  const stale = isApiError(merge.error) && ["STALE_UPDATE", "ALREADY_MERGED"].includes(merge.error.code);
  const bothSensitive = sides.A.hasSensitiveSection && sides.B.hasSensitiveSection;
  const onlyOtherSensitive = sides[otherKey].hasSensitiveSection && !sides[keep].hasSensitiveSection;

  return (
    <Stack gap="lg">
      <Radio.Group
        value={keep}
        onChange={(value) => chooseSurvivor(value as RecordKey)}
        label={t("support.duplicates.merge.keepRecordLegend")}
        description={t("support.duplicates.merge.keepRecordHelp")}
      >
        <Stack gap="xs" mt="xs">
          {(["A", "B"] as const).map((key) => (
            <Radio
              key={key}
              value={key}
              label={t("support.duplicates.merge.keepRecordOption", {
                label: labels[key],
                name: fullName(sides[key].participant),
                registered: formatDateTime(sides[key].participant.createdAt, i18n.language),
              })}
            />
          ))}
        </Stack>
      </Radio.Group>

      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <MergeSideCard side={sides.A} label={labels.A} kept={keep === "A"} />
        <MergeSideCard side={sides.B} label={labels.B} kept={keep === "B"} />
      </SimpleGrid>
      <Text size="sm" c="dimmed">
        {t("support.duplicates.merge.hiddenNote")}
      </Text>
      {bothSensitive || onlyOtherSensitive ? (
        <Alert color="blue" icon={<IconInfoCircle aria-hidden />}>
          {bothSensitive
            ? t("support.duplicates.merge.sensitive.both")
            : t("support.duplicates.merge.sensitive.moved")}
        </Alert>
      ) : null}

      <Stack component="section" gap="sm" aria-labelledby="merge-fields-heading">
        <Title order={2} size="h4" id="merge-fields-heading">
          {t("support.duplicates.merge.fieldsCaption")}
        </Title>
        <Text size="sm" c="dimmed">
          {t("support.duplicates.merge.fieldsLead")}
        </Text>
        {differingFields.map((field) => (
          <Radio.Group
            key={field}
            value={choices[field] ?? keep}
            onChange={(value) => setChoices((current) => ({ ...current, [field]: value as RecordKey }))}
            label={t(`support.participants.fields.${field}`)}
          >
            <SimpleGrid cols={{ base: 1, sm: 2 }} mt={6} spacing="xs">
              {(["A", "B"] as const).map((key) => (
                <Radio
                  key={key}
                  value={key}
                  label={t("support.duplicates.merge.valueOption", {
                    label: labels[key],
                    value: display(field, sides[key].participant[field]),
                  })}
                  styles={{ label: { whiteSpace: "pre-wrap", overflowWrap: "anywhere" } }}
                />
              ))}
            </SimpleGrid>
          </Radio.Group>
        ))}
        {sameFields.length > 0 ? (
          <Table.ScrollContainer minWidth={320}>
            <Table captionSide="top" verticalSpacing={4}>
              <Table.Caption ta="left" c="dimmed">
                {t("support.duplicates.merge.same")}
              </Table.Caption>
              <Table.Tbody>
                {sameFields.map((field) => (
                  <Table.Tr key={field}>
                    <Table.Th scope="row" fw={500} w="40%">
                      {t(`support.participants.fields.${field}`)}
                    </Table.Th>
                    <Table.Td style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
                      {display(field, sides.A.participant[field])}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : null}
      </Stack>

      <MutationError error={merge.error} title={t("support.duplicates.merge.failedTitle")} />
      <Group gap="sm">
        {stale ? (
          <Button
            variant="default"
            onClick={() => {
              merge.reset();
              onReload();
            }}
          >
            {t("support.duplicates.merge.reload")}
          </Button>
        ) : null}
        <Button
          color="red.8"
          leftSection={<IconArrowsJoin size={16} aria-hidden />}
          loading={merge.isPending}
          onClick={submit}
        >
          {t("support.duplicates.merge.submit")}
        </Button>
      </Group>
    </Stack>
  );
}
