import { Accordion, Badge, Group, List, Paper, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import { assessmentAreas, type Case, goalAreas } from "@otagai/shared/support/cases";
import type { ConcernTopic } from "@otagai/shared/support/concern-topics";
import { IconPrinter } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useCurrentUser } from "../../../../app/session";
import { AnchorLink } from "../../../../components/router-links";
import { formatDate } from "./dates";

type Plan = Case["plans"][number];
type Assessment = Case["assessments"][number];

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="xs" c="dimmed">
        {label}
      </Text>
      <Text component="dd" size="sm" m={0} style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
        {children || "—"}
      </Text>
    </div>
  );
}

function RecordSection({
  id,
  title,
  print,
  children,
}: {
  id: string;
  title: string;
  print?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Paper component="section" withBorder p="md" aria-labelledby={id}>
      <Group justify="space-between" align="baseline" mb="sm" gap="xs">
        <Title order={3} size="h5" id={id}>
          {title}
        </Title>
        {print}
      </Group>
      {children}
    </Paper>
  );
}

/** To the record's A4 print view (with its PDF download): the national form's layout. */
function PrintLink({
  caseId,
  form,
  label,
}: {
  caseId: string;
  form: "plan" | "intake" | "assessment";
  label: string;
}) {
  return (
    <AnchorLink
      to={`/support/cases/$id/print/${form}`}
      params={{ id: caseId }}
      size="sm"
      display="inline-flex"
      style={{ alignItems: "center", gap: 4 }}
    >
      <IconPrinter size={16} aria-hidden />
      {label}
    </AnchorLink>
  );
}

function IntakeView({ record }: { record: Case }) {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const intake = record.intake;
  if (!intake) return null;
  const receiver =
    intake.receivedById === me.id
      ? me.displayName
      : intake.receivedById && intake.receivedById === record.leadCoordinatorId
        ? (record.leadCoordinatorName ?? "")
        : intake.receivedById
          ? t("support.cases.ui.intake.otherStaff")
          : "";
  return (
    <RecordSection
      id="record-intake"
      title={t("support.cases.intake.title")}
      print={<PrintLink caseId={record.id} form="intake" label={t("support.forms.printIntake")} />}
    >
      <SimpleGrid component="dl" cols={{ base: 1, sm: 2, md: 3 }} m={0} spacing="sm">
        <Detail label={t("support.cases.intake.receivedOn")}>
          {formatDate(intake.receivedOn, i18n.language)}
        </Detail>
        <Detail label={t("support.cases.intake.receivedBy")}>{receiver}</Detail>
        <Detail label={t("support.cases.intake.howCame")}>{intake.howCame}</Detail>
        <Detail label={t("support.cases.intake.accompaniedBy")}>{intake.accompaniedBy}</Detail>
        <Detail label={t("support.cases.intake.urgency")}>
          {t(`support.cases.urgencies.${intake.urgency}`)}
        </Detail>
        <Detail label={t("support.cases.intake.screeningRoute")}>
          {t(`support.cases.screeningRoutes.${intake.screeningRoute}`)}
        </Detail>
      </SimpleGrid>
      <Text size="xs" c="dimmed" mt="sm">
        {t("support.cases.intake.concernTopics")}
      </Text>
      <Group gap={6} mt={4} component="ul" p={0} style={{ listStyle: "none" }}>
        {intake.concernTopics.map((topic) => (
          <li key={topic}>
            <Badge
              variant={topic === intake.pressingTopic ? "filled" : "light"}
              color={topic === intake.pressingTopic ? "red.9" : "gray"}
              c={topic === intake.pressingTopic ? undefined : "dark"}
            >
              {t(`support.concernTopics.${topic as ConcernTopic}`)}
              {topic === intake.pressingTopic ? ` (${t("support.cases.intake.pressingTopic")})` : ""}
            </Badge>
          </li>
        ))}
      </Group>
      {intake.notes ? (
        <SimpleGrid component="dl" cols={1} m={0} mt="sm">
          <Detail label={t("support.cases.intake.notes")}>{intake.notes}</Detail>
        </SimpleGrid>
      ) : null}
    </RecordSection>
  );
}

