import { describe, expect, it } from "vitest";
import {
  apiPost,
  chooseOption,
  collectConsoleErrors,
  field,
  fieldLabel,
  heading,
  ja,
  loginAs,
  settled,
  text,
} from "./support/app";
import { seriousViolations } from "./support/axe";
import { useBrowser } from "./support/browser";

const p = ja.network.proposals;

describe("policy proposals", () => {
  const { open } = useBrowser();

  it("the desk records an issue with a consultation as evidence, shown without personal details", async () => {
    const { page } = await open();
    const consoleErrors = collectConsoleErrors(page);
    await loginAs(page, "consultant");
    await page.goto("/network/proposals");
    await heading(page, p.title);
    await settled(page);
    expect(await seriousViolations(page)).toEqual([]);
    // The desk notices issues but does not write proposals.
    expect(await page.getByRole("link", { name: p.addProposal }).count()).toBe(0);
    const refused = await apiPost(page, "/api/network/proposals", {
      title: "x",
      addressee: "座間市",
      periodFrom: "2026-04-01",
      periodTo: "2027-03-31",
    });
    expect(refused.status()).toBe(403);

    await page.getByRole("link", { name: p.addIssue }).click();
    await heading(page, p.newIssueTitle);
    const title = `夜間の相談先が見つからない（架空）${Date.now() % 100_000}`;
    await field(page, p.fields.title).fill(title);
    await field(page, p.fields.observed).fill(
      "夜に困りごとを抱えた人が相談できる窓口がないという声が続いた。",
    );
    await field(page, p.fields.place).fill("座間市");
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: p.save, exact: true }).click();
    await page.waitForURL((url) => /^\/network\/policy-issues\/[0-9a-f-]{36}$/.test(url.pathname));
    await heading(page, title);

    // A consultation naming a person, recorded at the desk (through the API, as its form would).
    const categories = (await (await page.request.get("/api/consultation-categories")).json()) as {
      items: { id: string; code: string | null }[];
    };
    const created = await apiPost(page, "/api/consultations", {
      consultedAt: "2026-06-30T15:30:00Z",
      channel: "visit",
      categoryId: categories.items.find((category) => category.code === "living")?.id,
      person: { kind: "new_person", name: "夜野 秘子", nameKana: "よるの ひめこ", phone: "090-9999-0001" },
      concernTopics: ["housing"],
      question: "夜に相談できるところを知りたい（秘密の質問）",
    });
    expect(created.status(), await created.text()).toBe(201);
    const consultation = (await created.json()) as { id: string };

    const evidence = page.getByRole("region", { name: p.issue.evidence });
    await evidence.getByText(p.issue.evidenceEmpty).waitFor();
    await field(page, p.fields.recordId).fill(consultation.id);
    await page.getByRole("button", { name: p.issue.addEvidence, exact: true }).click();
    await page.getByText(p.issue.evidenceAdded).waitFor();
    await evidence.getByRole("cell", { name: "2026-07", exact: true }).waitFor();
    await evidence.getByText(ja.support.concernTopics.housing).waitFor();
    const body = (await page.locator("main").textContent()) ?? "";
    for (const secret of ["夜野", "よるの", "090-9999-0001", "秘密の質問"])
      expect(body).not.toContain(secret);
    expect(await seriousViolations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it("a coordinator links a case they read to an issue from the case page, shown there without the person", async () => {
    const { page } = await open();
    const consoleErrors = collectConsoleErrors(page);
    await loginAs(page, "coordinator");
    const title = `退院後の居場所が足りない（架空）${Date.now() % 100_000}`;
    const issue = await apiPost(page, "/api/network/policy-issues", {
      title,
      observed: "退院した人が日中に過ごせる場所が少ないという声が続いた。",
      source: "support",
      frequency: "sometimes",
      noticedOn: "2026-10-01",
    });
    expect(issue.status(), await issue.text()).toBe(201);
    const cases = (await (await page.request.get("/api/cases?status=active&page=1&pageSize=1")).json()) as {
      items: { id: string; participantName: string }[];
    };
    const [item] = cases.items;
    if (!item) throw new Error("the demo data has no active case for the coordinator");

    await page.goto(`/support/cases/${item.id}`);
    await settled(page);
    await page.getByRole("button", { name: ja.policyEvidence.open }).click();
    const dialog = page.getByRole("dialog", { name: ja.policyEvidence.title });
    await dialog.getByRole("button", { name: ja.policyEvidence.save }).click();
    await dialog.getByText(ja.validation.required).waitFor();
    // The server searches the issues by what is typed (the newest come first, and there are many).
    const issueBox = dialog.getByRole("combobox", { name: fieldLabel(ja.policyEvidence.issue) });
    await issueBox.fill(title.slice(-8));
    await page.getByRole("option", { name: `${title}（2026-10-01）`, exact: true }).click();
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole("button", { name: ja.policyEvidence.save }).click();
    await dialog.getByText(text(ja.policyEvidence.added, { title })).waitFor();
    await dialog.getByRole("link", { name: ja.policyEvidence.openIssue }).click();
    await heading(page, title);
    const evidence = page.getByRole("region", { name: p.issue.evidence });
    await evidence.getByRole("cell", { name: p.evidenceKinds.case, exact: true }).waitFor();
    const body = (await page.locator("main").textContent()) ?? "";
    expect(body).not.toContain(item.participantName);
    // A second time, from the case page, the person learns it is there already.
    await page.goBack();
    await settled(page);
    await page.getByRole("button", { name: ja.policyEvidence.open }).click();
    await issueBox.fill(title.slice(-8));
    await page.getByRole("option", { name: `${title}（2026-10-01）`, exact: true }).click();
    await dialog.getByRole("button", { name: ja.policyEvidence.save }).click();
    await dialog.getByText(ja.errors.ALREADY_EVIDENCE).waitFor();
    await dialog.getByRole("button", { name: ja.common.cancel }).click();
    expect(consoleErrors).toEqual([]);
  });

  it("the office reads a proposal's live figures, adds one, moves it, adds history and prints it", async () => {
    const { page } = await open();
    const consoleErrors = collectConsoleErrors(page);
    await loginAs(page, "staff");
    await page.goto("/network/proposals");
    await heading(page, p.title);
    await settled(page);
    await page.getByRole("link", { name: "住まいを失うおそれのある人への支援の拡充について" }).click();
    await heading(page, "住まいを失うおそれのある人への支援の拡充について");
    await settled(page);
    const figures = page.getByRole("region", { name: p.detail.figures });
    await figures.getByRole("rowheader", { name: "座間市からの相談" }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    const label = `相談（すべて）${Date.now() % 100_000}`;
    await figures.getByLabel(new RegExp(`^${p.fields.label}`)).fill(label);
    await page.getByRole("button", { name: p.detail.addFigure, exact: true }).click();
    await figures.getByRole("rowheader", { name: label }).waitFor();

    const move = page.getByRole("region", { name: p.fields.status });
    await move.getByRole("button", { name: text(p.detail.move, { status: p.statuses.submitted }) }).click();
    await page.getByText(p.detail.moved).waitFor();
    await page.getByText(p.statuses.submitted, { exact: true }).first().waitFor();

    const events = page.getByRole("region", { name: p.detail.events });
    const description = `市議会の委員会で説明した（架空）${Date.now() % 100_000}`;
    await chooseOption(page, events, p.fields.kind, p.eventKinds.hearing);
    await events.getByLabel(new RegExp(`^${p.fields.description}`)).fill(description);
    await events.getByRole("button", { name: p.detail.addEvent }).click();
    await events.getByText(description).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    const href = await page.getByRole("link", { name: p.detail.pdf }).first().getAttribute("href");
    const pdf = await page.request.get(href ?? "");
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");

    await page.goto("/network/proposals/new");
    await heading(page, p.newProposalTitle);
    expect(await seriousViolations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
