import { createRoute } from "@tanstack/react-router";
import { requireArea } from "../../guards";
import { authenticatedRoute } from "../base-routes";

/** The network area (features/network, issue 13): the parent of every sub-area's routes. */
export const networkRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: "/network",
  beforeLoad: ({ context }) => requireArea(context.user, "network"),
});
