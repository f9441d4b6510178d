import { describe, expect, it } from "vitest";
import { fenToDecimal, formatAmount, formatAmountExact, toFen, toSummaryFigure, toYiString, type MoneyLocale } from "./money";

describe("toFen", () => {
  it.each([
    ["0", 0n],
    ["0.01", 1n],
    ["123", 12300n],
    ["123.4", 12340n],
    ["123.45", 12345n],
    ["-5.00", -500n],
    ["32560000000.00", 3256000000000n],
    ["123456789012345678.99", 12345678901234567899n],
  ])("%s → %s fen", (input, fen) => {
    expect(toFen(input)).toBe(fen);
  });

  it.each(["", "abc", "1.234", "1.", ".5", "1,000", " 1", "1e5", "+1", "--1", "1.2.3", "0x10"])(
    "refuses %j",
    (input) => {
      expect(() => toFen(input)).toThrow(SyntaxError);
    },
  );
});

describe("fenToDecimal", () => {
  it.each([
    [0n, "0.00"],
    [1n, "0.01"],
    [10n, "0.10"],
    [12345n, "123.45"],
    [-500n, "-5.00"],
    [-1n, "-0.01"],
    [3256000000000n, "32560000000.00"],
    [12345678901234567899n, "123456789012345678.99"],
  ])("%s fen → %s", (fen, decimal) => {
    expect(fenToDecimal(fen)).toBe(decimal);
  });

  it("round-trips with toFen", () => {
    for (const s of ["0.00", "0.01", "99999999.99", "99999999999999.99", "-12.30"]) {
      expect(fenToDecimal(toFen(s))).toBe(s);
    }
  });
});

// value → [zh-CN, zh-TW, en]
const CASES: Array<[string, string, string, string]> = [
  ["0", "0元", "0元", "CNY 0"],
  ["0.00", "0元", "0元", "CNY 0"],
  ["0.01", "0.01元", "0.01元", "CNY 0.01"],
  ["0.10", "0.1元", "0.1元", "CNY 0.1"],
  ["12.00", "12元", "12元", "CNY 12"],
  ["1234.56", "1,234.56元", "1,234.56元", "CNY 1,234.56"],
  ["9999.99", "9,999.99元", "9,999.99元", "CNY 9,999.99"],
  ["10000.00", "1万元", "1萬元", "CNY 10,000"],
  ["12345.67", "1.23万元", "1.23萬元", "CNY 12,345.67"],
  ["999999.99", "100万元", "100萬元", "CNY 999,999.99"],
  ["1000000.00", "100万元", "100萬元", "CNY 1 m"],
  ["35000000.00", "3500万元", "3500萬元", "CNY 35 m"],
  ["99990000.00", "9999万元", "9999萬元", "CNY 99.99 m"],
  ["99994999.00", "9999.5万元", "9999.5萬元", "CNY 99.99 m"],
  ["99999949.99", "9999.99万元", "9999.99萬元", "CNY 100 m"],
  ["99999950.00", "1亿元", "1億元", "CNY 100 m"],
  ["99999999.99", "1亿元", "1億元", "CNY 100 m"],
  ["100000000.00", "1亿元", "1億元", "CNY 100 m"],
  ["350000000.00", "3.5亿元", "3.5億元", "CNY 350 m"],
  ["999994999.99", "10亿元", "10億元", "CNY 999.99 m"],
  ["999995000.00", "10亿元", "10億元", "CNY 1 bn"],
  ["999999999.99", "10亿元", "10億元", "CNY 1 bn"],
  ["32560000000.00", "325.6亿元", "325.6億元", "CNY 32.56 bn"],
  ["32565000000.00", "325.65亿元", "325.65億元", "CNY 32.57 bn"],
  ["1234560000000.00", "1.23万亿元", "1.23萬億元", "CNY 1.23 tn"],
  ["1200000000000.00", "1.2万亿元", "1.2萬億元", "CNY 1.2 tn"],
  ["1234560000000000.00", "1234.56万亿元", "1234.56萬億元", "CNY 1,234.56 tn"],
  ["999999999999.99", "1万亿元", "1萬億元", "CNY 1 tn"],
  ["99999999999999.99", "100万亿元", "100萬億元", "CNY 100 tn"],
  ["123456789012345678.99", "123456.79万亿元", "123456.79萬億元", "CNY 123,456.79 tn"],
];

