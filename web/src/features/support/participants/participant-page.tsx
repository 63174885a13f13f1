import { Alert, Paper, Stack } from "@mantine/core";
import { roleHas } from "@otagai/shared/platform/permissions";
import { IconCircleCheck, IconInfoCircle } from "@tabler/icons-react";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { type JSX, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../../app/api-client";
import { NotFoundPage } from "../../../app/not-found-page";
import { useCurrentUser } from "../../../app/session";
import { EditableSectionHeading } from "../../../components/edit-form-parts";
import { PageHeader } from "../../../components/page-header";
import { ErrorState, LoadingState } from "../../../components/query-state";
import { useEditInPlace } from "../../../components/use-edit-in-place";
import { isParticipantId, useParticipant } from "./api/get-participant";
import { usePrograms } from "./api/get-programs";
import { BackToListLink } from "./components/back-to-list-link";
import { CasesSection } from "./components/cases-section";
import { ConsentsSection } from "./components/consents-section";
import { ConsultationsSection } from "./components/consultations-section";
import { ParticipantEditForm } from "./components/participant-edit-form";
import { ParticipantProfile } from "./components/participant-profile";
import { SensitiveSectionCard } from "./components/sensitive-section";
import { TimelineSection } from "./components/timeline-section";
import { fullKana, fullName } from "./participant-format";
import type { ProfileValues } from "./profile-values";

const routeApi = getRouteApi("/_authenticated/support/participants/$id");

type Notice = "created" | "saved" | "merged";

export function ParticipantPage(): JSX.Element {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const { id } = routeApi.useParams();
  const search = routeApi.useSearch();
  const participant = useParticipant(id);
  const programs = usePrograms();
  const [notice, setNotice] = useState<Notice | null>(
    search.created ? "created" : search.merged ? "merged" : null,
  );
  const edit = useEditInPlace<ProfileValues>({
    refetch: () => participant.refetch(),
    clearNotice: () => setNotice(null),
    onSaved: () => setNotice("saved"),
  });
  const canWrite = roleHas(me.role, "participants.write");
  const canSeeSensitive = roleHas(me.role, "participants.sensitive");
  const canSeeConsultations = roleHas(me.role, "consultations.read");

  // A record merged into another (a tombstone): its address goes on to the record that was kept.
  const mergedIntoId = participant.data?.mergedIntoId ?? null;
  useEffect(() => {
    if (mergedIntoId) {
      void navigate({
        to: "/support/participants/$id",
        params: { id: mergedIntoId },
        search: { merged: true },
        replace: true,
      });
    }
  }, [mergedIntoId, navigate]);
  useEffect(() => {
    if (search.merged) setNotice("merged");
  }, [search.merged]);

  // An address that names no participant (mistyped, or another program's): "not found", never more.
  if (!isParticipantId(id) || (isApiError(participant.error) && participant.error.status === 404)) {
    return <NotFoundPage />;
  }

  const noticeText: Record<Notice, string> = {
    created: t("support.participants.created"),
    saved: t("support.participants.saved"),
    merged: t("support.participants.redirectedFromMerged"),
  };
  const programNames = new Map((programs.data?.items ?? []).map((program) => [program.id, program.name]));
  const caseNames = new Map(
    (participant.data?.cases ?? []).map((item) => [
      item.id,
      programNames.get(item.programId) ?? t("support.participants.cases.unknownProgram"),
    ]),
  );

  const data = participant.data && !participant.data.mergedIntoId ? participant.data : undefined;

  return (
    <>
      <BackToListLink />
      <PageHeader
        title={data ? fullName(data) : t("support.participants.detailTitle")}
        lead={data ? fullKana(data) : undefined}
      />
      {participant.isPending || mergedIntoId ? <LoadingState /> : null}
      {participant.isError ? (
        <ErrorState error={participant.error} onRetry={() => void participant.refetch()} />
      ) : null}
      {data ? (
        <Stack gap="lg" maw={1000}>
          {notice ? (
            <Alert
              color={notice === "merged" ? "blue" : "otagai"}
              icon={notice === "merged" ? <IconInfoCircle aria-hidden /> : <IconCircleCheck aria-hidden />}
              role="status"
              withCloseButton
              onClose={() => setNotice(null)}
              closeButtonLabel={t("common.cancel")}
            >
              {noticeText[notice]}
            </Alert>
          ) : null}
          <Paper component="section" withBorder p="lg" aria-labelledby="profile-heading">
            <EditableSectionHeading
              id="profile-heading"
              title={t("support.participants.profile")}
              editLabel={t("support.participants.edit")}
              canEdit={canWrite}
              edit={edit}
            />
            {edit.editing ? (
              <ParticipantEditForm key={`${id}:${edit.generation}`} participant={data} {...edit.formProps} />
            ) : (
              <ParticipantProfile participant={data} />
            )}
          </Paper>
          <CasesSection participant={data} />
          <TimelineSection
            participantId={data.id}
            cases={data.cases}
            caseNames={caseNames}
            canWrite={canWrite}
          />
          <ConsentsSection participant={data} canWrite={canWrite} />
          {canSeeConsultations ? <ConsultationsSection participantId={data.id} /> : null}
          {canSeeSensitive ? (
            <SensitiveSectionCard key={data.id} participantId={data.id} canWrite={canWrite} />
          ) : null}
        </Stack>
      ) : null}
    </>
  );
}
