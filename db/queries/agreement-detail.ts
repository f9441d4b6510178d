import "server-only";
import { asc, desc, eq, sql } from "drizzle-orm";
import { queryRows, type DbOrTx } from "../client";
import { agreementParties, agreements, auditLog, categories, events, organizations, progressUpdates, users, type Agreement } from "../schema";

export interface AgreementDetail extends Agreement {
  category: { key: string; nameZh: string; nameZhHant: string; nameEn: string };
  event: { id: number; nameZh: string; heldOn: string } | null;
  updatedByName: string | null;
  deliveredValue: string;
  parties: Awaited<ReturnType<typeof listAgreementParties>>;
}

/** One agreement with everything its detail and edit pages show; deleted ones included (the page says so). */
export async function getAgreement(db: DbOrTx, id: number): Promise<AgreementDetail | undefined> {
  const [row] = await db
    .select({
      agreement: agreements,
      category: { key: categories.key, nameZh: categories.nameZh, nameZhHant: categories.nameZhHant, nameEn: categories.nameEn },
      eventId: events.id,
      eventName: events.nameZh,
      eventHeldOn: events.heldOn,
      updatedByName: users.name,
    })
    .from(agreements)
    .innerJoin(categories, eq(categories.id, agreements.categoryId))
    .leftJoin(events, eq(events.id, agreements.eventId))
    .leftJoin(users, eq(users.id, agreements.updatedBy))
    .where(eq(agreements.id, id));
  if (!row) return undefined;
  const parties = await listAgreementParties(db, id);
  const [delivered] = await queryRows<{ total: string }>(
    db,
    sql`select coalesce(sum(delivered_value), 0)::numeric(38,2)::text as total from progress_updates where agreement_id = ${id}`,
  );
  return {
    ...row.agreement,
    category: row.category,
    event: row.eventId ? { id: row.eventId, nameZh: row.eventName!, heldOn: row.eventHeldOn! } : null,
    updatedByName: row.updatedByName,
    deliveredValue: delivered.total,
    parties,
  };
}

/** An agreement's parties in their order (甲方, 乙方, …). */
export async function listAgreementParties(db: DbOrTx, agreementId: number) {
  return db
    .select({
      organizationId: agreementParties.organizationId,
      nameZh: organizations.nameZh,
      nameEn: organizations.nameEn,
      type: organizations.type,
      position: agreementParties.position,
      isLead: agreementParties.isLead,
      signatoryName: agreementParties.signatoryName,
      signatoryTitle: agreementParties.signatoryTitle,
    })
    .from(agreementParties)
    .innerJoin(organizations, eq(organizations.id, agreementParties.organizationId))
    .where(eq(agreementParties.agreementId, agreementId))
    .orderBy(asc(agreementParties.position));
}

export async function listProgressUpdates(db: DbOrTx, agreementId: number) {
  return db
    .select({
      id: progressUpdates.id,
      occurredOn: progressUpdates.occurredOn,
      note: progressUpdates.note,
      deliveredValue: progressUpdates.deliveredValue,
      authorName: users.name,
    })
    .from(progressUpdates)
    .leftJoin(users, eq(users.id, progressUpdates.authorId))
    .where(eq(progressUpdates.agreementId, agreementId))
    .orderBy(desc(progressUpdates.occurredOn), desc(progressUpdates.id));
}

/** The agreement's audit trail, newest first: who, when, what changed. */
export async function listAgreementHistory(db: DbOrTx, agreementId: number) {
  return db
    .select({
      id: auditLog.id,
      action: auditLog.action,
      at: auditLog.at,
      actorName: users.name,
      before: auditLog.before,
      after: auditLog.after,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(sql`${auditLog.entity} = 'agreement' and ${auditLog.entityId} = ${String(agreementId)}`)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(200);
}
