import {
  Button,
  Checkbox,
  Group,
  Paper,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { type CreateProspectInput, createProspectInputSchema } from "@otagai/shared/network/prospects";
import { type WorkKind, workKinds } from "@otagai/shared/support/workplaces";
import { type JSX, useState } from "react";
import { useTranslation } from "react-i18next";
import { MutationError } from "../../../../components/query-state";
import { useSchemaForm } from "../../../../components/use-form";
import { useCreateProspect, useMemberOptions } from "../api/prospects";

const initialValues = {
  source: "free" as "free" | "member",
  memberOrganizationId: "",
  name: "",
  nameKana: "",
  postalCode: "",
  address: "",
  area: "",
  contactName: "",
  contactPhone: "",
  contactEmail: "",
  workKinds: [] as WorkKind[],
  notes: "",
};
type FormValues = typeof initialValues;

function inputOf(values: FormValues): CreateProspectInput {
  const { source, memberOrganizationId, ...fields } = values;
  if (source === "member") return { memberOrganizationId, workKinds: fields.workKinds, notes: fields.notes };
  return { ...fields, memberOrganizationId: null };
}

/** A new prospect: entered freely, or a member organization chosen (its identity then comes from there). */
export function ProspectNewForm({ onCreated }: { onCreated: (id: string) => void }): JSX.Element {
  const { t } = useTranslation();
  const create = useCreateProspect();
  const [memberSearch, setMemberSearch] = useState("");
  const form = useSchemaForm({
    initialValues,
    schema: createProspectInputSchema,
    mutation: create,
    toInput: inputOf,
  });
  const values = form.getValues();
  const members = useMemberOptions(memberSearch);
  const field = (name: Exclude<keyof FormValues, "source" | "memberOrganizationId">): string =>
    t(`network.prospects.fields.${name}`);

  return (
    <Paper withBorder p="md" maw={880}>
      <form
        ref={form.ref}
        noValidate
        aria-labelledby="prospect-new-title"
        onSubmit={form.submit(async (input: CreateProspectInput) => {
          const created = await create.mutateAsync(input);
          form.reset();
          onCreated(created.id);
        })}
      >
        <Stack gap="md">
          <Title order={2} size="h3" id="prospect-new-title">
            {t("network.prospects.newTitle")}
          </Title>
          <Radio.Group label={t("network.prospects.source.label")} {...form.getInputProps("source")}>
            <Group mt="xs">
              <Radio value="free" label={t("network.prospects.source.free")} />
              <Radio value="member" label={t("network.prospects.source.member")} />
            </Group>
          </Radio.Group>
          {values.source === "member" ? (
            <Select
              label={t("network.prospects.source.memberPick")}
              description={t("network.prospects.source.memberHelp")}
              placeholder={t("network.prospects.source.memberSearch")}
              required
              searchable
              onSearchChange={setMemberSearch}
              data={(members.data?.items ?? []).map((member) => ({ value: member.id, label: member.name }))}
              withScrollArea={false}
              {...form.getInputProps("memberOrganizationId")}
            />
          ) : (
            <>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput
                  label={field("name")}
                  required
                  autoComplete="off"
                  {...form.getInputProps("name")}
                />
                <TextInput
                  label={field("nameKana")}
                  required
                  autoComplete="off"
                  {...form.getInputProps("nameKana")}
                />
                <TextInput
                  label={field("postalCode")}
                  autoComplete="off"
                  {...form.getInputProps("postalCode")}
                />
                <TextInput label={field("area")} autoComplete="off" {...form.getInputProps("area")} />
              </SimpleGrid>
              <TextInput label={field("address")} autoComplete="off" {...form.getInputProps("address")} />
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                <TextInput
                  label={field("contactName")}
                  autoComplete="off"
                  {...form.getInputProps("contactName")}
                />
                <TextInput
                  label={field("contactPhone")}
                  type="tel"
                  autoComplete="off"
                  {...form.getInputProps("contactPhone")}
                />
                <TextInput
                  label={field("contactEmail")}
                  type="email"
                  autoComplete="off"
                  {...form.getInputProps("contactEmail")}
                />
              </SimpleGrid>
            </>
          )}
          <Checkbox.Group label={field("workKinds")} {...form.getInputProps("workKinds")}>
            <Group mt="xs" gap="sm">
              {workKinds.map((kind) => (
                <Checkbox key={kind} value={kind} label={t(`network.prospects.workKinds.${kind}`)} />
              ))}
            </Group>
          </Checkbox.Group>
          <Textarea label={field("notes")} autosize minRows={2} {...form.getInputProps("notes")} />
          <MutationError error={create.error} />
          <Group>
            <Button type="submit" loading={create.isPending}>
              {t("network.prospects.save")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
