import { Table, Title } from "@mantine/core";
import type { AttendanceRate, PlacementAttendance } from "@otagai/shared/support/attendance";
import { useTranslation } from "react-i18next";
import { ScrollTable } from "../../../../components/scroll-table";
import { dayLabel } from "./attendance-parts";

/** The week's, each term's and the whole placement's attendance rate, as the answer counts them. */
export function AttendanceRates({ data, monday }: { data: PlacementAttendance; monday: string }) {
  const { t, i18n } = useTranslation();
  const r = "support.attendance.rates" as const;
  const week = data.weeks.find((item) => item.from === monday) ?? data.weeks[0];
  const percent = new Intl.NumberFormat(i18n.language === "en" ? "en-GB" : "ja-JP", {
    style: "percent",
    maximumFractionDigits: 1,
  });
  const rows: { key: string; label: string; rate: AttendanceRate }[] = [
    ...(week ? [{ key: "week", label: t(`${r}.week`), rate: week }] : []),
    ...data.terms.map((term) => ({
      key: `term-${term.term}`,
      label: t(`${r}.term`, { term: term.term }),
      rate: term,
    })),
    { key: "total", label: t(`${r}.total`), rate: data.total },
  ];
  return (
    <section aria-labelledby="attendance-rates-heading">
      <Title order={3} size="h5" id="attendance-rates-heading" mb="xs">
        {t(`${r}.title`)}
      </Title>
      <ScrollTable minWidth={640} labelledBy="attendance-rates-heading">
        <Table striped withTableBorder verticalSpacing={4} fz="sm">
          <Table.Caption>{t(`${r}.caption`)}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t(`${r}.period`)}</Table.Th>
              <Table.Th scope="col">{t(`${r}.rate`)}</Table.Th>
              <Table.Th scope="col">{t(`${r}.counts`)}</Table.Th>
              <Table.Th scope="col">{t(`${r}.recordedDays`)}</Table.Th>
              <Table.Th scope="col">{t(`${r}.scheduledDays`)}</Table.Th>
              <Table.Th scope="col">{t(`${r}.hours`)}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map(({ key, label, rate }) => (
              <Table.Tr key={key} data-testid={`attendance-rate-${key}`}>
                <Table.Th scope="row">
                  {label}
                  <br />
                  <span style={{ fontWeight: 400 }}>
                    {dayLabel(rate.from, t)}〜{dayLabel(rate.to, t)}
                  </span>
                </Table.Th>
                <Table.Td fw={700}>
                  {rate.rate === null ? t(`${r}.noRecords`) : percent.format(rate.rate)}
                </Table.Td>
                <Table.Td>
                  {t(`${r}.countsValue`, {
                    present: rate.present,
                    late: rate.late,
                    leftEarly: rate.leftEarly,
                    absent: rate.absent,
                  })}
                </Table.Td>
                <Table.Td>{rate.recordedDays}</Table.Td>
                <Table.Td>{rate.scheduledDays}</Table.Td>
                <Table.Td>{rate.hours}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </section>
  );
}
