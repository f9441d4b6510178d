/**
 * Every test document through the real reading path (text extraction, rules,
 * matching against the registry in the database), every field compared with
 * the expectation written beside the document. On PGlite, and on Postgres with
 * DATABASE_URL.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readAgreementFields } from "@/db/queries/document-prefill";
import { sniffDocumentType } from "@/lib/documents/file-types";
import { documentFixtures, expectedFields, insertFixtureRegistry } from "./document-fixtures";
import { createTestDb, type TestDb } from "./test-db";

let t: TestDb;
let ids: Map<string, number>;
const fixtures = documentFixtures();

beforeAll(async () => {
  t = await createTestDb();
  ids = await insertFixtureRegistry(t.db);
});
afterAll(() => t?.close());

describe("the test documents", () => {
  it("are at least eight PDFs and Word files with text, and scans", () => {
    const withText = fixtures.filter((f) => "fields" in f.expected);
    expect(withText.filter((f) => f.file.endsWith(".pdf")).length).toBeGreaterThanOrEqual(4);
    expect(withText.filter((f) => f.file.endsWith(".docx")).length).toBeGreaterThanOrEqual(4);
    expect(fixtures.some((f) => "error" in f.expected)).toBe(true);
  });

  for (const fixture of fixtures) {
    it(fixture.file, async () => {
      const type = sniffDocumentType(fixture.bytes);
      expect(type).not.toBeNull();
      const result = await readAgreementFields(t.db, fixture.bytes, type!);
      if ("error" in fixture.expected) {
        expect(result).toEqual({ ok: false, reason: fixture.expected.error });
        return;
      }
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      const { fields, sources } = result.prefill;
      expect(fields).toEqual(expectedFields(fixture.expected, ids));
      // Every field found names the text it came from; nothing else has a source.
      const fieldPaths = Object.keys(fields).flatMap((k) => (k === "parties" ? fields.parties!.map((_, i) => `parties.${i}`) : [k]));
      expect(Object.keys(sources).sort()).toEqual(fieldPaths.sort());
      fields.parties?.forEach((p, i) => expect(sources[`parties.${i}`]).toContain(p.name.slice(0, 4)));
      for (const path of fieldPaths) expect(sources[path].length).toBeGreaterThan(3);
    });
  }
});
