import { Alert, Button, Group, Paper, Stack, Text } from "@mantine/core";
import type { ConsultationInput } from "@otagai/shared/consultation/consultations";
import { roleHas } from "@otagai/shared/platform/permissions";
import { IconCircleCheck, IconUserPlus } from "@tabler/icons-react";
import { getRouteApi } from "@tanstack/react-router";
import { type JSX, useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../app/api-client";
import { NotFoundPage } from "../../app/not-found-page";
import { useCurrentUser } from "../../app/session";
import { BackLink } from "../../components/back-link";
import { PageHeader } from "../../components/page-header";
import { ErrorState, LoadingState } from "../../components/query-state";
import { AddAsEvidenceButton } from "../network/proposals/components/add-as-evidence";
import { useConsultationCategories } from "./api/consultation-categories";
import { isConsultationId, useConsultation } from "./api/get-consultation";
import { useUpdateConsultation } from "./api/save-consultation";
import { ConsultationAppointmentsSection } from "./appointments/components/consultation-appointments-section";
import { ConsultationForm } from "./components/consultation-form";
import { ConsultationStatusBadge } from "./components/consultation-status-badge";
import { RegisterDialog, RegisteredLinks } from "./components/register-dialog";
import { formatConsultedAt } from "./consultation-format";
import { ReferralsSection } from "./referrals/components/referrals-section";
import { StartupLinksSection } from "./startup/components/startup-links-section";

const routeApi = getRouteApi("/_authenticated/consultation/consultations/$id");

/** One consultation: its form (corrected with its version) and, for a new person, registration. */
export function ConsultationPage(): JSX.Element {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const { id } = routeApi.useParams();
  const search = routeApi.useSearch();
  const consultation = useConsultation(id);
  const update = useUpdateConsultation(id);
  const [notice, setNotice] = useState<"saved" | "updated" | null>(search.saved ? "saved" : null);
  const [generation, setGeneration] = useState(0);
  const [registering, setRegistering] = useState(false);
  const canWrite = roleHas(me.role, "consultations.write");
  // 起業相談: the grants and guides given show under the record (start-up information).
  const categories = useConsultationCategories();
  const isStartup = (categories.data?.items ?? []).some(
    (category) => category.id === consultation.data?.categoryId && category.code === "startup",
  );

  if (!isConsultationId(id) || (isApiError(consultation.error) && consultation.error.status === 404)) {
    return <NotFoundPage />;
  }
  const record = consultation.data;

  async function save(input: ConsultationInput) {
    if (!record) return;
    setNotice(null);
    await update.mutateAsync({ consultation: input, version: record.version });
    setNotice("updated");
  }
  async function reload() {
    update.reset();
    await consultation.refetch();
    setGeneration((count) => count + 1);
  }

  return (
    <>
      <BackLink to="/consultation">{t("consultation.form.backToList")}</BackLink>
      <PageHeader
        title={t("consultation.form.editTitle")}
        lead={
          record ? (
            <Group gap="sm" component="span">
              <span>{formatConsultedAt(record.consultedAt, i18n.language)}</span>
              <span>{record.person.name ?? t("consultation.anonymous")}</span>
              <ConsultationStatusBadge status={record.status} />
            </Group>
          ) : undefined
        }
        actions={
          record ? (
            <Group gap="xs">
              {canWrite && record.personKind === "new_person" && record.participantId === null ? (
                <Button
                  leftSection={<IconUserPlus size={16} aria-hidden />}
                  onClick={() => setRegistering(true)}
                >
                  {t("consultation.register.open")}
                </Button>
              ) : null}
              <AddAsEvidenceButton record={{ kind: "consultation", id: record.id }} />
            </Group>
          ) : null
        }
      />
      {consultation.isPending ? <LoadingState /> : null}
      {consultation.isError ? (
        <ErrorState error={consultation.error} onRetry={() => void consultation.refetch()} />
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
              {notice === "saved" ? t("consultation.form.saved") : t("consultation.form.updated")}
            </Alert>
          ) : null}
          {record.participantId && record.personKind !== "anonymous" ? (
            <Paper withBorder p="md">
              <Text size="sm" mb="xs">
                {t("consultation.register.linked")}
              </Text>
              <RegisteredLinks consultation={record} />
            </Paper>
          ) : null}
          {isStartup ? <StartupLinksSection consultationId={record.id} canWrite={canWrite} /> : null}
          <ConsultationForm
            key={`${record.id}:${generation}`}
            record={record}
            readOnly={!canWrite}
            mutation={update}
            onSave={save}
            onReload={() => void reload()}
          />
          <ConsultationAppointmentsSection consultationId={record.id} canWrite={canWrite} />
          {roleHas(me.role, "referrals.read") ? (
            <ReferralsSection
              source={{ kind: "consultation", id: record.id }}
              canWrite={roleHas(me.role, "referrals.write")}
            />
          ) : null}
          <RegisterDialog consultation={record} opened={registering} onClose={() => setRegistering(false)} />
        </Stack>
      ) : null}
    </>
  );
}
