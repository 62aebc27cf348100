// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { ElMessageBox } from 'element-plus';
import ApproveReviewDialog from './ApproveReviewDialog.vue';
import { mountInConsole } from '../../../testing/mountInConsole';
import { ok, refused, stubKop } from '../../../testing/kopFetch';
import type { AccessReview } from '../../../api/members';

vi.mock('element-plus', async (importOriginal) => {
  const actual = await importOriginal<typeof import('element-plus')>();
  return { ...actual, ElMessageBox: { confirm: vi.fn() }, ElMessage: { success: vi.fn() } };
});
const confirm = vi.mocked(ElMessageBox.confirm);

const review: AccessReview = {
  id: 3,
  userName: '张三',
  phoneNo: '13800000001',
  shareCode: 'M001SHARE',
  deposit: 29900,
  offlinePrice: '100.00',
};

async function typeNumber(wrapper: ReturnType<typeof mountInConsole>, id: string, value: string) {
  const input = wrapper.find(`#${id}`);
  await input.setValue(value);
  await input.trigger('change');
}

describe('approve form: memberAccessReviewApprove', () => {
  beforeEach(() => {
    confirm.mockReset();
  });
  afterEach(() => vi.unstubAllGlobals());

  it('sends the prefilled and typed terms in fen with state 1, after the person confirms them', async () => {
    const { fetchMock, sent } = stubKop(ok(null));
    confirm.mockResolvedValue('confirm' as never);
    const wrapper = mountInConsole(ApproveReviewDialog, { props: { review } });
    await flushPromises();
    await typeNumber(wrapper, 'approve-discount-price', '50.5');
    await wrapper.find('[data-testid="approve-confirm"]').trigger('click');
    await flushPromises();

    expect(confirm).toHaveBeenCalledOnce();
    expect(String(confirm.mock.calls[0]![0])).toContain('13800000001');
    expect(String(confirm.mock.calls[0]![0])).toContain('299.00');
    expect(fetchMock).toHaveBeenCalledOnce();
    expect(sent()).toEqual({
      url: '/api/member/access-reviews/approve',
      method: 'POST',
      body: { id: 3, shareCode: 'M001SHARE', deposit: 29900, state: 1, discountPrice: 5050, offlinePrice: 10000 },
    });
    expect(wrapper.emitted('approved')).toHaveLength(1);
  });

  it('sends nothing when the confirmation is declined', async () => {
    const { fetchMock } = stubKop(ok(null));
    confirm.mockRejectedValue('cancel');
    const wrapper = mountInConsole(ApproveReviewDialog, { props: { review } });
    await flushPromises();
    await wrapper.find('[data-testid="approve-confirm"]').trigger('click');
    await flushPromises();
    expect(confirm).toHaveBeenCalledOnce();
    expect(fetchMock).not.toHaveBeenCalled();
    expect(wrapper.emitted('approved')).toBeUndefined();
  });

  it('requires the promotion code and the offline deposit: nothing is asked or sent without them', async () => {
    const { fetchMock } = stubKop(ok(null));
    const wrapper = mountInConsole(ApproveReviewDialog, {
      props: { review: { ...review, shareCode: '  ', deposit: undefined } },
    });
    await flushPromises();
    await wrapper.find('[data-testid="approve-confirm"]').trigger('click');
    await flushPromises();
    expect(confirm).not.toHaveBeenCalled();
    expect(fetchMock).not.toHaveBeenCalled();
    await new Promise((resolve) => setTimeout(resolve, 150)); // Element Plus shows a field's error debounced
    expect(wrapper.text()).toContain('请填写商户推广码');
    expect(wrapper.text()).toContain('请填写线下押金');
  });

  it('a double click asks once and sends once', async () => {
    const { fetchMock } = stubKop(ok(null));
    let answer!: (value: never) => void;
    confirm.mockImplementation(() => new Promise((resolve) => (answer = resolve)));
    const wrapper = mountInConsole(ApproveReviewDialog, { props: { review } });
    await flushPromises();
    const button = wrapper.find('[data-testid="approve-confirm"]');
    await button.trigger('click');
    await button.trigger('click');
    await flushPromises();
    answer('confirm' as never);
    await flushPromises();
    expect(confirm).toHaveBeenCalledOnce();
    expect(fetchMock).toHaveBeenCalledOnce();
  });

  it('shows the server reason when the approval is refused and stays open', async () => {
    stubKop(refused(409, 'access review 3 was rejected'));
    confirm.mockResolvedValue('confirm' as never);
    const wrapper = mountInConsole(ApproveReviewDialog, { props: { review } });
    await flushPromises();
    await wrapper.find('[data-testid="approve-confirm"]').trigger('click');
    await flushPromises();
    expect(wrapper.find('[data-testid="problem"]').text()).toContain('access review 3 was rejected');
    expect(wrapper.emitted('approved')).toBeUndefined();
  });
});
