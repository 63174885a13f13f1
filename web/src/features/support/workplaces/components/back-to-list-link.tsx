import { useTranslation } from "react-i18next";
import { BackLink } from "../../../../components/back-link";

/** "協力事業所の一覧へ": back to the workplace list. */
export function BackToListLink() {
  const { t } = useTranslation();
  return <BackLink to="/support/workplaces">{t("support.workplaces.backToList")}</BackLink>;
}