describe("formatAmount", () => {
  describe.each(CASES)("%s", (value, zhCN, zhTW, en) => {
    it.each<[MoneyLocale, string]>([
      ["zh-CN", zhCN],
      ["zh-TW", zhTW],
      ["en", en],
    ])("%s", (locale, expected) => {
      expect(formatAmount(value, locale)).toBe(expected);
      expect(formatAmount(toFen(value), locale)).toBe(expected);
    });
  });

  it("rounds half up in the unit", () => {
    expect(formatAmount("12345000.00", "zh-CN")).toBe("1234.5万元");
    expect(formatAmount("12345050.00", "zh-CN")).toBe("1234.51万元");
    expect(formatAmount("12345049.99", "zh-CN")).toBe("1234.5万元");
    expect(formatAmount("1234500000.00", "en")).toBe("CNY 1.23 bn");
    expect(formatAmount("1235000000.00", "en")).toBe("CNY 1.24 bn");
  });

  it("keeps 万/亿 figures ungrouped", () => {
    expect(formatAmount("99990000.00", "zh-CN")).toBe("9999万元");
    expect(formatAmount("999949000000.00", "zh-TW")).toBe("9999.49億元");
    expect(formatAmount("12345600000000000.00", "zh-CN")).toBe("12345.6万亿元");
  });

  it("refuses negatives with a RangeError", () => {
    expect(() => formatAmount("-5.00", "zh-CN")).toThrow(RangeError);
    expect(() => formatAmount("-0.01", "en")).toThrow(RangeError);
    expect(() => formatAmount(-1n, "zh-TW")).toThrow(RangeError);
  });

  it("refuses malformed strings", () => {
    expect(() => formatAmount("3.5亿", "zh-CN")).toThrow(SyntaxError);
    expect(() => formatAmount("1.234", "en")).toThrow(SyntaxError);
  });
});

describe("formatAmountExact", () => {
  it.each<[string | bigint, string, string]>([
    ["0", "0.00元", "CNY 0.00"],
    ["0.01", "0.01元", "CNY 0.01"],
    [1n, "0.01元", "CNY 0.01"],
    ["999.5", "999.50元", "CNY 999.50"],
    ["1000", "1,000.00元", "CNY 1,000.00"],
    ["99999999.99", "99,999,999.99元", "CNY 99,999,999.99"],
    ["32560000000.00", "32,560,000,000.00元", "CNY 32,560,000,000.00"],
    ["123456789012345678.99", "123,456,789,012,345,678.99元", "CNY 123,456,789,012,345,678.99"],
  ])("%s", (value, zh, en) => {
    expect(formatAmountExact(value, "zh-CN")).toBe(zh);
    expect(formatAmountExact(value, "zh-TW")).toBe(zh);
    expect(formatAmountExact(value, "en")).toBe(en);
  });

  it("refuses negatives with a RangeError", () => {
    expect(() => formatAmountExact("-5.00", "zh-CN")).toThrow(RangeError);
    expect(() => formatAmountExact(-500n, "en")).toThrow(RangeError);
  });
});

describe("toYiString", () => {
  it("shows exact yuan in 亿元 with two decimals, rounded half up", () => {
    expect(toYiString("32568000000.00")).toBe("325.68");
    expect(toYiString("0.01")).toBe("0.00");
    expect(toYiString("50000000.00")).toBe("0.50");
    expect(toYiString("49999999.99")).toBe("0.50");
    expect(toYiString("49999999.00")).toBe("0.50");
    expect(toYiString("49900000.00")).toBe("0.50");
    expect(toYiString("49400000.00")).toBe("0.49");
    expect(toYiString("0")).toBe("0.00");
  });
});

describe("toSummaryFigure", () => {
  it("keeps 亿元 in Chinese and gives CNY bn at the same precision in English", () => {
    expect(toSummaryFigure("32568000000.00", "zh-CN")).toBe("325.68");
    expect(toSummaryFigure("32568000000.00", "zh-TW")).toBe("325.68");
    expect(toSummaryFigure("32568000000.00", "en")).toBe("32.568");
    expect(toSummaryFigure("350000000.00", "en")).toBe("0.350");
    expect(toSummaryFigure("49999999.99", "en")).toBe("0.050");
    expect(toSummaryFigure("0", "en")).toBe("0.000");
  });
});
