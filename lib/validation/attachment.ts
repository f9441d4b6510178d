import { z } from "zod";
import { dbId } from "./common";

/** Removing an attachment names it by id; the server finds its agreement. */
export const attachmentIdSchema = z.object({ id: dbId });
