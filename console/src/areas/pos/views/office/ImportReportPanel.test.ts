// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { i18n } from '../../../../i18n';
import ImportReportPanel from './ImportReportPanel.vue';
import { IMPORT_COLUMNS, importTemplate } from './importTemplate';

describe('svMemberImport report', () => {
  it('shows the counts and each refused row with its reason', async () => {
    const wrapper = mount(ImportReportPanel, {
      global: { plugins: [i18n] },
      props: {
        report: {
          filePath: '1/abc.csv', status: 'DONE', totalRows: 3, processedRows: 3, openedRows: 1, refusedRows: 2,
          refusals: [{ row: 3, reason: 'card A1 already exists' }, { row: 4, reason: 'missing required field name' }],
        },
      },
    });
    await flushPromises();
    expect(wrapper.get('[data-testid="pos-import-status"]').text()).toBe('已完成');
    expect(wrapper.get('[data-testid="pos-import-opened"]').text()).toBe('1');
    expect(wrapper.get('[data-testid="pos-import-refused"]').text()).toBe('2');
    const rows = wrapper.findAll('[data-testid="pos-import-refusals"] tbody tr').map((row) => row.text());
    expect(rows).toEqual(['3card A1 already exists', '4missing required field name']);
  });

  it('a running import says so and an import without refusals says every row was imported', () => {
    const wrapper = mount(ImportReportPanel, {
      global: { plugins: [i18n] },
      props: { report: { filePath: '1/big.csv', status: 'RUNNING', totalRows: 5000, processedRows: 120, openedRows: 120, refusedRows: 0, refusals: [] } },
    });
    expect(wrapper.get('[data-testid="pos-import-status"]').text()).toBe('导入中');
    expect(wrapper.get('[data-testid="pos-import-refusals"]').text()).toContain('所有行都已导入');
  });
});

describe('svMemberImport template', () => {
  it('is a UTF-8 CSV (with BOM) whose header names the columns the service reads, the required ones first', async () => {
    const bytes = new Uint8Array(await importTemplate().arrayBuffer());
    expect(Array.from(bytes.slice(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3))).toBe('卡号,卡密,姓名,手机,性别,生日,证件号,地址,余额,赠送余额\r\n');
    expect(IMPORT_COLUMNS.slice(0, 3)).toEqual(['卡号', '卡密', '姓名']);
  });
});
