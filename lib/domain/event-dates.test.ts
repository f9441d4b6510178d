import { describe, expect, it } from "vitest";
import { daysApart, signingFarFromEvent } from "./event-dates";

describe("signingFarFromEvent", () => {
  it("the issue's case: signed 2025-07-10 under an event held 2026-04-16 is 280 days off", () => {
    expect(signingFarFromEvent("2025-07-10", "2026-04-16")).toBe(280);
  });

  it("30 days either side is fine, 31 is not", () => {
    expect(signingFarFromEvent("2025-08-09", "2025-07-10")).toBeNull();
    expect(signingFarFromEvent("2025-06-10", "2025-07-10")).toBeNull();
    expect(signingFarFromEvent("2025-08-10", "2025-07-10")).toBe(31);
    expect(signingFarFromEvent("2025-06-09", "2025-07-10")).toBe(31);
  });

  it("counts calendar days across a leap day and year end", () => {
    expect(daysApart("2024-02-28", "2024-03-01")).toBe(2);
    expect(daysApart("2025-12-31", "2026-01-01")).toBe(1);
  });

  it("says nothing while a date is missing or half-typed", () => {
    expect(signingFarFromEvent(undefined, "2025-07-10")).toBeNull();
    expect(signingFarFromEvent("2025-07-10", null)).toBeNull();
    expect(signingFarFromEvent("2025-7-1", "2025-07-10")).toBeNull();
  });
});
