import { roleHas } from "@otagai/shared/platform/permissions";
import { IconPlus } from "@tabler/icons-react";
import { getRouteApi } from "@tanstack/react-router";
import type { JSX } from "react";
import { useTranslation } from "react-i18next";
import { serverFieldErrors } from "../../../app/form-errors";
import { useCurrentUser } from "../../../app/session";
import { PageHeader } from "../../../components/page-header";
import { PaginationBar } from "../../../components/pagination-bar";
import { ErrorState, LoadingState } from "../../../components/query-state";
import { ButtonLink } from "../../../components/router-links";
import { NetworkNav } from "../components/network-nav";
import { type NetworkRequestSearch, networkRequestsPageSize, useNetworkRequests } from "./api/requests";
import { RequestCounts } from "./components/request-counts";
import { RequestFilters } from "./components/request-filters";
import { RequestTable } from "./components/request-table";

const routeApi = getRouteApi("/_authenticated/network/requests");

/** 諸資源の活用: the requests with their filters in the address, and the year's count by kind. */
export function RequestsPage(): JSX.Element {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const requests = useNetworkRequests(search);
  const canWrite = roleHas(me.role, "networkRequests.write");
  const filterErrors = serverFieldErrors(requests.error, t);

  function change(next: NetworkRequestSearch) {
    void navigate({ search: next });
  }

  return (
    <>
      <NetworkNav current="requests" />
      <PageHeader
        title={t("network.requests.title")}
        lead={t("network.requests.lead")}
        actions={
          canWrite ? (
            <ButtonLink to="/network/requests/new" leftSection={<IconPlus size={16} aria-hidden />}>
              {t("network.requests.add")}
            </ButtonLink>
          ) : null
        }
      />
      <RequestFilters value={search} onChange={change} errors={filterErrors} />
      {requests.isPending ? <LoadingState /> : null}
      {requests.isError && Object.keys(filterErrors).length === 0 ? (
        <ErrorState error={requests.error} onRetry={() => void requests.refetch()} />
      ) : null}
      {requests.data ? (
        <>
          <RequestTable requests={requests.data.items} />
          <PaginationBar
            page={requests.data.page}
            pageSize={requests.data.pageSize || networkRequestsPageSize}
            total={requests.data.total}
            totalCapped={requests.data.totalCapped}
            onChange={(page) => change({ ...search, page: page > 1 ? page : undefined })}
          />
        </>
      ) : null}
      <RequestCounts
        fiscalYear={search.fiscalYear}
        onYearChange={(fiscalYear) => change({ ...search, fiscalYear, page: undefined })}
      />
    </>
  );
}
