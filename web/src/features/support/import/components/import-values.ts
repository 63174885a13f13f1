import type { TFunction } from "i18next";
import { isApiError } from "../../../../app/api-client";
import { i18n } from "../../../../app/i18n";

/** A spreadsheet's column letter: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let letter = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letter = String.fromCharCode(65 + ((n - 1) % 26)) + letter;
  return letter;
}

/** A catalog key the server names (an importer's field label), or the key itself when unknown. */
export function labelOf(t: TFunction, key: string): string {
  return i18n.exists(key) ? t(key as never) : key;
}

/** The server's message for a refused request: the field's own when it names one (the file's problem). */
export function errorMessage(error: unknown, t: TFunction): string {
  if (!isApiError(error)) return t("common.loadFailed");
  return error.fields[0]?.message ?? error.message;
}

/** The file's bytes as base64, without the data: prefix, for the JSON upload. */
export function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(",") + 1));
    };
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}
