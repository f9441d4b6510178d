import path from "node:path";

/** Where the embedded database and the generated auth secret live (`.data/` unless ACCORD_DATA_DIR says otherwise). */
export function dataRoot(): string {
  // Runtime location, not a build input: keep the bundler from tracing the whole project.
  return path.resolve(/*turbopackIgnore: true*/ process.env.ACCORD_DATA_DIR ?? path.join(process.cwd(), ".data"));
}
