import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { dataRoot } from "../data-dir";

/**
 * AUTH_SECRET from the environment; on the embedded database a newcomer sets
 * nothing, so one is generated once and kept under the data folder. A real
 * deployment (DATABASE_URL set) must provide its own: a generated secret there
 * would differ per instance and sign users out on every restart.
 */
export function resolveAuthSecret(): string {
  const fromEnv = process.env.AUTH_SECRET;
  if (fromEnv) return fromEnv;
  if (process.env.DATABASE_URL) {
    throw new Error(
      "AUTH_SECRET is not set. With DATABASE_URL (a server database) the app needs AUTH_SECRET; generate one with `openssl rand -base64 33`.",
    );
  }
  const root = dataRoot();
  const file = path.join(root, "auth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(root, { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(33).toString("base64"), { mode: 0o600, flag: "wx" });
  }
  return fs.readFileSync(file, "utf8").trim();
}
