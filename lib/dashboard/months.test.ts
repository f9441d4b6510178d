import { describe, expect, it } from "vitest";
import { withEmptyMonths } from "./months";

const item = (key: string, count: number) => ({ key, count, signedValue: "1.00", deliveredValue: "0.00", bindingValue: "1.00", intendedValue: "0.00" });

describe("withEmptyMonths", () => {
  it("adds zero months between the first and last, across a year end", () => {
    const out = withEmptyMonths([item("2024-11", 2), item("2025-02", 1)]);
    expect(out.map((i) => [i.key, i.count])).toEqual([["2024-11", 2], ["2024-12", 0], ["2025-01", 0], ["2025-02", 1]]);
    expect(out[1].signedValue).toBe("0.00");
  });
  it("leaves a single month or none alone", () => {
    expect(withEmptyMonths([])).toEqual([]);
    expect(withEmptyMonths([item("2025-07", 97)])).toHaveLength(1);
  });
});
