import { createRoute } from "@tanstack/react-router";
import { requireArea } from "../../guards";
import { authenticatedRoute } from "../base-routes";

/** Reports and research (features/reports, issue 14): the parent of every sub-area's routes. */
export const reportsRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: "/reports",
  beforeLoad: ({ context }) => requireArea(context.user, "reports"),
});
