import type { Importer } from "../../platform/import/importer.ts";
import { membersImporter } from "./members/members.import.ts";

/** The network's spreadsheet imports (member organizations), for the platform's import routes. */
export const networkImporters: Importer[] = [membersImporter];
