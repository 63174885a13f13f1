import { Alert, Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import type { StartupResource, StartupResourceInput } from "@otagai/shared/consultation/startup";
import { roleHas } from "@otagai/shared/platform/permissions";
import { IconCircleCheck, IconExternalLink, IconPencil } from "@tabler/icons-react";
import { getRouteApi } from "@tanstack/react-router";
import { type JSX, type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../../app/api-client";
import { NotFoundPage } from "../../../app/not-found-page";
import { useCurrentUser } from "../../../app/session";
import { BackLink } from "../../../components/back-link";
import { PageHeader } from "../../../components/page-header";
import { ErrorState, LoadingState, MutationError } from "../../../components/query-state";
import { isStartupResourceId, useStartupResource, useUpdateStartupResource } from "./api/startup-resources";
import { StartupResourceForm, startupInputOfRecord } from "./components/startup-resource-form";
import { windowLabel } from "./startup-format";

const routeApi = getRouteApi("/_authenticated/consultation/startup/$id");

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

function ResourceDetails({ resource }: { resource: StartupResource }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" maw={880}>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} component="dl" m={0}>
          <Detail label={t("consultation.startup.fields.kind")}>
            {t(`consultation.startup.kinds.${resource.kind}`)}
          </Detail>
          <Detail label={t("consultation.startup.fields.provider")}>{resource.provider}</Detail>
          {resource.kind === "grant" ? (
            <>
              <Detail label={t("consultation.startup.fields.amount")}>{resource.amount}</Detail>
              <Detail label={t("consultation.startup.columns.window")}>{windowLabel(resource, t)}</Detail>
              <Detail label={t("consultation.startup.fields.eligibility")}>{resource.eligibility}</Detail>
            </>
          ) : null}
          <Detail label={t("consultation.startup.fields.tags")}>
            <Group gap={4} component="span">
              {resource.tags.map((tag) => (
                <Badge
                  key={tag}
                  variant="outline"
                  color="gray"
                  c="dark"
                  radius="sm"
                  style={{ textTransform: "none" }}
                >
                  {tag}
                </Badge>
              ))}
            </Group>
          </Detail>
        </SimpleGrid>
        {resource.url ? (
          <Anchor href={resource.url} target="_blank" rel="noopener noreferrer">
            <Group gap={4} component="span">
              {t("consultation.startup.link")}
              <IconExternalLink size={14} aria-hidden />
            </Group>
          </Anchor>
        ) : null}
        {resource.body ? (
          <section aria-labelledby="startup-steps-heading">
            <Title order={2} size="h5" id="startup-steps-heading" mb="xs">
              {t("consultation.startup.steps")}
            </Title>
            <Text style={{ whiteSpace: "pre-wrap" }}>{resource.body}</Text>
          </section>
        ) : null}
      </Stack>
    </Paper>
  );
}

/** One grant or guide: its details; the desk edits it, stops or resumes using it. */
export function StartupResourcePage(): JSX.Element {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const { id } = routeApi.useParams();
  const search = routeApi.useSearch();
  const resource = useStartupResource(id);
  const update = useUpdateStartupResource(id);
  const [editing, setEditing] = useState(false);
  const [generation, setGeneration] = useState(0);
  const [notice, setNotice] = useState<"saved" | "deactivated" | "activated" | null>(
    search.saved ? "saved" : null,
  );
  const canManage = roleHas(me.role, "desk.manage");

  if (!isStartupResourceId(id) || (isApiError(resource.error) && resource.error.status === 404)) {
    return <NotFoundPage />;
  }
  const record = resource.data;

  async function save(input: StartupResourceInput) {
    if (!record) return;
    await update.mutateAsync({ resource: input, version: record.version });
    setEditing(false);
    setNotice("saved");
  }
  async function toggleActive() {
    if (!record) return;
    setNotice(null);
    try {
      const saved = await update.mutateAsync({
        resource: { ...startupInputOfRecord(record), active: !record.active },
        version: record.version,
      });
      setNotice(saved.active ? "activated" : "deactivated");
    } catch {
      // Shown below the header (update.error).
    }
  }
  async function reload() {
    update.reset();
    await resource.refetch();
    setGeneration((count) => count + 1);
  }

  return (
    <>
      <BackLink to="/consultation/startup">{t("consultation.startup.backToList")}</BackLink>
      <PageHeader
        title={record?.title ?? t("consultation.startup.title")}
        lead={
          record && !record.active ? (
            <Badge variant="light" color="gray" c="dark" radius="sm">
              {t("consultation.startup.inactive")}
            </Badge>
          ) : undefined
        }
        actions={
          record && canManage && !editing ? (
            <Group gap="sm">
              <Button variant="default" onClick={() => void toggleActive()} loading={update.isPending}>
                {record.active ? t("consultation.startup.deactivate") : t("consultation.startup.activate")}
              </Button>
              <Button leftSection={<IconPencil size={16} aria-hidden />} onClick={() => setEditing(true)}>
                {t("consultation.startup.edit")}
              </Button>
            </Group>
          ) : null
        }
      />
      {resource.isPending ? <LoadingState /> : null}
      {resource.isError ? (
        <ErrorState error={resource.error} onRetry={() => void resource.refetch()} />
      ) : null}
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
              {t(`consultation.startup.${notice}`)}
            </Alert>
          ) : null}
          {editing ? (
            <StartupResourceForm
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
              <MutationError error={update.error} />
              <ResourceDetails resource={record} />
            </>
          )}
        </Stack>
      ) : null}
    </>
  );
}
