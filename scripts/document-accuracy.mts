// `npm run accuracy:documents`: runs the document reader over every test document under
// tests/fixtures/documents/ (on an in-memory database holding their registry) and prints,
// per field, how many documents it got right, missed, got wrong or filled when it should not.
// The vitest suite asserts every field; this is the view to read before and after changing a rule.
import { openDb } from "@/db/client";
import { readAgreementFields } from "@/db/queries/document-prefill";
import { sniffDocumentType } from "@/lib/documents/file-types";
import type { PrefillFields } from "@/lib/documents/prefill";
import { documentFixtures, expectedFields, insertFixtureRegistry } from "@/tests/document-fixtures";

const FIELDS = ["titleZh", "parties", "signedValue", "signedOn", "termStart", "termEnd", "category"] as const;
type Tally = { right: number; missed: number; wrong: number; extra: number; absentRight: number };

const handle = await openDb({ dataDir: "memory://" });
const ids = await insertFixtureRegistry(handle.db);
const tally = Object.fromEntries(FIELDS.map((f) => [f, { right: 0, missed: 0, wrong: 0, extra: 0, absentRight: 0 }])) as Record<(typeof FIELDS)[number], Tally>;
let scans = 0;
let scansRight = 0;
const misses: string[] = [];

for (const fixture of documentFixtures()) {
  const result = await readAgreementFields(handle.db, fixture.bytes, sniffDocumentType(fixture.bytes)!);
  if ("error" in fixture.expected) {
    scans += 1;
    if (!result.ok && result.reason === fixture.expected.error) scansRight += 1;
    else misses.push(`${fixture.file}: expected ${fixture.expected.error}`);
    continue;
  }
  const want = expectedFields(fixture.expected, ids);
  const got: PrefillFields = result.ok ? result.prefill.fields : {};
  for (const field of FIELDS) {
    const [w, g] = [JSON.stringify(want[field]), JSON.stringify(got[field])];
    const t = tally[field];
    if (w === undefined && g === undefined) t.absentRight += 1;
    else if (w === g) t.right += 1;
    else if (g === undefined) t.missed += 1;
    else if (w === undefined) t.extra += 1;
    else t.wrong += 1;
    if (w !== g) misses.push(`${fixture.file} ${field}: expected ${w ?? "(none)"}, got ${g ?? "(none)"}`);
  }
}
await handle.close();

console.log("| field | documents stating it | right | missed | wrong | filled though absent | correctly left empty |");
console.log("|---|---|---|---|---|---|---|");
for (const field of FIELDS) {
  const t = tally[field];
  const stated = t.right + t.missed + t.wrong;
  console.log(`| ${field} | ${stated} | ${t.right} (${stated ? Math.round((100 * t.right) / stated) : 100}%) | ${t.missed} | ${t.wrong} | ${t.extra} | ${t.absentRight} |`);
}
console.log(`\nScans answered "no text layer": ${scansRight} of ${scans}.`);
if (misses.length) console.log(`\n${misses.join("\n")}`);
