import { type PublicLanguage, publicLanguages, requestTopics } from "@otagai/shared/consultation/requests";
import { attribute, html, phrase, plainPhrase, type SafeHtml } from "./html.ts";
import {
  formatDay,
  languageNames,
  type PublicErrorKey,
  type PublicFormStrings,
  publicFormStrings,
  type RefusalKey,
} from "./public-form.catalog.ts";

export const publicFormPath = "/public/consultation-request";
export const thanksPath = `${publicFormPath}/thanks`;

export const formFields = [
  "topic",
  "name",
  "nameKana",
  "contactMethod",
  "phone",
  "email",
  "preferredDates",
  "message",
  "privacyConsent",
] as const;
export type FormField = (typeof formFields)[number];
export type FieldError = { key: PublicErrorKey; params?: Record<string, number> };

/** What the form shows: the values as typed (kept on a re-show), the days offered, any field errors. */
export type FormState = {
  language: PublicLanguage;
  csrfToken: string;
  days: string[];
  values: {
    topic?: string;
    name?: string;
    nameKana?: string;
    contactMethod?: string;
    phone?: string;
    email?: string;
    preferredDates?: string[];
    message?: string;
    privacyConsent?: boolean;
  };
  errors: Partial<Record<FormField, FieldError>>;
};

export const htmlLang = (language: PublicLanguage) => (language === "en" ? "en" : "ja");
export const withLanguage = (path: string, language: PublicLanguage) => `${path}?lang=${language}`;

const style = `
body{font-family:system-ui,"Noto Sans JP",sans-serif;color:#1a1a1a;background:#fff;margin:0;line-height:1.7;font-size:1.0625rem}
header,main{max-width:42rem;margin:0 auto;padding:1rem}
header{border-bottom:1px solid #ccc}
nav ul{list-style:none;display:flex;gap:1rem;padding:0;margin:0;flex-wrap:wrap}
a{color:#0b57d0}
a[aria-current=page]{font-weight:bold;color:#1a1a1a}
fieldset{border:1px solid #999;border-radius:4px;margin:0 0 1.25rem;padding:.5rem 1rem 1rem}
legend{font-weight:bold;padding:0 .25rem}
.field{margin:0 0 1.25rem}
.field>label{display:block;font-weight:bold}
.choice{display:block;margin:.25rem 0}
input[type=text],input[type=tel],input[type=email],textarea{display:block;width:100%;max-width:30rem;box-sizing:border-box;font:inherit;padding:.4rem;border:1px solid #555;border-radius:4px}
input[type=radio],input[type=checkbox]{width:1.2rem;height:1.2rem;vertical-align:middle;margin-right:.4rem}
textarea{min-height:8rem}
.hint{color:#444;margin:.1rem 0}
.error{color:#b3261e;font-weight:bold;margin:.25rem 0}
[aria-invalid=true]{border-color:#b3261e;border-width:2px}
.summary{border:3px solid #b3261e;padding:.5rem 1rem;margin:0 0 1.5rem}
.summary h2{margin:.25rem 0;font-size:1.2rem}
.privacy{background:#f4f4f4;padding:.5rem 1rem;border-radius:4px;margin:0 0 1rem}
.privacy h2{font-size:1.1rem}
button{font:inherit;font-weight:bold;color:#fff;background:#0b57d0;border:0;border-radius:4px;padding:.6rem 2rem;cursor:pointer}
button:focus,a:focus,input:focus,textarea:focus{outline:3px solid #f9a825;outline-offset:2px}
.away{position:absolute;left:-10000px;top:auto;width:1px;height:1px;overflow:hidden}
rt{font-size:.6em}
`;

function languageSwitch(strings: PublicFormStrings, current: PublicLanguage, path: string): SafeHtml {
  return html`<nav aria-label="${plainPhrase(strings.languageNav)}"><ul>${publicLanguages.map(
    (language) =>
      html`<li><a href="${withLanguage(path, language)}" lang="${htmlLang(language)}" hreflang="${htmlLang(language)}"${attribute('aria-current="page"', language === current)}>${phrase(languageNames[language])}</a></li>`,
  )}</ul></nav>`;
}

