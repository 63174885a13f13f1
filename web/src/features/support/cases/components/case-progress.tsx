import { Box, Group, Text, ThemeIcon, VisuallyHidden } from "@mantine/core";
import { type CaseStatus, caseStatuses } from "@otagai/shared/support/case-flow";
import type { Case } from "@otagai/shared/support/cases";
import { IconCheck } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { useIsPhone } from "../../../../components/use-is-phone";

type StepState = "done" | "current" | "notReached";

/** A step is done once the case has been there (its timeline says so); the case's own step is current. */
function stepStates(record: Pick<Case, "status" | "transitions">): Record<CaseStatus, StepState> {
  const visited = new Set<CaseStatus>(record.transitions.map((transition) => transition.toStatus));
  visited.add("intake");
  const currentIndex = caseStatuses.indexOf(record.status);
  return Object.fromEntries(
    caseStatuses.map((status, index) => {
      if (status === record.status) return [status, "current"];
      // An open case has passed every step before its own (a case opened before the timeline began
      // has no transitions to show it).
      if (visited.has(status) || (record.status !== "closed" && index < currentIndex))
        return [status, "done"];
      return [status, "notReached"];
    }),
  ) as Record<CaseStatus, StepState>;
}

/**
 * The national flow's steps as an ordered list: the current one marked with aria-current="step",
 * each step's state in words for screen readers (not only by colour or icon). Steps are not
 * buttons: the page's next-step buttons move the case.
 */
export function CaseProgress({ record }: { record: Pick<Case, "status" | "transitions"> }) {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const states = stepStates(record);
  return (
    <Box
      component="ol"
      aria-label={t("support.cases.ui.progress.label")}
      p={0}
      m={0}
      style={{
        listStyle: "none",
        display: "flex",
        flexDirection: isPhone ? "column" : "row",
        flexWrap: "wrap",
        gap: isPhone ? 6 : 12,
      }}
    >
      {caseStatuses.map((status, index) => {
        const state = states[status];
        return (
          <li key={status} aria-current={state === "current" ? "step" : undefined}>
            <Group gap={6} wrap="nowrap">
              <ThemeIcon
                size={26}
                radius="xl"
                variant={state === "notReached" ? "outline" : "filled"}
                color={state === "notReached" ? "gray" : "otagai"}
                aria-hidden
              >
                {state === "done" ? (
                  <IconCheck size={16} />
                ) : (
                  <Text span size="xs" fw={700} c={state === "current" ? "white" : "dark"}>
                    {index + 1}
                  </Text>
                )}
              </ThemeIcon>
              <Text
                span
                size="sm"
                fw={state === "current" ? 700 : 400}
                c={state === "notReached" ? "dimmed" : undefined}
                td={state === "current" ? "underline" : undefined}
              >
                {t(`support.cases.statuses.${status}`)}
              </Text>
              <VisuallyHidden>{t(`support.cases.ui.progress.${state}`)}</VisuallyHidden>
            </Group>
          </li>
        );
      })}
    </Box>
  );
}
