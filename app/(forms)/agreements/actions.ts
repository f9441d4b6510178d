"use server";

import { getDb } from "@/db/client";
import { listOrganizationOptions } from "@/db/queries/organization-matches";
import { guardedAction } from "@/lib/auth/action";
import { WRITER_ROLES } from "@/lib/auth/guard";
import { organizationIdsSchema } from "@/lib/validation/documents";

/** The organisations "从文件填写" matched, so the agreement form's party pickers can name them. */
export const organizationOptionsAction = guardedAction({ schema: organizationIdsSchema, roles: WRITER_ROLES }, async (input) =>
  listOrganizationOptions(await getDb(), input.ids),
);
