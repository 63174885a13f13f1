import {
  type Contract,
  type ContractIndicator,
  type ContractSummary,
  contractIndicators,
  type FundingStream,
  type Program,
  type ProgramDetail,
  type ProgramKind,
  programKinds,
} from "@otagai/shared/programs/schemas";
import type { ContractRow, FundingStreamRow, ProgramRow } from "./programs.repository.ts";

const knownIndicators = new Set<string>(contractIndicators);

export function presentFundingStream(row: FundingStreamRow): FundingStream {
  return { id: row.id, code: row.code, name: row.name, active: row.active };
}

export function presentContract(row: ContractRow): Contract {
  return {
    id: row.id,
    programId: row.programId,
    fiscalYear: row.fiscalYear,
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    capacity: row.capacity,
    amountYen: row.amountYen,
    // The fixed list (shared/src/programs/indicators.ts): a key no longer on it is not reported.
    indicators: row.indicators.filter((key): key is ContractIndicator => knownIndicators.has(key)),
    termMonths: row.termMonths,
    maxTerms: row.maxTerms,
    followUpMonths: row.followUpMonths,
    notes: row.notes,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

function presentContractSummary(row: ContractRow): ContractSummary {
  return {
    id: row.id,
    fiscalYear: row.fiscalYear,
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    capacity: row.capacity,
    amountYen: row.amountYen,
  };
}

function kindOf(value: string): ProgramKind {
  return (programKinds as readonly string[]).includes(value) ? (value as ProgramKind) : "other";
}

/** A program as lists show it: its streams and the contract of the current fiscal year, if any. */
export function presentProgram(
  row: ProgramRow,
  streams: FundingStreamRow[],
  currentContract: ContractRow | undefined,
): Program {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    nameKana: row.nameKana,
    funder: row.funder,
    kind: kindOf(row.kind),
    targetGroup: row.targetGroup,
    active: row.active,
    fundingStreams: streams.map(presentFundingStream),
    currentContract: currentContract ? presentContractSummary(currentContract) : null,
    version: row.version,
  };
}

/** One program with every contract, newest fiscal year first (as the repository orders them). */
export function presentProgramDetail(
  row: ProgramRow,
  streams: FundingStreamRow[],
  contracts: ContractRow[],
  currentFiscalYear: number,
): ProgramDetail {
  const current = contracts.find((contract) => contract.fiscalYear === currentFiscalYear);
  return {
    ...presentProgram(row, streams, current),
    contracts: contracts.map(presentContract),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
