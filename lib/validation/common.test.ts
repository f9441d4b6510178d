import { describe, expect, it } from "vitest";
import { controlCharacterErrors, searchText } from "./common";

describe("control characters", () => {
  it("names every field holding one, by the schema's path", () => {
    expect(controlCharacterErrors({ agreement: { titleZh: "a\u0000", parties: [{ signatoryName: "ok" }, { signatoryName: "\u001b[31m" }] } })).toEqual({
      "agreement.titleZh": ["invalidCharacters"],
      "agreement.parties.1.signatoryName": ["invalidCharacters"],
    });
    expect(controlCharacterErrors({ notes: "line\nline\ttab\r\n" })).toEqual({});
  });
  it("refuses a lone surrogate (no character at all) and keeps rare CJK such as 𠀀", () => {
    expect(controlCharacterErrors({ event: { nameZh: "名\ud800称" } })).toEqual({ "event.nameZh": ["invalidCharacters"] });
    expect(controlCharacterErrors({ event: { nameZh: "𠀀𪚥签约" } })).toEqual({});
  });
  it("a search box drops them instead of failing", () => {
    expect(searchText.parse(" 消金\u0000 ")).toBe("消金");
  });
});
