/**
 * The field rules on short texts, one pattern at a time; the fixture documents
 * (tests/documents-fixtures.test.ts) run them on whole agreements.
 */
import { describe, expect, it } from "vitest";
import { extractFields, hasTextLayer } from "./extract-fields";

const values = (text: string) => {
  const f = extractFields(text);
  return {
    titleZh: f.titleZh?.value,
    parties: f.parties.map((p) => p.value),
    signedValue: f.signedValue?.value,
    signedOn: f.signedOn?.value,
    termStart: f.termStart?.value,
    termEnd: f.termEnd?.value,
    category: f.category?.value,
  };
};

describe("parties", () => {
  it("reads 甲方/乙方/丙方 labels with full- or half-width colons and a (盖章) note", () => {
    const text = "甲方（盖章）：重庆银行股份有限公司\n乙方: 重庆大学\n丙方(全称)：西部数据交易有限公司（以下简称“丙方”）";
    expect(values(text).parties).toEqual([
      { role: "甲方", name: "重庆银行股份有限公司" },
      { role: "乙方", name: "重庆大学" },
      { role: "丙方", name: "西部数据交易有限公司" },
    ]);
  });

  it("joins a name wrapped onto the next line, or written on the line under its label", () => {
    expect(values("甲方：重庆两江星算人工智能\n科技有限公司\n乙方：\n重庆银行股份有限公司\n住所：重庆市").parties).toEqual([
      { role: "甲方", name: "重庆两江星算人工智能科技有限公司" },
      { role: "乙方", name: "重庆银行股份有限公司" },
    ]);
    expect(values("甲方：中国工商银行股份有限公司\n重庆市分行").parties).toEqual([{ role: "甲方", name: "中国工商银行股份有限公司重庆市分行" }]);
  });

  it("splits two labels on one line and keeps other fields out of the name", () => {
    expect(values("甲方：重庆银行股份有限公司 乙方：重庆大学\n丙方：重庆市金融科技协会 地址：重庆市渝北区").parties.map((p) => p.name)).toEqual([
      "重庆银行股份有限公司",
      "重庆大学",
      "重庆市金融科技协会",
    ]);
  });

  it("reads the preamble form and takes a clause about a party for no name", () => {
    const text = "本协议由重庆银行股份有限公司（以下简称“甲方”）与重庆大学（以下简称“乙方”）签订。\n甲方：负责提供资金支持。\n乙方：负责组织学生实习。";
    expect(values(text).parties).toEqual([
      { role: "甲方", name: "重庆银行股份有限公司" },
      { role: "乙方", name: "重庆大学" },
    ]);
  });

  it("keeps the valid credit code printed in a party's block, and no invalid one", () => {
    const text = "甲方：重庆渝智大模型科技有限公司\n统一社会信用代码：91500000MA61Y2T8PR\n乙方：重庆大学\n统一社会信用代码：91500000MA61Y2T8PX";
    expect(values(text).parties).toEqual([
      { role: "甲方", name: "重庆渝智大模型科技有限公司", creditCode: "91500000MA61Y2T8PR" },
      { role: "乙方", name: "重庆大学" },
    ]);
  });

  it("reads a Word table's bare label cell with the name in the next cell", () => {
    const text = "甲方\n重庆银行股份有限公司\n住所\n重庆市江北区\n乙方\n重庆大学\n甲方（盖章）\n2025年7月10日";
    expect(values(text).parties).toEqual([
      { role: "甲方", name: "重庆银行股份有限公司" },
      { role: "乙方", name: "重庆大学" },
    ]);
    expect(extractFields(text).parties[0].source).toBe("甲方 重庆银行股份有限公司");
  });

  it("finds no party in a signature block left blank", () => {
    expect(values("甲方（盖章）：\n法定代表人（签字）：\n乙方（盖章）：\n2025年7月10日").parties).toEqual([]);
  });
});

describe("title", () => {
  it("takes the first heading ending like an agreement, joining a short last line, skipping the number", () => {
    expect(values("协议编号：CQ-2025-001\n重庆银行股份有限公司与重庆大学\n战略合作协议\n甲方：重庆银行股份有限公司").titleZh).toBe("重庆银行股份有限公司与重庆大学战略合作协议");
    expect(values("金融科技联合创新框架协议（2025—2027年）\n甲方：重庆大学").titleZh).toBe("金融科技联合创新框架协议（2025—2027年）");
  });
  it("finds none when no heading looks like one", () => {
    expect(values("会议纪要\n甲方：重庆大学").titleZh).toBeUndefined();
  });
});

