import { useTranslation } from "react-i18next";
import { BackLink } from "../../../components/back-link";

/** "一覧に戻る": back to the user list. */
export function BackToListLink() {
  const { t } = useTranslation();
  return <BackLink to="/admin/users">{t("users.backToList")}</BackLink>;
}
