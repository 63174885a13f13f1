import { Alert, Button, Checkbox, Group, Select, Stack, Table, Text, TextInput } from "@mantine/core";
import type { meetingsJa } from "@otagai/shared/i18n/network/meetings.ja";
import {
  type AttendeeInput,
  type AttendeeKind,
  attendeeKinds,
  type Meeting,
} from "@otagai/shared/network/meetings";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { MutationError } from "../../../../components/query-state";
import {
  useInviteWorkplaces,
  useMeetingStaff,
  useMemberOptions,
  useSetAttendees,
  useWorkplaceOptions,
} from "../api/meetings";

type AttendeeKey = Exclude<keyof typeof meetingsJa.attendees, "kinds"> | `kinds.${AttendeeKind}`;

type Row = AttendeeInput & { name: string; invited: boolean; present: boolean };

function rowsOf(meeting: Meeting): Row[] {
  return meeting.attendees.map((attendee) => ({ ...attendee }));
}

function keyOf(row: Row): string {
  return `${row.kind}:${row.userId ?? row.memberOrganizationId ?? row.workplaceId ?? row.guestName}`;
}

/** The chooser for one new attendee of the chosen kind. */
function AddAttendee({ onAdd }: { onAdd: (row: Row) => void }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<AttendeeKind>("staff");
  const [q, setQ] = useState("");
  const [guest, setGuest] = useState("");
  const staff = useMeetingStaff();
  const members = useMemberOptions(kind === "member_organization" ? q : "");
  const workplaces = useWorkplaceOptions(kind === "workplace" ? q : "");
  const a = (key: AttendeeKey) => t(`network.meetings.attendees.${key}`);
  const options =
    kind === "staff"
      ? (staff.data?.items ?? []).map((user) => ({ value: user.id, label: user.displayName }))
      : kind === "member_organization"
        ? (members.data?.items ?? []).map((item) => ({ value: item.id, label: item.name }))
        : (workplaces.data?.items ?? []).map((item) => ({ value: item.id, label: item.name }));
  const base = {
    userId: null,
    memberOrganizationId: null,
    workplaceId: null,
    guestName: "",
    invited: true,
    present: false,
  };
  function choose(id: string | null) {
    if (!id) return;
    const label = options.find((option) => option.value === id)?.label ?? "";
    const field =
      kind === "staff" ? "userId" : kind === "member_organization" ? "memberOrganizationId" : "workplaceId";
    onAdd({ ...base, kind, [field]: id, name: label });
    setQ("");
  }
  return (
    <Group align="end">
      <Select
        label={a("kind")}
        allowDeselect={false}
        w={180}
        data={attendeeKinds.map((value) => ({
          value,
          label: t(`network.meetings.attendees.kinds.${value}`),
        }))}
        value={kind}
        onChange={(value) => value && setKind(value as AttendeeKind)}
      />
      {kind === "guest" ? (
        <>
          <TextInput
            label={a("guestName")}
            value={guest}
            onChange={(event) => setGuest(event.currentTarget.value)}
          />
          <Button
            variant="light"
            disabled={guest.trim() === ""}
            onClick={() => {
              onAdd({ ...base, kind, guestName: guest.trim(), name: guest.trim() });
              setGuest("");
            }}
          >
            {a("add")}
          </Button>
        </>
      ) : (
        <Select
          key={kind}
          label={a(
            kind === "staff"
              ? "chooseStaff"
              : kind === "member_organization"
                ? "chooseMember"
                : "chooseWorkplace",
          )}
          searchable
          w={360}
          data={options}
          value={null}
          searchValue={kind === "staff" ? undefined : q}
          onSearchChange={kind === "staff" ? undefined : setQ}
          filter={kind === "staff" ? undefined : ({ options: all }) => all}
          onChange={choose}
        />
      )}
    </Group>
  );
}

/** The invited and present, edited as a whole list and saved with the meeting's version. */
export function AttendeeEditor({ meeting, canWrite }: { meeting: Meeting; canWrite: boolean }) {
  const { t } = useTranslation();
  const [rows, setRows] = useState<Row[]>(() => rowsOf(meeting));
  const [loadedVersion, setLoadedVersion] = useState(meeting.version);
  const [message, setMessage] = useState<string | null>(null);
  const save = useSetAttendees(meeting.id);
  const invite = useInviteWorkplaces(meeting.id);
  if (meeting.version !== loadedVersion) {
    setLoadedVersion(meeting.version);
    setRows(rowsOf(meeting));
  }
  const a = (key: AttendeeKey) => t(`network.meetings.attendees.${key}`);
  const update = (index: number, changes: Partial<Row>) =>
    setRows((current) => current.map((row, at) => (at === index ? { ...row, ...changes } : row)));

  return (
    <Stack gap="sm">
      {canWrite && meeting.kind === "round_table" ? (
        <Group>
          <Button
            variant="light"
            loading={invite.isPending}
            onClick={() =>
              invite.mutate(undefined, {
                onSuccess: (result) =>
                  setMessage(
                    result.added > 0
                      ? t("network.meetings.attendees.invitedAdded", { count: result.added })
                      : a("noneAdded"),
                  ),
              })
            }
          >
            {a("inviteWorkplaces")}
          </Button>
        </Group>
      ) : null}
      {message ? (
        <Alert
          color="teal"
          role="status"
          withCloseButton
          closeButtonLabel={t("common.close")}
          onClose={() => setMessage(null)}
        >
          {message}
        </Alert>
      ) : null}
      <MutationError error={invite.error} />
      {rows.length === 0 ? (
        <Text c="dimmed">{a("none")}</Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{a("kind")}</Table.Th>
                <Table.Th scope="col">{a("name")}</Table.Th>
                <Table.Th scope="col">{a("invited")}</Table.Th>
                <Table.Th scope="col">{a("present")}</Table.Th>
                {canWrite ? <Table.Th scope="col">{a("remove")}</Table.Th> : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row, index) => (
                <Table.Tr key={keyOf(row)}>
                  <Table.Td>{a(`kinds.${row.kind}`)}</Table.Td>
                  <Table.Td>{row.name}</Table.Td>
                  <Table.Td>
                    <Checkbox
                      aria-label={`${row.name} ${a("invited")}`}
                      checked={row.invited}
                      disabled={!canWrite}
                      onChange={(event) => update(index, { invited: event.currentTarget.checked })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Checkbox
                      aria-label={`${row.name} ${a("present")}`}
                      checked={row.present}
                      disabled={!canWrite}
                      onChange={(event) => update(index, { present: event.currentTarget.checked })}
                    />
                  </Table.Td>
                  {canWrite ? (
                    <Table.Td>
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        aria-label={`${row.name} ${a("remove")}`}
                        onClick={() => setRows((current) => current.filter((_, at) => at !== index))}
                      >
                        {a("remove")}
                      </Button>
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {canWrite ? (
        <>
          <AddAttendee
            onAdd={(row) =>
              setRows((current) =>
                current.some((other) => keyOf(other) === keyOf(row)) ? current : [...current, row],
              )
            }
          />
          <MutationError error={save.error} />
          <Group>
            <Button
              loading={save.isPending}
              onClick={() =>
                save.mutate({
                  version: meeting.version,
                  attendees: rows.map(({ name: _name, ...row }) => row),
                })
              }
            >
              {a("save")}
            </Button>
          </Group>
        </>
      ) : null}
    </Stack>
  );
}
