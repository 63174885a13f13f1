// npm run seed:scale -- [--participants 100000] [--cases N] [--activities N] [--workplaces N]
//   [--placements N] [--seed S] [--force]
// Fills the database the server would use (PGlite in DATA_DIR, or DATABASE_URL) with fictional
// support data at scale: 100,000 participants, 150,000 cases over five fiscal years, 1,000,000
// activities, 2,000 partner workplaces and 50,000 placements (with their daily attendance, term
// evaluations, and the outcomes and follow-ups of their cases) by default; when only --participants
// is given, the same proportions (scaleSizesFor). SEED_PARTICIPANTS, SEED_CASES, SEED_ACTIVITIES,
// SEED_WORKPLACES, SEED_PLACEMENTS work too. Idempotent per size: a second run
// adds nothing, a bigger one adds the difference (test/scale/seed.ts). Refuses production, and a
// PostgreSQL server unless --force: the same rule as the demo data, which only goes into the
// embedded database by default.
import { parseArgs } from "node:util";
import { loadDemoData } from "../modules/demo-contributions.ts";
import { countUsers } from "../modules/users/users.repository.ts";
import { exitOnOpenError } from "../platform/bootstrap.ts";
import { loadConfig } from "../platform/config.ts";
import { bootstrapMessages } from "../platform/console-messages.ts";
import {
  defaultScaleSizes,
  deskSizesFor,
  type ScaleSizes,
  type SeedProgress,
  scaleSizesFor,
  seedScaleData,
  vacuumScaleTables,
} from "../test/scale/seed.ts";
import { generatorSettings } from "../test/scale/settings.ts";
import { openCliDatabase } from "./cli-database.ts";
import { refusalToSeed } from "./seed-scale-rules.ts";

const usage =
  "Usage: npm run seed:scale -- [--participants 100000] [--cases 150000] [--activities 1000000] [--workplaces 2000] [--placements 50000] [--seed otagai-scale] [--force]";

const { values } = (() => {
  try {
    return parseArgs({
      options: {
        participants: { type: "string" },
        cases: { type: "string" },
        activities: { type: "string" },
        workplaces: { type: "string" },
        placements: { type: "string" },
        seed: { type: "string" },
        force: { type: "boolean", default: false },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    process.exit(2);
  }
})();

function size(flag: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw.replaceAll(/[,_]/g, ""));
  if (!Number.isInteger(value) || value < 0 || value > 100_000_000) {
    console.error(`--${flag}: a whole number from 0 to 100,000,000, not ${JSON.stringify(raw)}\n${usage}`);
    process.exit(2);
  }
  return value;
}

const participants = size(
  "participants",
  values.participants ?? process.env.SEED_PARTICIPANTS,
  defaultScaleSizes.participants,
);
const given = values.participants ?? process.env.SEED_PARTICIPANTS;
const proportional = given ? scaleSizesFor(participants) : defaultScaleSizes;
const sizes: ScaleSizes = {
  participants,
  cases: size("cases", values.cases ?? process.env.SEED_CASES, proportional.cases),
  activities: size("activities", values.activities ?? process.env.SEED_ACTIVITIES, proportional.activities),
  workplaces: size("workplaces", values.workplaces ?? process.env.SEED_WORKPLACES, proportional.workplaces),
  placements: size("placements", values.placements ?? process.env.SEED_PLACEMENTS, proportional.placements),
};

// Before anything else opens the database (a production configuration may not even load here).
const refusal = refusalToSeed(
  { nodeEnv: process.env.NODE_ENV, databaseUrl: process.env.DATABASE_URL || undefined },
  values.force ?? false,
);
if (refusal) {
  console.error(refusal);
  process.exit(1);
}
const config = await Promise.resolve()
  .then(() => loadConfig({ LOG_LEVEL: "silent", ...process.env }))
  .catch(exitOnOpenError);

const database = await openCliDatabase().catch(exitOnOpenError);
const started = performance.now();
try {
  // An empty database gets the demo accounts first (where demo data is allowed), so someone can log in.
  if ((await countUsers(database.db)) === 0) {
    if (config.loadDemoData) {
      const accounts = await loadDemoData(database.db, config.demoPassword);
      if (accounts.length > 0) console.log(bootstrapMessages.demoAccounts(accounts, !!config.demoPassword));
    } else console.log(bootstrapMessages.noUsersYet());
  }
  const where = database.kind === "pglite" ? `PGlite in ${config.dataDir}` : "PostgreSQL (DATABASE_URL)";
  console.log(
    `Seeding ${sizes.participants.toLocaleString("en")} participants, ${sizes.cases.toLocaleString("en")} cases, ` +
      `${sizes.activities.toLocaleString("en")} activities, ${sizes.workplaces.toLocaleString("en")} workplaces, ` +
      `${sizes.placements.toLocaleString("en")} placements into ${where} (架空のデータ)…`,
  );
  const { before, after, desk } = await seedScaleData(
    database.db,
    generatorSettings({ seed: values.seed }),
    sizes,
    {
      onProgress: progressBar(),
      // The consultation desk (issue 12) in the same proportions: 200,000 consultations for 100,000.
      desk: deskSizesFor(participants),
    },
  );
  if (after === before && desk?.after === desk?.before)
    console.log("Already seeded at this size: nothing to add (このサイズのデータは投入済みです).");
  else {
    process.stdout.write("Vacuum and analyze…");
    await vacuumScaleTables(database);
    console.log(" done.");
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `Scale data now: ${after.participants.toLocaleString("en")} participants, ${after.cases.toLocaleString("en")} cases, ` +
      `${after.activities.toLocaleString("en")} activities, ${after.workplaces.toLocaleString("en")} workplaces, ` +
      `${after.placements.toLocaleString("en")} placements (${seconds} s).`,
  );
  if (desk)
    console.log(
      `Consultation desk: ${desk.after.consultations.toLocaleString("en")} consultations, ${desk.after.referrals.toLocaleString("en")} referrals, ` +
        `${desk.after.requests.toLocaleString("en")} requests, ${desk.after.appointments.toLocaleString("en")} appointments.`,
    );
} finally {
  await database.close();
}

/** One line redrawn on a terminal; a line per tenth elsewhere (a log file, CI). */
function progressBar(): (progress: SeedProgress) => void {
  const tty = process.stdout.isTTY;
  let lastTenth = -1;
  let lastPhase = "";
  return ({ phase, done, total }) => {
    const share = total === 0 ? 1 : done / total;
    const seconds = (performance.now() - started) / 1000;
    const width = 30;
    const filled = Math.round(share * width);
    const line = `${phase.padEnd(12)} [${"#".repeat(filled)}${".".repeat(width - filled)}] ${(share * 100).toFixed(0).padStart(3)} % ${done.toLocaleString("en")}/${total.toLocaleString("en")}  ${seconds.toFixed(0)} s`;
    if (tty) {
      if (lastPhase && lastPhase !== phase) process.stdout.write("\n");
      process.stdout.write(`\r${line}`);
      if (done === total && phase === "placements") process.stdout.write("\n");
    } else if (Math.floor(share * 10) !== lastTenth || phase !== lastPhase) {
      console.log(line);
      lastTenth = Math.floor(share * 10);
    }
    lastPhase = phase;
  };
}
