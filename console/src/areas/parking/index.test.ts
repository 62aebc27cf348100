import { describe, expect, it } from 'vitest';
import { homeRouteFor, menuFor, rolesOf } from '../../menu';

describe('停车管理 menu (PARK)', () => {
  it('the parking office sees its four pages, 用户与车卡 first, and nobody else does', () => {
    const menu = menuFor(['PARK']);
    expect(menu.map((group) => group.labelKey)).toEqual(['parking.menu.group']);
    expect(menu[0]!.items.map((item) => item.route)).toEqual([
      'parking-user', 'parking-audits', 'parking-orgs', 'parking-extra-config',
    ]);
    expect(homeRouteFor(['PARK'])).toBe('parking-user');
    for (const roles of [['OPS'], ['MERCHANT'], ['POS'], ['APP']]) {
      expect(menuFor(roles).flatMap((group) => group.items).some((item) => item.route.startsWith('parking-'))).toBe(false);
    }
    expect(rolesOf('parking-audits')).toEqual(['PARK']);
  });
});
