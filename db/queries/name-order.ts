import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { queryRows, type DbOrTx } from "../client";

const PINYIN = new Intl.Collator("zh-CN");

/**
 * Ids of the organizations matching `where` (aliased `o`), one page of them in pinyin order of their
 * Chinese names (阿里云, 北京大学, 重庆银行, …), not by character code.
 *
 * PostgreSQL built with ICU orders them itself (`zh-x-icu`). PGlite's ICU carries only the root
 * collation, which orders Han characters by radical and stroke, so on it the names are read and
 * ordered here with Node's full ICU; the embedded database holds one office's registry.
 */
export async function organizationPageIds(db: DbOrTx, where: SQL, page: { page: number; pageSize: number }): Promise<number[]> {
  const offset = (page.page - 1) * page.pageSize;
  if (await hasPinyinCollation(db)) {
    const rows = await queryRows<{ id: number }>(
      db,
      sql`select o.id from organizations o where ${where} order by o.name_zh collate "zh-x-icu", o.id limit ${page.pageSize} offset ${offset}`,
    );
    return rows.map((r) => Number(r.id));
  }
  const rows = await queryRows<{ id: number; name_zh: string }>(db, sql`select o.id, o.name_zh from organizations o where ${where}`);
  return rows
    .map((r) => ({ id: Number(r.id), name: r.name_zh }))
    .sort((a, b) => PINYIN.compare(a.name, b.name) || a.id - b.id)
    .slice(offset, offset + page.pageSize)
    .map((r) => r.id);
}

async function hasPinyinCollation(db: DbOrTx): Promise<boolean> {
  const [row] = await queryRows<{ ok: boolean }>(db, sql`select exists (select 1 from pg_collation where collname = 'zh-x-icu') as ok`);
  return Boolean(row?.ok);
}
