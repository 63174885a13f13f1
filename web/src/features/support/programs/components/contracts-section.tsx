import { Badge, Button, Group, List, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import type { Contract } from "@otagai/shared/programs/schemas";
import { IconPencil } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormModal } from "../../components/form-modal";
import { RecordSection } from "../../components/record-section";
import { useProgramFormat } from "../program-format";
import { ContractCreateForm, ContractEditForm } from "./contract-form";

function Detail({ label, children }: { label: string; children: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{children}</Text>
    </div>
  );
}

function ContractCard({
  contract,
  isCurrent,
  canManage,
  onEdit,
}: {
  contract: Contract;
  isCurrent: boolean;
  canManage: boolean;
  onEdit: () => void;
}) {
  const { t } = useTranslation();
  const format = useProgramFormat();
  const year = format.fiscalYear(contract.fiscalYear);
  const headingId = `contract-${contract.id}`;
  return (
    <Paper component="li" withBorder p="md" radius="md" aria-labelledby={headingId}>
      <Group justify="space-between" align="flex-start" gap="xs" mb="xs">
        <Group gap="xs">
          <Title order={3} size="h5" id={headingId}>
            {year}
          </Title>
          {isCurrent ? <Badge variant="light">{t("support.programs.contracts.current")}</Badge> : null}
        </Group>
        {canManage ? (
          <Button
            size="xs"
            variant="subtle"
            leftSection={<IconPencil size={14} aria-hidden />}
            aria-label={t("support.programs.contracts.editOf", { year })}
            onClick={onEdit}
          >
            {t("support.programs.contracts.edit")}
          </Button>
        ) : null}
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Detail label={t("support.programs.fields.period")}>
          {format.period(contract.periodStart, contract.periodEnd)}
        </Detail>
        <Detail label={t("support.programs.fields.capacity")}>{format.capacity(contract.capacity)}</Detail>
        <Detail label={t("support.programs.fields.amountYen")}>{format.amount(contract.amountYen)}</Detail>
        <Detail label={t("support.programs.fields.terms")}>
          {format.terms(contract.termMonths, contract.maxTerms)}
        </Detail>
        <Detail label={t("support.programs.fields.followUpMonths")}>
          {contract.followUpMonths
            ? contract.followUpMonths
                .map((months) => t("support.programs.values.followUpMonths", { months }))
                .join(t("support.programs.values.listSeparator"))
            : t("support.programs.values.defaultFollowUps")}
        </Detail>
      </SimpleGrid>
      <Text size="xs" c="dimmed" mt="sm">
        {t("support.programs.fields.indicators")}
      </Text>
      {contract.indicators.length === 0 ? (
        <Text size="sm">{t("support.programs.values.noIndicators")}</Text>
      ) : (
        <List size="sm" spacing={2}>
          {contract.indicators.map((key) => (
            <List.Item key={key}>{t(`support.programs.indicators.${key}`)}</List.Item>
          ))}
        </List>
      )}
      {contract.notes ? (
        <>
          <Text size="xs" c="dimmed" mt="sm">
            {t("support.programs.fields.notes")}
          </Text>
          <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
            {contract.notes}
          </Text>
        </>
      ) : null}
    </Paper>
  );
}

/** The first year from this one on without a contract: what "add a contract" proposes. */
function nextFreeYear(contracts: Contract[], currentYear: number): number {
  const taken = new Set(contracts.map((contract) => contract.fiscalYear));
  let year = currentYear;
  while (taken.has(year)) year += 1;
  return year;
}

/** The program's yearly contracts, newest first; managers add one per year and edit them. */
export function ContractsSection({
  programId,
  contracts,
  currentYear,
  canManage,
  onReload,
}: {
  programId: string;
  contracts: Contract[];
  currentYear: number;
  canManage: boolean;
  /** Loads the program again (after "someone saved first") and answers its contracts. */
  onReload: () => Promise<Contract[] | undefined>;
}) {
  const { t } = useTranslation();
  const format = useProgramFormat();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<Contract | null>(null);
  // Re-opens the edit form on fresh data after a reload.
  const [generation, setGeneration] = useState(0);
  const [notice, setNotice] = useState<"added" | "saved" | null>(null);

  return (
    <RecordSection
      headingId="program-contracts-heading"
      title={t("support.programs.contracts.title")}
      lead={t("support.programs.contracts.lead")}
      addLabel={canManage ? t("support.programs.contracts.add") : undefined}
      onAdd={() => {
        setNotice(null);
        setAdding(true);
      }}
      notice={notice ? t(`support.programs.contracts.${notice}`) : null}
    >
      {contracts.length === 0 ? (
        <Text size="sm">{t("support.programs.contracts.none")}</Text>
      ) : (
        <Stack
          component="ul"
          gap="sm"
          p={0}
          m={0}
          aria-label={t("support.programs.contracts.listLabel")}
          style={{ listStyle: "none" }}
        >
          {contracts.map((contract) => (
            <ContractCard
              key={contract.id}
              contract={contract}
              isCurrent={contract.fiscalYear === currentYear}
              canManage={canManage}
              onEdit={() => {
                setNotice(null);
                setEditing(contract);
              }}
            />
          ))}
        </Stack>
      )}
      <FormModal
        opened={adding}
        title={t("support.programs.contracts.addTitle")}
        onClose={() => setAdding(false)}
      >
        <ContractCreateForm
          programId={programId}
          defaultYear={nextFreeYear(contracts, currentYear)}
          onCreated={() => {
            setAdding(false);
            setNotice("added");
          }}
          onCancel={() => setAdding(false)}
        />
      </FormModal>
      <FormModal
        opened={editing !== null}
        title={
          editing
            ? t("support.programs.contracts.editTitle", { year: format.fiscalYear(editing.fiscalYear) })
            : ""
        }
        onClose={() => setEditing(null)}
      >
        {editing ? (
          <ContractEditForm
            key={`${editing.id}:${generation}`}
            contract={editing}
            onSaved={() => {
              setEditing(null);
              setNotice("saved");
            }}
            onCancel={() => setEditing(null)}
            onReload={() => {
              void onReload().then((fresh) => {
                const latest = fresh?.find((contract) => contract.id === editing.id);
                if (latest) setEditing(latest);
                setGeneration((value) => value + 1);
              });
            }}
          />
        ) : null}
      </FormModal>
    </RecordSection>
  );
}
