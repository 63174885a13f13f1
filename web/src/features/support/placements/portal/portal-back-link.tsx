import { IconArrowLeft } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { AnchorLink } from "../../../../components/router-links";

/** Back to the portal's list of trainees, above a portal page's heading. */
export function PortalBackLink() {
  const { t } = useTranslation();
  return (
    <AnchorLink to="/portal" size="sm" display="inline-flex" mb="sm" style={{ alignItems: "center", gap: 4 }}>
      <IconArrowLeft size={16} aria-hidden />
      {t("support.placements.portal.backToList")}
    </AnchorLink>
  );
}
