import { Alert, Button, Group, Text } from "@mantine/core";
import { roleHas } from "@otagai/shared/platform/permissions";
import { IconAlertCircle, IconFileSpreadsheet, IconUserPlus } from "@tabler/icons-react";
import { getRouteApi } from "@tanstack/react-router";
import type { JSX } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../../app/api-client";
import { serverFieldErrors } from "../../../app/form-errors";
import { useCurrentUser } from "../../../app/session";
import { PageHeader } from "../../../components/page-header";
import { PaginationBar } from "../../../components/pagination-bar";
import { ErrorState, LoadingState } from "../../../components/query-state";
import { ButtonLink } from "../../../components/router-links";
import { useExportParticipants } from "./api/export-participants";
import { type FindParticipantsParams, participantsPageSize, useParticipants } from "./api/find-participants";
import { ParticipantFilters } from "./components/participant-filters";
import { ParticipantTable } from "./components/participant-table";

const routeApi = getRouteApi("/_authenticated/support/participants");

export function ParticipantListPage(): JSX.Element {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const participants = useParticipants(search);
  const exportList = useExportParticipants();
  // The API refuses a filter it cannot take (a search text over its limit): its message goes under the box.
  const filterErrors = serverFieldErrors(participants.error, t);
  const filtersRefused = Object.keys(filterErrors).length > 0;

  function change(next: FindParticipantsParams) {
    exportList.reset();
    void navigate({ search: next });
  }

  const { page: _page, ...filters } = search;

  return (
    <>
      <PageHeader
        title={t("support.participants.title")}
        actions={
          <Group gap="sm">
            {roleHas(user.role, "participants.read") ? (
              <Button
                variant="default"
                leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
                loading={exportList.isPending}
                onClick={() => exportList.mutate(filters)}
                title={t("support.participants.exportHelp")}
              >
                {t("support.participants.export")}
              </Button>
            ) : null}
            {roleHas(user.role, "participants.write") ? (
              <ButtonLink to="/support/participants/new" leftSection={<IconUserPlus size={16} aria-hidden />}>
                {t("support.participants.newParticipant")}
              </ButtonLink>
            ) : null}
          </Group>
        }
      />
      {exportList.isError ? (
        <Alert
          color="red"
          icon={<IconAlertCircle aria-hidden />}
          title={t("support.participants.exportFailedTitle")}
          role="alert"
          mb="md"
          withCloseButton
          closeButtonLabel={t("common.cancel")}
          onClose={() => exportList.reset()}
        >
          <Text size="sm">
            {isApiError(exportList.error) ? exportList.error.message : t("errors.INTERNAL")}
          </Text>
        </Alert>
      ) : null}
      <ParticipantFilters value={search} onChange={change} errors={filterErrors} />
      {participants.isPending ? <LoadingState /> : null}
      {participants.isError && !filtersRefused ? (
        <ErrorState error={participants.error} onRetry={() => void participants.refetch()} />
      ) : null}
      {participants.data ? (
        <>
          <ParticipantTable participants={participants.data.items} />
          <PaginationBar
            page={participants.data.page}
            pageSize={participants.data.pageSize || participantsPageSize}
            total={participants.data.total}
            totalCapped={participants.data.totalCapped}
            onChange={(page) => change({ ...search, page: page > 1 ? page : undefined })}
          />
        </>
      ) : null}
    </>
  );
}
