import "server-only";
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { DomainError } from "@/lib/domain-error";
import type { AgreementInput } from "@/lib/validation/agreement";
import type { Db, Tx } from "../client";
import { listAgreementParties } from "../queries/agreement-detail";
import { agreementParties, agreements, categories, events, organizations, type NewAgreement } from "../schema";
import { setOwner } from "./agreement-owner";
import { appendAudit, changedFields, foreignKeyViolation, isUniqueViolation, type Actor } from "./audit";
import { assertCurrentVersion, claimSubmission } from "./concurrency";
import type { FitsInsert } from "./form-fit";

/** What the audit log keeps of an agreement: its fields and its parties in order. */
type Snapshot = Record<string, unknown>;

async function snapshot(tx: Tx, id: number): Promise<Snapshot | undefined> {
  const [row] = await tx.select().from(agreements).where(eq(agreements.id, id));
  if (!row) return undefined;
  const parties = await listAgreementParties(tx, id);
  return {
    reference: row.reference,
    titleZh: row.titleZh,
    titleEn: row.titleEn,
    summary: row.summary,
    categoryId: row.categoryId,
    eventId: row.eventId,
    status: row.status,
    signedOn: row.signedOn,
    termStart: row.termStart,
    termEnd: row.termEnd,
    signedValue: row.signedValue,
    valueKind: row.valueKind,
    parties,
  };
}

/** Field errors of the agreement actions are keyed like the schema's: `agreement.<field>`. */
const FORM = "agreement.";

/**
 * Referenced rows must exist: a field error beats a foreign-key 500. The
 * rows are locked (key share) until the save commits, so a merge or delete of
 * one waits for it, or has already removed it and this check says so. A retired
 * category is refused too, except as the one an edited agreement already has.
 */
async function checkReferences(tx: Tx, input: AgreementInput, prefix: string, keptCategoryId?: number): Promise<void> {
  const errors: Record<string, string[]> = {};
  const [cat] = await tx
    .select({ id: categories.id, active: categories.active })
    .from(categories)
    .where(eq(categories.id, input.categoryId))
    .for("key share");
  if (!cat) errors[`${prefix}categoryId`] = ["unknownCategory"];
  else if (!cat.active && cat.id !== keptCategoryId) errors[`${prefix}categoryId`] = ["retiredCategory"];
  if (input.eventId) {
    const [ev] = await tx.select({ id: events.id }).from(events).where(eq(events.id, input.eventId)).for("key share");
    if (!ev) errors[`${prefix}eventId`] = ["unknownEvent"];
  }
  const ids = input.parties.map((p) => p.organizationId);
  if (ids.length) {
    const found = new Set(
      (await tx.select({ id: organizations.id }).from(organizations).where(inArray(organizations.id, ids)).for("key share")).map((r) => r.id),
    );
    input.parties.forEach((p, i) => {
      if (!found.has(p.organizationId)) errors[`${prefix}parties.${i}.organizationId`] = ["unknownParty"];
    });
  }
  if (Object.keys(errors).length) throw new DomainError("invalid", "invalid", errors);
}

/** Typed against the insert type, so the form schema and the table cannot drift apart. */
function columns(input: FitsInsert<AgreementInput, NewAgreement>) {
  return {
    reference: input.reference,
    titleZh: input.titleZh,
    titleEn: input.titleEn ?? null,
    summary: input.summary ?? null,
    categoryId: input.categoryId,
    eventId: input.eventId ?? null,
    status: input.status,
    signedOn: input.signedOn ?? null,
    termStart: input.termStart ?? null,
    termEnd: input.termEnd ?? null,
    signedValue: input.signedValue ?? null,
    valueKind: input.valueKind,
  };
}

/**
 * A row the form referred to went away between the check and the write (an
 * organisation merged away, an event deleted): the field that named it gets the
 * error, as if the check had caught it. Other errors pass through.
 */
export function referenceGoneError(err: unknown, input: AgreementInput, prefix: string): unknown {
  const fk = foreignKeyViolation(err);
  if (!fk) return err;
  const errors: Record<string, string[]> = {};
  if (/category/.test(fk.constraint)) errors[`${prefix}categoryId`] = ["unknownCategory"];
  else if (/event/.test(fk.constraint)) errors[`${prefix}eventId`] = ["unknownEvent"];
  else if (/organization/.test(fk.constraint)) {
    input.parties.forEach((p, i) => {
      if (String(p.organizationId) === fk.keyValue) errors[`${prefix}parties.${i}.organizationId`] = ["unknownParty"];
    });
    if (!Object.keys(errors).length) errors[`${prefix}parties`] = ["unknownParty"];
  } else return err;
  return new DomainError("invalid", "invalid", errors);
}

async function writeParties(tx: Tx, agreementId: number, input: AgreementInput, prefix: string): Promise<void> {
  await tx.delete(agreementParties).where(eq(agreementParties.agreementId, agreementId));
  if (!input.parties.length) return;
  await tx.insert(agreementParties).values(
    input.parties.map((p, i) => ({
      agreementId,
      organizationId: p.organizationId,
      position: i + 1,
      isLead: p.isLead,
      signatoryName: p.signatoryName ?? null,
      signatoryTitle: p.signatoryTitle ?? null,
    })),
  ).catch((err: unknown) => {
    throw referenceGoneError(err, input, prefix);
  });
}

async function referenceTaken(tx: Tx, reference: string, exceptId?: number): Promise<boolean> {
  const [row] = await tx.select({ id: agreements.id }).from(agreements).where(eq(agreements.reference, reference));
  return Boolean(row && row.id !== exceptId);
}

