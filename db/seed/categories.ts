import { inArray } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { categories } from "@/db/schema";

export const CATEGORY_SEED = [
  {
    key: "financial_services",
    nameZh: "金融服务",
    nameZhHant: "金融服務",
    nameEn: "Financial services",
    sortOrder: 10,
  },
  {
    key: "technology_innovation",
    nameZh: "科技创新",
    nameZhHant: "科技創新",
    nameEn: "Technology innovation",
    sortOrder: 20,
  },
  {
    key: "talent_cultivation",
    nameZh: "人才培养",
    nameZhHant: "人才培養",
    nameEn: "Talent cultivation",
    sortOrder: 30,
  },
  {
    key: "project_training",
    nameZh: "项目实训",
    nameZhHant: "項目實訓",
    nameEn: "Project training",
    sortOrder: 40,
  },
] as const;

export type CategoryKey = (typeof CATEGORY_SEED)[number]["key"];

/**
 * Reference data every database needs, servers included. Existing rows are left
 * as they are, so names or order an admin has changed survive a restart.
 */
export async function ensureCategories(db: DbOrTx): Promise<Record<CategoryKey, number>> {
  await db
    .insert(categories)
    .values(CATEGORY_SEED.map((c) => ({ ...c })))
    .onConflictDoNothing({ target: categories.key });
  const rows = await db
    .select({ id: categories.id, key: categories.key })
    .from(categories)
    .where(inArray(categories.key, CATEGORY_SEED.map((c) => c.key)));
  const ids = Object.fromEntries(rows.map((r) => [r.key, r.id]));
  return ids as Record<CategoryKey, number>;
}
