import { assessmentAreas, type Case } from "@otagai/shared/support/cases";
import { concernTopics } from "@otagai/shared/support/concern-topics";
import type { Participant } from "@otagai/shared/support/participants";
import { getRouteApi } from "@tanstack/react-router";
import type { JSX, ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../../app/api-client";
import { NotFoundPage } from "../../../app/not-found-page";
import { ErrorState, LoadingState } from "../../../components/query-state";
import { AnchorLink } from "../../../components/router-links";
import { isCaseId, useCase } from "../cases/api/get-case";
import { useParticipant } from "../participants/api/get-participant";
import {
  type PrintField,
  PrintFields,
  PrintSheet,
  PrintSignatures,
  PrintTable,
  printDate,
} from "./print-sheet";

const planRoute = getRouteApi("/_authenticated/support/cases/$id/print/plan");
const intakeRoute = getRouteApi("/_authenticated/support/cases/$id/print/intake");
const assessmentRoute = getRouteApi("/_authenticated/support/cases/$id/print/assessment");

type Loaded = { record: Case; person: Participant };

/** Loads the case and its person; "not found" for an address that names no case the user reaches. */
function useCaseForPrint(id: string, render: (loaded: Loaded) => JSX.Element): JSX.Element {
  const record = useCase(id);
  const person = useParticipant(record.data?.participantId ?? "");
  if (!isCaseId(id) || (isApiError(record.error) && record.error.status === 404)) return <NotFoundPage />;
  if (record.error) return <ErrorState error={record.error} onRetry={() => void record.refetch()} />;
  if (person.error) return <ErrorState error={person.error} onRetry={() => void person.refetch()} />;
  if (!record.data || !person.data) return <LoadingState />;
  return render({ record: record.data, person: person.data });
}

function BackToCase({ id }: { id: string }) {
  const { t } = useTranslation();
  return (
    <AnchorLink to="/support/cases/$id" params={{ id }} size="sm">
      {t("print.back")}
    </AnchorLink>
  );
}

function pdfUrl(id: string, form: string, query?: Record<string, string>) {
  const search = query ? `?${new URLSearchParams(query).toString()}` : "";
  return `/api/cases/${encodeURIComponent(id)}/pdf/${form}${search}`;
}

function usePersonFields(loaded: Loaded): PrintField[] {
  const { t } = useTranslation();
  const { person, record } = loaded;
  const birth = person.birthDate
    ? `${printDate(person.birthDate)}${person.age === null ? "" : `（${t("support.forms.person.age", { age: person.age })}）`}`
    : "—";
  return [
    {
      label: t("support.forms.person.kana"),
      value: `${person.familyNameKana} ${person.givenNameKana}`,
      strong: true,
    },
    { label: t("support.forms.person.gender"), value: person.gender },
    {
      label: t("support.forms.person.name"),
      value: `${person.familyName} ${person.givenName}`,
      strong: true,
    },
    { label: t("support.forms.person.birthDate"), value: birth, strong: true },
    {
      label: t("support.forms.person.address"),
      value: [person.postalCode && `〒${person.postalCode}`, person.address].filter(Boolean).join(" "),
      span: 2,
    },
    { label: t("support.forms.person.phone"), value: person.phone },
    { label: t("support.forms.person.email"), value: person.email },
    { label: t("support.forms.person.openedOn"), value: printDate(record.openedOn) },
    { label: t("support.forms.person.coordinator"), value: record.leadCoordinatorName ?? "" },
  ];
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section>
      <h2>{title}</h2>
      {children}
    </section>
  );
}

export function CasePlanPrintPage(): JSX.Element {
  const { id } = planRoute.useParams();
  const { planId } = planRoute.useSearch();
  return useCaseForPrint(id, (loaded) => <PlanSheet loaded={loaded} planId={planId} />);
}

function PlanSheet({ loaded, planId }: { loaded: Loaded; planId?: string }) {
  const { t } = useTranslation();
  const personFields = usePersonFields(loaded);
  const plan = planId
    ? loaded.record.plans.find((candidate) => candidate.id === planId)
    : loaded.record.plans[0];
  if (!plan) return <NotFoundPage />;
  const rows = plan.goals.flatMap((goal, goalIndex) => {
    const area = t(`support.cases.goalAreas.${goal.area}`);
    if (goal.actions.length === 0) return [{ key: `${goalIndex}`, cells: [area, goal.goal, "—", "", ""] }];
    return goal.actions.map((action, index) => ({
      key: `${goalIndex}-${index}`,
      cells: [
        index === 0 ? area : "",
        index === 0 ? goal.goal : "",
        action.action,
        action.by,
        action.targetOn ? printDate(action.targetOn) : "",
      ],
    }));
  });
  return (
    <PrintSheet
      title={t("support.forms.plan.title")}
      subtitle={t("support.forms.plan.version", { number: plan.planNumber })}
      pdfUrl={pdfUrl(loaded.record.id, "plan", planId ? { planId } : undefined)}
      back={<BackToCase id={loaded.record.id} />}
    >
      <Section title={t("support.forms.person.title")}>
        <PrintFields fields={personFields} />
      </Section>
      <Section title={t("support.forms.plan.section")}>
        <PrintFields
          fields={[
            { label: t("support.forms.plan.madeOn"), value: printDate(plan.madeOn), strong: true },
            { label: t("support.forms.plan.reviewOn"), value: printDate(plan.reviewOn) },
            { label: t("support.forms.plan.agreedOn"), value: printDate(plan.agreedOn), strong: true },
          ]}
        />
      </Section>
      <Section title={t("support.forms.plan.goals")}>
        <PrintTable
          headers={[
            t("support.forms.plan.area"),
            t("support.forms.plan.goal"),
            t("support.forms.plan.action"),
            t("support.forms.plan.by"),
            t("support.forms.plan.targetOn"),
          ]}
          widths={[14, 30, 30, 11, 15]}
          rows={rows}
        />
      </Section>
      <Section title={t("support.forms.plan.notes")}>
        <div className="print-block">{plan.notes || "—"}</div>
      </Section>
      <p className="print-note">{t("support.forms.plan.consent")}</p>
      <PrintSignatures
        labels={[
          t("support.forms.plan.signatureDate"),
          t("support.forms.plan.signatureParticipant"),
          t("support.forms.plan.signatureCoordinator"),
        ]}
      />
    </PrintSheet>
  );
}

