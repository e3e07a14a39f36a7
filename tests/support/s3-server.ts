import { createRequire } from "node:module";
import { mkdtemp, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";

/**
 * A real S3-compatible server for the tests: s3rver (the @20minutes fork, which checks SigV4
 * signatures) speaking the S3 REST API over HTTP on a free loopback port, objects in a folder of
 * its own. Its one account is built in: access key S3RVER, secret S3RVER.
 */
type S3rverInstance = { run(): Promise<AddressInfo>; close(): Promise<void> };
type S3rverClass = new (options: Record<string, unknown>) => S3rverInstance;

export type RunningS3 = {
  endpoint: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  region: string;
  stop(): Promise<void>;
};

export async function startS3Server(bucket = "daguanmo-files"): Promise<RunningS3> {
  const S3rver = createRequire(import.meta.url)("@20minutes/s3rver") as S3rverClass;
  const directory = await mkdtemp(path.join(os.tmpdir(), "daguanmo-s3-"));
  const server = new S3rver({
    address: "127.0.0.1",
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket }],
  });
  const address = await server.run();
  return {
    endpoint: `http://127.0.0.1:${address.port}`,
    bucket,
    accessKeyId: "S3RVER",
    secretAccessKey: "S3RVER",
    region: "us-east-1",
    async stop() {
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
