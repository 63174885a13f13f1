import { describe, expect, it } from "vitest";
import { buildActivity } from "../../test/factories/activities.ts";
import { buildCase } from "../../test/factories/cases.ts";
import { buildConsent, buildParticipant } from "../../test/factories/participants.ts";
import { buildContract, buildFundingStream, buildProgram } from "../../test/factories/programs.ts";
import { useTestApp } from "../../test/test-app.ts";
import { findContractNames, findFundingStreamNames } from "../programs/programs.repository.ts";
import { findActivityNames, findCaseNames, findConsentNames } from "./audit-labels.repository.ts";

const t = useTestApp();

describe("audit names of support records", () => {
  it("names a case, an activity and a consent by the person (and the case by its program too)", async () => {
    const db = t.database.db;
    const program = await buildProgram(db, { name: "ラベル事業" });
    const person = await buildParticipant(db, { familyName: "名札", givenName: "花子" });
    const supportCase = await buildCase(db, program.id, { participantId: person.id });
    const activity = await buildActivity(db, person.id, { caseId: supportCase.id });
    const consent = await buildConsent(db, person.id);

    expect((await findCaseNames(db, [supportCase.id])).get(supportCase.id)).toBe("名札 花子・ラベル事業");
    expect((await findActivityNames(db, [activity.id])).get(activity.id)).toBe("名札 花子");
    expect((await findConsentNames(db, [consent.id])).get(consent.id)).toBe("名札 花子");
  });

  it("names a contract by program and 年度, a funding stream by program and name", async () => {
    const db = t.database.db;
    const program = await buildProgram(db, { name: "契約事業" });
    const contract = await buildContract(db, program.id, 2026);
    const stream = await buildFundingStream(db, program.id, { name: "被保護者" });
    expect((await findContractNames(db, [contract.id])).get(contract.id)).toBe("契約事業・令和8年度");
    expect((await findFundingStreamNames(db, [stream.id])).get(stream.id)).toBe("契約事業・被保護者");
  });

  it("skips ids that are not UUIDs and ids of no record, instead of failing the page", async () => {
    const db = t.database.db;
    const names = await findCaseNames(db, ["not-a-uuid", "00000000-0000-4000-8000-000000000000"]);
    expect(names.size).toBe(0);
  });
});
