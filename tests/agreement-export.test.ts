/**
 * GET /api/v1/agreements/export against a real database: the file holds exactly
 * the list's rows (count, sum, order) under its filters and sort, imports back
 * with every field equal, and neutralises formula cells. Only the session
 * source is replaced.
 */
import fs from "node:fs";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("@/db/client", async (importOriginal) => (await import("./fixtures")).dbClientMock(await importOriginal<typeof import("@/db/client")>()));
vi.mock("@/lib/auth", async () => (await import("./fixtures")).authMock());
vi.mock("next/navigation", async () => (await import("./fixtures")).navigationMock());

import { GET as exportRoute } from "@/app/api/v1/agreements/export/route";
import { GET as workbookRoute } from "@/app/api/v1/dashboard/workbook/route";
import { GET as summaryRoute } from "@/app/api/v1/summary/route";
import readXlsxFile from "read-excel-file/node";
import { commitImport } from "@/db/mutations/imports";
import { listAgreements } from "@/db/queries/agreements";
import { planImport } from "@/db/queries/import-plan";
import { agreementParties, agreements, organizations } from "@/db/schema";
import { fenToDecimal, toFen } from "@/lib/money";
import { readSheet, type Cell } from "@/lib/spreadsheets/read-sheet";
import { agreementFiltersSchema } from "@/lib/validation/agreement-filters";
import { baseFixtures, insertEvent, signIn, state, type Fx } from "./fixtures";
import { createTestDb, type TestDb } from "./test-db";
import { getRequest } from "./upload-requests";

let t: TestDb;
let fx: Fx;

async function sheetFrom(res: Response): Promise<Cell[][]> {
  const s = await readSheet(new Uint8Array(await res.arrayBuffer()));
  if (!s.ok) throw new Error(s.error);
  return s.rows;
}
const file = async (name: string) => {
  const s = await readSheet(new Uint8Array(fs.readFileSync(`tests/fixtures/imports/${name}`)));
  if (!s.ok) throw new Error(s.error);
  return s.rows;
};
const exportOf = (query: string) => exportRoute(getRequest(`/api/v1/agreements/export?${query.includes("locale=") ? query : `${query}&locale=zh-CN`}`));

beforeAll(async () => {
  t = await createTestDb();
  state.db = t.db;
  state.kind = t.kind;
  fx = await baseFixtures(t.db);
  await insertEvent(t.db, "AI领创企业重庆行暨西部金融中心之夜", "2025-07-10");
  await t.db.update(organizations).set({ nameEn: "Chongqing University" }).where(eq(organizations.id, fx.org.cqu.id));
  for (const f of ["agreements-utf8.csv", "agreements.xlsx", "bad-rows.csv"]) await commitImport(t.db, fx.users.staff, await file(f));
  // A lead that is not 甲方, and a signatory: both must survive the round trip.
  const [a] = await t.db.select().from(agreements).where(eq(agreements.reference, "CQ-2031-0002"));
  await t.db.update(agreementParties).set({ isLead: false }).where(eq(agreementParties.agreementId, a.id));
  await t.db
    .update(agreementParties)
    .set({ isLead: true, signatoryName: "王校长" })
    .where(and(eq(agreementParties.agreementId, a.id), eq(agreementParties.organizationId, fx.org.msxj.id)));
  signIn(fx.users.executive);
});
afterAll(() => t?.close());

