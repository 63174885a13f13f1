import { z } from "zod";

/**
 * Pages are bounded (ADR 013): 200 pages at most, so no request makes the database skip tens of
 * thousands of rows; narrower filters reach the rest.
 */
export const pageQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(200).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    /** Matches counted up to 1,000; `totalCapped` says there are more. */
    total: z.number().int(),
    totalCapped: z.boolean(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}
