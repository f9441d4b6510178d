import "server-only";
import { sql } from "drizzle-orm";
import type { Cell } from "@/lib/spreadsheets/read-sheet";
import type { AgreementInput } from "@/lib/validation/agreement";
import type { Db, Tx } from "../client";
import { planImport, type ImportPlan } from "../queries/import-plan";
import { organizations } from "../schema";
import { setOwner } from "./agreement-owner";
import { insertAgreement, saveAgreementEdit, UnchangedEdit } from "./agreements";
import type { Actor } from "./audit";
import { appendAudit } from "./audit";

/**
 * Creates the organisations a sheet names that the registry does not know,
 * typed 其他 (staff set the type later on the party's page), each with its audit entry.
 */
async function createNewParties(tx: Tx, actor: Actor, plan: ImportPlan): Promise<Map<number, number>> {
  const realIds = new Map<number, number>();
  for (const [placeholder, name] of plan.newPartyIds) {
    const [row] = await tx
      .insert(organizations)
      .values({ nameZh: name, type: "other", updatedBy: actor.id })
      .returning({ id: organizations.id });
    await appendAudit(tx, { actorId: actor.id, action: "create", entity: "organization", entityId: row.id, after: { nameZh: name, type: "other", source: "import" } });
    realIds.set(placeholder, row.id);
  }
  return realIds;
}

const withRealIds = (input: AgreementInput, realIds: Map<number, number>): AgreementInput => ({
  ...input,
  parties: input.parties.map((p) => ({ ...p, organizationId: realIds.get(p.organizationId) ?? p.organizationId })),
});

/**
 * Writes every valid row of a sheet in one transaction: new organisations,
 * created and updated agreements, an audit entry for each. Rows in error are
 * skipped (and listed in the plan returned); if the database refuses any write,
 * nothing is kept. The plan is made inside the transaction, under a lock that
 * serialises imports, so what is written is what was classified; re-importing
 * the same file finds every row unchanged.
 */
export async function commitImport(db: Db, actor: Actor, sheet: Cell[][], expectedVersions?: Record<string, number>): Promise<ImportPlan> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('accord:agreement-import'))`);
    const plan = await planImport(tx, sheet, expectedVersions);
    const realIds = await createNewParties(tx, actor, plan);
    for (const row of plan.rows) {
      if (!row.input) continue;
      const input = withRealIds(row.input, realIds);
      const id = row.action === "create" ? await insertAgreement(tx, actor, input, null, `rows.${row.row}.`) : row.existingId!;
      if (row.action === "update") {
        // A savepoint, so an edit that turns out to change nothing undoes only itself.
        await tx
          .transaction((sp) => saveAgreementEdit(sp, actor, row.existingId!, row.version!, input, `rows.${row.row}.`))
          .catch((err: unknown) => {
            if (!(err instanceof UnchangedEdit)) throw err;
          });
      }
      // A new agreement is the importer's unless the row names another 负责人; a changed one is set (and audited) like a reassignment.
      if (row.ownerId !== undefined && (row.action === "update" || row.ownerId !== actor.id)) await setOwner(tx, actor, id, row.ownerId);
    }
    return plan;
  });
}
