/**
 * Every rome-assess command shown in README.md's code blocks runs as written and exits as the README
 * says (0 unless its comment says "exits N"). `serve` (and `npm start`, which is not a rome-assess
 * line) runs until stopped, so it is skipped here; the HTTP tests start the server instead.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { projectRoot } from "../../src/runtime";

const root = projectRoot();

export interface ReadmeCommand { line: string; command: string; args: string[]; stdinFile?: string; exit: number }

/** The rome-assess lines of the fenced code blocks, split into arguments (the README uses no quoting). */
export function readmeCommands(markdown: string): ReadmeCommand[] {
  const blocks = [...markdown.matchAll(/^```[^\n]*\n([\s\S]*?)^```/gm)].map((m) => m[1] ?? "");
  const out: ReadmeCommand[] = [];
  for (const line of blocks.flatMap((b) => b.split("\n"))) {
    const m = /^(?:npx rome-assess|rome-assess|node bin\/rome-assess\.js)(?:\s+(.*))?$/.exec(line.trim());
    if (!m) continue;
    const [command = "", comment = ""] = (m[1] ?? "").split(/\s+#\s/);
    const words = command.trim().split(/\s+/).filter(Boolean);
    const lt = words.indexOf("<");
    const stdinFile = lt >= 0 ? words[lt + 1] : undefined;
    const args = lt >= 0 ? words.slice(0, lt) : words;
    const stated = /exits? (\d)/.exec(comment);
    out.push({ line: line.trim(), command: command.trim(), args, ...(stdinFile ? { stdinFile } : {}), exit: stated ? Number(stated[1]) : 0 });
  }
  return out;
}

test("readmeCommands finds the commands, their redirections and stated exit codes", () => {
  const cmds = readmeCommands("text\n```sh\nnpx rome-assess assess - < f.json   # in French\nnpm test\nrome-assess memo x.json   # exits 2 here\n```\nrome-assess outside\n");
  assert.deepEqual(cmds.map((c) => [c.args, c.stdinFile, c.exit]), [[["assess", "-"], "f.json", 0], [["memo", "x.json"], undefined, 2]]);
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

for (const c of commands) {
  const skip = c.args[0] === "serve" ? "long-running: the server runs until stopped" : false;
  test(`README: rome-assess ${c.command}`, { skip }, () => {
    const input = c.stdinFile ? readFileSync(join(cwd, c.stdinFile)) : undefined;
    // Standard input is closed unless the command redirects it, as in a script.
    const r = spawnSync(process.execPath, [join(root, "bin/rome-assess.js"), ...c.args], { cwd, encoding: "utf8", timeout: 120_000, ...(input ? { input } : { stdio: ["ignore", "pipe", "pipe"] }) });
    assert.equal(r.status, c.exit, `${c.line}\n${r.stderr}`);
  });
}
