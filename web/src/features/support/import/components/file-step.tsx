import { Alert, Button, FileInput, Group, Stack, Text } from "@mantine/core";
import { type ImportUpload, maxImportFileBytes, maxImportRows } from "@otagai/shared/import/schemas";
import { IconAlertCircle, IconFileSpreadsheet } from "@tabler/icons-react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useUploadImportFile } from "../api/upload-import-file";
import { errorMessage, readAsBase64 } from "./import-values";

const accept = [
  ".xlsx",
  ".csv",
  ".txt",
  ".tsv",
  "text/csv",
  "text/plain",
  "text/tab-separated-values",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
].join(",");

interface FileStepProps {
  kind: string;
  onUploaded: (upload: ImportUpload) => void;
}

/** Step 1: choose an .xlsx or CSV file; the server reads it and answers its columns. */
export function FileStep({ kind, onUploaded }: FileStepProps) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const upload = useUploadImportFile(kind);
  const maxMb = maxImportFileBytes / 1024 / 1024;

  async function submit(event: FormEvent) {
    event.preventDefault();
    upload.reset();
    if (!file) {
      setFileError(t("validation.required"));
      return;
    }
    if (file.size > maxImportFileBytes) {
      setFileError(t("support.import.file.tooLarge", { maxMb }));
      return;
    }
    setFileError(null);
    const content = await readAsBase64(file);
    upload.mutate({ fileName: file.name || "file", content }, { onSuccess: onUploaded });
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md" maw={560}>
        <FileInput
          label={t("support.import.file.label")}
          placeholder={t("support.import.file.placeholder")}
          description={t("support.import.file.help", { maxRows: maxImportRows.toLocaleString(), maxMb })}
          accept={accept}
          value={file}
          onChange={(next) => {
            setFile(next);
            setFileError(null);
            upload.reset();
          }}
          leftSection={<IconFileSpreadsheet size={18} aria-hidden />}
          error={fileError}
          clearable
          required
        />
        {upload.isError ? (
          <Alert
            color="red"
            icon={<IconAlertCircle aria-hidden />}
            title={t("support.import.file.readFailedTitle")}
            role="alert"
          >
            <Text size="sm">{errorMessage(upload.error, t)}</Text>
          </Alert>
        ) : null}
        <Group>
          <Button type="submit" loading={upload.isPending}>
            {upload.isPending ? t("support.import.file.reading") : t("support.import.file.read")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
