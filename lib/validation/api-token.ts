import { z } from "zod";
import type { NewApiToken } from "@/db/schema";
import { dbId } from "./common";

/** The issue form at /admin/tokens: only a name, so admins can tell their BI tools' tokens apart. */
export const issueApiTokenSchema = z.object({
  name: z.string({ message: "required" }).trim().min(1, "required").max(100, "tooLong"),
});

export type IssueApiTokenFormInput = z.input<typeof issueApiTokenSchema>;
export type IssueApiTokenInput = z.output<typeof issueApiTokenSchema>;

/** Keeps the form and the table from drifting apart. */
export type IssueApiTokenColumns = Pick<NewApiToken, keyof IssueApiTokenInput>;

export const revokeApiTokenSchema = z.object({ id: dbId });
