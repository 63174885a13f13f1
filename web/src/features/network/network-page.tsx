import { Paper, SimpleGrid, Text } from "@mantine/core";
import type { JSX } from "react";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../components/page-header";
import { AnchorLink } from "../../components/router-links";
import { networkPages } from "./network-pages";

/** The network's front page: one card per sub-area, with what it keeps. */
export function NetworkPage(): JSX.Element {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t("network.title")} />
      <Text mb="md">{t("network.lead")}</Text>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
        {networkPages.map((page) => (
          <Paper key={page.key} withBorder p="md">
            <AnchorLink to={page.to} fw={600}>
              <page.icon size={18} aria-hidden style={{ verticalAlign: "text-bottom", marginRight: 6 }} />
              {t(`network.nav.${page.key}`)}
            </AnchorLink>
          </Paper>
        ))}
      </SimpleGrid>
    </>
  );
}
