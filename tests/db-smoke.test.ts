import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { createTestDb, type TestDb } from "./test-db";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

describe("schema", () => {
  it("has pg_trgm available", async () => {
    const r = await t.db.execute(sql`select similarity('马上消金', '消金') > 0 as ok`);
    expect((r as unknown as { rows?: unknown[] }).rows ?? r).toBeTruthy();
  });
});
