"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import { createOrganization, updateOrganization } from "@/db/mutations/organizations";
import { guardedAction } from "@/lib/auth/action";
import { WRITER_ROLES } from "@/lib/auth/guard";
import { createOrganizationSchema, updateOrganizationSchema } from "@/lib/validation/organization";

export const createOrganizationAction = guardedAction({ schema: createOrganizationSchema, roles: WRITER_ROLES }, async (input, user) => {
  const org = await createOrganization(await getDb(), user, input.organization, input.submissionKey);
  revalidatePath("/parties");
  return org;
});

export const updateOrganizationAction = guardedAction({ schema: updateOrganizationSchema, roles: WRITER_ROLES }, async (input, user) => {
  const org = await updateOrganization(await getDb(), user, input.id, input.version, input.organization);
  // Party names show on agreement lists, details and dashboards too.
  revalidatePath("/", "layout");
  return org;
});
