// npm run audit:verify — recomputes the audit trail's hash chain; exits 1 when it is broken, 2 when
// there is no database to check (or the embedded one is in use). It only reads: no migrations.

import { verifyAuditChain } from "../platform/audit/audit.ts";
import { AuditKeyError, readAuditKeyring } from "../platform/audit/audit-keys.ts";
import { exitOnOpenError } from "../platform/bootstrap.ts";
import { loadConfig } from "../platform/config.ts";
import { openCliDatabase } from "./cli-database.ts";

const database = await openCliDatabase({ migrate: false }).catch(exitOnOpenError);
try {
  const keyring = (() => {
    try {
      return readAuditKeyring(loadConfig().auditKeyFile);
    } catch (error) {
      if (!(error instanceof AuditKeyError)) throw error;
      console.error(error.message);
      process.exit(2);
    }
  })();
  const result = await verifyAuditChain(database.db, 5000, keyring);
  if (result.ok) {
    console.log(`Audit trail intact: ${result.checked} entries verified (監査ログは改ざんされていません).`);
  } else {
    console.error(
      `Audit trail BROKEN at entry ${result.firstBrokenId} (${result.reason}); ${result.checked} entries before it are intact.`,
    );
    process.exitCode = 1;
  }
} finally {
  await database.close();
}
