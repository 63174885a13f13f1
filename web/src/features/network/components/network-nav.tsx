import { Group } from "@mantine/core";
import type { JSX } from "react";
import { useTranslation } from "react-i18next";
import { ButtonLink } from "../../../components/router-links";
import { networkPages } from "../network-pages";

/**
 * The network's sub-areas as a row of links, on top of each sub-area's page; the current one is
 * marked (aria-current) so the row also says where the user is.
 */
export function NetworkNav({ current }: { current?: (typeof networkPages)[number]["key"] }): JSX.Element {
  const { t } = useTranslation();
  return (
    <Group component="nav" aria-label={t("network.nav.label")} gap="xs" mb="md">
      {networkPages.map((page) => (
        <ButtonLink
          key={page.key}
          to={page.to}
          variant={page.key === current ? "filled" : "light"}
          size="sm"
          leftSection={<page.icon size={16} aria-hidden />}
          aria-current={page.key === current ? "page" : undefined}
        >
          {t(`network.nav.${page.key}`)}
        </ButtonLink>
      ))}
    </Group>
  );
}
