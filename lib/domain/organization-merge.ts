/** The fields of an organisation a merge looks at. */
export interface MergeSide {
  nameZh: string;
  nameEn: string | null;
  shortName: string | null;
  creditCode: string | null;
  city: string | null;
  website: string | null;
  notes: string | null;
}

/** Fields the survivor takes from the absorbed organisation when it has none of its own. */
export const FILLABLE = ["nameEn", "shortName", "creditCode", "city", "website"] as const;
export type Fillable = (typeof FILLABLE)[number];

export interface MergePlan {
  /** Blank survivor fields filled from the absorbed one. */
  fill: Partial<Record<Fillable, string>>;
  /** The survivor's notes afterwards (the absorbed one's appended), when they change. */
  notes?: string;
  /** Names of the absorbed organisation (and its own aliases) that the survivor will answer to. */
  aliases: string[];
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * What merging `absorbed` into `survivor` does to the survivor's own fields:
 * nothing of the absorbed record is dropped. Its names become aliases unless the
 * survivor already bears them (after filling its blanks).
 */
export function planMerge(survivor: MergeSide, absorbed: MergeSide, absorbedAliases: string[] = []): MergePlan {
  const fill: MergePlan["fill"] = {};
  for (const key of FILLABLE) {
    const theirs = absorbed[key];
    if (!survivor[key] && theirs) fill[key] = theirs;
  }
  const after = { ...survivor, ...fill };
  const own = [after.nameZh, after.nameEn, after.shortName].filter((n): n is string => Boolean(n));
  const aliases: string[] = [];
  for (const name of [absorbed.nameZh, absorbed.nameEn, absorbed.shortName, ...absorbedAliases]) {
    if (name && !own.some((n) => same(n, name)) && !aliases.some((n) => same(n, name))) aliases.push(name.trim());
  }
  const notes = absorbed.notes && absorbed.notes !== survivor.notes ? [survivor.notes, absorbed.notes].filter(Boolean).join("\n\n") : undefined;
  return { fill, aliases, ...(notes ? { notes } : {}) };
}

/** Two different credit codes are two legal entities: never one organisation. */
export function creditCodesConflict(a: MergeSide, b: MergeSide): boolean {
  return Boolean(a.creditCode && b.creditCode && a.creditCode !== b.creditCode);
}
