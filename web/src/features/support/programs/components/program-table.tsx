import { Badge, Group, Table, Text } from "@mantine/core";
import type { Program } from "@otagai/shared/programs/schemas";
import { useTranslation } from "react-i18next";
import { CardList } from "../../../../components/card-list";
import { AnchorLink } from "../../../../components/router-links";
import { useIsPhone } from "../../../../components/use-is-phone";
import { useProgramFormat } from "../program-format";

function ProgramName({ program }: { program: Program }) {
  return (
    <>
      <AnchorLink to="/support/programs/$id" params={{ id: program.id }} fw={600}>
        {program.name}
      </AnchorLink>
      {program.nameKana ? (
        <Text size="xs" c="dimmed">
          {program.nameKana}
        </Text>
      ) : null}
    </>
  );
}

export function ProgramStatusBadge({ active }: { active: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge color={active ? "otagai" : "gray"} variant="light" style={{ flexShrink: 0 }}>
      {active ? t("support.programs.status.active") : t("support.programs.status.ended")}
    </Badge>
  );
}

function CurrentContract({ program }: { program: Program }) {
  const { t } = useTranslation();
  const format = useProgramFormat();
  const contract = program.currentContract;
  if (!contract) return <Text size="sm">{t("support.programs.noCurrentContract")}</Text>;
  return (
    <>
      <Text size="sm">{format.fiscalYear(contract.fiscalYear)}</Text>
      <Text size="sm" c="dimmed">
        {format.capacity(contract.capacity)} ・ {format.amount(contract.amountYen)}
      </Text>
    </>
  );
}

/** Active programs first, then by reading (五十音順). */
export function sortPrograms(programs: Program[]): Program[] {
  const collator = new Intl.Collator("ja");
  return [...programs].sort(
    (a, b) =>
      Number(b.active) - Number(a.active) || collator.compare(a.nameKana || a.name, b.nameKana || b.name),
  );
}

function ProgramCards({ programs }: { programs: Program[] }) {
  const { t } = useTranslation();
  return (
    <CardList label={t("support.programs.tableCaption")} items={programs} itemKey={(program) => program.id}>
      {(program) => (
        <>
          <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
            <div style={{ minWidth: 0 }}>
              <ProgramName program={program} />
            </div>
            <ProgramStatusBadge active={program.active} />
          </Group>
          <Text size="sm" mt={4}>
            {t(`support.programs.kinds.${program.kind}`)} ・{" "}
            {program.funder || t("support.programs.noFunder")}
          </Text>
          <CurrentContract program={program} />
        </>
      )}
    </CardList>
  );
}

/** The programs as a table, or as cards on a phone. */
export function ProgramTable({ programs }: { programs: Program[] }) {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const sorted = sortPrograms(programs);
  if (isPhone) return <ProgramCards programs={sorted} />;
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table captionSide="top" striped highlightOnHover verticalSpacing="sm">
        <Table.Caption ta="left" c="dimmed">
          {t("support.programs.tableCaption")}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("support.programs.fields.name")}</Table.Th>
            <Table.Th scope="col">{t("support.programs.fields.kind")}</Table.Th>
            <Table.Th scope="col">{t("support.programs.fields.funder")}</Table.Th>
            <Table.Th scope="col">{t("support.programs.fields.currentContract")}</Table.Th>
            <Table.Th scope="col">{t("support.programs.fields.status")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={5}>{t("common.noResults")}</Table.Td>
            </Table.Tr>
          ) : null}
          {sorted.map((program) => (
            <Table.Tr key={program.id}>
              <Table.Td>
                <ProgramName program={program} />
              </Table.Td>
              <Table.Td>{t(`support.programs.kinds.${program.kind}`)}</Table.Td>
              <Table.Td>{program.funder || t("support.programs.noFunder")}</Table.Td>
              <Table.Td>
                <CurrentContract program={program} />
              </Table.Td>
              <Table.Td style={{ minWidth: 96 }}>
                <ProgramStatusBadge active={program.active} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
