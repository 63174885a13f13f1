import { Badge, Table, Text } from "@mantine/core";
import type { ConsultationRequestSummary } from "@otagai/shared/consultation/requests";
import { useTranslation } from "react-i18next";
import { AnchorLink } from "../../../../components/router-links";
import { formatConsultedAt } from "../../consultation-format";

/** Requests, newest first: when (the link that opens it), who (name only), topic, how to reach, days, status. */
export function RequestTable({ requests }: { requests: ConsultationRequestSummary[] }) {
  const { t, i18n } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table captionSide="top" striped highlightOnHover verticalSpacing="sm">
        <Table.Caption ta="left" c="dimmed">
          {t("consultation.requests.heading")}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("consultation.requests.columns.receivedAt")}</Table.Th>
            <Table.Th scope="col">{t("consultation.requests.columns.name")}</Table.Th>
            <Table.Th scope="col">{t("consultation.requests.columns.topic")}</Table.Th>
            <Table.Th scope="col">{t("consultation.requests.columns.contactMethod")}</Table.Th>
            <Table.Th scope="col">{t("consultation.requests.columns.preferredDates")}</Table.Th>
            <Table.Th scope="col">{t("consultation.requests.columns.status")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {requests.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={6}>
                <Text c="dimmed">{t("consultation.requests.empty")}</Text>
              </Table.Td>
            </Table.Tr>
          ) : null}
          {requests.map((request) => (
            <Table.Tr key={request.id}>
              <Table.Td>{formatConsultedAt(request.receivedAt, i18n.language)}</Table.Td>
              <Table.Td>
                <AnchorLink
                  to="/consultation/requests"
                  search={(previous: Record<string, unknown>) => ({ ...previous, id: request.id })}
                  aria-label={t("consultation.requests.open", { name: request.name })}
                >
                  {request.name}
                </AnchorLink>
              </Table.Td>
              <Table.Td>{t(`consultation.requests.topics.${request.topic}`)}</Table.Td>
              <Table.Td>{t(`consultation.requests.contactMethods.${request.contactMethod}`)}</Table.Td>
              <Table.Td>{request.preferredDates.join("、")}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={request.status === "new" ? "blue" : "gray"}>
                  {t(`consultation.requests.statuses.${request.status}`)}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
