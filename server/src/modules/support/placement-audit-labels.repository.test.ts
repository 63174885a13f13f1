import { describe, expect, it } from "vitest";
import { buildCase } from "../../test/factories/cases.ts";
import { buildParticipant } from "../../test/factories/participants.ts";
import { buildPlacement } from "../../test/factories/placements.ts";
import { buildProgram } from "../../test/factories/programs.ts";
import { buildWorkplace } from "../../test/factories/workplaces.ts";
import { useTestApp } from "../../test/test-app.ts";
import { findPlacementNames } from "./placement-audit-labels.repository.ts";

const t = useTestApp();

describe("audit names of placements", () => {
  it("names a placement by the person and the workplace, and skips ids that are not uuids", async () => {
    const db = t.database.db;
    const program = await buildProgram(db);
    const person = await buildParticipant(db, { familyName: "名札", givenName: "次郎" });
    const supportCase = await buildCase(db, program.id, { participantId: person.id, status: "active" });
    const workplace = await buildWorkplace(db, { name: "ワーカーズ・コレクティブ若葉" });
    const placement = await buildPlacement(db, supportCase.id, { workplaceId: workplace.id });
    const names = await findPlacementNames(db, [placement.id, "not-a-uuid"]);
    expect(names.get(placement.id)).toBe("名札 次郎・ワーカーズ・コレクティブ若葉");
    expect(names.size).toBe(1);
  });
});
