// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { defineComponent, h } from 'vue';
import { ElTableColumn } from 'element-plus';
import PagedTable from './PagedTable.vue';
import { useFilteredList } from '../composables/useFilteredList';
import type { PageRequest } from '../composables/usePagedList';
import { mountInConsole } from '../testing/mountInConsole';

interface Row {
  id: number;
  name: string;
}

/** A list page as the console's are built: useFilteredList's filters and list in a PagedTable. */
function listPage(props: { valid?: () => boolean; searchOnReset?: boolean } = {}) {
  const fetched: { name: string; page: PageRequest }[] = [];
  const fetchPage = vi.fn(async (filters: { name: string }, page: PageRequest) => {
    fetched.push({ name: filters.name, page: { ...page } });
    return { rows: [{ id: 1, name: '张三' }] as Row[], total: 41 };
  });
  const Page = defineComponent(() => {
    const { filters, list, clearFilters } = useFilteredList(() => ({ name: '' }), fetchPage);
    return () =>
      h(
        PagedTable<Row>,
        {
          list, label: '会员列表', testid: 'members', rowKey: 'id', validate: props.valid,
          searchOnReset: props.searchOnReset, onReset: clearFilters,
        },
        {
          filters: () => h('input', { id: 'name', value: filters.name, onInput: (event: Event) => {
            filters.name = (event.target as HTMLInputElement).value;
          } }),
          default: () => h(ElTableColumn, { prop: 'name', label: '姓名' }),
        },
      );
  });
  const wrapper = mountInConsole(Page, { global: { stubs: { ListPager: true } } });
  return { wrapper, fetched, fetchPage };
}

describe('PagedTable with useFilteredList: the list pages scaffold', () => {
  it('loads the first page when shown, names the table and keeps the page\'s data-testid prefix', async () => {
    const { wrapper, fetched } = listPage();
    await flushPromises();
    expect(fetched).toEqual([{ name: '', page: { pageNo: 1, pageSize: 20 } }]);
    const table = wrapper.find('[data-testid="members-table"]');
    expect(table.attributes('aria-label')).toBe('会员列表');
    expect(table.text()).toContain('张三');
    expect(wrapper.find('[data-testid="members-search"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="members-reset"]').exists()).toBe(true);
  });

  it('查询 sends the filters from page 1; a failed check sends nothing', async () => {
    let valid = false;
    const { wrapper, fetched } = listPage({ valid: () => valid });
    await flushPromises();
    await wrapper.find('#name').setValue('张');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(fetched).toHaveLength(1);
    valid = true;
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(fetched[1]).toEqual({ name: '张', page: { pageNo: 1, pageSize: 20 } });
  });

  it('重置 clears the filters and searches again, unless the page keeps it from searching', async () => {
    const searching = listPage();
    await flushPromises();
    await searching.wrapper.find('#name').setValue('张');
    await searching.wrapper.find('[data-testid="members-reset"]').trigger('click');
    await flushPromises();
    expect(searching.fetched[1]).toEqual({ name: '', page: { pageNo: 1, pageSize: 20 } });

    const resetOnly = listPage({ searchOnReset: false });
    await flushPromises();
    await resetOnly.wrapper.find('[data-testid="members-reset"]').trigger('click');
    await flushPromises();
    expect(resetOnly.fetchPage).toHaveBeenCalledTimes(1);
  });
});
