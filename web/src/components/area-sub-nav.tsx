import { Group } from "@mantine/core";
import type { Icon } from "@tabler/icons-react";
import type { JSX } from "react";
import { ButtonLink } from "./router-links";

export type AreaSubPage<K extends string = string> = { key: K; to: string; icon: Icon };

/**
 * An area's sub-areas as a row of links on top of each sub-area's page; the current one is marked
 * (aria-current) so the row also says where the user is.
 */
export function AreaSubNav<K extends string>({
  pages,
  label,
  labelOf,
  current,
}: {
  pages: readonly AreaSubPage<K>[];
  /** The row's name (for screen readers). */
  label: string;
  labelOf: (key: K) => string;
  current?: K;
}): JSX.Element {
  return (
    <Group component="nav" aria-label={label} gap="xs" mb="md">
      {pages.map((page) => (
        <ButtonLink
          key={page.key}
          to={page.to}
          variant={page.key === current ? "filled" : "light"}
          size="sm"
          leftSection={<page.icon size={16} aria-hidden />}
          aria-current={page.key === current ? "page" : undefined}
        >
          {labelOf(page.key)}
        </ButtonLink>
      ))}
    </Group>
  );
}
