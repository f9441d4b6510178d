import { describe, expect, it } from "vitest";
import { parseAmountInput } from "../amount-input";
import { parseUppercaseAmount } from "./uppercase-amount";

describe("parseUppercaseAmount", () => {
  const cases: [string, string][] = [
    ["叁亿伍仟万元整", "350000000.00"],
    ["人民币叁亿伍仟万元整", "350000000.00"],
    ["壹亿零伍佰万元整", "105000000.00"],
    ["壹亿零伍万元", "100050000.00"],
    ["壹亿零伍元", "100000005.00"],
    ["贰拾亿元整", "2000000000.00"],
    ["壹万亿元", "1000000000000.00"],
    ["壹万零伍佰亿元", "1050000000000.00"],
    ["拾万元整", "100000.00"],
    ["壹拾万元整", "100000.00"],
    ["壹拾伍万元", "150000.00"],
    ["壹仟零贰元", "1002.00"],
    ["壹万零贰拾元", "10020.00"],
    ["壹佰万零伍拾元整", "1000050.00"],
    ["伍元", "5.00"],
    ["壹仟贰佰叁拾肆万伍仟陆佰柒拾捌元玖角整", "12345678.90"],
    ["玖仟玖佰玖拾玖元玖角玖分", "9999.99"],
    ["壹佰元零伍分", "100.05"],
    ["壹佰元伍角", "100.50"],
    ["壹佰元伍角陆分", "100.56"],
    ["零元伍角", "0.50"],
    ["叁圆整", "3.00"],
    ["三亿五千万元", "350000000.00"],
    ["两千万元", "20000000.00"],
    ["壹億零伍佰萬元整", "105000000.00"],
  ];
  it.each(cases)("%s → %s", (words, decimal) => {
    expect(parseUppercaseAmount(words)).toEqual({ ok: true, decimal });
  });

  it("gives the same exact decimal as the form's amount box for the same amount", () => {
    expect(parseUppercaseAmount("叁亿伍仟万元整")).toEqual(parseAmountInput("3.5亿"));
    expect(parseUppercaseAmount("壹仟贰佰叁拾肆万伍仟陆佰柒拾捌元玖角整")).toEqual(parseAmountInput("¥12,345,678.90"));
  });

  const refused: [string, string][] = [
    ["", "empty"],
    ["整", "empty"],
    ["元整", "invalid"],
    ["叁亿伍仟万", "invalid"], // no 元
    ["壹贰元", "invalid"], // two digits with no unit between
    ["伍佰叁仟元", "invalid"], // units rising
    ["壹万伍元", "invalid"], // 15,000 or 10,005: refused, not guessed
    ["壹仟伍万元", "invalid"],
    ["壹亿亿元", "invalid"],
    ["壹万万元", "invalid"],
    ["伍角", "invalid"], // no 元
    ["壹元伍分角", "invalid"],
    ["壹元A角", "invalid"],
    ["拾万亿亿元", "invalid"],
    ["玖拾万亿元", "tooLarge"],
  ];
  it.each(refused)("refuses %j (%s)", (words, error) => {
    expect(parseUppercaseAmount(words)).toEqual({ ok: false, error });
  });
});
