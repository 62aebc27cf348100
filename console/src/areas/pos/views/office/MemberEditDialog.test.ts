// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils';
import { i18n } from '../../../../i18n';
import * as api from '../../../../api/storedValue';
import { confirmBeforeSend } from '../../../../composables/confirmBeforeSend';
import MemberEditDialog from './MemberEditDialog.vue';

vi.mock('../../../../api/storedValue', () => ({ svMemberUpdate: vi.fn() }));
vi.mock('../../../../composables/confirmBeforeSend', () => ({ confirmBeforeSend: vi.fn() }));

const update = vi.mocked(api.svMemberUpdate);
const ask = vi.mocked(confirmBeforeSend);
const member = {
  id: 7, code: '8001000001', name: '张伟', sex: 1, birthday: '1990-05-01 00:00:00', phone: '13800010001', idCard: '',
  address: '', memberLevelId: 1, balance: 550, actualBalance: 500, giveBalance: 50,
};

async function dialog() {
  const wrapper = mount(MemberEditDialog, { props: { member, levels: [{ id: 1, name: '普通会员', level: 1 }] }, global: { plugins: [i18n] }, attachTo: document.body });
  await flushPromises();
  return wrapper;
}
const field = (testId: string) => document.querySelector<HTMLInputElement>(`[data-testid="${testId}"] input, input[data-testid="${testId}"]`)!;
const save = () => document.querySelector<HTMLButtonElement>('[data-testid="pos-member-edit-save"]')!;

enableAutoUnmount(afterEach);

describe('svMemberUpdate from the edit dialog', () => {
  beforeEach(() => {
    update.mockReset().mockResolvedValue(undefined);
    ask.mockReset().mockResolvedValue(true);
    document.body.innerHTML = '';
  });

  it('sends the member data only, never balances, after the person confirms', async () => {
    const wrapper = await dialog();
    const phone = field('pos-member-edit-phone');
    phone.value = '13900000000';
    phone.dispatchEvent(new Event('input'));
    save().click();
    await flushPromises();
    expect(ask).toHaveBeenCalledOnce();
    expect(update).toHaveBeenCalledWith({ id: 7, name: '张伟', sex: 1, birthday: '1990-05-01', phone: '13900000000', idCard: undefined, address: undefined, memberLevelId: 1 });
    expect(wrapper.emitted('saved')).toHaveLength(1);
  });

  it('sends nothing when the person cancels, or while the phone is not 11 digits', async () => {
    ask.mockResolvedValue(false);
    await dialog();
    save().click();
    await flushPromises();
    expect(update).not.toHaveBeenCalled();

    ask.mockResolvedValue(true);
    const phone = field('pos-member-edit-phone');
    phone.value = '123';
    phone.dispatchEvent(new Event('input'));
    await flushPromises();
    save().click();
    await flushPromises();
    expect(update).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(document.body.textContent).toContain('手机须为 11 位数字'), { timeout: 4000 });
  });

  it('a double click sends once', async () => {
    let done!: () => void;
    update.mockReturnValue(new Promise<void>((resolve) => (done = resolve)));
    await dialog();
    save().click();
    save().click();
    await flushPromises();
    done();
    await flushPromises();
    expect(update).toHaveBeenCalledOnce();
  });
});
