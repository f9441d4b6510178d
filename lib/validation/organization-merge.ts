import { z } from "zod";
import { dbId, openedVersion } from "./common";

/** Merging `absorbedId` into `survivorId`, each at the version the admin's preview showed. */
export const mergeOrganizationsSchema = z
  .object({
    survivorId: dbId,
    survivorVersion: openedVersion,
    absorbedId: dbId,
    absorbedVersion: openedVersion,
  })
  .refine((m) => m.survivorId !== m.absorbedId, { path: ["absorbedId"], message: "sameOrganization" });
export type MergeOrganizationsInput = z.output<typeof mergeOrganizationsSchema>;
