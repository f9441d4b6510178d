import "server-only";
import { sql, type SQL } from "drizzle-orm";

/*
 * Delivered value (落地金额) is the sum of an agreement's progress entries that
 * have not been withdrawn. A withdrawn entry stays on record and in the history
 * but counts nothing, so every sum of `delivered_value` reads through here.
 */

/** One row per agreement with live progress: `agreement_id`, `delivered` (for joins over many agreements). */
export const DELIVERED_BY_AGREEMENT = sql`(select agreement_id, sum(delivered_value) as delivered
                                            from progress_updates
                                           where withdrawn_at is null
                                           group by agreement_id)`;

/** The delivered total of the agreement whose id is `agreementId` (a correlated subquery), 0 when none. */
export function deliveredOf(agreementId: SQL): SQL {
  return sql`coalesce((select sum(pu.delivered_value) from progress_updates pu
                        where pu.agreement_id = ${agreementId} and pu.withdrawn_at is null), 0)`;
}

/**
 * Agreement `a` has delivered more than its signed value. Without a signed value
 * (non-monetary agreements) there is nothing to exceed, so it never qualifies.
 */
export const OVER_DELIVERED = sql`(a.signed_value is not null and ${deliveredOf(sql`a.id`)} > a.signed_value)`;
