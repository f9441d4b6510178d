import { z } from "zod";
import { dbId } from "./common";

/** The issue form at /admin/tokens: only a name, so admins can tell their BI tools' tokens apart. */
export const issueApiTokenSchema = z.object({
  name: z.string({ message: "required" }).trim().min(1, "required").max(100, "tooLong"),
});

export type IssueApiTokenFormInput = z.input<typeof issueApiTokenSchema>;
export type IssueApiTokenInput = z.output<typeof issueApiTokenSchema>;

export const revokeApiTokenSchema = z.object({ id: dbId });
