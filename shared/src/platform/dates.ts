import { z } from "zod";

/**
 * A calendar date "YYYY-MM-DD" within years PostgreSQL and people both mean (1900–2200):
 * "0000-01-01" is well-formed but no date PostgreSQL accepts. The refinement's message is a key of
 * the `validation` catalog, which the server's error handler translates.
 */
export const isoDateSchema = z.iso.date().refine((value) => {
  const year = Number(value.slice(0, 4));
  return year >= 1900 && year <= 2200;
}, "invalidDate");
