import { createRoute, lazyRouteComponent } from "@tanstack/react-router";
import type { MeetingSearch } from "../../../features/network/meetings/api/meetings";
import { meetingKindSearchValues } from "../../../features/network/meetings/search-values";
import { requirePermission } from "../../guards";
import { withStrings } from "../../i18n";
import { searchOneOf, searchPage, searchString } from "../../search-params";
import { networkRoute } from "./network-route";

function searchYear(value: unknown): number | undefined {
  const year = Number(value);
  return Number.isInteger(year) && year >= 1990 && year <= 2100 ? year : undefined;
}

/** Meetings, newest first, with their filters in the address, and the caller's open action items. */
export const meetingsRoute = createRoute({
  getParentRoute: () => networkRoute,
  path: "/meetings",
  beforeLoad: ({ context }) => requirePermission(context.user, "network.read"),
  validateSearch: (search: Record<string, unknown>): MeetingSearch => ({
    q: searchString(search.q),
    kind: searchOneOf(search.kind, meetingKindSearchValues),
    year: searchYear(search.year),
    page: searchPage(search.page),
  }),
  component: lazyRouteComponent(
    withStrings(() => import("../../../features/network/meetings/meetings-page"), "network"),
    "MeetingsPage",
  ),
});

export const meetingNewRoute = createRoute({
  getParentRoute: () => networkRoute,
  path: "/meetings/new",
  beforeLoad: ({ context }) => requirePermission(context.user, "meetings.write"),
  component: lazyRouteComponent(
    withStrings(() => import("../../../features/network/meetings/meeting-new-page"), "network"),
    "MeetingNewPage",
  ),
});

/** One meeting: agenda, minutes, decisions, attendees, invitations and action items. */
export const meetingRoute = createRoute({
  getParentRoute: () => networkRoute,
  path: "/meetings/$id",
  beforeLoad: ({ context }) => requirePermission(context.user, "network.read"),
  component: lazyRouteComponent(
    withStrings(() => import("../../../features/network/meetings/meeting-page"), "network"),
    "MeetingPage",
  ),
});

/** Every route of the network's meetings (issue 13). */
export const meetingsChildRoutes = [meetingsRoute, meetingNewRoute, meetingRoute];
