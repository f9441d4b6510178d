import type { AgreementStatus, ValueKind } from "@/lib/domain/enums";
import type { CategoryKey } from "./categories";

export interface Headline {
  /** Short names, in position order (甲方, 乙方, 丙方). */
  orgs: string[];
  lead: number;
  category: CategoryKey;
  zh: string;
  en: string;
  summary: string;
  /** 万元; null for the first, which takes whatever makes the ceremony total exact. */
  wan: number | null;
  kind: ValueKind;
  status: AgreementStatus;
  months: number;
}

/** The ceremony agreements the article's organisations sign; the first absorbs the remainder of the exact total. */
export const HEADLINES: Headline[] = [
  {
    orgs: ["国开行重庆分行", "两江新区管委会"],
    lead: 1,
    category: "financial_services",
    zh: "西部金融中心建设开发性金融合作协议",
    en: "Development Finance Agreement for the Western Financial Center",
    summary: "国开行重庆分行以开发性金融支持两江新区金融科技与算力基础设施项目建设。",
    wan: null,
    kind: "intended",
    status: "in_execution",
    months: 60,
  },
  {
    orgs: ["工银投资", "重庆产业引导基金", "两江新区管委会"],
    lead: 1,
    category: "financial_services",
    zh: "AIC股权投资基金合作协议",
    en: "AIC Equity Investment Fund Agreement",
    summary: "三方共同设立AIC股权投资基金，投向人工智能与金融科技领域科创企业。",
    wan: 500000,
    kind: "intended",
    status: "in_execution",
    months: 84,
  },
  {
    orgs: ["蚂蚁消金", "火山引擎"],
    lead: 1,
    category: "technology_innovation",
    zh: "大模型智能风控联合创新协议",
    en: "Large Model Risk Control Joint Innovation Agreement",
    summary: "双方基于新一代智能实时交互式风控系统，联合研发面向年轻客群的大模型风控能力。",
    wan: 80000,
    kind: "intended",
    status: "in_execution",
    months: 24,
  },
  {
    orgs: ["马上消金", "重庆大学"],
    lead: 1,
    category: "talent_cultivation",
    zh: "人才培养合作协议",
    en: "Talent Cultivation Agreement",
    summary: "共建金融科技实习基地，联合培养人工智能与金融交叉方向研究生。",
    wan: null,
    kind: "intended",
    status: "in_execution",
    months: 36,
  },
  {
    orgs: ["小米消金", "重庆邮电大学"],
    lead: 1,
    category: "project_training",
    zh: "项目实训基地共建协议",
    en: "Project Training Base Agreement",
    summary: "以智能客服与反欺诈真实项目为载体，开展学生项目实训。",
    wan: 600,
    kind: "binding",
    status: "in_execution",
    months: 24,
  },
  {
    orgs: ["蚂蚁数科", "重庆农商行"],
    lead: 1,
    category: "technology_innovation",
    zh: "数字金融科技合作协议",
    en: "Digital Finance Technology Agreement",
    summary: "在区块链、隐私计算与大模型领域合作，支持农商行数字化转型。",
    wan: 50000,
    kind: "intended",
    status: "signed",
    months: 36,
  },
  {
    orgs: ["深擎科技", "马上消金"],
    lead: 2,
    category: "technology_innovation",
    zh: "智能营销联合创新协议",
    en: "Intelligent Marketing Joint Innovation Agreement",
    summary: "深擎科技为马上消金提供AI内容生成与智能营销平台，联合打造运营场景。",
    wan: 12000,
    kind: "binding",
    status: "in_execution",
    months: 18,
  },
  {
    orgs: ["重庆金融监管局", "蚂蚁消金", "西南政法大学"],
    lead: 1,
    category: "talent_cultivation",
    zh: "金融消费者权益保护教育合作备忘录",
    en: "Financial Consumer Protection Education MOU",
    summary: "三方共建金融消费者权益保护教育基地，培养金融法治与合规人才。",
    wan: null,
    kind: "intended",
    status: "signed",
    months: 36,
  },
];