/** Inserts one agreement with its parties and audit entry inside the caller's transaction. */
export async function insertAgreement(tx: Tx, actor: Actor, input: AgreementInput, submissionKey: string | null, prefix: string) {
  await checkReferences(tx, input, prefix);
  const taken = { [`${prefix}reference`]: ["referenceTaken"] };
  if (await referenceTaken(tx, input.reference)) throw new DomainError("invalid", "invalid", taken);
  const [row] = await tx
    .insert(agreements)
    .values({ ...columns(input), submissionKey, createdBy: actor.id, updatedBy: actor.id, ownerId: actor.id })
    .returning({ id: agreements.id })
    .catch((err: unknown) => {
      throw isUniqueViolation(err, /agreements_reference/) ? new DomainError("invalid", "invalid", taken) : referenceGoneError(err, input, prefix);
    });
  await writeParties(tx, row.id, input, prefix);
  await appendAudit(tx, { actorId: actor.id, action: "create", entity: "agreement", entityId: row.id, after: await snapshot(tx, row.id) });
  return row.id;
}

/**
 * Creates an agreement, owned by `ownerId` or else its creator. Idempotent per form submission: a replay of the same
 * submission key returns the agreement the first request created.
 */
export async function createAgreement(db: Db, actor: Actor, input: AgreementInput, submissionKey: string, ownerId?: number) {
  return db.transaction(async (tx) => {
    await claimSubmission(tx, submissionKey, actor.id, input);
    const [existing] = await tx.select({ id: agreements.id }).from(agreements).where(eq(agreements.submissionKey, submissionKey));
    if (existing) return { id: existing.id, replayed: true };
    const id = await insertAgreement(tx, actor, input, submissionKey, FORM);
    // Another 负责人 than the creator: checked and audited like a reassignment; refused, nothing is kept.
    if (ownerId !== undefined && ownerId !== actor.id) await setOwner(tx, actor, id, ownerId);
    return { id, replayed: false };
  });
}

/** Thrown inside an edit's transaction (or savepoint) to undo a save that changed nothing. */
export class UnchangedEdit extends Error {}

/**
 * Applies an edit made on `version` inside the caller's transaction, with its
 * audit entry. Throws UnchangedEdit when nothing changed, so the caller rolls
 * back the version bump and the rewritten parties.
 */
export async function saveAgreementEdit(tx: Tx, actor: Actor, id: number, version: number, input: AgreementInput, prefix = FORM) {
  const [current] = await tx
    .select({
      version: agreements.version,
      categoryId: agreements.categoryId,
      deletedAt: agreements.deletedAt,
      updatedBy: agreements.updatedBy,
      updatedAt: agreements.updatedAt,
    })
    .from(agreements)
    .where(eq(agreements.id, id))
    .for("update");
  if (!current || current.deletedAt) throw new DomainError("notFound", "notFound");
  await assertCurrentVersion(tx, current, version);
  await checkReferences(tx, input, prefix, current.categoryId);
  const taken = { [`${prefix}reference`]: ["referenceTaken"] };
  if (await referenceTaken(tx, input.reference, id)) throw new DomainError("invalid", "invalid", taken);
  const before = (await snapshot(tx, id))!;
  await tx
    .update(agreements)
    .set({ ...columns(input), version: sql`${agreements.version} + 1`, updatedBy: actor.id, updatedAt: sql`now()` })
    .where(eq(agreements.id, id))
    .catch((err: unknown) => {
      // Another save took the reference between the check and this update.
      throw isUniqueViolation(err, /agreements_reference/) ? new DomainError("invalid", "invalid", taken) : referenceGoneError(err, input, prefix);
    });
  await writeParties(tx, id, input, prefix);
  const change = changedFields(before, (await snapshot(tx, id))!);
  if (Object.keys(change.after).length === 0) throw new UnchangedEdit();
  await appendAudit(tx, { actorId: actor.id, action: "update", entity: "agreement", entityId: id, ...change });
  return { id, version: version + 1, changed: true };
}

/**
 * Saves an edit made on `version`; a newer version in the database is a conflict,
 * naming who saved in between and when. A save that changes nothing is undone:
 * no new version, no audit entry, no needless conflict for other editors.
 */
export async function updateAgreement(db: Db, actor: Actor, id: number, version: number, input: AgreementInput) {
  return db
    .transaction((tx) => saveAgreementEdit(tx, actor, id, version, input))
    .catch((err: unknown) => {
      if (err instanceof UnchangedEdit) return { id, version, changed: false };
      throw err;
    });
}

async function setDeleted(db: Db, actor: Actor, id: number, deleted: boolean) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(agreements)
      .set({ deletedAt: deleted ? sql`now()` : null, version: sql`${agreements.version} + 1`, updatedBy: actor.id, updatedAt: sql`now()` })
      .where(and(eq(agreements.id, id), deleted ? isNull(agreements.deletedAt) : sql`${agreements.deletedAt} is not null`))
      .returning({ id: agreements.id, reference: agreements.reference });
    if (!row) throw new DomainError("notFound", "notFound");
    await appendAudit(tx, { actorId: actor.id, action: deleted ? "delete" : "restore", entity: "agreement", entityId: id, after: { reference: row.reference } });
    return { id };
  });
}

/** Soft delete: the row stays (and can be restored) but leaves every list and rollup. */
export const softDeleteAgreement = (db: Db, actor: Actor, id: number) => setDeleted(db, actor, id, true);
export const restoreAgreement = (db: Db, actor: Actor, id: number) => setDeleted(db, actor, id, false);
