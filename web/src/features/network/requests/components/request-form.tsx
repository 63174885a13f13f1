import { Button, Group, Radio, Select, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import {
  type NetworkRequest,
  type NetworkRequestInput,
  type NetworkRequestKind,
  type NetworkRequestOrigin,
  networkRequestInputSchema,
  networkRequestKinds,
  networkRequestOrigins,
} from "@otagai/shared/network/requests";
import { useTranslation } from "react-i18next";
import { EditFormStatus } from "../../../../components/edit-form-parts";
import { MutationError } from "../../../../components/query-state";
import { useSchemaForm } from "../../../../components/use-form";
import { useNetworkRequestOwners } from "../api/requests";
import { japanToday, type RequestFieldKey } from "../request-format";

function initialValuesOf(record: NetworkRequest | undefined) {
  return {
    receivedOn: record?.receivedOn ?? japanToday(),
    origin: (record?.origin ?? "external") as NetworkRequestOrigin,
    kind: (record?.kind ?? "talk") as NetworkRequestKind,
    requesterName: record?.requesterName ?? "",
    requesterOrganization: record?.requesterOrganization ?? "",
    requesterContact: record?.requesterContact ?? "",
    title: record?.title ?? "",
    details: record?.details ?? "",
    wantedOn: record?.wantedOn ?? "",
    ownerId: record?.ownerId ?? "",
  };
}
type FormValues = ReturnType<typeof initialValuesOf>;

/** The input as the API takes it: no wanted day or owner is null. */
function inputOf(values: FormValues): NetworkRequestInput {
  return { ...values, wantedOn: values.wantedOn || null, ownerId: values.ownerId || null };
}

interface RequestFormProps {
  record?: NetworkRequest;
  onSave: (input: NetworkRequestInput) => Promise<unknown>;
  mutation: { reset(): void; error: unknown; isPending: boolean };
  onReload?: () => void;
  onCancel?: () => void;
}

/** A request, new or corrected: who asked, what, for when, and who takes it. */
export function RequestForm({ record, onSave, mutation, onReload, onCancel }: RequestFormProps) {
  const { t } = useTranslation();
  const owners = useNetworkRequestOwners();
  const form = useSchemaForm({
    initialValues: initialValuesOf(record),
    schema: networkRequestInputSchema,
    mutation,
    toInput: inputOf,
  });
  const ownerOptions = (owners.data?.items ?? []).map((owner) => ({
    value: owner.id,
    label: owner.displayName,
  }));
  if (record?.ownerId && !ownerOptions.some((option) => option.value === record.ownerId))
    ownerOptions.unshift({ value: record.ownerId, label: record.ownerName ?? record.ownerId });
  const field = (name: RequestFieldKey) => t(`network.requests.fields.${name}`);

  return (
    <form
      ref={form.ref}
      onSubmit={form.submit(onSave)}
      noValidate
      aria-label={record ? t("network.requests.editTitle") : t("network.requests.newTitle")}
    >
      <Stack gap="md" maw={880}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput type="date" label={field("receivedOn")} required {...form.getInputProps("receivedOn")} />
          <Select
            label={field("kind")}
            required
            allowDeselect={false}
            data={networkRequestKinds.map((kind) => ({
              value: kind,
              label: t(`network.requests.kinds.${kind}`),
            }))}
            {...form.getInputProps("kind")}
          />
        </SimpleGrid>
        <Radio.Group label={field("origin")} required {...form.getInputProps("origin")}>
          <Group mt="xs">
            {networkRequestOrigins.map((origin) => (
              <Radio key={origin} value={origin} label={t(`network.requests.origins.${origin}`)} />
            ))}
          </Group>
        </Radio.Group>
        <TextInput label={field("title")} required autoComplete="off" {...form.getInputProps("title")} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={field("requesterName")}
            required
            autoComplete="off"
            {...form.getInputProps("requesterName")}
          />
          <TextInput
            label={field("requesterOrganization")}
            autoComplete="off"
            {...form.getInputProps("requesterOrganization")}
          />
        </SimpleGrid>
        <TextInput
          label={field("requesterContact")}
          autoComplete="off"
          {...form.getInputProps("requesterContact")}
        />
        <Textarea label={field("details")} autosize minRows={3} {...form.getInputProps("details")} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput type="date" label={field("wantedOn")} {...form.getInputProps("wantedOn")} />
          <Select
            label={field("ownerId")}
            placeholder={t("network.requests.noOwner")}
            clearable
            data={ownerOptions}
            {...form.getInputProps("ownerId")}
            onChange={(value) => form.setFieldValue("ownerId", value ?? "")}
          />
        </SimpleGrid>
        {record ? (
          <EditFormStatus
            error={mutation.error}
            reapplied={false}
            labels={{
              staleTitle: t("network.requests.staleTitle"),
              reloadLatest: t("network.requests.reloadLatest"),
              staleReapplied: t("network.requests.staleReapplied"),
            }}
            onReload={() => onReload?.()}
          />
        ) : (
          <MutationError error={mutation.error} />
        )}
        <Group>
          <Button type="submit" loading={mutation.isPending}>
            {record ? t("network.requests.saveChanges") : t("network.requests.save")}
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
