import {
  Badge,
  Button,
  Group,
  NumberInput,
  Paper,
  Table,
  Text,
  TextInput,
  VisuallyHidden,
} from "@mantine/core";
import { type FormEvent, type JSX, useState } from "react";
import { useTranslation } from "react-i18next";
import { serverFieldErrors } from "../../../app/form-errors";
import { PageHeader } from "../../../components/page-header";
import { ErrorState, LoadingState, MutationError } from "../../../components/query-state";
import { useAddClosedDay, useClosedDays, useRemoveClosedDay } from "./api/appointments";
import { japanToday } from "./calendar-dates";

/** The office's closed days of a year, with 12/29–1/3 shown as fixed; add and remove. */
export function ClosedDaysPage(): JSX.Element {
  const { t } = useTranslation();
  const [year, setYear] = useState(Number(japanToday().slice(0, 4)));
  const days = useClosedDays(year);
  const add = useAddClosedDay();
  const remove = useRemoveClosedDay();
  const [date, setDate] = useState("");
  const [reason, setReason] = useState("");
  const errors = serverFieldErrors(add.error, t);

  function submit(event: FormEvent) {
    event.preventDefault();
    add.mutate(
      { date, reason },
      {
        onSuccess: () => {
          setDate("");
          setReason("");
        },
      },
    );
  }

  return (
    <>
      <PageHeader
        title={t("consultation.appointments.closedDays.title")}
        lead={t("consultation.appointments.closedDays.lead")}
      />
      <Paper withBorder p="md" mb="lg" component="form" onSubmit={submit} noValidate>
        <Group align="flex-start">
          <TextInput
            type="date"
            label={t("consultation.appointments.closedDays.date")}
            required
            value={date}
            onChange={(event) => setDate(event.currentTarget.value)}
            error={errors.date}
          />
          <TextInput
            label={t("consultation.appointments.closedDays.reason")}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={errors.reason}
          />
          <Button type="submit" mt={24} loading={add.isPending}>
            {t("consultation.appointments.closedDays.add")}
          </Button>
        </Group>
        <MutationError error={add.error} />
      </Paper>
      <NumberInput
        label={t("consultation.appointments.closedDays.year")}
        value={year}
        onChange={(value) => typeof value === "number" && setYear(value)}
        min={2000}
        max={2100}
        w={140}
        mb="md"
      />
      <MutationError error={remove.error} />
      {days.isPending ? <LoadingState /> : null}
      {days.isError ? <ErrorState error={days.error} onRetry={() => void days.refetch()} /> : null}
      {days.data?.items.length === 0 ? <Text>{t("consultation.appointments.closedDays.none")}</Text> : null}
      {days.data && days.data.items.length > 0 ? (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("consultation.appointments.closedDays.date")}</Table.Th>
              <Table.Th scope="col">{t("consultation.appointments.closedDays.reason")}</Table.Th>
              <Table.Th scope="col">
                <VisuallyHidden>{t("consultation.appointments.closedDays.remove")}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {days.data.items.map((day) => (
              <Table.Tr key={day.date}>
                <Table.Td>{day.date}</Table.Td>
                <Table.Td>
                  {day.fixed ? (
                    <Badge variant="light" color="gray" c="dark">
                      {t("consultation.appointments.closedDays.fixed")}
                    </Badge>
                  ) : (
                    day.reason
                  )}
                </Table.Td>
                <Table.Td>
                  {day.fixed ? null : (
                    <Button
                      size="xs"
                      variant="default"
                      aria-label={t("consultation.appointments.closedDays.removeLabel", { date: day.date })}
                      onClick={() => remove.mutate(day.date)}
                    >
                      {t("consultation.appointments.closedDays.remove")}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
    </>
  );
}
