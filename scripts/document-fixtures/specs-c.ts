/**
 * Test documents 12–16, written after the rules were, to measure them on
 * wording they were not built around (docs/DOCUMENTS.md records how
 * they did before any rule was changed for them). Invented, never real.
 */
import type { FixtureSpec } from "./types";

export const SPECS_C: FixtureSpec[] = [
  {
    name: "12-regulator-no-amount-pdf",
    format: "pdf",
    blocks: [
      { kind: "p", text: "合同编号：RH-LJ-2025-003", align: "right" },
      { kind: "title", text: "金融科技创新监管合作协议" },
      { kind: "p", text: "（2025年版）", align: "center" },
      { kind: "p", text: "甲方（全称）：中国人民银行重庆市分行" },
      { kind: "p", text: "乙方（全称）：重庆两江新区管理委员会" },
      { kind: "p", indent: true, text: "为推动金融科技创新与监管协同，双方就监管沙盒试点、创新应用测试和技术标准研究开展合作。" },
      { kind: "p", indent: true, text: "一、乙方支持辖内科技企业参与创新应用测试，甲方提供监管指导与技术评估。" },
      { kind: "p", indent: true, text: "二、本协议期限为三年。" },
      { kind: "gap" },
      { kind: "columns", columns: [["甲方（盖章）："], ["乙方（盖章）："]] },
      { kind: "p", text: "签约时间：2025年7月10日" },
    ],
    expected: {
      fields: {
        titleZh: "金融科技创新监管合作协议",
        parties: [
          { role: "甲方", name: "中国人民银行重庆市分行", organization: null },
          { role: "乙方", name: "重庆两江新区管理委员会", organization: "重庆两江新区管理委员会" },
        ],
        signedOn: "2025-07-10",
        termStart: "2025-07-10",
        termEnd: "2028-07-09",
        category: "technology_innovation",
      },
    },
  },
  {
    name: "13-table-labels-docx",
    format: "docx",
    blocks: [
      { kind: "title", text: "消费信贷业务合作协议" },
      { kind: "rows", rows: [["甲方", "重庆银行股份有限公司"], ["住所", "重庆市江北区永平门街6号"], ["法定代表人", "杨某某"]] },
      { kind: "rows", rows: [["乙方", "马上消费金融股份有限公司"], ["住所", "重庆市渝北区黄山大道中段52号"], ["法定代表人", "赵某某"]] },
      { kind: "p", indent: true, text: "一、甲方向乙方提供同业授信，贷款总额度不超过人民币30亿元（含），用于乙方发放个人消费贷款。" },
      { kind: "p", indent: true, text: "二、合作期限：2025年7月10日至2028年7月9日。" },
      { kind: "gap" },
      { kind: "columns", columns: [["甲方（盖章）：", "二〇二五年七月十日"], ["乙方（盖章）：", "二〇二五年七月十日"]] },
    ],
    expected: {
      fields: {
        titleZh: "消费信贷业务合作协议",
        parties: [
          { role: "甲方", name: "重庆银行股份有限公司", organization: "重庆银行股份有限公司" },
          { role: "乙方", name: "马上消费金融股份有限公司", organization: "马上消费金融股份有限公司" },
        ],
        signedValue: "3000000000.00",
        signedOn: "2025-07-10",
        termStart: "2025-07-10",
        termEnd: "2028-07-09",
        category: "financial_services",
      },
    },
  },
  {
    name: "14-three-parties-halfwidth-brackets-pdf",
    format: "pdf",
    blocks: [
      { kind: "title", text: "区块链金融人才联合培养协议" },
      { kind: "p", text: "甲方：蚂蚁区块链科技(上海)有限公司" },
      { kind: "p", text: "乙方：重庆工商大学" },
      { kind: "p", text: "丙方：重庆大学" },
      { kind: "p", indent: true, text: "三方共建区块链金融人才培养基地，联合开设课程、培养研究生并组织学生实践。" },
      { kind: "p", indent: true, text: "一、甲方设立人才培养专项资金5,000万元（大写：人民币伍仟万元整），分五年投入。" },
      { kind: "p", indent: true, text: "二、本协议有效期限为两年，期满可续签。" },
      { kind: "p", text: "签署日期：2025.07.10" },
    ],
    expected: {
      fields: {
        titleZh: "区块链金融人才联合培养协议",
        parties: [
          { role: "甲方", name: "蚂蚁区块链科技(上海)有限公司", organization: "蚂蚁区块链科技（上海）有限公司" },
          { role: "乙方", name: "重庆工商大学", organization: "重庆工商大学" },
          { role: "丙方", name: "重庆大学", organization: "重庆大学" },
        ],
        signedValue: "50000000.00",
        signedOn: "2025-07-10",
        termStart: "2025-07-10",
        termEnd: "2027-07-09",
        category: "talent_cultivation",
      },
    },
  },
  {
    name: "15-scholarship-docx",
    format: "docx",
    blocks: [
      { kind: "title", text: "马上消费金融股份有限公司与重庆工商大学\n战略合作协议书（2025—2030年）" },
      { kind: "p", text: "甲方：马上消费金融股份有限公司（以下简称“甲方”）" },
      { kind: "p", text: "乙方：重庆工商大学（以下简称“乙方”）" },
      { kind: "p", indent: true, text: "一、甲方在乙方设立奖助学金，每年不少于200万元，资助品学兼优的学生。" },
      { kind: "p", indent: true, text: "二、本协议项下合作总金额为人民币1000万元。" },
      { kind: "p", indent: true, text: "三、双方共建实习基地，共同培养金融科技人才，开展教师培训与课程共建。" },
      { kind: "p", indent: true, text: "四、本协议自2025年7月10日起生效，协议有效期五年。" },
      { kind: "gap" },
      { kind: "columns", columns: [["甲方代表（签字）：", "日期：2025年7月10日"], ["乙方代表（签字）：", "日期：2025年7月10日"]] },
    ],
    expected: {
      fields: {
        titleZh: "马上消费金融股份有限公司与重庆工商大学战略合作协议书（2025—2030年）",
        parties: [
          { role: "甲方", name: "马上消费金融股份有限公司", organization: "马上消费金融股份有限公司" },
          { role: "乙方", name: "重庆工商大学", organization: "重庆工商大学" },
        ],
        signedValue: "10000000.00",
        signedOn: "2025-07-10",
        termStart: "2025-07-10",
        termEnd: "2030-07-09",
        category: "talent_cultivation",
      },
    },
  },
  {
    name: "16-party-a-english-pdf",
    format: "pdf",
    blocks: [
      { kind: "title", text: "智能风控模型技术服务合同" },
      { kind: "p", text: "甲方（Party A）：重庆两江星算人工智能科技有限公司" },
      { kind: "p", text: "乙方（Party B）：招联消费金融股份有限公司" },
      { kind: "p", text: "签订地点：重庆　　签订时间：2025年7月15日" },
      { kind: "p", indent: true, text: "甲方为乙方提供智能风控大模型的研发、部署与算法优化技术服务。" },
      { kind: "p", indent: true, text: "一、合同总价（含税）：¥1,280,000.00元。" },
      { kind: "p", indent: true, text: "二、服务期限：自合同签订之日起12个月。" },
    ],
    expected: {
      fields: {
        titleZh: "智能风控模型技术服务合同",
        parties: [
          { role: "甲方", name: "重庆两江星算人工智能科技有限公司", organization: "重庆两江星算人工智能科技有限公司" },
          { role: "乙方", name: "招联消费金融股份有限公司", organization: "招联消费金融股份有限公司" },
        ],
        signedValue: "1280000.00",
        signedOn: "2025-07-15",
        termStart: "2025-07-15",
        termEnd: "2026-07-14",
        category: "technology_innovation",
      },
    },
  },
];
