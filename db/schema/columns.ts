import { numeric, pgEnum, timestamp } from "drizzle-orm/pg-core";
import { AGREEMENT_STATUSES, PARTY_TYPES, ROLES, VALUE_KINDS } from "../../lib/domain/enums";

export const roleEnum = pgEnum("role", ROLES);
export const partyTypeEnum = pgEnum("party_type", PARTY_TYPES);
export const agreementStatusEnum = pgEnum("agreement_status", AGREEMENT_STATUSES);
export const valueKindEnum = pgEnum("value_kind", VALUE_KINDS);

/** Money columns: exact yuan with two decimals (fen), up to 10万亿 per row. */
export const money = (name: string) => numeric(name, { precision: 16, scale: 2 });
export const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
export const updatedAt = () => timestamp("updated_at", { withTimezone: true }).notNull().defaultNow();
