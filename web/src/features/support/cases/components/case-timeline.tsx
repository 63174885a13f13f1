import { Text, Timeline } from "@mantine/core";
import type { Case } from "@otagai/shared/support/cases";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../../../../components/format";

/** The case's steps as they happened (case_transitions), oldest first: who moved it, when, and why. */
export function CaseTimeline({ record }: { record: Case }) {
  const { t, i18n } = useTranslation();
  if (record.transitions.length === 0) return <Text size="sm">{t("support.cases.ui.timeline.empty")}</Text>;
  return (
    <Timeline
      bulletSize={14}
      lineWidth={2}
      active={record.transitions.length - 1}
      component="ol"
      p={0}
      style={{ listStyle: "none" }}
    >
      {record.transitions.map((transition, index) => (
        <Timeline.Item
          // biome-ignore lint/suspicious/noArrayIndexKey: transitions have no id in the answer; their order is fixed.
          key={index}
          component="li"
          title={
            transition.fromStatus
              ? t("support.cases.ui.timeline.moved", {
                  from: t(`support.cases.statuses.${transition.fromStatus}`),
                  to: t(`support.cases.statuses.${transition.toStatus}`),
                })
              : t("support.cases.transitions.opened")
          }
        >
          <Text size="xs" c="dimmed">
            {formatDateTime(transition.occurredAt, i18n.language)}
            {transition.actorName ? ` ・ ${transition.actorName}` : ""}
          </Text>
          {transition.note ? (
            <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
              {transition.note}
            </Text>
          ) : null}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
