import type { JSX } from "react";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../../components/page-header";
import { BackToListLink } from "./components/back-to-list-link";
import { WorkplaceCreateForm } from "./components/workplace-create-form";

export function WorkplaceNewPage(): JSX.Element {
  const { t } = useTranslation();
  return (
    <>
      <BackToListLink />
      <PageHeader title={t("support.workplaces.createTitle")} lead={t("support.workplaces.createLead")} />
      <WorkplaceCreateForm />
    </>
  );
}
