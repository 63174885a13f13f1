// Runs before every server test file: the audit trail's test key, so services and the audit
// functions can be called directly too, not only through an app built from testConfig().
import { useAuditKeyring } from "../platform/audit/audit.ts";
import { testAuditKeyring } from "./config.ts";

useAuditKeyring(testAuditKeyring);
