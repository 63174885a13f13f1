import {
  Badge,
  Button,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import type { meetingsJa } from "@otagai/shared/i18n/network/meetings.ja";
import { actionItemInputSchema, type Meeting } from "@otagai/shared/network/meetings";
import { useTranslation } from "react-i18next";
import { useCurrentUser } from "../../../../app/session";
import { MutationError } from "../../../../components/query-state";
import { useSchemaForm } from "../../../../components/use-form";
import { useCreateActionItem, useMeetingStaff, useSetActionItemDone } from "../api/meetings";

type ItemKey = keyof typeof meetingsJa.actionItems;

function japanToday(): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Tokyo" }).format(new Date());
}

function NewActionItem({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const staff = useMeetingStaff();
  const create = useCreateActionItem(meetingId);
  const initialValues = { title: "", ownerId: me.id, dueOn: "", notes: "" };
  const form = useSchemaForm({ initialValues, schema: actionItemInputSchema, mutation: create });
  const f = (key: ItemKey) => t(`network.meetings.actionItems.${key}`);
  const owners = (staff.data?.items ?? []).map((user) => ({ value: user.id, label: user.displayName }));
  return (
    <form
      ref={form.ref}
      noValidate
      aria-label={f("add")}
      onSubmit={form.submit(async (input) => {
        await create.mutateAsync(input);
        form.reset();
      })}
    >
      <Stack gap="sm" maw={880}>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label={f("itemTitle")} required autoComplete="off" {...form.getInputProps("title")} />
          <Select
            label={f("owner")}
            required
            searchable
            allowDeselect={false}
            data={owners}
            {...form.getInputProps("ownerId")}
            onChange={(value) => form.setFieldValue("ownerId", value ?? "")}
          />
          <TextInput type="date" label={f("dueOn")} required {...form.getInputProps("dueOn")} />
        </SimpleGrid>
        <Textarea label={f("notes")} autosize minRows={1} {...form.getInputProps("notes")} />
        <MutationError error={create.error} />
        <Group>
          <Button type="submit" variant="light" loading={create.isPending}>
            {f("add")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** A meeting's action items with owner, due date and done, and a form to add one. */
export function ActionItems({ meeting, canWrite }: { meeting: Meeting; canWrite: boolean }) {
  const { t } = useTranslation();
  const setDone = useSetActionItemDone(meeting.id);
  const f = (key: ItemKey) => t(`network.meetings.actionItems.${key}`);
  const today = japanToday();
  return (
    <Stack gap="md">
      {meeting.actionItems.length === 0 ? (
        <Text c="dimmed">{f("none")}</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{f("itemTitle")}</Table.Th>
                <Table.Th scope="col">{f("owner")}</Table.Th>
                <Table.Th scope="col">{f("dueOn")}</Table.Th>
                <Table.Th scope="col">{f("status")}</Table.Th>
                {canWrite ? <Table.Th scope="col">{f("markDone")}</Table.Th> : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {meeting.actionItems.map((item) => (
                <Table.Tr key={item.id}>
                  <Table.Td>
                    {item.title}
                    {item.notes ? (
                      <Text size="sm" c="dimmed">
                        {item.notes}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>{item.ownerName}</Table.Td>
                  <Table.Td style={{ whiteSpace: "nowrap" }}>{item.dueOn}</Table.Td>
                  <Table.Td>
                    {item.doneAt ? (
                      <Badge variant="light" color="teal" c="dark" radius="sm">
                        {f("done")}
                      </Badge>
                    ) : item.dueOn < today ? (
                      <Badge variant="light" color="red" c="dark" radius="sm">
                        {f("overdue")}
                      </Badge>
                    ) : (
                      <Badge variant="light" color="gray" c="dark" radius="sm">
                        {f("open")}
                      </Badge>
                    )}
                    {item.doneByName ? (
                      <Text size="xs" c="dimmed">
                        {t("network.meetings.actionItems.doneBy", { name: item.doneByName })}
                      </Text>
                    ) : null}
                  </Table.Td>
                  {canWrite ? (
                    <Table.Td>
                      <Button
                        size="xs"
                        variant="default"
                        aria-label={`${item.title} ${item.doneAt ? f("reopen") : f("markDone")}`}
                        loading={setDone.isPending && setDone.variables?.id === item.id}
                        onClick={() =>
                          setDone.mutate({ id: item.id, version: item.version, done: !item.doneAt })
                        }
                      >
                        {item.doneAt ? f("reopen") : f("markDone")}
                      </Button>
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <MutationError error={setDone.error} />
      {canWrite ? <NewActionItem meetingId={meeting.id} /> : null}
    </Stack>
  );
}
