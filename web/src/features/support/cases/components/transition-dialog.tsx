import { Button, Group, Modal, Stack, Text, Textarea } from "@mantine/core";
import type { CaseStatus } from "@otagai/shared/support/case-flow";
import { type Case, transitionInputSchema } from "@otagai/shared/support/cases";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useTransitionCase } from "../api/transition-case";
import { ClosureFields } from "./closure-fields";
import { todayInJapan } from "./dates";
import { StepError } from "./step-error";
import { useStepForm } from "./use-step-form";

interface TransitionDialogProps {
  record: Case;
  to: CaseStatus;
  onClose: () => void;
  onDone: (to: CaseStatus) => void;
  onReload: () => void;
}

/**
 * Confirms a step with an optional note for the timeline; the step that closes the case carries
 * the closure record (date, reason, outcome) in the same request. The case's version goes with it,
 * so a step taken on a case someone else has just changed is refused (409) instead of guessed.
 */
export function TransitionDialog({ record, to, onClose, onDone, onReload }: TransitionDialogProps) {
  const { t } = useTranslation();
  const transition = useTransitionCase(record.id);
  // The case as the person saw it when choosing the step: a change made meanwhile is a 409.
  const [{ version, from }] = useState({ version: record.version, from: record.status });
  const closing = to === "closed";
  const form = useStepForm({
    initialValues: {
      note: "",
      closure: { closedOn: todayInJapan(), reason: "", outcomeSummary: "" },
    },
    schema: transitionInputSchema,
    mutation: transition,
    toInput: (values) => ({
      to,
      version,
      note: values.note,
      ...(closing ? { closure: values.closure } : {}),
    }),
  });

  const submit = form.submit(async (input) => {
    await transition.mutateAsync(input);
    onDone(to);
  });

  const title = t(`support.cases.moveTo.${to}`);
  return (
    <Modal opened onClose={onClose} title={title} size="lg">
      <form ref={form.ref} onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">
            {t("support.cases.ui.steps.confirm", {
              from: t(`support.cases.statuses.${from}`),
              to: t(`support.cases.statuses.${to}`),
            })}
          </Text>
          {closing ? <ClosureFields getInputProps={form.getInputProps} /> : null}
          <Textarea
            label={t("support.cases.transitions.note")}
            description={t("support.cases.ui.steps.noteHelp")}
            autosize
            minRows={2}
            {...form.getInputProps("note")}
          />
          <StepError error={transition.error} onReload={onReload} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={transition.isPending} color={closing ? "red.8" : undefined}>
              {title}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
