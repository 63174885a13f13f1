import { Group } from "@mantine/core";
import { roleHas } from "@otagai/shared/platform/permissions";
import { IconCategory, IconPlus } from "@tabler/icons-react";
import { getRouteApi } from "@tanstack/react-router";
import type { JSX } from "react";
import { useTranslation } from "react-i18next";
import { serverFieldErrors } from "../../app/form-errors";
import { useCurrentUser } from "../../app/session";
import { PageHeader } from "../../components/page-header";
import { PaginationBar } from "../../components/pagination-bar";
import { ErrorState, LoadingState } from "../../components/query-state";
import { ButtonLink } from "../../components/router-links";
import { useConsultationCategories } from "./api/consultation-categories";
import {
  type ConsultationListSearch,
  consultationsPageSize,
  useConsultations,
} from "./api/find-consultations";
import { ConsultationFilters } from "./components/consultation-filters";
import { ConsultationTable } from "./components/consultation-table";
import { DeskNav } from "./components/desk-nav";
import { categoryLabel } from "./consultation-format";

const routeApi = getRouteApi("/_authenticated/consultation/");

/** The desk's list: every consultation, newest first, with its filters in the address. */
export function ConsultationListPage(): JSX.Element {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const consultations = useConsultations(search);
  const categories = useConsultationCategories();
  const categoryNames = new Map(
    (categories.data?.items ?? []).map((category) => [category.id, categoryLabel(category, t)]),
  );
  const filterErrors = serverFieldErrors(consultations.error, t);
  const filtersRefused = Object.keys(filterErrors).length > 0;
  const canWrite = roleHas(me.role, "consultations.write");

  function change(next: ConsultationListSearch) {
    void navigate({ search: next });
  }

  return (
    <>
      <PageHeader
        title={t("consultation.list.title")}
        lead={t("consultation.list.lead")}
        actions={
          canWrite ? (
            <Group gap="sm">
              <ButtonLink
                to="/consultation/categories"
                variant="default"
                leftSection={<IconCategory size={16} aria-hidden />}
              >
                {t("consultation.list.categories")}
              </ButtonLink>
              <ButtonLink
                to="/consultation/consultations/new"
                leftSection={<IconPlus size={16} aria-hidden />}
              >
                {t("consultation.list.record")}
              </ButtonLink>
            </Group>
          ) : null
        }
      />
      <DeskNav />
      <ConsultationFilters value={search} onChange={change} errors={filterErrors} />
      {consultations.isPending ? <LoadingState /> : null}
      {consultations.isError && !filtersRefused ? (
        <ErrorState error={consultations.error} onRetry={() => void consultations.refetch()} />
      ) : null}
      {consultations.data ? (
        <>
          <ConsultationTable
            consultations={consultations.data.items}
            caption={t("consultation.list.heading")}
            categoryNames={categoryNames}
          />
          <PaginationBar
            page={consultations.data.page}
            pageSize={consultations.data.pageSize || consultationsPageSize}
            total={consultations.data.total}
            totalCapped={consultations.data.totalCapped}
            onChange={(page) => change({ ...search, page: page > 1 ? page : undefined })}
          />
        </>
      ) : null}
    </>
  );
}
