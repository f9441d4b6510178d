import { describe, expect, it } from "vitest";
import { agreementSchema } from "./agreement";

const valid = {
  reference: "CQ-2025-0101", titleZh: "合作协议", titleEn: "", summary: "", categoryId: 1, eventId: "", status: "signed",
  signedOn: "2025-07-10", termStart: "2025-08-01", termEnd: "2027-07-31", signedValue: "3.5亿", valueKind: "intended",
  parties: [{ organizationId: 1, isLead: true }, { organizationId: 2, isLead: false }],
};

const errors = (input: object) => {
  const r = agreementSchema.safeParse(input);
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join("."), i.message]));
};

describe("agreementSchema reports every error at once", () => {
  it("names the term order together with field errors elsewhere", () => {
    expect(errors({ ...valid, titleZh: "", signedValue: "abc", termStart: "2025-08-01", termEnd: "2025-07-01" })).toEqual({
      titleZh: "required",
      signedValue: expect.any(String),
      termEnd: "termEndBeforeStart",
    });
  });
  it("names the missing signing date and the parties while the reference is wrong", () => {
    expect(errors({ ...valid, reference: "x", signedOn: "", parties: [{ organizationId: 1, isLead: true }] })).toEqual({
      reference: "invalidReference",
      signedOn: "signedOnRequired",
      parties: "twoPartiesRequired",
    });
  });
  it("does not compare a date that is itself invalid", () => {
    expect(errors({ ...valid, termStart: "2025-13-40", termEnd: "2025-01-01" })).toEqual({ termStart: expect.any(String) });
  });
});
