import type { JSX } from "react";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../../components/page-header";
import { ReportsNav } from "../components/reports-nav";

/** The reports' front page: the programs' overview for the fiscal year. */
export function DashboardPage(): JSX.Element {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t("reports.title")} />
      <ReportsNav current="dashboard" />
    </>
  );
}
