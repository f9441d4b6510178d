import { describe, expect, it } from "vitest";
import { MAX_AMOUNT_FEN, formatAmountInput, parseAmountInput, type AmountInputError } from "./amount-input";

describe("parseAmountInput accepts", () => {
  it.each([
    // units
    ["3.5亿", "350000000.00"],
    ["3500万", "35000000.00"],
    ["1.2億", "120000000.00"],
    ["3500萬", "35000000.00"],
    ["1.2万亿", "1200000000000.00"],
    ["1.2萬億", "1200000000000.00"],
    ["2万亿", "2000000000000.00"],
    ["3500万元", "35000000.00"],
    ["1.2 亿元", "120000000.00"],
    ["1.2亿 元", "120000000.00"],
    ["100元", "100.00"],
    // plain yuan and thousands separators
    ["0", "0.00"],
    ["0.01", "0.01"],
    ["12", "12.00"],
    ["1234.5", "1234.50"],
    ["1234.56", "1234.56"],
    ["1234.560", "1234.56"],
    ["35,000,000", "35000000.00"],
    ["1,234.56", "1234.56"],
    ["3,500万", "35000000.00"],
    ["99999999.99", "99999999.99"],
    // full-width digits and punctuation
    ["３５００万", "35000000.00"],
    ["３．５亿", "350000000.00"],
    ["３５，０００，０００", "35000000.00"],
    ["１２３４．５６元", "1234.56"],
    // currency markers and whitespace
    ["¥100", "100.00"],
    ["￥1,234.56", "1234.56"],
    ["CNY 3500万", "35000000.00"],
    ["cny3.5亿元", "350000000.00"],
    ["ＣＮＹ １００", "100.00"],
    ["  3.5亿  ", "350000000.00"],
    ["\u30003.5 亿\u3000", "350000000.00"],
    ["\t1234.56\n", "1234.56"],
    // decimals before a unit, as long as the yuan result has ≤ 2 decimals
    ["1.23456万", "12345.60"],
    ["1.234567万", "12345.67"],
    ["0.0000001亿", "10.00"],
    ["0.0000000001亿", "0.01"],
    ["1.2345678901亿", "123456789.01"],
    ["1.23000000000亿", "123000000.00"],
    ["1.0000000000001万亿", "1000000000000.10"],
    // upper bound is inclusive
    ["10万亿", "10000000000000.00"],
    ["10,000,000,000,000.00", "10000000000000.00"],
    ["100000亿", "10000000000000.00"],
  ])("%j → %s", (raw, decimal) => {
    expect(parseAmountInput(raw)).toEqual({ ok: true, decimal });
  });
});

describe("parseAmountInput refuses", () => {
  it.each<[string, AmountInputError]>([
    ["", "empty"],
    ["   ", "empty"],
    ["\u3000", "empty"],
    ["-5", "negative"],
    ["－5", "negative"],
    ["−5", "negative"],
    ["-3.5亿", "negative"],
    ["¥-5", "negative"],
    ["-¥5", "negative"],
    ["abc", "invalid"],
    ["3.5.1亿", "invalid"],
    ["亿", "invalid"],
    ["元", "invalid"],
    ["¥", "invalid"],
    ["-", "invalid"],
    ["--5", "invalid"],
    ["-abc", "invalid"],
    ["+5", "invalid"],
    ["3,5", "invalid"],
    ["35,00,000", "invalid"],
    ["0,500", "invalid"],
    [",500", "invalid"],
    ["1,000,", "invalid"],
    [".5", "invalid"],
    ["5.", "invalid"],
    ["3 5", "invalid"],
    ["1e8", "invalid"],
    ["3.5亿亿", "invalid"],
    ["亿3.5", "invalid"],
    ["3.5元亿", "invalid"],
    ["¥¥5", "invalid"],
    ["1234.567", "tooManyDecimals"],
    ["0.001", "tooManyDecimals"],
    ["1.23456789012亿", "tooManyDecimals"],
    ["1.000000000000001万亿", "tooManyDecimals"],
    ["12万亿", "tooLarge"],
    ["10000000000000.01", "tooLarge"],
    ["10.00000000000001万亿", "tooLarge"],
    ["100000000000000", "tooLarge"],
    ["99999999999999999999999亿", "tooLarge"],
  ])("%j → %s", (raw, error) => {
    expect(parseAmountInput(raw)).toEqual({ ok: false, error });
  });
});

describe("MAX_AMOUNT_FEN", () => {
  it("is 10万亿 yuan", () => {
    expect(MAX_AMOUNT_FEN).toBe(1_000_000_000_000_000n);
  });
});

describe("formatAmountInput", () => {
  it("writes a stored amount the way it is typed", () => {
    expect(formatAmountInput("350000000.00", "zh-CN")).toBe("3.5亿");
    expect(formatAmountInput("350000000.00", "zh-TW")).toBe("3.5億");
    expect(formatAmountInput("350000000.00", "en")).toBe("3.5亿");
    expect(formatAmountInput("12345678.00", "zh-CN")).toBe("1234.5678万");
    expect(formatAmountInput("123456789.00", "zh-CN")).toBe("12345.6789万");
    expect(formatAmountInput("50000.00", "zh-CN")).toBe("5万");
    expect(formatAmountInput("10000.50", "zh-CN")).toBe("10000.5");
    expect(formatAmountInput("1234.56", "zh-CN")).toBe("1234.56");
    expect(formatAmountInput("0.00", "zh-CN")).toBe("0");
  });
  it("reads back to the same amount", () => {
    for (const v of ["350000000.00", "12345678.00", "123456789.01", "10000.50", "999999999999.99", "1.00", "30000000000.00"]) {
      for (const locale of ["zh-CN", "zh-TW", "en"]) expect(parseAmountInput(formatAmountInput(v, locale))).toEqual({ ok: true, decimal: v });
    }
  });
});
