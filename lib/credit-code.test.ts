import { describe, expect, it } from "vitest";
import { CREDIT_CODE_CHARSET, creditCodeCheckChar, isValidCreditCode, normalizeCreditCode } from "./credit-code";

// Publicly listed codes (the first is the standard's commonly cited example).
const VALID = ["91350100M000100Y43", "914403001922038216", "9144030071526726XG", "91310000717854505W"];

describe("CREDIT_CODE_CHARSET", () => {
  it("has 31 characters and excludes I, O, Z, S, V", () => {
    expect(CREDIT_CODE_CHARSET).toHaveLength(31);
    for (const c of "IOZSV") expect(CREDIT_CODE_CHARSET).not.toContain(c);
  });
});

describe("isValidCreditCode", () => {
  it.each(VALID)("accepts %s", (code) => {
    expect(isValidCreditCode(code)).toBe(true);
  });

  it("accepts codes completed with a computed check character", () => {
    expect(creditCodeCheckChar("91110108MA01ABCD1")).toBe("E");
    expect(isValidCreditCode("91110108MA01ABCD1E")).toBe(true);
    expect(creditCodeCheckChar("12100000400000624")).toBe("D");
    expect(isValidCreditCode("12100000400000624D")).toBe(true);
    expect(creditCodeCheckChar("00000000000000000")).toBe("0");
    expect(isValidCreditCode("000000000000000000")).toBe(true);
  });

  it("rejects a wrong check character", () => {
    expect(isValidCreditCode("91350100M000100Y44")).toBe(false);
    expect(isValidCreditCode("914403001922038217")).toBe(false);
    expect(isValidCreditCode("9144030071526726XH")).toBe(false);
  });

  it("rejects a transposition", () => {
    expect(isValidCreditCode("91350100M000010Y43")).toBe(false);
  });

  it.each([
    ["", "empty"],
    ["91350100M000100Y4", "17 characters"],
    ["91350100M000100Y433", "19 characters"],
    ["91350100I000100Y43", "I is not in the charset"],
    ["91350100O000100Y43", "O is not in the charset"],
    ["91350100Z000100Y43", "Z is not in the charset"],
    ["91350100S000100Y43", "S is not in the charset"],
    ["91350100V000100Y43", "V is not in the charset"],
    ["91350100m000100y43", "lower case (not normalized)"],
    [" 91350100M000100Y43", "surrounding space (not normalized)"],
    ["９１３５０１００Ｍ０００１００Ｙ４３", "full-width (not normalized)"],
    ["91350100-000100Y43", "punctuation"],
  ])("rejects %j (%s)", (code) => {
    expect(isValidCreditCode(code)).toBe(false);
  });
});

describe("creditCodeCheckChar", () => {
  it("returns null for a body of the wrong length or charset", () => {
    expect(creditCodeCheckChar("9135010")).toBeNull();
    expect(creditCodeCheckChar("91350100I000100Y4")).toBeNull();
  });
});

describe("normalizeCreditCode", () => {
  it.each([
    ["91350100M000100Y43", "91350100M000100Y43"],
    ["  91350100m000100y43\n", "91350100M000100Y43"],
    ["９１３５０１００Ｍ０００１００Ｙ４３", "91350100M000100Y43"],
    ["\u3000９１３５０１００ｍ０００１００ｙ４３\u3000", "91350100M000100Y43"],
  ])("%j → %s", (input, expected) => {
    const normalized = normalizeCreditCode(input);
    expect(normalized).toBe(expected);
    expect(isValidCreditCode(normalized)).toBe(true);
  });
});
