import "server-only";
import { eq, sql } from "drizzle-orm";
import { DomainError } from "@/lib/domain-error";
import type { OrganizationInput } from "@/lib/validation/organization";
import type { Db, Tx } from "../client";
import { findSimilarOrganizations } from "../queries/organization-similar";
import { agreementParties, organizationAliases, organizations, type NewOrganization, type Organization } from "../schema";
import type { Actor } from "./audit";
import { appendAudit, changedFields, isForeignKeyViolation, isUniqueViolation } from "./audit";
import { assertCurrentVersion, claimSubmission } from "./concurrency";
import type { FitsInsert } from "./form-fit";

/** What callers (and the agreement form's inline dialog) get back. */
export type SavedOrganization = Pick<Organization, "id" | "nameZh" | "nameEn" | "shortName" | "type">;

const AUDITED = ["nameZh", "nameEn", "shortName", "type", "creditCode", "city", "website", "notes"] as const;
type Audited = (typeof AUDITED)[number];

/** Typed against the insert type, so the form schema and the table cannot drift apart. */
function columns(input: FitsInsert<OrganizationInput, NewOrganization>): Pick<NewOrganization, Audited> {
  return {
    nameZh: input.nameZh,
    nameEn: input.nameEn ?? null,
    shortName: input.shortName ?? null,
    type: input.type,
    creditCode: input.creditCode ?? null,
    city: input.city ?? null,
    website: input.website ?? null,
    notes: input.notes ?? null,
  };
}

function pickAudited(row: Pick<NewOrganization, Audited>): Record<Audited, unknown> {
  return Object.fromEntries(AUDITED.map((k) => [k, row[k] ?? null])) as Record<Audited, unknown>;
}

const saved = (row: Organization): SavedOrganization => ({
  id: row.id,
  nameZh: row.nameZh,
  nameEn: row.nameEn,
  shortName: row.shortName,
  type: row.type,
});

const creditCodeTaken = () => new DomainError("invalid", "invalid", { creditCode: ["creditCodeTaken"] });

async function assertCreditCodeFree(tx: Tx, code: string | undefined, exceptId?: number): Promise<void> {
  if (!code) return;
  const [row] = await tx.select({ id: organizations.id }).from(organizations).where(eq(organizations.creditCode, code));
  if (row && row.id !== exceptId) throw creditCodeTaken();
}

async function guardUnique<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (isUniqueViolation(err, /^organizations_credit_code_unique$/)) throw creditCodeTaken();
    throw err;
  }
}

/**
 * Creates a party with its audit entry in one transaction; a credit code already
 * registered is a field error. With a submission key (every form sends one) it is
 * idempotent: a replay returns the party the first request created. Unless
 * `allowSimilar`, one whose names are close to an existing organisation's is
 * refused, so the form can show the likely matches and ask first.
 */
export async function createOrganization(
  db: Db,
  actor: Actor,
  input: OrganizationInput,
  submissionKey?: string,
  opts: { allowSimilar: boolean } = { allowSimilar: true },
): Promise<SavedOrganization> {
  return db.transaction(async (tx) => {
    if (submissionKey) {
      await claimSubmission(tx, submissionKey, actor.id, input);
      const [existing] = await tx.select().from(organizations).where(eq(organizations.submissionKey, submissionKey));
      if (existing) return saved(existing);
    }
    await assertCreditCodeFree(tx, input.creditCode);
    if (!opts.allowSimilar && (await findSimilarOrganizations(tx, input, { limit: 1 })).length) {
      throw new DomainError("invalid", "possibleDuplicates", { nameZh: ["possibleDuplicate"] });
    }
    const values = { ...columns(input), submissionKey };
    const [row] = await guardUnique(() => tx.insert(organizations).values(values).returning());
    await appendAudit(tx, { actorId: actor.id, action: "create", entity: "organization", entityId: row.id, after: pickAudited(row) });
    return saved(row);
  });
}

/** Updates a party; the audit entry keeps only the fields that changed. An unchanged save writes nothing. */
export async function updateOrganization(db: Db, actor: Actor, id: number, version: number, input: OrganizationInput): Promise<SavedOrganization> {
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(organizations).where(eq(organizations.id, id)).for("update");
    if (!current) throw new DomainError("notFound", "notFound");
    await assertCurrentVersion(tx, current, version);
    await assertCreditCodeFree(tx, input.creditCode, id);
    const next = columns(input);
    const { before, after } = changedFields(pickAudited(current), pickAudited({ ...current, ...next }));
    if (Object.keys(after).length === 0) return saved(current);
    const [row] = await guardUnique(() =>
      tx
        .update(organizations)
        .set({ ...next, version: sql`${organizations.version} + 1`, updatedBy: actor.id, updatedAt: sql`now()` })
        .where(eq(organizations.id, id))
        .returning(),
    );
    await appendAudit(tx, { actorId: actor.id, action: "update", entity: "organization", entityId: id, before, after });
    return saved(row);
  });
}

/**
 * Deletes a party no agreement refers to (deleted agreements count: they can be
 * restored), with an audit entry keeping everything it held. One in use is
 * refused with how many agreements list it; duplicates are merged instead.
 */
export async function deleteOrganization(db: Db, actor: Actor, id: number, version: number): Promise<{ id: number }> {
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(organizations).where(eq(organizations.id, id)).for("update");
    if (!current) throw new DomainError("notFound", "notFound");
    await assertCurrentVersion(tx, current, version);
    const uses = await tx.$count(agreementParties, eq(agreementParties.organizationId, id));
    if (uses) throw new DomainError("invalid", "inUse", undefined, { count: String(uses) });
    const aliases = (await tx.select({ name: organizationAliases.name }).from(organizationAliases).where(eq(organizationAliases.organizationId, id))).map((a) => a.name);
    await tx.delete(organizations).where(eq(organizations.id, id)).catch((err: unknown) => {
      throw isForeignKeyViolation(err) ? new DomainError("invalid", "inUse") : err;
    });
    await appendAudit(tx, { actorId: actor.id, action: "delete", entity: "organization", entityId: id, before: { ...pickAudited(current), aliases } });
    return { id };
  });
}
