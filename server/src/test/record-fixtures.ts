import { eq } from "drizzle-orm";
import {
  appointments,
  consultationSchedules,
} from "../modules/consultation/appointments/appointments.tables.ts";
import { consultationCategories, consultations } from "../modules/consultation/consultations.tables.ts";
import { advisors, agencies, referrals } from "../modules/consultation/referrals/referrals.tables.ts";
import { consultationRequests } from "../modules/consultation/requests/requests.tables.ts";
import { startupResources } from "../modules/consultation/startup/startup-resources.tables.ts";
import { getContractById, getProgramById } from "../modules/programs/programs.repository.ts";
import { getSubmission } from "../modules/reports/contracts/contract-reports.repository.ts";
import { caseFollowUps, caseOutcomes } from "../modules/support/outcomes/outcomes.tables.ts";
import { placements } from "../modules/support/placements/placements.tables.ts";
import { getWorkplace } from "../modules/support/workplaces/workplaces.repository.ts";
import type { Database } from "../platform/db/client.ts";
import { buildActivity } from "./factories/activities.ts";
import { buildAppointment, buildSchedule } from "./factories/appointments.ts";
import { buildAssessment, buildIntake, buildPlan } from "./factories/case-records.ts";
import { buildCase } from "./factories/cases.ts";
import { buildConsultationRequest } from "./factories/consultation-requests.ts";
import { buildConsultation } from "./factories/consultations.ts";
import { buildOutcome } from "./factories/outcomes.ts";
import { buildConsent } from "./factories/participants.ts";
import { buildPlacement } from "./factories/placements.ts";
import { buildContract, buildFundingStream } from "./factories/programs.ts";
import { buildAdvisor, buildAgency, buildReferral } from "./factories/referrals.ts";
import { buildReportSubmission } from "./factories/reports.ts";
import { buildStartupResource } from "./factories/startup-resources.ts";
import { buildCertification, buildWorkplace } from "./factories/workplaces.ts";
import { networkRecordFixtures } from "./record-fixtures.network.ts";

/**
 * One existing record of each entity that routes name in `records` (param → entity), made inside a
 * given program. The bad-input fuzz uses them to reach a route's handler with a real id; the
 * record-access test makes one in program A and asks as a user of program B (expecting 404).
 * A new entity adds its fixture here: routes naming an entity without one fail the walking tests.
 */
export type RecordFixture = {
  /** True when which users reach the record depends on its program (the record-access test walks these). */
  programScoped: boolean;
  create(
    db: Database,
    programId: string,
    /** The records made before this one for the same route, by entity (a record's parent). */
    made: Record<string, string>,
  ): Promise<{ id: string; version?: number }>;
  /**
   * The record's version now: the fuzz keeps one record per route, and a request it let through may
   * have saved a new version (without this, later requests stop at "stale").
   */
  currentVersion?(db: Database, id: string): Promise<number | undefined>;
  /**
   * The partner workplace the record belongs to, for a record the partner portal reaches (ADR 019):
   * the record-access test signs in a partner of that workplace (200) and of another (404).
   */
  workplaceOf?(db: Database, id: string): Promise<string | undefined>;
};

let contractYear = 2000;

