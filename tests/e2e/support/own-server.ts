import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { encode } from "next-auth/jwt";
import { startEmbeddedPostgres, type RunningPostgres } from "@/scripts/lib/embedded-postgres";
import { applyMigrations } from "@/scripts/lib/schema-engine";
import { nextBin } from "@/scripts/lib/next-build";
import { seedIfEmpty } from "@/scripts/lib/seed-if-empty";
import { E2E_PORT } from "./settings";

/**
 * A production server of its own, for the fault tests that stop its PostgreSQL or SIGKILL it: the
 * build the e2e server made, `next start` on E2E_PORT + 7, and an embedded PostgreSQL with the demo
 * data in a data folder that survives a stop, so the same cluster can be started again.
 */
export class OwnServer {
  readonly port = E2E_PORT + 7;
  readonly url = `http://127.0.0.1:${this.port}`;
  readonly secret = randomBytes(32).toString("base64url");
  private postgres: RunningPostgres | undefined;
  private app: ChildProcess | undefined;
  private pgPort = 0;
  private constructor(
    private readonly dataDir: string,
    private readonly filesDir: string,
  ) {}

  databaseUrl = "";

  static async start(): Promise<OwnServer> {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), "daguanmo-faults-pg-"));
    const filesDir = await mkdtemp(path.join(os.tmpdir(), "daguanmo-faults-files-"));
    const server = new OwnServer(dataDir, filesDir);
    await server.startDatabase();
    await server.postgres!.createDatabase("faults");
    server.databaseUrl = server.postgres!.adminUrl("faults");
    await applyMigrations(server.databaseUrl);
    await seedIfEmpty(server.databaseUrl);
    await server.startApp();
    return server;
  }

  async startDatabase(): Promise<void> {
    this.postgres = await startEmbeddedPostgres({ dataDir: this.dataDir, port: this.pgPort || undefined });
    this.pgPort = this.postgres.port;
  }

  async stopDatabase(): Promise<void> {
    await this.postgres?.stop();
    this.postgres = undefined;
  }

  async startApp(): Promise<void> {
    const root = process.cwd();
    this.app = spawn(process.execPath, [nextBin(root), "start", "-p", String(this.port), "-H", "127.0.0.1"], {
      cwd: root,
      env: {
        ...process.env,
        NODE_ENV: "production",
        DATABASE_URL: this.databaseUrl,
        NEXTAUTH_SECRET: this.secret,
        NEXTAUTH_URL: this.url,
        DEMO_MODE: "1",
        FILES_DIR: this.filesDir,
      },
      stdio: "ignore",
    });
    const deadline = Date.now() + 60_000;
    for (;;) {
      const up = await fetch(`${this.url}/api/health`).then(
        (response) => response.ok,
        () => false,
      );
      if (up) return;
      if (Date.now() > deadline) throw new Error("the fault tests' own server did not start");
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }

  /** The app dies at once, mid-request, as in a power cut or the OOM killer. */
  async killApp(): Promise<void> {
    const app = this.app;
    if (!app || !running(app)) return;
    const exited = new Promise((resolve) => app.once("exit", resolve));
    app.kill("SIGKILL");
    await exited;
  }

  /** A session cookie for a user, signed with this server's secret, as next-auth makes it. */
  async sessionCookie(userId: number) {
    const value = await encode({
      token: { sub: String(userId), signedInAt: Date.now() },
      secret: this.secret,
    });
    return { name: "next-auth.session-token", value, url: this.url };
  }

  async close(): Promise<void> {
    if (this.app && running(this.app)) {
      const exited = new Promise((resolve) => this.app!.once("exit", resolve));
      this.app.kill("SIGTERM");
      await exited;
    }
    await this.stopDatabase();
    await rm(this.dataDir, { recursive: true, force: true });
    await rm(this.filesDir, { recursive: true, force: true });
  }
}

/** A child killed by a signal has a signalCode and no exitCode. */
function running(child: ChildProcess): boolean {
  return child.exitCode === null && child.signalCode === null;
}
