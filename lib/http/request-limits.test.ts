import { describe, expect, it } from "vitest";
import { ACTION_BODY_LIMIT, checkActionRequest, malformedPath } from "./request-limits";

const ID = "7fff031d50c710707c03f124e7b6fa75abced65bc3";
const action = (body: BodyInit, headers: Record<string, string> = {}, id = ID) =>
  new Request("http://localhost/agreements/new", { method: "POST", body, headers: { "next-action": id, "content-type": "text/plain;charset=UTF-8", ...headers } });
const multipart = (fields: Record<string, string>) => {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  return new Request("http://localhost/login", { method: "POST", body: form, headers: { "next-action": ID } });
};
const statusOf = async (req: Request) => (await checkActionRequest(req))?.status ?? "passed";

describe("server-action requests the framework would answer with a 500", () => {
  it("passes what React sends: JSON arguments, and form data with its encoded root", async () => {
    expect(await statusOf(action(JSON.stringify([{ agreement: { titleZh: "$$ 以美元符号开头", amount: "$undefined" }, at: "$D2025-07-10T00:00:00.000Z" }])))).toBe("passed");
    expect(await statusOf(multipart({ "0": '["$undefined","$K1"]', "1_email": "staff@accord.local", "1_password": "$secret" }))).toBe("passed");
    expect(await statusOf(new Request("http://localhost/", { method: "POST", body: "x" }))).toBe("passed");
    // The boundary is case-sensitive: a browser's "----WebKitFormBoundary…" must survive the check.
    const body = '------WebKitFormBoundaryAbC\r\nContent-Disposition: form-data; name="0"\r\n\r\n[{},"$K1"]\r\n------WebKitFormBoundaryAbC--\r\n';
    const browser = action(body, { "content-type": "multipart/form-data; boundary=----WebKitFormBoundaryAbC" });
    expect(await statusOf(browser)).toBe("passed");
  });

  it("answers a body over the limit with 413 and a message, whatever its Content-Length says", async () => {
    const big = JSON.stringify(["a".repeat(ACTION_BODY_LIMIT)]);
    const res = await checkActionRequest(action(big));
    expect(res?.status).toBe(413);
    expect(await res?.json()).toMatchObject({ error: "tooLarge", message: expect.stringContaining("1 MB") });
    expect(await statusOf(action("[]", { "content-length": String(50 * ACTION_BODY_LIMIT) }))).toBe(413);
  });

  it.each([
    ["a malformed action id", action("[{}]", {}, "../../etc"), 400],
    ["JSON that does not parse", action("[{"), 400],
    ["JSON that is not an argument list", action('{"a":1}'), 400],
    ["a reference to a stream React never sent", action('["$Q1"]'), 400],
    ["a promise reference inside an object", action('[{"a":"$@3"}]'), 400],
    ["multipart that does not parse", action("garbage--", { "content-type": "multipart/form-data; boundary=xyz" }), 400],
    ["multipart without its root", multipart({ "1_email": "a@b.c" }), 400],
    ["multipart whose root is not JSON", multipart({ "0": "[not json" }), 400],
  ])("refuses %s with 400", async (_name, req, status) => {
    const res = await checkActionRequest(req);
    expect(res?.status).toBe(status);
    expect(await res?.json()).toMatchObject({ error: "badRequest" });
  });
});

describe("paths", () => {
  it("answers percent-encoding that does not decode with 400", () => {
    expect(malformedPath("http://localhost/agreements/%FF")?.status).toBe(400);
    expect(malformedPath("http://localhost/%E0%A4%A")?.status).toBe(400);
  });
  it("passes encoded Chinese, spaces and a query with stray percent signs", () => {
    expect(malformedPath("http://localhost/parties?q=%E9%87%8D%E5%BA%86")).toBeNull();
    expect(malformedPath("http://localhost/agreements/%E5%8D%8F%20x?q=100%")).toBeNull();
  });
});
