import { Divider } from "@mantine/core";
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
import { type OfficerSearch, officersPageSize, useOfficers } from "./api/officers";
import { OfficerBoard } from "./components/officer-board";
import { OfficerFilters, OfficerTermsTable } from "./components/officer-terms";
import { japanToday } from "./officer-format";
import "./officers.css";

const routeApi = getRouteApi("/_authenticated/network/officers");

/** 役員: the board as of a day (printable) and every term, with the day and filters in the address. */
export function OfficersPage(): JSX.Element {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const { on: _on, ...filters } = search;
  const officers = useOfficers(filters);
  const canWrite = roleHas(me.role, "officers.write");
  const filterErrors = serverFieldErrors(officers.error, t);
  const today = japanToday();

  function change(next: OfficerSearch) {
    void navigate({ search: next, replace: true });
  }

  return (
    <>
      <div className="officers-no-print">
        <NetworkNav current="officers" />
        <PageHeader
          title={t("network.officers.title")}
          lead={t("network.officers.lead")}
          actions={
            canWrite ? (
              <ButtonLink to="/network/officers/new" leftSection={<IconPlus size={16} aria-hidden />}>
                {t("network.officers.add")}
              </ButtonLink>
            ) : null
          }
        />
      </div>
      <OfficerBoard on={search.on ?? today} onChange={(on) => change({ ...search, on })} />
      <div className="officers-no-print">
        <Divider my="xl" />
        <OfficerFilters value={search} onChange={change} errors={filterErrors} />
        {officers.isPending ? <LoadingState /> : null}
        {officers.isError && Object.keys(filterErrors).length === 0 ? (
          <ErrorState error={officers.error} onRetry={() => void officers.refetch()} />
        ) : null}
        {officers.data ? (
          <>
            <OfficerTermsTable officers={officers.data.items} today={today} />
            <PaginationBar
              page={officers.data.page}
              pageSize={officers.data.pageSize || officersPageSize}
              total={officers.data.total}
              totalCapped={officers.data.totalCapped}
              onChange={(page) => change({ ...search, page: page > 1 ? page : undefined })}
            />
          </>
        ) : null}
      </div>
    </>
  );
}
