/**
 * A fact set read from a file, on the two pages that take one (the build page's paste, the quiz
 * on one's own fact set): with JavaScript the file input shows and reads the file into the box
 * (nothing is sent until the form is); without it the input stays hidden, since it could do
 * nothing, and the box is still there to paste into.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { browserSuite, root } from "./harness";

const web = browserSuite();
const darfur = readFileSync(join(root, "scenarios", "darfur.json"), "utf8");

const PAGES = [
  { name: "build", path: "/build?lang=en", file: "#paste-file", box: "#paste-json" },
  { name: "quiz", path: "/quiz?lang=en", file: "#quiz-file", box: "#quiz-facts" },
];

for (const p of PAGES) {
  web.test(`${p.name}: a file chosen is read into the box, and sent only with the form`, async () => {
    const v = await web.open(p.path);
    let posted = 0;
    v.page.on("request", (r) => { if (r.method() === "POST") posted++; });
    const input = v.page.locator(p.file);
    assert.ok(await input.isVisible(), "the file input shows where JavaScript runs");
    await input.setInputFiles({ name: "darfur.json", mimeType: "application/json", buffer: Buffer.from(darfur) });
    await v.page.waitForFunction((sel) => ((globalThis as any).document.querySelector(sel)?.value ?? "").length > 0, p.box);
    assert.equal(await v.page.locator(p.box).inputValue(), darfur);
    assert.equal(await v.page.evaluate(() => (globalThis as any).document.activeElement?.tagName), "TEXTAREA", "the box has the focus");
    assert.equal(posted, 0, "nothing is sent before the form is");
    if (p.name === "quiz") {
      await v.page.locator("form button[type=submit]").click();
      await v.page.locator("#quiz-questions-h").waitFor();
      assert.match(await v.page.locator("main").innerText(), /Darfur/);
    }
    await v.done(`upload-${p.name}`);
  });

  web.test(`${p.name} without JavaScript: no file input that could do nothing; the box is there`, async () => {
    const v = await web.open(p.path, { javaScript: false });
    assert.equal(await v.page.locator(p.file).isVisible(), false);
    assert.ok(await v.page.locator(p.box).isVisible());
    await v.done(`upload-${p.name}-nojs`);
  });
}
