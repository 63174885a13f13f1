import { Button, Group, Stack, Text } from "@mantine/core";
import { type CaseRecordKind, type CaseStatus, mayAddRecord } from "@otagai/shared/support/case-flow";
import type { Case } from "@otagai/shared/support/cases";
import { IconPencil } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { AssessmentForm } from "./assessment-form";
import { ConferenceForm } from "./conference-form";
import { EvaluationForm } from "./evaluation-form";
import { IntakeForm } from "./intake-form";
import { PlanForm } from "./plan-form";

const recordKinds: readonly CaseRecordKind[] = ["intake", "assessment", "plan", "conference", "evaluation"];

/** When the case last entered a step (its timeline), or the epoch when the timeline does not say. */
function enteredAt(record: Case, status: CaseStatus): number {
  const times = record.transitions
    .filter((transition) => transition.toStatus === status)
    .map((transition) => Date.parse(transition.occurredAt));
  return times.length > 0 ? Math.max(...times) : 0;
}

/** The record the case's own step makes, if it makes one. */
function stepKind(status: CaseStatus): CaseRecordKind | null {
  return recordKinds.find((kind) => kind === status) ?? null;
}

/** Whether the step the case is at already has its record (made since the case entered it). */
export function stepRecorded(record: Case): boolean {
  const plan = record.plans[0];
  switch (record.status) {
    case "intake":
      return record.intake !== null;
    case "assessment": {
      const latest = record.assessments[0];
      return !!latest && Date.parse(latest.createdAt) >= enteredAt(record, "assessment");
    }
    case "plan":
      return !!plan && Date.parse(plan.createdAt) >= enteredAt(record, "plan");
    case "conference":
      return !!plan && record.conferences.some((conference) => conference.planId === plan.id);
    case "evaluation":
      return !!plan && record.evaluations.some((evaluation) => evaluation.planId === plan.id);
    default:
      return false;
  }
}

interface StepFormProps {
  record: Case;
  onSaved: () => void;
  onReload: () => void;
}

/**
 * The forms of the step the case is at. The step's own record (intake, an assessment, a plan
 * version, the conference, the evaluation) opens by itself until it is saved; then the form closes
 * (the record shows below, the next step above) and opens again on request. Records the flow also
 * takes at this step (caseRecordStatuses: correcting the intake, a re-assessment) open from their
 * buttons. Closing is a next step; while support is active the work is written as support records.
 */
export function StepForm({ record, onSaved, onReload }: StepFormProps) {
  const { t } = useTranslation();
  const own = stepKind(record.status);
  const recorded = stepRecorded(record);
  const [open, setOpen] = useState<CaseRecordKind | null>(() => (own && !recorded ? own : null));
  const kinds = recordKinds.filter((kind) => mayAddRecord(kind, record.status));
  const props = {
    record,
    onReload,
    onSaved: () => {
      setOpen(null);
      onSaved();
    },
    // The step's own first record has nothing to go back to; anything else can be put away.
    onCancel: open === own && !recorded ? undefined : () => setOpen(null),
  };

  switch (open) {
    case "intake":
      return <IntakeForm {...props} />;
    case "assessment":
      return <AssessmentForm {...props} />;
    case "plan":
      return <PlanForm {...props} />;
    case "conference":
      return <ConferenceForm {...props} />;
    case "evaluation":
      return <EvaluationForm {...props} />;
  }
  return (
    <Stack gap="sm" align="flex-start">
      <Text size="sm">
        {record.status === "active"
          ? t("support.cases.ui.steps.activeNote")
          : record.status === "closed"
            ? t("support.cases.ui.steps.closedNote")
            : t("support.cases.ui.steps.recorded")}
      </Text>
      {kinds.length > 0 ? (
        <Group gap="sm">
          {kinds.map((kind) => (
            <Button
              key={kind}
              variant="light"
              leftSection={<IconPencil size={16} aria-hidden />}
              onClick={() => setOpen(kind)}
            >
              {t(`support.cases.ui.steps.again.${kind}`)}
            </Button>
          ))}
        </Group>
      ) : null}
    </Stack>
  );
}
