import { z } from "zod";
import { dbId } from "./common";

/** Removing an attachment names it by id; the server finds its agreement. */
export const attachmentIdSchema = z.object({ id: dbId });

/** The organisations a document's parties were matched to, for the party pickers to show (at most 甲乙丙 and a few). */
export const organizationIdsSchema = z.object({ ids: z.array(dbId).min(1).max(12) });
