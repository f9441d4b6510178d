import type { PartyType, ValueKind } from "@/lib/domain/enums";
import type { CategoryKey } from "./categories";

/** How generated agreements look: who signs, what it is called, what it is worth (in 万元). */
export interface AgreementTemplate {
  category: CategoryKey;
  parties: PartyType[][];
  /** A third party (witness or co-sponsor) that joins about half of the time. */
  optionalThird?: PartyType[];
  lead: 1 | 2;
  zh: string;
  en: string;
  summary: string;
  wan: readonly number[] | null;
  kind: ValueKind;
}

const FINANCIAL: AgreementTemplate[] = [
  {
    category: "financial_services",
    parties: [["bank"], ["ai_tech", "big_data"]],
    lead: 1,
    zh: "科技金融授信合作协议",
    en: "Tech-Finance Credit Facility Agreement",
    summary: "{A}向{B}提供意向授信额度，支持算力基础设施建设与研发投入。",
    wan: [30000, 50000, 80000, 100000],
    kind: "intended",
  },
  {
    category: "financial_services",
    parties: [["consumer_finance"], ["bank"]],
    lead: 1,
    zh: "联合贷款合作协议",
    en: "Joint Lending Agreement",
    summary: "{A}与{B}依法合规开展联合贷款，服务新市民与小微经营者消费及经营需求。",
    wan: [30000, 50000, 80000, 100000],
    kind: "intended",
  },
  {
    category: "financial_services",
    parties: [["insurer"], ["ai_tech", "big_data"]],
    lead: 1,
    zh: "科技保险合作协议",
    en: "Technology Insurance Agreement",
    summary: "{A}为{B}提供研发中断保险、人工智能产品质量安全保险等风险保障。",
    wan: [5000, 10000, 20000, 30000],
    kind: "binding",
  },
  {
    category: "financial_services",
    parties: [["securities_fund", "other_financial"], ["government", "ai_tech"]],
    lead: 1,
    zh: "产业投资基金合作协议",
    en: "Industry Investment Fund Agreement",
    summary: "{A}与{B}共同发起人工智能产业投资基金，重点投向金融科技与大模型应用企业。",
    wan: [30000, 50000, 100000],
    kind: "intended",
  },
  {
    category: "financial_services",
    parties: [["microlender"], ["big_data"]],
    lead: 1,
    zh: "普惠金融风控合作协议",
    en: "Inclusive Finance Risk Control Agreement",
    summary: "{B}为{A}提供合规数据服务与联合建模，提升小微客户风险识别能力。",
    wan: [3000, 5000, 8000, 10000],
    kind: "binding",
  },
  {
    category: "financial_services",
    parties: [["bank"], ["government"]],
    optionalThird: ["other_financial"],
    lead: 1,
    zh: "科技企业融资服务合作协议",
    en: "Financing Services for Tech Enterprises Agreement",
    summary: "{A}与{B}建立科技型企业融资对接与风险分担机制，推出专属信贷产品。",
    wan: [50000, 80000, 100000],
    kind: "intended",
  },
  {
    category: "financial_services",
    parties: [["securities_fund"], ["ai_tech", "big_data"]],
    lead: 1,
    zh: "上市培育与综合金融服务协议",
    en: "IPO Incubation & Financial Services Agreement",
    summary: "{A}为{B}提供上市辅导、债券融资与并购顾问等综合金融服务。",
    wan: [10000, 20000, 50000],
    kind: "intended",
  },
  {
    category: "financial_services",
    parties: [["other_financial"], ["ai_tech", "big_data"]],
    lead: 1,
    zh: "算力设备融资租赁合作协议",
    en: "Computing Equipment Leasing Agreement",
    summary: "{A}以融资租赁方式支持{B}购置智算服务器与数据中心设备。",
    wan: [5000, 10000, 20000, 30000],
    kind: "binding",
  },
];

