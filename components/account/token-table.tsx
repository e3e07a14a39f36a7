import { RevokeTokenButton } from "@/components/account/revoke-token-button";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDateTime } from "@/lib/format";

type Token = { id: number; name: string; createdAt: Date; lastUsedAt: Date | null; revokedAt: Date | null };

/** The user's tokens: name, when made and last used, and a revoke button for those still valid. */
export function TokenTable({ tokens }: { tokens: Token[] }) {
  if (tokens.length === 0) return <EmptyState title="还没有令牌" description="需要由程序调用接口时再生成" />;
  return (
    <ul className="divide-y divide-line" aria-label="我的接口令牌" data-testid="token-list">
      {tokens.map((token) => (
        <li key={token.id} className="flex flex-wrap items-start justify-between gap-3 py-3" data-testid="token-row">
          <div className="min-w-0">
            <p className="flex items-center gap-2 font-medium text-ink">
              <span className="truncate">{token.name}</span>
              {token.revokedAt ? <Badge>已撤销</Badge> : <Badge tone="success">有效</Badge>}
            </p>
            <p className="tabular mt-0.5 text-xs text-muted">
              生成于 {formatDateTime(token.createdAt)} ·{" "}
              {token.lastUsedAt ? `最近使用 ${formatDateTime(token.lastUsedAt)}` : "尚未使用"}
              {token.revokedAt && ` · 撤销于 ${formatDateTime(token.revokedAt)}`}
            </p>
          </div>
          {!token.revokedAt && <RevokeTokenButton tokenId={token.id} name={token.name} />}
        </li>
      ))}
    </ul>
  );
}
