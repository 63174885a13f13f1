import { useNavigate } from "@tanstack/react-router";
import type { JSX } from "react";
import { useTranslation } from "react-i18next";
import { BackLink } from "../../components/back-link";
import { PageHeader } from "../../components/page-header";
import { useCreateConsultation } from "./api/save-consultation";
import { ConsultationForm } from "./components/consultation-form";

export function ConsultationNewPage(): JSX.Element {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateConsultation();
  return (
    <>
      <BackLink to="/consultation">{t("consultation.form.backToList")}</BackLink>
      <PageHeader title={t("consultation.form.newTitle")} lead={t("consultation.form.newLead")} />
      <ConsultationForm
        mutation={create}
        onSave={async (input) => {
          const saved = await create.mutateAsync(input);
          await navigate({
            to: "/consultation/consultations/$id",
            params: { id: saved.id },
            search: { saved: true },
          });
        }}
      />
    </>
  );
}
