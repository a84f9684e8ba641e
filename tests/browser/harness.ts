/**
 * Browser tests: the real app on an ephemeral port, driven in Chromium (Debian's, or $CHROMIUM)
 * by playwright-core. One browser per test file, reused by its tests; each visit is a context of
 * its own that records every page error, console error, failed request and HTTP error, and a test
 * fails on any of them (visit.done()). Axe-core runs inside the page under test, CSP and all.
 *
 * Without Chromium the tests are skipped with a message that says how to get it, except when CI
 * is set: there they fail (.ci/run installs Chromium and sets CI=1).
 *
 * Adding a page's tests is a few lines:
 *   const web = browserSuite();
 *   web.test("the quiz grades as the API", async () => {
 *     const v = await web.open("/scenario/darfur/quiz?lang=en");
 *     ...
 *     await v.done("quiz-darfur-en");
 *   });
 *
 * The callbacks given to locator.evaluate run in the page; the project's lib has no DOM, so their
 * element is untyped there.
 */
import assert from "node:assert/strict";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { after, afterEach, before, test } from "node:test";
import type { AxeResults, RunOptions } from "axe-core";
import { Browser, BrowserContext, BrowserContextOptions, Page, chromium } from "playwright-core";
import { createApp } from "../../src/http/app";
import { projectRoot } from "../../src/runtime";

export const root = projectRoot();
export const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
/** As the machine notes say Chromium runs here: as root, headless, and asking nothing of the network. */
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
export const SCREENSHOTS = join(root, "test-output", "screenshots");
/** WCAG 2.2 AA, as axe-core tags it. */
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const AXE_SOURCE = readFileSync(join(root, "node_modules", "axe-core", "axe.min.js"), "utf8");

/** Why the browser tests cannot run here, or undefined when they can. */
export function missingChromium(): string | undefined {
  return existsSync(CHROMIUM) ? undefined : `Chromium not found at ${CHROMIUM}: install Debian's chromium (apt-get install chromium) or set CHROMIUM to a Chromium binary`;
}

export interface VisitOptions {
  /** false: the page as a browser without JavaScript sees it. */
  javaScript?: boolean;
  /** Responses of 400 and over that this test expects (the document of an error page). */
  allowStatus?: (url: string, status: number) => boolean;
  context?: BrowserContextOptions;
}

export interface Visit {
  page: Page;
  /** Every problem seen on the page (and its frames) so far, in words. */
  problems: string[];
  /** Fails when any problem was seen. */
  assertClean(): void;
  /** The page as it is now, under test-output/screenshots/<name>.png. */
  screenshot(name: string): Promise<string>;
  /** Screenshot, then fail on any problem, then close the context. */
  done(name: string): Promise<void>;
}

export interface BrowserSuite {
  /** The app's address, e.g. http://127.0.0.1:41234. */
  readonly base: string;
  readonly browser: Browser;
  /** A test that is skipped (or, under CI, fails) without Chromium. */
  test(name: string, fn: () => Promise<void>): void;
  /** A new context and page at `path`, every problem recorded from the first request on. */
  open(path: string, options?: VisitOptions): Promise<Visit>;
  /** A request to the app from Node (for the API's side of a comparison). */
  fetch(path: string, init?: RequestInit): Promise<Response>;
}

