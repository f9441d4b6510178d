import { AGREEMENT_STATUSES, VALUE_KINDS, type AgreementStatus, type ValueKind } from "@/lib/domain/enums";
import statusEn from "@/messages/en/status.json";
import statusZh from "@/messages/zh-CN/status.json";
import statusHant from "@/messages/zh-TW/status.json";
import kindEn from "@/messages/en/valueKind.json";
import kindZh from "@/messages/zh-CN/valueKind.json";
import kindHant from "@/messages/zh-TW/valueKind.json";

/**
 * Statuses and value kinds by any name the app shows them under (简体, 繁體,
 * English, any case) or by their key, so an exported sheet in any language
 * imports back. Short forms staff write (合同, 意向) are accepted too. Pure.
 */
function lookup<T extends string>(keys: readonly T[], labels: Record<string, string>[], extra: Record<string, T> = {}) {
  const map = new Map<string, T>(Object.entries(extra).map(([k, v]) => [k.toLowerCase(), v]));
  for (const key of keys) {
    map.set(key.toLowerCase(), key);
    for (const l of labels) map.set(l[key].toLowerCase(), key);
  }
  return (raw: string): T | undefined => map.get(raw.trim().replace(/\s+/g, " ").toLowerCase());
}

export const statusByName: (raw: string) => AgreementStatus | undefined = lookup(AGREEMENT_STATUSES, [statusZh, statusHant, statusEn], {
  签约: "signed",
  已签署: "signed",
  执行中: "in_execution",
});

export const valueKindByName: (raw: string) => ValueKind | undefined = lookup(VALUE_KINDS, [kindZh, kindHant, kindEn], {
  合同: "binding",
  意向: "intended",
  框架: "intended",
});

const STATUS_LABELS = { "zh-CN": statusZh, "zh-TW": statusHant, en: statusEn } as Record<string, Record<AgreementStatus, string>>;
const KIND_LABELS = { "zh-CN": kindZh, "zh-TW": kindHant, en: kindEn } as Record<string, Record<ValueKind, string>>;

/** A status as the app shows it in `locale`, as exports write it. */
export const statusLabel = (status: AgreementStatus, locale: string) => (STATUS_LABELS[locale] ?? statusZh)[status];
export const valueKindLabel = (kind: ValueKind, locale: string) => (KIND_LABELS[locale] ?? kindZh)[kind];
