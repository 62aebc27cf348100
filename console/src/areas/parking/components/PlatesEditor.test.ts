// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { ApiError } from '../../../api/http';
import { i18n } from '../../../i18n';
import PlatesEditor from './PlatesEditor.vue';

/** Element Plus shows a form item's error after a short debounce. */
const formItemErrorShown = () => new Promise((resolve) => setTimeout(resolve, 150));

const confirmCommand = vi.fn<(message: string, title: string) => Promise<boolean>>();
const addCars = vi.fn();
const deleteCars = vi.fn();
vi.mock('../../../composables/confirmBeforeSend', () => ({
  confirmBeforeSend: (message: string, title: string) => confirmCommand(message, title),
}));
vi.mock('../../../api/parking', () => ({
  parkingCarAdd: (...args: unknown[]) => addCars(...args),
  parkingCarDelete: (...args: unknown[]) => deleteCars(...args),
}));

const PLATES = [
  { carNum: '京A12345', channel: '3' },
  { carNum: '京L78023', channel: '9' },
];

function editor() {
  return mount(PlatesEditor, { props: { userInfoId: 'u1', plates: PLATES }, global: { plugins: [i18n] } });
}

describe('parkingCarAdd / parkingCarDelete (用户与车卡 › 车牌号)', () => {
  beforeEach(() => {
    confirmCommand.mockReset();
    addCars.mockReset();
    deleteCars.mockReset();
    i18n.global.locale.value = 'zh-CN';
  });

  it('offers delete only for a plate of channel 9', async () => {
    const wrapper = editor();
    await flushPromises();
    expect(wrapper.find('[data-testid="parking-plate-delete-京L78023"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="parking-plate-delete-京A12345"]').exists()).toBe(false);
    expect(wrapper.text()).toContain('渠道不为9，不能删除');
  });

  it('deletes after confirmation and shows the service\'s msg when it refuses', async () => {
    confirmCommand.mockResolvedValue(true);
    deleteCars.mockRejectedValue(new ApiError('conflict', 409, 'the plate 京L78023 was not added through the app', 409));
    const wrapper = editor();
    await flushPromises();
    await wrapper.find('[data-testid="parking-plate-delete-京L78023"]').trigger('click');
    await flushPromises();
    expect(confirmCommand).toHaveBeenCalledOnce();
    expect(deleteCars).toHaveBeenCalledWith('u1', ['京L78023']);
    expect(wrapper.find('[data-testid="problem"]').text()).toContain('the plate 京L78023 was not added through the app');
    expect(wrapper.emitted('changed')).toBeUndefined();
  });

  it('a declined confirmation deletes nothing', async () => {
    confirmCommand.mockResolvedValue(false);
    const wrapper = editor();
    await flushPromises();
    await wrapper.find('[data-testid="parking-plate-delete-京L78023"]').trigger('click');
    await flushPromises();
    expect(deleteCars).not.toHaveBeenCalled();
  });

  it('adds well-formed plates after confirmation; malformed ones are refused before anything is asked', async () => {
    confirmCommand.mockResolvedValue(true);
    addCars.mockResolvedValue(undefined);
    const wrapper = editor();
    await flushPromises();
    const input = wrapper.find('#parking-plates-new');
    await input.setValue('京A1234');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(confirmCommand).not.toHaveBeenCalled();
    await formItemErrorShown();
    expect(wrapper.text()).toContain('车牌号格式不正确：京A1234');

    await input.setValue('京b54321，京AD12345');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(addCars).toHaveBeenCalledWith('u1', ['京B54321', '京AD12345']);
    expect(wrapper.emitted('changed')).toHaveLength(1);
  });
});
