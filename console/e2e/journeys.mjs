// One journey per demo account: log in, walk every page of its menu (each photographed and scanned), then the
// errand its people come for (issue 13): a merchant approves an access review; ops handles an abnormal order; a
// cashier opens a card, recharges, pays (with a double click) and reverses at the till by keyboard, then settles
// the day; the parking office approves an order awaiting audit.
import { expect } from './support.mjs';

export const JOURNEYS = [
  {
    name: 'merchant',
    account: 'merchant-m001',
    async run(j) {
      const phone = await j.setup.pendingAccessReview();
      await j.login();
      await j.walkMenu();

      await j.open('用户接入审核');
      const row = j.page.locator('[data-testid=access-reviews-table] .el-table__row', { hasText: phone });
      await row.waitFor();
      await row.locator('[data-testid^=review-approve-]').click();
      const dialog = j.page.getByTestId('approve-dialog');
      await dialog.waitFor();
      if (!(await field(j.page, 'approve-share-code').inputValue())) {
        await field(j.page, 'approve-share-code').fill('M001SHARE');
      }
      await field(j.page, 'approve-deposit').fill('0');
      await j.check('审核通过-对话框');
      await j.page.getByTestId('approve-confirm').click();
      await j.confirmDialog();
      await row.waitFor({ state: 'detached', timeout: 15_000 });
      await j.check('审核通过之后');
      await j.logout();
    },
  },
  {
    name: 'ops',
    account: 'ops',
    async run(j) {
      const orderId = String(await j.setup.abnormalSwap());
      await j.login();
      await j.walkMenu();

      await j.open('异常订单');
      const row = j.page.locator('[data-testid=orders-table] .el-table__row', { hasText: orderId });
      await row.waitFor();
      await row.getByTestId('order-handle').click();
      await field(j.page, 'order-handle-remark').fill('e2e：已联系骑手，电池已归还');
      await j.check('异常订单处理-对话框');
      await j.page.getByTestId('order-handle-dialog-confirm').click();
      await j.confirmDialog();
      await j.page.getByTestId('order-handle-dialog').waitFor({ state: 'hidden' });
      await j.settled();
      const handled = j.page.locator('[data-testid=orders-table] .el-table__row', { hasText: orderId });
      expect((await handled.count()) === 0 || /异常已处理/.test(await handled.first().innerText()),
        `order ${orderId} is shown as handled`);
      await j.check('异常订单处理之后');

      // Issue 13's budget: a list page usable within 2 s, measured from a new tab.
      const ms = await j.coldLoad('ops/swap-orders', '[data-testid=orders-table] .el-table__row');
      expect(ms < 2_000, `换电订单 from a new tab took ${ms} ms (budget 2,000 ms)`);
    },
  },
  {
    name: 'cashier',
    account: 'cashier-t001',
    async run(j) {
      const { page } = j;
      await j.login();
      await j.walkMenu();
      await j.open('会员卡收银台');

      // Open a card.
      const card = `E2E${Date.now().toString(36).toUpperCase()}`;
      await page.getByRole('tab', { name: '开卡', exact: true }).click();
      await field(page, 'open-card-code').fill(card);
      await field(page, 'open-card-mac').fill(`M${card}`);
      await page.getByTestId('open-card-class').click();
      await page.locator('.el-select-dropdown__item:visible').first().click();
      await field(page, 'open-name').fill('e2e 会员');
      await page.getByTestId('open-submit').click();
      await j.confirmDialog();
      await page.getByTestId('desk-card').waitFor();
      await j.check('开卡之后');

      // Recharge 100 with 10 bonus, by keyboard: the till has no mouse.
      await page.getByRole('tab', { name: '充值', exact: true }).click();
      await field(page, 'recharge-part-money-0').focus();
      await page.keyboard.type('100');
      await field(page, 'recharge-give').focus();
      await page.keyboard.type('10');
      await page.keyboard.press('Enter');
      await page.locator('.el-message-box').waitFor();
      await page.keyboard.press('Enter');
      await page.locator('.el-message-box').waitFor({ state: 'hidden' });
      await expectBalance(j, '110.00');
      await j.check('充值之后');

      // Pay 30 with a double click on 支付: charged once.
      await page.getByRole('tab', { name: '支付', exact: true }).click();
      await field(page, 'pay-money').fill('30');
      await page.getByTestId('pay-submit').dblclick();
      await j.confirmDialog();
      await expectBalance(j, '80.00');
      expect((await page.locator('.el-message-box').count()) === 0 || !(await page.locator('.el-message-box').isVisible()),
        'the double click asked once');
      await j.check('支付之后');

      // Reverse that payment.
      await page.locator('[data-testid^=reverse-pick-]').first().click();
      await page.getByTestId('reverse-submit').click();
      await j.confirmDialog();
      await expectBalance(j, '110.00');
      await j.check('撤销之后');

      // Settle the shop's day.
      await j.open('日结');
      const settlement = page.waitForResponse((r) => r.url().includes('/api/stored-value/daily-settlement') && r.request().method() === 'POST', { timeout: 30_000 });
      await page.getByTestId('pos-settlement-run').click();
      await j.confirmDialog();
      // Seed 002 answers [{key, value}]: key 200 when this run settled the shop's day (904 on a day already settled).
      const answer = await (await settlement).json();
      expect(answer?.[0]?.key === 200, `svSettlementRun answered ${JSON.stringify(answer)} (a kept data/ settled today already?)`);
      await page.getByText('日结完成').first().waitFor({ timeout: 30_000 });
      await j.check('日结之后');
    },
  },
  {
    name: 'parking-office',
    account: 'parking-office',
    async run(j) {
      await j.login();
      await j.walkMenu();

      await j.open('待审核订单');
      const approve = j.page.locator('[data-testid^=parking-audit-approve-]').first();
      await approve.waitFor({ timeout: 15_000 });
      const orderId = (await approve.getAttribute('data-testid')).replace('parking-audit-approve-', '');
      await approve.click();
      await j.check('审核通过-对话框');
      await j.page.getByTestId('parking-audit-confirm').click();
      await j.confirmDialog();
      await j.page.getByTestId(`parking-audit-approve-${orderId}`).waitFor({ state: 'detached', timeout: 15_000 });
      await j.check('审核之后');
    },
  },
];

/**
 * The text box of an Element Plus input: ElInput puts its test id on the <input> or <textarea> itself, ElInputNumber
 * on its wrapper.
 */
function field(page, testid) {
  const id = `[data-testid="${testid}"]`;
  return page.locator(`input${id}, textarea${id}, ${id} input, ${id} textarea`).first();
}

/** The card's balance on the desk becomes this text (yuan with two places). */
async function expectBalance(j, amount) {
  await j.page.getByTestId('desk-card-balance').filter({ hasText: amount }).waitFor({ timeout: 15_000 });
}
