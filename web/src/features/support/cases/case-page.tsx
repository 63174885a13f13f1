import { Paper, Stack, Title } from "@mantine/core";
import { roleHas } from "@otagai/shared/platform/permissions";
import type { CaseStatus } from "@otagai/shared/support/case-flow";
import { getRouteApi } from "@tanstack/react-router";
import { type JSX, type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../../app/api-client";
import { NotFoundPage } from "../../../app/not-found-page";
import { useCurrentUser } from "../../../app/session";
import { BackLink } from "../../../components/back-link";
import { PageHeader } from "../../../components/page-header";
import { ErrorState, LoadingState } from "../../../components/query-state";
import { ReferralsSection } from "../../consultation/referrals/components/referrals-section";
import { AddAsEvidenceButton } from "../../network/proposals/components/add-as-evidence";
import { PlacementsSection } from "../placements/components/placements-section";
import { isCaseId, useCase } from "./api/get-case";
import { CaseActivities } from "./components/case-activities";
import { CaseHeader } from "./components/case-header";
import { CaseProgress } from "./components/case-progress";
import { CaseRecords } from "./components/case-records";
import { CaseTimeline } from "./components/case-timeline";
import { NextSteps } from "./components/next-steps";
import { OutcomesSection } from "./components/outcomes-section";
import { StepForm } from "./components/step-form";
import { StepNotice } from "./components/step-notice";

const routeApi = getRouteApi("/_authenticated/support/cases/$id");

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper component="section" withBorder p={{ base: "sm", sm: "lg" }} aria-labelledby={id}>
      <Title order={2} size="h4" mb="md" id={id}>
        {title}
      </Title>
      {children}
    </Paper>
  );
}

type Notice = { kind: "saved" } | { kind: "moved"; to: CaseStatus };

export function CasePage(): JSX.Element {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const { id } = routeApi.useParams();
  const record = useCase(id);
  // Step forms keep what they were opened with; a new generation re-opens them on fresh data.
  const [generation, setGeneration] = useState(0);
  const [notice, setNotice] = useState<Notice | null>(null);
  const canWrite = roleHas(me.role, "cases.write");

  async function reload() {
    setNotice(null);
    await record.refetch();
    setGeneration((value) => value + 1);
  }

  // An address that names no case, or one outside the user's programs: "not found", never more.
  if (!isCaseId(id) || (isApiError(record.error) && record.error.status === 404)) return <NotFoundPage />;

  const data = record.data;
  return (
    <>
      <BackLink to="/support/cases">{t("support.cases.ui.page.backToList")}</BackLink>
      <PageHeader
        title={
          data
            ? t("support.cases.ui.page.title", { name: data.participantName })
            : t("support.cases.ui.page.loadingTitle")
        }
        actions={data ? <AddAsEvidenceButton record={{ kind: "case", id: data.id }} /> : undefined}
      />
      {record.isPending ? <LoadingState /> : null}
      {record.isError ? <ErrorState error={record.error} onRetry={() => void record.refetch()} /> : null}
      {data ? (
        <Stack gap="lg" maw={1100}>
          <Paper withBorder p={{ base: "sm", sm: "lg" }}>
            <CaseHeader record={data} canWrite={canWrite} />
          </Paper>
          <Section id="case-progress-heading" title={t("support.cases.ui.progress.title")}>
            {notice?.kind === "moved" ? (
              <StepNotice key={notice.to} onClose={() => setNotice(null)}>
                {t("support.cases.ui.steps.moved", { to: t(`support.cases.statuses.${notice.to}`) })}
              </StepNotice>
            ) : null}
            <Stack gap="lg">
              <CaseProgress record={data} />
              <div>
                <Title order={3} size="h5" mb="sm">
                  {t("support.cases.ui.steps.title")}
                </Title>
                <NextSteps
                  record={data}
                  canWrite={canWrite}
                  onMoved={(to) => {
                    setNotice({ kind: "moved", to });
                    setGeneration((value) => value + 1);
                  }}
                  onReload={() => void reload()}
                />
              </div>
            </Stack>
          </Section>
          {canWrite && data.status !== "closed" ? (
            <Section
              id="case-step-heading"
              title={t("support.cases.ui.steps.formSection", {
                step: t(`support.cases.statuses.${data.status}`),
              })}
            >
              {notice?.kind === "saved" ? (
                <StepNotice key={generation} onClose={() => setNotice(null)}>
                  {t("common.saved")}
                </StepNotice>
              ) : null}
              <StepForm
                key={`${data.status}:${generation}`}
                record={data}
                onSaved={() => {
                  setNotice({ kind: "saved" });
                  setGeneration((value) => value + 1);
                }}
                onReload={() => void reload()}
              />
            </Section>
          ) : null}
          <Section id="case-records-heading" title={t("support.cases.ui.records.title")}>
            <CaseRecords record={data} />
          </Section>
          <PlacementsSection caseId={data.id} programId={data.programId} canWrite={canWrite} />
          <OutcomesSection caseId={data.id} canWrite={canWrite} />
          {roleHas(me.role, "referrals.read") ? (
            <ReferralsSection
              source={{ kind: "case", id: data.id }}
              canWrite={roleHas(me.role, "referrals.write")}
            />
          ) : null}
          <Section id="case-timeline-heading" title={t("support.cases.transitions.title")}>
            <CaseTimeline record={data} />
          </Section>
          <Section id="case-activities-heading" title={t("support.cases.ui.activities.title")}>
            <CaseActivities record={data} canWrite={canWrite && roleHas(me.role, "participants.write")} />
          </Section>
        </Stack>
      ) : null}
    </>
  );
}
