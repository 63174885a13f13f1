import type { JSX } from "react";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../../components/page-header";
import { ButtonLink } from "../../../components/router-links";
import { ImportWizard } from "./components/import-wizard";

/** /support/import: participants from the office's Excel or CSV list. */
export function ImportPage(): JSX.Element {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t("support.import.title")} lead={t("support.import.lead")} />
      <ImportWizard
        kind="participants"
        mappingHelp={[t("support.import.mapping.nameHelp"), t("support.import.mapping.programHelp")]}
        doneText={(created) => t("support.import.done.body", { count: created.toLocaleString() })}
        doneActions={
          <ButtonLink to="/support/participants" search={{}}>
            {t("support.import.done.toList")}
          </ButtonLink>
        }
      />
    </>
  );
}
