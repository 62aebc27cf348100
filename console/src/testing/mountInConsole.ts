import { mount, type ComponentMountingOptions } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import type { Component } from 'vue';
import { i18n } from '../i18n';

/**
 * Mounts a page or form as the console runs it (i18n in zh-CN, a fresh pinia), teleports rendered in place so a
 * dialog's contents are found in the wrapper, RouterLink as a plain stub.
 */
export function mountInConsole<C extends Component>(component: C, options: ComponentMountingOptions<C> = {}) {
  const pinia = createPinia();
  setActivePinia(pinia);
  i18n.global.locale.value = 'zh-CN';
  return mount(component, {
    ...options,
    global: {
      ...options.global,
      plugins: [i18n, pinia, ...(options.global?.plugins ?? [])],
      stubs: { teleport: true, transition: false, RouterLink: true, ...options.global?.stubs },
    },
  } as ComponentMountingOptions<C>);
}
