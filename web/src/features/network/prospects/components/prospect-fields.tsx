import { Checkbox, Group, Select, SimpleGrid, Text, Textarea, TextInput } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { workKinds } from "@otagai/shared/support/workplaces";
import { useTranslation } from "react-i18next";
import { FormPostalCodeField } from "../../../../components/postal-code-field";
import { useProspectOwners } from "../api/prospects";
import type { ProspectValues } from "../prospect-values";

type TextField = Exclude<keyof ProspectValues, "workKinds" | "ownerId">;

/**
 * A prospect's inputs, for adding and editing alike: who it is and where (unless a member
 * organization's record says so), whom to call, the work, notes, and who develops it.
 */
export function ProspectFields<V extends ProspectValues>({
  form,
  identity,
  owner,
}: {
  form: UseFormReturnType<V>;
  /** Name, reading and address: typed here, or (a member organization) kept on its record. */
  identity: "typed" | "fromMember";
  /**
   * The owner's choice: the name of one no longer among them (an edit of an older record), and
   * whether "no owner" may be chosen (a new prospect without one is its creator's).
   */
  owner: { currentName: string | null; clearable: boolean };
}) {
  const { t } = useTranslation();
  const owners = useProspectOwners();
  // Mantine's form is generic over V; the fields are ProspectValues' own.
  const plain = form as unknown as UseFormReturnType<ProspectValues>;
  const label = (name: TextField | "workKinds") => t(`network.prospects.fields.${name}`);
  const text = (name: TextField) => ({
    label: label(name),
    autoComplete: "off",
    ...plain.getInputProps(name),
  });
  const ownerChoices = (owners.data?.items ?? []).map((item) => ({
    value: item.id,
    label: item.displayName,
  }));
  const ownerId = plain.getValues().ownerId;
  if (ownerId && !ownerChoices.some((choice) => choice.value === ownerId))
    ownerChoices.unshift({ value: ownerId, label: owner.currentName ?? ownerId });

  return (
    <>
      {identity === "typed" ? (
        <>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput {...text("name")} required />
            <TextInput {...text("nameKana")} required />
            <FormPostalCodeField form={plain} fillArea />
            <TextInput {...text("area")} />
          </SimpleGrid>
          <TextInput {...text("address")} />
        </>
      ) : (
        <Text size="sm" c="dimmed">
          {t("network.prospects.identityFromMember")}
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput {...text("contactName")} />
        <TextInput {...text("contactPhone")} type="tel" />
        <TextInput {...text("contactEmail")} type="email" />
      </SimpleGrid>
      <Checkbox.Group label={label("workKinds")} {...plain.getInputProps("workKinds")}>
        <Group mt="xs" gap="sm">
          {workKinds.map((kind) => (
            <Checkbox key={kind} value={kind} label={t(`network.prospects.workKinds.${kind}`)} />
          ))}
        </Group>
      </Checkbox.Group>
      <Textarea label={label("notes")} autosize minRows={2} {...plain.getInputProps("notes")} />
      <Select
        label={t("network.prospects.owner")}
        placeholder={t("network.prospects.noOwner")}
        clearable={owner.clearable}
        allowDeselect={owner.clearable}
        searchable
        w={{ base: "100%", sm: 320 }}
        data={ownerChoices}
        {...plain.getInputProps("ownerId")}
        onChange={(value) => plain.setFieldValue("ownerId", value ?? "")}
      />
    </>
  );
}
