/**
 * The dashboard's 签约方 and 签约活动 figures open the parties and events lists under the same
 * filters: on the hand-built fixture set (tests/rollup-fixtures.ts), under every filter case,
 * each list holds exactly as many rows as getTotals counts, and they are the expected ones.
 */
import { describe, expect, it } from "vitest";
import { listEvents } from "@/db/queries/events";
import { listOrganizations } from "@/db/queries/organizations";
import { getTotals } from "@/db/queries/rollups";
import { scopeOf } from "@/lib/domain/rollups";
import { FILTER_CASES, matching, setupRollupWorld } from "./rollup-fixtures";

const ctx = setupRollupWorld();
const ALL = { page: 1, pageSize: 100 };

describe("the counted parties and events lists match the dashboard's figures", () => {
  it.each(FILTER_CASES)("%s", async (_name, make) => {
    const f = make(ctx.w);
    const totals = await getTotals(ctx.t.db, f);
    const parties = await listOrganizations(ctx.t.db, { counted: f, ...ALL });
    const events = await listEvents(ctx.t.db, { counted: f, ...ALL });
    expect(parties.total).toBe(totals.parties);
    expect(parties.items).toHaveLength(totals.parties);
    expect(events.total).toBe(totals.events);
    expect(events.items).toHaveLength(totals.events);
    // The rows themselves: the parties and events of the matching agreements.
    const agreements = matching(ctx.w, scopeOf(f));
    expect(new Set(parties.items.map((p) => p.id))).toEqual(new Set(agreements.flatMap((a) => a.partyIds)));
    expect(new Set(events.items.map((e) => e.id))).toEqual(new Set(agreements.flatMap((a) => (a.eventId ? [a.eventId] : []))));
    // Each row's count covers only the counted agreements, so the event rows add up to those held at an event.
    expect(events.items.reduce((n, e) => n + e.agreementCount, 0)).toBe(agreements.filter((a) => a.eventId).length);
  });
});