describe("export", () => {
  it("holds exactly the list's rows, in the list's order, with the same count and sum, for several filters", async () => {
    for (const query of ["", "category=financial_services", "q=金融&sort=value_asc", "status=in_execution", "minValue=1亿&sort=reference_asc", "from=2030-01-01"]) {
      const res = await exportOf(`format=csv&${query}`);
      expect(res.status, query).toBe(200);
      const rows = (await sheetFrom(res)).slice(1);
      const list = await listAgreements(t.db, agreementFiltersSchema.parse({ ...Object.fromEntries(new URLSearchParams(query)), pageSize: "100" }));
      expect(rows.length, query).toBe(list.total);
      expect(rows.map((r) => r[0]), query).toEqual(list.items.map((i) => i.reference));
      const sum = rows.reduce((s, r) => s + (r[7] ? toFen(String(r[7])) : 0n), 0n);
      expect(fenToDecimal(sum), query).toBe(list.signedValue);
    }
  });

  it("imports back as unchanged, every field equal, from CSV and XLSX in every language", async () => {
    for (const [format, locale] of [["csv", "zh-CN"], ["xlsx", "zh-CN"], ["csv", "en"], ["xlsx", "zh-TW"]]) {
      const rows = await sheetFrom(await exportOf(`format=${format}&locale=${locale}`));
      const plan = await planImport(t.db, rows);
      expect(plan.counts, `${format} ${locale}`).toEqual({ create: 0, update: 0, unchanged: 7, error: 0 });
    }
  });

  it("shows each agreement's owner (负责人) with the email, and an edited owner imports back as an update", async () => {
    const rows = await sheetFrom(await exportOf("format=csv&sort=reference_asc"));
    expect(rows[0].slice(14)).toEqual(["负责人", "负责人邮箱"]);
    expect(rows[1].slice(14)).toEqual(["李专员", "staff@accord.test"]);
    expect((await sheetFrom(await exportOf("format=xlsx&locale=en")))[0].slice(14)).toEqual(["Owner", "Owner email"]);
    rows[1][14] = "王管理";
    rows[1][15] = "";
    const plan = await planImport(t.db, rows);
    expect(plan.counts).toEqual({ create: 0, update: 1, unchanged: 6, error: 0 });
    expect(plan.rows[0]).toMatchObject({ action: "update", ownerId: fx.users.admin.id });
  });

  it("writes money as an exact number with two decimals in XLSX and a decimal in CSV", async () => {
    const xlsx = await sheetFrom(await exportOf("format=xlsx&q=CQ-2033-0001"));
    expect(xlsx[1][7]).toBe("250000000.50");
    const csv = await sheetFrom(await exportOf("format=csv&q=CQ-2033-0001"));
    expect(csv[1][7]).toBe("250000000.50");
  });

  it("neutralises cells a spreadsheet would run", async () => {
    const bytes = new TextDecoder().decode(await (await exportOf("format=csv&q=CQ-2031-0004")).arrayBuffer());
    expect(bytes).toContain(`"'=HYPERLINK(""http://example.invalid"")"`);
    const xlsx = await sheetFrom(await exportOf("format=xlsx&q=CQ-2031-0004"));
    expect(xlsx[1][13]).toBe(`'=HYPERLINK("http://example.invalid")`);
  });

  it("refuses an unknown format or filter, and signed-out callers", async () => {
    expect((await exportOf("format=pdf")).status).toBe(400);
    expect((await exportOf("format=csv&categroy=x")).status).toBe(400);
    signIn(null);
    expect((await exportOf("format=csv")).status).toBe(401);
    signIn(fx.users.executive);
  });
});

describe("dashboard workbook", () => {
  it("has the filters on its first sheet, a sheet per rollup, exact money and shares as percent numbers", async () => {
    const res = await workbookRoute(getRequest("/api/v1/dashboard/workbook?locale=zh-CN&category=financial_services&from=2025-01-01&to=2025-12-31"));
    expect(res.status).toBe(200);
    const sheets = await readXlsxFile<string>(Buffer.from(await res.arrayBuffer()), { parseNumber: (n) => n });
    expect(sheets.map((s) => s.sheet)).toEqual(["筛选条件", "按合作类别", "按签约方类型", "按签约活动", "按签约月份", "按状态", "签约金额前 10 的签约方"]);
    const cover = sheets[0].data;
    expect(cover[1]).toEqual(["范围", "2025-01-01 ~ 2025-12-31 · 金融服务 · 已签约（不含草拟）"]);
    const totals = await listAgreements(t.db, agreementFiltersSchema.parse({ category: "financial_services", from: "2025-01-01", to: "2025-12-31", status: "signed,in_execution,completed,terminated" }));
    expect(cover[4]).toEqual(["签约总额", String(Number(totals.signedValue))]);
    const [header, row] = sheets[1].data;
    expect(header).toEqual(["项目", "协议数", "签约金额", "落地金额", "占比"]);
    expect(row).toEqual(["金融服务", String(totals.total), String(Number(totals.signedValue)), "0", "1"]);
  });

  it("the summary sheet writes exact money and percent numbers, not text", async () => {
    const res = await summaryRoute(getRequest("/api/v1/summary?format=xlsx&locale=zh-CN"));
    const [sheet] = await readXlsxFile<string>(Buffer.from(await res.arrayBuffer()), { parseNumber: (n) => n });
    const total = sheet.data.find((r) => r[0] === "合计")!;
    expect(total[3]).toBe("1");
    expect(sheet.data.some((r) => r.some((c) => typeof c === "string" && /%$/.test(c)))).toBe(false);
  });
});
