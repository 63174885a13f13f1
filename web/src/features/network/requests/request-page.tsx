import { Alert, Badge, Button, Paper, SimpleGrid, Stack, Text } from "@mantine/core";
import type { NetworkRequest, NetworkRequestInput } from "@otagai/shared/network/requests";
import { roleHas } from "@otagai/shared/platform/permissions";
import { IconCircleCheck, IconPencil } from "@tabler/icons-react";
import { getRouteApi } from "@tanstack/react-router";
import { type JSX, type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../../app/api-client";
import { NotFoundPage } from "../../../app/not-found-page";
import { useCurrentUser } from "../../../app/session";
import { PageHeader } from "../../../components/page-header";
import { ErrorState, LoadingState } from "../../../components/query-state";
import { AnchorLink } from "../../../components/router-links";
import { isNetworkRequestId, useNetworkRequest, useUpdateNetworkRequest } from "./api/requests";
import { RequestForm } from "./components/request-form";
import { RequestMoves } from "./components/request-moves";
import { type RequestFieldKey, statusColors } from "./request-format";

const routeApi = getRouteApi("/_authenticated/network/requests/$id");

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="sm" c="dimmed" component="dt">
        {label}
      </Text>
      <Text component="dd" m={0} style={{ whiteSpace: "pre-wrap" }}>
        {children}
      </Text>
    </div>
  );
}

function RequestDetails({ request }: { request: NetworkRequest }) {
  const { t } = useTranslation();
  const field = (name: RequestFieldKey) => t(`network.requests.fields.${name}`);
  return (
    <Paper withBorder p="md" maw={880}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} component="dl" m={0}>
        <Detail label={field("receivedOn")}>{request.receivedOn}</Detail>
        <Detail label={field("kind")}>{t(`network.requests.kinds.${request.kind}`)}</Detail>
        <Detail label={field("origin")}>{t(`network.requests.origins.${request.origin}`)}</Detail>
        <Detail label={field("wantedOn")}>{request.wantedOn ?? t("network.requests.noDate")}</Detail>
        <Detail label={field("requesterName")}>{request.requesterName}</Detail>
        <Detail label={field("requesterOrganization")}>{request.requesterOrganization || "—"}</Detail>
        <Detail label={field("requesterContact")}>{request.requesterContact || "—"}</Detail>
        <Detail label={field("ownerId")}>{request.ownerName ?? t("network.requests.noOwner")}</Detail>
        <Detail label={field("details")}>{request.details || "—"}</Detail>
        <Detail label={field("outcome")}>{request.outcome || "—"}</Detail>
      </SimpleGrid>
    </Paper>
  );
}

/** One request: what was asked and by whom; the office edits it and moves its status. */
export function RequestPage(): JSX.Element {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const { id } = routeApi.useParams();
  const search = routeApi.useSearch();
  const request = useNetworkRequest(id);
  const update = useUpdateNetworkRequest(id);
  const [editing, setEditing] = useState(false);
  const [generation, setGeneration] = useState(0);
  const [notice, setNotice] = useState<"saved" | "moved" | null>(search.saved ? "saved" : null);
  const canWrite = roleHas(me.role, "networkRequests.write");

  if (!isNetworkRequestId(id) || (isApiError(request.error) && request.error.status === 404)) {
    return <NotFoundPage />;
  }
  const record = request.data;

  async function save(input: NetworkRequestInput) {
    if (!record) return;
    await update.mutateAsync({ request: input, version: record.version });
    setEditing(false);
    setNotice("saved");
  }
  async function reload() {
    update.reset();
    await request.refetch();
    setGeneration((count) => count + 1);
  }

  return (
    <>
      <AnchorLink to="/network/requests" search={{}} size="sm" display="inline-block" mb="sm">
        {t("network.requests.backToList")}
      </AnchorLink>
      <PageHeader
        title={record?.title ?? t("network.requests.title")}
        lead={
          record ? (
            <Badge variant="light" color={statusColors[record.status]} c="dark" radius="sm">
              {t(`network.requests.statuses.${record.status}`)}
            </Badge>
          ) : undefined
        }
        actions={
          record && canWrite && !editing ? (
            <Button leftSection={<IconPencil size={16} aria-hidden />} onClick={() => setEditing(true)}>
              {t("network.requests.edit")}
            </Button>
          ) : null
        }
      />
      {request.isPending ? <LoadingState /> : null}
      {request.isError ? <ErrorState error={request.error} onRetry={() => void request.refetch()} /> : null}
      {record ? (
        <Stack gap="lg">
          {notice ? (
            <Alert
              color="otagai"
              icon={<IconCircleCheck aria-hidden />}
              role="status"
              withCloseButton
              onClose={() => setNotice(null)}
              closeButtonLabel={t("common.cancel")}
            >
              {t(`network.requests.${notice}`)}
            </Alert>
          ) : null}
          {editing ? (
            <RequestForm
              key={`${record.id}:${generation}`}
              record={record}
              mutation={update}
              onSave={save}
              onReload={() => void reload()}
              onCancel={() => {
                update.reset();
                setEditing(false);
              }}
            />
          ) : (
            <>
              <RequestDetails request={record} />
              {canWrite ? (
                <RequestMoves
                  key={`${record.id}:${record.version}`}
                  request={record}
                  userId={me.id}
                  onMoved={() => setNotice("moved")}
                />
              ) : null}
            </>
          )}
        </Stack>
      ) : null}
    </>
  );
}
