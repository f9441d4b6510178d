/** The party list in pinyin order of the Chinese names, page by page, on PostgreSQL (ICU) and PGlite alike. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listOrganizations } from "@/db/queries/organizations";
import { organizations } from "@/db/schema";
import { createTestDb, type TestDb } from "./test-db";

let t: TestDb;
// By character code: 北 (5317) 招 (62DB) 蚂 (8682) 重 (91CD) 阿 (963F); by pinyin: a, bei, chong(qing), ma, zhao.
const NAMES = ["重庆银行股份有限公司", "阿里云计算有限公司", "蚂蚁消费金融有限公司", "北京大学", "招商银行股份有限公司"];

beforeAll(async () => {
  t = await createTestDb();
  await t.db.insert(organizations).values(NAMES.map((nameZh) => ({ nameZh, type: "other" as const })));
});
afterAll(() => t?.close());

describe("listOrganizations", () => {
  it("orders the names by pinyin, not by character code", async () => {
    const { items, total } = await listOrganizations(t.db, { page: 1, pageSize: 25 });
    expect(total).toBe(5);
    expect(items.map((o) => o.nameZh)).toEqual(["阿里云计算有限公司", "北京大学", "重庆银行股份有限公司", "蚂蚁消费金融有限公司", "招商银行股份有限公司"]);
  });

  it("keeps that order across pages, and filters before paging", async () => {
    const second = await listOrganizations(t.db, { page: 2, pageSize: 2 });
    expect(second.items.map((o) => o.nameZh)).toEqual(["重庆银行股份有限公司", "蚂蚁消费金融有限公司"]);
    const banks = await listOrganizations(t.db, { q: "银行", page: 1, pageSize: 25 });
    expect(banks.items.map((o) => o.nameZh)).toEqual(["重庆银行股份有限公司", "招商银行股份有限公司"]);
    expect((await listOrganizations(t.db, { page: 9, pageSize: 2 })).items).toEqual([]);
  });
});
