import { Alert, Button, Group, Stack, Text } from "@mantine/core";
import { modals } from "@mantine/modals";
import type { ImportMapping, ImportPreview, ImportResult, ImportUpload } from "@otagai/shared/import/schemas";
import { IconAlertCircle, IconAlertTriangle, IconCircleCheck } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../../../app/api-client";
import { useConfirmImport } from "../api/confirm-import";
import { usePreviewImport } from "../api/preview-import";
import { ImportRowsTable } from "./import-rows-table";
import { errorMessage } from "./import-values";

interface PreviewStepProps {
  kind: string;
  upload: ImportUpload;
  mapping: ImportMapping;
  preview: ImportPreview;
  onPreviewed: (preview: ImportPreview) => void;
  onImported: (result: ImportResult) => void;
  onBackToMapping: () => void;
  onChooseAnother: () => void;
}

/** Step 3: every row's problems; the import is offered only when there are none. */
export function PreviewStep(props: PreviewStepProps) {
  const { kind, upload, mapping, preview, onPreviewed, onImported, onBackToMapping, onChooseAnother } = props;
  const { t } = useTranslation();
  const confirm = useConfirmImport(kind);
  const again = usePreviewImport(kind);
  const fields = upload.fields.filter((field) => (mapping[field.key] ?? null) !== null);
  const count = preview.rowCount.toLocaleString();
  const expired = isApiError(confirm.error) && confirm.error.status === 404;

  function askToImport() {
    confirm.reset();
    modals.openConfirmModal({
      title: t("support.import.preview.confirmTitle"),
      centered: true,
      closeButtonProps: { "aria-label": t("common.cancel") },
      children: <Text>{t("support.import.preview.confirmBody", { count: preview.rowCount })}</Text>,
      labels: { confirm: t("support.import.preview.confirmOk"), cancel: t("common.cancel") },
      onConfirm: () =>
        confirm.mutate(
          { uploadId: upload.uploadId, mapping },
          {
            onSuccess: onImported,
            // Rows found wrong since the preview (someone registered the same person): shown again.
            onError: (error) => {
              if (isApiError(error) && error.status === 400)
                again.mutate({ uploadId: upload.uploadId, mapping }, { onSuccess: onPreviewed });
            },
          },
        ),
    });
  }

  return (
    <Stack gap="md">
      {preview.problemRowCount === 0 ? (
        <Alert icon={<IconCircleCheck aria-hidden />} role="status">
          <Text size="sm">{t("support.import.preview.allValid")}</Text>
          <Text size="sm">
            {t("support.import.preview.summary", { rows: count, valid: preview.validCount.toLocaleString() })}
          </Text>
        </Alert>
      ) : (
        <Alert color="orange" icon={<IconAlertTriangle aria-hidden />} role="status">
          <Text size="sm">
            {t("support.import.preview.summary", { rows: count, valid: preview.validCount.toLocaleString() })}
          </Text>
          <Text size="sm" fw={600}>
            {t("support.import.preview.problemSummary", { count: preview.problemRowCount.toLocaleString() })}
          </Text>
          <Text size="sm">{t("support.import.preview.problemHelp")}</Text>
        </Alert>
      )}

      {confirm.isError ? (
        <Alert
          color="red"
          icon={<IconAlertCircle aria-hidden />}
          title={t("support.import.preview.confirmFailedTitle")}
          role="alert"
        >
          <Text size="sm">
            {expired ? t("support.import.preview.expired") : errorMessage(confirm.error, t)}
          </Text>
        </Alert>
      ) : null}

      <Group>
        {preview.problemRowCount === 0 && !expired ? (
          <Button onClick={askToImport} loading={confirm.isPending}>
            {confirm.isPending
              ? t("support.import.preview.confirming")
              : t("support.import.preview.confirm", { count })}
          </Button>
        ) : null}
        <Button variant={preview.problemRowCount === 0 ? "default" : "filled"} onClick={onChooseAnother}>
          {t("support.import.preview.chooseAnother")}
        </Button>
        {!expired ? (
          <Button variant="default" onClick={onBackToMapping}>
            {t("support.import.preview.backToMapping")}
          </Button>
        ) : null}
      </Group>

      {preview.problemRowCount > 0 ? (
        <>
          {preview.problemRowCount > preview.problemRows.length ? (
            <Text size="sm" c="dimmed">
              {t("support.import.preview.problemsTruncated", {
                shown: preview.problemRows.length,
                count: preview.problemRowCount.toLocaleString(),
              })}
            </Text>
          ) : null}
          <ImportRowsTable
            caption={t("support.import.preview.problemsCaption")}
            rows={preview.problemRows}
            fields={fields}
          />
        </>
      ) : (
        <ImportRowsTable
          caption={t("support.import.preview.sampleCaption", { count: preview.sampleRows.length })}
          rows={preview.sampleRows}
          fields={fields}
        />
      )}
    </Stack>
  );
}