export function CaseIntakePrintPage(): JSX.Element {
  const { id } = intakeRoute.useParams();
  return useCaseForPrint(id, (loaded) => <IntakeSheet loaded={loaded} />);
}

function IntakeSheet({ loaded }: { loaded: Loaded }) {
  const { t } = useTranslation();
  const personFields = usePersonFields(loaded);
  const intake = loaded.record.intake;
  if (!intake) return <NotFoundPage />;
  const mark = (topic: string) =>
    topic === intake.pressingTopic
      ? t("support.forms.intake.pressing")
      : intake.concernTopics.includes(topic as never)
        ? t("support.forms.intake.chosen")
        : "";
  const topicRows = [0, 4, 8, 12].map((start) => ({
    key: String(start),
    cells: concernTopics
      .slice(start, start + 4)
      .flatMap((topic) => [mark(topic), t(`support.concernTopics.${topic}`)]),
  }));
  return (
    <PrintSheet
      title={t("support.forms.intake.title")}
      subtitle={t("support.forms.intake.sheetA")}
      pdfUrl={pdfUrl(loaded.record.id, "intake")}
      back={<BackToCase id={loaded.record.id} />}
    >
      <Section title={t("support.forms.intake.reception")}>
        <PrintFields
          fields={[
            {
              label: t("support.cases.intake.receivedOn"),
              value: printDate(intake.receivedOn),
              strong: true,
            },
            { label: t("support.cases.intake.howCame"), value: intake.howCame },
            { label: t("support.cases.intake.accompaniedBy"), value: intake.accompaniedBy, span: 2 },
          ]}
        />
      </Section>
      <Section title={t("support.forms.person.title")}>
        <PrintFields fields={personFields} />
      </Section>
      <Section title={t("support.forms.intake.topics")}>
        <PrintTable
          headers={["", "", "", "", "", "", "", ""]}
          widths={[4, 21, 4, 21, 4, 21, 4, 21]}
          rows={topicRows}
        />
        <PrintFields
          fields={[
            {
              label: t("support.cases.intake.urgency"),
              value: t(`support.cases.urgencies.${intake.urgency}`),
              strong: true,
            },
            {
              label: t("support.cases.intake.screeningRoute"),
              value: t(`support.cases.screeningRoutes.${intake.screeningRoute}`),
              strong: true,
            },
          ]}
        />
      </Section>
      <Section title={t("support.cases.intake.notes")}>
        <div className="print-block">{intake.notes || "—"}</div>
      </Section>
      <Section title={t("support.forms.intake.application")}>
        <p className="print-note">{t("support.forms.intake.applicationText")}</p>
        <PrintSignatures
          labels={[t("support.forms.intake.signatureDate"), t("support.forms.intake.signatureParticipant")]}
        />
      </Section>
      <div className="print-page-break">
        <Section title={t("support.forms.intake.sheetB")}>
          <p className="print-note">{t("support.forms.intake.sensitiveHidden")}</p>
        </Section>
      </div>
    </PrintSheet>
  );
}

export function CaseAssessmentPrintPage(): JSX.Element {
  const { id } = assessmentRoute.useParams();
  return useCaseForPrint(id, (loaded) => <AssessmentSheet loaded={loaded} />);
}

function AssessmentSheet({ loaded }: { loaded: Loaded }) {
  const { t } = useTranslation();
  const personFields = usePersonFields(loaded);
  const assessment = loaded.record.assessments[0];
  if (!assessment) return <NotFoundPage />;
  return (
    <PrintSheet
      title={t("support.forms.assessment.title")}
      subtitle={`${t("support.cases.assessment.assessedOn")} ${printDate(assessment.assessedOn)}`}
      pdfUrl={pdfUrl(loaded.record.id, "assessment")}
      back={<BackToCase id={loaded.record.id} />}
    >
      <Section title={t("support.forms.person.title")}>
        <PrintFields fields={personFields} />
      </Section>
      <Section title={t("support.forms.assessment.section")}>
        <PrintTable
          headers={[
            t("support.cases.assessment.area"),
            t("support.cases.assessment.level"),
            t("support.cases.assessment.notes"),
          ]}
          widths={[18, 26, 56]}
          rows={assessmentAreas.map((area) => {
            const entry = assessment.areas[area];
            const level = entry?.level;
            return {
              key: area,
              cells: [
                t(`support.cases.assessmentAreas.${area}`),
                level
                  ? `${level}　${t(`support.cases.assessmentLevels.${level as 1 | 2 | 3 | 4}`)}`
                  : t("support.cases.assessmentLevelNone"),
                entry?.notes ?? "",
              ],
            };
          })}
        />
        <p className="print-note">{t("support.forms.assessment.levels")}</p>
      </Section>
      <Section title={t("support.cases.assessment.summary")}>
        <div className="print-block">{assessment.summary || "—"}</div>
      </Section>
    </PrintSheet>
  );
}