/** One page of the public site: its language on <html>, the language switch, then the content. */
export function layout(language: PublicLanguage, title: string, path: string, content: SafeHtml): string {
  const strings = publicFormStrings[language];
  return html`<!doctype html>
<html lang="${htmlLang(language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${plainPhrase(title)} | ${plainPhrase(strings.site)}</title>
<style>${style}</style>
</head>
<body>
<header><p>${phrase(strings.site)}</p>${languageSwitch(strings, language, path)}</header>
<main>
${content}
</main>
</body>
</html>
`.value;
}

/** The id a field's error summary link jumps to: the field itself, or a group's first choice. */
function targetOf(field: FormField, state: FormState): string {
  if (field === "topic") return "topic-find_work";
  if (field === "contactMethod") return "contactMethod-phone";
  if (field === "preferredDates")
    return state.days.length > 0 ? `preferredDates-${state.days[0]}` : "preferredDates";
  return field;
}

export function renderForm(state: FormState): string {
  const { language, values, errors } = state;
  const s = publicFormStrings[language];
  const errorOf = (field: FormField) => {
    const error = errors[field];
    return error ? phrase(s.errors[error.key], error.params) : null;
  };
  const errorLine = (field: FormField) =>
    errors[field] ? html`<p class="error" id="${field}-error">${errorOf(field)}</p>` : null;
  const described = (field: FormField, hint?: string) => {
    const ids = [hint, errors[field] ? `${field}-error` : undefined].filter(Boolean).join(" ");
    return html`${ids ? html` aria-describedby="${ids}"` : ""}${attribute('aria-invalid="true"', Boolean(errors[field]))}`;
  };
  const required = html`<span>${phrase(s.requiredMark)}</span>`;
  const textField = (
    field: "name" | "nameKana" | "phone" | "email",
    label: string,
    options: { type: string; autocomplete: string; hint?: string; required?: boolean; maxlength: number },
  ) =>
    html`<div class="field"><label for="${field}">${phrase(label)}${options.required ? required : ""}</label>${options.hint ? html`<p class="hint" id="${field}-hint">${phrase(options.hint)}</p>` : ""}${errorLine(field)}<input type="${options.type}" id="${field}" name="${field}" value="${values[field] ?? ""}" autocomplete="${options.autocomplete}" maxlength="${options.maxlength}"${options.required ? html` aria-required="true"` : ""}${described(field, options.hint ? `${field}-hint` : undefined)}></div>`;
  const failed = formFields.filter((field) => errors[field]);
  const summary =
    failed.length > 0
      ? html`<div class="summary" role="alert" aria-labelledby="error-summary-title"><h2 id="error-summary-title">${phrase(s.errorSummary)}</h2><ul>${failed.map(
          (field) =>
            html`<li><a href="#${targetOf(field, state)}">${phrase(labelOf(s, field))}：${errorOf(field)}</a></li>`,
        )}</ul></div>`
      : null;
  const chosenDates = new Set(values.preferredDates ?? []);
  const content = html`<h1>${phrase(s.title)}</h1>
<p>${phrase(s.intro)}</p>
${summary}
<form method="post" action="${withLanguage(publicFormPath, language)}" novalidate>
<input type="hidden" name="csrf" value="${state.csrfToken}">
<fieldset${described("topic")}><legend>${phrase(s.topicLegend)}${required}</legend>${errorLine("topic")}${requestTopics.map(
    (topic) =>
      html`<label class="choice" for="topic-${topic}"><input type="radio" id="topic-${topic}" name="topic" value="${topic}"${attribute("checked", values.topic === topic)}${attribute('aria-invalid="true"', Boolean(errors.topic))}>${phrase(s.topics[topic])}</label>`,
  )}</fieldset>
${textField("name", s.nameLabel, { type: "text", autocomplete: "name", required: true, maxlength: 100 })}
${textField("nameKana", s.nameKanaLabel, { type: "text", autocomplete: "off", maxlength: 100 })}
<fieldset${described("contactMethod", "contact-hint")}><legend>${phrase(s.contactLegend)}${required}</legend><p class="hint" id="contact-hint">${phrase(s.contactHint)}</p>${errorLine("contactMethod")}${(
    ["phone", "email"] as const
  ).map(
    (method) =>
      html`<label class="choice" for="contactMethod-${method}"><input type="radio" id="contactMethod-${method}" name="contactMethod" value="${method}"${attribute("checked", values.contactMethod === method)}${attribute('aria-invalid="true"', Boolean(errors.contactMethod))}>${phrase(s.contactMethods[method])}</label>`,
  )}
${textField("phone", s.phoneLabel, { type: "tel", autocomplete: "tel", hint: s.phoneHint, maxlength: 30 })}
${textField("email", s.emailLabel, { type: "email", autocomplete: "email", maxlength: 254 })}
</fieldset>
<fieldset id="preferredDates"${described("preferredDates", "dates-hint")}><legend>${phrase(s.datesLegend)}</legend><p class="hint" id="dates-hint">${phrase(state.days.length > 0 ? s.datesHint : s.noDays)}</p>${errorLine("preferredDates")}${state.days.map(
    (day) =>
      html`<label class="choice" for="preferredDates-${day}"><input type="checkbox" id="preferredDates-${day}" name="preferredDates" value="${day}"${attribute("checked", chosenDates.has(day))}>${phrase(formatDay(language, day))}</label>`,
  )}</fieldset>
<div class="field"><label for="message">${phrase(s.messageLabel)}</label><p class="hint" id="message-hint">${phrase(s.messageHint)}</p>${errorLine("message")}<textarea id="message" name="message" maxlength="2000"${described("message", "message-hint")}>${values.message ?? ""}</textarea></div>
<div class="away" aria-hidden="true"><label for="website">Website</label><input type="text" id="website" name="website" value="" tabindex="-1" autocomplete="off"></div>
<section class="privacy" aria-labelledby="privacy-title"><h2 id="privacy-title">${phrase(s.privacyHeading)}</h2>${s.privacyText.map((line) => html`<p>${phrase(line)}</p>`)}</section>
<div class="field">${errorLine("privacyConsent")}<label class="choice" for="privacyConsent"><input type="checkbox" id="privacyConsent" name="privacyConsent" value="yes"${attribute("checked", values.privacyConsent === true)}${described("privacyConsent")}>${phrase(s.consentLabel)}${required}</label></div>
<button type="submit">${phrase(s.submit)}</button>
</form>`;
  return layout(
    language,
    failed.length > 0 ? `${s.errorSummary} – ${s.title}` : s.title,
    publicFormPath,
    content,
  );
}

