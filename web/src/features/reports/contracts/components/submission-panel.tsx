import { Alert, Button, Group, List, Modal, Stack, Text, Textarea } from "@mantine/core";
import type { ContractReport } from "@otagai/shared/reports/contract-reports";
import { IconCircleCheck, IconLockOpen } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { serverFieldErrors } from "../../../../app/form-errors";
import { formatDateTime } from "../../../../components/format";
import { MutationError } from "../../../../components/query-state";
import { type ReportQuery, useReopenReport, useSubmitReport } from "../api/contract-reports";
import { useReportLabels } from "../report-format";
import { useRowLabel } from "./report-table";

/** Who submitted the report and when (or who reopened it, and why), and the differences since. */
export function SubmissionBanner({ report }: { report: ContractReport }) {
  const { t, i18n } = useTranslation();
  const labels = useReportLabels();
  const rowLabel = useRowLabel();
  const submission = report.submission;
  if (!submission) return null;
  const measureOf = (indicator: string, part: string) =>
    report.rows.find((row) => row.indicator === indicator && row.part === part)?.measure ?? "records";
  const columnLabel = (column: string) =>
    column === "total"
      ? t(`reports.contracts.report.totals.${report.kind}`)
      : report.kind === "monthly"
        ? labels.monthLong(column)
        : labels.monthShort(column);
  const reopened = submission.status === "reopened";
  return (
    <Stack gap="sm" mb="md">
      <Alert
        color={reopened ? "yellow" : "otagai"}
        c="dark"
        icon={reopened ? <IconLockOpen aria-hidden /> : <IconCircleCheck aria-hidden />}
        title={t(`reports.contracts.submission.${reopened ? "reopenedTitle" : "submittedTitle"}`)}
      >
        <Text size="sm">
          {t("reports.contracts.submission.submittedBanner", {
            at: formatDateTime(submission.submittedAt, i18n.language),
            by: submission.submittedByName,
          })}
        </Text>
        {reopened ? (
          <Text size="sm">
            {t("reports.contracts.submission.reopenedBanner", {
              at: formatDateTime(submission.reopenedAt, i18n.language),
              by: submission.reopenedByName ?? "",
              reason: submission.reopenReason ?? "",
            })}
          </Text>
        ) : (
          <Text size="sm">{t("reports.contracts.submission.showsSubmitted")}</Text>
        )}
      </Alert>
      {report.differences.length > 0 ? (
        <Alert
          color="yellow"
          c="dark"
          title={t("reports.contracts.submission.differencesTitle", { count: report.differences.length })}
        >
          <List size="sm" data-testid="report-differences">
            {report.differences.map((difference) => {
              const measure = measureOf(difference.indicator, difference.part);
              return (
                <List.Item key={`${difference.indicator}|${difference.part}|${difference.column}`}>
                  {t("reports.contracts.submission.difference", {
                    label: rowLabel(difference.indicator, difference.part),
                    column: columnLabel(difference.column),
                    submitted: labels.value(difference.submitted, measure),
                    current: labels.value(difference.current, measure),
                  })}
                </List.Item>
              );
            })}
          </List>
        </Alert>
      ) : null}
    </Stack>
  );
}

/**
 * Submitting (with a confirmation) and reopening (with the reason, which the server requires too),
 * for a user with reports.submit. A reopened report is submitted again with its version.
 */
export function SubmissionActions({
  report,
  query,
  onDone,
}: {
  report: ContractReport;
  query: ReportQuery;
  onDone: (what: "submitted" | "reopened") => void;
}) {
  const { t } = useTranslation();
  const submit = useSubmitReport(report.contract.id);
  const reopen = useReopenReport();
  const [dialog, setDialog] = useState<"submit" | "reopen" | null>(null);
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<string | undefined>();
  const submission = report.submission;
  const again = submission?.status === "reopened";
  const reopenErrors = serverFieldErrors(reopen.error, t);

  function close() {
    submit.reset();
    reopen.reset();
    setReasonError(undefined);
    setDialog(null);
  }
  async function send() {
    try {
      await submit.mutateAsync({ ...query, ...(again && submission ? { version: submission.version } : {}) });
      close();
      onDone("submitted");
    } catch {
      // Shown in the dialog (submit.error).
    }
  }
  async function sendReopen() {
    if (!submission) return;
    reopen.reset();
    if (reason.trim() === "") {
      setReasonError(t("reports.contracts.submission.reasonRequired"));
      return;
    }
    setReasonError(undefined);
    try {
      await reopen.mutateAsync({
        submissionId: submission.id,
        reason: reason.trim(),
        version: submission.version,
      });
      setReason("");
      close();
      onDone("reopened");
    } catch {
      // Shown on the field or under it (reopen.error).
    }
  }

  return (
    <>
      {submission?.status === "submitted" ? (
        <Button
          variant="default"
          leftSection={<IconLockOpen size={16} aria-hidden />}
          onClick={() => setDialog("reopen")}
        >
          {t("reports.contracts.submission.reopen")}
        </Button>
      ) : (
        <Button leftSection={<IconCircleCheck size={16} aria-hidden />} onClick={() => setDialog("submit")}>
          {t(`reports.contracts.submission.${again ? "resubmit" : "submit"}`)}
        </Button>
      )}
      <Modal
        opened={dialog === "submit"}
        onClose={close}
        title={t("reports.contracts.submission.confirmTitle")}
        centered
      >
        <Stack>
          <Text size="sm">{t(`reports.contracts.submission.${again ? "confirmResubmit" : "confirm"}`)}</Text>
          <MutationError error={submit.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t("reports.contracts.submission.cancel")}
            </Button>
            <Button loading={submit.isPending} onClick={() => void send()}>
              {t(`reports.contracts.submission.${again ? "resubmit" : "submit"}`)}
            </Button>
          </Group>
        </Stack>
      </Modal>
      <Modal
        opened={dialog === "reopen"}
        onClose={close}
        title={t("reports.contracts.submission.reopenTitle")}
        centered
      >
        <Stack>
          <Text size="sm">{t("reports.contracts.submission.reopenHelp")}</Text>
          <Textarea
            label={t("reports.contracts.submission.reason")}
            required
            autosize
            minRows={3}
            data-autofocus
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={reasonError ?? reopenErrors.reason}
          />
          {reopenErrors.reason ? null : <MutationError error={reopen.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t("reports.contracts.submission.cancel")}
            </Button>
            <Button loading={reopen.isPending} onClick={() => void sendReopen()}>
              {t("reports.contracts.submission.reopen")}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
