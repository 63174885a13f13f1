import { Alert, Button, Group, NativeSelect, Stack, TextInput } from "@mantine/core";
import type { ProspectStage, ProspectSummary } from "@otagai/shared/network/prospects";
import { roleHas } from "@otagai/shared/platform/permissions";
import { IconPlus } from "@tabler/icons-react";
import { useNavigate } from "@tanstack/react-router";
import { type JSX, useState } from "react";
import { useTranslation } from "react-i18next";
import { useCurrentUser } from "../../../app/session";
import { PageHeader } from "../../../components/page-header";
import { ErrorState, LoadingState } from "../../../components/query-state";
import { NetworkNav } from "../components/network-nav";
import { useMoveProspect, useProspectOwners, useProspects } from "./api/prospects";
import { NextStepsList } from "./components/next-steps-list";
import { ProspectBoard } from "./components/prospect-board";
import { ProspectError } from "./components/prospect-error";
import { ProspectNewForm } from "./components/prospect-new-form";
import { japanToday } from "./prospect-format";

/** 協力事業所の開拓: the board by stage, the next steps due, and a new prospect. */
export function ProspectsPage(): JSX.Element {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const canWrite = roleHas(me.role, "prospects.write");
  const [q, setQ] = useState("");
  const [owner, setOwner] = useState("");
  const [adding, setAdding] = useState(false);
  const [moved, setMoved] = useState("");
  const prospects = useProspects({ q, owner: owner || undefined });
  const move = useMoveProspect();
  const owners = useProspectOwners();

  function onMove(prospect: ProspectSummary, stage: ProspectStage) {
    setMoved("");
    move.mutate(
      { id: prospect.id, stage, version: prospect.version },
      {
        onSuccess: () =>
          setMoved(
            t("network.prospects.moved", {
              name: prospect.name,
              stage: t(`network.prospects.stages.${stage}`),
            }),
          ),
      },
    );
  }

  return (
    <>
      <NetworkNav current="prospects" />
      <PageHeader
        title={t("network.prospects.title")}
        lead={t("network.prospects.lead")}
        actions={
          canWrite ? (
            <Button
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => setAdding((open) => !open)}
            >
              {t("network.prospects.newProspect")}
            </Button>
          ) : null
        }
      />
      <Stack gap="md">
        {adding ? (
          <ProspectNewForm
            onCreated={(id) => void navigate({ to: "/network/prospects/$id", params: { id } })}
          />
        ) : null}
        <NextStepsList today={japanToday()} />
        <Group align="flex-end">
          <TextInput
            label={t("network.prospects.filters.q")}
            value={q}
            onChange={(event) => setQ(event.currentTarget.value)}
            autoComplete="off"
          />
          <NativeSelect
            label={t("network.prospects.filters.owner")}
            value={owner}
            onChange={(event) => setOwner(event.currentTarget.value)}
            data={[
              { value: "", label: t("network.prospects.filters.ownerAll") },
              { value: me.id, label: t("network.prospects.filters.ownerMine") },
              ...(owners.data?.items ?? [])
                .filter((item) => item.id !== me.id)
                .map((item) => ({ value: item.id, label: item.displayName })),
            ]}
          />
        </Group>
        <div aria-live="polite">
          {moved ? (
            <Alert color="teal" variant="light">
              {moved}
            </Alert>
          ) : null}
        </div>
        <ProspectError error={move.error} />
        {prospects.isPending ? (
          <LoadingState />
        ) : prospects.isError ? (
          <ErrorState error={prospects.error} onRetry={() => void prospects.refetch()} />
        ) : (
          <ProspectBoard items={prospects.data.items} canWrite={canWrite} onMove={onMove} />
        )}
      </Stack>
    </>
  );
}
