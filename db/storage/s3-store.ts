import "server-only";
import { createHash } from "node:crypto";
import { AwsClient } from "aws4fetch";
import type { DocumentStore } from "./store";

export interface S3Config {
  /** The service's base URL, e.g. https://s3.cn-north-1.amazonaws.com.cn or http://minio.internal:9000. */
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Put before each object key, so one bucket can serve several registries. */
  prefix: string;
}

const REQUIRED = ["S3_ENDPOINT", "S3_BUCKET", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"] as const;

/** The S3 settings from the environment; start-up stops naming any that are missing. */
export function s3ConfigFromEnv(env: Record<string, string | undefined>): S3Config {
  const missing = REQUIRED.filter((k) => !env[k]);
  if (missing.length) throw new Error(`ACCORD_DOCUMENT_STORE=s3 needs ${missing.join(", ")}.`);
  return {
    endpoint: env.S3_ENDPOINT!.replace(/\/+$/, ""),
    bucket: env.S3_BUCKET!,
    region: env.S3_REGION || "us-east-1",
    accessKeyId: env.S3_ACCESS_KEY_ID!,
    secretAccessKey: env.S3_SECRET_ACCESS_KEY!,
    prefix: env.S3_PREFIX ?? "accord/documents/",
  };
}

/**
 * Files as objects in an S3-compatible bucket (AWS S3, MinIO, Aliyun OSS,
 * Tencent COS …), path-style URLs signed with AWS Signature V4 (aws4fetch).
 * Objects are named by their SHA-256, so writing one twice is harmless and
 * what comes back is checked against its name.
 */
export function s3DocumentStore(config: S3Config): DocumentStore {
  const client = new AwsClient({ accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey, region: config.region, service: "s3", retries: 2 });
  const url = (sha256: string) => `${config.endpoint}/${encodeURIComponent(config.bucket)}/${config.prefix}${sha256}`;
  return {
    kind: "s3",
    async put(_tx, sha256, bytes) {
      const head = await client.fetch(url(sha256), { method: "HEAD" });
      if (head.ok) return;
      if (head.status !== 404) throw new Error(`S3 HEAD ${sha256} answered ${head.status}`);
      const res = await client.fetch(url(sha256), { method: "PUT", body: new Uint8Array(bytes), headers: { "content-type": "application/octet-stream" } });
      if (!res.ok) throw new Error(`S3 PUT ${sha256} answered ${res.status}`);
    },
    async get(_db, sha256) {
      const res = await client.fetch(url(sha256), { method: "GET" });
      if (res.status === 404) return null;
      if (!res.ok) throw new Error(`S3 GET ${sha256} answered ${res.status}`);
      const bytes = new Uint8Array(await res.arrayBuffer());
      if (createHash("sha256").update(bytes).digest("hex") !== sha256) throw new Error(`S3 object ${sha256} does not match its name`);
      return bytes;
    },
  };
}
