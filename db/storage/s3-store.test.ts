/**
 * The S3 store against a fake bucket at the network edge (fetch): what it
 * sends (signed, path-style, named by SHA-256) and what it makes of the
 * answers. No second store runs in CI.
 */
import { createHash } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { DbOrTx } from "../client";
import { s3ConfigFromEnv, s3DocumentStore } from "./s3-store";

const config = s3ConfigFromEnv({ S3_ENDPOINT: "http://minio.test:9000/", S3_BUCKET: "accord", S3_ACCESS_KEY_ID: "AKIATEST", S3_SECRET_ACCESS_KEY: "secret" });
const db = {} as DbOrTx; // an external store never touches the database
const bytes = new TextEncoder().encode("%PDF-1.7 test");
const sha = createHash("sha256").update(bytes).digest("hex");
const objectUrl = `http://minio.test:9000/accord/accord/documents/${sha}`;

/** A bucket in a Map, answering like S3 does; records each request. */
function fakeBucket(objects = new Map<string, Uint8Array>()) {
  const seen: { method: string; url: string; authorization: string | null }[] = [];
  vi.stubGlobal("fetch", async (input: Request) => {
    seen.push({ method: input.method, url: input.url, authorization: input.headers.get("authorization") });
    const body = objects.get(input.url);
    if (input.method === "PUT") {
      objects.set(input.url, new Uint8Array(await input.arrayBuffer()));
      return new Response(null, { status: 200 });
    }
    if (!body) return new Response(null, { status: 404 });
    return new Response(input.method === "HEAD" ? null : new Uint8Array(body), { status: 200 });
  });
  return { objects, seen };
}

afterEach(() => vi.unstubAllGlobals());

describe("s3DocumentStore", () => {
  it("puts a new file under its SHA-256 with a SigV4 signature, and reads it back", async () => {
    const bucket = fakeBucket();
    const store = s3DocumentStore(config);
    await store.put(db, sha, bytes);
    expect(bucket.seen.map((r) => [r.method, r.url])).toEqual([["HEAD", objectUrl], ["PUT", objectUrl]]);
    expect(bucket.seen[1].authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIATEST\/\d{8}\/us-east-1\/s3\/aws4_request/);
    expect(await store.get(db, sha)).toEqual(bytes);
  });

  it("does not upload a file the bucket already has", async () => {
    const bucket = fakeBucket(new Map([[objectUrl, bytes]]));
    await s3DocumentStore(config).put(db, sha, bytes);
    expect(bucket.seen.map((r) => r.method)).toEqual(["HEAD"]);
  });

  it("answers null for a missing object and refuses one that does not match its name", async () => {
    fakeBucket(new Map([[objectUrl, new TextEncoder().encode("tampered")]]));
    const store = s3DocumentStore(config);
    expect(await store.get(db, "0".repeat(64))).toBeNull();
    await expect(store.get(db, sha)).rejects.toThrow("does not match");
  });

  it("needs its settings named", () => {
    expect(() => s3ConfigFromEnv({ S3_BUCKET: "accord" })).toThrow("S3_ENDPOINT, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY");
  });
});
