import { Button, Group, Select, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import {
  type Officer,
  type OfficerInput,
  type OfficerRole,
  officerInputSchema,
  officerRoles,
} from "@otagai/shared/network/officers";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { EditFormStatus } from "../../../../components/edit-form-parts";
import { MutationError } from "../../../../components/query-state";
import { useSchemaForm } from "../../../../components/use-form";
import { useMemberOptions } from "../api/officers";

function initialValuesOf(record: Officer | undefined) {
  return {
    name: record?.name ?? "",
    nameKana: record?.nameKana ?? "",
    role: (record?.role ?? "director") as OfficerRole,
    termStartsOn: record?.termStartsOn ?? "",
    termEndsOn: record?.termEndsOn ?? "",
    memberOrganizationId: record?.memberOrganizationId ?? "",
    notes: record?.notes ?? "",
  };
}
type FormValues = ReturnType<typeof initialValuesOf>;

/** The input as the API takes it: no member organization is null. */
function inputOf(values: FormValues): OfficerInput {
  return { ...values, memberOrganizationId: values.memberOrganizationId || null };
}

type FieldKey = keyof FormValues;

interface OfficerFormProps {
  record?: Officer;
  onSave: (input: OfficerInput) => Promise<unknown>;
  mutation: { reset(): void; error: unknown; isPending: boolean };
  onReload?: () => void;
  onCancel?: () => void;
}

/** An officer's term, new or corrected: who, which role, from when to when, from which member. */
export function OfficerForm({ record, onSave, mutation, onReload, onCancel }: OfficerFormProps) {
  const { t } = useTranslation();
  const [organizationSearch, setOrganizationSearch] = useState("");
  const options = useMemberOptions(organizationSearch);
  const form = useSchemaForm({
    initialValues: initialValuesOf(record),
    schema: officerInputSchema,
    mutation,
    toInput: inputOf,
  });
  const organizationOptions = (options.data?.items ?? []).map((item) => ({
    value: item.id,
    label: item.name,
  }));
  if (
    record?.memberOrganizationId &&
    !organizationOptions.some((option) => option.value === record.memberOrganizationId)
  )
    organizationOptions.unshift({
      value: record.memberOrganizationId,
      label: record.memberOrganizationName ?? record.memberOrganizationId,
    });
  const field = (name: FieldKey) => t(`network.officers.fields.${name}`);

  return (
    <form
      ref={form.ref}
      onSubmit={form.submit(onSave)}
      noValidate
      aria-label={record ? t("network.officers.editTitle") : t("network.officers.newTitle")}
    >
      <Stack gap="md" maw={880}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={field("name")} required autoComplete="off" {...form.getInputProps("name")} />
          <TextInput
            label={field("nameKana")}
            required
            autoComplete="off"
            {...form.getInputProps("nameKana")}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select
            label={field("role")}
            required
            allowDeselect={false}
            data={officerRoles.map((role) => ({ value: role, label: t(`officerRoles.${role}`) }))}
            {...form.getInputProps("role")}
          />
          <TextInput
            type="date"
            label={field("termStartsOn")}
            required
            {...form.getInputProps("termStartsOn")}
          />
          <TextInput type="date" label={field("termEndsOn")} required {...form.getInputProps("termEndsOn")} />
        </SimpleGrid>
        <Select
          label={field("memberOrganizationId")}
          placeholder={t("network.officers.organizationPlaceholder")}
          searchable
          clearable
          filter={({ options: all }) => all}
          onSearchChange={setOrganizationSearch}
          nothingFoundMessage={t("network.officers.noOrganization")}
          data={organizationOptions}
          {...form.getInputProps("memberOrganizationId")}
          onChange={(value) => form.setFieldValue("memberOrganizationId", value ?? "")}
        />
        <Textarea label={field("notes")} autosize minRows={2} {...form.getInputProps("notes")} />
        {record ? (
          <EditFormStatus
            error={mutation.error}
            reapplied={false}
            labels={{
              staleTitle: t("network.officers.staleTitle"),
              reloadLatest: t("network.officers.reloadLatest"),
              staleReapplied: t("network.officers.staleReapplied"),
            }}
            onReload={() => onReload?.()}
          />
        ) : (
          <MutationError error={mutation.error} />
        )}
        <Group>
          <Button type="submit" loading={mutation.isPending}>
            {record ? t("network.officers.saveChanges") : t("network.officers.save")}
          </Button>
          {onCancel ? (
            <Button variant="default" onClick={onCancel}>
              {t("common.cancel")}
            </Button>
          ) : null}
        </Group>
      </Stack>
    </form>
  );
}
