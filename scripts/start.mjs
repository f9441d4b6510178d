// `npm start`: build if needed, then serve the app. On the embedded database the
// server creates, migrates and seeds .data/ on first start (instrumentation.ts).
import { spawn } from "node:child_process";
import path from "node:path";
import { ensureBuild, waitForHealth } from "./lib/build.mjs";

if (process.env.DATABASE_URL && !process.env.AUTH_SECRET) {
  console.error("[accord] AUTH_SECRET is not set. With DATABASE_URL (a server database) set AUTH_SECRET too, e.g. `export AUTH_SECRET=$(openssl rand -base64 33)`.");
  process.exit(1);
}

ensureBuild();
const port = process.env.PORT || "3000";
const server = spawn(process.execPath, [path.join("node_modules", "next", "dist", "bin", "next"), "start", "-p", port], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));

const url = `http://localhost:${port}`;
if (await waitForHealth(url)) {
  console.log(`\n[accord] Accord is running at ${url}`);
  if (!process.env.DATABASE_URL) {
    console.log("[accord] embedded database (sample data) in .data/; demo sign-ins, password accord-demo-2026:");
    console.log("[accord]   admin@accord.local (admin) · staff@accord.local (staff) · exec@accord.local (executive)\n");
  }
} else {
  console.error(`[accord] the server did not answer on ${url}/api/health; see the messages above.`);
}
