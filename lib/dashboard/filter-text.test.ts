import { describe, expect, it } from "vitest";
import zhCN from "@/messages/zh-CN/filters.json";
import { countedHref, countedParams } from "./drilldown";
import { labelledFilters, type FilterNames } from "./filter-text";

const names: FilterNames = {
  categories: [{ key: "financial_services", nameZh: "金融服务", nameZhHant: "金融服務", nameEn: "Financial services" }],
  events: [{ id: 7, nameZh: "智博会", nameEn: "Smart China Expo" }],
  party: { nameZh: "马上消费金融", nameEn: "Mashang Consumer Finance" },
};
/** A stand-in translator: returns the key, so the test reads which form label names each filter. */
const t = (key: string) => (key === "filters.from" ? zhCN.from : key);

describe("labelledFilters", () => {
  it("names each filter by its form label, in the form's order, the status scope last but the search", () => {
    const got = labelledFilters(
      { from: "2025-01-01", to: "2025-12-31", category: ["financial_services"], event: 7, party: 3, minValue: "100000000.00", overDelivered: "1", q: "实验室" },
      names, t, "zh-CN",
    );
    expect(got).toEqual([
      { label: "签约日期从", value: "2025-01-01" },
      { label: "filters.to", value: "2025-12-31" },
      { label: "agreements.category", value: "金融服务" },
      { label: "agreements.event", value: "智博会" },
      { label: "filters.party", value: "马上消费金融" },
      { label: "filters.minValue", value: "1亿元" },
      { label: "stewardship.overDelivery.filter", value: "" },
      { label: "agreements.status", value: "dashboard.signedScope" },
      { label: "filters.q", value: "“实验室”" },
    ]);
  });

  it("shows English names in English", () => {
    const got = labelledFilters({ category: ["financial_services"], event: 7, status: ["signed"] }, names, t, "en");
    expect(got.map((p) => p.value)).toEqual(["Financial services", "Smart China Expo", "status.signed"]);
  });
});

describe("countedHref", () => {
  it("marks the list as counted and spells out the signed scope", () => {
    expect(countedHref("parties", { category: ["financial_services"] })).toBe(
      "/parties?counted=1&category=financial_services&status=signed%2Cin_execution%2Ccompleted%2Cterminated",
    );
    expect(countedParams({ status: ["draft"] }).toString()).toBe("counted=1&status=draft");
  });
});
