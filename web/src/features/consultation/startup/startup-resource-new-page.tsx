import type { StartupResourceInput } from "@otagai/shared/consultation/startup";
import { useNavigate } from "@tanstack/react-router";
import type { JSX } from "react";
import { useTranslation } from "react-i18next";
import { BackLink } from "../../../components/back-link";
import { PageHeader } from "../../../components/page-header";
import { useCreateStartupResource } from "./api/startup-resources";
import { StartupResourceForm } from "./components/startup-resource-form";

/** Adds a grant or a guide to the directory, then shows it. */
export function StartupResourceNewPage(): JSX.Element {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateStartupResource();

  async function save(input: StartupResourceInput) {
    const created = await create.mutateAsync(input);
    await navigate({ to: "/consultation/startup/$id", params: { id: created.id }, search: { saved: true } });
  }

  return (
    <>
      <BackLink to="/consultation/startup">{t("consultation.startup.backToList")}</BackLink>
      <PageHeader title={t("consultation.startup.newTitle")} />
      <StartupResourceForm
        mutation={create}
        onSave={save}
        onCancel={() => void navigate({ to: "/consultation/startup" })}
      />
    </>
  );
}
