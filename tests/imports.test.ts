/**
 * Importing agreement sheets against a real database (PGlite, or Postgres with
 * DATABASE_URL): classification, party matching, commit in one transaction,
 * re-import, updates with the version check, and the API's answer and guards.
 * Only the session source is replaced.
 */
import fs from "node:fs";
import { count, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("@/db/client", async (importOriginal) => (await import("./fixtures")).dbClientMock(await importOriginal<typeof import("@/db/client")>()));
vi.mock("@/lib/auth", async () => (await import("./fixtures")).authMock());
vi.mock("next/navigation", async () => (await import("./fixtures")).navigationMock());

import { POST as importRoute } from "@/app/api/v1/imports/route";
import { commitImport } from "@/db/mutations/imports";
import { planImport } from "@/db/queries/import-plan";
import { agreementParties, agreements, auditLog, organizationAliases, organizations, users } from "@/db/schema";
import { creditCodeCheckChar } from "@/lib/credit-code";
import { readSheet, type Cell } from "@/lib/spreadsheets/read-sheet";
import { baseFixtures, insertEvent, signIn, state, type Fx } from "./fixtures";
import { createTestDb, type TestDb } from "./test-db";
import { uploadRequest } from "./upload-requests";

let t: TestDb;
let fx: Fx;

const bytes = (name: string) => new Uint8Array(fs.readFileSync(`tests/fixtures/imports/${name}`));
async function sheetOf(name: string): Promise<Cell[][]> {
  const s = await readSheet(bytes(name));
  if (!s.ok) throw new Error(s.error);
  return s.rows;
}
const csv = (lines: string[]) => lines.map((l) => l.split("|")).map((r) => r.map(String));
const HEADER = "协议编号|协议名称|合作类别|状态|签约日期|签约金额|牵头方|合作方";
const agreementCount = async () => (await t.db.select({ n: count() }).from(agreements))[0].n;

async function setup() {
  await t.reset();
  fx = await baseFixtures(t.db);
  await insertEvent(t.db, "AI领创企业重庆行暨西部金融中心之夜", "2025-07-10");
  await t.db.update(organizations).set({ nameEn: "Chongqing University" }).where(eq(organizations.id, fx.org.cqu.id));
}

beforeAll(async () => {
  t = await createTestDb();
  state.db = t.db;
  state.kind = t.kind;
});
afterAll(() => t?.close());
beforeEach(setup);

describe("preview", () => {
  it("classifies each fixture row and sums the valid rows exactly, the same for UTF-8, BOM and GBK", async () => {
    for (const file of ["agreements-utf8.csv", "agreements-utf8-bom.csv", "agreements-gbk.csv"]) {
      const plan = await planImport(t.db, await sheetOf(file));
      expect(plan.counts, file).toEqual({ create: 4, update: 0, unchanged: 0, error: 0 });
      // 3.5亿 + 8000万 + 12,345,678.90 + １２，３４５
      expect(plan.signedValue).toBe("442358023.90");
      expect(plan.newParties).toEqual(["渝北数智科技有限公司"]);
      const first = plan.rows[0].input!;
      expect(first).toMatchObject({ reference: "CQ-2031-0001", signedValue: "350000000.00", signedOn: "2025-07-10", termEnd: "2028-07-09", status: "signed", valueKind: "binding" });
      expect(first.parties.map((p) => [p.organizationId, p.isLead])).toEqual([[fx.org.msxj.id, true], [fx.org.cqrcb.id, false], [fx.org.cqu.id, false]]);
      expect(plan.rows[3].input).toMatchObject({ signedOn: "2025-07-10", signedValue: "12345.00", valueKind: "intended", categoryId: fx.cat.tech.id });
    }
    expect(await agreementCount()).toBe(0);
  });

  it("matches parties by credit code, by English and short name, and by a merged duplicate's name", async () => {
    await t.db.insert(organizationAliases).values({ organizationId: fx.org.iflytek.id, name: "安徽科大讯飞信息科技股份有限公司" });
    const code = `91500000MA5U00000${creditCodeCheckChar("91500000MA5U00000")}`;
    await t.db.update(organizations).set({ creditCode: code }).where(eq(organizations.id, fx.org.bigdata.id));
    const plan = await planImport(t.db, csv([HEADER, `CQ-2031-0101|协议|金融服务|已签约|2025-07-10|1万|${code}|Chongqing University；讯飞；安徽科大讯飞信息科技股份有限公司`]));
    expect(plan.rows[0].issues).toEqual([{ column: "partner_parties", code: "duplicateParty" }]);
    const ok = await planImport(t.db, csv([HEADER, `CQ-2031-0101|协议|金融服务|已签约|2025-07-10|1万|${code}|Chongqing University；安徽科大讯飞信息科技股份有限公司`]));
    expect(ok.rows[0].input!.parties.map((p) => p.organizationId)).toEqual([fx.org.bigdata.id, fx.org.cqu.id, fx.org.iflytek.id]);
  });

  it("names one error per bad row, by column, and keeps the good row", async () => {
    const plan = await planImport(t.db, await sheetOf("bad-rows.csv"));
    const errors = plan.rows.map((r) => [r.row, r.action, r.issues.map((i) => `${i.column}:${i.code}`)]);
    expect(errors).toEqual([
      [2, "create", []],
      [3, "error", ["title_zh:required"]],
      [4, "error", ["value:amount.invalid"]],
      [5, "error", ["category:unknownCategory"]],
      [6, "error", ["reference:duplicateInFile"]],
      [7, "error", ["signed_on:invalidDate"]],
      [8, "error", ["partner_parties:twoPartiesRequired"]],
      [9, "error", ["value:amount.negative"]],
      [10, "error", ["term_end:termEndBeforeStart"]],
    ]);
    expect(plan.headers.unknown).toEqual(["备注列"]);
    expect(plan.signedValue).toBe("120000000.00");
  });

  it("reads an XLSX with date cells, English names and Excel serials", async () => {
    const plan = await planImport(t.db, await sheetOf("agreements.xlsx"));
    expect(plan.counts).toEqual({ create: 2, update: 0, unchanged: 0, error: 0 });
    expect(plan.rows[0].input).toMatchObject({ signedOn: "2025-07-10", termEnd: "2028-07-09", signedValue: "250000000.50", status: "signed" });
    expect(plan.rows[1].input).toMatchObject({ signedOn: "2025-07-10", signedValue: "35000000.00", status: "in_execution", valueKind: "intended" });
  });
});

describe("commit", () => {
  it("writes every valid row with an audit entry each, and re-importing changes nothing", async () => {
    const staff = fx.users.staff;
    const plan = await commitImport(t.db, staff, await sheetOf("bad-rows.csv"));
    expect(plan.counts.create).toBe(1);
    expect(await agreementCount()).toBe(1);
    const audits = await t.db.select().from(auditLog).where(eq(auditLog.entity, "agreement"));
    expect(audits.map((a) => [a.action, a.actorId])).toEqual([["create", staff.id]]);

    const all = await commitImport(t.db, staff, await sheetOf("agreements-gbk.csv"));
    expect(all.counts).toEqual({ create: 4, update: 0, unchanged: 0, error: 0 });
    const [created] = await t.db.select().from(organizations).where(eq(organizations.nameZh, "渝北数智科技有限公司"));
    expect(created.type).toBe("other");
    const again = await commitImport(t.db, staff, await sheetOf("agreements-utf8.csv"));
    expect(again.counts).toEqual({ create: 0, update: 0, unchanged: 4, error: 0 });
    expect(await agreementCount()).toBe(5);
    expect((await t.db.select({ n: count() }).from(organizations).where(eq(organizations.nameZh, "渝北数智科技有限公司")))[0].n).toBe(1);
  });

  it("updates a changed row in place, keeping signatories and columns the file does not have", async () => {
    const staff = fx.users.staff;
    await commitImport(t.db, staff, await sheetOf("agreements-utf8.csv"));
    const [row] = await t.db.select().from(agreements).where(eq(agreements.reference, "CQ-2031-0001"));
    await t.db.update(agreementParties).set({ signatoryName: "赵国庆" }).where(eq(agreementParties.agreementId, row.id));
    const plan = await commitImport(t.db, staff, csv(["协议编号|签约金额", "CQ-2031-0001|4亿"]));
    expect(plan.counts).toEqual({ create: 0, update: 1, unchanged: 0, error: 0 });
    const [after] = await t.db.select().from(agreements).where(eq(agreements.reference, "CQ-2031-0001"));
    expect(after).toMatchObject({ id: row.id, version: row.version + 1, signedValue: "400000000.00", titleZh: row.titleZh, summary: row.summary, termEnd: row.termEnd });
    const parties = await t.db.select().from(agreementParties).where(eq(agreementParties.agreementId, row.id));
    expect(parties.every((p) => p.signatoryName === "赵国庆")).toBe(true);
    const updates = await t.db.select().from(auditLog).where(eq(auditLog.action, "update"));
    expect(updates.map((u) => u.after)).toEqual([{ signedValue: "400000000.00" }]);
  });

  it("refuses a row changed since the preview instead of overwriting it", async () => {
    await commitImport(t.db, fx.users.staff, await sheetOf("agreements-utf8.csv"));
    const plan = await commitImport(t.db, fx.users.staff, csv(["协议编号|签约金额", "CQ-2031-0001|4亿"]), { "CQ-2031-0001": 99 });
    expect(plan.rows[0].issues).toEqual([{ column: "reference", code: "changedSincePreview" }]);
    const [row] = await t.db.select().from(agreements).where(eq(agreements.reference, "CQ-2031-0001"));
    expect(row.signedValue).toBe("350000000.00");
  });

  it("keeps nothing when the database refuses a row mid-way", async () => {
    await t.db.execute(sql`create function refuse_third() returns trigger language plpgsql as $$
      begin if new.reference = 'CQ-2031-0003' then raise exception 'refused by test'; end if; return new; end $$`);
    await t.db.execute(sql`create trigger refuse_third before insert on agreements for each row execute function refuse_third()`);
    try {
      await expect(commitImport(t.db, fx.users.staff, await sheetOf("agreements-utf8.csv"))).rejects.toThrow();
      expect(await agreementCount()).toBe(0);
      expect((await t.db.select({ n: count() }).from(organizations).where(eq(organizations.nameZh, "渝北数智科技有限公司")))[0].n).toBe(0);
      expect((await t.db.select({ n: count() }).from(auditLog))[0].n).toBe(0);
    } finally {
      await t.db.execute(sql`drop trigger refuse_third on agreements`);
      await t.db.execute(sql`drop function refuse_third()`);
    }
  });
});

describe("POST /api/v1/imports", () => {
  const post = (name: string, query = "", origin?: string | null) =>
    importRoute(uploadRequest(`/api/v1/imports?locale=zh-CN${query}`, bytes(name), name, { origin }), undefined);

  it("answers counts, the exact sum and each row's errors naming the column as labelled", async () => {
    signIn(fx.users.staff);
    const res = await post("bad-rows.csv");
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.counts).toEqual({ create: 1, update: 0, unchanged: 0, error: 8 });
    expect(body.signedValue).toBe("120000000.00");
    expect(body.rows[1]).toEqual({ row: 3, reference: "CQ-2032-0002", action: "error", newParties: [], errors: [{ column: "协议名称", message: "必填" }] });
    expect(body.rows[2].errors).toEqual([{ column: "签约金额", message: "无法识别的金额，例如 3.5亿、3500万、35,000,000" }]);
    expect(body.unknownColumns).toEqual(["备注列"]);
    expect(await agreementCount()).toBe(0);
    const committed = await (await post("bad-rows.csv", "&commit=1")).json();
    expect(committed).toMatchObject({ committed: true, counts: { create: 1, error: 8 } });
    expect(await agreementCount()).toBe(1);
  });

  it("answers in English when asked", async () => {
    signIn(fx.users.admin);
    const res = await importRoute(uploadRequest("/api/v1/imports?locale=en", bytes("bad-rows.csv"), "x.csv"), undefined);
    const body = await res.json();
    expect(body.rows[3].errors).toEqual([{ column: "合作类别", message: "No such category (use one of: Financial services, Technology innovation, Talent cultivation)" }]);
  });

  it("refuses executives, signed-out callers, other sites and files that are not sheets", async () => {
    signIn(fx.users.executive);
    expect((await post("agreements-utf8.csv", "&commit=1")).status).toBe(403);
    signIn(null);
    expect((await post("agreements-utf8.csv")).status).toBe(401);
    signIn(fx.users.staff);
    const cross = await post("agreements-utf8.csv", "&commit=1", "https://evil.example");
    expect(cross.status).toBe(403);
    expect(await cross.json()).toMatchObject({ error: "crossOrigin" });
    const png = await importRoute(uploadRequest("/api/v1/imports?locale=zh-CN", bytes("../documents/10-scan-png.png"), "a.csv"), undefined);
    expect(png.status).toBe(415);
    expect(await png.json()).toEqual({ error: "unsupportedFile", details: "只能导入 CSV 或 XLSX 文件。" });
    expect(await agreementCount()).toBe(0);
  });
});

