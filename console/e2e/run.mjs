// The console's end-to-end tests: Debian's Chromium (no browser download) driven by playwright-core against a
// running suite (./suite up): each demo account logs in through auth-server, walks every page of its menu (a
// screenshot each, an axe-core scan each with no serious or critical violation, the time until usable) and one
// journey of its area. Report and screenshots under console/target/e2e/.
//
//   node e2e/run.mjs [journey...]       CONSOLE_URL (http://localhost:8080/console/), GATEWAY_URL (CONSOLE_URL's
//                                       origin: the journeys' set-up calls), DEMO_PASSWORD
//                                       (local-only-password), CHROMIUM_PATH (/usr/bin/chromium), E2E_HEADED=1
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { Journey } from './support.mjs';
import { JOURNEYS } from './journeys.mjs';

const consoleUrl = process.env.CONSOLE_URL ?? 'http://localhost:8080/console/';
const password = process.env.DEMO_PASSWORD ?? 'local-only-password';
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const artefacts = fileURLToPath(new URL('../target/e2e/', import.meta.url));
const only = process.argv.slice(2);

if (!existsSync(executablePath)) {
  console.error(`e2e: no Chromium at ${executablePath} (apt-get install chromium, or set CHROMIUM_PATH)`);
  process.exit(2);
}
rmSync(artefacts, { recursive: true, force: true });
mkdirSync(artefacts, { recursive: true });

const browser = await chromium.launch({ executablePath, headless: !process.env.E2E_HEADED, args: ['--no-sandbox'] });
const results = [];
try {
  for (const journey of JOURNEYS.filter((j) => only.length === 0 || only.includes(j.name))) {
    // A till's screen and a small office screen: the console must work at 1024×768.
    const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, locale: 'zh-CN' });
    const page = await context.newPage();
    const consoleErrors = [];
    page.on('pageerror', (error) => consoleErrors.push(String(error)));
    const run = new Journey({ page, consoleUrl, password, artefacts, account: journey.account });
    const started = Date.now();
    let failure;
    try {
      await journey.run(run);
    } catch (error) {
      failure = error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error);
      await page.screenshot({ path: `${run.dir}/failure.png`, fullPage: true }).catch(() => {});
    }
    if (!failure && consoleErrors.length) failure = `uncaught errors in the page: ${consoleErrors.join('; ')}`;
    results.push({ journey: journey.name, account: journey.account, ok: !failure, failure, seconds: (Date.now() - started) / 1000, pages: run.pages, coldLoads: run.coldLoads ?? [] });
    console.log(`e2e: ${failure ? 'FAIL' : 'PASS'} ${journey.name} (${journey.account}, ${run.pages.length} pages, ${((Date.now() - started) / 1000).toFixed(1)} s)${failure ? `\n${failure}` : ''}`);
    await context.close();
  }
} finally {
  await browser.close();
}

const pages = results.flatMap((r) => r.pages);
const timed = pages.filter((p) => typeof p.interactiveMs === 'number').map((p) => p.interactiveMs).sort((a, b) => a - b);
const summary = {
  journeys: results.length,
  failed: results.filter((r) => !r.ok).length,
  pages: pages.length,
  minorViolations: pages.reduce((n, p) => n + p.violations.length, 0),
  interactiveMs: timed.length ? { median: timed[Math.floor(timed.length / 2)], max: timed[timed.length - 1] } : null,
  coldLoads: results.flatMap((r) => r.coldLoads),
};
writeFileSync(`${artefacts}report.json`, JSON.stringify({ summary, results }, null, 2));
console.log(`e2e: ${summary.journeys - summary.failed}/${summary.journeys} journeys passed, ${summary.pages} pages checked, ` +
  `menu page usable after median ${summary.interactiveMs?.median} ms, slowest ${summary.interactiveMs?.max} ms; ` +
  `cold loads ${summary.coldLoads.map((c) => `${c.path} ${c.ms} ms`).join(', ') || 'none'}; report ${artefacts}report.json`);
process.exit(summary.failed ? 1 : 0);
