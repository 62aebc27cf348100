import { mount } from '@vue/test-utils';
import type { Component } from 'vue';
import { createI18n } from 'vue-i18n';
import zhCN from '../locales/zh-CN';
import { AREAS } from '../areas';

/** Element Plus' dialog rendered in place (no teleport, no transition), so a test reaches its form and footer. */
const DialogInPlace = {
  name: 'ElDialog',
  props: ['modelValue', 'title'],
  template: '<div role="dialog" :aria-label="title"><slot /><slot name="footer" /></div>',
};

/** Mounts a component with the console's zh-CN messages (the areas' included). */
export function mountWithI18n(component: Component, props: Record<string, unknown>) {
  const i18n = createI18n({
    legacy: false,
    locale: 'zh-CN',
    messages: { 'zh-CN': Object.assign({}, zhCN, ...AREAS.map((area) => area.messages['zh-CN'])) },
  });
  return mount(component, { props, global: { plugins: [i18n], stubs: { ElDialog: DialogInPlace } } });
}
