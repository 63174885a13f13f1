import {
  Badge,
  Button,
  Checkbox,
  Group,
  Paper,
  Radio,
  Stack,
  Table,
  Text,
  TextInput,
  VisuallyHidden,
} from "@mantine/core";
import {
  type ConsultationSchedule,
  monthWeeks,
  type RecurrenceChoice,
  recurrenceFromRRule,
  recurrenceToRRule,
  type WeekdayCode,
  weekdayCodes,
} from "@otagai/shared/consultation/appointments";
import { type FormEvent, type JSX, useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../../app/api-client";
import { serverFieldErrors } from "../../../app/form-errors";
import { PageHeader } from "../../../components/page-header";
import { ErrorState, LoadingState, MutationError } from "../../../components/query-state";
import { useSaveSchedule, useSchedules } from "./api/appointments";
import { japanToday } from "./calendar-dates";

/** The regular consultation days: the list, and a form to add or change one (recurrence from plain choices). */
export function SchedulesPage(): JSX.Element {
  const { t } = useTranslation();
  const schedules = useSchedules();
  const [editing, setEditing] = useState<ConsultationSchedule | "new" | null>(null);
  return (
    <>
      <PageHeader
        title={t("consultation.appointments.schedules.title")}
        lead={t("consultation.appointments.schedules.lead")}
        actions={
          <Button onClick={() => setEditing("new")}>{t("consultation.appointments.schedules.add")}</Button>
        }
      />
      {editing ? (
        <ScheduleForm
          key={editing === "new" ? "new" : editing.id}
          schedule={editing === "new" ? null : editing}
          onDone={() => setEditing(null)}
        />
      ) : null}
      {schedules.isPending ? <LoadingState /> : null}
      {schedules.isError ? (
        <ErrorState error={schedules.error} onRetry={() => void schedules.refetch()} />
      ) : null}
      {schedules.data?.items.length === 0 ? (
        <Text>{t("consultation.appointments.schedules.none")}</Text>
      ) : null}
      {schedules.data && schedules.data.items.length > 0 ? (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("consultation.appointments.schedules.name")}</Table.Th>
              <Table.Th scope="col">{t("consultation.appointments.schedules.repeat")}</Table.Th>
              <Table.Th scope="col">{t("consultation.appointments.schedules.room")}</Table.Th>
              <Table.Th scope="col">{t("consultation.appointments.schedules.consultant")}</Table.Th>
              <Table.Th scope="col">{t("consultation.appointments.schedules.active")}</Table.Th>
              <Table.Th scope="col">
                <VisuallyHidden>{t("consultation.appointments.schedules.edit")}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {schedules.data.items.map((schedule) => (
              <Table.Tr key={schedule.id}>
                <Table.Td>{schedule.name}</Table.Td>
                <Table.Td>
                  <RecurrenceText rule={schedule.recurrence} />
                  <Text size="xs" c="dimmed">
                    {t("consultation.appointments.schedules.window", {
                      from: schedule.dayStartsAt,
                      to: schedule.dayEndsAt,
                      minutes: schedule.slotMinutes,
                    })}
                  </Text>
                </Table.Td>
                <Table.Td>{schedule.room}</Table.Td>
                <Table.Td>{schedule.consultantName ?? ""}</Table.Td>
                <Table.Td>
                  <Badge variant="light" color={schedule.active ? "teal" : "gray"} c="dark">
                    {schedule.active
                      ? t("consultation.appointments.schedules.active")
                      : t("consultation.appointments.schedules.inactive")}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Button size="xs" variant="default" onClick={() => setEditing(schedule)}>
                    {t("consultation.appointments.schedules.edit")}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
    </>
  );
}

function RecurrenceText({ rule }: { rule: string }) {
  const { t } = useTranslation();
  const choice = recurrenceFromRRule(rule);
  if (!choice) return <Text size="sm">{rule}</Text>;
  const days = choice.weekdays.map((day) => t(`consultation.appointments.weekdayNames.${day}`)).join("・");
  if (choice.kind === "weekly")
    return <Text size="sm">{`${t("consultation.appointments.schedules.weekly")} ${days}`}</Text>;
  const weeks = choice.weeks
    .map((week) => t(`consultation.appointments.schedules.weekNames.${String(week) as "1"}`))
    .join("・");
  return <Text size="sm">{`${weeks} ${days}`}</Text>;
}

function ScheduleForm({ schedule, onDone }: { schedule: ConsultationSchedule | null; onDone: () => void }) {
  const { t } = useTranslation();
  const save = useSaveSchedule();
  const initial: RecurrenceChoice = (schedule && recurrenceFromRRule(schedule.recurrence)) ?? {
    kind: "monthly",
    weeks: [2, 4],
    weekdays: ["TU"],
  };
  const [kind, setKind] = useState(initial.kind);
  const [weeks, setWeeks] = useState<string[]>(
    initial.kind === "monthly" ? initial.weeks.map(String) : ["2", "4"],
  );
  const [weekdays, setWeekdays] = useState<string[]>(initial.weekdays);
  const [values, setValues] = useState({
    name: schedule?.name ?? "",
    startsOn: schedule?.startsOn ?? japanToday(),
    endsOn: schedule?.endsOn ?? "",
    dayStartsAt: schedule?.dayStartsAt ?? "10:00",
    dayEndsAt: schedule?.dayEndsAt ?? "16:00",
    slotMinutes: String(schedule?.slotMinutes ?? 60),
    room: schedule?.room ?? "",
  });
  const [active, setActive] = useState(schedule?.active ?? true);
  const errors = serverFieldErrors(save.error, t);
  // The form's fields are under body.schedule on an edit: the last part names the field.
  const fieldErrors: Record<string, string> = {};
  if (isApiError(save.error))
    for (const field of save.error.fields) {
      const name = field.path.split(".").at(-1);
      if (name) fieldErrors[name] ??= field.message;
    }
  const set = (name: keyof typeof values) => (event: { currentTarget: { value: string } }) =>
    setValues({ ...values, [name]: event.currentTarget.value });

  function submit(event: FormEvent) {
    event.preventDefault();
    const days = weekdays as WeekdayCode[];
    const recurrence = recurrenceToRRule(
      kind === "weekly" ? { kind, weekdays: days } : { kind, weeks: weeks.map(Number), weekdays: days },
    );
    save.mutate(
      {
        id: schedule?.id,
        version: schedule?.version,
        schedule: {
          name: values.name,
          recurrence,
          startsOn: values.startsOn,
          endsOn: values.endsOn === "" ? null : values.endsOn,
          dayStartsAt: values.dayStartsAt,
          dayEndsAt: values.dayEndsAt,
          slotMinutes: Number(values.slotMinutes),
          room: values.room,
          consultantId: schedule?.consultantId ?? null,
          categoryId: schedule?.categoryId ?? null,
          active,
        },
      },
      { onSuccess: onDone },
    );
  }

  const error = (name: string) => fieldErrors[name] ?? errors[name];
  return (
    <Paper withBorder p="md" mb="lg" component="form" onSubmit={submit} noValidate>
      <Stack gap="sm">
        <TextInput
          label={t("consultation.appointments.schedules.name")}
          required
          value={values.name}
          onChange={set("name")}
          error={error("name")}
        />
        <Radio.Group
          label={t("consultation.appointments.schedules.repeat")}
          value={kind}
          onChange={(value) => setKind(value as "weekly" | "monthly")}
        >
          <Group mt={4}>
            <Radio value="weekly" label={t("consultation.appointments.schedules.weekly")} />
            <Radio value="monthly" label={t("consultation.appointments.schedules.monthly")} />
          </Group>
        </Radio.Group>
        {kind === "monthly" ? (
          <Checkbox.Group
            label={t("consultation.appointments.schedules.weeks")}
            value={weeks}
            onChange={setWeeks}
          >
            <Group mt={4}>
              {monthWeeks.map((week) => (
                <Checkbox
                  key={week}
                  value={String(week)}
                  label={t(`consultation.appointments.schedules.weekNames.${String(week) as "1"}`)}
                />
              ))}
            </Group>
          </Checkbox.Group>
        ) : null}
        <Checkbox.Group
          label={t("consultation.appointments.schedules.weekdays")}
          value={weekdays}
          onChange={setWeekdays}
          error={error("recurrence")}
        >
          <Group mt={4}>
            {weekdayCodes.map((day) => (
              <Checkbox key={day} value={day} label={t(`consultation.appointments.weekdayNames.${day}`)} />
            ))}
          </Group>
        </Checkbox.Group>
        <Group grow>
          <TextInput
            type="date"
            label={t("consultation.appointments.schedules.startsOn")}
            value={values.startsOn}
            onChange={set("startsOn")}
            error={error("startsOn")}
          />
          <TextInput
            type="date"
            label={t("consultation.appointments.schedules.endsOn")}
            value={values.endsOn}
            onChange={set("endsOn")}
            error={error("endsOn")}
          />
        </Group>
        <Group grow>
          <TextInput
            type="time"
            label={t("consultation.appointments.schedules.dayStartsAt")}
            value={values.dayStartsAt}
            onChange={set("dayStartsAt")}
            error={error("dayStartsAt")}
          />
          <TextInput
            type="time"
            label={t("consultation.appointments.schedules.dayEndsAt")}
            value={values.dayEndsAt}
            onChange={set("dayEndsAt")}
            error={error("dayEndsAt")}
          />
          <TextInput
            type="number"
            label={t("consultation.appointments.schedules.slotMinutes")}
            value={values.slotMinutes}
            onChange={set("slotMinutes")}
            error={error("slotMinutes")}
          />
        </Group>
        <TextInput
          label={t("consultation.appointments.schedules.room")}
          required
          value={values.room}
          onChange={set("room")}
          error={error("room")}
        />
        <Checkbox
          label={t("consultation.appointments.schedules.active")}
          checked={active}
          onChange={(event) => setActive(event.currentTarget.checked)}
        />
        <MutationError error={save.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t("consultation.appointments.close")}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t("consultation.appointments.save")}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
