import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  AuditKeyError,
  createAuditKeyFileIfMissing,
  keyFilePermissionWarning,
  keyFingerprint,
  newAuditKeyLine,
  parseAuditKeyring,
  readAuditKeyring,
} from "./audit-keys.ts";

const tempFile = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), "otagai-key-")), "audit.key");

describe("the audit key file", () => {
  it("is created once, readable only by its owner, recording the unkeyed entries already there", () => {
    const file = tempFile();
    const first = createAuditKeyFileIfMissing(file, { lastId: 42, keyed: false });
    expect(first.created).toBe(true);
    expect(first.keyring.legacyEntries).toBe(42);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);

    const again = createAuditKeyFileIfMissing(file, { lastId: 99, keyed: true });
    expect(again.created).toBe(false);
    expect(again.keyring.current.id).toBe(first.keyring.current.id);
    expect(again.keyring.legacyEntries).toBe(42);
  });

  it("is not made anew when the trail is already keyed: the old file must be restored", () => {
    const file = tempFile();
    expect(() => createAuditKeyFileIfMissing(file, { lastId: 10, keyed: true })).toThrow(AuditKeyError);
    expect(fs.existsSync(file)).toBe(false);
    expect(() => readAuditKeyring(file)).toThrow(/does not exist/);
  });

  it("keeps old keys for verifying and signs with the last one", () => {
    const oldLine = newAuditKeyLine();
    const newLine = newAuditKeyLine();
    const keyring = parseAuditKeyring(`# comment\nlegacy-entries: 3\n${oldLine}\n\n${newLine}\n`, "k");
    const secretOf = (line: string) => Buffer.from(line.slice("key: ".length), "base64url");
    expect(keyring.current.id).toBe(keyFingerprint(secretOf(newLine)));
    expect([...keyring.byId.keys()]).toEqual([keyFingerprint(secretOf(oldLine)), keyring.current.id]);
    expect(keyring.current.id).toMatch(/^[0-9a-f]{16}$/);
  });

  it("refuses short keys, unknown lines and a file without a key, naming the line", () => {
    expect(() => parseAuditKeyring("key: c2hvcnQ\n", "f")).toThrow(/f:1: a key must be at least 32 bytes/);
    expect(() => parseAuditKeyring(`${newAuditKeyLine()}\nsecret = 1\n`, "f")).toThrow(/f:2: expected/);
    expect(() => parseAuditKeyring("legacy-entries: 1\n", "f")).toThrow(/no "key:" line/);
  });

  it("warns when others may read the file, and a second start takes the file the first one made", () => {
    const file = tempFile();
    const made = createAuditKeyFileIfMissing(file, { lastId: 0, keyed: false });
    expect(keyFilePermissionWarning(file)).toBeUndefined();
    fs.chmodSync(file, 0o644);
    expect(keyFilePermissionWarning(file)).toMatch(/chmod 600/);
    const racing = createAuditKeyFileIfMissing(file, { lastId: 0, keyed: false });
    expect(racing).toMatchObject({ created: false });
    expect(racing.keyring.current.id).toBe(made.keyring.current.id);
  });
});
