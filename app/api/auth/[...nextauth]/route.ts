import type { NextRequest } from "next/server";
import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

// The options read the environment (secret, database) when called, so they are built per
// request: `next build` then needs no secrets, and a missing one fails loudly at run time.
type RouteContext = { params: Promise<{ nextauth: string[] }> };

async function handler(request: NextRequest, context: RouteContext): Promise<Response> {
  // next-auth 4 recognises the App Router call by the context's `params`.
  const response: Response = await NextAuth(request, context, authOptions());
  return response;
}

export { handler as GET, handler as POST };
