import fs from "node:fs";
import path from "node:path";
import { expect, type Page } from "@playwright/test";

export const PASSWORD = "accord-demo-2026";
export const USERS = {
  admin: "admin@accord.local",
  staff: "staff@accord.local",
  executive: "exec@accord.local",
} as const;
export type RoleName = keyof typeof USERS;

export async function signIn(page: Page, role: RoleName, password = PASSWORD) {
  await page.goto("/login");
  await page.getByLabel(/邮箱|電郵|Email/).fill(USERS[role]);
  await page.getByLabel(/密码|密碼|Password/).fill(password);
  await page.getByRole("button", { name: /^(登录|登入|Sign in)$/ }).click();
  // A good sign-in lands on the dashboard; wait for it so the next navigation carries the session.
  if (password === PASSWORD) await page.waitForURL((url) => url.pathname === "/");
}

export async function expectSignedIn(page: Page) {
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByTestId("kpi-signed-value")).toBeVisible();
}

/** Every route the app serves, from the files under app/: pages, and route handlers with the first method each exports. */
export function appRoutes(): { pages: string[]; apis: { path: string; method: string }[] } {
  const pages: string[] = [];
  const apis: { path: string; method: string }[] = [];
  const walk = (dir: string, segments: string[]) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        const seg = entry.name.startsWith("(") ? null : entry.name.replace(/^\[\.\.\..+\]$/, "x").replace(/^\[.+\]$/, "1");
        walk(full, seg ? [...segments, seg] : segments);
      } else if (entry.name === "page.tsx") pages.push(`/${segments.join("/")}`);
      else if (entry.name === "route.ts") {
        const method = /export (?:const|async function) (GET|POST|PUT|PATCH|DELETE)\b/.exec(fs.readFileSync(full, "utf8"))?.[1] ?? "GET";
        apis.push({ path: `/${segments.join("/")}`, method });
      }
    }
  };
  walk(path.join(process.cwd(), "app"), []);
  return { pages, apis };
}
