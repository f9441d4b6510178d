/**
 * Test documents 05–08 and the scans. Invented agreements written for the
 * tests, never real ones; the expected fields beside each were written by hand.
 */
import type { Block, FixtureSpec } from "./types";

const SCANNED_TEXT: Block[] = [
  { kind: "title", text: "数字金融合作协议" },
  { kind: "p", text: "甲方：重庆银行股份有限公司" },
  { kind: "p", text: "乙方：马上消费金融股份有限公司" },
  { kind: "p", indent: true, text: "合作金额为人民币2亿元（大写：贰亿元整）。本协议有效期三年。" },
  { kind: "p", text: "签订日期：2025年7月10日" },
];

export const SPECS_B: FixtureSpec[] = [
  {
    name: "05-halfwidth-unknown-party-pdf",
    format: "pdf",
    blocks: [
      { kind: "title", text: "数据要素流通合作协议" },
      { kind: "p", text: "甲方:西部数据交易有限公司" },
      { kind: "p", text: "乙方:重庆云栈数据\n科技有限公司" },
      { kind: "p", indent: true, text: "双方围绕数据要素市场化配置，在数据产品登记、数据交易撮合、隐私计算技术和数据安全等方面开展合作，共同推动数字化转型。" },
      { kind: "p", indent: true, text: "一、合作规模5000万元，用于数据产品开发与技术平台建设。" },
      { kind: "p", indent: true, text: "二、本协议有效期为3年，自2025年9月1日起计算。" },
      { kind: "gap" },
      { kind: "columns", columns: [["甲方（盖章）", "2025年7月10日"], ["乙方（盖章）", "2025年7月10日"]] },
    ],
    expected: {
      fields: {
        titleZh: "数据要素流通合作协议",
        parties: [
          { role: "甲方", name: "西部数据交易有限公司", organization: "西部数据交易有限公司" },
          { role: "乙方", name: "重庆云栈数据科技有限公司", organization: null },
        ],
        signedValue: "50000000.00",
        signedOn: "2025-07-10",
        termStart: "2025-09-01",
        termEnd: "2028-08-31",
        category: "technology_innovation",
      },
    },
  },
  {
    name: "06-preamble-jiaofen-docx",
    format: "docx",
    blocks: [
      { kind: "title", text: "普惠金融服务合作协议" },
      { kind: "p", indent: true, text: "本协议由重庆银行股份有限公司（以下简称“甲方”）与重庆市小额贷款公司协会（以下简称“乙方”）于2025年7月10日在重庆市两江新区签订。" },
      { kind: "p", indent: true, text: "一、甲方为乙方会员单位提供融资支持，安排专项信贷额度￥12,345,678.90元（大写：人民币壹仟贰佰叁拾肆万伍仟陆佰柒拾捌元玖角整），用于小微企业贷款。" },
      { kind: "p", indent: true, text: "二、乙方组织会员单位规范开展贷款业务，配合甲方做好结算与风险管理。" },
      { kind: "p", indent: true, text: "三、合作期限为两年，自2025年8月1日起至2027年7月31日止。" },
      { kind: "gap" },
      { kind: "columns", columns: [["甲方（盖章）："], ["乙方（盖章）："]] },
    ],
    expected: {
      fields: {
        titleZh: "普惠金融服务合作协议",
        parties: [
          { role: "甲方", name: "重庆银行股份有限公司", organization: "重庆银行股份有限公司" },
          { role: "乙方", name: "重庆市小额贷款公司协会", organization: "重庆市小额贷款公司协会" },
        ],
        signedValue: "12345678.90",
        signedOn: "2025-07-10",
        termStart: "2025-08-01",
        termEnd: "2027-07-31",
        category: "financial_services",
      },
    },
  },
  {
    name: "07-registered-capital-pdf",
    format: "pdf",
    blocks: [
      { kind: "title", text: "招联消费金融股份有限公司与百行征信有限公司\n信用信息服务合作协议" },
      { kind: "p", text: "甲方：招联消费金融股份有限公司" },
      { kind: "p", text: "注册资本：人民币100亿元" },
      { kind: "p", text: "乙方：百行征信有限公司" },
      { kind: "p", text: "注册资本：人民币25.6亿元" },
      { kind: "p", indent: true, text: "乙方为甲方的信贷审批与贷后管理提供个人信用报告查询服务，支持甲方消费贷款业务的风险控制。" },
      { kind: "p", indent: true, text: "一、本协议项下信用信息服务费用总额为人民币贰仟万元整（¥20,000,000.00），按季度结算。" },
      { kind: "p", indent: true, text: "二、逾期付款的，甲方按日向乙方支付万分之五的滞纳金。" },
      { kind: "p", indent: true, text: "三、本协议有效期一年，期满后双方无异议的，自动续期一年。" },
      { kind: "gap" },
      { kind: "columns", columns: [["甲方（盖章）：", "2025年07月10日"], ["乙方（盖章）：", "2025年07月10日"]] },
    ],
    expected: {
      fields: {
        titleZh: "招联消费金融股份有限公司与百行征信有限公司信用信息服务合作协议",
        parties: [
          { role: "甲方", name: "招联消费金融股份有限公司", organization: "招联消费金融股份有限公司" },
          { role: "乙方", name: "百行征信有限公司", organization: "百行征信有限公司" },
        ],
        signedValue: "20000000.00",
        signedOn: "2025-07-10",
        termStart: "2025-07-10",
        termEnd: "2026-07-09",
        category: "financial_services",
      },
    },
  },
  {
    name: "08-signature-names-docx",
    format: "docx",
    blocks: [
      { kind: "title", text: "蚂蚁区块链科技（上海）有限公司与中国工商银行股份有限公司重庆市分行合作协议" },
      { kind: "p", indent: true, text: "合作双方经平等协商，就在重庆共同开展相关业务合作，订立本协议，以资共同遵守。" },
      { kind: "p", indent: true, text: "一、双方建立定期沟通机制，每季度召开一次工作会议，协调解决合作中的问题。" },
      { kind: "p", indent: true, text: "二、本协议项下的合作额度合计人民币50亿元，具体事项由双方另行约定。" },
      { kind: "p", indent: true, text: "三、本协议一式两份，双方各执一份，具有同等法律效力。" },
      { kind: "gap" },
      { kind: "p", text: "甲方（盖章）：蚂蚁区块链科技（上海）有限公司" },
      { kind: "p", text: "乙方（盖章）：中国工商银行股份有限公司\n重庆市分行" },
      { kind: "p", text: "签署日期：二〇二五年七月十日" },
    ],
    expected: {
      fields: {
        titleZh: "蚂蚁区块链科技（上海）有限公司与中国工商银行股份有限公司重庆市分行合作协议",
        parties: [
          { role: "甲方", name: "蚂蚁区块链科技（上海）有限公司", organization: "蚂蚁区块链科技（上海）有限公司" },
          { role: "乙方", name: "中国工商银行股份有限公司重庆市分行", organization: "中国工商银行股份有限公司重庆市分行" },
        ],
        signedValue: "5000000000.00",
        signedOn: "2025-07-10",
      },
    },
  },
  { name: "09-scan-pdf", format: "scan-pdf", blocks: SCANNED_TEXT, expected: { error: "noTextLayer" } },
  { name: "10-scan-png", format: "png", blocks: SCANNED_TEXT, expected: { error: "noTextLayer" } },
  { name: "11-photo-jpg", format: "jpeg", blocks: SCANNED_TEXT, expected: { error: "noTextLayer" } },
];
