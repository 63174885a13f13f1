import { z } from "zod";

export const postalCodeParamsSchema = z.strictObject({
  code: z
    .string()
    .max(16)
    .regex(/^\d{3}-?\d{4}$/),
});
export const postalAddressSchema = z.object({
  postalCode: z.string(),
  prefecture: z.string(),
  city: z.string(),
  town: z.string(),
});
export type PostalAddress = z.infer<typeof postalAddressSchema>;
export const postalLookupSchema = z.object({ items: z.array(postalAddressSchema) });
