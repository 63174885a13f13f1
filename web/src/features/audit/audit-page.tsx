import { getRouteApi } from "@tanstack/react-router";
import type { JSX } from "react";
import { useTranslation } from "react-i18next";
import { serverFieldErrors } from "../../app/form-errors";
import { PageHeader } from "../../components/page-header";
import { PaginationBar } from "../../components/pagination-bar";
import { ErrorState, LoadingState } from "../../components/query-state";
import { auditPageSize, type FindAuditEventsParams, useAuditEvents } from "./api/find-audit-events";
import { AuditFilters } from "./components/audit-filters";
import { AuditTable } from "./components/audit-table";
import { VerifyChain } from "./components/verify-chain";

const routeApi = getRouteApi("/_authenticated/admin/audit");

export function AuditPage(): JSX.Element {
  const { t } = useTranslation();
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const events = useAuditEvents(search);
  // A filter the API refuses (a record id over its limit): its message goes under that filter.
  const filterErrors = serverFieldErrors(events.error, t);
  const filtersRefused = Object.keys(filterErrors).length > 0;

  function change(next: FindAuditEventsParams) {
    void navigate({ search: next });
  }

  return (
    <>
      <PageHeader title={t("audit.title")} />
      <VerifyChain />
      <AuditFilters value={search} onChange={change} errors={filterErrors} />
      {events.isPending ? <LoadingState /> : null}
      {events.isError && !filtersRefused ? (
        <ErrorState error={events.error} onRetry={() => void events.refetch()} />
      ) : null}
      {events.data ? (
        <>
          <AuditTable events={events.data.items} />
          <PaginationBar
            page={events.data.page}
            pageSize={events.data.pageSize || auditPageSize}
            total={events.data.total}
            totalCapped={events.data.totalCapped}
            onChange={(page) => change({ ...search, page: page > 1 ? page : undefined })}
          />
        </>
      ) : null}
    </>
  );
}
