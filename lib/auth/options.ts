import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { clientAddress } from "@/lib/auth/client-address";
import { authenticate, throttledMessage } from "@/lib/auth/sign-in";
import { SESSION_MAX_AGE_SECONDS } from "@/lib/auth/session-user";
import { recordAudit } from "@/lib/audit";
import { passwordProblem } from "@/lib/auth/password-policy";

const credentialsSchema = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
  // Empty for accounts without a second factor; the form always sends the field.
  code: z.string().trim().max(16).optional(),
});

export function authOptions(): NextAuthOptions {
  // Over https the session cookie is Secure (and __Secure- named); it is always HttpOnly and
  // SameSite=Lax (next-auth's defaults, relied on in tests/e2e/security-headers.spec.ts).
  const https = env().NEXTAUTH_URL?.startsWith("https:") ?? false;
  return {
    secret: env().NEXTAUTH_SECRET,
    useSecureCookies: https,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/login", error: "/login" },
    providers: [
      CredentialsProvider({
        name: "账号密码",
        credentials: {
          username: { label: "用户名", type: "text" },
          password: { label: "密码", type: "password" },
          code: { label: "动态验证码", type: "text" },
        },
        async authorize(credentials, request) {
          const parsed = credentialsSchema.safeParse(credentials);
          if (!parsed.success) return null;
          const ip = clientAddress(request.headers ?? {});
          const result = await authenticate(db(), { ...parsed.data, ip });
          if (result.ok) {
            // Outside demo mode a password that the policy would refuse today (the demo password
            // is on the common list) must be replaced before anything else.
            if (!env().DEMO_MODE && passwordProblem(parsed.data.password, { username: parsed.data.username })) {
              await db().user.update({ where: { id: result.user.id }, data: { mustChangePassword: true } });
            }
            await recordAudit(db(), {
              actor: { id: result.user.id, name: result.user.name },
              action: "auth.signIn",
              entityType: "User",
              entityId: result.user.id,
              ip,
            });
            return { ...result.user, id: String(result.user.id) };
          }
          // Failures and refusals are audited too (never the password typed): a run of them is
          // what an administrator looks for after a guessing attack. The username is kept as
          // typed, trimmed and lower-cased, since it may name no account.
          const username = parsed.data.username.toLowerCase();
          await recordAudit(db(), {
            actor: null,
            action: result.reason === "throttled" ? "auth.signInThrottled" : "auth.signInFailed",
            entityType: "SignIn",
            entityId: username,
            after:
              result.reason === "throttled" ? { username, retryAfterSeconds: result.retryAfterSeconds } : { username },
            ip,
          });
          // next-auth hands a thrown message to the sign-in form; null becomes the one generic error.
          if (result.reason === "throttled") throw new Error(throttledMessage(result.retryAfterSeconds));
          return null;
        },
      }),
    ],
    events: {
      // With JWT sessions next-auth calls this on POST /api/auth/signout with the token being
      // cleared; the cookie is gone either way, the row records who left and when.
      async signOut({ token }) {
        const userId = Number(token?.sub);
        if (!Number.isInteger(userId) || userId <= 0) return;
        await recordAudit(db(), {
          actor: { id: userId, name: typeof token?.name === "string" ? token.name : "" },
          action: "auth.signOut",
          entityType: "User",
          entityId: userId,
        });
      },
    },
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          token.role = user.role;
          token.enterpriseId = user.enterpriseId;
          token.signedInAt = Date.now();
        }
        return token;
      },
      session({ session, token }) {
        session.user = {
          id: token.sub ?? "",
          name: token.name ?? "",
          role: token.role ?? "SECRETARY",
          enterpriseId: token.enterpriseId ?? null,
        };
        return session;
      },
    },
  };
}
