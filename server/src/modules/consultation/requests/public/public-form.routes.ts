import { timingSafeEqual } from "node:crypto";
import {
  type PublicLanguage,
  publicLanguages,
  publicRequestFormSchema,
} from "@otagai/shared/consultation/requests";
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Database } from "../../../../platform/db/client.ts";
import { actorOf } from "../../../../platform/http/request-context.ts";
import { csrfCookieName, csrfTokenOf, preSession } from "../../../../platform/http/security.ts";
import { receivePublicRequest } from "../requests.service.ts";
import type { RefusalKey } from "./public-form.catalog.ts";
import { readForm } from "./public-form.input.ts";
import {
  type FormState,
  publicFormPath,
  renderForm,
  renderRefusal,
  renderThanks,
  thanksPath,
  withLanguage,
} from "./public-form.pages.ts";

/** The days a person may choose: the open regular consultation days from tomorrow to six weeks on. */
export type OfferedDays = (db: Database) => Promise<string[]>;

export const publicFormLimits = {
  /**
   * The largest request body: every field at its limit fits (2,000 characters of Japanese are 18 KB
   * percent-encoded), and nothing much larger does.
   */
  bodyBytes: 32_768,
  /** Submissions per client address per window (field errors count: each is a submission). */
  submissionsPerWindow: 10,
  windowMs: 10 * 60_000,
};

declare module "fastify" {
  interface FastifyRequest {
    publicLanguage?: PublicLanguage;
  }
}

class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly key: RefusalKey,
  ) {
    super(key);
  }
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

function languageOf(request: FastifyRequest): PublicLanguage {
  const asked = (request.query as Record<string, unknown> | undefined)?.lang;
  return publicLanguages.includes(asked as PublicLanguage) ? (asked as PublicLanguage) : "ja";
}

function sendPage(reply: FastifyReply, status: number, page: string) {
  // The form carries a token for this browser: never kept by a cache.
  return reply.code(status).header("cache-control", "no-store").type("text/html; charset=utf-8").send(page);
}

/**
 * The public consultation request form (issue 12; ADR 020): server-rendered HTML, no login and no
 * JavaScript. GET shows the form; POST checks it and either re-shows it with the errors or stores the
 * request and redirects (303) to the thank-you page, which therefore follows only a stored request.
 * Refusals are pages in the form's language. The CSRF token travels in a hidden field, bound to the
 * browser's pre-session cookie as the app's header token is (ADR 004).
 */
export function publicFormPages(db: Database, offeredDays: OfferedDays) {
  return async (scope: FastifyInstance) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser(
      "application/x-www-form-urlencoded",
      { parseAs: "string" },
      (_request, body, done) => done(null, new URLSearchParams(body as string)),
    );
    scope.addHook("onRequest", async (request) => {
      request.publicLanguage = languageOf(request);
    });
    scope.setErrorHandler(async (error: FastifyError | Refusal, request, reply) => {
      const language = request.publicLanguage ?? "ja";
      const status = error instanceof Refusal ? error.status : (error.statusCode ?? 500);
      const key: RefusalKey =
        error instanceof Refusal
          ? error.key
          : status === 413
            ? "tooLarge"
            : status === 429
              ? "rateLimited"
              : status === 403
                ? "expired"
                : status >= 500
                  ? "serverError"
                  : "malformed";
      if (status >= 500) request.log.error({ err: error }, "public request form failed");
      const headers = (error as { headers?: Record<string, string> }).headers;
      if (status === 429 && headers) reply.headers(headers);
      const answered = status >= 500 ? 500 : status === 415 ? 400 : status;
      return sendPage(reply, answered, renderRefusal(language, key));
    });

    const formState = (request: FastifyRequest, reply: FastifyReply, days: string[]): FormState => ({
      language: request.publicLanguage ?? "ja",
      csrfToken: csrfTokenOf(preSession(request, reply)),
      days,
      values: {},
      errors: {},
    });

    scope.get(publicFormPath, async (request, reply) =>
      sendPage(reply, 200, renderForm(formState(request, reply, await offeredDays(db)))),
    );

    scope.get(thanksPath, async (request, reply) =>
      sendPage(reply, 200, renderThanks(request.publicLanguage ?? "ja")),
    );

    scope.post(
      publicFormPath,
      {
        bodyLimit: publicFormLimits.bodyBytes,
        config: {
          formToken: true,
          rateLimit: { max: publicFormLimits.submissionsPerWindow, timeWindow: publicFormLimits.windowMs },
        },
      },
      async (request, reply) => {
        const language = request.publicLanguage ?? "ja";
        if (!(request.body instanceof URLSearchParams)) throw new Refusal(400, "malformed");
        const form = readForm(request.body);
        if (!form) throw new Refusal(400, "malformed");
        const secret = request.cookies[csrfCookieName];
        if (!secret || !sameText(form.csrf, csrfTokenOf(secret))) throw new Refusal(403, "expired");
        // A field no person sees was filled in: a robot. Nothing is stored.
        if (form.website !== "") throw new Refusal(400, "honeypot");
        const days = await offeredDays(db);
        const parsed = publicRequestFormSchema.safeParse(form.input);
        const errors = { ...(parsed.success ? {} : form.errorsOf(parsed.error)) };
        const offered = new Set(days);
        if (!errors.preferredDates && form.input.preferredDates.some((day) => !offered.has(day)))
          errors.preferredDates = { key: "dateNotOffered" };
        if (!parsed.success || Object.keys(errors).length > 0) {
          const state = formState(request, reply, days);
          return sendPage(
            reply,
            422,
            renderForm({
              ...state,
              values: {
                ...form.input,
                preferredDates: form.input.preferredDates.filter((day) => offered.has(day)),
              },
              errors,
            }),
          );
        }
        await receivePublicRequest(db, actorOf(request), language, parsed.data);
        return reply
          .code(303)
          .header("cache-control", "no-store")
          .redirect(withLanguage(thanksPath, language), 303);
      },
    );
  };
}
