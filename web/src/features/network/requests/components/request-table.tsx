import { Badge, Table, Text } from "@mantine/core";
import type { NetworkRequest } from "@otagai/shared/network/requests";
import { useTranslation } from "react-i18next";
import { AnchorLink } from "../../../../components/router-links";
import { statusColors } from "../request-format";

const columns = ["receivedOn", "title", "requester", "kind", "wantedOn", "owner", "status"] as const;

/** The requests, one row each: the title links to the request's page. */
export function RequestTable({ requests }: { requests: NetworkRequest[] }) {
  const { t } = useTranslation();
  const column = (key: (typeof columns)[number]) => t(`network.requests.columns.${key}`);
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table captionSide="top" striped highlightOnHover verticalSpacing="sm">
        <Table.Caption ta="left" c="dimmed">
          {t("network.requests.heading")}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {columns.map((key) => (
              <Table.Th key={key} scope="col">
                {column(key)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {requests.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={7}>{t("network.requests.empty")}</Table.Td>
            </Table.Tr>
          ) : null}
          {requests.map((request) => (
            <Table.Tr key={request.id}>
              <Table.Td style={{ whiteSpace: "nowrap" }}>{request.receivedOn}</Table.Td>
              <Table.Td>
                <AnchorLink to="/network/requests/$id" params={{ id: request.id }} fw={600}>
                  {request.title}
                </AnchorLink>
              </Table.Td>
              <Table.Td>
                {request.requesterName}
                {request.requesterOrganization && request.requesterOrganization !== request.requesterName ? (
                  <Text size="sm" c="dimmed">
                    {request.requesterOrganization}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>{t(`network.requests.kinds.${request.kind}`)}</Table.Td>
              <Table.Td style={{ whiteSpace: "nowrap" }}>
                {request.wantedOn ?? t("network.requests.noDate")}
              </Table.Td>
              <Table.Td>{request.ownerName ?? t("network.requests.noOwner")}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={statusColors[request.status]} c="dark" radius="sm">
                  {t(`network.requests.statuses.${request.status}`)}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
