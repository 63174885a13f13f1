import { Button, Group, Paper, Radio, Select, Stack, Title } from "@mantine/core";
import { type CreateProspectInput, createProspectInputSchema } from "@otagai/shared/network/prospects";
import { type JSX, useState } from "react";
import { useTranslation } from "react-i18next";
import { useCurrentUser } from "../../../../app/session";
import { MutationError } from "../../../../components/query-state";
import { useSchemaForm } from "../../../../components/use-form";
import { useCreateProspect, useMemberOptions } from "../api/prospects";
import { type ProspectValues, prospectValuesOf } from "../prospect-values";
import { ProspectFields } from "./prospect-fields";

type FormValues = ProspectValues & { source: "free" | "member"; memberOrganizationId: string };

function inputOf(values: FormValues): CreateProspectInput {
  const { source, memberOrganizationId, ownerId, ...fields } = values;
  const owner = { ownerId: ownerId || null };
  // A member's name, reading and address are its record's; its contact too, unless one is typed.
  if (source === "member") {
    const { contactName, contactPhone, contactEmail, workKinds, notes } = fields;
    return { memberOrganizationId, contactName, contactPhone, contactEmail, workKinds, notes, ...owner };
  }
  return { ...fields, ...owner, memberOrganizationId: null };
}

/** A new prospect: entered freely, or a member organization chosen (its identity then comes from there). */
export function ProspectNewForm({ onCreated }: { onCreated: (id: string) => void }): JSX.Element {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const create = useCreateProspect();
  const [memberSearch, setMemberSearch] = useState("");
  const form = useSchemaForm({
    initialValues: {
      source: "free",
      memberOrganizationId: "",
      ...prospectValuesOf(),
      ownerId: me.id,
    } as FormValues,
    schema: createProspectInputSchema,
    mutation: create,
    toInput: inputOf,
  });
  const values = form.getValues();
  const members = useMemberOptions(memberSearch);

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
          ) : null}
          <ProspectFields
            form={form}
            identity={values.source === "member" ? "fromMember" : "typed"}
            owner={{ currentName: me.displayName, clearable: false }}
          />
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
