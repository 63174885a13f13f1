import { lookupPostalCode } from "@otagai/shared/japanese/postal";
import { postalCodeParamsSchema, postalLookupSchema } from "@otagai/shared/postal-codes/schemas";
import { defineRoute } from "../../platform/http/route.ts";

export function postalCodesRoutes() {
  return [
    defineRoute({
      method: "GET",
      url: "/api/postal-codes/:code",
      permission: "postalCodes.read",
      summary: "Addresses for a postal code (data shipped with the app, no network)",
      tags: ["postal-codes"],
      schema: { params: postalCodeParamsSchema, response: { 200: postalLookupSchema } },
      handler: async ({ params }) => ({ items: lookupPostalCode(params.code) }),
    }),
  ];
}
