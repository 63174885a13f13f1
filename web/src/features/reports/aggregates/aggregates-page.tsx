import type { JSX } from "react";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../../components/page-header";
import { ReportsNav } from "../components/reports-nav";

export function AggregatesPage(): JSX.Element {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t("reports.aggregates.title")} />
      <ReportsNav current="aggregates" />
    </>
  );
}
