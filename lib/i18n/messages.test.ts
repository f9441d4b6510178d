import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LOCALES } from "./locales";
import { NAMESPACES } from "@/messages";

function keys(obj: object, prefix = ""): string[] {
  return Object.entries(obj).flatMap(([k, v]) =>
    v && typeof v === "object" ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

function load(locale: string, ns: string): object {
  return JSON.parse(fs.readFileSync(path.join("messages", locale, `${ns}.json`), "utf8"));
}

describe("messages", () => {
  it("every namespace file is listed, in every locale", () => {
    for (const locale of LOCALES) {
      const files = fs.readdirSync(path.join("messages", locale)).map((f) => f.replace(/\.json$/, "")).sort();
      expect(files).toEqual([...NAMESPACES].sort());
    }
  });
  for (const ns of NAMESPACES) {
    it(`${ns}: every locale has exactly the keys of 简体中文`, () => {
      const base = keys(load("zh-CN", ns)).sort();
      for (const locale of LOCALES) expect(keys(load(locale, ns)).sort(), locale).toEqual(base);
    });
  }
});
