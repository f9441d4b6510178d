import { describe, expect, it } from "vitest";
import { otherRecordName, recordName } from "./record-name";

describe("recordName", () => {
  it("shows the English name in English where the record has one", () => {
    expect(recordName("en", "蚂蚁消费金融有限公司", "Ant Consumer Finance")).toBe("Ant Consumer Finance");
  });
  it("falls back to the Chinese name when the English one is missing or blank", () => {
    expect(recordName("en", "马上消费金融股份有限公司", null)).toBe("马上消费金融股份有限公司");
    expect(recordName("en", "马上消费金融股份有限公司", "  ")).toBe("马上消费金融股份有限公司");
  });
  it("keeps the stored Chinese in 简体 and 繁體 alike", () => {
    expect(recordName("zh-CN", "重庆两江新区", "Liangjiang")).toBe("重庆两江新区");
    expect(recordName("zh-TW", "重庆两江新区", "Liangjiang")).toBe("重庆两江新区");
  });
  it("gives the other name for a sub-line", () => {
    expect(otherRecordName("en", "蚂蚁消金", "Ant")).toBe("蚂蚁消金");
    expect(otherRecordName("zh-CN", "蚂蚁消金", "Ant")).toBe("Ant");
    expect(otherRecordName("en", "蚂蚁消金", null)).toBeNull();
  });
});
