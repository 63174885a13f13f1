import { Alert, Paper, Stack, Text } from "@mantine/core";
import { roleHas } from "@otagai/shared/platform/permissions";
import { IconCircleCheck } from "@tabler/icons-react";
import { getRouteApi } from "@tanstack/react-router";
import { type JSX, useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../../app/api-client";
import { NotFoundPage } from "../../../app/not-found-page";
import { useCurrentUser } from "../../../app/session";
import { EditableSectionHeading } from "../../../components/edit-form-parts";
import { PageHeader } from "../../../components/page-header";
import { ErrorState, LoadingState } from "../../../components/query-state";
import { ButtonLink } from "../../../components/router-links";
import { useEditInPlace } from "../../../components/use-edit-in-place";
import { isWorkplaceId, useWorkplace } from "./api/get-workplace";
import { BackToListLink } from "./components/back-to-list-link";
import { CertificationsSection } from "./components/certifications-section";
import { WorkplaceEditForm } from "./components/workplace-edit-form";
import { WorkplaceProfile } from "./components/workplace-profile";
import type { WorkplaceValues } from "./workplace-values";

const routeApi = getRouteApi("/_authenticated/support/workplaces/$id");

type Notice = "created" | "saved";

/** One partner workplace: its profile (edited in place) and its certifications. */
export function WorkplacePage(): JSX.Element {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const { id } = routeApi.useParams();
  const search = routeApi.useSearch();
  const workplace = useWorkplace(id);
  const [notice, setNotice] = useState<Notice | null>(search.created ? "created" : null);
  const edit = useEditInPlace<WorkplaceValues>({
    refetch: () => workplace.refetch(),
    clearNotice: () => setNotice(null),
    onSaved: () => setNotice("saved"),
  });
  const canWrite = roleHas(me.role, "workplaces.write");

  // An address that names no workplace (mistyped, or removed): "not found", not an error.
  if (!isWorkplaceId(id) || (isApiError(workplace.error) && workplace.error.status === 404)) {
    return <NotFoundPage />;
  }

  const data = workplace.data;

  return (
    <>
      <BackToListLink />
      <PageHeader
        title={data ? data.name : t("support.workplaces.detailTitle")}
        lead={data ? data.nameKana : undefined}
        actions={
          data && roleHas(me.role, "cases.read") ? (
            <ButtonLink to="/support/workplaces/$id/day-sheet" params={{ id }} variant="light" size="sm">
              {t("support.daySheet.openDaySheet")}
            </ButtonLink>
          ) : undefined
        }
      />
      {workplace.isPending ? <LoadingState /> : null}
      {workplace.isError ? (
        <ErrorState error={workplace.error} onRetry={() => void workplace.refetch()} />
      ) : null}
      {data ? (
        <Stack gap="lg" maw={1000}>
          {notice ? (
            <Alert
              color="otagai"
              icon={<IconCircleCheck aria-hidden />}
              role="status"
              withCloseButton
              onClose={() => setNotice(null)}
              closeButtonLabel={t("common.cancel")}
            >
              {t(`support.workplaces.${notice}`)}
            </Alert>
          ) : null}
          <Paper component="section" withBorder p="lg" aria-labelledby="workplace-profile-heading">
            <EditableSectionHeading
              id="workplace-profile-heading"
              title={t("support.workplaces.profile")}
              editLabel={t("support.workplaces.edit")}
              canEdit={canWrite}
              edit={edit}
            />
            {edit.editing ? (
              <WorkplaceEditForm key={`${id}:${edit.generation}`} workplace={data} {...edit.formProps} />
            ) : (
              <WorkplaceProfile workplace={data} />
            )}
            {canWrite ? null : (
              <Text size="sm" c="dimmed" mt="md">
                {t("support.workplaces.readOnlyNote")}
              </Text>
            )}
          </Paper>
          <CertificationsSection
            workplaceId={data.id}
            certifications={data.certifications}
            canWrite={canWrite}
            onReload={async () => (await workplace.refetch()).data?.certifications}
          />
        </Stack>
      ) : null}
    </>
  );
}
