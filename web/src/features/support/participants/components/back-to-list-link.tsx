import { useTranslation } from "react-i18next";
import { BackLink } from "../../../../components/back-link";

/** "利用者一覧に戻る": back to the participant list. */
export function BackToListLink() {
  const { t } = useTranslation();
  return <BackLink to="/support/participants">{t("support.participants.backToList")}</BackLink>;
}
