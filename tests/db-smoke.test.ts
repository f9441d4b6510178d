import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { queryRows } from "@/db/client";
import { createTestDb, type TestDb } from "./test-db";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

describe("schema", () => {
  it("has pg_trgm available", async () => {
    const [row] = await queryRows<{ ok: boolean }>(t.db, sql`select similarity('马上消金', '消金') > 0 as ok`);
    expect(row.ok).toBe(true);
  });
});
