import "server-only";
import { eq, sql } from "drizzle-orm";
import { planMerge, type MergePlan } from "@/lib/domain/organization-merge";
import { queryRows, type DbOrTx } from "../client";
import { agreementParties, organizationAliases, type Organization } from "../schema";
import { getOrganization, getOrganizationTotals, type OrganizationTotals } from "./organizations";

/** The names an organisation answers to besides its own (names of duplicates merged into it), oldest first. */
export async function listOrganizationAliases(db: DbOrTx, organizationId: number): Promise<string[]> {
  const rows = await db
    .select({ name: organizationAliases.name })
    .from(organizationAliases)
    .where(eq(organizationAliases.organizationId, organizationId))
    .orderBy(organizationAliases.id);
  return rows.map((r) => r.name);
}

/** Agreements listing the organisation, deleted ones included (they can be restored): what keeps it from being deleted. */
export async function countOrganizationReferences(db: DbOrTx, organizationId: number): Promise<number> {
  return db.$count(agreementParties, eq(agreementParties.organizationId, organizationId));
}

export interface MergeSidePreview {
  org: Organization;
  aliases: string[];
  totals: OrganizationTotals;
  /** Every agreement listing it, deleted ones and drafts included. */
  references: number;
}

export interface MergePreview {
  survivor: MergeSidePreview;
  absorbed: MergeSidePreview;
  /** Agreements listing both: each keeps one party row afterwards. */
  shared: number;
  plan: MergePlan;
}

async function side(db: DbOrTx, org: Organization): Promise<MergeSidePreview> {
  const [aliases, totals, references] = await Promise.all([listOrganizationAliases(db, org.id), getOrganizationTotals(db, org.id), countOrganizationReferences(db, org.id)]);
  return { org, aliases, totals, references };
}

/** What merging `absorbedId` into `survivorId` would do, for the admin to read before confirming. */
export async function getMergePreview(db: DbOrTx, survivorId: number, absorbedId: number): Promise<MergePreview | null> {
  const [survivorOrg, absorbedOrg] = await Promise.all([getOrganization(db, survivorId), getOrganization(db, absorbedId)]);
  if (!survivorOrg || !absorbedOrg || survivorId === absorbedId) return null;
  const [survivor, absorbed] = await Promise.all([side(db, survivorOrg), side(db, absorbedOrg)]);
  const [{ shared }] = await queryRows<{ shared: number }>(
    db,
    sql`select count(*)::int as shared from agreement_parties a join agreement_parties b on b.agreement_id = a.agreement_id
         where a.organization_id = ${survivorId} and b.organization_id = ${absorbedId}`,
  );
  return { survivor, absorbed, shared: Number(shared), plan: planMerge(survivorOrg, absorbedOrg, absorbed.aliases) };
}
