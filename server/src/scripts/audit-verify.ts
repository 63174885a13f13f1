// npm run audit:verify — recomputes the audit trail's hash chain; exits 1 when it is broken.
import { verifyAuditChain } from "../platform/audit/audit.ts";
import { openCliDatabase } from "./cli-database.ts";

const database = await openCliDatabase();
try {
  const result = await verifyAuditChain(database.db);
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
