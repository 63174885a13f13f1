import type { JSX } from "react";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../../components/page-header";
import { BackToListLink } from "./components/back-to-list-link";
import { ParticipantCreateForm } from "./components/participant-create-form";

export function ParticipantNewPage(): JSX.Element {
  const { t } = useTranslation();
  return (
    <>
      <BackToListLink />
      <PageHeader title={t("support.participants.createTitle")} lead={t("support.participants.createLead")} />
      <ParticipantCreateForm />
    </>
  );
}
