import { Checkbox, Fieldset, SimpleGrid, Stack, Text } from "@mantine/core";
import { type ConcernTopic, concernTopics } from "@otagai/shared/support/concern-topics";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

/**
 * The sixteen topics in the form's order, in the groups the paper form's rows make: living and
 * money, work, family and relations, and the rest. Each group is a fieldset with its legend.
 */
const topicGroups: { key: "living" | "work" | "relations" | "other"; topics: ConcernTopic[] }[] = [
  { key: "living", topics: concernTopics.slice(0, 6) },
  { key: "work", topics: concernTopics.slice(6, 8) },
  { key: "relations", topics: concernTopics.slice(8, 14) },
  { key: "other", topics: concernTopics.slice(14) },
];

/**
 * The 相談受付・申込票's concern topics as grouped checkboxes (the case intake, the consultation
 * desk): `onToggle` gets each change; the chosen stay in the topics' own order for the caller.
 */
export function ConcernTopicGroups({
  chosen,
  onToggle,
  error,
  errorId,
}: {
  chosen: readonly string[];
  onToggle: (topic: ConcernTopic, checked: boolean) => void;
  error?: ReactNode;
  /** The id of the error's text, which the checkboxes name as their description when invalid. */
  errorId: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        {topicGroups.map((group) => (
          <Fieldset
            key={group.key}
            legend={t(`support.cases.ui.intake.topicGroups.${group.key}`)}
            variant="filled"
          >
            <Stack gap={8}>
              {group.topics.map((topic) => (
                <Checkbox
                  key={topic}
                  label={t(`support.concernTopics.${topic}`)}
                  checked={chosen.includes(topic)}
                  onChange={(event) => onToggle(topic, event.currentTarget.checked)}
                  error={Boolean(error) || undefined}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? errorId : undefined}
                />
              ))}
            </Stack>
          </Fieldset>
        ))}
      </SimpleGrid>
      {error ? (
        <Text id={errorId} size="sm" c="var(--mantine-color-error)">
          {error}
        </Text>
      ) : null}
    </>
  );
}

/** The chosen topics after one checkbox changed, in the topics' order. */
export function toggledTopics(
  chosen: readonly string[],
  topic: ConcernTopic,
  checked: boolean,
): ConcernTopic[] {
  const set = new Set(chosen);
  if (checked) set.add(topic);
  else set.delete(topic);
  return concernTopics.filter((candidate) => set.has(candidate));
}
