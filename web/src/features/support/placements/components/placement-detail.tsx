import { SimpleGrid, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

/** One term and its value in a placement's <dl>; "未入力" when empty. */
export function PlacementDetail({ label, value, wide }: { label: string; value: ReactNode; wide?: boolean }) {
  const { t } = useTranslation();
  const empty = value === "" || value === null || value === undefined;
  return (
    <div style={wide ? { gridColumn: "1 / -1" } : undefined}>
      <Text size="xs" c="dimmed" component="dt">
        {label}
      </Text>
      <Text
        size="sm"
        component="dd"
        m={0}
        c={empty ? "dimmed" : undefined}
        style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}
      >
        {empty ? t("support.workplaces.notSet") : value}
      </Text>
    </div>
  );
}

/** A grid of details: one column on a phone, more as the screen widens. */
export function PlacementDetails({ children, wide = 3 }: { children: ReactNode; wide?: 2 | 3 }) {
  return (
    <SimpleGrid component="dl" cols={{ base: 1, xs: 2, md: wide }} spacing="md" verticalSpacing="sm" m={0}>
      {children}
    </SimpleGrid>
  );
}
