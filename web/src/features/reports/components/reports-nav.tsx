import { Group } from "@mantine/core";
import type { JSX } from "react";
import { useTranslation } from "react-i18next";
import { ButtonLink } from "../../../components/router-links";
import { reportsPages } from "../reports-pages";

/**
 * The reports' sub-areas as a row of links, on top of each sub-area's page; the current one is
 * marked (aria-current) so the row also says where the user is.
 */
export function ReportsNav({ current }: { current?: (typeof reportsPages)[number]["key"] }): JSX.Element {
  const { t } = useTranslation();
  return (
    <Group component="nav" aria-label={t("reports.nav.label")} gap="xs" mb="md">
      {reportsPages.map((page) => (
        <ButtonLink
          key={page.key}
          to={page.to}
          variant={page.key === current ? "filled" : "light"}
          size="sm"
          leftSection={<page.icon size={16} aria-hidden />}
          aria-current={page.key === current ? "page" : undefined}
        >
          {t(`reports.nav.${page.key}`)}
        </ButtonLink>
      ))}
    </Group>
  );
}
