import { roleHas } from "@otagai/shared/platform/permissions";
import { IconPlus } from "@tabler/icons-react";
import { getRouteApi } from "@tanstack/react-router";
import type { JSX } from "react";
import { useTranslation } from "react-i18next";
import { serverFieldErrors } from "../../app/form-errors";
import { useCurrentUser } from "../../app/session";
import { PageHeader } from "../../components/page-header";
import { PaginationBar } from "../../components/pagination-bar";
import { ErrorState, LoadingState } from "../../components/query-state";
import { ButtonLink } from "../../components/router-links";
import { type FindUsersParams, usersPageSize, useUsers } from "./api/find-users";
import { UserFilters } from "./components/user-filters";
import { UserTable } from "./components/user-table";

const routeApi = getRouteApi("/_authenticated/admin/users/");

export function UserListPage(): JSX.Element {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const users = useUsers(search);
  // The API refuses a filter it cannot take (a search text over its limit): its message goes under the box.
  const filterErrors = serverFieldErrors(users.error, t);
  const filtersRefused = Object.keys(filterErrors).length > 0;

  function change(next: FindUsersParams) {
    void navigate({ search: next });
  }

  return (
    <>
      <PageHeader
        title={t("users.title")}
        actions={
          roleHas(user.role, "users.manage") ? (
            <ButtonLink to="/admin/users/new" leftSection={<IconPlus size={16} aria-hidden />}>
              {t("users.newUser")}
            </ButtonLink>
          ) : null
        }
      />
      <UserFilters value={search} onChange={change} errors={filterErrors} />
      {users.isPending ? <LoadingState /> : null}
      {users.isError && !filtersRefused ? (
        <ErrorState error={users.error} onRetry={() => void users.refetch()} />
      ) : null}
      {users.data ? (
        <>
          <UserTable users={users.data.items} />
          <PaginationBar
            page={users.data.page}
            pageSize={users.data.pageSize || usersPageSize}
            total={users.data.total}
            totalCapped={users.data.totalCapped}
            onChange={(page) => change({ ...search, page: page > 1 ? page : undefined })}
          />
        </>
      ) : null}
    </>
  );
}