describe("owner (负责人)", () => {
  const OWNER_HEADER = `${HEADER}|负责人|负责人邮箱`;
  const row = (ref: string, owner = "", email = "") => `${ref}|协议|金融服务|已签约|2025-07-10|1万|重庆大学|马上消费金融股份有限公司|${owner}|${email}`;
  const ownerOf = async (reference: string) => (await t.db.select({ ownerId: agreements.ownerId }).from(agreements).where(eq(agreements.reference, reference)))[0].ownerId;

  it("sets the owner named by name or email, defaults new rows to the importer, and imports the same file back unchanged", async () => {
    const { staff, admin } = fx.users;
    const sheet = csv([OWNER_HEADER, row("CQ-2031-0201", "王管理"), row("CQ-2031-0202", "", "ADMIN@accord.test"), row("CQ-2031-0203"), row("CQ-2031-0204", "李专员")]);
    expect((await commitImport(t.db, staff, sheet)).counts).toEqual({ create: 4, update: 0, unchanged: 0, error: 0 });
    expect([await ownerOf("CQ-2031-0201"), await ownerOf("CQ-2031-0202"), await ownerOf("CQ-2031-0203"), await ownerOf("CQ-2031-0204")]).toEqual([admin.id, admin.id, staff.id, staff.id]);
    const reassigned = await t.db.select().from(auditLog).where(eq(auditLog.action, "reassign"));
    expect(reassigned.map((a) => a.after)).toEqual([{ ownerId: admin.id, ownerName: "王管理" }, { ownerId: admin.id, ownerName: "王管理" }]);
    expect((await commitImport(t.db, staff, sheet)).counts).toEqual({ create: 0, update: 0, unchanged: 4, error: 0 });
  });

  it("a changed owner alone updates the row, audited, and a blank owner keeps the current one", async () => {
    const { staff, admin } = fx.users;
    await commitImport(t.db, staff, csv([OWNER_HEADER, row("CQ-2031-0211")]));
    const [before] = await t.db.select().from(agreements).where(eq(agreements.reference, "CQ-2031-0211"));
    const plan = await commitImport(t.db, admin, csv(["协议编号|负责人", "CQ-2031-0211|王管理"]));
    expect(plan.counts).toEqual({ create: 0, update: 1, unchanged: 0, error: 0 });
    expect(await ownerOf("CQ-2031-0211")).toBe(admin.id);
    const [after] = await t.db.select().from(agreements).where(eq(agreements.reference, "CQ-2031-0211"));
    expect(after.version).toBe(before.version);
    const audits = await t.db.select().from(auditLog).where(eq(auditLog.entityId, String(before.id)));
    expect(audits.map((a) => a.action)).toEqual(["create", "reassign"]);
    expect((await commitImport(t.db, staff, csv(["协议编号|负责人", "CQ-2031-0211|"]))).counts.unchanged).toBe(1);
    expect(await ownerOf("CQ-2031-0211")).toBe(admin.id);
    // Back to the importer: a change too, though it is the importer's own id.
    expect((await commitImport(t.db, staff, csv(["协议编号|负责人", "CQ-2031-0211|staff@accord.test"]))).counts.update).toBe(1);
    expect(await ownerOf("CQ-2031-0211")).toBe(staff.id);
  });

  it("refuses an executive, a deactivated or an unknown owner as a row error naming the column", async () => {
    const sheet = csv([OWNER_HEADER, row("CQ-2031-0221", "张主任"), row("CQ-2031-0222", "赵离职"), row("CQ-2031-0223", "", "nobody@accord.test"), row("CQ-2031-0224", "王管理")]);
    const plan = await commitImport(t.db, fx.users.staff, sheet);
    expect(plan.counts).toEqual({ create: 1, update: 0, unchanged: 0, error: 3 });
    expect(plan.rows.slice(0, 3).map((r) => r.issues)).toEqual([
      [{ column: "owner", code: "unknownOwner" }],
      [{ column: "owner", code: "unknownOwner" }],
      [{ column: "owner_email", code: "unknownOwner" }],
    ]);
    expect(await agreementCount()).toBe(1);

    signIn(fx.users.staff);
    const text = ["协议编号|协议名称|合作类别|状态|签约日期|签约金额|牵头方|合作方|负责人", row("CQ-2031-0225", "张主任").split("|").slice(0, 9).join("|")].join("\n").replaceAll("|", ",");
    const res = await importRoute(uploadRequest("/api/v1/imports?locale=zh-CN", new TextEncoder().encode(text), "owner.csv"), undefined);
    const body = await res.json();
    expect(body.unknownColumns).toEqual([]);
    expect(body.rows[0].errors).toEqual([{ column: "负责人", message: "没有姓名或邮箱与此相符的在职工作人员或管理员（负责人须为工作人员或管理员）" }]);
  });

  it("names a shared name as ambiguous and matches the email instead", async () => {
    const [twin] = await t.db.insert(users).values({ email: "li2@accord.test", name: "李专员", passwordHash: "x", role: "staff" }).returning();
    const plan = await planImport(t.db, csv([OWNER_HEADER, row("CQ-2031-0231", "李专员"), row("CQ-2031-0232", "李专员", "li2@accord.test")]));
    expect(plan.rows[0].issues).toEqual([{ column: "owner", code: "ambiguousOwner" }]);
    expect(plan.rows[1]).toMatchObject({ action: "create", ownerId: twin.id });
  });
});
