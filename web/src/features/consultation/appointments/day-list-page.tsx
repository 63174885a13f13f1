import { Button, Group, Table, Text, TextInput, Title } from "@mantine/core";
import { IconPrinter } from "@tabler/icons-react";
import { getRouteApi } from "@tanstack/react-router";
import type { JSX } from "react";
import { useTranslation } from "react-i18next";
import { ErrorState, LoadingState } from "../../../components/query-state";
import { AnchorLink } from "../../../components/router-links";
import { useDayList } from "./api/appointments";
import { dayLabel, japanToday, timeOf } from "./calendar-dates";
import "./day-list.css";

const routeApi = getRouteApi("/_authenticated/consultation/day-list");

/** The desk's printable day list: the day's appointments by time, with rooms, people and phones. */
export function DayListPage(): JSX.Element {
  const { t, i18n } = useTranslation();
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const date = search.date ?? japanToday();
  const list = useDayList(date);
  return (
    <>
      <Group className="day-list-no-print" justify="space-between" mb="md">
        <AnchorLink to="/consultation/calendar" search={{}} size="sm">
          {t("consultation.appointments.title")}
        </AnchorLink>
        <Group gap="sm" align="flex-end">
          <TextInput
            type="date"
            label={t("consultation.appointments.fields.date")}
            value={date}
            onChange={(event) => {
              const value = event.currentTarget.value;
              if (value) void navigate({ search: { date: value } });
            }}
          />
          <Button leftSection={<IconPrinter size={16} aria-hidden />} onClick={() => window.print()}>
            {t("consultation.appointments.print")}
          </Button>
        </Group>
      </Group>
      <Title order={1} size="h2" mb="md">
        {t("consultation.appointments.dayListTitle", { date: dayLabel(date, i18n.language) })}
      </Title>
      {list.isPending ? <LoadingState /> : null}
      {list.isError ? <ErrorState error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.data && list.data.items.length === 0 ? (
        <Text>{t("consultation.appointments.noAppointments")}</Text>
      ) : null}
      {list.data && list.data.items.length > 0 ? (
        <Table className="day-list-table" withTableBorder withColumnBorders>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("consultation.appointments.time")}</Table.Th>
              <Table.Th scope="col">{t("consultation.appointments.fields.room")}</Table.Th>
              <Table.Th scope="col">{t("consultation.appointments.fields.consultantId")}</Table.Th>
              <Table.Th scope="col">{t("consultation.appointments.person")}</Table.Th>
              <Table.Th scope="col">{t("consultation.appointments.fields.purpose")}</Table.Th>
              <Table.Th scope="col">{t("consultation.appointments.fields.personPhone")}</Table.Th>
              <Table.Th scope="col">{t("consultation.appointments.status")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.items.map((item) => (
              <Table.Tr key={item.id}>
                <Table.Td>
                  {timeOf(item.startsAt)}–{timeOf(item.endsAt)}
                </Table.Td>
                <Table.Td>{item.room}</Table.Td>
                <Table.Td>{item.consultantName ?? ""}</Table.Td>
                <Table.Td>{item.personName}</Table.Td>
                <Table.Td>{item.purpose}</Table.Td>
                <Table.Td>{item.personPhone}</Table.Td>
                <Table.Td>{t(`consultation.appointments.statuses.${item.status}`)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
    </>
  );
}
