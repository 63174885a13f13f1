import { IconArrowLeft } from "@tabler/icons-react";
import type { JSX } from "react";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../components/page-header";
import { AnchorLink } from "../../components/router-links";
import { UserCreateForm } from "./components/user-create-form";

export function UserNewPage(): JSX.Element {
  const { t } = useTranslation();
  return (
    <>
      <AnchorLink
        to="/admin/users"
        search={{}}
        size="sm"
        display="inline-flex"
        mb="sm"
        style={{ alignItems: "center", gap: 4 }}
      >
        <IconArrowLeft size={16} aria-hidden />
        {t("users.backToList")}
      </AnchorLink>
      <PageHeader title={t("users.createTitle")} />
      <UserCreateForm />
    </>
  );
}
