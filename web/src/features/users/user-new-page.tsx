import type { JSX } from "react";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../components/page-header";
import { BackToListLink } from "./components/back-to-list-link";
import { UserCreateForm } from "./components/user-create-form";

export function UserNewPage(): JSX.Element {
  const { t } = useTranslation();
  return (
    <>
      <BackToListLink />
      <PageHeader title={t("users.createTitle")} />
      <UserCreateForm />
    </>
  );
}
