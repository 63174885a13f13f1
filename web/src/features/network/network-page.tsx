import { ComingPage } from "../../components/coming-page";

// Not built yet (areas.ts: built false): an honest "coming" page until the area's issue lands.
export function NetworkPage() {
  return <ComingPage area="network" />;
}
