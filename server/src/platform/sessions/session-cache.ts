import type { SessionUser } from "./sessions.ts";

/**
 * Sessions looked up lately, by their token's hash (ADR 023). For `seconds` after a lookup the same
 * session answers from this process's memory, so the requests of one page, and a busy coordinator's
 * next clicks, do not each ask the database. Ending a session or editing its user in this process
 * forgets it at once; a change made by another process (or a transaction still committing) reaches
 * this one within those seconds. 0 seconds turns it off.
 */
type Cached<T> = { value: T; userId: string; until: number };

const maxEntries = 5_000;

export class SessionCache<T> {
  private readonly entries = new Map<string, Cached<T>>();
  // Bumped by every forget: a lookup that began before one must not store what it read.
  private generation = 0;

  get(sessionId: string, now = Date.now()): T | undefined {
    const entry = this.entries.get(sessionId);
    if (!entry) return undefined;
    if (entry.until > now) return entry.value;
    this.entries.delete(sessionId);
    return undefined;
  }

  /** The generation to hand back to `set`: read it before asking the database. */
  begin(): number {
    return this.generation;
  }

  set(sessionId: string, userId: string, value: T, seconds: number, startedAt: number): void {
    if (seconds <= 0 || startedAt !== this.generation) return;
    if (this.entries.size >= maxEntries) this.prune();
    this.entries.set(sessionId, { value, userId, until: Date.now() + seconds * 1000 });
  }

  forgetSession(sessionId: string): void {
    this.generation += 1;
    this.entries.delete(sessionId);
  }

  forgetUser(userId: string): void {
    this.generation += 1;
    for (const [sessionId, entry] of this.entries)
      if (entry.userId === userId) this.entries.delete(sessionId);
  }

  private prune(): void {
    const now = Date.now();
    for (const [sessionId, entry] of this.entries) if (entry.until <= now) this.entries.delete(sessionId);
    if (this.entries.size >= maxEntries) this.entries.clear();
  }
}

/** One per process: every database handle's sessions have ids of their own (hashes of random tokens). */
export const recentSessions = new SessionCache<SessionUser>();

/** Forgets a user's sessions held in memory: call on any change to the user or their sessions. */
export function forgetSessionsOfUser(userId: string): void {
  recentSessions.forgetUser(userId);
}
