import { Paper, Stack, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

interface CardListProps<T> {
  /** Names the list for screen readers (the table's caption on a wide screen). */
  label: string;
  items: T[];
  itemKey: (item: T) => string | number;
  children: (item: T) => ReactNode;
}

/** A list as cards, for phones: every field of an item in view, nothing pushed off the screen. */
export function CardList<T>({ label, items, itemKey, children }: CardListProps<T>) {
  const { t } = useTranslation();
  if (items.length === 0) return <Text>{t("common.noResults")}</Text>;
  return (
    <Stack component="ul" gap="sm" p={0} m={0} aria-label={label} style={{ listStyle: "none" }}>
      {items.map((item) => (
        <Paper component="li" key={itemKey(item)} withBorder p="sm" radius="md">
          {children(item)}
        </Paper>
      ))}
    </Stack>
  );
}
