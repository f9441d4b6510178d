import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { DomainError } from "@/lib/domain-error";
import { creditCodesConflict, planMerge } from "@/lib/domain/organization-merge";
import { queryRows, type Db, type Tx } from "../client";
import { agreementParties, organizationAliases, organizations, type Organization } from "../schema";
import type { Actor } from "./audit";
import { appendAudit } from "./audit";
import { assertCurrentVersion } from "./concurrency";

export interface MergeInput {
  survivorId: number;
  survivorVersion: number;
  absorbedId: number;
  absorbedVersion: number;
}

/** Both rows locked in id order (two merges of the same pair cannot deadlock), each checked against the version the admin saw. */
async function lockPair(tx: Tx, input: MergeInput): Promise<{ survivor: Organization; absorbed: Organization }> {
  if (input.survivorId === input.absorbedId) throw new DomainError("invalid", "sameOrganization");
  const rows = await tx
    .select()
    .from(organizations)
    .where(inArray(organizations.id, [input.survivorId, input.absorbedId]))
    .orderBy(organizations.id)
    .for("update");
  const survivor = rows.find((r) => r.id === input.survivorId);
  const absorbed = rows.find((r) => r.id === input.absorbedId);
  if (!survivor || !absorbed) throw new DomainError("notFound", "notFound");
  await assertCurrentVersion(tx, survivor, input.survivorVersion);
  await assertCurrentVersion(tx, absorbed, input.absorbedVersion);
  if (creditCodesConflict(survivor, absorbed)) throw new DomainError("invalid", "creditCodesDiffer");
  return { survivor, absorbed };
}

/**
 * Agreements that list both: the survivor keeps the earlier of the two positions,
 * is the lead if either was, and keeps a signatory if either had one; the absorbed
 * row goes and the positions close up (甲乙丙 order kept). Returns their ids.
 */
async function foldSharedAgreements(tx: Tx, survivorId: number, absorbedId: number): Promise<number[]> {
  const shared = await queryRows<{ agreement_id: number; position: number; is_lead: boolean; signatory_name: string | null; signatory_title: string | null }>(
    tx,
    sql`delete from agreement_parties ab
         using agreement_parties sv
        where ab.organization_id = ${absorbedId} and sv.organization_id = ${survivorId} and sv.agreement_id = ab.agreement_id
        returning ab.agreement_id, ab.position, ab.is_lead, ab.signatory_name, ab.signatory_title`,
  );
  if (!shared.length) return [];
  for (const ab of shared) {
    await tx
      .update(agreementParties)
      .set({
        position: sql`least(${agreementParties.position}, ${ab.position})`,
        isLead: sql`${agreementParties.isLead} or ${ab.is_lead}`,
        signatoryName: sql`coalesce(${agreementParties.signatoryName}, ${ab.signatory_name})`,
        signatoryTitle: sql`coalesce(${agreementParties.signatoryTitle}, ${ab.signatory_title})`,
      })
      .where(and(eq(agreementParties.agreementId, ab.agreement_id), eq(agreementParties.organizationId, survivorId)));
  }
  const ids = shared.map((r) => Number(r.agreement_id));
  // Positions are unique per agreement (and at least 1): park them far above any real one, then number them 1, 2, 3 … in their old order.
  await tx.execute(sql`update agreement_parties set position = position + 1000000 where agreement_id in ${ids}`);
  await tx.execute(sql`update agreement_parties ap set position = r.n
                         from (select agreement_id, organization_id, row_number() over (partition by agreement_id order by position) as n
                                 from agreement_parties where agreement_id in ${ids}) r
                        where ap.agreement_id = r.agreement_id and ap.organization_id = r.organization_id`);
  return ids;
}

/** What the audit entry keeps of an organisation: every column a person entered. */
function snapshot(o: Organization, aliases: string[]) {
  const { id, nameZh, nameEn, shortName, type, creditCode, city, website, notes, version } = o;
  return { id, nameZh, nameEn, shortName, type, creditCode, city, website, notes, version, aliases };
}

async function aliasesOf(tx: Tx, organizationId: number): Promise<string[]> {
  const rows = await tx.select({ name: organizationAliases.name }).from(organizationAliases).where(eq(organizationAliases.organizationId, organizationId));
  return rows.map((r) => r.name);
}

/**
 * Merges a duplicate organisation into the one that stays, in one transaction
 * with one audit entry (which every affected agreement's history shows): its
 * party rows move (agreements listing both keep one row), its names and aliases
 * become the survivor's aliases, the survivor's blank fields are filled from it,
 * and it is deleted. Agreement totals are untouched; the survivor's totals
 * become those of the agreements either of the two was party to.
 */
export async function mergeOrganizations(db: Db, actor: Actor, input: MergeInput) {
  return db.transaction(async (tx) => {
    const { survivor, absorbed } = await lockPair(tx, input);
    const [survivorAliases, absorbedAliases] = [await aliasesOf(tx, survivor.id), await aliasesOf(tx, absorbed.id)];
    const plan = planMerge(survivor, absorbed, absorbedAliases);
    const agreementIds = (await tx.select({ id: agreementParties.agreementId }).from(agreementParties).where(eq(agreementParties.organizationId, absorbed.id))).map((r) => r.id);
    const shared = await foldSharedAgreements(tx, survivor.id, absorbed.id);
    await tx.update(agreementParties).set({ organizationId: survivor.id }).where(eq(agreementParties.organizationId, absorbed.id));
    // The absorbed row goes before the survivor takes its credit code (the code is unique).
    await tx.delete(organizations).where(eq(organizations.id, absorbed.id));
    const [updated] = await tx
      .update(organizations)
      .set({ ...plan.fill, ...(plan.notes ? { notes: plan.notes } : {}), version: sql`${organizations.version} + 1`, updatedBy: actor.id, updatedAt: sql`now()` })
      .where(eq(organizations.id, survivor.id))
      .returning();
    if (plan.aliases.length) {
      await tx
        .insert(organizationAliases)
        .values(plan.aliases.map((name) => ({ organizationId: survivor.id, name, mergedFromId: absorbed.id, createdBy: actor.id })))
        .onConflictDoNothing();
    }
    await appendAudit(tx, {
      actorId: actor.id,
      action: "merge",
      entity: "organization",
      entityId: survivor.id,
      before: { survivor: snapshot(survivor, survivorAliases), absorbed: snapshot(absorbed, absorbedAliases) },
      after: { survivor: snapshot(updated, await aliasesOf(tx, survivor.id)), absorbedId: absorbed.id, agreementIds, sharedAgreementIds: shared },
    });
    return { id: survivor.id, version: updated.version, agreementIds, sharedAgreementIds: shared, aliases: plan.aliases };
  });
}
