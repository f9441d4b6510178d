/** A tiny local webhook for the reminder tests: records every request and answers as told. */
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface Received {
  path: string;
  query: URLSearchParams;
  headers: http.IncomingHttpHeaders;
  body: Record<string, unknown>;
}

export async function startWebhook(answer: (n: number) => { status: number; body: unknown } = () => ({ status: 200, body: { errcode: 0, errmsg: "ok" } })) {
  const received: Received[] = [];
  const server = http.createServer((req, res) => {
    let raw = "";
    req.on("data", (c) => (raw += c));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://localhost");
      received.push({ path: url.pathname, query: url.searchParams, headers: req.headers, body: raw ? JSON.parse(raw) : {} });
      const { status, body } = answer(received.length);
      res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/hook`, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
