import { describe, expect, it } from 'vitest';
import { memberStateOf, operationsFor } from './memberActions';

describe('memberOperate: the actions offered per member state (member-service MemberAction)', () => {
  it.each([
    ['新会员', [2]],
    ['使用中', [1, 2]],
    ['已冻结', [2, 3]],
    ['已封号', [4]],
    ['已逾期', [2]],
    ['已退款', []],
    ['已注销', []],
  ])('%s offers opTypes %j', (stateStr, offered) => {
    expect(operationsFor(stateStr)).toEqual(offered);
  });

  it('an unknown or missing state offers nothing rather than a guess', () => {
    expect(operationsFor('unknown')).toEqual([]);
    expect(operationsFor(undefined)).toEqual([]);
    expect(memberStateOf(' 已冻结 ')).toBe(2);
  });
});
