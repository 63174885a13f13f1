import type {
  ContractReport,
  DrillDown,
  ReportKind,
  reportContractListSchema,
} from "@otagai/shared/reports/contract-reports";
import type { ContractIndicator } from "@otagai/shared/reports/indicators";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { downloadFile } from "../../../../app/api/download-file";
import { apiRequest } from "../../../../app/api-client";

export type ReportContractList = z.infer<typeof reportContractListSchema>;
export type ReportContract = ReportContractList["items"][number];

/** The report's address: which report of the contract (kind, month, stream). */
export interface ContractReportSearch {
  kind?: ReportKind;
  month?: string;
  stream?: string;
}

/** What the API takes for a report (the month only for a monthly one). */
export type ReportQuery = { kind: ReportKind; month?: string; fundingStreamId?: string };

export function reportQueryOf(search: ContractReportSearch, month: string | undefined): ReportQuery {
  const kind = search.kind ?? "monthly";
  return {
    kind,
    ...(kind === "monthly" && month ? { month } : {}),
    ...(search.stream ? { fundingStreamId: search.stream } : {}),
  };
}

/** Every contract (newest fiscal year first); the page picks a year from them. */
export function useReportContracts() {
  return useQuery({
    queryKey: ["report-contracts", "list"],
    queryFn: ({ signal }) => apiRequest<ReportContractList>("/api/reports/contracts", { signal }),
    staleTime: 30_000,
  });
}

const base = (id: string) => `/api/reports/contracts/${encodeURIComponent(id)}`;

export function useContractReport(id: string, query: ReportQuery | null) {
  return useQuery({
    queryKey: ["report-contracts", "report", id, query],
    queryFn: ({ signal }) =>
      apiRequest<ContractReport>(`${base(id)}/report`, { query: { ...query }, signal }),
    enabled: query !== null,
    placeholderData: keepPreviousData,
  });
}

/** One figure: which indicator's part, and a month column or the total (column omitted). */
export type Figure = { indicator: ContractIndicator; part: string; column?: string };

export function useDrillDown(id: string, query: ReportQuery, figure: Figure | null) {
  return useQuery({
    queryKey: ["report-contracts", "records", id, query, figure],
    queryFn: ({ signal }) =>
      apiRequest<DrillDown>(`${base(id)}/records`, { query: { ...query, ...figure }, signal }),
    enabled: figure !== null,
  });
}

function queryString(values: Record<string, string | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) if (value) query.set(key, value);
  return query.toString();
}

export type ReportFile = "report.xlsx" | "report.pdf" | "records.xlsx";

/** The report (Excel, PDF) or the records behind a figure (Excel), fetched as a file. */
export function useDownloadReport(id: string) {
  return useMutation({
    mutationFn: ({ file, query, figure }: { file: ReportFile; query: ReportQuery; figure?: Figure }) =>
      downloadFile(`${base(id)}/${file}?${queryString({ ...query, ...figure })}`, file),
  });
}

function useStore() {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: ["report-contracts"] });
}

export function useSubmitReport(id: string) {
  const store = useStore();
  return useMutation({
    mutationFn: (input: ReportQuery & { version?: number }) =>
      apiRequest<ContractReport>(`${base(id)}/submissions`, { method: "POST", body: input }),
    onSuccess: store,
  });
}

export function useReopenReport() {
  const store = useStore();
  return useMutation({
    mutationFn: ({ submissionId, ...body }: { submissionId: string; reason: string; version: number }) =>
      apiRequest<ContractReport>(`/api/reports/submissions/${encodeURIComponent(submissionId)}/reopen`, {
        method: "POST",
        body,
      }),
    onSuccess: store,
  });
}
