import type { JSX } from "react";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../../components/page-header";
import { AnchorLink } from "../../../components/router-links";
import { MemberCreateForm } from "./components/member-form";

/** /network/members/new */
export function MemberNewPage(): JSX.Element {
  const { t } = useTranslation();
  return (
    <>
      <AnchorLink to="/network/members" size="sm">
        {t("network.members.toList")}
      </AnchorLink>
      <PageHeader title={t("network.members.newTitle")} />
      <MemberCreateForm />
    </>
  );
}
