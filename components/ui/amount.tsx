import { Fragment } from "react";

/** An amount inside running text, kept on one line so "8亿元" never breaks between figure and unit. */
function Amount({ children }: { children: React.ReactNode }) {
  return <span className="whitespace-nowrap">{children}</span>;
}

/**
 * A translated sentence with its amounts kept whole ("合同金额 325.6亿元 · 意向金额 8亿元"): the
 * message is formatted with markers in place of the amounts, which are then put back each in an Amount.
 */
export function withAmounts(format: (values: Record<string, string>) => string, amounts: Record<string, string>): React.ReactNode {
  const markers = Object.fromEntries(Object.keys(amounts).map((k) => [k, `\u0000${k}\u0000`]));
  return format(markers)
    .split(/\u0000(\w+)\u0000/)
    .map((part, i) => (i % 2 ? <Amount key={i}>{amounts[part]}</Amount> : <Fragment key={i}>{part}</Fragment>));
}
