import { Group, Paper, Text, ThemeIcon } from "@mantine/core";
import { type ReactNode, useId } from "react";

interface StatCardProps {
  label: string;
  icon: ReactNode;
  children: ReactNode;
}

/** One figure: a labelled region (an <h2> names it) so screen readers can jump between cards. */
export function StatCard({ label, icon, children }: StatCardProps) {
  const headingId = useId();
  return (
    <Paper component="section" withBorder p="md" radius="md" aria-labelledby={headingId}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" mb="xs">
        <Text component="h2" id={headingId} size="sm" fw={600} c="dimmed" m={0}>
          {label}
        </Text>
        <ThemeIcon variant="light" size="lg" radius="md" aria-hidden>
          {icon}
        </ThemeIcon>
      </Group>
      {children}
    </Paper>
  );
}
