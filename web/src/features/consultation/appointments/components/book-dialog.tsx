import { Button, Group, Modal, Select, Stack, Text, Textarea, TextInput } from "@mantine/core";
import type { Slot } from "@otagai/shared/consultation/appointments";
import { type FormEvent, type JSX, useState } from "react";
import { useTranslation } from "react-i18next";
import { serverFieldErrors } from "../../../../app/form-errors";
import { useCurrentUser } from "../../../../app/session";
import { MutationError } from "../../../../components/query-state";
import { useConsultantOptions } from "../../api/find-people";
import { useBookAppointment } from "../api/appointments";
import { dayLabel, timeOf } from "../calendar-dates";

/** Books a free slot for a person named here (name, phone, purpose). */
export function BookDialog({ slot, onClose }: { slot: Slot | null; onClose: () => void }): JSX.Element {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const book = useBookAppointment();
  const [name, setName] = useState("");
  const [phone, setPhone] = useState("");
  const [purpose, setPurpose] = useState("");
  const [consultantId, setConsultantId] = useState<string | null>(null);
  const options = useConsultantOptions(
    me,
    me.displayName,
    slot?.consultantId ? { id: slot.consultantId, name: slot.consultantName ?? "" } : null,
  );
  const chosen = consultantId ?? slot?.consultantId ?? me.id;
  const errors = serverFieldErrors(book.error, t);

  function close() {
    book.reset();
    setName("");
    setPhone("");
    setPurpose("");
    setConsultantId(null);
    onClose();
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!slot) return;
    book.mutate(
      {
        startsAt: slot.startsAt,
        endsAt: slot.endsAt,
        scheduleId: slot.scheduleId,
        room: slot.room,
        consultantId: chosen,
        person: { kind: "person", name, phone },
        purpose,
      },
      { onSuccess: close },
    );
  }

  return (
    <Modal opened={slot !== null} onClose={close} title={t("consultation.appointments.bookTitle")}>
      {slot ? (
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <Text fw={600}>
              {dayLabel(slot.startsAt.slice(0, 10), i18n.language)} {timeOf(slot.startsAt)}–
              {timeOf(slot.endsAt)} {slot.room}（{slot.scheduleName}）
            </Text>
            <Select
              label={t("consultation.appointments.fields.consultantId")}
              data={options}
              value={chosen}
              onChange={setConsultantId}
              allowDeselect={false}
              error={errors.consultantId}
            />
            <TextInput
              label={t("consultation.appointments.fields.personName")}
              required
              value={name}
              onChange={(event) => setName(event.currentTarget.value)}
              error={errors.person}
            />
            <TextInput
              label={t("consultation.appointments.fields.personPhone")}
              type="tel"
              value={phone}
              onChange={(event) => setPhone(event.currentTarget.value)}
            />
            <Textarea
              label={t("consultation.appointments.fields.purpose")}
              value={purpose}
              onChange={(event) => setPurpose(event.currentTarget.value)}
              error={errors.purpose}
            />
            {errors.startsAt || errors.room ? (
              <Text c="red" size="sm">
                {errors.startsAt ?? errors.room}
              </Text>
            ) : null}
            <MutationError error={book.error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t("consultation.appointments.close")}
              </Button>
              <Button type="submit" loading={book.isPending}>
                {t("consultation.appointments.book")}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : null}
    </Modal>
  );
}
