/**
 * POST /api/v1/documents/extract through its route handler against a real
 * database: the exact answer shape, scans and unreadable files, who may call
 * it, and that it stores nothing. Only the session source is replaced.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("@/db/client", async (importOriginal) => (await import("./fixtures")).dbClientMock(await importOriginal<typeof import("@/db/client")>()));
vi.mock("@/lib/auth", async () => (await import("./fixtures")).authMock());
vi.mock("next/navigation", async () => (await import("./fixtures")).navigationMock());

import { POST as extractRoute } from "@/app/api/v1/documents/extract/route";
import { attachments, auditLog, documentBlobs, users } from "@/db/schema";
import { fixtureBytes, insertFixtureRegistry } from "./document-fixtures";
import { insertUser, signIn, state } from "./fixtures";
import { createTestDb, type TestDb } from "./test-db";
import { uploadRequest } from "./upload-requests";

let t: TestDb;
let ids: Map<string, number>;
let staff: typeof users.$inferSelect;
let executive: typeof users.$inferSelect;

const extract = (bytes: Uint8Array, name: string, origin?: string) =>
  extractRoute(uploadRequest("/api/v1/documents/extract", bytes, name, { origin }), undefined);

beforeAll(async () => {
  t = await createTestDb();
  state.db = t.db;
  state.kind = t.kind;
  ids = await insertFixtureRegistry(t.db);
  staff = await insertUser(t.db, "staff", "李专员");
  executive = await insertUser(t.db, "executive", "张主任");
});
afterAll(() => t?.close());
beforeEach(() => signIn(staff));

describe("POST /api/v1/documents/extract", () => {
  it("answers exactly { fields, sources } with the fields found, parties matched to the registry", async () => {
    const res = await extract(fixtureBytes("06-preamble-jiaofen-docx.docx"), "协议.docx");
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const body = await res.json();
    expect(body).toEqual({
      fields: {
        titleZh: "普惠金融服务合作协议",
        parties: [
          { role: "甲方", name: "重庆银行股份有限公司", organizationId: ids.get("重庆银行股份有限公司") },
          { role: "乙方", name: "重庆市小额贷款公司协会", organizationId: ids.get("重庆市小额贷款公司协会") },
        ],
        signedValue: "12345678.90",
        signedOn: "2025-07-10",
        termStart: "2025-08-01",
        termEnd: "2027-07-31",
        category: "financial_services",
      },
      sources: {
        titleZh: "普惠金融服务合作协议",
        "parties.0": "重庆银行股份有限公司（以下简称“甲方”）",
        "parties.1": "重庆市小额贷款公司协会（以下简称“乙方”）",
        signedValue: expect.stringContaining("￥12,345,678.90元"),
        signedOn: expect.stringContaining("于2025年7月10日在重庆市两江新区签订"),
        termStart: "三、合作期限为两年，自2025年8月1日起至2027年7月31日止。",
        termEnd: "三、合作期限为两年，自2025年8月1日起至2027年7月31日止。",
        category: expect.stringContaining("贷款"),
      },
    });
  });

  it("leaves out what it did not find, and says null for a party not in the registry", async () => {
    const body = await (await extract(fixtureBytes("05-halfwidth-unknown-party-pdf.pdf"), "a.pdf")).json();
    expect(body.fields.parties[1]).toEqual({ role: "乙方", name: "重庆云栈数据科技有限公司", organizationId: null });
    const none = await (await extract(fixtureBytes("08-signature-names-docx.docx"), "b.docx")).json();
    expect(Object.keys(none.fields).sort()).toEqual(["parties", "signedOn", "signedValue", "titleZh"]);
    expect(Object.keys(none.sources).sort()).toEqual(["parties.0", "parties.1", "signedOn", "signedValue", "titleZh"]);
  });

  it("says 'no text layer: fill in by hand' for a scan, as a picture or as a PDF, instead of guessing", async () => {
    for (const file of ["09-scan-pdf.pdf", "10-scan-png.png", "11-photo-jpg.jpg"]) {
      const res = await extract(fixtureBytes(file), file);
      expect([res.status, await res.json()]).toEqual([422, { error: "noTextLayer", details: "no text layer: fill in by hand" }]);
    }
  });

  it("refuses what is not a document by its bytes, and a damaged PDF, with a 4xx", async () => {
    const html = await extract(new TextEncoder().encode("<html><body>甲方：重庆银行</body></html>"), "合同.pdf");
    expect([html.status, await html.json()]).toEqual([415, { error: "unsupportedType" }]);
    const broken = await extract(new TextEncoder().encode("%PDF-1.7\nthis is not a PDF body"), "broken.pdf");
    expect([broken.status, await broken.json()]).toEqual([422, { error: "unreadable" }]);
  });

  it("is for staff and admins signed in, from this site", async () => {
    const docx = fixtureBytes("06-preamble-jiaofen-docx.docx");
    signIn(executive);
    expect((await extract(docx, "a.docx")).status).toBe(403);
    signIn(null);
    expect((await extract(docx, "a.docx")).status).toBe(401);
    signIn(staff);
    expect((await extract(docx, "a.docx", "https://evil.example")).status).toBe(403);
  });

  it("stores nothing", async () => {
    await extract(fixtureBytes("01-strategic-bank-pdf.pdf"), "a.pdf");
    expect([await t.db.$count(attachments), await t.db.$count(documentBlobs), await t.db.$count(auditLog)]).toEqual([0, 0, 0]);
  });
});
