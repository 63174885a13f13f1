import { date, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { partnerWorkplaces } from "../../support/workplaces/workplaces.tables.ts";
import { users } from "../../users/users.tables.ts";
import { memberOrganizations } from "../members/members.tables.ts";

/** Prospective partner workplaces (協力事業所の開拓), migration 0018. */
export const workplaceProspects = pgTable("workplace_prospects", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull(),
  nameKana: text("name_kana").notNull(),
  searchKey: text("search_key").notNull().default(""),
  readingKey: text("reading_key").notNull().default(""),
  memberOrganizationId: uuid("member_organization_id").references(() => memberOrganizations.id, {
    onDelete: "set null",
  }),
  stage: text("stage").notNull().default("prospect"),
  ownerId: uuid("owner_id").references(() => users.id, { onDelete: "set null" }),
  postalCode: text("postal_code").notNull().default(""),
  address: text("address").notNull().default(""),
  area: text("area").notNull().default(""),
  contactName: text("contact_name").notNull().default(""),
  contactPhone: text("contact_phone").notNull().default(""),
  contactEmail: text("contact_email").notNull().default(""),
  workKinds: text("work_kinds").array().notNull().default([]),
  notes: text("notes").notNull().default(""),
  agreedOn: date("agreed_on"),
  agreementScope: text("agreement_scope").notNull().default(""),
  insurance: text("insurance").notNull().default(""),
  traineeCapacity: integer("trainee_capacity"),
  employmentType: text("employment_type"),
  workplaceId: uuid("workplace_id").references(() => partnerWorkplaces.id, { onDelete: "set null" }),
  createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  version: integer("version").notNull().default(1),
});

/** Every contact with a prospect; the latest one's next step is the prospect's open next step. */
export const prospectContacts = pgTable("prospect_contacts", {
  id: uuid("id").primaryKey().defaultRandom(),
  prospectId: uuid("prospect_id")
    .notNull()
    .references(() => workplaceProspects.id, { onDelete: "cascade" }),
  contactedOn: date("contacted_on").notNull(),
  staffId: uuid("staff_id").references(() => users.id, { onDelete: "set null" }),
  method: text("method").notNull(),
  notes: text("notes").notNull().default(""),
  nextStep: text("next_step").notNull().default(""),
  nextStepOn: date("next_step_on"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});
