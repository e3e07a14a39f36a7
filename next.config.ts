import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // forbidden() answers 403 with app/forbidden.tsx when a signed-in user lacks a permission.
  experimental: {
    authInterrupts: true,
    // Site photos (up to 3 × 10 MB per upload) and the 5 MB import sheet are posted to server
    // actions; the proxy buffers bodies up to its own limit, so both limits move together.
    serverActions: { bodySizeLimit: "32mb" },
    proxyClientMaxBodySize: "32mb",
  },
  // Native and WebAssembly packages are loaded by Node at run time, not bundled.
  serverExternalPackages: ["@node-rs/argon2", "@prisma/client", "pg", "exceljs"],
  // Pages and route handlers get their security headers (and CSP nonce) from proxy.ts; build
  // assets skip the proxy, so they get theirs here.
  async headers() {
    return [
      {
        source: "/_next/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
        ],
      },
    ];
  },
};

export default nextConfig;
