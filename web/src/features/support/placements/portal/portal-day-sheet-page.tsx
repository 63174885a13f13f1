import { Stack, Text } from "@mantine/core";
import type { JSX } from "react";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../../../components/page-header";
import { DaySheet } from "../attendance/day-sheet";
import { PortalBackLink } from "./portal-back-link";

/** A whole day's attendance at the partner's workplace, everyone placed there that day, saved at once. */
export function PortalDaySheetPage(): JSX.Element {
  const { t } = useTranslation();
  const p = "support.placements.portal" as const;
  return (
    <>
      <PortalBackLink />
      <PageHeader title={t(`${p}.daySheetTitle`)} />
      <Stack gap="md" maw={1000}>
        <Text size="sm">{t(`${p}.daySheetLead`)}</Text>
        <DaySheet daySheetBase="/api/portal/day-sheet" />
      </Stack>
    </>
  );
}
