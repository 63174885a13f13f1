import { z } from "zod";

export const programSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  nameKana: z.string(),
  funder: z.string(),
  active: z.boolean(),
});
export type Program = z.infer<typeof programSchema>;
export const programListSchema = z.object({ items: z.array(programSchema) });
