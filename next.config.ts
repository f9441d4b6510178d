import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { FIXED_SECURITY_HEADERS } from "./lib/http/security-headers";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  // PGlite loads its WASM and extension bundles from its own package folder;
  // bundling it breaks those paths in server components and actions.
  // pdf.js loads its worker, CMaps and fonts from its own folder too; mammoth is plain CommonJS.
  // Both run on the server only (the document reader) and are never bundled for the browser.
  serverExternalPackages: ["@electric-sql/pglite", "pdfjs-dist", "mammoth"],
  poweredByHeader: false,
  // The proxy adds these with the CSP to everything it sees; this covers the assets it skips.
  async headers() {
    return [{ source: "/:path*", headers: Object.entries(FIXED_SECURITY_HEADERS).map(([key, value]) => ({ key, value })) }];
  },
  // forbidden(): role checks answer 403 with app/forbidden.tsx.
  experimental: {
    authInterrupts: true,
    // The proxy buffers request bodies up to this size (default 10 MB) and cuts the rest off;
    // attachments may be 20 MB plus the multipart envelope (lib/documents/file-types.ts).
    proxyClientMaxBodySize: "21mb",
  },
};

export default withNextIntl(nextConfig);
