import { describe, expect, it } from "vitest";
import { previousPeriod, shiftYear, shiftYearEnd, todayInShanghai } from "./dates";
import { yearEarlier } from "./dashboard/periods";

describe("dates", () => {
  it("reads today in Asia/Shanghai whatever the machine's zone", () => {
    expect(todayInShanghai(new Date("2026-11-27T16:30:00Z"))).toBe("2026-11-28");
    expect(todayInShanghai(new Date("2026-11-27T15:59:59Z"))).toBe("2026-11-27");
  });
  it("shifts a date by a year, clamping 29 February", () => {
    expect(shiftYear("2025-07-10", -1)).toBe("2024-07-10");
    expect(shiftYear("2024-02-29", -1)).toBe("2023-02-28");
  });
  it("keeps a period's month-end a month-end a year earlier, so 同比 for February covers 29 February", () => {
    expect(shiftYearEnd("2025-02-28", -1)).toBe("2024-02-29");
    expect(shiftYearEnd("2024-02-29", -1)).toBe("2023-02-28");
    expect(shiftYearEnd("2025-02-27", -1)).toBe("2024-02-27");
    expect(yearEarlier("2025-02-01", "2025-02-28")).toEqual({ from: "2024-02-01", to: "2024-02-29" });
    expect(yearEarlier("2024-03-01", "2025-02-28")).toEqual({ from: "2023-03-01", to: "2024-02-29" });
    expect(yearEarlier("2025-07-10", "2025-07-10")).toEqual({ from: "2024-07-10", to: "2024-07-10" });
  });
  it("finds the previous period of equal length", () => {
    expect(previousPeriod("2025-07-01", "2025-07-31")).toEqual({ from: "2025-06-01", to: "2025-06-30" });
    expect(previousPeriod("2025-07-05", "2025-07-14")).toEqual({ from: "2025-06-25", to: "2025-07-04" });
    expect(previousPeriod("2025-03-01", "2025-05-31")).toEqual({ from: "2024-12-01", to: "2025-02-28" });
    expect(previousPeriod("2025-01-01", "2025-12-31")).toEqual({ from: "2024-01-01", to: "2024-12-31" });
  });
});
