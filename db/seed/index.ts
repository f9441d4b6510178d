import { count, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { agreementParties, agreements, auditLog, events, organizations, progressUpdates } from "@/db/schema";
import { ensureCategories, type CategoryKey } from "./categories";
import { ensureDemoUsers } from "./demo-users";
import { buildSampleAgreements } from "./sample-agreements";
import { SAMPLE_EVENTS } from "./sample-events";
import { organizationRows } from "./sample-organizations";

// Any fixed key: two processes starting on one empty server database must not both seed it.
const SEED_LOCK = 7_420_250_710;
const CHUNK = 500;

function chunks<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += CHUNK) out.push(rows.slice(i, i + CHUNK));
  return out;
}

function lookup<K>(rows: { id: number; key: K }[], key: K, what: string): number {
  const row = rows.find((r) => r.key === key);
  if (!row) throw new Error(`sample ${what} ${String(key)} was not inserted`);
  return row.id;
}

/**
 * Categories on every database; the clearly-labelled sample registry only while no
 * agreement exists at all (a registry that was emptied on purpose is not refilled
 * while even one soft-deleted row remains); demo accounts only when asked.
 */
export async function seedSampleData(db: Db, opts: { demoUsers: boolean }): Promise<{ seeded: boolean }> {
  const categoryIds = await ensureCategories(db);
  const seeded = await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${sql.raw(String(SEED_LOCK))})`);
    const [{ n }] = await tx.select({ n: count() }).from(agreements);
    if (n > 0) return false;
    await insertSample(tx, categoryIds);
    return true;
  });
  if (opts.demoUsers) {
    await ensureDemoUsers(db);
    // The demo's staff member owns the sample agreements, so its reminders reach someone.
    await db.execute(sql`update agreements set owner_id = (select id from users where email = 'staff@accord.local')
                          where is_sample and owner_id is null`);
  }
  return { seeded };
}

async function insertSample(tx: Tx, categoryIds: Record<CategoryKey, number>): Promise<void> {
  const sample = buildSampleAgreements();

  const eventRows = await tx
    .insert(events)
    .values(SAMPLE_EVENTS.map(({ key: _key, ...e }) => ({ ...e, isSample: true })))
    .returning({ id: events.id, key: events.nameZh });
  const eventId = (key: string) =>
    lookup(eventRows, SAMPLE_EVENTS.find((e) => e.key === key)!.nameZh, "event");

  const orgRows: { id: number; key: string }[] = [];
  for (const part of chunks(organizationRows())) {
    orgRows.push(...(await tx.insert(organizations).values(part).returning({ id: organizations.id, key: organizations.nameZh })));
  }

  const agreementRows: { id: number; key: string }[] = [];
  const agreementValues = sample.map((a) => ({
    reference: a.reference,
    titleZh: a.titleZh,
    titleEn: a.titleEn,
    summary: a.summary,
    categoryId: categoryIds[a.category],
    eventId: a.event ? eventId(a.event) : null,
    status: a.status,
    signedOn: a.signedOn,
    termStart: a.termStart,
    termEnd: a.termEnd,
    signedValue: a.signedValue,
    valueKind: a.valueKind,
    isSample: true,
  }));
  for (const part of chunks(agreementValues)) {
    agreementRows.push(...(await tx.insert(agreements).values(part).returning({ id: agreements.id, key: agreements.reference })));
  }
  const agreementId = new Map(sample.map((a) => [a, lookup(agreementRows, a.reference, "agreement")]));

  const partyValues = sample.flatMap((a) =>
    a.parties.map((p) => ({
      agreementId: agreementId.get(a)!,
      organizationId: lookup(orgRows, p.organization, "organization"),
      position: p.position,
      isLead: p.isLead,
      signatoryName: p.signatoryName,
      signatoryTitle: p.signatoryTitle,
    })),
  );
  for (const part of chunks(partyValues)) await tx.insert(agreementParties).values(part);

  const progressValues = sample.flatMap((a) => a.progress.map((p) => ({ agreementId: agreementId.get(a)!, ...p })));
  for (const part of chunks(progressValues)) await tx.insert(progressUpdates).values(part);

  await tx.insert(auditLog).values({
    actorId: null,
    action: "seed",
    entity: "database",
    entityId: "sample",
    after: { agreements: sample.length, organizations: orgRows.length },
  });
}
