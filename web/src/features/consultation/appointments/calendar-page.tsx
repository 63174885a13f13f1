import { Button, Group, SegmentedControl, Text } from "@mantine/core";
import type { Appointment, Slot } from "@otagai/shared/consultation/appointments";
import { roleHas } from "@otagai/shared/platform/permissions";
import { IconChevronLeft, IconChevronRight, IconPrinter } from "@tabler/icons-react";
import { getRouteApi } from "@tanstack/react-router";
import { type JSX, useState } from "react";
import { useTranslation } from "react-i18next";
import { useCurrentUser } from "../../../app/session";
import { PageHeader } from "../../../components/page-header";
import { ErrorState, LoadingState } from "../../../components/query-state";
import { ButtonLink } from "../../../components/router-links";
import { useCalendar } from "./api/appointments";
import { addDays, addMonths, japanToday, monthLabel, rangeOf, weekStart } from "./calendar-dates";
import { AppointmentDialog } from "./components/appointment-dialog";
import { BookDialog } from "./components/book-dialog";
import { MonthView, WeekView } from "./components/week-view";

const routeApi = getRouteApi("/_authenticated/consultation/calendar");

export type CalendarSearch = { view?: "week" | "month"; date?: string };

/** The week and month calendar of the regular consultation days' slots and the bookings. */
export function CalendarPage(): JSX.Element {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const view = search.view ?? "week";
  const date = search.date ?? japanToday();
  const range = rangeOf(view, date);
  const calendar = useCalendar(range.from, range.to);
  const [slot, setSlot] = useState<Slot | null>(null);
  const [opened, setOpened] = useState<Appointment | null>(null);
  const canWrite = roleHas(me.role, "consultations.write");
  const canManage = roleHas(me.role, "desk.manage");

  const go = (next: CalendarSearch) => void navigate({ search: { view, date, ...next } });
  const step = (direction: number) =>
    go({ date: view === "week" ? addDays(weekStart(date), 7 * direction) : addMonths(date, direction) });
  const heading = view === "month" ? monthLabel(range.from, i18n.language) : `${range.from} – ${range.to}`;

  return (
    <>
      <PageHeader
        title={t("consultation.appointments.title")}
        lead={t("consultation.appointments.lead")}
        actions={
          <Group gap="sm">
            <ButtonLink
              to="/consultation/day-list"
              search={{ date: view === "week" ? date : range.from }}
              variant="default"
              leftSection={<IconPrinter size={16} aria-hidden />}
            >
              {t("consultation.appointments.dayList")}
            </ButtonLink>
            {canManage ? (
              <>
                <ButtonLink to="/consultation/schedules" variant="default">
                  {t("consultation.appointments.schedules.navLink")}
                </ButtonLink>
                <ButtonLink to="/consultation/closed-days" variant="default">
                  {t("consultation.appointments.closedDays.navLink")}
                </ButtonLink>
              </>
            ) : null}
          </Group>
        }
      />
      <Group justify="space-between" mb="md" wrap="wrap">
        <SegmentedControl
          aria-label={t("consultation.appointments.view")}
          value={view}
          onChange={(value) => go({ view: value as "week" | "month" })}
          data={[
            { value: "week", label: t("consultation.appointments.week") },
            { value: "month", label: t("consultation.appointments.month") },
          ]}
        />
        <Group gap="xs">
          <Button
            variant="default"
            onClick={() => step(-1)}
            leftSection={<IconChevronLeft size={16} aria-hidden />}
          >
            {t("consultation.appointments.previous")}
          </Button>
          <Button variant="default" onClick={() => go({ date: japanToday() })}>
            {t("consultation.appointments.today")}
          </Button>
          <Button
            variant="default"
            onClick={() => step(1)}
            rightSection={<IconChevronRight size={16} aria-hidden />}
          >
            {t("consultation.appointments.next")}
          </Button>
        </Group>
      </Group>
      <Text component="h2" fw={700} size="lg" mb="sm" aria-live="polite">
        {heading}
      </Text>
      {calendar.isPending ? <LoadingState /> : null}
      {calendar.isError ? (
        <ErrorState error={calendar.error} onRetry={() => void calendar.refetch()} />
      ) : null}
      {calendar.data ? (
        view === "week" ? (
          <WeekView calendar={calendar.data} onBook={setSlot} onOpen={setOpened} canWrite={canWrite} />
        ) : (
          <MonthView calendar={calendar.data} onDay={(day) => go({ view: "week", date: day })} />
        )
      ) : null}
      <BookDialog slot={slot} onClose={() => setSlot(null)} />
      <AppointmentDialog appointment={opened} onClose={() => setOpened(null)} />
    </>
  );
}
