import "server-only";
import { inArray, or } from "drizzle-orm";
import type { FoundParty } from "@/lib/documents/extract-fields";
import type { DbOrTx } from "../client";
import { organizationAliases, organizations } from "../schema";

/** Both bracket widths: a document writes 蚂蚁区块链科技(上海)有限公司 where the registry has （上海）. */
function spellings(name: string): string[] {
  const full = name.replace(/\(/g, "（").replace(/\)/g, "）");
  const half = name.replace(/（/g, "(").replace(/）/g, ")");
  return [...new Set([name, full, half])];
}

/**
 * The registry organisation each party found in a document is, or null: by the
 * 统一社会信用代码 printed beside it first, else by its exact Chinese name, else
 * by the name of a duplicate merged into it (an alias), else by a short name
 * that only one organisation has. Never a guess by similarity: an unmatched
 * party is left for staff to pick.
 */
export async function matchOrganizations(db: DbOrTx, parties: FoundParty[]): Promise<(number | null)[]> {
  const names = parties.flatMap((p) => spellings(p.name));
  const codes = parties.flatMap((p) => (p.creditCode ? [p.creditCode] : []));
  if (names.length === 0) return [];
  const conditions = [inArray(organizations.nameZh, names), inArray(organizations.shortName, names)];
  if (codes.length) conditions.push(inArray(organizations.creditCode, codes));
  const [rows, aliases] = await Promise.all([
    db
      .select({ id: organizations.id, nameZh: organizations.nameZh, shortName: organizations.shortName, creditCode: organizations.creditCode })
      .from(organizations)
      .where(or(...conditions)),
    db
      .select({ id: organizationAliases.organizationId, name: organizationAliases.name })
      .from(organizationAliases)
      .where(inArray(organizationAliases.name, names)),
  ]);
  return parties.map((p) => {
    const byCode = p.creditCode ? rows.find((r) => r.creditCode === p.creditCode) : undefined;
    if (byCode) return byCode.id;
    const variants = spellings(p.name);
    const byName = rows.find((r) => variants.includes(r.nameZh));
    if (byName) return byName.id;
    const byAlias = new Set(aliases.filter((a) => variants.includes(a.name)).map((a) => a.id));
    if (byAlias.size === 1) return [...byAlias][0];
    const byShort = rows.filter((r) => r.shortName !== null && variants.includes(r.shortName));
    return byShort.length === 1 ? byShort[0].id : null;
  });
}

/** What a party picker shows of each organisation in `ids` (unknown ids are left out). */
export async function listOrganizationOptions(db: DbOrTx, ids: number[]) {
  return db
    .select({ id: organizations.id, nameZh: organizations.nameZh, nameEn: organizations.nameEn, shortName: organizations.shortName, type: organizations.type })
    .from(organizations)
    .where(inArray(organizations.id, ids));
}
