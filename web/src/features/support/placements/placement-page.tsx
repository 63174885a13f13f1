import { Alert, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { roleHas } from "@otagai/shared/platform/permissions";
import type { Placement } from "@otagai/shared/support/placements";
import { IconArrowLeft, IconCircleCheck, IconPencil } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { type JSX, useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../../app/api-client";
import { NotFoundPage } from "../../../app/not-found-page";
import { useCurrentUser } from "../../../app/session";
import { PageHeader } from "../../../components/page-header";
import { ErrorState, LoadingState } from "../../../components/query-state";
import { AnchorLink } from "../../../components/router-links";
import { useEditInPlace } from "../../../components/use-edit-in-place";
import { caseQueryOptions } from "../cases/api/get-case";
import { PlacementPrintLinks } from "../print/placement-print-links";
import { isPlacementId, usePlacement } from "./api/placements";
import { AttendanceWeekGrid } from "./attendance/attendance-week-grid";
import { PlacementDetail, PlacementDetails } from "./components/placement-detail";
import { PlacementEditForm } from "./components/placement-forms";
import { PlacementStatusBadge } from "./components/placement-status-badge";
import { PlacementTransitions } from "./components/placement-transitions";
import { EvaluationsSection } from "./evaluations/evaluations-section";
import { usePlacementFormat } from "./placement-format";
import type { PlacementValues } from "./placement-values";

const routeApi = getRouteApi("/_authenticated/support/placements/$id");

type Notice = { kind: "created" } | { kind: "saved" } | { kind: "moved"; to: Placement["status"] };

function PlacementProfile({ placement }: { placement: Placement }) {
  const { t } = useTranslation();
  const format = usePlacementFormat();
  const p = "support.placements" as const;
  return (
    <PlacementDetails>
      <PlacementDetail
        label={t(`${p}.fields.status`)}
        value={<PlacementStatusBadge status={placement.status} />}
      />
      <PlacementDetail label={t(`${p}.fields.workplace`)} value={placement.workplaceName} />
      <PlacementDetail
        label={t(`${p}.fields.employmentType`)}
        value={t(`${p}.employmentTypes.${placement.employmentType}`)}
      />
      <PlacementDetail label={t(`${p}.fields.period`)} value={format.period(placement)} />
      <PlacementDetail label={t(`${p}.fields.termCount`)} value={format.terms(placement)} />
      <PlacementDetail label={t(`${p}.fields.schedule`)} value={format.schedule(placement)} />
      <PlacementDetail label={t(`${p}.fields.supervisorName`)} value={placement.supervisorName} />
      <PlacementDetail
        label={t(`${p}.fields.coordinatorId`)}
        value={placement.coordinatorName ?? t(`${p}.values.noCoordinator`)}
      />
      {placement.endedOn ? (
        <PlacementDetail label={t(`${p}.fields.endedOn`)} value={format.date(placement.endedOn)} />
      ) : null}
      {placement.status === "ended_early" ? (
        <PlacementDetail label={t(`${p}.fields.endedReason`)} value={placement.endedReason} wide />
      ) : null}
      <PlacementDetail label={t(`${p}.fields.tasks`)} value={placement.tasks} wide />
      <PlacementDetail label={t(`${p}.fields.transportNotes`)} value={placement.transportNotes} />
      <PlacementDetail label={t(`${p}.fields.allowanceNotes`)} value={placement.allowanceNotes} />
      <PlacementDetail label={t(`${p}.fields.guidanceNotes`)} value={placement.guidanceNotes} wide />
    </PlacementDetails>
  );
}

/**
 * One placement (就労体験実習): its details, edited in place while planned or ongoing, the moves it
 * may make, its attendance week by week and its evaluations by the workplace and the coordinator.
 */
export function PlacementPage(): JSX.Element {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const p = "support.placements" as const;
  const { id } = routeApi.useParams();
  const search = routeApi.useSearch();
  const placement = usePlacement(id);
  const [notice, setNotice] = useState<Notice | null>(search.created ? { kind: "created" } : null);
  const edit = useEditInPlace<PlacementValues>({
    refetch: () => placement.refetch(),
    clearNotice: () => setNotice(null),
    onSaved: () => setNotice({ kind: "saved" }),
  });
  const data = placement.data;
  // The case's program says who may coordinate: read only once the form opens.
  const supportCase = useQuery({
    ...caseQueryOptions(data?.caseId ?? ""),
    enabled: edit.editing && Boolean(data),
  });
  const canWrite = roleHas(me.role, "cases.write");

  // An address that names no placement, or one outside the user's programs: "not found", never more.
  if (!isPlacementId(id) || (isApiError(placement.error) && placement.error.status === 404)) {
    return <NotFoundPage />;
  }

  const editable = data ? data.status === "planned" || data.status === "ongoing" : false;
  const placementBase = `/api/placements/${id}`;
  return (
    <>
      {data ? (
        <AnchorLink
          to="/support/cases/$id"
          params={{ id: data.caseId }}
          size="sm"
          display="inline-flex"
          mb="sm"
          style={{ alignItems: "center", gap: 4 }}
        >
          <IconArrowLeft size={16} aria-hidden />
          {t(`${p}.backToCase`)}
        </AnchorLink>
      ) : null}
      <PageHeader
        title={
          data
            ? t(`${p}.pageTitle`, { name: data.participantName, workplace: data.workplaceName })
            : t(`${p}.detailTitle`)
        }
      />
      {placement.isPending ? <LoadingState /> : null}
      {placement.isError ? (
        <ErrorState error={placement.error} onRetry={() => void placement.refetch()} />
      ) : null}
      {data ? (
        <Stack gap="lg" maw={1100}>
          {notice ? (
            <Alert
              color="otagai"
              icon={<IconCircleCheck aria-hidden />}
              role="status"
              withCloseButton
              onClose={() => setNotice(null)}
              closeButtonLabel={t("common.cancel")}
            >
              {notice.kind === "moved"
                ? t(`${p}.moved`, { to: t(`${p}.statuses.${notice.to}`) })
                : t(`${p}.${notice.kind === "created" ? "added" : "saved"}`)}
            </Alert>
          ) : null}
          <Paper
            component="section"
            withBorder
            p={{ base: "sm", sm: "lg" }}
            aria-labelledby="placement-heading"
          >
            <Group justify="space-between" align="flex-start" mb="md" gap="sm">
              <Title order={2} size="h4" id="placement-heading">
                {t(`${p}.details`)}
              </Title>
              {canWrite && editable && !edit.editing ? (
                <Button
                  size="xs"
                  variant="light"
                  leftSection={<IconPencil size={14} aria-hidden />}
                  onClick={edit.start}
                >
                  {t(`${p}.edit`)}
                </Button>
              ) : null}
            </Group>
            {edit.editing ? (
              supportCase.data ? (
                <PlacementEditForm
                  key={`${id}:${edit.generation}`}
                  placement={data}
                  programId={supportCase.data.programId}
                  {...edit.formProps}
                />
              ) : supportCase.isError ? (
                <ErrorState error={supportCase.error} onRetry={() => void supportCase.refetch()} />
              ) : (
                <LoadingState />
              )
            ) : (
              <Stack gap="md">
                <PlacementProfile placement={data} />
                {canWrite ? (
                  <PlacementTransitions
                    placement={data}
                    onMoved={(to) => setNotice({ kind: "moved", to })}
                    onReload={() => {
                      setNotice(null);
                      void placement.refetch();
                    }}
                  />
                ) : null}
                {canWrite && !editable ? (
                  <Text size="sm" c="dimmed">
                    {t(`${p}.notEditable`)}
                  </Text>
                ) : null}
              </Stack>
            )}
          </Paper>
          <PlacementPrintLinks placement={data} />
          <AttendanceWeekGrid placementBase={placementBase} placement={data} />
          <EvaluationsSection
            placementBase={placementBase}
            editable={["workplace", "coordinator"]}
            portal={false}
          />
        </Stack>
      ) : null}
    </>
  );
}
