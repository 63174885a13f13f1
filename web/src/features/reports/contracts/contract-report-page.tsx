import { Alert, Button, Group, SegmentedControl, Select, Stack, Text } from "@mantine/core";
import { roleHas } from "@otagai/shared/platform/permissions";
import { IconCircleCheck, IconDownload } from "@tabler/icons-react";
import { getRouteApi } from "@tanstack/react-router";
import { type JSX, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../../app/api-client";
import { NotFoundPage } from "../../../app/not-found-page";
import { useCurrentUser } from "../../../app/session";
import { PageHeader } from "../../../components/page-header";
import { ErrorState, LoadingState, MutationError } from "../../../components/query-state";
import { AnchorLink } from "../../../components/router-links";
import { ReportsNav } from "../components/reports-nav";
import {
  type ContractReportSearch,
  type Figure,
  reportQueryOf,
  useContractReport,
  useDownloadReport,
  useReportContracts,
} from "./api/contract-reports";
import { DrillDownDrawer } from "./components/drill-down-drawer";
import { ReportTable } from "./components/report-table";
import { SubmissionActions, SubmissionBanner } from "./components/submission-panel";
import { defaultReportMonth, fiscalYearMonths, useReportLabels } from "./report-format";

const routeApi = getRouteApi("/_authenticated/reports/contracts/$id");
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * One contract's report: monthly (one month, and the fiscal year to it) or for the fiscal year, for
 * the whole program or one funding stream. Every figure opens the records behind it; a manager
 * submits the report, reopens it with a reason and submits it again.
 */
export function ContractReportPage(): JSX.Element {
  const { t } = useTranslation();
  const labels = useReportLabels();
  const me = useCurrentUser();
  const { id } = routeApi.useParams();
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const controlsId = useId();
  const contracts = useReportContracts();
  const contract = contracts.data?.items.find((item) => item.id === id);
  const kind = search.kind ?? "monthly";
  const months = contract ? fiscalYearMonths(contract.fiscalYear) : [];
  const month =
    search.month && months.includes(search.month)
      ? search.month
      : contract
        ? defaultReportMonth(contract.fiscalYear)
        : undefined;
  const query = contract ? reportQueryOf(search, month) : null;
  const report = useContractReport(id, uuid.test(id) ? query : null);
  const download = useDownloadReport(id);
  const [figure, setFigure] = useState<Figure | null>(null);
  const [notice, setNotice] = useState<"submitted" | "reopened" | null>(null);
  const canSubmit = roleHas(me.role, "reports.submit");

  if (
    !uuid.test(id) ||
    (contracts.data && !contract) ||
    (isApiError(report.error) && report.error.status === 404)
  )
    return <NotFoundPage />;

  function change(next: ContractReportSearch) {
    setNotice(null);
    download.reset();
    void navigate({ search: { ...search, ...next } });
  }

  const data = report.data;
  const streamName = data?.fundingStream?.name ?? t("reports.contracts.report.wholeProgram");
  const what =
    data && data.kind === "monthly" && data.month
      ? t("reports.contracts.report.monthlyWhat", { month: labels.monthLong(data.month) })
      : t("reports.contracts.report.yearlyWhat", { year: labels.year(contract?.fiscalYear ?? 0) });
  const caption = data
    ? t("reports.contracts.report.caption", { program: data.contract.programName, what, stream: streamName })
    : "";
  const columnLabel = (column: string | undefined) =>
    column === undefined
      ? t(`reports.contracts.report.totals.${kind}`)
      : kind === "monthly"
        ? labels.monthLong(column)
        : labels.monthShort(column);

  return (
    <>
      <AnchorLink
        to="/reports/contracts"
        search={contract ? { fiscalYear: contract.fiscalYear } : {}}
        size="sm"
        display="inline-block"
        mb="sm"
      >
        {t("reports.contracts.report.back")}
      </AnchorLink>
      <PageHeader
        title={
          contract
            ? t("reports.contracts.report.title", { program: contract.programName })
            : t("reports.contracts.title")
        }
        lead={
          contract
            ? `${contract.municipality}　${t("reports.contracts.report.period", {
                year: labels.year(contract.fiscalYear),
                from: contract.periodStart,
                to: contract.periodEnd,
              })}`
            : undefined
        }
        actions={
          data && query ? (
            <Group gap="xs">
              {canSubmit ? (
                <SubmissionActions
                  key={`${data.submission?.id}:${data.submission?.version}`}
                  report={data}
                  query={query}
                  onDone={setNotice}
                />
              ) : null}
              <Button
                variant="default"
                leftSection={<IconDownload size={16} aria-hidden />}
                loading={download.isPending && download.variables?.file === "report.xlsx"}
                onClick={() => download.mutate({ file: "report.xlsx", query })}
              >
                {t("reports.contracts.downloads.excel")}
              </Button>
              <Button
                variant="default"
                leftSection={<IconDownload size={16} aria-hidden />}
                loading={download.isPending && download.variables?.file === "report.pdf"}
                onClick={() => download.mutate({ file: "report.pdf", query })}
              >
                {t("reports.contracts.downloads.pdf")}
              </Button>
            </Group>
          ) : null
        }
      />
      <ReportsNav current="contracts" />
      <MutationError error={download.error} title={t("reports.contracts.downloads.failed")} />
      {notice ? (
        <Alert
          color="otagai"
          c="dark"
          icon={<IconCircleCheck aria-hidden />}
          role="status"
          withCloseButton
          onClose={() => setNotice(null)}
          closeButtonLabel={t("common.cancel")}
          mb="md"
        >
          {t(`reports.contracts.submission.${notice}`)}
        </Alert>
      ) : null}
      {contract ? (
        <Group
          component="section"
          aria-label={t("reports.contracts.report.controls")}
          id={controlsId}
          align="flex-end"
          mb="md"
          gap="md"
        >
          <Stack gap={4}>
            <Text size="sm" fw={500} id={`${controlsId}-kind`}>
              {t("reports.contracts.report.kind")}
            </Text>
            <SegmentedControl
              aria-labelledby={`${controlsId}-kind`}
              value={kind}
              onChange={(value) => change({ kind: value as "monthly" | "yearly" })}
              data={(["monthly", "yearly"] as const).map((value) => ({
                value,
                label: t(`reports.contracts.report.kinds.${value}`),
              }))}
            />
          </Stack>
          {kind === "monthly" ? (
            <Select
              label={t("reports.contracts.report.month")}
              data={months.map((value) => ({ value, label: labels.monthLong(value) }))}
              value={month ?? null}
              allowDeselect={false}
              onChange={(value) => value && change({ month: value })}
              w={200}
            />
          ) : null}
          <Select
            label={t("reports.contracts.report.stream")}
            data={[
              { value: "", label: t("reports.contracts.report.wholeProgram") },
              ...contract.fundingStreams.map((stream) => ({ value: stream.id, label: stream.name })),
            ]}
            value={search.stream ?? ""}
            allowDeselect={false}
            onChange={(value) => change({ stream: value || undefined })}
            w={220}
          />
        </Group>
      ) : null}
      {contracts.isPending || (report.isPending && query) ? <LoadingState /> : null}
      {contracts.isError ? (
        <ErrorState error={contracts.error} onRetry={() => void contracts.refetch()} />
      ) : null}
      {report.isError ? <ErrorState error={report.error} onRetry={() => void report.refetch()} /> : null}
      {data && query ? (
        <>
          <SubmissionBanner report={data} />
          <ReportTable report={data} caption={caption} onOpen={setFigure} />
          <DrillDownDrawer
            contractId={id}
            query={query}
            figure={figure}
            columnLabel={columnLabel(figure?.column)}
            onClose={() => setFigure(null)}
          />
        </>
      ) : null}
    </>
  );
}
