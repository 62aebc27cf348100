// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { ElMessageBox } from 'element-plus';
import AccessReviewsView from './AccessReviewsView.vue';
import { mountInConsole } from '../../../testing/mountInConsole';
import { ok, refused, stubKop } from '../../../testing/kopFetch';

vi.mock('element-plus', async (importOriginal) => {
  const actual = await importOriginal<typeof import('element-plus')>();
  return { ...actual, ElMessageBox: { confirm: vi.fn() }, ElMessage: { success: vi.fn() } };
});
const confirm = vi.mocked(ElMessageBox.confirm);

// Element Plus' pagination loops on its size select under happy-dom; the pager is ListPager's own concern.
const mountPage = () => mountInConsole(AccessReviewsView, { global: { stubs: { ListPager: true } } });

const pendingPage = { total: 1, pageNo: 1, pageSize: 20, result: [{ id: 3, userName: '张三', phoneNo: '13800000001' }] };

describe('access reviews page: memberAccessReviewQuery and memberAccessReviewReject', () => {
  beforeEach(() => {
    confirm.mockReset();
  });
  afterEach(() => vi.unstubAllGlobals());

  it('lists the pending reviews first, then searches by name from page 1', async () => {
    const { sent } = stubKop(ok(pendingPage));
    const wrapper = mountPage();
    await flushPromises();
    expect(sent(0).body).toEqual({ state: 0, pageNo: 1, pageSize: 20 });
    expect(wrapper.find('[data-testid="access-reviews-table"]').text()).toContain('张三');
    await wrapper.find('#review-user').setValue(' 张三 ');
    await wrapper.find('[data-testid="access-reviews-search"]').trigger('submit');
    await flushPromises();
    expect(sent(1).body).toEqual({ state: 0, userName: '张三', pageNo: 1, pageSize: 20 });
  });

  it('rejects a review by id only after the person confirms, then reloads the list', async () => {
    confirm.mockResolvedValue('confirm' as never);
    const { sent, fetchMock } = stubKop(ok(pendingPage), ok(null), ok({ ...pendingPage, total: 0, result: [] }));
    const wrapper = mountPage();
    await flushPromises();
    await wrapper.find('[data-testid="review-reject-3"]').trigger('click');
    await flushPromises();
    expect(String(confirm.mock.calls[0]![0])).toContain('13800000001');
    expect(sent(1)).toEqual({ url: '/api/member/access-reviews/reject', method: 'POST', body: { id: 3 } });
    expect(fetchMock).toHaveBeenCalledTimes(3);
  });

  it('a declined rejection sends nothing; a refused one shows the server reason', async () => {
    confirm.mockRejectedValueOnce('cancel').mockResolvedValueOnce('confirm' as never);
    const { fetchMock } = stubKop(ok(pendingPage), refused(409, 'access review 3 was approved'));
    const wrapper = mountPage();
    await flushPromises();
    await wrapper.find('[data-testid="review-reject-3"]').trigger('click');
    await flushPromises();
    expect(fetchMock).toHaveBeenCalledTimes(1);
    await wrapper.find('[data-testid="review-reject-3"]').trigger('click');
    await flushPromises();
    expect(wrapper.find('[data-testid="problem"]').text()).toContain('access review 3 was approved');
  });
});