function AssessmentView({ assessment }: { assessment: Assessment }) {
  const { t, i18n } = useTranslation();
  return (
    <Stack gap="xs">
      <Text size="sm">
        {t("support.cases.assessment.assessedOn")}: {formatDate(assessment.assessedOn, i18n.language)}
      </Text>
      <Table.ScrollContainer minWidth={520}>
        <Table verticalSpacing="xs" withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("support.cases.assessment.area")}</Table.Th>
              <Table.Th scope="col">{t("support.cases.assessment.level")}</Table.Th>
              <Table.Th scope="col">{t("support.cases.assessment.notes")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {assessmentAreas.map((area) => {
              const value = assessment.areas[area];
              const level = value?.level;
              return (
                <Table.Tr key={area}>
                  <Table.Th scope="row">{t(`support.cases.assessmentAreas.${area}`)}</Table.Th>
                  <Table.Td>
                    {level && level >= 1 && level <= 4
                      ? `${level}: ${t(`support.cases.assessmentLevels.${String(level) as "1" | "2" | "3" | "4"}`)}`
                      : t("support.cases.assessmentLevelNone")}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: "pre-wrap" }}>{value?.notes ?? ""}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {assessment.summary ? (
        <SimpleGrid component="dl" cols={1} m={0}>
          <Detail label={t("support.cases.assessment.summary")}>{assessment.summary}</Detail>
        </SimpleGrid>
      ) : null}
    </Stack>
  );
}

export function PlanView({ plan }: { plan: Plan }) {
  const { t, i18n } = useTranslation();
  return (
    <Stack gap="sm">
      <SimpleGrid component="dl" cols={{ base: 1, sm: 3 }} m={0} spacing="sm">
        <Detail label={t("support.cases.plan.madeOn")}>{formatDate(plan.madeOn, i18n.language)}</Detail>
        <Detail label={t("support.cases.plan.reviewOn")}>{formatDate(plan.reviewOn, i18n.language)}</Detail>
        <Detail label={t("support.cases.plan.agreedOn")}>
          {plan.agreedOn ? formatDate(plan.agreedOn, i18n.language) : t("support.cases.ui.plan.notAgreed")}
        </Detail>
      </SimpleGrid>
      {goalAreas.map((area) => {
        const goals = plan.goals.filter((goal) => goal.area === area);
        if (goals.length === 0) return null;
        return (
          <div key={area}>
            <Text fw={700} size="sm">
              {t(`support.cases.goalAreas.${area}`)}
            </Text>
            <List spacing={6} size="sm" withPadding>
              {goals.map((goal, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a plan's goals have no id of their own.
                <List.Item key={index}>
                  <Text size="sm" fw={600}>
                    {goal.goal}
                  </Text>
                  {goal.actions.length > 0 ? (
                    <List size="sm" withPadding listStyleType="circle">
                      {goal.actions.map((action, actionIndex) => (
                        // biome-ignore lint/suspicious/noArrayIndexKey: actions have no id of their own.
                        <List.Item key={actionIndex}>
                          {action.action}
                          {action.by ? ` — ${action.by}` : ""}
                          {action.targetOn
                            ? ` (${t("support.cases.plan.targetOn")}: ${formatDate(action.targetOn, i18n.language)})`
                            : ""}
                        </List.Item>
                      ))}
                    </List>
                  ) : null}
                </List.Item>
              ))}
            </List>
          </div>
        );
      })}
      {plan.notes ? (
        <SimpleGrid component="dl" cols={1} m={0}>
          <Detail label={t("support.cases.plan.notes")}>{plan.notes}</Detail>
        </SimpleGrid>
      ) : null}
    </Stack>
  );
}

function ConferencesView({ record }: { record: Case }) {
  const { t, i18n } = useTranslation();
  const planNumber = new Map(record.plans.map((plan) => [plan.id, plan.planNumber]));
  return (
    <RecordSection id="record-conferences" title={t("support.cases.conference.title")}>
      <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: "none" }}>
        {record.conferences.map((conference) => (
          <li key={conference.id}>
            <Group gap="xs">
              <Text size="sm" fw={600}>
                {formatDate(conference.heldOn, i18n.language)}
              </Text>
              <Badge
                variant="light"
                color={conference.decision === "approved" ? "otagai" : "orange"}
                c="dark"
              >
                {t(`support.cases.conferenceDecisions.${conference.decision}`)}
              </Badge>
              <Text size="xs" c="dimmed">
                {t("support.cases.plan.planNumber", { number: planNumber.get(conference.planId) ?? "?" })}
              </Text>
            </Group>
            <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} m={0} mt={4} spacing="xs">
              <Detail label={t("support.cases.conference.attendees")}>{conference.attendees}</Detail>
              <Detail label={t("support.cases.conference.notes")}>{conference.notes}</Detail>
            </SimpleGrid>
          </li>
        ))}
      </Stack>
    </RecordSection>
  );
}

