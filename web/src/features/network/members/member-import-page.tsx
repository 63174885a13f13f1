import type { JSX } from "react";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../../components/page-header";
import { ButtonLink } from "../../../components/router-links";
// The platform's import wizard (participants use it too): one import UI for every importer.
import { ImportWizard } from "../../support/import/components/import-wizard";

/** /network/members/import: member organizations from the office's Excel or CSV list. */
export function MemberImportPage(): JSX.Element {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t("network.members.importTitle")} lead={t("network.members.importLead")} />
      <ImportWizard
        kind="member-organizations"
        mappingHelp={[t("network.members.importMappingHelp")]}
        doneText={(created) => t("network.members.importDone", { count: created.toLocaleString() })}
        doneActions={
          <ButtonLink to="/network/members" search={{}}>
            {t("network.members.toList")}
          </ButtonLink>
        }
      />
    </>
  );
}
