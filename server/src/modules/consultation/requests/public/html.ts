/**
 * A small auto-escaping HTML template (ADR 020): every value put into `html`...`` is escaped unless
 * it is already SafeHtml (another template's result), so a page cannot be broken by what a person
 * typed. The public site's pages are built from these, with no client-side JavaScript.
 */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const escapes: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => escapes[char] as string);
}

type Value = SafeHtml | string | number | boolean | null | undefined | readonly Value[];

function render(value: Value): string {
  if (value === null || value === undefined || value === false || value === true) return "";
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join("");
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Value[]): SafeHtml {
  let out = strings[0] ?? "";
  values.forEach((value, index) => {
    out += render(value) + (strings[index + 1] ?? "");
  });
  return new SafeHtml(out);
}

/** An attribute present or not: `${attribute("checked", isChecked)}`. */
export function attribute(name: string, on: boolean): SafeHtml {
  return new SafeHtml(on ? ` ${name}` : "");
}

const rubyMarkup = /\{([^|{}]+)\|([^{}]+)\}/g;

/**
 * A catalog string as HTML: `{params}` filled in, escaped, and `{漢字|かんじ}` turned into
 * <ruby>漢字<rp>(</rp><rt>かんじ</rt><rp>)</rp></ruby> (furigana; the brackets for browsers without ruby).
 */
export function phrase(text: string, params: Record<string, string | number> = {}): SafeHtml {
  const filled = text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
  return new SafeHtml(
    escapeHtml(filled).replace(rubyMarkup, "<ruby>$1<rp>(</rp><rt>$2</rt><rp>)</rp></ruby>"),
  );
}

/** A catalog string as plain text (a <title>, an attribute): the kanji without their readings. */
export function plainPhrase(text: string): string {
  return text.replace(rubyMarkup, "$1");
}
