import { Stack, Text } from "@mantine/core";
import type { FollowUp, Outcome } from "@otagai/shared/support/outcomes";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorState, LoadingState } from "../../../../components/query-state";
import { FormModal } from "../../components/form-modal";
import { RecordSection } from "../../components/record-section";
import { useCaseOutcomes } from "../api/find-outcomes";
import { todayInJapan } from "./dates";
import { FollowUpForm } from "./follow-up-form";
import { OutcomeCard } from "./outcome-card";
import { OutcomeCreateForm, OutcomeEditForm } from "./outcome-form";
import { useOutcomeFormat } from "./outcome-format";

type Notice = "added" | "saved" | "followUpSaved";

/** Newest first: by start date, then by when it was recorded. */
function newestFirst(a: Outcome, b: Outcome): number {
  return b.startedOn.localeCompare(a.startedOn) || b.createdAt.localeCompare(a.createdAt);
}

/**
 * 就労等の結果 on the case page: the case's outcomes, newest first, each work outcome with its
 * retention follow-ups (1・3・6・12か月); recorded and edited in dialogs by those with cases.write.
 */
export function OutcomesSection({ caseId, canWrite }: { caseId: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const format = useOutcomeFormat();
  const o = "support.outcomes" as const;
  const outcomes = useCaseOutcomes(caseId);
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<Outcome | null>(null);
  const [recording, setRecording] = useState<FollowUp | null>(null);
  // Re-opens a dialog's form on fresh data after "someone saved first" and a reload.
  const [generation, setGeneration] = useState(0);
  const [notice, setNotice] = useState<Notice | null>(null);
  const today = todayInJapan();
  const items = [...(outcomes.data?.items ?? [])].sort(newestFirst);

  async function reloadLatest(): Promise<Outcome[]> {
    const fresh = await outcomes.refetch();
    setGeneration((value) => value + 1);
    return fresh.data?.items ?? [];
  }

  return (
    <RecordSection
      headingId="case-outcomes-heading"
      title={t(`${o}.title`)}
      lead={t(`${o}.lead`)}
      addLabel={canWrite ? t(`${o}.add`) : undefined}
      onAdd={() => {
        setNotice(null);
        setAdding(true);
      }}
      notice={notice ? t(`${o}.${notice}`) : null}
    >
      {outcomes.isPending ? <LoadingState /> : null}
      {outcomes.isError ? (
        <ErrorState error={outcomes.error} onRetry={() => void outcomes.refetch()} />
      ) : null}
      {outcomes.data && items.length === 0 ? <Text size="sm">{t(`${o}.none`)}</Text> : null}
      {items.length > 0 ? (
        <Stack
          component="ul"
          gap="sm"
          p={0}
          m={0}
          aria-label={t(`${o}.listLabel`)}
          style={{ listStyle: "none" }}
        >
          {items.map((outcome) => (
            <OutcomeCard
              key={outcome.id}
              outcome={outcome}
              today={today}
              canWrite={canWrite}
              onEdit={() => {
                setNotice(null);
                setEditing(outcome);
              }}
              onRecordFollowUp={(followUp) => {
                setNotice(null);
                setRecording(followUp);
              }}
            />
          ))}
        </Stack>
      ) : null}
      {canWrite ? (
        <>
          <FormModal opened={adding} title={t(`${o}.addTitle`)} onClose={() => setAdding(false)}>
            <OutcomeCreateForm
              caseId={caseId}
              onCreated={() => {
                setAdding(false);
                setNotice("added");
              }}
              onCancel={() => setAdding(false)}
            />
          </FormModal>
          <FormModal opened={editing !== null} title={t(`${o}.editTitle`)} onClose={() => setEditing(null)}>
            {editing ? (
              <OutcomeEditForm
                key={`${editing.id}:${generation}`}
                caseId={caseId}
                outcome={editing}
                onSaved={() => {
                  setEditing(null);
                  setNotice("saved");
                }}
                onCancel={() => setEditing(null)}
                onReload={() => {
                  void reloadLatest().then((fresh) => {
                    const latest = fresh.find((item) => item.id === editing.id);
                    if (latest) setEditing(latest);
                  });
                }}
              />
            ) : null}
          </FormModal>
          <FormModal
            opened={recording !== null}
            title={
              recording
                ? t(`${o}.followUps.dialogTitle`, {
                    months: recording.offsetMonths,
                    date: format.date(recording.dueOn),
                  })
                : ""
            }
            onClose={() => setRecording(null)}
          >
            {recording ? (
              <FollowUpForm
                key={`${recording.id}:${generation}`}
                caseId={caseId}
                followUp={recording}
                onSaved={() => {
                  setRecording(null);
                  setNotice("followUpSaved");
                }}
                onCancel={() => setRecording(null)}
                onReload={() => {
                  void reloadLatest().then((fresh) => {
                    const latest = fresh
                      .flatMap((item) => item.followUps)
                      .find((item) => item.id === recording.id);
                    if (latest) setRecording(latest);
                  });
                }}
              />
            ) : null}
          </FormModal>
        </>
      ) : null}
    </RecordSection>
  );
}
