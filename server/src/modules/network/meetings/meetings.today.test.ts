import { describe, expect, it } from "vitest";
import { buildActionItem, buildMeeting } from "../../../test/factories/meetings.ts";
import { type Session, useTestApp } from "../../../test/test-app.ts";
import { meetingsTodayKind } from "./meetings.today.ts";

const t = useTestApp();

async function todayTitles(session: Session): Promise<string[]> {
  const response = await t.request({ method: "GET", url: "/api/today", session });
  expect(response.statusCode, response.body).toBe(200);
  const groups = response.json().groups as { kind: string; items: { params: { title: string } }[] }[];
  return (
    groups.find((group) => group.kind === meetingsTodayKind)?.items.map((item) => item.params.title) ?? []
  );
}

describe("action items on the today list", () => {
  it("shows an open item to its owner only (overdue first, any due date) and drops it when done", async () => {
    const owner = await t.loginAs("staff");
    const other = await t.loginAs("coordinator");
    const meeting = await buildMeeting(t.database.db, { title: "全体会議" });
    const created = await t.request({
      method: "POST",
      url: `/api/network/meetings/${meeting.id}/action-items`,
      session: owner,
      payload: { title: "連絡体制表を作る", ownerId: owner.userId, dueOn: "2099-12-01" },
    });
    expect(created.statusCode, created.body).toBe(201);
    await buildActionItem(t.database.db, {
      meetingId: meeting.id,
      ownerId: owner.userId,
      title: "期限切れ",
      dueOn: "2020-01-01",
    });
    await buildActionItem(t.database.db, {
      meetingId: meeting.id,
      ownerId: owner.userId,
      title: "済んだもの",
      doneAt: new Date(),
    });

    expect(await todayTitles(owner)).toEqual(["期限切れ", "連絡体制表を作る"]);
    expect(await todayTitles(other)).toEqual([]);

    const done = await t.request({
      method: "POST",
      url: `/api/network/action-items/${created.json().id}/done`,
      session: owner,
      payload: { version: 1 },
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().doneAt).toEqual(expect.any(String));
    expect(await todayTitles(owner)).toEqual(["期限切れ"]);

    const reopened = await t.request({
      method: "POST",
      url: `/api/network/action-items/${created.json().id}/reopen`,
      session: owner,
      payload: { version: 2 },
    });
    expect(reopened.statusCode, reopened.body).toBe(200);
    expect(await todayTitles(owner)).toEqual(["期限切れ", "連絡体制表を作る"]);
  });
});
