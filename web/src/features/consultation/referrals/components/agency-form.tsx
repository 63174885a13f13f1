import { Button, Checkbox, Group, Select, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import { type Agency, agencyInputSchema, agencyKinds } from "@otagai/shared/consultation/referrals";
import type { referralsJa } from "@otagai/shared/i18n/consultation/referrals.ja";
import { useTranslation } from "react-i18next";
import { MutationError } from "../../../../components/query-state";
import { useSchemaForm } from "../../../../components/use-form";
import { useSaveAgency } from "../api/directory";

const empty = {
  name: "",
  kind: "hello_work",
  handles: "",
  contactPerson: "",
  phone: "",
  email: "",
  address: "",
  notes: "",
  active: true,
};

/** Adds an agency, or edits one with the version it was loaded at (a unique name; 409 on a stale save). */
export function AgencyForm({ agency, onDone }: { agency?: Agency; onDone: () => void }) {
  const { t } = useTranslation();
  const save = useSaveAgency();
  const initialValues = agency
    ? {
        name: agency.name,
        kind: agency.kind as string,
        handles: agency.handles,
        contactPerson: agency.contactPerson,
        phone: agency.phone,
        email: agency.email,
        address: agency.address,
        notes: agency.notes,
        active: agency.active,
      }
    : empty;
  const form = useSchemaForm({ initialValues, schema: agencyInputSchema, mutation: save });
  const field = (name: keyof typeof referralsJa.agencies.fields) =>
    t(`consultation.referrals.agencies.fields.${name}`);
  return (
    <form
      ref={form.ref}
      noValidate
      onSubmit={form.submit(async (input) => {
        await save.mutateAsync(agency ? { id: agency.id, input, version: agency.version } : { input });
        onDone();
      })}
    >
      <Stack gap="sm">
        <TextInput label={field("name")} required maxLength={200} {...form.getInputProps("name")} />
        <Select
          label={field("kind")}
          required
          allowDeselect={false}
          data={agencyKinds.map((kind) => ({
            value: kind,
            label: t(`consultation.referrals.agencyKinds.${kind}`),
          }))}
          {...form.getInputProps("kind")}
        />
        <Textarea label={field("handles")} autosize minRows={2} {...form.getInputProps("handles")} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={field("contactPerson")} {...form.getInputProps("contactPerson")} />
          <TextInput label={field("phone")} type="tel" {...form.getInputProps("phone")} />
          <TextInput label={field("email")} type="email" {...form.getInputProps("email")} />
          <TextInput label={field("address")} {...form.getInputProps("address")} />
        </SimpleGrid>
        <Textarea label={field("notes")} autosize minRows={2} {...form.getInputProps("notes")} />
        <Checkbox
          label={t("consultation.referrals.common.active")}
          {...form.getInputProps("active", { type: "checkbox" })}
        />
        <MutationError error={save.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t("consultation.referrals.common.cancel")}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t("consultation.referrals.common.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
