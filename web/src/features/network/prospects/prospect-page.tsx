import type { JSX } from "react";
import { ComingPage } from "../../../components/coming-page";

// Replaced by the prospect's page.
export function ProspectPage(): JSX.Element {
  return <ComingPage area="network" />;
}
