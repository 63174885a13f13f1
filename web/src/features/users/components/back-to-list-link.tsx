import { IconArrowLeft } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { AnchorLink } from "../../../components/router-links";

/** "一覧に戻る": back to the user list, above the page heading. */
export function BackToListLink() {
  const { t } = useTranslation();
  return (
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
  );
}