describe("signed value", () => {
  it("reads 亿/万 figures, ¥ amounts and amounts in words exactly", () => {
    expect(values("合作金额为人民币3.5亿元。").signedValue).toBe("350000000.00");
    expect(values("合作金额：¥350,000,000.00").signedValue).toBe("350000000.00");
    expect(values("授信额度：人民币叁亿伍仟万元整").signedValue).toBe("350000000.00");
    expect(values("投资总额３５００万元").signedValue).toBe("35000000.00");
  });

  it("skips registered capital, penalties and a bare number", () => {
    const text = "甲方：重庆银行股份有限公司\n注册资本：人民币50亿元\n违约方应支付违约金人民币100万元。\n本协议共12条，2025年生效。";
    expect(values(text).signedValue).toBeUndefined();
    expect(values(`${text}\n合作金额为人民币2亿元。`).signedValue).toBe("200000000.00");
  });

  it("takes the words where figures and words disagree", () => {
    expect(values("合作金额人民币3.6亿元（大写：叁亿伍仟万元整）。").signedValue).toBe("350000000.00");
  });

  it("prefers the amount stated as the agreement's value over an earlier one", () => {
    expect(values("乙方已于去年投入100万元建设实验室。本协议合作总额为人民币5000万元。").signedValue).toBe("50000000.00");
  });

  it("does not read 统一元数据 as one yuan", () => {
    expect(values("双方共建统一元数据平台。").signedValue).toBeUndefined();
  });
});

describe("signing date and term", () => {
  it("prefers a 签订日期 label, then a sentence, then the latest date under the signatures", () => {
    const signatures = "甲方（盖章）：\n2025年7月8日\n乙方（盖章）：\n2025年7月9日";
    expect(values(`本协议于2025年7月1日在重庆签署。\n签订日期：2025年7月10日\n${signatures}`).signedOn).toBe("2025-07-10");
    expect(values(`本协议于2025年7月1日在重庆签署。\n${signatures}`).signedOn).toBe("2025-07-01");
    expect(values(signatures).signedOn).toBe("2025-07-09");
  });

  it("does not take a term date for the signing date", () => {
    expect(values("有效期自2025年8月1日起至2027年7月31日止。").signedOn).toBeUndefined();
  });

  it("reads a range after the word for the term, without 自, but not any two dates", () => {
    expect(values("合作期限：2025年7月10日至2028年7月9日。")).toMatchObject({ termStart: "2025-07-10", termEnd: "2028-07-09" });
    expect(values("双方于2025年7月10日至2025年7月12日举办活动。")).toMatchObject({ termStart: undefined, termEnd: undefined });
  });

  it("reads 自…起至…止", () => {
    expect(values("合作期限自二〇二五年八月一日起至二〇二七年七月三十一日止。")).toMatchObject({ termStart: "2025-08-01", termEnd: "2027-07-31" });
  });

  it("counts 有效期N年 or N个月 from the date named, else from signing", () => {
    expect(values("本协议有效期自2025年9月1日起三年。")).toMatchObject({ termStart: "2025-09-01", termEnd: "2028-08-31" });
    expect(values("签订日期：2025年7月10日\n本协议有效期为二十四个月。")).toMatchObject({ termStart: "2025-07-10", termEnd: "2027-07-09" });
    expect(values("本协议有效期三年。")).toMatchObject({ termStart: undefined, termEnd: undefined });
  });
});

describe("category", () => {
  it("suggests the category whose keywords clearly lead, not counting the parties' names", () => {
    expect(values("甲方：马上消费金融股份有限公司\n乙方：重庆大学\n双方共建人工智能联合实验室，开展大模型与算法研发。").category).toBe("technology_innovation");
  });
  it("suggests nothing on a tie or too few keywords", () => {
    expect(values("双方开展贷款与人才合作。").category).toBeUndefined();
  });
});

describe("hasTextLayer", () => {
  it("needs more than a page number or two", () => {
    expect(hasTextLayer(" 1 \n 2 ")).toBe(false);
    expect(hasTextLayer("甲方：重庆银行股份有限公司 乙方：重庆大学 合作协议")).toBe(true);
  });
});
