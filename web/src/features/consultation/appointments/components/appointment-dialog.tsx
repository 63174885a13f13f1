import { Badge, Button, Group, Modal, Select, Stack, Text, TextInput } from "@mantine/core";
import type { Appointment } from "@otagai/shared/consultation/appointments";
import { type FormEvent, type JSX, useState } from "react";
import { useTranslation } from "react-i18next";
import { serverFieldErrors } from "../../../../app/form-errors";
import { useCurrentUser } from "../../../../app/session";
import { MutationError } from "../../../../components/query-state";
import { useConsultantOptions } from "../../api/find-people";
import { useCancelAppointment, useMarkAppointment, useMoveAppointment } from "../api/appointments";
import { dateOf, dayLabel, japanDateTime, timeOf } from "../calendar-dates";

type Mode = "view" | "move" | "cancel";

/** One booking: its details, and moving, cancelling or marking it kept or missed. */
export function AppointmentDialog({
  appointment,
  onClose,
}: {
  appointment: Appointment | null;
  onClose: () => void;
}): JSX.Element {
  const { t } = useTranslation();
  const [mode, setMode] = useState<Mode>("view");
  const close = () => {
    setMode("view");
    onClose();
  };
  const title =
    mode === "move"
      ? t("consultation.appointments.moveTitle")
      : mode === "cancel"
        ? t("consultation.appointments.cancelTitle")
        : t("consultation.appointments.bookingTitle");
  return (
    <Modal opened={appointment !== null} onClose={close} title={title}>
      {appointment ? (
        mode === "move" ? (
          <MoveForm appointment={appointment} onDone={close} />
        ) : mode === "cancel" ? (
          <CancelForm appointment={appointment} onDone={close} />
        ) : (
          <Details appointment={appointment} onMode={setMode} onDone={close} />
        )
      ) : null}
    </Modal>
  );
}

function Details({
  appointment,
  onMode,
  onDone,
}: {
  appointment: Appointment;
  onMode: (mode: Mode) => void;
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation();
  const mark = useMarkAppointment();
  const booked = appointment.status === "booked";
  return (
    <Stack gap="xs">
      <Text fw={600}>
        {dayLabel(dateOf(appointment.startsAt), i18n.language)} {timeOf(appointment.startsAt)}–
        {timeOf(appointment.endsAt)} {appointment.room}
      </Text>
      <Badge variant="light" w="fit-content">
        {t(`consultation.appointments.statuses.${appointment.status}`)}
      </Badge>
      <Text>
        {t("consultation.appointments.person")}: {appointment.personName} {appointment.personPhone}
      </Text>
      <Text>
        {t("consultation.appointments.fields.consultantId")}: {appointment.consultantName ?? ""}
      </Text>
      {appointment.purpose ? <Text>{appointment.purpose}</Text> : null}
      {appointment.cancelReason ? <Text c="dimmed">{appointment.cancelReason}</Text> : null}
      <MutationError error={mark.error} />
      {booked ? (
        <Group gap="xs">
          <Button variant="default" onClick={() => onMode("move")}>
            {t("consultation.appointments.move")}
          </Button>
          <Button
            variant="default"
            loading={mark.isPending}
            onClick={() =>
              mark.mutate(
                { id: appointment.id, status: "kept", version: appointment.version },
                { onSuccess: onDone },
              )
            }
          >
            {t("consultation.appointments.markKept")}
          </Button>
          <Button
            variant="default"
            onClick={() =>
              mark.mutate(
                { id: appointment.id, status: "missed", version: appointment.version },
                { onSuccess: onDone },
              )
            }
          >
            {t("consultation.appointments.markMissed")}
          </Button>
          <Button color="red" variant="light" onClick={() => onMode("cancel")}>
            {t("consultation.appointments.cancel")}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}

function MoveForm({ appointment, onDone }: { appointment: Appointment; onDone: () => void }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const move = useMoveAppointment();
  const [date, setDate] = useState(dateOf(appointment.startsAt));
  const [startsAt, setStartsAt] = useState(timeOf(appointment.startsAt));
  const [endsAt, setEndsAt] = useState(timeOf(appointment.endsAt));
  const [room, setRoom] = useState(appointment.room);
  const [consultantId, setConsultantId] = useState(appointment.consultantId);
  const options = useConsultantOptions(me, me.displayName, {
    id: appointment.consultantId,
    name: appointment.consultantName ?? "",
  });
  const errors = serverFieldErrors(move.error, t);
  function submit(event: FormEvent) {
    event.preventDefault();
    const unchangedTime =
      japanDateTime(date, startsAt) === appointment.startsAt &&
      japanDateTime(date, endsAt) === appointment.endsAt;
    move.mutate(
      {
        id: appointment.id,
        startsAt: japanDateTime(date, startsAt),
        endsAt: japanDateTime(date, endsAt),
        room,
        consultantId,
        // A new time is a custom time; the same time keeps the schedule's slot.
        scheduleId: unchangedTime ? appointment.scheduleId : null,
        version: appointment.version,
      },
      { onSuccess: onDone },
    );
  }
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <TextInput
          type="date"
          label={t("consultation.appointments.fields.date")}
          value={date}
          onChange={(event) => setDate(event.currentTarget.value)}
          error={errors.startsAt}
        />
        <Group grow>
          <TextInput
            type="time"
            label={t("consultation.appointments.fields.startsAt")}
            value={startsAt}
            onChange={(event) => setStartsAt(event.currentTarget.value)}
          />
          <TextInput
            type="time"
            label={t("consultation.appointments.fields.endsAt")}
            value={endsAt}
            onChange={(event) => setEndsAt(event.currentTarget.value)}
            error={errors.endsAt}
          />
        </Group>
        <TextInput
          label={t("consultation.appointments.fields.room")}
          value={room}
          onChange={(event) => setRoom(event.currentTarget.value)}
          error={errors.room}
        />
        <Select
          label={t("consultation.appointments.fields.consultantId")}
          data={options}
          value={consultantId}
          onChange={(value) => value && setConsultantId(value)}
          allowDeselect={false}
          error={errors.consultantId}
        />
        <MutationError error={move.error} />
        <Group justify="flex-end">
          <Button type="submit" loading={move.isPending}>
            {t("consultation.appointments.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function CancelForm({ appointment, onDone }: { appointment: Appointment; onDone: () => void }) {
  const { t } = useTranslation();
  const cancel = useCancelAppointment();
  const [reason, setReason] = useState("");
  const errors = serverFieldErrors(cancel.error, t);
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        cancel.mutate({ id: appointment.id, reason, version: appointment.version }, { onSuccess: onDone });
      }}
    >
      <Stack gap="sm">
        <TextInput
          label={t("consultation.appointments.fields.reason")}
          required
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          error={errors.reason}
        />
        <MutationError error={cancel.error} />
        <Group justify="flex-end">
          <Button type="submit" color="red" loading={cancel.isPending}>
            {t("consultation.appointments.cancel")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
