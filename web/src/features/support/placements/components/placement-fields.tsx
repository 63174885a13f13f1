import {
  Checkbox,
  Group,
  NumberInput,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { employmentTypes, weekdays } from "@otagai/shared/support/workplaces";
import { useTranslation } from "react-i18next";
import { useCurrentUser } from "../../../../app/session";
import { useCaseLeadOptions } from "../../cases/api/find-case-leads";
import { WarekiDateInput } from "../../components/wareki-date-input";
import { useActiveWorkplaces } from "../api/active-workplaces";
import type { PlacementValues } from "../placement-values";

const below = ["label", "input", "description", "error"] as ("label" | "input" | "description" | "error")[];

/** An option kept whatever the list holds: the placement's own workplace or coordinator, on an edit. */
type Kept = { value: string; label: string } | null;

function withKept(options: { value: string; label: string }[], kept: Kept) {
  return kept && !options.some((option) => option.value === kept.value) ? [kept, ...options] : options;
}

/**
 * A placement's inputs, for registration and editing alike: where (an active partner workplace)
 * and how (雇用型・非雇用型), when (start, terms, days, hours), what and with whom, and the notes.
 */
export function PlacementFields({
  form,
  programId,
  keptWorkplace = null,
  keptCoordinator = null,
}: {
  form: UseFormReturnType<PlacementValues>;
  /** The case's program: who may coordinate follows from it. */
  programId: string;
  keptWorkplace?: Kept;
  keptCoordinator?: Kept;
}) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const p = "support.placements" as const;
  const workplaces = useActiveWorkplaces();
  const leads = useCaseLeadOptions(programId, me, (name) => t("support.participants.me", { name }));
  const workplaceOptions = withKept(
    (workplaces.data?.items ?? []).map((workplace) => ({ value: workplace.id, label: workplace.name })),
    keptWorkplace,
  );
  const text = (field: "tasks" | "supervisorName" | "transportNotes" | "allowanceNotes") => ({
    label: t(`${p}.fields.${field}`),
    autoComplete: "off",
    ...form.getInputProps(field),
  });

  return (
    <Stack gap="md">
      <Select
        label={t(`${p}.fields.workplace`)}
        description={t(`${p}.help.workplace`)}
        inputWrapperOrder={below}
        required
        searchable
        data={workplaceOptions}
        nothingFoundMessage={t("common.noResults")}
        disabled={workplaces.isPending}
        comboboxProps={{ withinPortal: true }}
        {...form.getInputProps("workplaceId")}
        value={form.getValues().workplaceId || null}
        onChange={(id) => form.setFieldValue("workplaceId", id ?? "")}
      />
      <Radio.Group label={t(`${p}.fields.employmentType`)} required {...form.getInputProps("employmentType")}>
        <Group mt="xs" gap="lg">
          {employmentTypes.map((type) => (
            <Radio key={type} value={type} label={t(`${p}.employmentTypes.${type}`)} />
          ))}
        </Group>
      </Radio.Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <WarekiDateInput label={t(`${p}.fields.startOn`)} required {...form.getInputProps("startOn")} />
        <NumberInput
          label={t(`${p}.fields.termCount`)}
          description={t(`${p}.help.termCount`)}
          inputWrapperOrder={below}
          required
          min={1}
          max={12}
          allowDecimal={false}
          allowNegative={false}
          inputMode="numeric"
          {...form.getInputProps("termCount")}
        />
      </SimpleGrid>
      <Checkbox.Group label={t(`${p}.fields.workDays`)} required {...form.getInputProps("workDays")}>
        <Group mt="xs" gap="md">
          {weekdays.map((day) => (
            <Checkbox key={day} value={day} label={t(`support.workplaces.weekdaysLong.${day}`)} />
          ))}
        </Group>
      </Checkbox.Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          type="time"
          label={t(`${p}.fields.hoursFrom`)}
          description={t(`${p}.help.hours`)}
          inputWrapperOrder={below}
          required
          {...form.getInputProps("hoursFrom")}
        />
        <TextInput
          type="time"
          label={t(`${p}.fields.hoursTo`)}
          description={t(`${p}.help.hours`)}
          inputWrapperOrder={below}
          required
          {...form.getInputProps("hoursTo")}
        />
      </SimpleGrid>
      <Textarea autosize minRows={2} maxRows={8} {...text("tasks")} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput {...text("supervisorName")} />
        <Select
          label={t(`${p}.fields.coordinatorId`)}
          data={withKept(leads.options, keptCoordinator)}
          placeholder={t(`${p}.values.noCoordinator`)}
          clearable
          searchable
          nothingFoundMessage={t("common.noResults")}
          disabled={leads.isPending}
          comboboxProps={{ withinPortal: true }}
          {...form.getInputProps("coordinatorId")}
          value={form.getValues().coordinatorId || null}
          onChange={(id) => form.setFieldValue("coordinatorId", id ?? "")}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Textarea autosize minRows={2} maxRows={6} {...text("transportNotes")} />
        <Textarea autosize minRows={2} maxRows={6} {...text("allowanceNotes")} />
      </SimpleGrid>
      <Textarea
        label={t(`${p}.fields.guidanceNotes`)}
        description={t(`${p}.help.guidanceNotes`)}
        inputWrapperOrder={below}
        autosize
        minRows={3}
        maxRows={10}
        {...form.getInputProps("guidanceNotes")}
      />
    </Stack>
  );
}
