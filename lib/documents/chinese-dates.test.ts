import { describe, expect, it } from "vitest";
import { findDates, termEndAfter } from "./chinese-dates";

const isos = (text: string) => findDates(text).map((d) => d.iso);

describe("findDates", () => {
  it("reads the ways agreements write a date", () => {
    expect(isos("签订日期：2025年7月10日")).toEqual(["2025-07-10"]);
    expect(isos("2025 年 07 月 10 日")).toEqual(["2025-07-10"]);
    expect(isos("二〇二五年七月十日")).toEqual(["2025-07-10"]);
    expect(isos("二○二五年十二月三十一日")).toEqual(["2025-12-31"]);
    expect(isos("二〇二六年元月二十日")).toEqual(["2026-01-20"]);
    expect(isos("2025-07-10、2025.7.1 和 2025/12/31")).toEqual(["2025-07-10", "2025-07-01", "2025-12-31"]);
  });

  it("gives where each date is", () => {
    expect(findDates("于2025年7月10日签订")).toEqual([{ iso: "2025-07-10", index: 1, length: 10 }]);
  });

  it("skips what is not a real calendar date", () => {
    expect(isos("2025年2月30日 2025年13月1日 2025-7/10 12025-07-10 二〇二五年七月三十二日")).toEqual([]);
  });
});

describe("termEndAfter", () => {
  it("ends a term the day before its anniversary", () => {
    expect(termEndAfter("2025-07-10", 3)).toBe("2028-07-09");
    expect(termEndAfter("2025-01-01", 1)).toBe("2025-12-31");
    expect(termEndAfter("2025-07-10", 0, 18)).toBe("2027-01-09");
  });

  it("runs a term from 29 February to the last day before the anniversary", () => {
    expect(termEndAfter("2024-02-29", 1)).toBe("2025-02-27");
    expect(termEndAfter("2025-01-31", 0, 1)).toBe("2025-02-27");
  });
});
