import { Alert } from "@mantine/core";
import { IconLock } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { PageHeader } from "./page-header";

export function ForbiddenPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t("common.noPermissionTitle")} />
      <Alert color="orange" icon={<IconLock aria-hidden />} maw={720}>
        {t("common.noPermission")}
      </Alert>
    </>
  );
}