function labelOf(s: PublicFormStrings, field: FormField): string {
  const labels: Record<FormField, string> = {
    topic: s.topicLegend,
    name: s.nameLabel,
    nameKana: s.nameKanaLabel,
    contactMethod: s.contactLegend,
    phone: s.phoneLabel,
    email: s.emailLabel,
    preferredDates: s.datesLegend,
    message: s.messageLabel,
    privacyConsent: s.consentLabel,
  };
  return labels[field];
}

export function renderThanks(language: PublicLanguage): string {
  const s = publicFormStrings[language];
  return layout(
    language,
    s.thanksTitle,
    thanksPath,
    html`<h1>${phrase(s.thanksTitle)}</h1><p>${phrase(s.thanksText)}</p><p><a href="${withLanguage(publicFormPath, language)}">${phrase(s.backToForm)}</a></p>`,
  );
}

/** A refusal as a page in the form's language: what happened and what to do, a link back. */
export function renderRefusal(language: PublicLanguage, key: RefusalKey): string {
  const s = publicFormStrings[language];
  const refusal = s.refusals[key];
  return layout(
    language,
    refusal.title,
    publicFormPath,
    html`<h1>${phrase(refusal.title)}</h1><p>${phrase(refusal.text)}</p><p><a href="${withLanguage(publicFormPath, language)}">${phrase(s.backToForm)}</a></p>`,
  );
}
