// The 10,000-row import for `npm run bench`: a CSV as staff would upload it (parties named as the
// generated registry names them, a tenth of them new), read, previewed, committed, then previewed
// again (every row unchanged). Target: preview and commit each under 15 s. Called from bench.mts.
import type { Db } from "@/db/client";
import { commitImport } from "@/db/mutations/imports";
import { planImport } from "@/db/queries/import-plan";
import { users } from "@/db/schema";
import { csvLine } from "@/lib/spreadsheets/csv";
import { readSheet } from "@/lib/spreadsheets/read-sheet";

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 10_000);
const TARGET_MS = 15_000;
const KINDS = ["消费金融", "农商银行", "科技", "大数据", "大学", "保险"];

function sheetBytes(): Uint8Array {
  const lines = [csvLine(["协议编号", "协议名称", "合作类别", "状态", "签约日期", "签约金额", "金额性质", "牵头方", "合作方", "到期日"])];
  for (let i = 1; i <= ROWS; i++) {
    const lead = 1 + (i % 800);
    const partner = i % 10 === 0 ? `导入新机构${i}` : `重庆${KINDS[(lead + 1) % 6]}机构${1 + ((lead + 1) % 800)}`;
    lines.push(
      csvLine([`IM-2025-${String(i).padStart(6, "0")}`, `导入协议 ${i}`, "金融服务", "已签约", "2025/7/10", `${(i % 900) + 1}.5万`, i % 2 ? "合同金额" : "意向金额", `重庆${KINDS[lead % 6]}机构${lead}`, partner, "2028年7月9日"]),
    );
  }
  return new TextEncoder().encode(lines.join(""));
}

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t = performance.now();
  const out = await fn();
  return [out, performance.now() - t];
}

/** Table rows: step, ms, target, ok/SLOW. */
export async function benchImport(db: Db): Promise<string[][]> {
  const [user] = await db.select({ id: users.id }).from(users).limit(1);
  const bytes = sheetBytes();
  const [sheet, readMs] = await timed(() => readSheet(bytes));
  if (!sheet.ok) throw new Error(sheet.error);
  const [preview, previewMs] = await timed(() => planImport(db, sheet.rows));
  const [committed, commitMs] = await timed(() => commitImport(db, user, sheet.rows));
  const [again, againMs] = await timed(() => planImport(db, sheet.rows));
  if (preview.counts.create !== ROWS || committed.counts.create !== ROWS || again.counts.unchanged !== ROWS) {
    throw new Error(`import bench: unexpected counts ${JSON.stringify([preview.counts, committed.counts, again.counts])}`);
  }
  const row = (name: string, ms: number, target: number) => [name, ms.toFixed(0), String(target), ms <= target ? "ok" : "SLOW"];
  return [
    row(`import ${ROWS} rows: read CSV`, readMs, TARGET_MS),
    row(`import ${ROWS} rows: preview`, previewMs, TARGET_MS),
    row(`import ${ROWS} rows: commit (${committed.newParties.length} new parties)`, commitMs, TARGET_MS),
    row(`import ${ROWS} rows: preview again (all unchanged)`, againMs, TARGET_MS),
  ];
}
