import { SegmentedControl, Stack } from "@mantine/core";
import { requestStatuses } from "@otagai/shared/consultation/requests";
import { getRouteApi } from "@tanstack/react-router";
import type { JSX } from "react";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../../components/page-header";
import { PaginationBar } from "../../../components/pagination-bar";
import { ErrorState, LoadingState } from "../../../components/query-state";
import {
  requestsPageSize,
  useConsultationRequest,
  useConsultationRequests,
} from "./api/consultation-requests";
import { RequestDetail } from "./components/request-detail";
import { RequestTable } from "./components/request-table";

const routeApi = getRouteApi("/_authenticated/consultation/requests");

/** The desk's inbox of requests from the public form: new ones first by default, one open beside the list. */
export function RequestInboxPage(): JSX.Element {
  const { t } = useTranslation();
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const requests = useConsultationRequests(search);
  const selected = useConsultationRequest(search.id);
  const status = search.status ?? "all";
  return (
    <>
      <PageHeader title={t("consultation.requests.title")} lead={t("consultation.requests.lead")} />
      <Stack gap="lg">
        <SegmentedControl
          aria-label={t("consultation.requests.statusFilter")}
          value={status}
          onChange={(value) =>
            void navigate({
              search: { status: value === "all" ? undefined : (value as (typeof requestStatuses)[number]) },
            })
          }
          data={[
            ...requestStatuses.map((value) => ({
              value,
              label: t(`consultation.requests.statuses.${value}`),
            })),
            { value: "all", label: t("consultation.requests.all") },
          ]}
        />
        {selected.data ? <RequestDetail request={selected.data} /> : null}
        {selected.isError ? <ErrorState error={selected.error} /> : null}
        {requests.isPending ? <LoadingState /> : null}
        {requests.isError ? (
          <ErrorState error={requests.error} onRetry={() => void requests.refetch()} />
        ) : null}
        {requests.data ? (
          <>
            <RequestTable requests={requests.data.items} />
            <PaginationBar
              page={requests.data.page}
              pageSize={requests.data.pageSize || requestsPageSize}
              total={requests.data.total}
              totalCapped={requests.data.totalCapped}
              onChange={(page) => void navigate({ search: { ...search, page: page > 1 ? page : undefined } })}
            />
          </>
        ) : null}
      </Stack>
    </>
  );
}
