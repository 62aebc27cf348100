// What every end-to-end journey needs: logging in through auth-server's form, walking the menu, and checking each
// page (a screenshot kept as an artefact, an axe-core scan that fails on a serious or critical violation, and the
// time until the page is usable).
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Setup } from './setup.mjs';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export class Journey {
  constructor({ page, consoleUrl, password, artefacts, account }) {
    this.page = page;
    this.consoleUrl = consoleUrl;
    this.password = password;
    this.account = account;
    this.dir = join(artefacts, account);
    mkdirSync(this.dir, { recursive: true });
    this.pages = [];
    this.shots = 0;
    this.setup = new Setup(process.env.GATEWAY_URL ?? new URL('/', consoleUrl).toString());
  }

  /** Opens the console, is sent to auth-server's login form, signs in and comes back to the console's shell. */
  async login() {
    const { page } = this;
    await page.goto(this.consoleUrl);
    await page.waitForSelector('input#username', { timeout: 30_000 });
    await page.fill('input#username', this.account);
    await page.fill('input#password', this.password);
    await page.click('button[type=submit]');
    // Back at the console: the callback exchanges the code and the shell shows who is logged in.
    await page.waitForSelector('[data-testid=user-name]', { timeout: 30_000 });
  }

  /** The menu entries the shell shows, as {label, index} in order. */
  async menuEntries() {
    return this.page.$$eval('nav a.menu-item', (items) => items.map((item) => item.textContent.trim()));
  }

  /**
   * Clicks a menu entry and waits until its page is usable: the route changed, no loading mask is left, no request
   * is pending. Answers the milliseconds from the click.
   */
  async open(label) {
    const { page } = this;
    const started = Date.now();
    await page.locator('nav a.menu-item', { hasText: label }).first().click();
    await this.settled();
    return Date.now() - started;
  }

  /** No loading mask on the page and the network quiet. */
  async settled() {
    await this.page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => {});
    await this.page.waitForFunction(() => !document.querySelector('.el-loading-mask'), null, { timeout: 15_000 });
  }

  /** Screenshot and axe scan of what the page shows now, under a name; fails on serious or critical violations. */
  async check(name, { interactiveMs } = {}) {
    const { page } = this;
    this.shots += 1;
    // A dialog fading in is half transparent: scan (and photograph) what people see once it stands.
    const still = () => page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), null,
      { timeout: 5_000 }).catch(() => {});
    await still();
    await page.waitForTimeout(200);
    await still();
    const file = join(this.dir, `${String(this.shots).padStart(2, '0')}-${name.replace(/[^\p{L}\p{N}_-]+/gu, '_')}.png`);
    await page.screenshot({ path: file, fullPage: true });
    if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) {
      // Evaluated through the DevTools protocol: the console's Content-Security-Policy refuses inline scripts.
      await page.evaluate(AXE_SOURCE);
    }
    const results = await page.evaluate(async () =>
      window.axe.run(document, { resultTypes: ['violations'], runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } }));
    const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    const record = {
      name,
      url: page.url(),
      screenshot: file,
      interactiveMs,
      violations: results.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, help: v.help, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) })),
    };
    this.pages.push(record);
    if (blocking.length) {
      const list = blocking.map((v) => `${v.id} (${v.impact}, ${v.nodes.length}×: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')})`);
      throw new Error(`${this.account} › ${name}: accessibility violations: ${list.join('; ')}`);
    }
    return record;
  }

  /** Every menu entry: opened, timed, screenshot and scan. */
  async walkMenu() {
    const entries = await this.menuEntries();
    if (entries.length === 0) throw new Error(`${this.account}: the menu is empty`);
    for (const label of entries) {
      const ms = await this.open(label);
      // A page that opens on an error (a failed load) is a failure of the suite, whatever else it shows.
      const problem = this.page.getByTestId('problem');
      if (await problem.count()) {
        throw new Error(`${this.account} › ${label} opens with an error: ${(await problem.first().innerText()).trim()}`);
      }
      await this.check(label, { interactiveMs: ms });
    }
    return entries;
  }

  /**
   * A list page loaded from nothing (a new tab's address bar): the console's scripts, the silent login round trip
   * to auth-server (its session cookie, no form), the page's chunk and its first API answer, until the rows are
   * shown. Answers the milliseconds and keeps them in the report.
   */
  async coldLoad(path, rowsSelector) {
    const started = Date.now();
    await this.page.goto(new URL(path, this.consoleUrl).toString());
    await this.page.locator(rowsSelector).first().waitFor({ timeout: 30_000 });
    await this.settled();
    const ms = Date.now() - started;
    this.coldLoads = [...(this.coldLoads ?? []), { path, ms }];
    return ms;
  }

  /** Confirms Element Plus' message box (the confirmation every command asks for). */
  async confirmDialog() {
    const box = this.page.locator('.el-message-box');
    await box.waitFor({ state: 'visible' });
    await box.locator('.el-button--primary').click();
    await box.waitFor({ state: 'hidden' });
  }

  async logout() {
    await this.page.getByRole('button', { name: /退出登录|Log out/ }).click();
    // auth-server's logout, then back to the console, which starts a new login at auth-server's form.
    await this.page.waitForSelector('input#username', { timeout: 30_000 });
  }
}

export function expect(condition, message) {
  if (!condition) throw new Error(message);
}
