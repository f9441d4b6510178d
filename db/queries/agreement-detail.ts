import "server-only";
import { asc, desc, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { queryRows, type DbOrTx } from "../client";
import { deliveredOf } from "./delivered";
import { agreementParties, agreements, auditLog, categories, events, organizations, progressUpdates, users, type Agreement } from "../schema";

export interface AgreementDetail extends Agreement {
  category: { key: string; nameZh: string; nameZhHant: string; nameEn: string };
  event: { id: number; nameZh: string; nameEn: string | null; heldOn: string } | null;
  updatedByName: string | null;
  /** 负责人's name; null when nobody owns it yet. */
  ownerName: string | null;
  deliveredValue: string;
  parties: Awaited<ReturnType<typeof listAgreementParties>>;
}

/** One agreement with everything its detail and edit pages show; deleted ones included (the page says so). */
export async function getAgreement(db: DbOrTx, id: number): Promise<AgreementDetail | undefined> {
  const owner = alias(users, "owner");
  const [row] = await db
    .select({
      agreement: agreements,
      category: { key: categories.key, nameZh: categories.nameZh, nameZhHant: categories.nameZhHant, nameEn: categories.nameEn },
      eventId: events.id,
      eventName: events.nameZh,
      eventNameEn: events.nameEn,
      eventHeldOn: events.heldOn,
      updatedByName: users.name,
      ownerName: owner.name,
    })
    .from(agreements)
    .innerJoin(categories, eq(categories.id, agreements.categoryId))
    .leftJoin(events, eq(events.id, agreements.eventId))
    .leftJoin(users, eq(users.id, agreements.updatedBy))
    .leftJoin(owner, eq(owner.id, agreements.ownerId))
    .where(eq(agreements.id, id));
  if (!row) return undefined;
  const parties = await listAgreementParties(db, id);
  const [delivered] = await queryRows<{ total: string }>(
    db,
    sql`select ${deliveredOf(sql`${id}::int`)}::numeric(38,2)::text as total`,
  );
  return {
    ...row.agreement,
    category: row.category,
    event: row.eventId ? { id: row.eventId, nameZh: row.eventName!, nameEn: row.eventNameEn, heldOn: row.eventHeldOn! } : null,
    updatedByName: row.updatedByName,
    ownerName: row.ownerName,
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

/** The agreement's progress entries, newest first, withdrawn ones included (the page shows them struck through). */
export async function listProgressUpdates(db: DbOrTx, agreementId: number) {
  const editor = alias(users, "editor");
  return db
    .select({
      id: progressUpdates.id,
      occurredOn: progressUpdates.occurredOn,
      note: progressUpdates.note,
      deliveredValue: progressUpdates.deliveredValue,
      authorName: users.name,
      version: progressUpdates.version,
      withdrawnAt: progressUpdates.withdrawnAt,
      changeReason: progressUpdates.changeReason,
      updatedAt: progressUpdates.updatedAt,
      editorName: editor.name,
    })
    .from(progressUpdates)
    .leftJoin(users, eq(users.id, progressUpdates.authorId))
    .leftJoin(editor, eq(editor.id, progressUpdates.updatedBy))
    .where(eq(progressUpdates.agreementId, agreementId))
    .orderBy(desc(progressUpdates.occurredOn), desc(progressUpdates.id));
}

/** The agreement's audit trail, newest first: who, when, what changed (its progress entries and party merges included). */
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
    // An organisation merge is one audit entry naming every agreement it touched; each of them shows it.
    .where(
      sql`(${auditLog.entity} = 'agreement' and ${auditLog.entityId} = ${String(agreementId)})
          or (${auditLog.entity} = 'organization' and ${auditLog.action} = 'merge' and ${auditLog.after} -> 'agreementIds' @> ${JSON.stringify([agreementId])}::jsonb)`,
    )
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(200);
}
