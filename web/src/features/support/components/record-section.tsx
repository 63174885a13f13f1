import { Button, Group, Paper, Text, Title } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import type { ReactNode } from "react";

/**
 * A section of a record's page that lists its parts (certifications, outcomes …): the heading and
 * what it holds, the add button for those who may write, a short status line after a change.
 */
export function RecordSection({
  headingId,
  title,
  lead,
  addLabel,
  onAdd,
  notice,
  children,
}: {
  headingId: string;
  title: string;
  lead: string;
  /** Given with onAdd for those who may add. */
  addLabel?: string;
  onAdd?: () => void;
  /** "Saved." after a change, read out by screen readers. */
  notice?: string | null;
  children: ReactNode;
}) {
  return (
    <Paper component="section" withBorder p={{ base: "sm", sm: "lg" }} aria-labelledby={headingId}>
      <Group justify="space-between" align="flex-start" mb="md" gap="sm">
        <div>
          <Title order={2} size="h4" id={headingId}>
            {title}
          </Title>
          <Text size="sm" c="dimmed">
            {lead}
          </Text>
        </div>
        {addLabel && onAdd ? (
          <Button
            variant="outline"
            size="sm"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={onAdd}
          >
            {addLabel}
          </Button>
        ) : null}
      </Group>
      {notice ? (
        <Text size="sm" c="otagai.8" role="status" mb="xs">
          {notice}
        </Text>
      ) : null}
      {children}
    </Paper>
  );
}
