// `npm run s3:dev`: an S3-compatible server on this machine for trying FILE_STORE=s3 without a
// cloud account: s3rver (a development dependency that speaks the S3 REST API and checks SigV4
// signatures), objects under .data/s3, bucket `daguanmo`. Not for production. See docs/files.md.
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

type S3rverInstance = { run(): Promise<{ port: number }>; close(): Promise<void> };
const S3rver = createRequire(import.meta.url)("@20minutes/s3rver") as new (
  options: Record<string, unknown>,
) => S3rverInstance;

const root = fileURLToPath(new URL("..", import.meta.url));
const port = Number(process.env.S3_DEV_PORT ?? 4568);
const server = new S3rver({
  address: "127.0.0.1",
  port,
  silent: true,
  directory: path.join(root, ".data/s3"),
  configureBuckets: [{ name: "daguanmo" }],
});
await server.run();
console.log(`S3-compatible server on http://127.0.0.1:${port}, objects in .data/s3. Start the platform with:`);
console.log(
  `  FILE_STORE=s3 S3_ENDPOINT=http://127.0.0.1:${port} S3_BUCKET=daguanmo S3_ACCESS_KEY_ID=S3RVER ` +
    "S3_SECRET_ACCESS_KEY=S3RVER S3_FORCE_PATH_STYLE=1 npm start",
);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => void server.close().then(() => process.exit(0)));
}