export const recordFixtures: Record<string, RecordFixture> = {
  participant: {
    programScoped: true,
    // Reached through a case in the program (the participant policy).
    create: async (db, programId) => {
      const row = await buildCase(db, programId);
      return { id: row.participantId, version: 1 };
    },
  },
  case: {
    programScoped: true,
    create: async (db, programId) => {
      const row = await buildCase(db, programId);
      return { id: row.id, version: row.version };
    },
  },
  // A case with the records its printed forms read (intake, assessment, plan): the PDF routes
  // answer 404 for a case without them, and the record-access test expects 200 inside the program.
  case_with_records: {
    programScoped: true,
    create: async (db, programId) => {
      const row = await buildCase(db, programId, { status: "active" });
      await buildIntake(db, row.id);
      await buildAssessment(db, row.id);
      await buildPlan(db, row.id, 1);
      return { id: row.id, version: row.version };
    },
  },
  activity: {
    programScoped: true,
    create: async (db, programId) => {
      const supportCase = await buildCase(db, programId);
      const row = await buildActivity(db, supportCase.participantId, { caseId: supportCase.id });
      return { id: row.id, version: row.version };
    },
  },
  consent: {
    programScoped: true,
    create: async (db, programId) => {
      const supportCase = await buildCase(db, programId);
      const row = await buildConsent(db, supportCase.participantId);
      return { id: row.id, version: row.version };
    },
  },
  program: {
    programScoped: false,
    create: async (_db, programId) => ({ id: programId, version: 1 }),
    currentVersion: async (db, id) => (await getProgramById(db, id))?.version,
  },
  funding_stream: {
    programScoped: false,
    // A stream of the given program (routes name it together with the program's id).
    create: async (db, programId) => {
      const row = await buildFundingStream(db, programId);
      return { id: row.id };
    },
  },
  contract: {
    programScoped: false,
    create: async (db, programId) => {
      // One contract per program and year: each fixture takes a year of its own, 2001–2099 over and
      // over (the fuzz makes hundreds, each in a program of its own; contracts take 2000–2100).
      contractYear = contractYear >= 2099 ? 2001 : contractYear + 1;
      const row = await buildContract(db, programId, contractYear);
      return { id: row.id, version: row.version };
    },
    currentVersion: async (db, id) => (await getContractById(db, id))?.version,
  },
  // A submitted fiscal-year report of a contract of the program (reopening it is the manager's).
  report_submission: {
    programScoped: true,
    create: async (db, programId) => {
      contractYear = contractYear >= 2099 ? 2001 : contractYear + 1;
      const contract = await buildContract(db, programId, contractYear);
      const row = await buildReportSubmission(db, contract.id);
      return { id: row.id, version: row.version };
    },
    currentVersion: async (db, id) => (await getSubmission(db, id))?.version,
  },
  // Partner workplaces are organizations every internal role reaches, not a program's records.
  workplace: {
    programScoped: false,
    create: async (db) => {
      const row = await buildWorkplace(db);
      return { id: row.id, version: row.version };
    },
    currentVersion: async (db, id) => (await getWorkplace(db, id))?.version,
  },
  // An outcome and its follow-ups are reached through their case (the case policy).
  outcome: {
    programScoped: true,
    create: async (db, programId) => {
      const { outcome } = await buildOutcome(db, (await buildCase(db, programId)).id);
      return { id: outcome.id, version: outcome.version };
    },
    currentVersion: async (db, id) => {
      const [row] = await db
        .select({ version: caseOutcomes.version })
        .from(caseOutcomes)
        .where(eq(caseOutcomes.id, id));
      return row?.version;
    },
  },
  follow_up: {
    programScoped: true,
    create: async (db, programId) => {
      const { followUps } = await buildOutcome(db, (await buildCase(db, programId)).id);
      const first = followUps[0];
      if (!first) throw new Error("a work outcome has follow-ups");
      return { id: first.id, version: first.version };
    },
    currentVersion: async (db, id) => {
      const [row] = await db
        .select({ version: caseFollowUps.version })
        .from(caseFollowUps)
        .where(eq(caseFollowUps.id, id));
      return row?.version;
    },
  },
  // A placement is reached through its case (the case policy); its case is active, so a valid
  // change can pass the rules.
  placement: {
    programScoped: true,
    create: async (db, programId) => {
      const supportCase = await buildCase(db, programId, { status: "active" });
      const row = await buildPlacement(db, supportCase.id);
      return { id: row.id, version: row.version };
    },
    currentVersion: async (db, id) => {
      const [row] = await db
        .select({ version: placements.version })
        .from(placements)
        .where(eq(placements.id, id));
      return row?.version;
    },
    workplaceOf: async (db, id) => {
      const [row] = await db
        .select({ workplaceId: placements.workplaceId })
        .from(placements)
        .where(eq(placements.id, id));
      return row?.workplaceId;
    },
  },
  workplace_certification: {
    programScoped: false,
    // A certification of the workplace the route names with it (`{ id: "workplace", certificationId: … }`).
    create: async (db, _programId, made) => {
      const workplaceId = made.workplace ?? (await buildWorkplace(db)).id;
      const row = await buildCertification(db, workplaceId);
      return { id: row.id, version: row.version };
    },
  },
  // A consultation with a participant in the program: reached as its participant is (consultations.policy.ts).
  consultation: {
    programScoped: true,
    create: async (db, programId) => {
      const supportCase = await buildCase(db, programId);
      const row = await buildConsultation(db, { participantId: supportCase.participantId });
      return { id: row.id, version: row.version };
    },
    currentVersion: async (db, id) => {
      const [row] = await db
        .select({ version: consultations.version })
        .from(consultations)
        .where(eq(consultations.id, id));
      return row?.version;
    },
  },
  // A category of the desk's own (the fixed six keep their names), every desk user reaches.
  consultation_category: {
    programScoped: false,
    create: async (db) => {
      const [row] = await db
        .insert(consultationCategories)
        .values({ name: `試験の種別${Math.random().toString(36).slice(2, 8)}` })
        .returning();
      if (!row) throw new Error("insert returned no row");
      return { id: row.id, version: row.version };
    },
    currentVersion: async (db, id) => {
      const [row] = await db
        .select({ version: consultationCategories.version })
        .from(consultationCategories)
        .where(eq(consultationCategories.id, id));
      return row?.version;
    },
  },
  // A request from the public form: the desk's inbox, in no program (consultationRequests.handle decides).
  consultation_request: {
    programScoped: false,
    create: async (db) => {
      const row = await buildConsultationRequest(db);
      return { id: row.id, version: row.version };
    },
    currentVersion: async (db, id) => {
      const [row] = await db
        .select({ version: consultationRequests.version })
        .from(consultationRequests)
        .where(eq(consultationRequests.id, id));
      return row?.version;
    },
  },
  // An entry of the start-up directory (起業相談): the desk's, in no program.
  startup_resource: {
    programScoped: false,
    create: async (db) => {
      const row = await buildStartupResource(db);
      return { id: row.id, version: row.version };
    },
    currentVersion: async (db, id) => {
      const [row] = await db
        .select({ version: startupResources.version })
        .from(startupResources)
        .where(eq(startupResources.id, id));
      return row?.version;
    },
  },
  // The directory's agencies and advisors: every desk user reaches them (role permissions decide).
  agency: {
    programScoped: false,
    create: async (db) => {
      const row = await buildAgency(db);
      return { id: row.id, version: row.version };
    },
    currentVersion: async (db, id) => {
      const [row] = await db.select({ version: agencies.version }).from(agencies).where(eq(agencies.id, id));
      return row?.version;
    },
  },
  advisor: {
    programScoped: false,
    create: async (db) => {
      const row = await buildAdvisor(db);
      return { id: row.id, version: row.version };
    },
    currentVersion: async (db, id) => {
      const [row] = await db.select({ version: advisors.version }).from(advisors).where(eq(advisors.id, id));
      return row?.version;
    },
  },
  // A referral from a case in the program: reached as its case is (referrals.policy.ts).
  referral: {
    programScoped: true,
    create: async (db, programId) => {
      const supportCase = await buildCase(db, programId);
      const row = await buildReferral(db, {
        caseId: supportCase.id,
        participantId: supportCase.participantId,
      });
      return { id: row.id, version: row.version };
    },
    currentVersion: async (db, id) => {
      const [row] = await db
        .select({ version: referrals.version })
        .from(referrals)
        .where(eq(referrals.id, id));
      return row?.version;
    },
  },
  // An appointment of a participant in the program: reached as its participant is (appointments.policy.ts).
  appointment: {
    programScoped: true,
    create: async (db, programId) => {
      const supportCase = await buildCase(db, programId);
      const row = await buildAppointment(db, { participantId: supportCase.participantId });
      return { id: row.id, version: row.version };
    },
    currentVersion: async (db, id) => {
      const [row] = await db
        .select({ version: appointments.version })
        .from(appointments)
        .where(eq(appointments.id, id));
      return row?.version;
    },
  },
  // A regular consultation day (定例相談): the desk's, in no program.
  consultation_schedule: {
    programScoped: false,
    create: async (db) => {
      const row = await buildSchedule(db, { active: false });
      return { id: row.id, version: row.version };
    },
    currentVersion: async (db, id) => {
      const [row] = await db
        .select({ version: consultationSchedules.version })
        .from(consultationSchedules)
        .where(eq(consultationSchedules.id, id));
      return row?.version;
    },
  },
  ...networkRecordFixtures,
};
