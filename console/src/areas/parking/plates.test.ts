import { describe, expect, it } from 'vitest';
import { isDeletablePlate, malformedPlates, parsePlates } from './plates';

describe('plates (增加车牌号 / 删除车牌号)', () => {
  it('only a plate of channel 9 may be deleted', () => {
    expect(isDeletablePlate({ carNum: '京L78023', channel: '9' })).toBe(true);
    expect(isDeletablePlate({ carNum: '京A12345', channel: '3' })).toBe(false);
    expect(isDeletablePlate({ carNum: '京A12345' })).toBe(false);
  });

  it('the typed list is split on either comma, trimmed, upper-cased and without repeats', () => {
    expect(parsePlates(' 京l78023，京AD12345, 京L78023 ,')).toEqual(['京L78023', '京AD12345']);
    expect(parsePlates(' , ')).toEqual([]);
  });

  it("malformed plates are the service's: five characters after the letter, or eight-character new-energy ones", () => {
    expect(malformedPlates(['京A12345', '京AD12345', '京A12345D', 'ABC', '京A1234', '京I12345'])).toEqual(['ABC', '京A1234', '京I12345']);
  });
});
