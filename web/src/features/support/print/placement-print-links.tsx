import { Group } from "@mantine/core";
import type { Placement } from "@otagai/shared/support/placements";
import { IconPrinter } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { AnchorLink } from "../../../components/router-links";

/** The placement's print views (each with its PDF): this month's attendance, each term's evaluation. */
export function PlacementPrintLinks({ placement }: { placement: Placement }) {
  const { t } = useTranslation();
  const style = { alignItems: "center", gap: 4 } as const;
  return (
    <Group gap="md">
      <AnchorLink
        to="/support/placements/$id/print/attendance"
        params={{ id: placement.id }}
        search={{}}
        size="sm"
        display="inline-flex"
        style={style}
      >
        <IconPrinter size={16} aria-hidden />
        {t("support.forms.printAttendance")}
      </AnchorLink>
      {Array.from({ length: placement.termCount }, (_, index) => index + 1).map((term) => (
        <AnchorLink
          key={term}
          to="/support/placements/$id/print/evaluation"
          params={{ id: placement.id }}
          search={{ term }}
          size="sm"
          display="inline-flex"
          style={style}
        >
          <IconPrinter size={16} aria-hidden />
          {`${t("support.forms.printEvaluation")}（${term}）`}
        </AnchorLink>
      ))}
    </Group>
  );
}
