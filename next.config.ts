import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // forbidden() answers 403 with app/forbidden.tsx when a signed-in user lacks a permission.
  experimental: { authInterrupts: true },
  // Native and WebAssembly packages are loaded by Node at run time, not bundled.
  serverExternalPackages: ["@node-rs/argon2", "@prisma/client", "pg"],
};

export default nextConfig;
