import { describe, expect, it } from "vitest";
import { documentLines, foldRadicals } from "./text-normalize";

describe("foldRadicals", () => {
  it("turns the radicals PDF fonts report back into the ideographs a reader sees", () => {
    // As pdf.js reads a Chromium-made PDF: U+2F8F (⾏), U+2EE2 (⻢), U+2EA0 (⺠), U+2FA6 (⾦).
    expect(foldRadicals("重庆农村商业银\u2F8F · \u2EE2上消费\u2FA6融 · ⼈\u2EA0币")).toBe("重庆农村商业银行 · 马上消费金融 · 人民币");
  });
  it("leaves ordinary text alone", () => {
    expect(foldRadicals("甲方：重庆银行股份有限公司")).toBe("甲方：重庆银行股份有限公司");
  });
});

describe("documentLines", () => {
  it("removes the spaces extraction puts between Chinese characters, keeps those between words", () => {
    expect(documentLines("甲 方 ： 重 庆 银 行\r\n\r\nCQ Bank  Co.,\u3000Ltd.\t")).toEqual(["甲方：重庆银行", "CQ Bank Co., Ltd."]);
  });
  it("drops zero-width characters and empty lines", () => {
    expect(documentLines("\ufeff乙方\u200b：重庆大学\n \n\u00a0\n")).toEqual(["乙方：重庆大学"]);
  });
});
