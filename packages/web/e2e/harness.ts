// A real Lanyard for browser journeys: a fresh MariaDB database, the built server (which
// migrates and seeds the demo trust into an empty database), the built web app it serves,
// and Debian's chromium driven by playwright-core.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import mysql from "mysql2/promise";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { CHROMIUM_FLAGS, freePort, stopProcess, waitUntilReady } from "./serverProcess";

const webDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const serverDir = resolve(webDir, "../server");
export const serverMain = join(serverDir, "dist/main.js");
export const screenshotDir = join(webDir, "test-results");

export const DEMO_ADMIN = { email: "admin@demo.lanyard.test", password: "lanyard-demo-2026" };
export const DEMO_SCHOOL_ADMIN = { email: "school.admin@demo.lanyard.test", password: "lanyard-demo-2026" };

const MARIADB = { host: "127.0.0.1", port: 3306, user: "root", password: "" };

export interface Harness {
  baseUrl: string;
  browser: Browser;
  /** A fresh browser context (its own cookies) and page, sized like a laptop screen. */
  newPage(): Promise<Page>;
  /** Uncaught exceptions thrown in any page so far: a journey should end with none. */
  pageErrors: string[];
  /** Saves a full-page PNG to test-results/<name>.png and returns its path. */
  screenshot(page: Page, name: string): Promise<string>;
  stop(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  buildWebApp();
  const database = `lanyard_e2e_${randomBytes(5).toString("hex")}`;
  await withConnection((c) => c.query(`CREATE DATABASE \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`));

  let server: ChildProcess | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  const stop = async () => {
    await Promise.allSettled(contexts.map((c) => c.close()));
    await browser?.close().catch(() => {});
    if (server) await stopProcess(server);
    await withConnection((c) => c.query(`DROP DATABASE IF EXISTS \`${database}\``));
  };

  try {
    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    server = spawn(process.execPath, [serverMain], {
      cwd: serverDir,
      env: {
        ...process.env,
        DATABASE_URL: `mysql://root@127.0.0.1:3306/${database}`,
        PORT: String(port),
        PUBLIC_URL: baseUrl,
        NODE_ENV: "development",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    await waitUntilReady(server, `${baseUrl}/healthz`, { echo: Boolean(process.env["E2E_VERBOSE"]) });

    browser = await chromium.launch({
      executablePath: "/usr/bin/chromium",
      headless: true,
      args: [...CHROMIUM_FLAGS, "--disable-quic"],
    });
    const launched = browser;
    mkdirSync(screenshotDir, { recursive: true });
    const pageErrors: string[] = [];

    return {
      baseUrl,
      browser: launched,
      pageErrors,
      async newPage() {
        const context = await launched.newContext({ baseURL: baseUrl, viewport: { width: 1440, height: 900 }, locale: "en-GB" });
        contexts.push(context);
        const page = await context.newPage();
        page.on("pageerror", (error) => pageErrors.push(`${page.url()}: ${error.message}`));
        return page;
      },
      async screenshot(page, name) {
        const path = join(screenshotDir, `${name}.png`);
        await page.screenshot({ path, fullPage: true });
        return path;
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The server serves packages/web/dist: build it so the journey tests today's code. */
function buildWebApp() {
  if (process.env["E2E_SKIP_BUILD"] === "1" && existsSync(join(webDir, "dist/index.html"))) return;
  const result = spawnSync("pnpm", ["run", "build"], { cwd: webDir, encoding: "utf8", env: { ...process.env, CI: "true" } });
  if (result.status !== 0) throw new Error(`Building the web app failed:\n${result.stdout}\n${result.stderr}`);
}

async function withConnection<T>(work: (c: mysql.Connection) => Promise<T>): Promise<T> {
  const connection = await mysql.createConnection(MARIADB);
  try {
    return await work(connection);
  } finally {
    await connection.end();
  }
}
