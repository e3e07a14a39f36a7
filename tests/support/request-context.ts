import { encode } from "next-auth/jwt";

/**
 * Outside a Next.js server there is no request: server actions read their session cookie and
 * headers through `next/headers`, which the integration tests replace with this module (see
 * `vi.mock("next/headers", ...)` in each test). The cookie is a real session token, signed with
 * the test secret and decoded by the real code path.
 */
let sessionToken: string | undefined;
const clientIp = "203.0.113.10";

export async function actAs(userId: number, signedInAt: number = Date.now()): Promise<void> {
  sessionToken = await encode({
    token: { sub: String(userId), signedInAt },
    secret: process.env.NEXTAUTH_SECRET!,
  });
}

export function actAnonymously(): void {
  sessionToken = undefined;
}

export async function cookies() {
  return {
    get: (name: string) =>
      name === "next-auth.session-token" && sessionToken ? { name, value: sessionToken } : undefined,
  };
}

export async function headers() {
  return new Headers({ "x-forwarded-for": clientIp });
}
