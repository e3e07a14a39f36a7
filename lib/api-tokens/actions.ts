"use server";

import { defineAction } from "@/lib/actions/define-action";
import { conflict, invalid, notFound } from "@/lib/errors";
import { generateApiToken, hashApiToken } from "@/lib/api-tokens/token";
import { createApiTokenSchema, MAX_ACTIVE_TOKENS, revokeApiTokenSchema } from "@/lib/api-tokens/schemas";

/**
 * Personal API tokens are for the callers of the read-only API (api.read: ADMIN and LEADER).
 * Each user manages only their own tokens: the row is always loaded together with its owner.
 */
export const createApiTokenAction = defineAction({
  name: "createApiToken",
  schema: createApiTokenSchema,
  permission: "api.read",
  async run({ input, user, tx, audit }) {
    // Serialise one user's token creations so the limit below holds under double clicks.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('daguanmo:api-token'), ${user.id}::int)`;
    const active = await tx.apiToken.findMany({
      where: { userId: user.id, revokedAt: null },
      select: { name: true },
    });
    if (active.some((token) => token.name === input.name)) {
      throw invalid("请检查填写的内容", { name: ["已有同名的有效令牌，请换一个名称"] });
    }
    if (active.length >= MAX_ACTIVE_TOKENS) {
      throw conflict(`每人最多保留 ${MAX_ACTIVE_TOKENS} 个有效令牌，请先撤销不再使用的令牌`);
    }
    const token = generateApiToken();
    const row = await tx.apiToken.create({
      data: { userId: user.id, name: input.name, tokenHash: hashApiToken(token) },
      select: { id: true, name: true, createdAt: true },
    });
    // The audit row names the token, never the token or its hash.
    await audit({ action: "apiToken.create", entityType: "ApiToken", entityId: row.id, after: { name: row.name } });
    // Shown once to its owner; only the hash is kept.
    return { id: row.id, name: row.name, token };
  },
  revalidate: () => ["/account"],
});

export const revokeApiTokenAction = defineAction({
  name: "revokeApiToken",
  schema: revokeApiTokenSchema,
  permission: "api.read",
  async run({ input, user, tx, audit }) {
    const token = await tx.apiToken.findFirst({
      where: { id: input.tokenId, userId: user.id },
      select: { id: true, name: true, revokedAt: true },
    });
    if (!token) throw notFound("令牌");
    if (token.revokedAt) throw conflict("该令牌已撤销");
    const revokedAt = new Date();
    await tx.apiToken.update({ where: { id: token.id }, data: { revokedAt } });
    await audit({
      action: "apiToken.revoke",
      entityType: "ApiToken",
      entityId: token.id,
      before: { name: token.name, revokedAt: null },
      after: { name: token.name, revokedAt },
    });
    return { id: token.id };
  },
  revalidate: () => ["/account"],
});
