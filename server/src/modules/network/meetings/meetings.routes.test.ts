import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { buildMeeting } from "../../../test/factories/meetings.ts";
import { buildMemberOrganization } from "../../../test/factories/member-organizations.ts";
import { buildWorkplace } from "../../../test/factories/workplaces.ts";
import { auditEventsWhere, expectError } from "../../../test/http-helpers.ts";
import { type Session, useTestApp } from "../../../test/test-app.ts";

const t = useTestApp();

const allHands = {
  kind: "all_hands",
  title: "就労支援全体会議（11月）",
  heldOn: "2026-11-20",
  startsAt: "13:30",
  endsAt: "15:00",
  place: "多目的室",
  agenda: "近況報告",
};

function create(session: Session, payload: Record<string, unknown>) {
  return t.request({ method: "POST", url: "/api/network/meetings", session, payload });
}

describe("meetings", () => {
  it("records, lists (filters, newest first), edits with the version (409 when stale) and audits", async () => {
    const staff = await t.loginAs("staff");
    const created = await create(staff, allHands);
    expect(created.statusCode, created.body).toBe(201);
    const meeting = created.json();
    expect(meeting).toMatchObject({ startsAt: "13:30", endsAt: "15:00", version: 1, attendees: [] });
    await create(staff, { ...allHands, kind: "board", title: "理事会", heldOn: "2025-05-01" });
    const [audited] = await auditEventsWhere(t.database.db, { entity: "meeting", recordId: meeting.id });
    expect(audited?.action).toBe("create");

    const list = async (query: string) =>
      (await t.request({ method: "GET", url: `/api/network/meetings?${query}`, session: staff }))
        .json()
        .items.map((item: { title: string }) => item.title);
    expect(await list("")).toEqual(["就労支援全体会議（11月）", "理事会"]);
    expect(await list("kind=board")).toEqual(["理事会"]);
    expect(await list("year=2026")).toEqual(["就労支援全体会議（11月）"]);
    expect(await list(`q=${encodeURIComponent("多目的")}`)).toHaveLength(2);

    const url = `/api/network/meetings/${meeting.id}`;
    const edit = (changes: Record<string, unknown>, version: number) =>
      t.request({
        method: "PUT",
        url,
        session: staff,
        payload: { meeting: { ...allHands, ...changes }, version },
      });
    const edited = await edit({ minutes: "報告を受けた。", decisions: "見学会を開く" }, 1);
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ minutes: "報告を受けた。", version: 2 });
    expectError(await edit({ minutes: "古い版" }, 1), 409, "STALE_UPDATE");
    expectError(await edit({ endsAt: "12:00" }, 2), 400, "VALIDATION_FAILED", ["body.meeting.endsAt"]);
  });

  it("replaces the attendees, refusing unknown ids with the field, and invites active workplaces once", async () => {
    const staff = await t.loginAs("staff");
    const db = t.database.db;
    const meeting = await buildMeeting(db);
    const member = await buildMemberOrganization(db);
    const active = await buildWorkplace(db, { contactName: '=HYPERLINK("x")', postalCode: "2520000" });
    await buildWorkplace(db, { status: "paused" });
    const url = `/api/network/meetings/${meeting.id}/attendees`;
    const unknown = await t.request({
      method: "PUT",
      url,
      session: staff,
      payload: { version: 1, attendees: [{ kind: "workplace", workplaceId: crypto.randomUUID() }] },
    });
    expectError(unknown, 400, "VALIDATION_FAILED", ["body.attendees.0.workplaceId"]);
    const saved = await t.request({
      method: "PUT",
      url,
      session: staff,
      payload: {
        version: 1,
        attendees: [
          { kind: "staff", userId: staff.userId, present: true },
          { kind: "member_organization", memberOrganizationId: member.id },
          { kind: "guest", guestName: "来賓 太郎" },
        ],
      },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ version: 2, invitedCount: 3, presentCount: 1 });

    const invite = () =>
      t.request({
        method: "POST",
        url: `/api/network/meetings/${meeting.id}/invite-workplaces`,
        session: staff,
      });
    const first = await invite();
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().added).toBe(1);
    expect(
      first.json().meeting.attendees.map((row: { workplaceId: string | null }) => row.workplaceId),
    ).toContain(active.id);
    expect((await invite()).json().added).toBe(0);

    const pdf = await t.request({
      method: "GET",
      url: `/api/network/meetings/${meeting.id}/invitations.pdf`,
      session: staff,
    });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers["content-type"]).toContain("application/pdf");
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");

    const xlsx = await t.request({
      method: "GET",
      url: `/api/network/meetings/${meeting.id}/invitations.xlsx`,
      session: staff,
    });
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    const rows: unknown[][] = [];
    sheet?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows[0]).toEqual(["郵便番号", "住所", "宛名", "ご担当者", "電話", "メール"]);
    const workplaceRow = rows.find((row) => row[2] === active.name);
    expect(workplaceRow?.[0]).toBe("2520000");
    expect(String(workplaceRow?.[3]).startsWith("=")).toBe(false);
    for (const row of rows) for (const cell of row) expect(String(cell ?? "")).not.toMatch(/^[=+\-@]/);
  });

  it("adds action items only for staff who may see the network, edits and lists the caller's open ones", async () => {
    const staff = await t.loginAs("staff");
    const partner = await t.loginAs("partner");
    const meeting = await buildMeeting(t.database.db);
    const url = `/api/network/meetings/${meeting.id}/action-items`;
    const refused = await t.request({
      method: "POST",
      url,
      session: staff,
      payload: { title: "x", ownerId: partner.userId, dueOn: "2026-12-01" },
    });
    expectError(refused, 400, "VALIDATION_FAILED", ["body.ownerId"]);
    const created = await t.request({
      method: "POST",
      url,
      session: staff,
      payload: { title: "議事録を配る", ownerId: staff.userId, dueOn: "2026-12-01" },
    });
    expect(created.statusCode, created.body).toBe(201);
    const item = created.json();
    const edited = await t.request({
      method: "PUT",
      url: `/api/network/action-items/${item.id}`,
      session: staff,
      payload: {
        item: { title: "議事録を全員に配る", ownerId: staff.userId, dueOn: "2026-12-02" },
        version: 1,
      },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ title: "議事録を全員に配る", version: 2 });
    const mine = await t.request({
      method: "GET",
      url: "/api/network/action-items?mine=true&open=true",
      session: staff,
    });
    expect(mine.json().items.map((row: { id: string }) => row.id)).toEqual([item.id]);
    const coordinator = await t.loginAs("coordinator");
    const theirs = await t.request({
      method: "GET",
      url: "/api/network/action-items?mine=true&open=true",
      session: coordinator,
    });
    expect(theirs.json().items).toEqual([]);
  });
});
