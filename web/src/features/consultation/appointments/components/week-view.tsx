import { Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import type { Appointment, Calendar, Slot } from "@otagai/shared/consultation/appointments";
import type { JSX } from "react";
import { useTranslation } from "react-i18next";
import { dateOf, datesFrom, dayLabel, timeOf } from "../calendar-dates";

/** A week: each day's slots (a free one opens the booking dialog) and its bookings. */
export function WeekView({
  calendar,
  onBook,
  onOpen,
  canWrite,
}: {
  calendar: Calendar;
  onBook: (slot: Slot) => void;
  onOpen: (appointment: Appointment) => void;
  canWrite: boolean;
}): JSX.Element {
  const { t, i18n } = useTranslation();
  const byId = new Map(calendar.appointments.map((item) => [item.id, item]));
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
      {datesFrom(calendar.from, calendar.to).map((date) => {
        const closed = calendar.closedDays.find((day) => day.date === date);
        const slots = calendar.slots.filter((slot) => dateOf(slot.startsAt) === date);
        const shown = new Set(slots.map((slot) => slot.appointmentId));
        const others = calendar.appointments.filter(
          (item) => dateOf(item.startsAt) === date && !shown.has(item.id),
        );
        return (
          <Paper key={date} withBorder p="sm" component="section" aria-labelledby={`day-${date}`}>
            <Title order={3} size="h5" id={`day-${date}`} mb="xs">
              {dayLabel(date, i18n.language)}
            </Title>
            {closed ? (
              <Badge color="gray" variant="light" c="dark">
                {t("consultation.appointments.closedDay", {
                  name: closed.name || t(`consultation.appointments.closedKinds.${closed.kind}`),
                })}
              </Badge>
            ) : null}
            <Stack gap={4}>
              {slots.map((slot) => {
                const booking = slot.appointmentId ? byId.get(slot.appointmentId) : undefined;
                const label = `${timeOf(slot.startsAt)} ${slot.room}`;
                // A free slot that has begun is no longer offered (the server refuses a past booking).
                if (slot.free && Date.parse(slot.startsAt) <= Date.now())
                  return (
                    <Text key={`${slot.scheduleId}-${slot.startsAt}`} size="xs" c="dimmed" px="xs">
                      {label} {t("consultation.appointments.slotPast")}
                    </Text>
                  );
                if (slot.free)
                  return (
                    <Button
                      key={`${slot.scheduleId}-${slot.startsAt}`}
                      size="xs"
                      variant="light"
                      color="teal"
                      c="dark"
                      disabled={!canWrite}
                      justify="space-between"
                      onClick={() => onBook(slot)}
                      aria-label={t("consultation.appointments.bookSlot", {
                        time: timeOf(slot.startsAt),
                        room: slot.room,
                      })}
                    >
                      {label} {t("consultation.appointments.free")}
                    </Button>
                  );
                // Taken by a booking the reader does not reach (another program's participant): no name, nothing to open.
                if (!booking)
                  return (
                    <Text key={`${slot.scheduleId}-${slot.startsAt}`} size="xs" c="dimmed" px="xs">
                      {label} {t("consultation.appointments.booked")}
                    </Text>
                  );
                return (
                  <Button
                    key={`${slot.scheduleId}-${slot.startsAt}`}
                    size="xs"
                    variant="default"
                    onClick={() => onOpen(booking)}
                  >
                    {label} {booking.personName}
                  </Button>
                );
              })}
              {others.map((item) => (
                <Button key={item.id} size="xs" variant="default" onClick={() => onOpen(item)}>
                  {timeOf(item.startsAt)} {item.room} {item.personName}
                </Button>
              ))}
              {slots.length === 0 && others.length === 0 && !closed ? (
                <Text size="sm" c="dimmed">
                  {t("consultation.appointments.noSlots")}
                </Text>
              ) : null}
            </Stack>
          </Paper>
        );
      })}
    </SimpleGrid>
  );
}

/** A month: per day, the free and booked counts; a day opens its week. */
export function MonthView({
  calendar,
  onDay,
}: {
  calendar: Calendar;
  onDay: (date: string) => void;
}): JSX.Element {
  const { t, i18n } = useTranslation();
  const days = datesFrom(calendar.from, calendar.to);
  return (
    <SimpleGrid cols={{ base: 2, sm: 4, lg: 7 }} spacing="xs">
      {days.map((date) => {
        const closed = calendar.closedDays.find((day) => day.date === date);
        const slots = calendar.slots.filter((slot) => dateOf(slot.startsAt) === date);
        const free = slots.filter((slot) => slot.free && Date.parse(slot.startsAt) > Date.now()).length;
        // The bookings shown, and the slots taken by one the reader does not reach.
        const booked =
          calendar.appointments.filter((item) => dateOf(item.startsAt) === date).length +
          slots.filter((slot) => !slot.free && slot.appointmentId === null).length;
        return (
          <Paper key={date} withBorder p="xs" data-date={date}>
            <Button variant="subtle" size="compact-sm" onClick={() => onDay(date)}>
              {dayLabel(date, i18n.language)}
            </Button>
            <Group gap={4} mt={4}>
              {closed ? (
                <Badge size="sm" color="gray" variant="light" c="dark">
                  {closed.name || t(`consultation.appointments.closedKinds.${closed.kind}`)}
                </Badge>
              ) : null}
              {free > 0 ? (
                <Badge size="sm" color="teal" variant="light" c="dark">
                  {t("consultation.appointments.freeCount", { count: free })}
                </Badge>
              ) : null}
              {booked > 0 ? (
                <Badge size="sm" color="blue" variant="light" c="dark">
                  {t("consultation.appointments.bookedCount", { count: booked })}
                </Badge>
              ) : null}
            </Group>
          </Paper>
        );
      })}
    </SimpleGrid>
  );
}
