import { IconArrowLeft } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { AnchorLink } from "../../../../components/router-links";

/** "利用者一覧に戻る": back to the participant list, above the page heading. */
export function BackToListLink() {
  const { t } = useTranslation();
  return (
    <AnchorLink
      to="/support/participants"
      search={{}}
      size="sm"
      display="inline-flex"
      mb="sm"
      style={{ alignItems: "center", gap: 4 }}
    >
      <IconArrowLeft size={16} aria-hidden />
      {t("support.participants.backToList")}
    </AnchorLink>
  );
}
