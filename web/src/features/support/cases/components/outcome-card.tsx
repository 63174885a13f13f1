import { Badge, Button, Group, Paper, SimpleGrid, Text, Title } from "@mantine/core";
import type { FollowUp, Outcome } from "@otagai/shared/support/outcomes";
import { IconPencil } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { formatNumber } from "../../../../components/format";
import { FollowUpSchedule } from "./follow-up-schedule";
import { incomeChange, useOutcomeFormat } from "./outcome-format";

const badgeStyle = { textTransform: "none", minWidth: "max-content" } as const;

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      {typeof children === "string" ? (
        <Text size="sm" style={{ overflowWrap: "anywhere" }}>
          {children}
        </Text>
      ) : (
        children
      )}
    </div>
  );
}

/** Before → after, and by how much: 増収 when the income after is higher. */
function IncomeDetail({ outcome }: { outcome: Outcome }) {
  const { t, i18n } = useTranslation();
  const format = useOutcomeFormat();
  const o = "support.outcomes" as const;
  const change = incomeChange(outcome);
  const amount = change === null ? "" : formatNumber(Math.abs(change), i18n.language);
  return (
    <Detail label={t(`${o}.fields.income`)}>
      <Text size="sm">
        {t(`${o}.values.income`, {
          before: format.yen(outcome.incomeBeforeYen),
          after: format.yen(outcome.incomeAfterYen),
        })}
      </Text>
      {change !== null ? (
        <Group gap={6} mt={2} wrap="wrap">
          {change > 0 ? (
            <>
              <Badge color="green" c="dark" variant="light" radius="sm" style={badgeStyle}>
                {t(`${o}.values.raised`)}
              </Badge>
              <Text size="sm">{t(`${o}.values.raisedBy`, { amount })}</Text>
            </>
          ) : change < 0 ? (
            <>
              <Badge color="gray" c="dark" variant="light" radius="sm" style={badgeStyle}>
                {t(`${o}.values.lowered`)}
              </Badge>
              <Text size="sm">{t(`${o}.values.loweredBy`, { amount })}</Text>
            </>
          ) : (
            <Text size="sm">{t(`${o}.values.unchanged`)}</Text>
          )}
        </Group>
      ) : null}
    </Detail>
  );
}

/** One outcome: what, where, from when, hours, contract, income; a work outcome's follow-ups under it. */
export function OutcomeCard({
  outcome,
  today,
  canWrite,
  onEdit,
  onRecordFollowUp,
}: {
  outcome: Outcome;
  today: string;
  canWrite: boolean;
  onEdit: () => void;
  onRecordFollowUp: (followUp: FollowUp) => void;
}) {
  const { t } = useTranslation();
  const format = useOutcomeFormat();
  const o = "support.outcomes" as const;
  const headingId = `outcome-${outcome.id}`;
  const type = t(`${o}.types.${outcome.outcomeType}`);
  const where = format.where(outcome);
  return (
    <Paper component="li" withBorder p="md" radius="md" aria-labelledby={headingId}>
      <Group justify="space-between" align="flex-start" gap="xs" mb="xs">
        <div style={{ minWidth: 0 }}>
          <Title order={3} size="h5" id={headingId}>
            {type}
          </Title>
          {where ? (
            <Text size="sm" style={{ overflowWrap: "anywhere" }}>
              {where}
            </Text>
          ) : null}
        </div>
        {canWrite ? (
          <Button
            size="xs"
            variant="subtle"
            leftSection={<IconPencil size={14} aria-hidden />}
            aria-label={t(`${o}.editOf`, { type, date: format.date(outcome.startedOn) })}
            onClick={onEdit}
          >
            {t(`${o}.edit`)}
          </Button>
        ) : null}
      </Group>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
        <Detail label={t(`${o}.fields.startedOn`)}>{format.date(outcome.startedOn)}</Detail>
        <Detail label={t(`${o}.fields.hoursPerWeek`)}>
          {format.hours(outcome.hoursPerWeek) || t(`${o}.values.notGiven`)}
        </Detail>
        <Detail label={t(`${o}.fields.contractForm`)}>
          {outcome.contractForm ? t(`${o}.contractForms.${outcome.contractForm}`) : t(`${o}.values.notGiven`)}
        </Detail>
        <IncomeDetail outcome={outcome} />
      </SimpleGrid>
      {outcome.notes ? (
        <Text size="sm" mt="sm" style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
          {outcome.notes}
        </Text>
      ) : null}
      {outcome.followUps.length > 0 ? (
        <section aria-labelledby={`${headingId}-follow-ups`}>
          <Title order={4} size="h6" mt="md" mb="xs" id={`${headingId}-follow-ups`}>
            {t(`${o}.followUps.title`)}
          </Title>
          <FollowUpSchedule
            followUps={outcome.followUps}
            label={t(`${o}.followUps.listLabel`, { type })}
            today={today}
            canWrite={canWrite}
            onRecord={onRecordFollowUp}
          />
        </section>
      ) : null}
    </Paper>
  );
}
