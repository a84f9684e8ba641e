/**
 * Every rome-assess command shown in README.md's code blocks runs as written and exits as the README
 * says (0 unless its comment says "exits N"). `serve` runs until stopped: it is run on a free port
 * until it answers /healthz, then stopped (`npm start`, not a rome-assess line, has its own test).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { projectRoot } from "../../src/runtime";

const root = projectRoot();

/** One rome-assess program of a line: its arguments and its redirections. */
export interface Stage { args: string[]; stdinFile?: string; stdoutFile?: string }
export interface ReadmeCommand { line: string; command: string; args: string[]; stdinFile?: string; stdoutFile?: string; exit: number; then: Stage[] }

const PROGRAM = /^(?:npx rome-assess|rome-assess|node bin\/rome-assess\.js)(?:\s+(.*))?$/;

function stageOf(words: string[]): Stage {
  const at = (op: string) => { const i = words.indexOf(op); return i >= 0 ? words[i + 1] : undefined; };
  const cut = Math.min(...["<", ">"].map((op) => words.indexOf(op)).filter((i) => i >= 0), words.length);
  const stdinFile = at("<"), stdoutFile = at(">");
  return { args: words.slice(0, cut), ...(stdinFile ? { stdinFile } : {}), ...(stdoutFile ? { stdoutFile } : {}) };
}

/**
 * The rome-assess lines of the fenced code blocks, split into arguments (the README uses no
 * quoting), with `<` and `>` files, and `|` into another rome-assess command.
 */
export function readmeCommands(markdown: string): ReadmeCommand[] {
  const blocks = [...markdown.matchAll(/^```[^\n]*\n([\s\S]*?)^```/gm)].map((m) => m[1] ?? "");
  const out: ReadmeCommand[] = [];
  for (const line of blocks.flatMap((b) => b.split("\n"))) {
    const m = PROGRAM.exec(line.trim());
    if (!m) continue;
    const [command = "", comment = ""] = (m[1] ?? "").split(/\s+#\s/);
    const [first = "", ...rest] = command.trim().split(/\s+\|\s+/);
    const then = rest.map((p) => stageOf((PROGRAM.exec(p.trim())?.[1] ?? "").split(/\s+/).filter(Boolean)));
    const stated = /exits? (\d)/.exec(comment);
    out.push({ line: line.trim(), command: command.trim(), ...stageOf(first.split(/\s+/).filter(Boolean)), exit: stated ? Number(stated[1]) : 0, then });
  }
  return out;
}

test("readmeCommands finds the commands, their redirections and stated exit codes", () => {
  const cmds = readmeCommands("text\n```sh\nnpx rome-assess assess - < f.json   # in French\nnpm test\nrome-assess memo x.json   # exits 2 here\n```\nrome-assess outside\n");
  assert.deepEqual(cmds.map((c) => [c.args, c.stdinFile, c.exit]), [[["assess", "-"], "f.json", 0], [["memo", "x.json"], undefined, 2]]);
  const [piped] = readmeCommands("```\nnpx rome-assess import a.csv --mapping m.json | npx rome-assess assess - > out.json\n```\n");
  assert.deepEqual([piped!.args, piped!.then], [["import", "a.csv", "--mapping", "m.json"], [{ args: ["assess", "-"], stdoutFile: "out.json" }]]);
});

// Run where the README's relative paths resolve, but not in the repository itself: the commands'
// --out files (memo.html, results.ndjson, my-facts.json) then land in a scratch directory.
const cwd = mkdtempSync(join(tmpdir(), "readme-"));
for (const d of ["scenarios", "examples"]) symlinkSync(join(root, d), join(cwd, d));

const commands = readmeCommands(readFileSync(join(root, "README.md"), "utf8"));
test("README.md shows at least the commands this test was written against", () => {
  const shown = new Set(commands.map((c) => c.args[0]));
  for (const c of ["init", "validate", "assess", "memo", "rules", "scenarios", "quiz", "compare", "batch"]) assert.ok(shown.has(c), c);
});

/** `serve` runs until stopped: it must say it listens and answer /healthz, then stop on SIGTERM with 0. */
async function runServe(c: ReadmeCommand) {
  // Port 0 for the README's port: a free one, so that the test never meets a port in use.
  const args = c.args.map((a, i) => (c.args[i - 1] === "--port" ? "0" : a));
  const proc = spawn(process.execPath, [join(root, "bin/rome-assess.js"), ...args], { cwd, stdio: ["ignore", "ignore", "pipe"] });
  let err = "";
  const port = await new Promise<number>((resolve, reject) => {
    proc.stderr!.setEncoding("utf8").on("data", (d: string) => { err += d; const m = /"msg":"listening".*"port":(\d+)/.exec(err); if (m) resolve(Number(m[1])); });
    proc.once("exit", (code) => reject(new Error(`${c.line} exited ${code} before listening: ${err}`)));
  });
  assert.equal((await fetch(`http://127.0.0.1:${port}/healthz`)).status, 200);
  const exited = new Promise<number | null>((resolve) => proc.once("exit", (code) => resolve(code)));
  proc.kill("SIGTERM");
  assert.equal(await exited, 0, err);
}

for (const c of commands) {
  if (c.args[0] === "serve") {
    test(`README: rome-assess ${c.command} (listens, answers /healthz, stops on SIGTERM)`, { timeout: 60_000 }, () => runServe(c));
    continue;
  }
  test(`README: rome-assess ${c.command}`, () => {
    // Standard input is closed unless the command redirects it or a pipe feeds it, as in a script.
    const run = (st: Stage, piped?: string) => {
      const input = st.stdinFile ? readFileSync(join(cwd, st.stdinFile)) : piped;
      const r = spawnSync(process.execPath, [join(root, "bin/rome-assess.js"), ...st.args], { cwd, encoding: "utf8", timeout: 120_000, ...(input !== undefined ? { input } : { stdio: ["ignore", "pipe", "pipe"] }) });
      if (st.stdoutFile) writeFileSync(join(cwd, st.stdoutFile), r.stdout);
      return r;
    };
    let r = run(c);
    for (const st of c.then) {
      assert.equal(r.status, 0, `${c.line}: the program before the pipe\n${r.stderr}`);
      r = run(st, r.stdout);
    }
    assert.equal(r.status, c.exit, `${c.line}\n${r.stderr}`);
  });
}
