import { Button, Group, Radio, SimpleGrid, Stack, TagsInput, Textarea, TextInput } from "@mantine/core";
import {
  type StartupResource,
  type StartupResourceInput,
  type StartupResourceKind,
  startupResourceInputSchema,
  startupResourceKinds,
} from "@otagai/shared/consultation/startup";
import { useTranslation } from "react-i18next";
import { EditFormStatus } from "../../../../components/edit-form-parts";
import { MutationError } from "../../../../components/query-state";
import { useSchemaForm } from "../../../../components/use-form";
import { useStartupTags } from "../api/startup-resources";

function initialValuesOf(record: StartupResource | undefined) {
  return {
    kind: (record?.kind ?? "grant") as StartupResourceKind,
    title: record?.title ?? "",
    provider: record?.provider ?? "",
    amount: record?.amount ?? "",
    eligibility: record?.eligibility ?? "",
    windowOpensOn: record?.windowOpensOn ?? "",
    windowClosesOn: record?.windowClosesOn ?? "",
    url: record?.url ?? "",
    body: record?.body ?? "",
    tags: record?.tags ?? [],
    active: record?.active ?? true,
  };
}
type FormValues = ReturnType<typeof initialValuesOf>;

/** The input as the API takes it: a guide sends no window. */
export function startupInputOf(values: FormValues): StartupResourceInput {
  const grant = values.kind === "grant";
  return {
    ...values,
    windowOpensOn: grant && values.windowOpensOn ? values.windowOpensOn : null,
    windowClosesOn: grant && values.windowClosesOn ? values.windowClosesOn : null,
  };
}

/** The record as an input again (to deactivate or reactivate it without the form). */
export function startupInputOfRecord(record: StartupResource): StartupResourceInput {
  return startupInputOf(initialValuesOf(record));
}

interface StartupResourceFormProps {
  record?: StartupResource;
  onSave: (input: StartupResourceInput) => Promise<unknown>;
  mutation: { reset(): void; error: unknown; isPending: boolean };
  onReload?: () => void;
  onCancel?: () => void;
}

/** 起業の情報: a grant (with its application window) or a how-to guide, new or corrected. */
export function StartupResourceForm({
  record,
  onSave,
  mutation,
  onReload,
  onCancel,
}: StartupResourceFormProps) {
  const { t } = useTranslation();
  const tags = useStartupTags();
  const form = useSchemaForm({
    initialValues: initialValuesOf(record),
    schema: startupResourceInputSchema,
    mutation,
    toInput: startupInputOf,
  });
  const values = form.getValues();

  return (
    <form
      ref={form.ref}
      onSubmit={form.submit(onSave)}
      noValidate
      aria-label={record ? t("consultation.startup.editTitle") : t("consultation.startup.newTitle")}
    >
      <Stack gap="md" maw={880}>
        <Radio.Group label={t("consultation.startup.fields.kind")} required {...form.getInputProps("kind")}>
          <Group mt="xs">
            {startupResourceKinds.map((kind) => (
              <Radio key={kind} value={kind} label={t(`consultation.startup.kinds.${kind}`)} />
            ))}
          </Group>
        </Radio.Group>
        <TextInput
          label={t("consultation.startup.fields.title")}
          required
          autoComplete="off"
          {...form.getInputProps("title")}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t("consultation.startup.fields.provider")}
            autoComplete="off"
            {...form.getInputProps("provider")}
          />
          {values.kind === "grant" ? (
            <TextInput
              label={t("consultation.startup.fields.amount")}
              autoComplete="off"
              {...form.getInputProps("amount")}
            />
          ) : null}
        </SimpleGrid>
        {values.kind === "grant" ? (
          <>
            <Textarea
              label={t("consultation.startup.fields.eligibility")}
              autosize
              minRows={2}
              {...form.getInputProps("eligibility")}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                type="date"
                label={t("consultation.startup.fields.windowOpensOn")}
                {...form.getInputProps("windowOpensOn")}
              />
              <TextInput
                type="date"
                label={t("consultation.startup.fields.windowClosesOn")}
                {...form.getInputProps("windowClosesOn")}
              />
            </SimpleGrid>
          </>
        ) : null}
        <TextInput
          type="url"
          label={t("consultation.startup.fields.url")}
          autoComplete="off"
          placeholder="https://"
          {...form.getInputProps("url")}
        />
        <Textarea
          label={t("consultation.startup.fields.body")}
          description={t("consultation.startup.fields.bodyHelp")}
          autosize
          minRows={5}
          {...form.getInputProps("body")}
        />
        <TagsInput
          label={t("consultation.startup.fields.tags")}
          description={t("consultation.startup.fields.tagsHelp")}
          data={tags.data?.items ?? []}
          // The options list grows with the page, not inside a scroll area keyboards cannot reach.
          withScrollArea={false}
          clearable
          {...form.getInputProps("tags")}
        />
        {record ? (
          <EditFormStatus
            error={mutation.error}
            reapplied={false}
            labels={{
              staleTitle: t("consultation.startup.staleTitle"),
              reloadLatest: t("consultation.startup.reloadLatest"),
              staleReapplied: t("consultation.startup.staleReapplied"),
            }}
            onReload={() => onReload?.()}
          />
        ) : (
          <MutationError error={mutation.error} />
        )}
        <Group>
          <Button type="submit" loading={mutation.isPending}>
            {record ? t("consultation.startup.saveChanges") : t("consultation.startup.save")}
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
