import { afterEach, describe, expect, it, vi } from 'vitest';
import { memberAssets, memberMigration, memberStats, operateMembers, queryMembers } from './members';
import { stubKop } from '../testing/kopFetch';

describe('member-service client', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('memberStats GETs /api/member/members/stats and unwraps both maps', async () => {
    const stats = { totalMember: { memberSum: 10, frozenMemberSum: 2 }, increasedMember: { memberSum: 1 } };
    const { sent } = stubKop({ data: stats });
    await expect(memberStats()).resolves.toEqual(stats);
    expect(sent()).toEqual({ url: '/api/member/members/stats', method: 'GET', body: undefined });
  });

  it('memberQuery posts its filters to /api/member/members/query', async () => {
    const { sent } = stubKop({ data: { total: 0, pageNo: 2, pageSize: 10, result: [] } });
    await queryMembers({ userState: 2, cityId: 110000, pageNo: 2, pageSize: 10 });
    expect(sent()).toEqual({
      url: '/api/member/members/query', method: 'POST', body: { userState: 2, cityId: 110000, pageNo: 2, pageSize: 10 },
    });
  });

  it('memberOperate posts ids and opType to /api/member/members/operate', async () => {
    const { sent } = stubKop({ data: null });
    await operateMembers({ ids: '42', opType: 1 });
    expect(sent()).toEqual({ url: '/api/member/members/operate', method: 'POST', body: { ids: '42', opType: 1 } });
  });

  it('memberAssets and memberMigrationGet put the id / phone in the path, encoded', async () => {
    const { sent } = stubKop({ data: [{ assetType: 1, assetCode: 'BAT-1' }] }, { data: { state: 'COMPLETED' } });
    await expect(memberAssets('42')).resolves.toEqual([{ assetType: 1, assetCode: 'BAT-1' }]);
    await expect(memberMigration('13800000001')).resolves.toEqual({ state: 'COMPLETED' });
    expect(sent(0).url).toBe('/api/member/members/42/assets');
    expect(sent(1)).toEqual({ url: '/api/member/migrations/13800000001', method: 'GET', body: undefined });
    await memberAssets('a/b').catch(() => undefined);
    expect(sent(2).url).toBe('/api/member/members/a%2Fb/assets');
  });

  it('memberMigrationGet: a phone without migration is a notFound error', async () => {
    stubKop({ code: 404, msg: 'no migration' });
    await expect(memberMigration('13800000009')).rejects.toMatchObject({ kind: 'notFound', code: 404 });
  });
});
