import { getRouteApi } from "@tanstack/react-router";
import type { JSX } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../../app/api-client";
import { NotFoundPage } from "../../../app/not-found-page";
import { PageHeader } from "../../../components/page-header";
import { ErrorState } from "../../../components/query-state";
import { AnchorLink } from "../../../components/router-links";
import { DaySheet } from "../placements/attendance/day-sheet";
import { isWorkplaceId, useWorkplace } from "./api/get-workplace";

const routeApi = getRouteApi("/_authenticated/support/workplaces/$id/day-sheet");

/** 日ごとの出欠 of one workplace, for staff: everyone placed there on a day, entered together. */
export function WorkplaceDaySheetPage(): JSX.Element {
  const { t } = useTranslation();
  const { id } = routeApi.useParams();
  const workplace = useWorkplace(id);
  if (!isWorkplaceId(id) || (isApiError(workplace.error) && workplace.error.status === 404)) {
    return <NotFoundPage />;
  }
  return (
    <>
      <AnchorLink to="/support/workplaces/$id" params={{ id }} size="sm">
        {workplace.data?.name ?? t("support.workplaces.detailTitle")}
      </AnchorLink>
      <PageHeader
        title={t("support.daySheet.pageTitle", { workplace: workplace.data?.name ?? "" })}
        lead={t("support.daySheet.lead")}
      />
      {workplace.isError ? (
        <ErrorState error={workplace.error} onRetry={() => void workplace.refetch()} />
      ) : null}
      <DaySheet daySheetBase={`/api/workplaces/${encodeURIComponent(id)}/day-sheet`} />
    </>
  );
}
