/**
 * A suggested category (合作类别) from keywords, counted in the text with the
 * parties' names taken out ("马上消费金融股份有限公司" says nothing about what
 * the agreement is for). Only a clear winner is suggested. Pure.
 */
import type { DocumentText, Found } from "./document-text";

/** The built-in categories' keys (db/seed/categories.ts) with their keywords; a category's own name counts double. */
const KEYWORDS: Record<string, { name: string; words: string[] }> = {
  financial_services: {
    name: "金融服务",
    words: ["授信", "贷款", "信贷", "融资", "结算", "支付", "保险", "理财", "存款", "普惠金融", "消费金融", "供应链金融", "账户", "信用卡"],
  },
  technology_innovation: {
    name: "科技创新",
    words: ["人工智能", "大模型", "算力", "算法", "研发", "数字化", "云计算", "区块链", "数据", "技术", "智能", "专利", "创新"],
  },
  talent_cultivation: {
    name: "人才培养",
    words: ["人才", "培养", "培训", "师资", "课程", "学生", "教学", "学科", "招聘", "就业", "博士后", "研究生"],
  },
  project_training: {
    name: "项目实训",
    words: ["实训", "实践基地", "实操", "见习", "训练营", "实习"],
  },
};

const MIN_SCORE = 3;

function count(text: string, word: string): number {
  return text.split(word).length - 1;
}

export function suggestCategory(doc: DocumentText, partyNames: string[]): Found<string> | undefined {
  let text = doc.flow;
  for (const name of partyNames) text = text.split(name).join("");
  const scored = Object.entries(KEYWORDS).map(([key, { name, words }]) => {
    const hits = [[name, count(text, name) * 2] as const, ...words.map((w) => [w, count(text, w)] as const)].filter(([, n]) => n > 0);
    return { key, score: hits.reduce((s, [, n]) => s + n, 0), hits };
  });
  scored.sort((a, b) => b.score - a.score);
  const [top, second] = scored;
  if (top.score < MIN_SCORE || top.score === second.score) return undefined;
  const words = [...top.hits].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([w]) => w).join("、");
  return { value: top.key, source: words };
}
