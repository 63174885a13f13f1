import { SimpleGrid, Text } from "@mantine/core";
import type { Case } from "@otagai/shared/support/cases";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { AnchorLink } from "../../../../components/router-links";
import { usePrograms } from "../api/get-programs";
import { CaseStatusBadge } from "./case-status-badge";
import { formatDate } from "./dates";
import { LeadCoordinatorSelect } from "./lead-coordinator-select";

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="xs" c="dimmed">
        {label}
      </Text>
      <Text component="dd" size="sm" m={0}>
        {children}
      </Text>
    </div>
  );
}

/** Who, where and where the case stands: the facts above every step. */
export function CaseHeader({ record, canWrite }: { record: Case; canWrite: boolean }) {
  const { t, i18n } = useTranslation();
  const programs = usePrograms();
  const program = programs.data?.items.find((candidate) => candidate.id === record.programId);
  return (
    <SimpleGrid component="dl" cols={{ base: 1, xs: 2, md: 3 }} m={0} spacing="sm">
      <Detail label={t("support.cases.fields.participant")}>
        <AnchorLink to="/support/participants/$id" params={{ id: record.participantId }} fw={600}>
          {record.participantName}
        </AnchorLink>
        {record.participantNameKana ? (
          <Text span size="xs" c="dimmed" ml={6}>
            {record.participantNameKana}
          </Text>
        ) : null}
      </Detail>
      <Detail label={t("support.cases.fields.program")}>{program?.name ?? ""}</Detail>
      <Detail label={t("support.cases.fields.leadCoordinator")}>
        {canWrite && record.status !== "closed" ? (
          <LeadCoordinatorSelect record={record} />
        ) : (
          (record.leadCoordinatorName ?? t("support.cases.ui.none"))
        )}
      </Detail>
      <Detail label={t("support.cases.fields.status")}>
        <CaseStatusBadge status={record.status} />
      </Detail>
      <Detail label={t("support.cases.fields.openedOn")}>{formatDate(record.openedOn, i18n.language)}</Detail>
      {record.closedOn ? (
        <Detail label={t("support.cases.fields.closedOn")}>
          {formatDate(record.closedOn, i18n.language)}
        </Detail>
      ) : null}
    </SimpleGrid>
  );
}
