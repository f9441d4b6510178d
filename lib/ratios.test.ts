import { describe, expect, it } from "vitest";
import { changePercent, sharePercent } from "./ratios";

describe("ratios on exact values", () => {
  it("computes shares with one decimal", () => {
    expect(sharePercent("1.00", "3.00")).toBe("33.3%");
    expect(sharePercent("2.00", "3.00")).toBe("66.7%");
    expect(sharePercent("0.01", "99999999999.99")).toBe("0.0%");
    expect(sharePercent("5", "0")).toBe("0.0%");
    expect(sharePercent(3, 4)).toBe("75.0%");
  });
  it("computes changes with a sign, and none against zero", () => {
    expect(changePercent("110.00", "100.00")).toBe("+10.0%");
    expect(changePercent("95.00", "100.00")).toBe("-5.0%");
    expect(changePercent("100.00", "100.00")).toBe("0.0%");
    expect(changePercent("1.00", "0")).toBeNull();
    expect(changePercent(2, 3)).toBe("-33.3%");
  });
});
