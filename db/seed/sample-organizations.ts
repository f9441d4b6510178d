import type { NewOrganization } from "@/db/schema";
import type { PartyType } from "@/lib/domain/enums";

export interface SampleOrganization {
  type: PartyType;
  nameZh: string;
  nameEn: string;
  shortName: string;
  /** Short English name used to compose agreement titles; not stored. */
  shortEn: string;
  city: string;
  creditCode: string | null;
  notes: string | null;
}

const FEATURED = "2025-07-10 活动报道中提及的机构";

function o(
  type: PartyType,
  nameZh: string,
  nameEn: string,
  shortName: string,
  shortEn: string,
  extra: { city?: string; creditCode?: string; notes?: string } = {},
): SampleOrganization {
  return {
    type,
    nameZh,
    nameEn,
    shortName,
    shortEn,
    city: extra.city ?? "重庆",
    creditCode: extra.creditCode ?? null,
    notes: extra.notes ?? null,
  };
}

const USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/**
 * Builds a code that passes both GB 11714 (the embedded organisation code) and
 * GB 32100-2015, so the sample data also exercises the validator's happy path.
 * Bodies are invented; only a handful are generated to keep collisions with real
 * registrations unlikely.
 */
function sampleCreditCode(prefix8: string, orgBody8: string): string {
  if (![...prefix8, ...orgBody8].every((ch) => USCC_CHARS.includes(ch))) throw new Error(`bad sample code ${orgBody8}`);
  const orgSum = [...orgBody8].reduce((s, ch, i) => s + parseInt(ch, 36) * ORG_CODE_WEIGHTS[i], 0);
  const orgCheck = 11 - (orgSum % 11);
  const first17 = prefix8 + orgBody8 + (orgCheck === 10 ? "X" : orgCheck === 11 ? "0" : String(orgCheck));
  const sum = [...first17].reduce((s, ch, i) => s + USCC_CHARS.indexOf(ch) * USCC_WEIGHTS[i], 0);
  return first17 + USCC_CHARS[(31 - (sum % 31)) % 31];
}

