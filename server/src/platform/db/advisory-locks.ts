/**
 * Every transaction-level advisory lock the app takes, in one place so no two uses share a key by
 * accident. A transaction that takes two of them takes them in the order listed here, or two
 * transactions could each hold one and wait for the other.
 */
export const advisoryLocks = {
  /** Migrations and the app role's grants: several processes starting together apply them once. */
  migrations: 727001,
  /** Demo data: one process fills, the others find it filled. */
  demoData: 727003,
  /**
   * The consultation desk's appointment book: bookings and moves take turns, because two
   * transactions inserting overlapping rows at the same moment make PostgreSQL's exclusion
   * constraints wait for each other (a deadlock, aborted as 40P01) instead of refusing one.
   */
  appointmentBook: 727004,
  /** Appends to the audit trail (ids gap-free, each prev_hash right). Taken last: a change's entry follows it. */
  auditAppend: 727002,
} as const;
