import { createRoute, lazyRouteComponent } from "@tanstack/react-router";
import { requireArea } from "../guards";
import { authenticatedRoute } from "./base-routes";

// One route per area of shared/src/platform/areas.ts; each page is its own lazily loaded chunk.

export const communityRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: "/community",
  beforeLoad: ({ context }) => requireArea(context.user, "community"),
  component: lazyRouteComponent(() => import("../../features/community/community-page"), "CommunityPage"),
});

export const recyclingRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: "/recycling",
  beforeLoad: ({ context }) => requireArea(context.user, "recycling"),
  component: lazyRouteComponent(() => import("../../features/recycling/recycling-page"), "RecyclingPage"),
});

export const publicationsRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: "/publications",
  beforeLoad: ({ context }) => requireArea(context.user, "publications"),
  component: lazyRouteComponent(
    () => import("../../features/publications/publications-page"),
    "PublicationsPage",
  ),
});
