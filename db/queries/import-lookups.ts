import "server-only";
import { and, eq, inArray, or, sql } from "drizzle-orm";
import { isValidCreditCode } from "@/lib/credit-code";
import type { AgreementInput } from "@/lib/validation/agreement";
import type { Lookups, OwnerMatch, PartyMatch } from "@/lib/spreadsheets/import-row";
import type { DbOrTx } from "../client";
import { agreementParties, agreements, categories, events, organizationAliases, organizations, users } from "../schema";

/** Postgres takes at most 65,535 parameters per statement; a 50,000-row file can name more. */
const CHUNK = 5_000;

async function chunked<T, R>(items: T[], run: (chunk: T[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(...(await run(items.slice(i, i + CHUNK))));
  return out;
}

const key = (s: string) => s.trim().toLowerCase();

/** Both bracket widths, as in the registry's names: 蚂蚁区块链科技(上海)有限公司 vs （上海）. */
function spellings(name: string): string[] {
  return [...new Set([name, name.replace(/\(/g, "（").replace(/\)/g, "）"), name.replace(/（/g, "(").replace(/）/g, ")")])];
}

/**
 * The registry's answers to the names a sheet uses. Parties: by 统一社会信用代码
 * when the cell holds one, else by exact Chinese, English or short name, else by
 * the name of a duplicate merged into it (organization_aliases). A name that
 * fits two organisations equally is ambiguous, never guessed. Owners: active
 * staff members and admins, by email (any case) or exact name.
 */
export async function loadImportLookups(
  db: DbOrTx,
  names: { categories: string[]; events: string[]; parties: string[]; owners: string[] },
): Promise<Lookups> {
  const ownerNames = [...new Set(names.owners.map((n) => n.trim()).filter(Boolean))];
  const partyNames = [...new Set(names.parties.flatMap(spellings))];
  const codes = partyNames.map((n) => n.toUpperCase()).filter(isValidCreditCode);
  const eventNames = [...new Set(names.events)];
  const [cats, evs, orgs, aliases, owners] = await Promise.all([
    db.select({ id: categories.id, key: categories.key, zh: categories.nameZh, hant: categories.nameZhHant, en: categories.nameEn }).from(categories),
    chunked(eventNames, (c) =>
      db.select({ id: events.id, zh: events.nameZh, en: events.nameEn }).from(events).where(or(inArray(events.nameZh, c), inArray(events.nameEn, c))),
    ),
    chunked(partyNames, (c) =>
      db
        .select({ id: organizations.id, zh: organizations.nameZh, en: organizations.nameEn, short: organizations.shortName, code: organizations.creditCode })
        .from(organizations)
        .where(
          or(
            inArray(organizations.nameZh, c),
            inArray(organizations.nameEn, c),
            inArray(organizations.shortName, c),
            ...(codes.length ? [inArray(organizations.creditCode, codes.filter((code) => c.some((n) => n.toUpperCase() === code)))] : []),
          ),
        ),
    ),
    chunked(partyNames, (c) =>
      db.select({ id: organizationAliases.organizationId, name: organizationAliases.name }).from(organizationAliases).where(inArray(organizationAliases.name, c)),
    ),
    chunked(ownerNames, (c) =>
      db
        .select({ id: users.id, name: users.name, email: users.email })
        .from(users)
        .where(
          and(
            eq(users.active, true),
            inArray(users.role, ["staff", "admin"]),
            or(inArray(users.name, c), inArray(sql`lower(${users.email})`, c.map((n) => n.toLowerCase()))),
          ),
        ),
    ),
  ]);

  const categoryIds = new Map<string, number>();
  for (const c of cats) for (const n of [c.key, c.zh, c.hant, c.en]) categoryIds.set(key(n), c.id);

  const unique = (ids: number[]): PartyMatch | undefined => {
    const set = [...new Set(ids)];
    return set.length === 1 ? { id: set[0] } : set.length > 1 ? { ambiguous: true } : undefined;
  };

  const owner = (raw: string): OwnerMatch => {
    const wanted = raw.trim();
    const byEmail = owners.filter((u) => u.email.toLowerCase() === wanted.toLowerCase());
    const byName = [...new Set(owners.filter((u) => u.name === wanted).map((u) => u.id))];
    if (byEmail.length) return { id: byEmail[0].id };
    return byName.length === 1 ? { id: byName[0] } : byName.length > 1 ? { ambiguous: true } : { unknown: true };
  };

  return {
    owner,
    category: (name) => categoryIds.get(key(name)),
    event: (name) => {
      const ids = [...new Set(evs.filter((e) => e.zh === name.trim() || e.en === name.trim()).map((e) => e.id))];
      return ids.length === 1 ? ids[0] : ids.length > 1 ? "ambiguous" : undefined;
    },
    party: (raw) => {
      const name = raw.trim();
      const code = name.toUpperCase();
      if (isValidCreditCode(code)) {
        const byCode = orgs.find((o) => o.code === code);
        return byCode ? { id: byCode.id } : { unknownCode: true };
      }
      const variants = spellings(name);
      return (
        unique(orgs.filter((o) => variants.includes(o.zh)).map((o) => o.id)) ??
        unique(orgs.filter((o) => o.en !== null && variants.includes(o.en)).map((o) => o.id)) ??
        unique(orgs.filter((o) => o.short !== null && variants.includes(o.short)).map((o) => o.id)) ??
        unique(aliases.filter((a) => variants.includes(a.name)).map((a) => a.id)) ?? { isNew: true }
      );
    },
  };
}

export interface ExistingAgreement {
  id: number;
  version: number;
  deleted: boolean;
  ownerId: number | null;
  input: AgreementInput;
}

/** The agreements already registered under these references, as the form would show them, by reference. */
export async function loadAgreementsByReference(db: DbOrTx, references: string[]): Promise<Map<string, ExistingAgreement>> {
  const rows = await chunked([...new Set(references)], (c) =>
    db
      .select({
        id: agreements.id,
        version: agreements.version,
        deletedAt: agreements.deletedAt,
        ownerId: agreements.ownerId,
        reference: agreements.reference,
        titleZh: agreements.titleZh,
        titleEn: agreements.titleEn,
        summary: agreements.summary,
        categoryId: agreements.categoryId,
        eventId: agreements.eventId,
        status: agreements.status,
        signedOn: agreements.signedOn,
        termStart: agreements.termStart,
        termEnd: agreements.termEnd,
        signedValue: agreements.signedValue,
        valueKind: agreements.valueKind,
      })
      .from(agreements)
      .where(inArray(agreements.reference, c)),
  );
  const parties = await chunked(
    rows.map((r) => r.id),
    (c) =>
      db
        .select({
          agreementId: agreementParties.agreementId,
          organizationId: agreementParties.organizationId,
          isLead: agreementParties.isLead,
          signatoryName: agreementParties.signatoryName,
          signatoryTitle: agreementParties.signatoryTitle,
        })
        .from(agreementParties)
        .where(inArray(agreementParties.agreementId, c))
        .orderBy(agreementParties.agreementId, sql`${agreementParties.position}`),
  );
  const byAgreement = new Map<number, typeof parties>();
  for (const p of parties) byAgreement.set(p.agreementId, [...(byAgreement.get(p.agreementId) ?? []), p]);
  return new Map(
    rows.map((r) => [
      r.reference,
      {
        id: r.id,
        version: r.version,
        deleted: r.deletedAt !== null,
        ownerId: r.ownerId,
        input: {
          reference: r.reference,
          titleZh: r.titleZh,
          titleEn: r.titleEn ?? undefined,
          summary: r.summary ?? undefined,
          categoryId: r.categoryId,
          eventId: r.eventId ?? undefined,
          status: r.status,
          signedOn: r.signedOn ?? undefined,
          termStart: r.termStart ?? undefined,
          termEnd: r.termEnd ?? undefined,
          signedValue: r.signedValue ?? undefined,
          valueKind: r.valueKind,
          parties: (byAgreement.get(r.id) ?? []).map((p) => ({
            organizationId: p.organizationId,
            isLead: p.isLead,
            signatoryName: p.signatoryName ?? undefined,
            signatoryTitle: p.signatoryTitle ?? undefined,
          })),
        },
      },
    ]),
  );
}
