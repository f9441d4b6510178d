/**
 * Test documents 01–04. Invented agreements written for the tests, never real
 * ones; the expected fields beside each were written by hand from the text.
 */
import type { FixtureSpec } from "./types";

const signatures = (roles: string[], extra: string[] = []) => ({
  kind: "columns" as const,
  columns: roles.map((r) => [`${r}（盖章）：`, "法定代表人或授权代表（签字）：", ...extra]),
});

export const SPECS_A: FixtureSpec[] = [
  {
    name: "01-strategic-bank-pdf",
    format: "pdf",
    blocks: [
      { kind: "title", text: "重庆农村商业银行股份有限公司与马上消费金融股份有限公司\n战略合作协议" },
      { kind: "p", text: "协议编号：CQRCB-MSXJ-2025-017", align: "right" },
      { kind: "p", text: "甲方：重庆农村商业银行股份有限公司" },
      { kind: "p", text: "住所：重庆市江北区金沙门路36号" },
      { kind: "p", text: "法定代表人：张某某" },
      { kind: "p", text: "乙方：马上消费金融股份有限公司" },
      { kind: "p", text: "住所：重庆市渝北区黄山大道中段52号" },
      { kind: "p", text: "法定代表人：李某某" },
      { kind: "p", indent: true, text: "鉴于甲乙双方均为在重庆依法设立的金融机构，为共同推进普惠金融与消费金融高质量发展，经友好协商，就授信、联合贷款与支付结算合作达成如下协议：" },
      { kind: "p", indent: true, text: "第一条 合作内容。甲方在依法合规、风险可控的前提下，向乙方提供综合授信支持；双方在联合贷款、支付结算、普惠金融等领域开展合作。" },
      { kind: "p", indent: true, text: "第二条 合作金额。本协议项下甲方向乙方提供意向性授信额度人民币3.5亿元（大写：叁亿伍仟万元整），具体以双方另行签订的授信合同为准。" },
      { kind: "p", indent: true, text: "第三条 违约责任。任何一方违反本协议约定的，应向守约方支付违约金人民币100万元。" },
      { kind: "p", indent: true, text: "第四条 有效期。本协议有效期三年，自双方签字盖章之日起生效。" },
      { kind: "gap" },
      signatures(["甲方", "乙方"]),
      { kind: "p", text: "签订日期：2025年7月10日" },
    ],
    expected: {
      fields: {
        titleZh: "重庆农村商业银行股份有限公司与马上消费金融股份有限公司战略合作协议",
        parties: [
          { role: "甲方", name: "重庆农村商业银行股份有限公司", organization: "重庆农村商业银行股份有限公司" },
          { role: "乙方", name: "马上消费金融股份有限公司", organization: "马上消费金融股份有限公司" },
        ],
        signedValue: "350000000.00",
        signedOn: "2025-07-10",
        termStart: "2025-07-10",
        termEnd: "2028-07-09",
        category: "financial_services",
      },
    },
  },
  {
    name: "02-three-party-framework-docx",
    format: "docx",
    blocks: [
      { kind: "title", text: "人工智能产业创新发展框架协议" },
      { kind: "p", text: "甲方：重庆两江新区管理委员会" },
      { kind: "p", text: "乙方：北京火山引擎科技有限公司" },
      { kind: "p", text: "丙方：重庆渝智大模型科技有限公司" },
      { kind: "p", text: "统一社会信用代码：91500000MA61Y2T8PR" },
      { kind: "p", indent: true, text: "为加快人工智能与实体经济深度融合，三方本着优势互补、共同发展的原则，就大模型研发、算力基础设施建设和行业数字化应用开展合作。" },
      { kind: "p", indent: true, text: "一、三方共同建设两江人工智能算力中心，乙方提供云计算与大模型技术支持，丙方负责行业大模型的研发与落地，甲方提供政策与场景支持。" },
      { kind: "p", indent: true, text: "二、项目总投资额￥350,000,000.00，由乙方、丙方按约定比例分期投入。" },
      { kind: "p", indent: true, text: "三、合作期限：自2025年8月1日起至2027年7月31日止。" },
      { kind: "gap" },
      { kind: "columns", columns: [["甲方（盖章）：", "日期：2025年7月10日"], ["乙方（盖章）：", "日期：2025年7月10日"], ["丙方（盖章）：", "日期：2025年7月12日"]] },
    ],
    expected: {
      fields: {
        titleZh: "人工智能产业创新发展框架协议",
        parties: [
          { role: "甲方", name: "重庆两江新区管理委员会", organization: "重庆两江新区管理委员会" },
          { role: "乙方", name: "北京火山引擎科技有限公司", organization: "北京火山引擎科技有限公司" },
          { role: "丙方", name: "重庆渝智大模型科技有限公司", organization: "重庆渝智大模型科技有限公司" },
        ],
        signedValue: "350000000.00",
        signedOn: "2025-07-12",
        termStart: "2025-08-01",
        termEnd: "2027-07-31",
        category: "technology_innovation",
      },
    },
  },
  {
    name: "03-talent-credit-code-pdf",
    format: "pdf",
    blocks: [
      { kind: "title", text: "产教融合人才培养合作协议书" },
      { kind: "p", text: "甲方：重庆大学" },
      { kind: "p", text: "乙方：重庆星算智能科技有限公司" },
      { kind: "p", text: "统一社会信用代码：91500112MA5XQ7R3KU" },
      { kind: "p", indent: true, text: "为深化产教融合，培养人工智能领域高素质人才，甲乙双方就联合培养研究生、共建课程和学生实习达成如下协议。" },
      { kind: "p", indent: true, text: "一、双方共同制定人才培养方案，乙方每年接收甲方学生实习不少于五十人，并选派工程师参与课程教学。" },
      { kind: "p", indent: true, text: "二、甲方为乙方员工提供在职培训和学历提升通道，双方联合开展人才培养质量评价。" },
      { kind: "p", indent: true, text: "三、本协议不涉及资金往来，各自承担己方费用。" },
      { kind: "p", indent: true, text: "四、本协议自双方签字盖章之日起生效，有效期为五（5）年。" },
      { kind: "p", indent: true, text: "五、本协议于二〇二五年七月十日在重庆签订，一式四份。" },
      { kind: "gap" },
      signatures(["甲方", "乙方"]),
    ],
    expected: {
      fields: {
        titleZh: "产教融合人才培养合作协议书",
        parties: [
          { role: "甲方", name: "重庆大学", organization: "重庆大学" },
          { role: "乙方", name: "重庆星算智能科技有限公司", organization: "重庆两江星算人工智能科技有限公司" },
        ],
        signedOn: "2025-07-10",
        termStart: "2025-07-10",
        termEnd: "2030-07-09",
        category: "talent_cultivation",
      },
    },
  },
  {
    name: "04-uppercase-linebreak-docx",
    format: "docx",
    blocks: [
      { kind: "title", text: "金融科技项目实训基地共建协议" },
      { kind: "p", text: "甲方：重庆工商大学" },
      { kind: "p", text: "乙方：重庆市金融科技\n协会" },
      { kind: "p", indent: true, text: "为提升学生金融科技实践能力，双方共建金融科技项目实训基地，开展真实项目实训、实操演练和见习。" },
      { kind: "p", indent: true, text: "一、乙方组织会员单位提供实训项目和实训导师，甲方提供实训场地并组织学生参加项目实训。" },
      { kind: "p", indent: true, text: "二、双方共同投入实训基地建设资金人民币壹亿零伍佰万元整，按年度计划使用。" },
      { kind: "p", indent: true, text: "三、本协议有效期两年，自签署之日起计算。" },
      { kind: "gap" },
      { kind: "columns", columns: [["甲方（盖章）："], ["乙方（盖章）："]] },
      { kind: "p", text: "签署日期：2025年7月11日" },
    ],
    expected: {
      fields: {
        titleZh: "金融科技项目实训基地共建协议",
        parties: [
          { role: "甲方", name: "重庆工商大学", organization: "重庆工商大学" },
          { role: "乙方", name: "重庆市金融科技协会", organization: "重庆市金融科技协会" },
        ],
        signedValue: "105000000.00",
        signedOn: "2025-07-11",
        termStart: "2025-07-11",
        termEnd: "2027-07-10",
        category: "project_training",
      },
    },
  },
];
