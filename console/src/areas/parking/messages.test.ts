import { describe, expect, it } from 'vitest';
import { i18n, LOCALES } from '../../i18n';
import messages from './messages';

function keys(tree: Record<string, unknown>, prefix: string): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keys(value as Record<string, unknown>, `${prefix}.${key}`) : [`${prefix}.${key}`]);
}

describe('停车管理 messages', () => {
  it('every key is in both languages and compiles to text', () => {
    const zhKeys = keys(messages['zh-CN'].parking, 'parking');
    expect(keys(messages.en.parking, 'parking')).toEqual(zhKeys);
    for (const locale of LOCALES) {
      for (const key of zhKeys) {
        // Through a plain signature: vue-i18n's typed t() over the whole message tree is too deep for tsc.
        const { t: translate } = i18n.global as unknown as {
          t: (key: string, named: Record<string, string>, options: { locale: string }) => string;
        };
        const text = translate(key, { name: 'n', phone: 'p', plates: 'x', plate: 'x', orderId: 'o', remark: 'r', code: 'c' }, { locale });
        expect(text, `${key} in ${locale}`).not.toBe(key);
      }
    }
  });
});
