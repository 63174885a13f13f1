import type { JSX } from "react";
import { useTranslation } from "react-i18next";
import { AreaSubNav } from "../../../components/area-sub-nav";
import { reportsPages } from "../reports-pages";

/** The reports' sub-areas as a row of links, on top of each sub-area's page. */
export function ReportsNav({ current }: { current?: (typeof reportsPages)[number]["key"] }): JSX.Element {
  const { t } = useTranslation();
  return (
    <AreaSubNav
      pages={reportsPages}
      label={t("reports.nav.label")}
      labelOf={(key) => t(`reports.nav.${key}`)}
      current={current}
    />
  );
}
