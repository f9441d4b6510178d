/**
 * Matching the parties a document names to registry organisations, on a real
 * database: credit code first, then exact Chinese name (either bracket width),
 * then a merged duplicate's name, then a short name only one organisation has.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { matchOrganizations } from "@/db/queries/organization-matches";
import { organizationAliases, organizations } from "@/db/schema";
import { createTestDb, type TestDb } from "./test-db";

let t: TestDb;
const id: Record<string, number> = {};

beforeAll(async () => {
  t = await createTestDb();
  const rows = await t.db
    .insert(organizations)
    .values([
      { nameZh: "重庆渝智大模型科技有限公司", shortName: "渝智", type: "ai_tech", creditCode: "91500000MA61Y2T8PR" },
      { nameZh: "蚂蚁区块链科技（上海）有限公司", shortName: "蚂蚁数科", type: "ai_tech" },
      { nameZh: "重庆大学", shortName: "重大", type: "academic" },
      { nameZh: "重庆工商大学", shortName: "重大", type: "academic" },
      { nameZh: "重庆市金融科技协会", shortName: "金融科技协会", type: "other" },
    ])
    .returning();
  for (const r of rows) id[r.nameZh] = r.id;
  await t.db.insert(organizationAliases).values({ organizationId: id["重庆市金融科技协会"], name: "重庆金融科技协会" });
});
afterAll(() => t?.close());

describe("matchOrganizations", () => {
  it("matches by the credit code printed beside a party even when the name differs", async () => {
    expect(await matchOrganizations(t.db, [{ role: "甲方", name: "重庆渝智科技有限公司", creditCode: "91500000MA61Y2T8PR" }])).toEqual([id["重庆渝智大模型科技有限公司"]]);
  });

  it("matches an exact Chinese name written with half-width brackets", async () => {
    expect(await matchOrganizations(t.db, [{ role: "乙方", name: "蚂蚁区块链科技(上海)有限公司" }])).toEqual([id["蚂蚁区块链科技（上海）有限公司"]]);
  });

  it("matches the name of a duplicate merged into an organisation", async () => {
    expect(await matchOrganizations(t.db, [{ role: "甲方", name: "重庆金融科技协会" }])).toEqual([id["重庆市金融科技协会"]]);
  });

  it("matches a short name only when one organisation has it, and guesses nothing else", async () => {
    const found = await matchOrganizations(t.db, [
      { role: "甲方", name: "蚂蚁数科" },
      { role: "乙方", name: "重大" },
      { role: "丙方", name: "重庆大学城" },
    ]);
    expect(found).toEqual([id["蚂蚁区块链科技（上海）有限公司"], null, null]);
  });
});
