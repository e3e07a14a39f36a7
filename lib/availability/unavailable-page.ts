import { RETRY_AFTER_SECONDS, UNAVAILABLE_TITLE } from "@/lib/availability/constants";

/**
 * The page the proxy answers with (status 503) while the database is down: self-contained (no
 * script, no stylesheet request that could fail too), in Chinese, reloading itself every few
 * seconds so that it turns back into the page asked for once the database is back.
 */
export function unavailablePageHtml(): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="${RETRY_AFTER_SECONDS * 2}">
<title>${UNAVAILABLE_TITLE} · 党建“大观摩”平台</title>
<style>
  body { margin: 0; min-height: 100vh; display: flex; align-items: center; justify-content: center;
    font-family: system-ui, "PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif;
    background: #f7f7f5; color: #1f2328; }
  main { max-width: 28rem; padding: 2rem 1.5rem; text-align: center; }
  .code { color: #b91c1c; font-weight: 600; letter-spacing: 0.2em; font-size: 0.875rem; }
  h1 { font-size: 1.5rem; margin: 0.5rem 0 0.75rem; }
  p { color: #57606a; font-size: 0.875rem; line-height: 1.6; margin: 0.25rem 0; }
</style>
</head>
<body>
<main>
  <p class="code">503</p>
  <h1>${UNAVAILABLE_TITLE}</h1>
  <p>平台的数据库暂时无法连接，请稍后重试；恢复后本页会自动刷新。</p>
</main>
</body>
</html>`;
}
