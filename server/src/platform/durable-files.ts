import fs from "node:fs";
import path from "node:path";

/** Flushes a file or a folder (its entries) to disk. */
export function syncPath(target: string): void {
  const fd = fs.openSync(target, "r");
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Writes a file readable by its owner only, on disk together with its folder entry before this
 * returns: a crash right after cannot leave it missing or half written. `wx` never overwrites.
 */
export function writeFileDurably(file: string, data: string | Buffer, flag: "w" | "wx" = "wx"): void {
  const fd = fs.openSync(file, flag, 0o600);
  try {
    fs.writeSync(fd, typeof data === "string" ? Buffer.from(data) : data);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  syncPath(path.dirname(file));
}