const TECHNOLOGY: AgreementTemplate[] = [
  {
    category: "technology_innovation",
    parties: [["consumer_finance", "bank"], ["ai_tech"]],
    lead: 1,
    zh: "大模型应用联合创新协议",
    en: "Large Model Joint Innovation Agreement",
    summary: "{A}与{B}围绕智能风控、智能客服、反欺诈等场景开展大模型联合研发与落地。",
    wan: [2000, 5000, 8000, 10000, 20000],
    kind: "binding",
  },
  {
    category: "technology_innovation",
    parties: [["bank", "insurer"], ["big_data"]],
    lead: 1,
    zh: "数据要素应用合作协议",
    en: "Data Element Application Agreement",
    summary: "{B}为{A}提供数据产品与隐私计算服务，共建可信数据流通应用场景。",
    wan: [1000, 3000, 5000],
    kind: "binding",
  },
  {
    category: "technology_innovation",
    parties: [["ai_tech", "consumer_finance"], ["academic"]],
    optionalThird: ["government", "other"],
    lead: 1,
    zh: "联合实验室共建协议",
    en: "Joint Laboratory Agreement",
    summary: "{A}与{B}共建金融人工智能联合实验室，开展可信AI与智能风控前沿研究。",
    wan: [500, 1000, 2000, 3000],
    kind: "binding",
  },
  {
    category: "technology_innovation",
    parties: [["consumer_finance", "microlender"], ["big_data", "ai_tech"]],
    lead: 1,
    zh: "智能风控技术合作协议",
    en: "Intelligent Risk Control Technology Agreement",
    summary: "{B}为{A}提供实时交互式风控模型与算力支持，提升普惠授信的精准度。",
    wan: [1000, 2000, 5000],
    kind: "binding",
  },
  {
    category: "technology_innovation",
    parties: [["ai_tech"], ["government"]],
    lead: 1,
    zh: "项目落地投资合作协议",
    en: "Investment Landing Agreement",
    summary: "{A}在重庆设立西部区域总部及智算中心，{B}提供场景开放与政策支持。",
    wan: [20000, 50000, 80000],
    kind: "intended",
  },
  {
    category: "technology_innovation",
    parties: [["bank", "other_financial"], ["ai_tech"]],
    lead: 1,
    zh: "数字化转型技术服务协议",
    en: "Digital Transformation Services Agreement",
    summary: "{B}为{A}提供云原生架构改造与智能运营平台建设服务。",
    wan: [1000, 2000, 3000, 6000],
    kind: "binding",
  },
];

const TALENT: AgreementTemplate[] = [
  {
    category: "talent_cultivation",
    parties: [["consumer_finance", "bank", "insurer"], ["academic"]],
    lead: 1,
    zh: "人才培养合作协议",
    en: "Talent Cultivation Agreement",
    summary: "{A}与{B}共建实习基地，联合培养金融科技方向研究生，开展课程共建与师资交流。",
    wan: null,
    kind: "intended",
  },
  {
    category: "talent_cultivation",
    parties: [["academic"], ["ai_tech", "big_data"]],
    lead: 1,
    zh: "产学研人才联合培养协议",
    en: "Industry-Academia Joint Talent Programme",
    summary: "{A}与{B}设立产业导师岗位，联合指导人工智能与数据科学方向学生。",
    wan: null,
    kind: "intended",
  },
  {
    category: "talent_cultivation",
    parties: [["government", "other"], ["academic"]],
    optionalThird: ["consumer_finance", "bank"],
    lead: 1,
    zh: "金融科技人才培育合作备忘录",
    en: "Fintech Talent Development MOU",
    summary: "{A}牵头，与{B}等共同实施金融科技人才培育计划，搭建人才供需对接平台。",
    wan: null,
    kind: "intended",
  },
  {
    category: "talent_cultivation",
    parties: [["consumer_finance", "microlender"], ["academic"]],
    lead: 1,
    zh: "奖学金及人才专项合作协议",
    en: "Scholarship & Talent Fund Agreement",
    summary: "{A}在{B}设立金融科技奖学金与青年教师科研专项。",
    wan: [100, 200, 300, 500],
    kind: "binding",
  },
];

