import type { AgreementFormInput } from "./agreement";

type PartyFormInput = AgreementFormInput["parties"][number];

/** A party row before anyone is picked ("" is the picker's empty value). */
export function blankParty(isLead = false): PartyFormInput {
  return { organizationId: "", isLead, signatoryName: "", signatoryTitle: "" };
}

/**
 * An agreement nobody has filled in yet, as the new-agreement form and each new
 * batch-sheet row start: two empty party rows (甲方 the lead), no category.
 */
export function blankAgreement(start: Pick<AgreementFormInput, "reference"> & Partial<AgreementFormInput>): AgreementFormInput {
  return {
    titleZh: "",
    titleEn: "",
    summary: "",
    categoryId: "",
    eventId: "",
    status: "signed",
    signedOn: "",
    termStart: "",
    termEnd: "",
    signedValue: "",
    valueKind: "binding",
    parties: [blankParty(true), blankParty()],
    ...start,
  };
}
