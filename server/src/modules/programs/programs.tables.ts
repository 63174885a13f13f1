import { bigint, boolean, date, integer, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";

export const programs = pgTable("programs", {
  id: uuid("id").primaryKey().defaultRandom(),
  code: text("code").notNull().unique(),
  name: text("name").notNull(),
  nameKana: text("name_kana").notNull().default(""),
  funder: text("funder").notNull().default(""),
  /** 就労準備支援, 認定就労訓練, 社会参加体験, サポステ, 障がい者就労支援, 自主事業… (migration 0006). */
  kind: text("kind").notNull().default("own"),
  targetGroup: text("target_group").notNull().default(""),
  active: boolean("active").notNull().default(true),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  version: integer("version").notNull().default(1),
});

/** Funding streams within one program, counted apart (生活困窮者 vs 被保護者). */
export const fundingStreams = pgTable(
  "funding_streams",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    programId: uuid("program_id")
      .notNull()
      .references(() => programs.id, { onDelete: "cascade" }),
    code: text("code").notNull(),
    name: text("name").notNull(),
    active: boolean("active").notNull().default(true),
  },
  (table) => [unique().on(table.programId, table.code)],
);

/** A yearly contract (委託契約) per program and fiscal year (April–March). */
export const contracts = pgTable(
  "contracts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    programId: uuid("program_id")
      .notNull()
      .references(() => programs.id, { onDelete: "cascade" }),
    fiscalYear: integer("fiscal_year").notNull(),
    periodStart: date("period_start").notNull(),
    periodEnd: date("period_end").notNull(),
    capacity: integer("capacity"),
    amountYen: bigint("amount_yen", { mode: "number" }),
    indicators: text("indicators").array().notNull().default([]),
    termMonths: integer("term_months").notNull().default(3),
    maxTerms: integer("max_terms").notNull().default(4),
    /** Months after a work outcome's start when follow-ups are due; null: the default (1, 3, 6, 12). */
    followUpMonths: integer("follow_up_months").array(),
    notes: text("notes").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    version: integer("version").notNull().default(1),
  },
  (table) => [unique().on(table.programId, table.fiscalYear)],
);
