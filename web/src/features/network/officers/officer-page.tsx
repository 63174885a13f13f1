import { Alert, Button, Group, Modal, Stack, Text } from "@mantine/core";
import type { OfficerInput, OfficerOverlap } from "@otagai/shared/network/officers";
import { roleHas } from "@otagai/shared/platform/permissions";
import { IconCircleCheck, IconTrash } from "@tabler/icons-react";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { type JSX, useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../../app/api-client";
import { NotFoundPage } from "../../../app/not-found-page";
import { useCurrentUser } from "../../../app/session";
import { PageHeader } from "../../../components/page-header";
import { ErrorState, LoadingState, MutationError } from "../../../components/query-state";
import { AnchorLink } from "../../../components/router-links";
import { isOfficerId, useDeleteOfficer, useOfficer, useUpdateOfficer } from "./api/officers";
import { OfficerForm } from "./components/officer-form";
import { OfficerOverlaps } from "./components/officer-overlaps";

const routeApi = getRouteApi("/_authenticated/network/officers/$id");

/** One term: the office corrects it (with a warning on a one-seat overlap) or deletes a mistaken one. */
export function OfficerPage(): JSX.Element {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const { id } = routeApi.useParams();
  const search = routeApi.useSearch();
  const officer = useOfficer(id);
  const update = useUpdateOfficer(id);
  const remove = useDeleteOfficer(id);
  const [generation, setGeneration] = useState(0);
  const [saved, setSaved] = useState(Boolean(search.saved));
  const [overlaps, setOverlaps] = useState<OfficerOverlap[]>([]);
  const [confirming, setConfirming] = useState(false);
  const canWrite = roleHas(me.role, "officers.write");

  if (!isOfficerId(id) || (isApiError(officer.error) && officer.error.status === 404))
    return <NotFoundPage />;
  const record = officer.data;

  async function save(input: OfficerInput) {
    if (!record) return;
    const result = await update.mutateAsync({ officer: input, version: record.version });
    setOverlaps(result.overlaps);
    setSaved(true);
    setGeneration((count) => count + 1);
  }
  async function reload() {
    update.reset();
    await officer.refetch();
    setGeneration((count) => count + 1);
  }
  async function confirmDelete() {
    await remove.mutateAsync();
    setConfirming(false);
    await navigate({ to: "/network/officers", search: {} });
  }

  return (
    <>
      <AnchorLink to="/network/officers" search={{}} size="sm" display="inline-block" mb="sm">
        {t("network.officers.backToList")}
      </AnchorLink>
      <PageHeader
        title={record ? `${record.name}（${t(`officerRoles.${record.role}`)}）` : t("network.officers.title")}
        actions={
          record && canWrite ? (
            <Button
              color="red"
              variant="light"
              leftSection={<IconTrash size={16} aria-hidden />}
              onClick={() => setConfirming(true)}
            >
              {t("network.officers.delete")}
            </Button>
          ) : null
        }
      />
      {officer.isPending ? <LoadingState /> : null}
      {officer.isError ? <ErrorState error={officer.error} onRetry={() => void officer.refetch()} /> : null}
      {record ? (
        <Stack gap="lg">
          {saved && overlaps.length === 0 ? (
            <Alert
              color="otagai"
              icon={<IconCircleCheck aria-hidden />}
              role="status"
              withCloseButton
              onClose={() => setSaved(false)}
              closeButtonLabel={t("common.cancel")}
            >
              {t("network.officers.saved")}
            </Alert>
          ) : null}
          <OfficerOverlaps overlaps={overlaps} />
          {canWrite ? (
            <OfficerForm
              key={`${record.id}:${generation}`}
              record={record}
              mutation={update}
              onSave={save}
              onReload={() => void reload()}
            />
          ) : (
            <Text>
              {t(`officerRoles.${record.role}`)}：{record.termStartsOn}〜{record.termEndsOn}
              {record.memberOrganizationName ? `（${record.memberOrganizationName}）` : ""}
            </Text>
          )}
        </Stack>
      ) : null}
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t("network.officers.delete")}
        centered
      >
        <Stack>
          <Text>{t("network.officers.deleteConfirm")}</Text>
          <MutationError error={remove.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t("common.cancel")}
            </Button>
            <Button color="red" loading={remove.isPending} onClick={() => void confirmDelete()}>
              {t("network.officers.deleteYes")}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
