import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { agreementParties, categories } from "../schema";
import { type AgreementStatus, type PartyType } from "@/lib/domain/enums";
import type { AgreementFilters } from "@/lib/validation/agreement-filters";
import { listAgreements } from "./agreements";

export interface ApiAgreementParty {
  id: number;
  nameZh: string;
  type: PartyType;
  /** 甲方 = "A", 乙方 = "B", 丙方 = "C" … */
  role: string;
  lead: boolean;
}

export interface ApiAgreement {
  id: number;
  reference: string;
  titleZh: string;
  titleEn: string | null;
  category: string;
  event: { id: number; nameZh: string } | null;
  status: AgreementStatus;
  signedOn: string | null;
  signedValue: string | null;
  deliveredValue: string;
  /** 负责人. */
  owner: { id: number; name: string } | null;
  parties: ApiAgreementParty[];
}

export interface ApiAgreementPage {
  items: ApiAgreement[];
  page: number;
  pageSize: number;
  total: number;
  signedValue: string;
}

/** Party position as a letter, spreadsheet-style past Z (27 → "AA"), so it never collides. */
export function partyRole(position: number): string {
  let n = position;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/**
 * One page of agreements as the API serves it: the list page's query (same
 * filters, sort, totals over all pages) plus each party's lead flag, which the
 * list page does not show and so does not load.
 */
export async function listApiAgreements(db: DbOrTx, f: AgreementFilters): Promise<ApiAgreementPage> {
  const page = await listAgreements(db, f);
  const ids = page.items.map((i) => i.id);
  const leads = ids.length
    ? await db
        .select({ agreementId: agreementParties.agreementId, organizationId: agreementParties.organizationId })
        .from(agreementParties)
        .where(and(inArray(agreementParties.agreementId, ids), eq(agreementParties.isLead, true)))
    : [];
  const isLead = new Set(leads.map((l) => `${l.agreementId}:${l.organizationId}`));
  return {
    items: page.items.map((a) => ({
      id: a.id,
      reference: a.reference,
      titleZh: a.titleZh,
      titleEn: a.titleEn,
      category: a.categoryKey,
      event: a.eventId === null ? null : { id: a.eventId, nameZh: a.eventNameZh ?? "" },
      status: a.status,
      signedOn: a.signedOn,
      signedValue: a.signedValue,
      deliveredValue: a.deliveredValue,
      owner: a.owner,
      parties: a.parties.map((p) => ({
        id: p.id,
        nameZh: p.nameZh,
        type: p.type,
        role: partyRole(p.position),
        lead: isLead.has(`${a.id}:${p.id}`),
      })),
    })),
    page: page.page,
    pageSize: page.pageSize,
    total: page.total,
    signedValue: page.signedValue,
  };
}

/**
 * The keys among `keys` that name no category. Inactive categories count as
 * known: old agreements keep them, and the rollups still list them.
 */
export async function findUnknownCategoryKeys(db: DbOrTx, keys: string[]): Promise<string[]> {
  if (!keys.length) return [];
  const found = await db.select({ key: categories.key }).from(categories).where(inArray(categories.key, keys));
  const known = new Set(found.map((c) => c.key));
  return [...new Set(keys)].filter((k) => !known.has(k));
}
