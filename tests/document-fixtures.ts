/**
 * The test documents under tests/fixtures/documents/ (written by
 * `npm run fixtures:documents`) with the fields expected in each, and the
 * registry they are matched against.
 */
import fs from "node:fs";
import path from "node:path";
import type { Db } from "@/db/client";
import { ensureCategories } from "@/db/seed/categories";
import { organizations } from "@/db/schema";
import type { PrefillFields } from "@/lib/documents/prefill";
import type { PartyType } from "@/lib/domain/enums";
import type { Expected } from "@/scripts/document-fixtures/types";

export const FIXTURE_DIR = path.resolve("tests/fixtures/documents");

export interface DocumentFixture {
  file: string;
  bytes: Uint8Array;
  expected: Expected;
}

export function documentFixtures(): DocumentFixture[] {
  return fs
    .readdirSync(FIXTURE_DIR)
    .filter((f) => f.endsWith(".expected.json"))
    .sort()
    .map((f) => {
      const { file, ...expected } = JSON.parse(fs.readFileSync(path.join(FIXTURE_DIR, f), "utf8")) as Expected & { file: string };
      return { file, bytes: new Uint8Array(fs.readFileSync(path.join(FIXTURE_DIR, file))), expected };
    });
}

export function fixtureBytes(file: string): Uint8Array {
  return new Uint8Array(fs.readFileSync(path.join(FIXTURE_DIR, file)));
}

interface RegistryRow {
  nameZh: string;
  shortName: string;
  type: PartyType;
  creditCode?: string;
}

/** Inserts the fixtures' registry and the built-in categories; returns organisation ids by Chinese name. */
export async function insertFixtureRegistry(db: Db): Promise<Map<string, number>> {
  const { organizations: rows } = JSON.parse(fs.readFileSync(path.join(FIXTURE_DIR, "registry.json"), "utf8")) as { organizations: RegistryRow[] };
  await ensureCategories(db);
  const inserted = await db
    .insert(organizations)
    .values(rows.map((r) => ({ nameZh: r.nameZh, shortName: r.shortName, type: r.type, creditCode: r.creditCode ?? null })))
    .returning({ id: organizations.id, nameZh: organizations.nameZh });
  return new Map(inserted.map((r) => [r.nameZh, r.id]));
}

/** The expected fields in the API's terms: each party's organisation as its id in `ids`. */
export function expectedFields(expected: Extract<Expected, { fields: unknown }>, ids: Map<string, number>): PrefillFields {
  const { parties, ...rest } = expected.fields;
  return {
    ...rest,
    ...(parties ? { parties: parties.map((p) => ({ role: p.role, name: p.name, organizationId: p.organization ? ids.get(p.organization)! : null })) } : {}),
  };
}
