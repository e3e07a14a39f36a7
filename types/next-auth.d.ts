import type { Role } from "@/lib/generated/prisma/enums";

declare module "next-auth" {
  interface User {
    id: string;
    name: string;
    role: Role;
    enterpriseId: number | null;
  }
  interface Session {
    user: { id: string; name: string; role: Role; enterpriseId: number | null };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    role?: Role;
    enterpriseId?: number | null;
    /** Milliseconds since the epoch at sign-in; the 12-hour limit and revocation count from it. */
    signedInAt?: number;
  }
}
