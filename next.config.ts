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
};

export default nextConfig;
