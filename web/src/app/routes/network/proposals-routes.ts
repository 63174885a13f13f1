import { createRoute, lazyRouteComponent } from "@tanstack/react-router";
import { requirePermission } from "../../guards";
import { withStrings } from "../../i18n";
import { networkRoute } from "./network-route";

// The pages show concern topics and channels by their support and desk names.
const strings = ["network", "support", "consultation"] as const;

/** 政策提言: the proposals and the issues not yet in one. */
export const proposalsRoute = createRoute({
  getParentRoute: () => networkRoute,
  path: "/proposals",
  beforeLoad: ({ context }) => requirePermission(context.user, "network.read"),
  component: lazyRouteComponent(
    withStrings(() => import("../../../features/network/proposals/proposals-page"), ...strings),
    "ProposalsPage",
  ),
});

export const proposalNewRoute = createRoute({
  getParentRoute: () => networkRoute,
  path: "/proposals/new",
  beforeLoad: ({ context }) => requirePermission(context.user, "proposals.write"),
  component: lazyRouteComponent(
    withStrings(() => import("../../../features/network/proposals/proposal-new-page"), ...strings),
    "ProposalNewPage",
  ),
});

/** One proposal: live figures, status moves, issues, the campaign's history, the A4 print. */
export const proposalRoute = createRoute({
  getParentRoute: () => networkRoute,
  path: "/proposals/$id",
  beforeLoad: ({ context }) => requirePermission(context.user, "network.read"),
  component: lazyRouteComponent(
    withStrings(() => import("../../../features/network/proposals/proposal-page"), ...strings),
    "ProposalPage",
  ),
});

export const issueNewRoute = createRoute({
  getParentRoute: () => networkRoute,
  path: "/policy-issues/new",
  beforeLoad: ({ context }) => requirePermission(context.user, "policyIssues.write"),
  component: lazyRouteComponent(
    withStrings(() => import("../../../features/network/proposals/issue-new-page"), ...strings),
    "IssueNewPage",
  ),
});

/** One issue with its evidence (without personal details). */
export const issueRoute = createRoute({
  getParentRoute: () => networkRoute,
  path: "/policy-issues/$id",
  beforeLoad: ({ context }) => requirePermission(context.user, "network.read"),
  component: lazyRouteComponent(
    withStrings(() => import("../../../features/network/proposals/issue-page"), ...strings),
    "IssuePage",
  ),
});

/** Every route of the network's proposals (issue 13). */
export const proposalsChildRoutes = [
  proposalsRoute,
  proposalNewRoute,
  proposalRoute,
  issueNewRoute,
  issueRoute,
];
