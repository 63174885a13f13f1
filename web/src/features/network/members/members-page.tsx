import { Button, Group } from "@mantine/core";
import { roleHas } from "@otagai/shared/platform/permissions";
import { IconBuildingPlus, IconFileImport, IconFileSpreadsheet, IconReceipt } from "@tabler/icons-react";
import { getRouteApi } from "@tanstack/react-router";
import type { JSX } from "react";
import { useTranslation } from "react-i18next";
import { serverFieldErrors } from "../../../app/form-errors";
import { useCurrentUser } from "../../../app/session";
import { PageHeader } from "../../../components/page-header";
import { PaginationBar } from "../../../components/pagination-bar";
import { ErrorState, LoadingState, MutationError } from "../../../components/query-state";
import { ButtonLink } from "../../../components/router-links";
import { NetworkNav } from "../components/network-nav";
import { type MemberSearch, membersPageSize, useExportMembers, useMembers } from "./api/members";
import { MemberCountPanel } from "./components/member-count-panel";
import { MemberFilters } from "./components/member-filters";
import { MemberTable } from "./components/member-table";
import { todayInJapan } from "./member-dates";

const routeApi = getRouteApi("/_authenticated/network/members");

/** /network/members: the member organizations, their count on any date and by fiscal year. */
export function MembersPage(): JSX.Element {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const members = useMembers(search);
  const exportList = useExportMembers();
  const filterErrors = serverFieldErrors(members.error, t);
  const filtersRefused = Object.keys(filterErrors).length > 0;
  const canWrite = roleHas(user.role, "members.write");
  const change = (next: MemberSearch) => void navigate({ search: next });

  return (
    <>
      <NetworkNav current="members" />
      <PageHeader
        title={t("network.members.title")}
        lead={t("network.members.lead")}
        actions={
          <Group gap="sm">
            <ButtonLink
              to="/network/members/dues"
              variant="default"
              leftSection={<IconReceipt size={16} aria-hidden />}
            >
              {t("network.members.toUnpaid")}
            </ButtonLink>
            <Button
              variant="default"
              leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
              loading={exportList.isPending}
              onClick={() => exportList.mutate(search)}
            >
              {t("network.members.export")}
            </Button>
            {canWrite ? (
              <ButtonLink
                to="/network/members/import"
                variant="default"
                leftSection={<IconFileImport size={16} aria-hidden />}
              >
                {t("network.members.import")}
              </ButtonLink>
            ) : null}
            {canWrite ? (
              <ButtonLink to="/network/members/new" leftSection={<IconBuildingPlus size={16} aria-hidden />}>
                {t("network.members.add")}
              </ButtonLink>
            ) : null}
          </Group>
        }
      />
      <MutationError error={exportList.error} />
      <MemberCountPanel today={todayInJapan()} />
      <MemberFilters value={search} onChange={change} errors={filterErrors} />
      {members.isPending ? <LoadingState /> : null}
      {members.isError && !filtersRefused ? (
        <ErrorState error={members.error} onRetry={() => void members.refetch()} />
      ) : null}
      {members.data ? (
        <>
          <MemberTable members={members.data.items} />
          <PaginationBar
            page={members.data.page}
            pageSize={members.data.pageSize || membersPageSize}
            total={members.data.total}
            totalCapped={members.data.totalCapped}
            onChange={(page) => change({ ...search, page: page > 1 ? page : undefined })}
          />
        </>
      ) : null}
    </>
  );
}
