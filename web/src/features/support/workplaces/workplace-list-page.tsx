import { roleHas } from "@otagai/shared/platform/permissions";
import { IconBuildingPlus } from "@tabler/icons-react";
import { getRouteApi } from "@tanstack/react-router";
import type { JSX } from "react";
import { useTranslation } from "react-i18next";
import { serverFieldErrors } from "../../../app/form-errors";
import { useCurrentUser } from "../../../app/session";
import { PageHeader } from "../../../components/page-header";
import { PaginationBar } from "../../../components/pagination-bar";
import { ErrorState, LoadingState } from "../../../components/query-state";
import { ButtonLink } from "../../../components/router-links";
import { type FindWorkplacesParams, useWorkplaces, workplacesPageSize } from "./api/find-workplaces";
import { WorkplaceFilters } from "./components/workplace-filters";
import { WorkplaceTable } from "./components/workplace-table";

const routeApi = getRouteApi("/_authenticated/support/workplaces");

/** The partner workplaces in 五十音 order, found by name or reading and filtered by work, area, status. */
export function WorkplaceListPage(): JSX.Element {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const workplaces = useWorkplaces(search);
  // The API refuses a filter it cannot take (a search text over its limit): its message goes under the box.
  const filterErrors = serverFieldErrors(workplaces.error, t);
  const filtersRefused = Object.keys(filterErrors).length > 0;

  function change(next: FindWorkplacesParams) {
    void navigate({ search: next });
  }

  return (
    <>
      <PageHeader
        title={t("support.workplaces.title")}
        lead={t("support.workplaces.lead")}
        actions={
          roleHas(user.role, "workplaces.write") ? (
            <ButtonLink to="/support/workplaces/new" leftSection={<IconBuildingPlus size={16} aria-hidden />}>
              {t("support.workplaces.newWorkplace")}
            </ButtonLink>
          ) : null
        }
      />
      <WorkplaceFilters value={search} onChange={change} errors={filterErrors} />
      {workplaces.isPending ? <LoadingState /> : null}
      {workplaces.isError && !filtersRefused ? (
        <ErrorState error={workplaces.error} onRetry={() => void workplaces.refetch()} />
      ) : null}
      {workplaces.data ? (
        <>
          <WorkplaceTable workplaces={workplaces.data.items} />
          <PaginationBar
            page={workplaces.data.page}
            pageSize={workplaces.data.pageSize || workplacesPageSize}
            total={workplaces.data.total}
            totalCapped={workplaces.data.totalCapped}
            onChange={(page) => change({ ...search, page: page > 1 ? page : undefined })}
          />
        </>
      ) : null}
    </>
  );
}
