import { roleHas } from "@otagai/shared/platform/permissions";
import { IconPlus } from "@tabler/icons-react";
import { getRouteApi } from "@tanstack/react-router";
import type { JSX } from "react";
import { useTranslation } from "react-i18next";
import { serverFieldErrors } from "../../../app/form-errors";
import { useCurrentUser } from "../../../app/session";
import { BackLink } from "../../../components/back-link";
import { PageHeader } from "../../../components/page-header";
import { PaginationBar } from "../../../components/pagination-bar";
import { ErrorState, LoadingState } from "../../../components/query-state";
import { ButtonLink } from "../../../components/router-links";
import {
  type StartupResourceSearch,
  startupResourcesPageSize,
  useStartupResources,
} from "./api/startup-resources";
import { StartupResourceFilters } from "./components/startup-resource-filters";
import { StartupResourceTable } from "./components/startup-resource-table";

const routeApi = getRouteApi("/_authenticated/consultation/startup");

/** 起業の情報: the desk's directory of grants and how-to guides, with its filters in the address. */
export function StartupResourcesPage(): JSX.Element {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const resources = useStartupResources(search);
  const canManage = roleHas(me.role, "desk.manage");
  const filterErrors = serverFieldErrors(resources.error, t);

  function change(next: StartupResourceSearch) {
    void navigate({ search: next });
  }

  return (
    <>
      <BackLink to="/consultation">{t("consultation.form.backToList")}</BackLink>
      <PageHeader
        title={t("consultation.startup.title")}
        lead={t("consultation.startup.lead")}
        actions={
          canManage ? (
            <ButtonLink to="/consultation/startup/new" leftSection={<IconPlus size={16} aria-hidden />}>
              {t("consultation.startup.add")}
            </ButtonLink>
          ) : null
        }
      />
      <StartupResourceFilters
        value={search}
        onChange={change}
        errors={filterErrors}
        showInactiveChoice={canManage}
      />
      {resources.isPending ? <LoadingState /> : null}
      {resources.isError && Object.keys(filterErrors).length === 0 ? (
        <ErrorState error={resources.error} onRetry={() => void resources.refetch()} />
      ) : null}
      {resources.data ? (
        <>
          <StartupResourceTable resources={resources.data.items} />
          <PaginationBar
            page={resources.data.page}
            pageSize={resources.data.pageSize || startupResourcesPageSize}
            total={resources.data.total}
            totalCapped={resources.data.totalCapped}
            onChange={(page) => change({ ...search, page: page > 1 ? page : undefined })}
          />
        </>
      ) : null}
    </>
  );
}
