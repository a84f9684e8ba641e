/**
 * The harness catches what the other browser tests rely on it to catch: were any of these checks
 * blind, every page would pass them. Each fault is made on purpose, in a page of the real app.
 */
import assert from "node:assert/strict";
import { axeViolations, browserSuite, structuralProblems } from "./harness";

const web = browserSuite();

web.test("a page error, a console error, a failed request and an HTTP error are each recorded", async () => {
  const v = await web.open("/?lang=en");
  v.assertClean();
  await v.page.route("**/aborted", (r) => r.abort("connectionrefused"));
  // Each event awaited (the harness's own listeners were registered first, so they have it by then).
  const seen = Promise.all([
    v.page.waitForEvent("console", (m) => m.text() === "on purpose"),
    v.page.waitForEvent("pageerror"),
    v.page.waitForEvent("response", (r) => r.status() === 404),
    v.page.waitForEvent("requestfailed"),
  ]);
  await v.page.locator("html").evaluate(async () => {
    console.error("on purpose");
    setTimeout(() => { throw new Error("thrown on purpose"); });
    await fetch("/no-such-path").catch(() => undefined);
    await fetch("/aborted").catch(() => undefined);
  });
  await seen;
  const want = [/^console error: on purpose/, /^page error: thrown on purpose/, /^HTTP 404: GET .*\/no-such-path$/, /^failed request: GET .*\/aborted: net::ERR_CONNECTION_REFUSED$/];
  for (const re of want) assert.ok(v.problems.some((p) => re.test(p)), `${re} in ${JSON.stringify(v.problems)}`);
  assert.throws(() => v.assertClean());
});

web.test("axe-core runs under the page's CSP and reports a violation; duplicate ids and dangling links are reported", async () => {
  const v = await web.open("/?lang=en");
  assert.deepEqual(await axeViolations(v.page), []);
  await v.page.locator("main").evaluate((main) => {
    main.insertAdjacentHTML("beforeend", '<input type="text"><p id="twice"></p><p id="twice"></p><a href="#nowhere">x</a>');
  });
  assert.ok((await axeViolations(v.page)).some((x) => x.id === "label"), "an input without a label is a violation");
  assert.deepEqual(await structuralProblems(v.page), ['id "twice" is used 2 times', "link to #nowhere has no target"]);
  await v.done("harness-faults");
});
