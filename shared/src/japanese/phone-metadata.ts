// libphonenumber-js's numbering data cut down to Japan. The full "max" data (every country, exact
// per-type patterns) is ~39 kB gzipped; Japan's part is ~1 kB, so the web bundle carries only that
// (with the library's code, ~12 kB for phone.ts in all).
// phone-metadata.jp.json is generated from the installed package (shared/scripts/phone-metadata.ts);
// phone.test.ts fails when an update of the package changes Japan's data and the file was not regenerated.
import type { MetadataJson } from "libphonenumber-js/core";

export function jpMetadataOf(metadata: MetadataJson): MetadataJson {
  const jp = metadata.countries.JP;
  if (!jp) throw new Error("libphonenumber-js metadata without Japan");
  // No non-geographic numbers (+800, +882…): a Japanese office dials Japanese numbers.
  return {
    version: metadata.version,
    country_calling_codes: { "81": ["JP"] },
    countries: { JP: jp },
    nonGeographic: {},
  };
}
