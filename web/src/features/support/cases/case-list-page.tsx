import { roleHas } from "@otagai/shared/platform/permissions";
import { getRouteApi } from "@tanstack/react-router";
import type { JSX } from "react";
import { useTranslation } from "react-i18next";
import { useCurrentUser } from "../../../app/session";
import { PageHeader } from "../../../components/page-header";
import { PaginationBar } from "../../../components/pagination-bar";
import { ErrorState, LoadingState } from "../../../components/query-state";
import { type CaseListSearch, casesPageSize, type FindCasesParams, useCases } from "./api/find-cases";
import { CaseFilters } from "./components/case-filters";
import { CaseTable } from "./components/case-table";

const routeApi = getRouteApi("/_authenticated/support/cases");

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The coordinator filter in effect: a coordinator starts with their own cases ("mine"), everyone
 * else with all; the address may name either, or one coordinator by id.
 */
function coordinatorChoice(search: CaseListSearch, role: string): string {
  if (search.coordinator === "mine" || search.coordinator === "all") return search.coordinator;
  if (search.coordinator && uuid.test(search.coordinator)) return search.coordinator;
  return role === "coordinator" ? "mine" : "all";
}

export function CaseListPage(): JSX.Element {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const coordinator = coordinatorChoice(search, user.role);
  const params: FindCasesParams = {
    // A mistyped id in the address filters nothing rather than failing the page.
    programId: search.programId && uuid.test(search.programId) ? search.programId : undefined,
    status: search.status,
    coordinatorId: coordinator === "mine" ? user.id : coordinator === "all" ? undefined : coordinator,
    page: search.page,
  };
  const cases = useCases(params);

  function change(next: CaseListSearch) {
    void navigate({ search: next });
  }

  return (
    <>
      <PageHeader title={t("support.cases.ui.list.title")} lead={t("support.cases.ui.list.lead")} />
      <CaseFilters
        value={search}
        coordinator={coordinator}
        canChooseCoordinator={roleHas(user.role, "users.read")}
        onChange={change}
      />
      {cases.isPending ? <LoadingState /> : null}
      {cases.isError ? <ErrorState error={cases.error} onRetry={() => void cases.refetch()} /> : null}
      {cases.data ? (
        <>
          <CaseTable items={cases.data.items} />
          <PaginationBar
            page={cases.data.page}
            pageSize={cases.data.pageSize || casesPageSize}
            total={cases.data.total}
            totalCapped={cases.data.totalCapped}
            onChange={(page) => change({ ...search, page: page > 1 ? page : undefined })}
          />
        </>
      ) : null}
    </>
  );
}
