"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import { mergeOrganizations } from "@/db/mutations/organization-merge";
import { createOrganization, deleteOrganization, updateOrganization } from "@/db/mutations/organizations";
import { guardedAction } from "@/lib/auth/action";
import { WRITER_ROLES } from "@/lib/auth/guard";
import { versionedIdSchema } from "@/lib/validation/common";
import { mergeOrganizationsSchema } from "@/lib/validation/organization-merge";
import { createOrganizationSchema, similarOrganizationsSchema, updateOrganizationSchema } from "@/lib/validation/organization";
import { findSimilarOrganizations } from "@/db/queries/organization-similar";
import { normalizeCreditCode } from "@/lib/credit-code";

export const createOrganizationAction = guardedAction({ schema: createOrganizationSchema, roles: WRITER_ROLES }, async (input, user) => {
  const org = await createOrganization(await getDb(), user, input.organization, input.submissionKey, { allowSimilar: input.allowSimilar });
  revalidatePath("/parties");
  return org;
});

export const updateOrganizationAction = guardedAction({ schema: updateOrganizationSchema, roles: WRITER_ROLES }, async (input, user) => {
  const org = await updateOrganization(await getDb(), user, input.id, input.version, input.organization);
  // Party names show on agreement lists, details and dashboards too.
  revalidatePath("/", "layout");
  return org;
});

/** The likely duplicates of an organisation about to be created, shown before it is saved. */
export const findSimilarOrganizationsAction = guardedAction({ schema: similarOrganizationsSchema, roles: WRITER_ROLES }, async (input) =>
  findSimilarOrganizations(await getDb(), { ...input, creditCode: normalizeCreditCode(input.creditCode ?? "") || undefined }),
);

/** Staff and admins may delete a party no agreement refers to (a stray or mistaken record); the mutation refuses one in use. */
export const deleteOrganizationAction = guardedAction({ schema: versionedIdSchema, roles: WRITER_ROLES }, async (input, user) => {
  const result = await deleteOrganization(await getDb(), user, input.id, input.version);
  revalidatePath("/", "layout");
  return result;
});

/** Merging rewrites other people's agreements and deletes a record: admins only. */
export const mergeOrganizationsAction = guardedAction({ schema: mergeOrganizationsSchema, roles: ["admin"] }, async (input, user) => {
  const result = await mergeOrganizations(await getDb(), user, input);
  revalidatePath("/", "layout");
  return result;
});
