import { AGREEMENT_STATUSES, type AgreementStatus } from "@/db/schema";

/** Every status but draft: what "signed" figures cover unless drafts are asked for. */
export const SIGNED_STATUSES = AGREEMENT_STATUSES.filter((s) => s !== "draft") as AgreementStatus[];