function EvaluationsView({ record }: { record: Case }) {
  const { t, i18n } = useTranslation();
  const plans = new Map(record.plans.map((plan) => [plan.id, plan]));
  return (
    <RecordSection id="record-evaluations" title={t("support.cases.evaluation.title")}>
      <Stack gap="md" component="ul" p={0} m={0} style={{ listStyle: "none" }}>
        {record.evaluations.map((evaluation) => {
          const plan = plans.get(evaluation.planId);
          return (
            <li key={evaluation.id}>
              <Text size="sm" fw={600}>
                {formatDate(evaluation.evaluatedOn, i18n.language)}
                {plan ? ` ・ ${t("support.cases.plan.planNumber", { number: plan.planNumber })}` : ""}
              </Text>
              <List size="sm" spacing={4} withPadding>
                {evaluation.goalResults.map((result, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: one result per goal, by the goal's index.
                  <List.Item key={index}>
                    {plan?.goals[index]?.goal ??
                      t("support.cases.ui.evaluation.goalN", { number: index + 1 })}
                    : <strong>{t(`support.cases.goalResults.${result.result}`)}</strong>
                    {result.notes ? ` — ${result.notes}` : ""}
                  </List.Item>
                ))}
              </List>
              {evaluation.notes ? (
                <SimpleGrid component="dl" cols={1} m={0} mt={4}>
                  <Detail label={t("support.cases.evaluation.notes")}>{evaluation.notes}</Detail>
                </SimpleGrid>
              ) : null}
            </li>
          );
        })}
      </Stack>
    </RecordSection>
  );
}

/** Every step's record so far, read-only; earlier plan versions and assessments below the current. */
export function CaseRecords({ record }: { record: Case }) {
  const { t, i18n } = useTranslation();
  const [latestAssessment, ...earlierAssessments] = record.assessments;
  const [currentPlan, ...earlierPlans] = record.plans;
  const nothing =
    !record.intake &&
    !latestAssessment &&
    !currentPlan &&
    record.conferences.length === 0 &&
    record.evaluations.length === 0 &&
    !record.closure;
  if (nothing) return <Text size="sm">{t("support.cases.ui.records.none")}</Text>;
  return (
    <Stack gap="md">
      <IntakeView record={record} />
      {latestAssessment ? (
        <RecordSection
          id="record-assessment"
          title={t("support.cases.assessment.title")}
          print={
            <PrintLink caseId={record.id} form="assessment" label={t("support.forms.printAssessment")} />
          }
        >
          <AssessmentView assessment={latestAssessment} />
          {earlierAssessments.length > 0 ? (
            <Accordion variant="separated" mt="sm">
              {earlierAssessments.map((assessment) => (
                <Accordion.Item key={assessment.id} value={assessment.id}>
                  <Accordion.Control>
                    {t("support.cases.ui.records.earlierAssessment", {
                      date: formatDate(assessment.assessedOn, i18n.language),
                    })}
                  </Accordion.Control>
                  <Accordion.Panel>
                    <AssessmentView assessment={assessment} />
                  </Accordion.Panel>
                </Accordion.Item>
              ))}
            </Accordion>
          ) : null}
        </RecordSection>
      ) : null}
      {currentPlan ? (
        <RecordSection
          id="record-plan"
          title={`${t("support.cases.plan.current")}（${t("support.cases.plan.planNumber", { number: currentPlan.planNumber })}）`}
          print={<PrintLink caseId={record.id} form="plan" label={t("support.forms.printPlan")} />}
        >
          <PlanView plan={currentPlan} />
          {earlierPlans.length > 0 ? (
            <>
              <Text size="sm" fw={700} mt="md" mb={4}>
                {t("support.cases.plan.previous")}
              </Text>
              <Accordion variant="separated">
                {earlierPlans.map((plan) => (
                  <Accordion.Item key={plan.id} value={plan.id}>
                    <Accordion.Control>
                      {t("support.cases.ui.records.earlierPlan", {
                        number: plan.planNumber,
                        date: formatDate(plan.madeOn, i18n.language),
                      })}
                    </Accordion.Control>
                    <Accordion.Panel>
                      <PlanView plan={plan} />
                    </Accordion.Panel>
                  </Accordion.Item>
                ))}
              </Accordion>
            </>
          ) : null}
        </RecordSection>
      ) : null}
      {record.conferences.length > 0 ? <ConferencesView record={record} /> : null}
      {record.evaluations.length > 0 ? <EvaluationsView record={record} /> : null}
      {record.closure ? (
        <RecordSection id="record-closure" title={t("support.cases.closure.title")}>
          <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} m={0} spacing="sm">
            <Detail label={t("support.cases.closure.closedOn")}>
              {formatDate(record.closure.closedOn, i18n.language)}
            </Detail>
            <Detail label={t("support.cases.closure.reason")}>
              {t(`support.cases.closureReasons.${record.closure.reason}`)}
            </Detail>
          </SimpleGrid>
          <SimpleGrid component="dl" cols={1} m={0} mt="sm">
            <Detail label={t("support.cases.closure.outcomeSummary")}>{record.closure.outcomeSummary}</Detail>
          </SimpleGrid>
        </RecordSection>
      ) : null}
    </Stack>
  );
}
