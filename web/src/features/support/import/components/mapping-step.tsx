import { Alert, Button, Group, Select, SimpleGrid, Stack, Text } from "@mantine/core";
import type { ImportMapping, ImportPreview, ImportUpload } from "@otagai/shared/import/schemas";
import { IconAlertCircle } from "@tabler/icons-react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../../../app/api-client";
import { usePreviewImport } from "../api/preview-import";
import { columnLetter, errorMessage, labelOf } from "./import-values";

const notImported = "";

interface MappingStepProps {
  kind: string;
  upload: ImportUpload;
  mapping: ImportMapping;
  onMappingChange: (mapping: ImportMapping) => void;
  onPreviewed: (preview: ImportPreview) => void;
  onBack: () => void;
  /** Importer-specific help under the selects (participants: one 氏名 column, programs). */
  help?: string[];
}

/** Step 2: which column goes into which field; chosen already where the last mapping or the headers tell. */
export function MappingStep({
  kind,
  upload,
  mapping,
  onMappingChange,
  onPreviewed,
  onBack,
  help = [],
}: MappingStepProps) {
  const { t } = useTranslation();
  const preview = usePreviewImport(kind);
  const [missing, setMissing] = useState<Record<string, string>>({});
  const columns = [
    { value: notImported, label: t("support.import.mapping.notImported") },
    ...upload.headers.map((header, index) => ({
      value: String(index),
      label: header
        ? t("support.import.mapping.columnOption", { letter: columnLetter(index), header })
        : t("support.import.mapping.columnOptionNoHeader", { letter: columnLetter(index) }),
    })),
  ];
  // The server's refusal of a mapping names each field (body.mapping.<key>).
  const serverErrors: Record<string, string> = {};
  if (isApiError(preview.error))
    for (const field of preview.error.fields) {
      const key = field.path.startsWith("body.mapping.") ? field.path.slice("body.mapping.".length) : null;
      if (key) serverErrors[key] = field.message;
    }
  const mappingRefused = Object.keys(serverErrors).length > 0;

  function submit(event: FormEvent) {
    event.preventDefault();
    const required = upload.fields.filter((field) => field.required && (mapping[field.key] ?? null) === null);
    const found = Object.fromEntries(required.map((field) => [field.key, t("validation.required")]));
    setMissing(found);
    if (required.length > 0) {
      document.getElementById(`import-field-${required[0]?.key}`)?.focus();
      return;
    }
    preview.mutate({ uploadId: upload.uploadId, mapping }, { onSuccess: onPreviewed });
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text>
          {t("support.import.file.selected", {
            fileName: upload.fileName,
            rows: upload.rowCount.toLocaleString(),
          })}
        </Text>
        <Text size="sm" c="dimmed">
          {t("support.import.mapping.lead")}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
          {upload.fields.map((field) => {
            const column = mapping[field.key] ?? null;
            const example = column === null ? "" : (upload.sample[0]?.[column] ?? "");
            return (
              <Select
                key={field.key}
                id={`import-field-${field.key}`}
                label={labelOf(t, field.labelKey)}
                withAsterisk={field.required}
                required={field.required}
                data={columns}
                value={column === null ? notImported : String(column)}
                onChange={(value) => {
                  setMissing(({ [field.key]: _, ...rest }) => rest);
                  onMappingChange({
                    ...mapping,
                    [field.key]: value === null || value === notImported ? null : Number(value),
                  });
                }}
                allowDeselect={false}
                description={example ? `${t("support.import.mapping.example")}: ${example}` : undefined}
                error={missing[field.key] ?? serverErrors[field.key]}
                comboboxProps={{ withinPortal: true }}
              />
            );
          })}
        </SimpleGrid>
        {help.map((text) => (
          <Text key={text} size="sm" c="dimmed">
            {text}
          </Text>
        ))}
        {preview.isError && !mappingRefused ? (
          <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert">
            <Text size="sm">
              {isApiError(preview.error) && preview.error.status === 404
                ? t("support.import.preview.expired")
                : errorMessage(preview.error, t)}
            </Text>
          </Alert>
        ) : null}
        <Group>
          <Button type="submit" loading={preview.isPending}>
            {preview.isPending ? t("support.import.mapping.previewing") : t("support.import.mapping.preview")}
          </Button>
          <Button variant="default" onClick={onBack}>
            {t("support.import.mapping.back")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
