/** The parties' places as agreements name them, in order: row 1, 2, 3 of the form. */
export const PARTY_ROLES = ["甲方", "乙方", "丙方"] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];