/** Registers this file's hooks: the server and the browser before its tests, both closed after. */
export function browserSuite(): BrowserSuite {
  const missing = missingChromium();
  let server: Server | undefined;
  let browser: Browser | undefined;
  let base = "";
  const contexts = new Set<BrowserContext>();

  before(async () => {
    if (missing) {
      // Under CI the tests must run: fail every one of them here, saying why.
      if (process.env.CI) throw new Error(`${missing}; CI is set, so the browser tests must run (.ci/run installs it)`);
      return;
    }
    const app = createApp({ log: false });
    server = await new Promise<Server>((resolve, reject) => {
      const s = app.listen(0, "127.0.0.1", () => resolve(s));
      s.once("error", reject);
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  });
  afterEach(async () => {
    // A test that failed before done() leaves its context open.
    for (const c of contexts) await c.close().catch(() => undefined);
    contexts.clear();
  });
  after(async () => {
    await browser?.close();
    if (server) {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server!.close(() => resolve()));
    }
  });

  const suite: BrowserSuite = {
    get base() { return base; },
    get browser() { assert.ok(browser, "the browser is not running"); return browser; },
    test(name, fn) {
      if (missing && !process.env.CI) test(name, { skip: missing }, () => undefined);
      else test(name, { timeout: 120_000 }, fn);
    },
    async open(path, options = {}) {
      const context = await suite.browser.newContext({ javaScriptEnabled: options.javaScript ?? true, ...options.context });
      contexts.add(context);
      const page = await context.newPage();
      const visit = watch(page, options.allowStatus ?? (() => false), () => { contexts.delete(context); return context.close(); });
      await page.goto(base + path);
      return visit;
    },
    fetch: (path, init) => fetch(base + path, init),
  };
  return suite;
}

function watch(page: Page, allowStatus: (url: string, status: number) => boolean, close: () => Promise<void>): Visit {
  const problems: string[] = [];
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() !== "error") return;
    // Chromium's own line for an HTTP error: already judged by the response listener.
    const status = /^Failed to load resource: the server responded with a status of (\d+)/.exec(m.text());
    if (status && allowStatus(m.location().url, Number(status[1]))) return;
    problems.push(`console error: ${m.text()} (${m.location().url})`);
  });
  page.on("requestfailed", (r) => problems.push(`failed request: ${r.method()} ${r.url()}: ${r.failure()?.errorText}`));
  page.on("response", (r) => { if (r.status() >= 400 && !allowStatus(r.url(), r.status())) problems.push(`HTTP ${r.status()}: ${r.request().method()} ${r.url()}`); });
  const visit: Visit = {
    page, problems,
    assertClean() { assert.deepEqual(problems, [], `problems on ${page.url()}`); },
    async screenshot(name) {
      mkdirSync(SCREENSHOTS, { recursive: true });
      const file = join(SCREENSHOTS, `${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      return file;
    },
    async done(name) {
      await visit.screenshot(name);
      visit.assertClean();
      await close();
    },
  };
  return visit;
}

export interface AxeViolation { id: string; impact: string; help: string; nodes: string[] }

/**
 * Axe-core's WCAG 2.2 AA violations on the page as it is now, frames included. Injected with
 * evaluate (DevTools' own evaluation, which the page's CSP does not govern), so the page under
 * test keeps its CSP: a context with bypassCSP would no longer be the page users get.
 * It needs JavaScript in the page: in a visit opened with { javaScript: false } axe's timers never
 * fire and the run never ends.
 */
export async function axeViolations(page: Page, options: RunOptions = {}): Promise<AxeViolation[]> {
  for (const frame of page.frames()) await frame.evaluate(AXE_SOURCE);
  const run: RunOptions = { runOnly: { type: "tag", values: WCAG_TAGS }, resultTypes: ["violations"], ...options };
  const results = await page.locator("html").evaluate((_html, o) => (globalThis as unknown as { axe: { run(o: unknown): Promise<AxeResults> } }).axe.run(o), run);
  return results.violations.map((v) => ({ id: v.id, impact: String(v.impact), help: v.help, nodes: v.nodes.map((n) => n.target.join(" ")) }));
}

export async function assertNoAxeViolations(page: Page): Promise<void> {
  const found = await axeViolations(page);
  assert.deepEqual(found, [], `axe-core (${WCAG_TAGS.join(", ")}) on ${page.url()}:\n${found.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 5).join("\n    ")}`).join("\n")}`);
}

/** The three conclusions at the top of the outcome tree, from their classes (the same in every language). */
export async function outcomes(page: Page): Promise<{ jurisdiction: string; trigger: string; article7: string }> {
  const classes = await page.locator(".tree > details.node").evaluateAll((nodes) => nodes.map((n) => n.className));
  const [jurisdiction, trigger, article7] = classes.map((c: string) => /outcome-([a-z_]+)/.exec(c)?.[1] ?? `no outcome in "${c}"`);
  assert.ok(jurisdiction && trigger && article7, `three conclusions in the tree: ${JSON.stringify(classes)}`);
  return { jurisdiction, trigger, article7 };
}

/** Open every <details>: axe and the text checks then read the whole outcome tree, not only its open nodes. */
export async function openAllDetails(page: Page): Promise<void> {
  await page.locator("html").evaluate((html) => { for (const d of html.querySelectorAll("details")) d.open = true; });
}

/** Beyond axe: ids used twice, and in-page links (#x) whose target is not on the page. */
export async function structuralProblems(page: Page): Promise<string[]> {
  return page.locator("html").evaluate((html) => {
    const out: string[] = [];
    const seen = new Map<string, number>();
    for (const el of html.querySelectorAll("[id]")) seen.set(el.id, (seen.get(el.id) ?? 0) + 1);
    for (const [id, n] of seen) if (n > 1) out.push(`id "${id}" is used ${n} times`);
    for (const a of html.querySelectorAll('a[href^="#"]')) {
      const id = decodeURIComponent(a.getAttribute("href").slice(1));
      if (id && !html.ownerDocument.getElementById(id)) out.push(`link to #${id} has no target`);
    }
    return out;
  });
}
