import { Table, Text } from "@mantine/core";
import type { ConsultationSummary } from "@otagai/shared/consultation/consultations";
import { useTranslation } from "react-i18next";
import { AnchorLink } from "../../../components/router-links";
import { formatConsultedAt } from "../consultation-format";
import { ConsultationStatusBadge } from "./consultation-status-badge";

/**
 * Consultations, one row each: when (the link to the record), who (a name, or 匿名), category,
 * channel, consultant, status and the next action's date. Names only: no contact details in lists.
 */
export function ConsultationTable({
  consultations,
  caption,
  categoryNames,
  showConsultant = true,
}: {
  consultations: ConsultationSummary[];
  caption: string;
  /** Category names as shown (a fixed category by its catalog name), by id. */
  categoryNames?: Map<string, string>;
  showConsultant?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const columns = showConsultant ? 7 : 6;
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table captionSide="top" striped highlightOnHover verticalSpacing="sm">
        <Table.Caption ta="left" c="dimmed">
          {caption}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("consultation.list.columns.consultedAt")}</Table.Th>
            <Table.Th scope="col">{t("consultation.list.columns.person")}</Table.Th>
            <Table.Th scope="col">{t("consultation.list.columns.category")}</Table.Th>
            <Table.Th scope="col">{t("consultation.list.columns.channel")}</Table.Th>
            {showConsultant ? (
              <Table.Th scope="col">{t("consultation.list.columns.consultant")}</Table.Th>
            ) : null}
            <Table.Th scope="col">{t("consultation.list.columns.status")}</Table.Th>
            <Table.Th scope="col">{t("consultation.list.columns.nextActionOn")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {consultations.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={columns}>{t("consultation.list.empty")}</Table.Td>
            </Table.Tr>
          ) : null}
          {consultations.map((consultation) => (
            <Table.Tr key={consultation.id}>
              <Table.Td>
                <AnchorLink
                  to="/consultation/consultations/$id"
                  params={{ id: consultation.id }}
                  search={{}}
                  fw={600}
                  style={{ whiteSpace: "nowrap" }}
                >
                  {formatConsultedAt(consultation.consultedAt, i18n.language)}
                </AnchorLink>
              </Table.Td>
              <Table.Td>
                {consultation.personName ?? (
                  <Text span c="dimmed" size="sm">
                    {t("consultation.anonymous")}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{categoryNames?.get(consultation.categoryId) ?? consultation.categoryName}</Table.Td>
              <Table.Td>{t(`consultation.channels.${consultation.channel}`)}</Table.Td>
              {showConsultant ? <Table.Td>{consultation.consultantName ?? ""}</Table.Td> : null}
              <Table.Td>
                <ConsultationStatusBadge status={consultation.status} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: "nowrap" }}>{consultation.nextActionOn ?? ""}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
