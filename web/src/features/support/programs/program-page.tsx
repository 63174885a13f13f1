import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { fiscalYearOf } from "@otagai/shared/japanese/fiscal-year";
import { roleHas } from "@otagai/shared/platform/permissions";
import type { ProgramDetail } from "@otagai/shared/programs/schemas";
import { IconArrowLeft, IconCircleCheck, IconPencil } from "@tabler/icons-react";
import { getRouteApi } from "@tanstack/react-router";
import { type JSX, useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../../app/api-client";
import { NotFoundPage } from "../../../app/not-found-page";
import { useCurrentUser } from "../../../app/session";
import { PageHeader } from "../../../components/page-header";
import { ErrorState, LoadingState } from "../../../components/query-state";
import { AnchorLink } from "../../../components/router-links";
import { FormModal } from "../components/form-modal";
import { isProgramId, useProgram } from "./api/get-program";
import { ContractsSection } from "./components/contracts-section";
import { FundingStreamsSection } from "./components/funding-streams-section";
import { ProgramEditForm } from "./components/program-form";
import { ProgramStatusBadge } from "./components/program-table";

const routeApi = getRouteApi("/_authenticated/support/programs/$id");

function Detail({ label, children }: { label: string; children: JSX.Element | string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      {typeof children === "string" ? (
        <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
          {children}
        </Text>
      ) : (
        children
      )}
    </div>
  );
}

function ProgramDetails({
  program,
  canManage,
  onEdit,
}: {
  program: ProgramDetail;
  canManage: boolean;
  onEdit: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Paper component="section" withBorder p="lg" aria-labelledby="program-details-heading">
      <Group justify="space-between" align="flex-start" mb="sm" gap="sm">
        <Title order={2} size="h4" id="program-details-heading">
          {t("support.programs.details.title")}
        </Title>
        {canManage ? (
          <Button
            variant="outline"
            size="sm"
            leftSection={<IconPencil size={16} aria-hidden />}
            onClick={onEdit}
          >
            {t("support.programs.form.edit")}
          </Button>
        ) : null}
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Detail label={t("support.programs.fields.kind")}>
          {t(`support.programs.kinds.${program.kind}`)}
        </Detail>
        <Detail label={t("support.programs.fields.funder")}>
          {program.funder || t("support.programs.noFunder")}
        </Detail>
        <Detail label={t("support.programs.fields.targetGroup")}>{program.targetGroup || "—"}</Detail>
        <Detail label={t("support.programs.fields.status")}>
          <ProgramStatusBadge active={program.active} />
        </Detail>
        <Detail label={t("support.programs.fields.code")}>{program.code}</Detail>
      </SimpleGrid>
      {canManage ? null : (
        <Text size="sm" c="dimmed" mt="sm">
          {t("support.programs.readOnlyNote")}
        </Text>
      )}
    </Paper>
  );
}

/** One program: what it is, its funding streams and its contracts year by year. */
export function ProgramPage(): JSX.Element {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { id } = routeApi.useParams();
  const search = routeApi.useSearch();
  const program = useProgram(id);
  const canManage = roleHas(user.role, "programs.manage");
  const [editing, setEditing] = useState(false);
  const [generation, setGeneration] = useState(0);
  const [notice, setNotice] = useState<"created" | "saved" | null>(search.created ? "created" : null);
  const currentYear = fiscalYearOf(new Date()) ?? new Date().getFullYear();

  async function reload() {
    const fresh = await program.refetch();
    setGeneration((value) => value + 1);
    return fresh.data;
  }

  // An address that names no program (mistyped, or removed) is "not found", not an error.
  if (!isProgramId(id) || (isApiError(program.error) && program.error.status === 404))
    return <NotFoundPage />;

  return (
    <>
      <AnchorLink
        to="/support/programs"
        size="sm"
        display="inline-flex"
        mb="sm"
        style={{ alignItems: "center", gap: 4 }}
      >
        <IconArrowLeft size={16} aria-hidden />
        {t("support.programs.backToList")}
      </AnchorLink>
      <PageHeader
        title={program.data ? program.data.name : t("support.programs.detailTitle")}
        lead={program.data?.nameKana || undefined}
      />
      {program.isPending ? <LoadingState /> : null}
      {program.isError ? <ErrorState error={program.error} onRetry={() => void program.refetch()} /> : null}
      {program.data ? (
        <Stack gap="lg" maw={960}>
          {notice ? (
            <Alert
              color="otagai"
              icon={<IconCircleCheck aria-hidden />}
              role="status"
              withCloseButton
              onClose={() => setNotice(null)}
              closeButtonLabel={t("support.programs.form.close")}
            >
              {notice === "created" ? t("support.programs.created") : t("support.programs.saved")}
            </Alert>
          ) : null}
          <ProgramDetails
            program={program.data}
            canManage={canManage}
            onEdit={() => {
              setNotice(null);
              setEditing(true);
            }}
          />
          <FundingStreamsSection
            programId={program.data.id}
            streams={program.data.fundingStreams}
            canManage={canManage}
          />
          <ContractsSection
            programId={program.data.id}
            contracts={program.data.contracts}
            currentYear={currentYear}
            canManage={canManage}
            onReload={async () => (await reload())?.contracts}
          />
          {canManage ? (
            <FormModal
              opened={editing}
              title={t("support.programs.form.editTitle")}
              onClose={() => setEditing(false)}
            >
              {editing ? (
                <ProgramEditForm
                  key={`${program.data.id}:${generation}`}
                  program={program.data}
                  onSaved={() => {
                    setEditing(false);
                    setNotice("saved");
                  }}
                  onCancel={() => setEditing(false)}
                  onReload={() => void reload()}
                />
              ) : null}
            </FormModal>
          ) : null}
        </Stack>
      ) : null}
    </>
  );
}
