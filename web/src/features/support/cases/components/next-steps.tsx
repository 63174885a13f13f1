import { Button, Group, List, Stack, Text } from "@mantine/core";
import type { CaseStatus } from "@otagai/shared/support/case-flow";
import type { Case } from "@otagai/shared/support/cases";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { TransitionDialog } from "./transition-dialog";

interface NextStepsProps {
  record: Case;
  canWrite: boolean;
  onMoved: (to: CaseStatus) => void;
  onReload: () => void;
}

/** What a step still needs, less the closure record: the closing step's dialog asks for it. */
function stillMissing(step: Case["nextSteps"][number]) {
  return step.missing.filter((requirement) => !(step.to === "closed" && requirement === "closure"));
}

function StepButton({ step, onChoose }: { step: Case["nextSteps"][number]; onChoose: () => void }) {
  const { t } = useTranslation();
  const missingId = useId();
  const missing = stillMissing(step);
  const blocked = missing.length > 0;
  return (
    <Stack gap={4} style={{ flex: "0 1 auto" }}>
      <Button
        variant={step.to === "closed" ? "outline" : "filled"}
        color={step.to === "closed" ? "red.8" : undefined}
        // Still focusable and read with what it needs (a disabled button would be skipped by the keyboard).
        data-disabled={blocked || undefined}
        aria-disabled={blocked || undefined}
        aria-describedby={blocked ? missingId : undefined}
        onClick={(event) => {
          if (blocked) event.preventDefault();
          else onChoose();
        }}
      >
        {t(`support.cases.moveTo.${step.to}`)}
      </Button>
      {blocked ? (
        <div id={missingId}>
          <Text size="xs" c="dimmed">
            {t("support.cases.ui.steps.needs")}
          </Text>
          <List size="xs" c="dimmed" withPadding>
            {missing.map((requirement) => (
              <List.Item key={requirement}>{t(`support.cases.requirements.${requirement}`)}</List.Item>
            ))}
          </List>
        </div>
      ) : null}
    </Stack>
  );
}

/** The steps the flow allows from here (the server's nextSteps), each with what it still needs. */
export function NextSteps({ record, canWrite, onMoved, onReload }: NextStepsProps) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<CaseStatus | null>(null);
  if (record.nextSteps.length === 0) {
    return <Text size="sm">{t("support.cases.ui.steps.none")}</Text>;
  }
  if (!canWrite) {
    return (
      <Text size="sm">
        {t("support.cases.ui.steps.readOnly", {
          steps: record.nextSteps
            .map((step) => t(`support.cases.statuses.${step.to}`))
            .join(t("support.cases.refusals.listSeparator")),
        })}
      </Text>
    );
  }
  return (
    <>
      <Group align="flex-start" gap="md" wrap="wrap">
        {record.nextSteps.map((step) => (
          <StepButton key={step.to} step={step} onChoose={() => setChosen(step.to)} />
        ))}
      </Group>
      {chosen ? (
        <TransitionDialog
          key={chosen}
          record={record}
          to={chosen}
          onClose={() => setChosen(null)}
          onDone={(to) => {
            setChosen(null);
            onMoved(to);
          }}
          onReload={() => {
            setChosen(null);
            onReload();
          }}
        />
      ) : null}
    </>
  );
}