const TRAINING: AgreementTemplate[] = [
  {
    category: "project_training",
    parties: [["ai_tech"], ["academic"]],
    lead: 1,
    zh: "项目实训基地共建协议",
    en: "Project Training Base Agreement",
    summary: "{A}在{B}建设项目实训基地，以真实业务项目开展学生实训。",
    wan: [200, 300, 500, 800],
    kind: "binding",
  },
  {
    category: "project_training",
    parties: [["other"], ["ai_tech", "bank"]],
    lead: 2,
    zh: "金融科技项目实训合作协议",
    en: "Fintech Project Training Agreement",
    summary: "{B}提供实训项目与导师，{A}负责学员组织与实训管理。",
    wan: [100, 150, 300],
    kind: "binding",
  },
  {
    category: "project_training",
    parties: [["bank", "consumer_finance"], ["academic"]],
    optionalThird: ["other"],
    lead: 1,
    zh: "数字金融实训平台共建协议",
    en: "Digital Finance Training Platform Agreement",
    summary: "{A}与{B}共建数字金融仿真实训平台，开发信贷与风控实训课程。",
    wan: [300, 500, 1000],
    kind: "binding",
  },
  {
    category: "project_training",
    parties: [["microlender", "big_data"], ["academic"]],
    lead: 1,
    zh: "风控建模实训项目协议",
    en: "Risk Modelling Training Project Agreement",
    summary: "{A}以脱敏数据集和建模任务支持{B}开展风控建模项目实训。",
    wan: null,
    kind: "intended",
  },
];

export const TEMPLATES: Record<CategoryKey, AgreementTemplate[]> = {
  financial_services: FINANCIAL,
  technology_innovation: TECHNOLOGY,
  talent_cultivation: TALENT,
  project_training: TRAINING,
};

/** Milestones for notes without an amount; deliveries for notes that record 落地金额. */
export const PROGRESS_NOTES: Record<CategoryKey, { milestone: readonly string[]; delivery: readonly string[] }> = {
  financial_services: {
    milestone: ["完成项目尽职调查并进入审批", "合作产品完成系统对接"],
    delivery: ["首笔资金完成投放", "第二批资金到位", "新增投放资金", "合作产品上线并实现放款"],
  },
  technology_innovation: {
    milestone: ["联合研发团队组建完成", "模型通过内部安全评估"],
    delivery: ["首个场景上线试运行，支付首期款项", "完成阶段性验收并结算", "二期功能交付结算", "项目追加投入到位"],
  },
  talent_cultivation: {
    milestone: ["首批实习生入岗", "联合课程开课", "举办金融科技专题讲座", "完成年度人才培养计划"],
    delivery: ["首期奖学金发放", "年度专项经费拨付", "第二期奖学金发放"],
  },
  project_training: {
    milestone: ["实训基地揭牌运行", "完成第二期学员选拔", "实训成果展示与评审"],
    delivery: ["拨付首期实训经费", "首期实训班结业，结算实训费用", "拨付第二期实训经费"],
  },
};

export const SIGNATORY_NAMES = [
  "张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊", "赵敏", "黄勇", "周杰", "吴婷",
  "徐涛", "孙丽", "胡军", "朱琳", "高峰", "林嘉", "何俊", "郭玲", "马骏", "罗晓",
  "梁宏", "宋佳", "郑斌", "谢蓉", "韩冰", "唐亮", "冯雪", "于洋", "董倩", "萧然",
  "程刚", "曹颖", "袁媛", "邓超", "许诺", "傅强", "沈悦", "曾毅", "彭蕾", "吕鹏",
] as const;

export function signatoryTitles(nameZh: string, type: PartyType): readonly string[] {
  if (nameZh.endsWith("局")) return ["局长", "副局长"];
  if (nameZh.endsWith("委员会")) return ["主任", "副主任"];
  if (nameZh.endsWith("协会")) return ["会长", "秘书长"];
  if (nameZh.endsWith("大学") || nameZh.endsWith("学校")) return ["校长", "副校长"];
  if (nameZh.endsWith("院")) return ["院长", "副院长"];
  if (nameZh.endsWith("行")) return ["行长", "副行长"];
  if (nameZh.includes("银行")) return ["董事长", "行长", "副行长"];
  if (type === "ai_tech") return ["总裁", "副总裁", "首席技术官"];
  if (type === "consumer_finance") return ["总经理", "副总经理", "首席风险官"];
  return ["董事长", "总经理", "副总经理"];
}
