import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { writeFileDurably } from "../durable-files.ts";

/**
 * The audit trail's keys (ADR 012). Each entry's hash is an HMAC under the current key, so someone
 * who holds the database but not the key file cannot rewrite an entry and re-chain the rest. The key
 * file lives outside the database and its backups; the entry stores only the key's fingerprint.
 *
 * The file is text, one setting a line:
 *   legacy-entries: 120     entries written before the trail was keyed (plain SHA-256), by id
 *   key: <base64url>        one line per key, oldest first; the last one signs new entries
 */
export type AuditKeyring = {
  /** Signs new entries. */
  current: AuditKey;
  /** Every key by fingerprint, old ones included, for verifying older entries. */
  byId: Map<string, Buffer>;
  /** Entries with ids up to this one may be unkeyed (written before the key existed). */
  legacyEntries: number;
};

export type AuditKey = { id: string; secret: Buffer };

/** The public name of a key: enough to tell keys apart, nothing about the key itself. */
export function keyFingerprint(secret: Buffer): string {
  return createHash("sha256").update("otagai-audit-key-id").update(secret).digest("hex").slice(0, 16);
}

export class AuditKeyError extends Error {}

export function parseAuditKeyring(text: string, source: string): AuditKeyring {
  const keys: AuditKey[] = [];
  let legacyEntries = 0;
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    const match = /^(key|legacy-entries):\s*(\S+)$/.exec(line);
    if (!match) throw new AuditKeyError(`${source}:${index + 1}: expected "key: …" or "legacy-entries: N"`);
    const value = match[2] as string;
    if (match[1] === "legacy-entries") {
      if (!/^\d{1,15}$/.test(value)) throw new AuditKeyError(`${source}:${index + 1}: not a number`);
      legacyEntries = Number(value);
    } else {
      const secret = Buffer.from(value, "base64url");
      if (secret.length < 32)
        throw new AuditKeyError(`${source}:${index + 1}: a key must be at least 32 bytes (base64url)`);
      keys.push({ id: keyFingerprint(secret), secret });
    }
  }
  const current = keys.at(-1);
  if (!current) throw new AuditKeyError(`${source}: no "key:" line`);
  return { current, byId: new Map(keys.map((key) => [key.id, key.secret])), legacyEntries };
}

export function newAuditKeyLine(): string {
  return `key: ${randomBytes(32).toString("base64url")}`;
}

/** Reads the key file; a missing file is an error that says how to make one. */
export function readAuditKeyring(file: string): AuditKeyring {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT")
      throw new AuditKeyError(
        `The audit key file ${file} does not exist. Start the server once to create it, or restore it from where you keep it (AUDIT_KEY_FILE).\n` +
          `監査ログの鍵ファイル ${file} がありません。サーバーを一度起動すると作成されます。保管している鍵があれば元の場所に戻してください（AUDIT_KEY_FILE）。`,
      );
    throw error;
  }
  return parseAuditKeyring(text, file);
}

/**
 * Creates the key file if it is missing (mode 0600), recording how many unkeyed entries the trail
 * already holds so that verifying can insist on keys from there on. Refuses when the trail already
 * has keyed entries: a new key could not verify them, so the old file must be restored instead.
 */
export function createAuditKeyFileIfMissing(
  file: string,
  trail: { lastId: number; keyed: boolean },
): { created: boolean; keyring: AuditKeyring } {
  if (fs.existsSync(file)) return { created: false, keyring: readAuditKeyring(file) };
  if (trail.keyed)
    throw new AuditKeyError(
      `The audit trail was signed with a key, but the key file ${file} is missing. Restore it (AUDIT_KEY_FILE); a new key could not verify the trail.\n` +
        `監査ログは鍵で署名されていますが、鍵ファイル ${file} がありません。保管している鍵ファイルを戻してください（AUDIT_KEY_FILE）。`,
    );
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const text = [
    "# Otagai audit trail key (README: Audit key). Keep a copy apart from the database and its backups.",
    "# Without it the trail cannot be verified; with it, whoever holds the database could rewrite the trail.",
    `legacy-entries: ${trail.lastId}`,
    newAuditKeyLine(),
    "",
  ].join("\n");
  try {
    // On disk before the first entry is signed with it: a crash must not leave a trail signed by a lost key.
    writeFileDurably(file, text);
  } catch (error) {
    // Another process starting at the same moment made it first: use that one.
    if ((error as NodeJS.ErrnoException).code === "EEXIST")
      return { created: false, keyring: readAuditKeyring(file) };
    throw error;
  }
  return { created: true, keyring: parseAuditKeyring(text, file) };
}

/** A warning when others than the owner may read the key file (it is created 0600). */
export function keyFilePermissionWarning(file: string): string | undefined {
  const mode = fs.statSync(file).mode & 0o777;
  if ((mode & 0o077) === 0) return undefined;
  return (
    `Warning: the audit key file ${file} can be read by others (mode ${mode.toString(8)}): chmod 600 it.\n` +
    `警告: 監査ログの鍵ファイル ${file} をほかの利用者も読めます（mode ${mode.toString(8)}）。chmod 600 にしてください。`
  );
}
