import { Badge, Group, Table, Text } from "@mantine/core";
import type { StartupResource } from "@otagai/shared/consultation/startup";
import { useTranslation } from "react-i18next";
import { AnchorLink } from "../../../../components/router-links";
import { isWindowOpen, japanToday, windowLabel } from "../startup-format";

/** The directory's entries, one row each: the name links to the entry's page. */
export function StartupResourceTable({ resources }: { resources: StartupResource[] }) {
  const { t } = useTranslation();
  const today = japanToday();
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table captionSide="top" striped highlightOnHover verticalSpacing="sm">
        <Table.Caption ta="left" c="dimmed">
          {t("consultation.startup.heading")}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("consultation.startup.columns.title")}</Table.Th>
            <Table.Th scope="col">{t("consultation.startup.columns.kind")}</Table.Th>
            <Table.Th scope="col">{t("consultation.startup.columns.provider")}</Table.Th>
            <Table.Th scope="col">{t("consultation.startup.columns.amount")}</Table.Th>
            <Table.Th scope="col">{t("consultation.startup.columns.window")}</Table.Th>
            <Table.Th scope="col">{t("consultation.startup.columns.tags")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {resources.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={6}>{t("consultation.startup.empty")}</Table.Td>
            </Table.Tr>
          ) : null}
          {resources.map((resource) => (
            <Table.Tr key={resource.id}>
              <Table.Td>
                <AnchorLink to="/consultation/startup/$id" params={{ id: resource.id }} fw={600}>
                  {resource.title}
                </AnchorLink>
                {resource.active ? null : (
                  <Text span size="sm" c="dimmed" ml="xs">
                    （{t("consultation.startup.inactive")}）
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{t(`consultation.startup.kinds.${resource.kind}`)}</Table.Td>
              <Table.Td>{resource.provider}</Table.Td>
              <Table.Td>{resource.amount}</Table.Td>
              <Table.Td style={{ whiteSpace: "nowrap" }}>
                {windowLabel(resource, t)}
                {isWindowOpen(resource, today) ? (
                  <Badge ml="xs" variant="light" color="green" c="dark" radius="sm">
                    {t("consultation.startup.window.openNow")}
                  </Badge>
                ) : null}
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {resource.tags.map((tag) => (
                    <Badge
                      key={tag}
                      variant="outline"
                      color="gray"
                      c="dark"
                      radius="sm"
                      style={{ textTransform: "none" }}
                    >
                      {tag}
                    </Badge>
                  ))}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
