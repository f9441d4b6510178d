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
  it("a search box drops them instead of failing", () => {
    expect(searchText.parse(" 消金\u0000 ")).toBe("消金");
  });
});