export const SAMPLE_ORGANIZATIONS: SampleOrganization[] = [
  o("bank", "重庆银行股份有限公司", "Bank of Chongqing Co., Ltd.", "重庆银行", "Bank of Chongqing"),
  o("bank", "重庆农村商业银行股份有限公司", "Chongqing Rural Commercial Bank Co., Ltd.", "重庆农商行", "CQRCB"),
  o("bank", "重庆三峡银行股份有限公司", "Chongqing Three Gorges Bank Co., Ltd.", "三峡银行", "Three Gorges Bank"),
  o("bank", "重庆富民银行股份有限公司", "Chongqing Fumin Bank Co., Ltd.", "富民银行", "Fumin Bank"),
  o("bank", "国家开发银行重庆市分行", "China Development Bank Chongqing Branch", "国开行重庆分行", "CDB Chongqing"),
  o("bank", "中国工商银行股份有限公司重庆市分行", "ICBC Chongqing Branch", "工行重庆分行", "ICBC Chongqing"),
  o("bank", "中国建设银行股份有限公司重庆市分行", "China Construction Bank Chongqing Branch", "建行重庆分行", "CCB Chongqing"),
  o("bank", "中国银行股份有限公司重庆市分行", "Bank of China Chongqing Branch", "中行重庆分行", "BOC Chongqing"),
  o("bank", "中国农业银行股份有限公司重庆市分行", "Agricultural Bank of China Chongqing Branch", "农行重庆分行", "ABC Chongqing"),
  o("bank", "招商银行股份有限公司重庆分行", "China Merchants Bank Chongqing Branch", "招行重庆分行", "CMB Chongqing"),
  o("bank", "重庆两江明月村镇银行股份有限公司", "Chongqing Liangjiang Mingyue Rural Bank Co., Ltd.", "明月村镇银行", "Mingyue Rural Bank"),

  o("consumer_finance", "重庆蚂蚁消费金融有限公司", "Chongqing Ant Consumer Finance Co., Ltd.", "蚂蚁消金", "Ant Consumer Finance", { notes: FEATURED }),
  o("consumer_finance", "马上消费金融股份有限公司", "Mashang Consumer Finance Co., Ltd.", "马上消金", "Mashang Consumer Finance", { notes: FEATURED }),
  o("consumer_finance", "重庆小米消费金融有限公司", "Chongqing Xiaomi Consumer Finance Co., Ltd.", "小米消金", "Xiaomi Consumer Finance", { notes: FEATURED }),
  o("consumer_finance", "招联消费金融股份有限公司", "Merchants Union Consumer Finance Co., Ltd.", "招联消金", "Merchants Union CF", { city: "深圳" }),
  o("consumer_finance", "中银消费金融有限公司", "Bank of China Consumer Finance Co., Ltd.", "中银消金", "BOC Consumer Finance", { city: "上海" }),

  o("insurer", "安诚财产保险股份有限公司", "Ancheng Property & Casualty Insurance Co., Ltd.", "安诚财险", "Ancheng P&C"),
  o("insurer", "中国人民财产保险股份有限公司重庆市分公司", "PICC Property and Casualty Chongqing Branch", "人保财险重庆分公司", "PICC P&C Chongqing"),
  o("insurer", "中国人寿保险股份有限公司重庆市分公司", "China Life Insurance Chongqing Branch", "国寿重庆分公司", "China Life Chongqing"),
  o("insurer", "中国平安财产保险股份有限公司重庆分公司", "Ping An P&C Insurance Chongqing Branch", "平安产险重庆分公司", "Ping An P&C Chongqing"),
  o("insurer", "利宝保险有限公司", "Liberty Insurance Co., Ltd.", "利宝保险", "Liberty Insurance"),

  o("securities_fund", "西南证券股份有限公司", "Southwest Securities Co., Ltd.", "西南证券", "Southwest Securities"),
  o("securities_fund", "中信证券股份有限公司重庆分公司", "CITIC Securities Chongqing Branch", "中信证券重庆分公司", "CITIC Securities Chongqing"),
  o("securities_fund", "重庆产业引导股权投资基金有限责任公司", "Chongqing Industry Guidance Equity Fund Co., Ltd.", "重庆产业引导基金", "CQ Guidance Fund"),
  o("securities_fund", "重庆两江科创私募股权投资基金管理有限公司", "Chongqing Liangjiang Sci-Tech Private Equity Fund Management Co., Ltd.", "两江科创基金", "Liangjiang Sci-Tech Fund"),
  o("securities_fund", "西部金融科技创业投资基金管理有限公司", "Western Fintech Venture Capital Fund Management Co., Ltd.", "西部金科创投", "Western Fintech VC"),

  o("microlender", "重庆市蚂蚁小微小额贷款有限公司", "Chongqing Ant Small and Micro Loan Co., Ltd.", "蚂蚁小贷", "Ant Microloan"),
  o("microlender", "重庆度小满小额贷款有限公司", "Chongqing Du Xiaoman Microloan Co., Ltd.", "度小满小贷", "Du Xiaoman Microloan"),
  o("microlender", "重庆美团三快小额贷款有限公司", "Chongqing Meituan Sankuai Microloan Co., Ltd.", "美团小贷", "Meituan Microloan"),
  o("microlender", "重庆京东盛际小额贷款有限公司", "Chongqing JD Shengji Microloan Co., Ltd.", "京东小贷", "JD Microloan"),
  o("microlender", "重庆携程小额贷款有限公司", "Chongqing Ctrip Microloan Co., Ltd.", "携程小贷", "Ctrip Microloan"),
  o("microlender", "重庆滴滴小额贷款有限公司", "Chongqing DiDi Microloan Co., Ltd.", "滴滴小贷", "DiDi Microloan"),

  o("other_financial", "长安汽车金融有限公司", "Changan Auto Finance Co., Ltd.", "长安汽车金融", "Changan Auto Finance"),
  o("other_financial", "工银金融资产投资有限公司", "ICBC Financial Asset Investment Co., Ltd.", "工银投资", "ICBC Investment", { city: "上海" }),
  o("other_financial", "重庆渝富控股集团有限公司", "Chongqing Yufu Holding Group Co., Ltd.", "渝富控股", "Yufu Holding"),
  o("other_financial", "重庆市融资再担保有限责任公司", "Chongqing Financing Re-guarantee Co., Ltd.", "重庆再担保", "CQ Re-guarantee"),
  o("other_financial", "重庆股份转让中心有限责任公司", "Chongqing Equity Exchange Center Co., Ltd.", "重庆股转中心", "CQ Equity Exchange"),
  o("other_financial", "重庆两江融资租赁有限公司", "Chongqing Liangjiang Financial Leasing Co., Ltd.", "两江租赁", "Liangjiang Leasing"),

  o("academic", "重庆大学", "Chongqing University", "重庆大学", "Chongqing University"),
  o("academic", "西南大学", "Southwest University", "西南大学", "Southwest University"),
  o("academic", "西南政法大学", "Southwest University of Political Science and Law", "西南政法大学", "SWUPL"),
  o("academic", "重庆邮电大学", "Chongqing University of Posts and Telecommunications", "重庆邮电大学", "CQUPT"),
  o("academic", "重庆工商大学", "Chongqing Technology and Business University", "重庆工商大学", "CTBU"),
  o("academic", "重庆理工大学", "Chongqing University of Technology", "重庆理工大学", "CQUT"),
  o("academic", "重庆交通大学", "Chongqing Jiaotong University", "重庆交通大学", "CQJTU"),
  o("academic", "西南财经大学", "Southwestern University of Finance and Economics", "西南财经大学", "SWUFE", { city: "成都" }),
  o("academic", "中国科学院重庆绿色智能技术研究院", "Chongqing Institute of Green and Intelligent Technology, CAS", "中科院重庆研究院", "CIGIT"),
  o("academic", "重庆财经职业学院", "Chongqing Finance and Economics College", "重庆财经职院", "CQ Finance College"),

  o("ai_tech", "北京火山引擎科技有限公司", "Beijing Volcano Engine Technology Co., Ltd.", "火山引擎", "Volcano Engine", { city: "北京", notes: FEATURED }),
  o("ai_tech", "蚂蚁区块链科技（上海）有限公司", "Ant Digital Technologies (Shanghai) Co., Ltd.", "蚂蚁数科", "Ant Digital", { city: "上海", notes: FEATURED }),
  o("ai_tech", "上海深擎信息科技有限公司", "Shanghai Shenqing Information Technology Co., Ltd.", "深擎科技", "Shenqing Tech", { city: "上海", notes: FEATURED }),
  o("ai_tech", "阿里云计算有限公司", "Alibaba Cloud Computing Co., Ltd.", "阿里云", "Alibaba Cloud", { city: "杭州" }),
  o("ai_tech", "华为云计算技术有限公司", "Huawei Cloud Computing Technologies Co., Ltd.", "华为云", "Huawei Cloud", { city: "贵阳" }),
  o("ai_tech", "云从科技集团股份有限公司", "CloudWalk Technology Co., Ltd.", "云从科技", "CloudWalk", { city: "广州" }),
  o("ai_tech", "重庆渝智大模型科技有限公司", "Chongqing Yuzhi Large Model Technology Co., Ltd.", "渝智大模型", "Yuzhi AI", {
    creditCode: sampleCreditCode("91500000", "MA60YK01"),
  }),
  o("ai_tech", "重庆两江星算人工智能科技有限公司", "Chongqing Liangjiang Xingsuan AI Technology Co., Ltd.", "星算智能", "Xingsuan AI", {
    creditCode: sampleCreditCode("91500112", "MA61XQ02"),
  }),
  o("ai_tech", "重庆山城数智科技有限公司", "Chongqing Shancheng Digital Intelligence Technology Co., Ltd.", "山城数智", "Shancheng AI"),

  o("big_data", "西部数据交易有限公司", "Western Data Exchange Co., Ltd.", "西部数据交易中心", "Western Data Exchange"),
  o("big_data", "百行征信有限公司", "Baihang Credit Scoring Co., Ltd.", "百行征信", "Baihang Credit", { city: "深圳" }),
  o("big_data", "朴道征信有限公司", "Pudao Credit Co., Ltd.", "朴道征信", "Pudao Credit", { city: "北京" }),
  o("big_data", "重庆两江数联大数据科技有限公司", "Chongqing Liangjiang Shulian Big Data Technology Co., Ltd.", "两江数联", "Shulian Data", {
    creditCode: sampleCreditCode("91500112", "MA62LK03"),
  }),
  o("big_data", "重庆长江数链科技有限公司", "Chongqing Changjiang Datachain Technology Co., Ltd.", "长江数链", "Changjiang Datachain"),
  o("big_data", "重庆渝数通数据服务有限公司", "Chongqing Yushutong Data Services Co., Ltd.", "渝数通", "Yushutong Data"),

  o("government", "国家金融监督管理总局重庆监管局", "Chongqing Office of the National Financial Regulatory Administration", "重庆金融监管局", "NFRA Chongqing", { notes: FEATURED }),
  o("government", "重庆市地方金融管理局", "Chongqing Local Financial Administration", "市地方金融管理局", "CQ Local Financial Administration"),
  o("government", "重庆两江新区管理委员会", "Chongqing Liangjiang New Area Administrative Committee", "两江新区管委会", "Liangjiang New Area"),
  o("government", "重庆市大数据应用发展管理局", "Chongqing Big Data Development Administration", "市大数据发展局", "CQ Big Data Administration"),
  o("government", "重庆市经济和信息化委员会", "Chongqing Municipal Commission of Economy and Information Technology", "市经济信息委", "CQ Economy & IT Commission"),
  o("government", "中国人民银行重庆市分行", "People's Bank of China Chongqing Branch", "人行重庆市分行", "PBOC Chongqing"),

  o("other", "重庆市金融科技协会", "Chongqing Fintech Association", "市金融科技协会", "CQ Fintech Association"),
  o("other", "重庆市小额贷款公司协会", "Chongqing Microcredit Companies Association", "市小贷协会", "CQ Microcredit Association"),
  o("other", "重庆两江人工智能产业园运营有限公司", "Chongqing Liangjiang AI Industrial Park Operation Co., Ltd.", "两江AI产业园", "Liangjiang AI Park"),
  o("other", "重庆渝才职业技能培训学校", "Chongqing Yucai Vocational Skills Training School", "渝才培训学校", "Yucai Training School", {
    creditCode: sampleCreditCode("52500000", "MJ60RC04"),
  }),
  o("other", "重庆市人力资源服务产业园运营有限公司", "Chongqing Human Resources Service Industrial Park Co., Ltd.", "市人力资源产业园", "CQ HR Service Park"),
];

export function organizationRows(): NewOrganization[] {
  return SAMPLE_ORGANIZATIONS.map(({ shortEn: _unused, ...org }) => ({ ...org, isSample: true }));
}
