import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import cookie from "@fastify/cookie";
import rateLimit from "@fastify/rate-limit";
import fastifyStatic from "@fastify/static";
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import Fastify, { type FastifyInstance } from "fastify";
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from "fastify-type-provider-zod";
import { z } from "zod";
import { auditRoutes } from "./modules/audit/audit.routes.ts";
import { authRoutes } from "./modules/auth/auth.routes.ts";
import {
  findAppointmentNames,
  findScheduleNames,
} from "./modules/consultation/appointments/appointments.repository.ts";
import { appointmentsRoutes } from "./modules/consultation/appointments/appointments.routes.ts";
import { findCategoryNames, findConsultationNames } from "./modules/consultation/consultations.repository.ts";
import { consultationsRoutes } from "./modules/consultation/consultations.routes.ts";
import { figuresRoutes } from "./modules/consultation/figures/figures.routes.ts";
import { findAdvisorNames, findAgencyNames } from "./modules/consultation/referrals/directory.repository.ts";
import { findReferralNames } from "./modules/consultation/referrals/referrals.repository.ts";
import { referralsRoutes } from "./modules/consultation/referrals/referrals.routes.ts";
import { offeredConsultationDays } from "./modules/consultation/requests/public/public-form.days.ts";
import { publicFormPages } from "./modules/consultation/requests/public/public-form.routes.ts";
import { findRequestNames } from "./modules/consultation/requests/requests.repository.ts";
import { consultationRequestsRoutes } from "./modules/consultation/requests/requests.routes.ts";
import { findStartupResourceNames } from "./modules/consultation/startup/startup-resources.repository.ts";
import { startupResourcesRoutes } from "./modules/consultation/startup/startup-resources.routes.ts";
import { dashboardRoutes } from "./modules/dashboard/dashboard.routes.ts";
import { healthRoutes } from "./modules/health/health.routes.ts";
import { networkAuditLabelers } from "./modules/network/network.audit-labels.ts";
import { networkImporters } from "./modules/network/network.importers.ts";
import { networkRoutes } from "./modules/network/network.routes.ts";
import { postalCodesRoutes } from "./modules/postal-codes/postal-codes.routes.ts";
import {
  findContractNames,
  findFundingStreamNames,
  findProgramNames,
} from "./modules/programs/programs.repository.ts";
import { programsRoutes } from "./modules/programs/programs.routes.ts";
import { reportsRoutes } from "./modules/reports/reports.routes.ts";
import { activitiesRoutes } from "./modules/support/activities/activities.routes.ts";
import {
  findActivityNames,
  findCaseNames,
  findConsentNames,
  findFollowUpNames,
  findOutcomeNames,
} from "./modules/support/audit-labels.repository.ts";
import { casesRoutes } from "./modules/support/cases/cases.routes.ts";
import { caseFormsRoutes } from "./modules/support/cases/forms/case-forms.routes.ts";
import { outcomesRoutes } from "./modules/support/outcomes/outcomes.routes.ts";
import { duplicatesRoutes } from "./modules/support/participants/participants.duplicates.routes.ts";
import { createSweepRunner } from "./modules/support/participants/participants.duplicates.service.ts";
import { participantsImporter } from "./modules/support/participants/participants.import.ts";
import { mergeRoutes } from "./modules/support/participants/participants.merge.routes.ts";
import { findParticipantNames } from "./modules/support/participants/participants.repository.ts";
import { participantsRoutes } from "./modules/support/participants/participants.routes.ts";
import { findPlacementNames } from "./modules/support/placement-audit-labels.repository.ts";
import { attendanceRoutes } from "./modules/support/placements/attendance.routes.ts";
import { evaluationsRoutes } from "./modules/support/placements/evaluations.routes.ts";
import { placementFormsRoutes } from "./modules/support/placements/forms/placement-forms.routes.ts";
import { placementsRoutes } from "./modules/support/placements/placements.routes.ts";
import { portalRoutes } from "./modules/support/portal/portal.routes.ts";
import {
  findCertificationNames,
  findWorkplaceNames,
} from "./modules/support/workplaces/workplaces.repository.ts";
import { workplacesRoutes } from "./modules/support/workplaces/workplaces.routes.ts";
import { todayProviders } from "./modules/today-providers.ts";
import { findUserNames } from "./modules/users/users.repository.ts";
import { usersRoutes } from "./modules/users/users.routes.ts";
import { flushAuditQueue, useAuditKeyring } from "./platform/audit/audit.ts";
import { readAuditKeyring } from "./platform/audit/audit-keys.ts";
import type { Config } from "./platform/config.ts";
import type { DatabaseHandle } from "./platform/db/client.ts";
import { draftsRoutes } from "./platform/drafts/drafts.routes.ts";
import { registerErrorHandler, sendNotFound } from "./platform/http/error-handler.ts";
import { frameworkErrorOptions, registerMalformedPathCheck } from "./platform/http/framework-errors.ts";
import { logSerializers, registerNoStore } from "./platform/http/personal-data.ts";
import { auditRefusedAccess } from "./platform/http/refused-access.ts";
import { registerRoutes } from "./platform/http/register-routes.ts";
import { defineRoute } from "./platform/http/route.ts";
import { registerAccessControl, registerSecurityHeaders } from "./platform/http/security.ts";
import { fastifyTrustProxy } from "./platform/http/trust-proxy.ts";
import { importRoutes } from "./platform/import/import.routes.ts";
import { todayRoutes } from "./platform/today/today.routes.ts";

const builtWebDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../web/dist");

declare module "fastify" {
  interface FastifyInstance {
    /** Every /api route Fastify knows, including plugin routes: the matrix test checks each declares a permission. */
    apiRoutes: { method: string; url: string; permission: string | undefined }[];
  }
}

/** Platform plugins, then each area's routes, then the error and not-found handlers. */
export async function buildApp(options: {
  config: Config;
  database: DatabaseHandle;
  /** Where the log goes instead of stdout (tests read it). */
  logStream?: { write(line: string): void };
  /** The built web app to serve: web/dist unless a test gives its own. */
  webDist?: string;
}): Promise<FastifyInstance> {
  const { config, database } = options;
  const webDist = options.webDist ?? builtWebDist;
  const db = database.db;
  // Usually loaded already by openMigratedDatabase (which creates the file on first start).
  useAuditKeyring(config.auditKeyring ?? readAuditKeyring(config.auditKeyFile));
  const app = Fastify({
    logger:
      config.logLevel === "silent"
        ? false
        : {
            level: config.logLevel,
            serializers: logSerializers,
            ...(options.logStream ? { stream: options.logStream } : {}),
          },
    trustProxy: fastifyTrustProxy(config.trustProxy),
    bodyLimit: 1_048_576,
    ...frameworkErrorOptions,
  });
  // Before any plugin, so that every scope (the docs' too) inherits them.
  registerErrorHandler(app, { onRefused: auditRefusedAccess(db) });
  registerNoStore(app);
  registerMalformedPathCheck(app);
  app.decorate("routeDefinitions", []);
  app.decorate("apiRoutes", []);
  app.addHook("onRoute", (route) => {
    // Outside /api there are only the web app's built files, which anyone may load.
    if (!route.url.startsWith("/api")) {
      route.config = { ...route.config, permission: route.config?.permission ?? "public" };
      return;
    }
    for (const method of [route.method].flat()) {
      if (method === "HEAD") continue;
      // Read when asked: a scope's own onRoute hook (the docs scope) may set the permission after this one runs.
      app.apiRoutes.push({
        method,
        url: route.url,
        get permission() {
          return route.config?.permission;
        },
      });
    }
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  registerSecurityHeaders(app);
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      info: {
        title: "Otagai API",
        version: "0.1.0",
        description: "ワーカーズ・コレクティブ協会 業務システム API",
      },
      components: { securitySchemes: { session: { type: "apiKey", in: "cookie", name: "otagai_session" } } },
    },
    transform: jsonSchemaTransform,
  });
  // The documentation pages are public: marked so in their own scope, not by a path prefix.
  await app.register(async (docs) => {
    docs.addHook("onRoute", (route) => {
      route.config = { ...route.config, permission: "public" };
    });
    await docs.register(swaggerUi, { routePrefix: "/api/docs" });
  });

  registerAccessControl(app, db, config);

  // Duplicate sweeps run in the background; closing the app ends the running one between two chunks.
  const sweepRunner = createSweepRunner(db, (error) =>
    app.log.error({ err: error }, "duplicate sweep failed"),
  );
  app.addHook("onClose", () => sweepRunner.stop());

  registerRoutes(app, config, [
    ...healthRoutes(database),
    ...authRoutes(db, config),
    ...usersRoutes(db),
    ...auditRoutes(db, {
      user: findUserNames,
      session: findUserNames,
      participant: findParticipantNames,
      participant_sensitive: findParticipantNames,
      program: findProgramNames,
      contract: findContractNames,
      funding_stream: findFundingStreamNames,
      case: findCaseNames,
      activity: findActivityNames,
      consent: findConsentNames,
      workplace: findWorkplaceNames,
      workplace_certification: findCertificationNames,
      outcome: findOutcomeNames,
      follow_up: findFollowUpNames,
      placement: findPlacementNames,
      placement_attendance: findPlacementNames,
      placement_evaluation: findPlacementNames,
      consultation: findConsultationNames,
      consultation_category: findCategoryNames,
      appointment: findAppointmentNames,
      consultation_schedule: findScheduleNames,
      consultation_request: findRequestNames,
      agency: findAgencyNames,
      advisor: findAdvisorNames,
      referral: findReferralNames,
      startup_resource: findStartupResourceNames,
      ...networkAuditLabelers,
    }),
    ...programsRoutes(db),
    ...participantsRoutes(db),
    ...duplicatesRoutes(db, sweepRunner),
    ...mergeRoutes(db),
    ...casesRoutes(db),
    ...caseFormsRoutes(db),
    ...workplacesRoutes(db),
    ...outcomesRoutes(db),
    ...placementsRoutes(db),
    ...attendanceRoutes(db),
    ...evaluationsRoutes(db),
    ...portalRoutes(db),
    ...placementFormsRoutes(db),
    ...activitiesRoutes(db),
    ...consultationsRoutes(db),
    ...appointmentsRoutes(db),
    ...consultationRequestsRoutes(db),
    ...referralsRoutes(db),
    ...figuresRoutes(db),
    ...startupResourcesRoutes(db),
    ...networkRoutes(db),
    ...reportsRoutes(db),
    ...dashboardRoutes(db, config),
    ...draftsRoutes(db, config),
    ...todayRoutes(db, todayProviders(config)),
    ...postalCodesRoutes(),
    ...importRoutes(db, [participantsImporter, ...networkImporters]),
    defineRoute({
      method: "GET",
      url: "/api/openapi.json",
      permission: "public",
      summary: "This API's OpenAPI document",
      tags: ["docs"],
      schema: { response: { 200: z.looseObject({ openapi: z.string() }) } },
      handler: async () => app.swagger() as unknown as { openapi: string },
    }),
  ]);

  // The public consultation request form: server-rendered HTML pages outside /api (ADR 020).
  await app.register(publicFormPages(db, offeredConsultationDays));

  const hasWeb = fs.existsSync(path.join(webDist, "index.html"));
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: webDist,
      wildcard: false,
      // The build writes .br and .gz beside each asset (vite.config.ts): sent to browsers that take them.
      preCompressed: true,
      setHeaders: (reply, filePath) => {
        // Built assets carry a content hash in their names; index.html must always be fresh.
        reply.header(
          "cache-control",
          filePath.includes(`${path.sep}assets${path.sep}`)
            ? "public, max-age=31536000, immutable"
            : "no-cache",
        );
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    // The web app's own routes (/admin/users, …) are all served by index.html.
    if (hasWeb && request.method === "GET" && !request.url.startsWith("/api")) {
      return reply.header("cache-control", "no-cache").sendFile("index.html");
    }
    return sendNotFound(request, reply);
  });
  // Requests still waiting for their audit entry get it written before the database closes.
  app.addHook("onClose", () => flushAuditQueue(db));
  return app;
}
