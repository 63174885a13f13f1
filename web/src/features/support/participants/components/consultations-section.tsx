import { Badge, Paper, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ErrorState, LoadingState } from "../../../../components/query-state";
import { AnchorLink } from "../../../../components/router-links";
import { useParticipantConsultations } from "../api/participant-consultations";

const japanDateTime = (iso: string, locale: string) =>
  new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "ja-JP", {
    timeZone: "Asia/Tokyo",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  }).format(new Date(iso));

/**
 * 相談履歴: the person's consultations at the desk, newest first, each linking to its record. Shown
 * to those who may read consultations (the page asks); its strings come with the "consultation" ones.
 */
export function ConsultationsSection({ participantId }: { participantId: string }) {
  const { t, i18n } = useTranslation();
  const history = useParticipantConsultations(participantId, true);
  const items = history.data?.items ?? [];
  return (
    <Paper component="section" withBorder p="lg" aria-labelledby="consultations-heading">
      <Title order={2} size="h4" id="consultations-heading" mb="md">
        {t("consultation.history.heading")}
      </Title>
      {history.isPending ? <LoadingState /> : null}
      {history.isError ? <ErrorState error={history.error} onRetry={() => void history.refetch()} /> : null}
      {history.data && items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("consultation.history.empty")}
        </Text>
      ) : null}
      {items.length > 0 ? (
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="xs" aria-labelledby="consultations-heading">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("consultation.list.columns.consultedAt")}</Table.Th>
                <Table.Th scope="col">{t("consultation.list.columns.category")}</Table.Th>
                <Table.Th scope="col">{t("consultation.list.columns.channel")}</Table.Th>
                <Table.Th scope="col">{t("consultation.list.columns.status")}</Table.Th>
                <Table.Th scope="col">{t("consultation.list.columns.nextActionOn")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((item) => (
                <Table.Tr key={item.id}>
                  <Table.Td>
                    <AnchorLink to="/consultation/consultations/$id" params={{ id: item.id }} search={{}}>
                      {japanDateTime(item.consultedAt, i18n.language)}
                    </AnchorLink>
                  </Table.Td>
                  <Table.Td>{item.categoryName}</Table.Td>
                  <Table.Td>{t(`consultation.channels.${item.channel}`)}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" c="dark" radius="sm" style={{ textTransform: "none" }}>
                      {t(`consultation.statuses.${item.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{item.nextActionOn ?? ""}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
    </Paper>
  );
}
