/**
 * Fault test (issue 7, finding 2), on a PostgreSQL server only: the app's backends are
 * terminated in the middle of a stream of saves; afterwards 100 concurrent requests all
 * succeed without a restart, and every save that was acknowledged is in the database.
 */
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb, getDbHandle, openDb, queryRows, type DbHandle } from "@/db/client";
import { createEvent } from "@/db/mutations/events";
import { listEvents } from "@/db/queries/events";
import { events, users } from "@/db/schema";

const serverUrl = process.env.DATABASE_URL;
const name = `accord_pool_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
let admin: DbHandle;
let actor: { id: number };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const save = async (i: number) => (await createEvent(await getDb(), actor as never, { nameZh: `故障测试签约仪式${i}`, nameEn: undefined, heldOn: "2025-07-10", venue: undefined, host: undefined, notes: undefined }, randomUUID())).id;

describe.skipIf(!serverUrl)("the pool after Postgres terminates the app's backends", () => {
  beforeAll(async () => {
    admin = await openDb({ url: serverUrl });
    await admin.db.execute(sql.raw(`create database ${name}`));
    const url = new URL(serverUrl!);
    url.pathname = `/${name}`;
    const setup = await openDb({ url: url.toString(), migrate: true });
    [actor] = await setup.db.insert(users).values({ email: "pool@accord.test", name: "连接池", passwordHash: "x", role: "staff" }).returning();
    await setup.close();
    process.env.DATABASE_URL = url.toString(); // getDb() opens the app's own pool on it, as the server does
  });
  afterAll(async () => {
    await (await getDbHandle()).close().catch(() => {});
    process.env.DATABASE_URL = serverUrl;
    await admin.db.execute(sql.raw(`drop database if exists ${name} with (force)`));
    await admin.close();
  });

  it("answers 100 concurrent requests after the fault, and loses no acknowledged save", async () => {
    await save(-1); // the pool is open and warm
    const acked: number[] = [];
    let failed = 0;
    const stream = Array.from({ length: 150 }, async (_, i) => {
      await sleep(i * 4);
      try {
        acked.push(await save(i));
      } catch {
        failed++;
      }
    });
    await sleep(250);
    const terminated = await queryRows<{ pid: number }>(
      admin.db,
      // Materialised first: in a plain WHERE the planner may call pg_terminate_backend before the datname test.
      sql`with app as materialized (select pid from pg_stat_activity where datname = ${name} and pid <> pg_backend_pid())
          select pid from app where pg_terminate_backend(pid)`,
    );
    await Promise.all(stream);

    const after = await Promise.allSettled(
      Array.from({ length: 100 }, (_, i) => (i % 2 ? save(1000 + i) : getDb().then((db) => listEvents(db, { page: 1, pageSize: 20 })))),
    );
    const ok = after.filter((r) => r.status === "fulfilled").length;
    const stored = new Set((await (await getDb()).select({ id: events.id }).from(events)).map((r) => r.id));
    const missing = acked.filter((id) => !stored.has(id));
    console.log(
      `[pool-recovery] backends terminated: ${terminated.length}; saves acknowledged: ${acked.length}, refused during the fault: ${failed}; ` +
        `requests after the fault: ${ok}/100 ok; acknowledged saves missing: ${missing.length}`,
    );
    expect(terminated.length).toBeGreaterThan(0);
    expect(ok).toBe(100);
    expect(missing).toEqual([]);
  });
});
