import { Badge, Button, Group, Modal, Paper, Select, Stack, Text, Title } from "@mantine/core";
import { IconCalendarPlus } from "@tabler/icons-react";
import { type FormEvent, type JSX, useState } from "react";
import { useTranslation } from "react-i18next";
import { useCurrentUser } from "../../../../app/session";
import { MutationError } from "../../../../components/query-state";
import { useBookVisit, useCalendar, useConsultationAppointments } from "../api/appointments";
import { addDays, dateOf, dayLabel, japanToday, timeOf } from "../calendar-dates";

/** A consultation's appointments, and 来所予約: a free slot of the next four weeks booked for its person. */
export function ConsultationAppointmentsSection({
  consultationId,
  canWrite,
}: {
  consultationId: string;
  canWrite: boolean;
}): JSX.Element {
  const { t, i18n } = useTranslation();
  const list = useConsultationAppointments(consultationId);
  const [open, setOpen] = useState(false);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="consultation-appointments">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="consultation-appointments">
          {t("consultation.appointments.consultationSection.title")}
        </Title>
        {canWrite ? (
          <Button
            variant="light"
            leftSection={<IconCalendarPlus size={16} aria-hidden />}
            onClick={() => setOpen(true)}
          >
            {t("consultation.appointments.consultationSection.visit")}
          </Button>
        ) : null}
      </Group>
      {list.data?.items.length === 0 ? (
        <Text size="sm">{t("consultation.appointments.consultationSection.none")}</Text>
      ) : null}
      <Stack gap={4}>
        {list.data?.items.map((item) => (
          <Group key={item.id} gap="sm">
            <Text size="sm">
              {dayLabel(dateOf(item.startsAt), i18n.language)} {timeOf(item.startsAt)}–{timeOf(item.endsAt)}{" "}
              {item.room} {item.consultantName ?? ""}
            </Text>
            <Badge variant="light" c="dark">
              {t(`consultation.appointments.statuses.${item.status}`)}
            </Badge>
          </Group>
        ))}
      </Stack>
      {open ? <VisitDialog consultationId={consultationId} onClose={() => setOpen(false)} /> : null}
    </Paper>
  );
}

function VisitDialog({ consultationId, onClose }: { consultationId: string; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const from = addDays(japanToday(), 1);
  const calendar = useCalendar(from, addDays(from, 27));
  const visit = useBookVisit(consultationId);
  const [chosen, setChosen] = useState<string | null>(null);
  const free = (calendar.data?.slots ?? []).filter((slot) => slot.free);
  const options = free.map((slot, index) => ({
    value: String(index),
    label: `${dayLabel(dateOf(slot.startsAt), i18n.language)} ${timeOf(slot.startsAt)} ${slot.room}（${slot.scheduleName}）`,
  }));
  function submit(event: FormEvent) {
    event.preventDefault();
    const slot = chosen === null ? undefined : free[Number(chosen)];
    if (!slot) return;
    visit.mutate(
      {
        startsAt: slot.startsAt,
        endsAt: slot.endsAt,
        scheduleId: slot.scheduleId,
        room: slot.room,
        consultantId: slot.consultantId ?? me.id,
      },
      { onSuccess: onClose },
    );
  }
  return (
    <Modal opened onClose={onClose} title={t("consultation.appointments.consultationSection.visitTitle")}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Select
            label={t("consultation.appointments.bookTitle")}
            data={options}
            value={chosen}
            onChange={setChosen}
            searchable
          />
          <MutationError error={visit.error} />
          <Group justify="flex-end">
            <Button type="submit" loading={visit.isPending} disabled={chosen === null}>
              {t("consultation.appointments.book")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
