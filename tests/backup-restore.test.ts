/**
 * `npm run db:backup` / `db:restore` (db/backup.ts): a backup restored into an empty
 * database holds the same rows and the same exact sums; a non-empty target is refused.
 * On the server in DATABASE_URL (pg_dump custom format) when set, else on embedded PGlite.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backupDatabase, restoreDatabase, type BackupTarget } from "@/db/backup";
import { openDb, queryRows, type Db, type DbHandle } from "@/db/client";
import { appendAudit } from "@/db/mutations/audit";
import { baseFixtures, insertAgreementRows } from "./fixtures";

const serverUrl = process.env.DATABASE_URL;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "accord-backup-"));
const tag = `${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
let admin: DbHandle | null = null;

function target(which: "source" | "restored"): BackupTarget {
  if (!serverUrl) return { dataDir: path.join(dir, which) };
  const url = new URL(serverUrl);
  url.pathname = `/accord_backup_${which}_${tag}`;
  return { url: url.toString() };
}
const dbName = (t: BackupTarget) => new URL(t.url!).pathname.slice(1);

async function summary(db: Db) {
  const [row] = await queryRows<Record<string, string | number>>(
    db,
    sql`select (select count(*)::int from agreements) as agreements, (select count(*)::int from agreement_parties) as parties,
               (select count(*)::int from organizations) as organizations, (select count(*)::int from audit_log) as audit,
               (select coalesce(sum(signed_value), 0)::text from agreements) as signed_sum`,
  );
  return row;
}

beforeAll(async () => {
  if (serverUrl) {
    admin = await openDb({ url: serverUrl });
    for (const which of ["source", "restored"] as const) await admin.db.execute(sql.raw(`create database ${dbName(target(which))}`));
  }
});
afterAll(async () => {
  if (admin) {
    for (const which of ["source", "restored"] as const) await admin.db.execute(sql.raw(`drop database if exists ${dbName(target(which))} with (force)`));
    await admin.close();
  }
  fs.rmSync(dir, { recursive: true, force: true });
});

describe(`backup and restore (${serverUrl ? "pg_dump" : "PGlite dump"})`, () => {
  it("round-trips every row and the exact sums, and refuses to restore over data", async () => {
    const source = await openDb({ ...target("source"), migrate: true });
    const fx = await baseFixtures(source.db);
    await insertAgreementRows(
      source.db,
      [
        ["CQ-2025-0001", "12345678901234.56"],
        ["CQ-2025-0002", "0.01"],
        ["CQ-2025-0003", "3500000000.00"],
        ["CQ-2025-0004", null],
      ].map(([reference, signedValue]) => ({ reference: reference!, titleZh: `备份测试协议${reference}`, categoryId: fx.cat.fin.id, status: "signed" as const, signedOn: "2025-07-10", signedValue, partyIds: [fx.org.msxj.id, fx.org.cqu.id] })),
    );
    await source.db.transaction((tx) => appendAudit(tx, { actorId: fx.users.staff.id, action: "create", entity: "agreement", entityId: 1, after: { note: "备份前" } }));
    const before = await summary(source.db);
    await source.close();
    expect(before).toMatchObject({ agreements: 4, parties: 8, audit: 1, signed_sum: "12349178901234.57" });

    const file = path.join(dir, "accord.backup");
    await backupDatabase(target("source"), file);
    expect(fs.statSync(file).size).toBeGreaterThan(0);
    await restoreDatabase(target("restored"), file);

    const restored = await openDb(target("restored"));
    try {
      expect(await summary(restored.db)).toEqual(before);
      // The append-only trigger came back with the data.
      await expect(restored.db.execute(sql`delete from audit_log`)).rejects.toThrow();
    } finally {
      await restored.close();
    }
    await expect(restoreDatabase(target("restored"), file)).rejects.toThrow(/not empty/);
  }, 300_000); // PGlite opens four data directories here: seconds each when the machine is idle, a minute under load
});
