import { Group, Stack, Table, Text } from "@mantine/core";
import type { WorkplaceSummary } from "@otagai/shared/support/workplaces";
import { useTranslation } from "react-i18next";
import { CardList } from "../../../../components/card-list";
import { AnchorLink } from "../../../../components/router-links";
import { useIsPhone } from "../../../../components/use-is-phone";
import { useWorkplaceFormat } from "../workplace-format";
import { EmploymentTypeBadges, SupportFeatureBadges, WorkplaceStatusBadge } from "./badges";

function WorkplaceName({ workplace }: { workplace: WorkplaceSummary }) {
  return (
    <>
      <AnchorLink to="/support/workplaces/$id" params={{ id: workplace.id }} fw={600}>
        {workplace.name}
      </AnchorLink>
      <Text size="xs" c="dimmed">
        {workplace.nameKana}
      </Text>
    </>
  );
}

function WorkKinds({ workplace }: { workplace: WorkplaceSummary }) {
  const { t } = useTranslation();
  return (
    <Text size="sm">
      {workplace.workKinds.length === 0
        ? "—"
        : workplace.workKinds
            .map((kind) => t(`support.workplaces.workKinds.${kind}`))
            .join(t("support.workplaces.values.separator"))}
    </Text>
  );
}

/** The certification valid today: its last day (with 和暦) and 雇用型 / 非雇用型. */
function CertifiedUntil({ workplace }: { workplace: WorkplaceSummary }) {
  const { t } = useTranslation();
  const format = useWorkplaceFormat();
  if (!workplace.certifiedUntil) {
    return (
      <Text size="sm" c="dimmed">
        {t("support.workplaces.values.notCertified")}
      </Text>
    );
  }
  return (
    <Stack gap={4}>
      <Text size="sm">
        {t("support.workplaces.values.until", { date: format.date(workplace.certifiedUntil) })}
      </Text>
      <EmploymentTypeBadges types={workplace.certifiedTypes} />
    </Stack>
  );
}

/** On a phone each workplace is a card: every column in view, nothing pushed off the screen. */
function WorkplaceCards({ workplaces }: { workplaces: WorkplaceSummary[] }) {
  const { t } = useTranslation();
  const format = useWorkplaceFormat();
  const c = (key: "area" | "schedule" | "capacity" | "certification") =>
    t(`support.workplaces.columns.${key}`);
  return (
    <CardList label={t("support.workplaces.tableCaption")} items={workplaces} itemKey={(item) => item.id}>
      {(workplace) => (
        <Stack gap={6}>
          <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
            <div style={{ minWidth: 0 }}>
              <WorkplaceName workplace={workplace} />
            </div>
            <WorkplaceStatusBadge status={workplace.status} />
          </Group>
          <WorkKinds workplace={workplace} />
          <Text size="sm">
            {c("area")}: {workplace.area || "—"}
          </Text>
          <Text size="sm">
            {c("schedule")}: {format.schedule(workplace)}
          </Text>
          <Text size="sm">
            {c("capacity")}: {format.capacityWithFree(workplace.traineeCapacity, workplace.freeCapacity)}
          </Text>
          <SupportFeatureBadges features={workplace.supportFeatures} />
          <div>
            <Text size="xs" c="dimmed">
              {c("certification")}
            </Text>
            <CertifiedUntil workplace={workplace} />
          </div>
        </Stack>
      )}
    </CardList>
  );
}

export function WorkplaceTable({ workplaces }: { workplaces: WorkplaceSummary[] }) {
  const { t } = useTranslation();
  const format = useWorkplaceFormat();
  const isPhone = useIsPhone();
  if (isPhone) return <WorkplaceCards workplaces={workplaces} />;
  const columns = [
    "name",
    "area",
    "workKinds",
    "schedule",
    "capacity",
    "supportFeatures",
    "certification",
    "status",
  ] as const;
  return (
    <Table.ScrollContainer minWidth={1000}>
      <Table captionSide="top" striped highlightOnHover verticalSpacing="sm">
        <Table.Caption ta="left" c="dimmed">
          {t("support.workplaces.tableCaption")}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column} scope="col">
                {t(`support.workplaces.columns.${column}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {workplaces.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={columns.length}>{t("common.noResults")}</Table.Td>
            </Table.Tr>
          ) : null}
          {workplaces.map((workplace) => (
            <Table.Tr key={workplace.id}>
              <Table.Td>
                <WorkplaceName workplace={workplace} />
              </Table.Td>
              <Table.Td>{workplace.area}</Table.Td>
              <Table.Td>
                <WorkKinds workplace={workplace} />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{format.days(workplace.workDays)}</Text>
                <Text size="sm">{format.hours(workplace.hoursFrom, workplace.hoursTo)}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{format.capacity(workplace.traineeCapacity)}</Text>
                <Text size="sm" c={workplace.freeCapacity > 0 ? undefined : "dimmed"}>
                  {t("support.workplaces.values.free", { count: workplace.freeCapacity })}
                </Text>
              </Table.Td>
              <Table.Td>
                <SupportFeatureBadges features={workplace.supportFeatures} />
              </Table.Td>
              <Table.Td>
                <CertifiedUntil workplace={workplace} />
              </Table.Td>
              <Table.Td>
                <WorkplaceStatusBadge status={workplace.status} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
