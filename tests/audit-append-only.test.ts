/**
 * The audit log is append-only in the database itself (issue 7, finding 5): the
 * trigger refuses UPDATE, DELETE and TRUNCATE to every role, on both databases;
 * on a server the app role granted by db:migrate also lacks those privileges.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRoleToGrant, grantAppRole } from "@/db/app-role";
import { openDb } from "@/db/client";
import { appendAudit } from "@/db/mutations/audit";
import { auditLog } from "@/db/schema";
import { createTestDb, type TestDb } from "./test-db";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t?.close());

const refusal = (run: () => Promise<unknown>) => run().then(() => "allowed", (err: Error) => String(err.cause ?? err.message));

describe("audit_log", () => {
  it("keeps its rows whatever the owner tries: UPDATE, DELETE and TRUNCATE are refused", async () => {
    await t.reset();
    await t.db.transaction((tx) => appendAudit(tx, { actorId: null, action: "create", entity: "event", entityId: 1, after: { nameZh: "签约仪式" } }));
    expect(await refusal(() => t.db.update(auditLog).set({ action: "delete" }))).toMatch(/append-only: UPDATE refused/);
    expect(await refusal(() => t.db.delete(auditLog))).toMatch(/append-only: DELETE refused/);
    expect(await refusal(() => t.db.execute(sql`truncate audit_log`))).toMatch(/append-only: TRUNCATE refused/);
    const rows = await t.db.select().from(auditLog);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: "create", entity: "event", after: { nameZh: "签约仪式" } });
  });
});

describe("the two roles on a server", () => {
  it("grants the app role only when migrations run as a different owner", () => {
    expect(appRoleToGrant({ DATABASE_URL: "postgres://accord@db/accord" })).toBeNull();
    expect(appRoleToGrant({ DATABASE_URL: "postgres://accord@db/accord", MIGRATION_DATABASE_URL: "postgres://accord@db/accord" })).toBeNull();
    expect(appRoleToGrant({ DATABASE_URL: "postgres://accord_app:pw@db/accord", MIGRATION_DATABASE_URL: "postgres://accord_owner:pw@db/accord" })).toBe("accord_app");
  });

  it.skipIf(!process.env.DATABASE_URL)("lets the app role read and append, and refuses it UPDATE, DELETE and TRUNCATE", async () => {
    const role = `accord_app_${process.pid}`;
    await t.db.execute(sql.raw(`drop role if exists ${role}`)).catch(() => {});
    await t.db.execute(sql.raw(`create role ${role} login`));
    try {
      await grantAppRole(t.db, role);
      const [{ db: name }] = (await t.db.execute(sql`select current_database() as db`)) as unknown as { db: string }[];
      const url = new URL(process.env.DATABASE_URL!);
      url.username = role;
      url.password = "";
      url.pathname = `/${name}`;
      const app = await openDb({ url: url.toString() });
      try {
        await app.db.transaction((tx) => appendAudit(tx, { actorId: null, action: "create", entity: "event", entityId: 2, after: {} }));
        expect(await app.db.$count(auditLog)).toBeGreaterThan(0);
        expect(await refusal(() => app.db.update(auditLog).set({ action: "x" }))).toMatch(/permission denied/);
        expect(await refusal(() => app.db.delete(auditLog))).toMatch(/permission denied/);
        expect(await refusal(() => app.db.execute(sql`truncate audit_log`))).toMatch(/permission denied/);
      } finally {
        await app.close();
      }
    } finally {
      await t.db.execute(sql.raw(`drop owned by ${role}`));
      await t.db.execute(sql.raw(`drop role ${role}`));
    }
  });
});
