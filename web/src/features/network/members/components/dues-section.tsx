import { Button, NumberInput, Paper, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import type { MemberDues } from "@otagai/shared/network/members";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { serverFieldErrors } from "../../../../app/form-errors";
import { MutationError } from "../../../../components/query-state";
import { ScrollTable } from "../../../../components/scroll-table";
import { useMemberDues, useSaveDues } from "../api/members";

/** One fiscal year's dues, edited in its row: amount, paid date, notes; saved with its version. */
function DuesRow({
  memberId,
  fiscalYear,
  dues,
  canWrite,
}: {
  memberId: string;
  fiscalYear: number;
  dues: MemberDues | undefined;
  canWrite: boolean;
}) {
  const { t } = useTranslation();
  const d = "network.members.dues" as const;
  const save = useSaveDues(memberId);
  const [amount, setAmount] = useState<number | string>(dues?.amountYen ?? 12000);
  const [paidOn, setPaidOn] = useState(dues?.paidOn ?? "");
  const [notes, setNotes] = useState(dues?.notes ?? "");
  const errors = serverFieldErrors(save.error, t);
  const year = t("network.members.fiscalYear", { year: fiscalYear });
  const label = (name: string) => `${year} ${name}`;

  return (
    <Table.Tr>
      <Table.Th scope="row" fw={400}>
        {year}
        <Text size="xs" c={dues?.paidOn ? "teal.9" : "red.9"}>
          {dues ? (dues.paidOn ? t(`${d}.paid`) : t(`${d}.unpaid`)) : ""}
        </Text>
      </Table.Th>
      <Table.Td>
        <NumberInput
          aria-label={label(t(`${d}.amount`))}
          value={amount}
          onChange={setAmount}
          min={0}
          allowDecimal={false}
          thousandSeparator=","
          readOnly={!canWrite}
          error={errors.amountYen}
          w={140}
        />
      </Table.Td>
      <Table.Td>
        <TextInput
          type="date"
          aria-label={label(t(`${d}.paidOn`))}
          value={paidOn}
          onChange={(event) => setPaidOn(event.currentTarget.value)}
          readOnly={!canWrite}
          error={errors.paidOn}
        />
      </Table.Td>
      <Table.Td>
        <TextInput
          aria-label={label(t(`${d}.notes`))}
          value={notes}
          onChange={(event) => setNotes(event.currentTarget.value)}
          readOnly={!canWrite}
          error={errors.notes}
        />
      </Table.Td>
      {canWrite ? (
        <Table.Td>
          <Stack gap={4}>
            <Button
              size="xs"
              loading={save.isPending}
              aria-label={label(t(`${d}.save`))}
              onClick={() =>
                save.mutate({
                  fiscalYear,
                  input: {
                    amountYen: amount === "" ? Number.NaN : Number(amount),
                    paidOn: paidOn === "" ? null : paidOn,
                    notes,
                    ...(dues ? { version: dues.version } : {}),
                  },
                })
              }
            >
              {t(`${d}.save`)}
            </Button>
            {save.isError && Object.keys(errors).length === 0 ? <MutationError error={save.error} /> : null}
          </Stack>
        </Table.Td>
      ) : null}
    </Table.Tr>
  );
}

/** The organization's dues per fiscal year (this year's row offered when missing). */
export function DuesSection({
  memberId,
  currentFiscalYear,
  canWrite,
}: {
  memberId: string;
  currentFiscalYear: number;
  canWrite: boolean;
}) {
  const { t } = useTranslation();
  const d = "network.members.dues" as const;
  const dues = useMemberDues(memberId);
  const headingId = useId();
  const items = dues.data?.items ?? [];
  const years = [
    ...new Set([...(canWrite ? [currentFiscalYear] : []), ...items.map((item) => item.fiscalYear)]),
  ].sort((a, b) => b - a);
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h4" id={headingId} mb="sm">
        {t(`${d}.title`)}
      </Title>
      {years.length === 0 ? <Text c="dimmed">{t(`${d}.none`)}</Text> : null}
      {years.length > 0 && dues.data ? (
        <ScrollTable minWidth={640} label={t(`${d}.title`)}>
          <Table aria-labelledby={headingId}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("network.members.fiscalYearLabel")}</Table.Th>
                <Table.Th scope="col">{t(`${d}.amount`)}</Table.Th>
                <Table.Th scope="col">{t(`${d}.paidOn`)}</Table.Th>
                <Table.Th scope="col">{t(`${d}.notes`)}</Table.Th>
                {canWrite ? <Table.Th scope="col">{t(`${d}.save`)}</Table.Th> : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {years.map((year) => {
                const row = items.find((item) => item.fiscalYear === year);
                return (
                  <DuesRow
                    key={`${year}-${row?.version ?? 0}`}
                    memberId={memberId}
                    fiscalYear={year}
                    dues={row}
                    canWrite={canWrite}
                  />
                );
              })}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      ) : null}
    </Paper>
  );
}
