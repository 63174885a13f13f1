import { Paper, Stack, Text, Title } from "@mantine/core";
import { getRouteApi } from "@tanstack/react-router";
import type { JSX } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../../../app/api-client";
import { NotFoundPage } from "../../../../app/not-found-page";
import { PageHeader } from "../../../../components/page-header";
import { ErrorState, LoadingState } from "../../../../components/query-state";
import { isPlacementId } from "../api/placements";
import { usePortalPlacement } from "../api/portal-placements";
import { AttendanceWeekGrid } from "../attendance/attendance-week-grid";
import { PlacementDetail, PlacementDetails } from "../components/placement-detail";
import { PlacementStatusBadge } from "../components/placement-status-badge";
import { EvaluationsSection } from "../evaluations/evaluations-section";
import { usePlacementFormat } from "../placement-format";
import { PortalBackLink } from "./portal-back-link";

const routeApi = getRouteApi("/_authenticated/portal/placements/$id");

/**
 * One trainee's placement as the workplace sees it: the schedule, the tasks, whom to ask, the
 * coordinator's notes; attendance by the week and the workplace's evaluations. Nothing more of the
 * person (portal.ts is the whole of what the server sends).
 */
export function PortalPlacementPage(): JSX.Element {
  const { t } = useTranslation();
  const format = usePlacementFormat();
  const p = "support.placements" as const;
  const { id } = routeApi.useParams();
  const placement = usePortalPlacement(id);

  // Another workplace's placement answers 404, as one that does not exist.
  if (!isPlacementId(id) || (isApiError(placement.error) && placement.error.status === 404)) {
    return <NotFoundPage />;
  }

  const data = placement.data;
  const placementBase = `/api/portal/placements/${id}`;
  return (
    <>
      <PortalBackLink />
      <PageHeader
        title={data ? t(`${p}.portal.placementTitle`, { name: data.participantName }) : t(`${p}.detailTitle`)}
        lead={data?.workplaceName}
      />
      {placement.isPending ? <LoadingState /> : null}
      {placement.isError ? (
        <ErrorState error={placement.error} onRetry={() => void placement.refetch()} />
      ) : null}
      {data ? (
        <Stack gap="lg" maw={1000}>
          <Paper
            component="section"
            withBorder
            p={{ base: "sm", sm: "lg" }}
            aria-labelledby="portal-placement-heading"
          >
            <Title order={2} size="h4" mb="md" id="portal-placement-heading">
              {t(`${p}.details`)}
            </Title>
            <PlacementDetails>
              <PlacementDetail
                label={t(`${p}.fields.status`)}
                value={<PlacementStatusBadge status={data.status} />}
              />
              <PlacementDetail label={t(`${p}.fields.schedule`)} value={format.schedule(data)} />
              <PlacementDetail label={t(`${p}.fields.period`)} value={format.period(data)} />
              <PlacementDetail
                label={t(`${p}.fields.employmentType`)}
                value={t(`${p}.employmentTypes.${data.employmentType}`)}
              />
              <PlacementDetail label={t(`${p}.fields.supervisorName`)} value={data.supervisorName} />
              <PlacementDetail
                label={t(`${p}.portal.coordinator`)}
                value={data.coordinatorName ?? t(`${p}.values.noCoordinator`)}
              />
              <PlacementDetail label={t(`${p}.fields.tasks`)} value={data.tasks} wide />
            </PlacementDetails>
          </Paper>
          <Paper
            component="section"
            withBorder
            p={{ base: "sm", sm: "lg" }}
            aria-labelledby="portal-guidance-heading"
          >
            <Title order={2} size="h4" mb="sm" id="portal-guidance-heading">
              {t(`${p}.portal.guidance`)}
            </Title>
            <Text size="sm" style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
              {data.guidanceNotes || t(`${p}.portal.noGuidance`)}
            </Text>
          </Paper>
          <AttendanceWeekGrid placementBase={placementBase} placement={data} />
          <EvaluationsSection placementBase={placementBase} editable={["workplace"]} portal />
        </Stack>
      ) : null}
    </>
  );
}
