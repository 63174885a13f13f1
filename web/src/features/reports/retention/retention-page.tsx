import type { JSX } from "react";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../../components/page-header";
import { ReportsNav } from "../components/reports-nav";

export function RetentionPage(): JSX.Element {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t("reports.retention.title")} />
      <ReportsNav current="retention" />
    </>
  );
}
