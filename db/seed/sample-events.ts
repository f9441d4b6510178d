export const SAMPLE_EVENTS = [
  {
    key: "talent_2025_03",
    nameZh: "重庆金融科技人才培养合作签约会",
    nameEn: "Chongqing Fintech Talent Cooperation Signing",
    heldOn: "2025-03-20",
    venue: "重庆大学虎溪校区",
    host: "重庆市地方金融管理局、重庆市教育委员会",
    notes: "示例数据：活动与协议均为演示用虚构内容。",
  },
  {
    key: "ai_night_2025_07",
    nameZh: "AI领创企业重庆行暨西部金融中心之夜",
    nameEn: "AI Pioneers Chongqing Tour & Western Financial Center Night",
    heldOn: "2025-07-10",
    venue: "重庆两江新区",
    host: "重庆市地方金融管理局、重庆两江新区管理委员会",
    notes:
      "示例数据：活动名称、日期、地点取自公开报道（近百家机构签约，金额累计超过300亿元）；主办方写法与各项协议明细为演示用虚构内容。",
  },
  {
    key: "ecosystem_2025_09",
    nameZh: "西部金融科技生态合作签约会",
    nameEn: "Western Fintech Ecosystem Cooperation Signing",
    heldOn: "2025-09-12",
    venue: "重庆悦来国际会议中心",
    host: "重庆两江新区管理委员会",
    notes: "示例数据：活动与协议均为演示用虚构内容。",
  },
  {
    key: "projects_2026_04",
    nameZh: "西部金融中心建设推进会暨重点项目集中签约",
    nameEn: "Western Financial Center Progress Meeting & Key Project Signing",
    heldOn: "2026-04-16",
    venue: "重庆江北嘴金融城",
    host: "重庆市地方金融管理局",
    notes: "示例数据：活动与协议均为演示用虚构内容。",
  },
] as const;

export type EventKey = (typeof SAMPLE_EVENTS)[number]["key"];
export const CEREMONY_EVENT: EventKey = "ai_night_2025_07";
