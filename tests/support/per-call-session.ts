import { AsyncLocalStorage } from "node:async_hooks";
import { encode } from "next-auth/jwt";
import * as requestContext from "@/tests/support/request-context";

/**
 * `actAs` sets one module-level session cookie, so concurrent action calls would all run as
 * whoever signed in last. This replacement for `next/headers` lets each concurrent call carry
 * its own session: `runAs(userId, () => action(...))` keeps the token in AsyncLocalStorage for
 * that call only; calls made outside `runAs` fall back to `actAs`'s cookie.
 */
const session = new AsyncLocalStorage<string>();

export async function runAs<T>(userId: number, call: () => Promise<T>): Promise<T> {
  const token = await encode({
    token: { sub: String(userId), signedInAt: Date.now() },
    secret: process.env.NEXTAUTH_SECRET!,
  });
  return session.run(token, call);
}

export async function cookies() {
  const token = session.getStore();
  if (token === undefined) return requestContext.cookies();
  return {
    get: (name: string) => (name === "next-auth.session-token" ? { name, value: token } : undefined),
  };
}

export const headers = requestContext.headers;
