import { Badge, Group, List, Paper, Stack, Text, Title } from "@mantine/core";
import type { MergePreview } from "@otagai/shared/support/duplicates";
import type { JSX } from "react";
import { useTranslation } from "react-i18next";
import { formatDate, formatDateTime, fullKana, fullName } from "../person-format";

type Side = MergePreview["participant"];

/** One record of the pair: who it is and what it holds (all of it moves if it is not kept). */
export function MergeSideCard({
  side,
  label,
  kept,
}: {
  side: Side;
  label: string;
  kept: boolean;
}): JSX.Element {
  const { t, i18n } = useTranslation();
  const person = side.participant;
  const headingId = `merge-side-${person.id}`;
  return (
    <Paper
      component="section"
      withBorder
      p="md"
      aria-labelledby={headingId}
      bg={kept ? "otagai.0" : undefined}
    >
      <Stack gap={6}>
        <Group gap="xs">
          <Badge variant={kept ? "filled" : "outline"}>{label}</Badge>
          <Title order={3} size="h5" id={headingId}>
            {fullName(person)}
          </Title>
        </Group>
        <Text size="sm" c="dimmed">
          {fullKana(person)}
        </Text>
        {person.birthDate ? <Text size="sm">{formatDate(person.birthDate, i18n.language)}</Text> : null}
        <Text size="xs" c="dimmed">
          {t("support.duplicates.merge.registered", {
            date: formatDateTime(person.createdAt, i18n.language),
          })}
        </Text>
        <Text size="sm" fw={600} mt="xs">
          {t("support.duplicates.merge.holds")}
        </Text>
        <List size="sm" spacing={2}>
          <List.Item>{t("support.duplicates.merge.cases", { count: person.cases.length })}</List.Item>
          <List.Item>{t("support.duplicates.merge.activities", { count: side.activityCount })}</List.Item>
          <List.Item>{t("support.duplicates.merge.consents", { count: person.consents.length })}</List.Item>
          {side.hasSensitiveSection === null ? null : (
            <List.Item>
              {side.hasSensitiveSection
                ? t("support.duplicates.merge.sensitive.has")
                : t("support.duplicates.merge.sensitive.none")}
            </List.Item>
          )}
        </List>
      </Stack>
    </Paper>
  );
}
