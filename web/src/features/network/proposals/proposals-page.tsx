import type { JSX } from "react";
import { ComingPage } from "../../../components/coming-page";

// Replaced by the sub-area's list page.
export function ProposalsPage(): JSX.Element {
  return <ComingPage area="network" />;
}
