import { describe, expect, it } from 'vitest';
import { emptyOrderFilters, orderIdValid, swapOrderRequest, type OrderFilterValues } from './swapOrderProfiles';

const page = { pageNo: 2, pageSize: 20 };
const everything: OrderFilterValues = {
  merchantCodes: ['M002'],
  phone: ' 13800000001 ',
  userName: '张伟',
  orderState: 2,
  orderId: '42',
  deviceId: 'CAB-001',
  newBattery: 'BAT-1',
  startTime: ['2026-03-01', '2026-03-05'],
};

describe('swapOrderQuery profiles (seed 000 §2.2.2-2.2.6): what each page sends', () => {
  it('§2.2.2 电柜正常订单: orderType 1 with phone, userName, deviceId only', () => {
    expect(swapOrderRequest('merchant-cabinet-normal', everything, page, ['M001'])).toEqual({
      orderType: 1, phone: '13800000001', userName: '张伟', deviceId: 'CAB-001', ...page,
    });
  });

  it('§2.2.3 电柜异常订单: orderType 0 with the same filters', () => {
    expect(swapOrderRequest('merchant-cabinet-abnormal', everything, page, ['M001'])).toMatchObject({ orderType: 0 });
  });

  it("§2.2.4 会员订单: merchantCodes (the token's when none picked), phone, orderState; no order type", () => {
    expect(swapOrderRequest('merchant-member', everything, page, ['M001', 'M002'])).toEqual({
      merchantCodes: 'M002', phone: '13800000001', orderState: 2, ...page,
    });
    expect(swapOrderRequest('merchant-member', emptyOrderFilters(), page, ['M001', 'M002'])).toEqual({
      merchantCodes: 'M001,M002', ...page,
    });
  });

  it('§2.2.5 异常订单: orderType 0, changeDetail 1, phone, orderId, deviceId, newBattery, swap dates', () => {
    expect(swapOrderRequest('ops-abnormal', everything, page, [])).toEqual({
      orderType: 0, changeDetail: 1, phone: '13800000001', orderId: 42, deviceId: 'CAB-001', newBattery: 'BAT-1',
      startTimeBefore: '2026-03-01', startTimeEnd: '2026-03-05', ...page,
    });
  });

  it('§2.2.6 换电订单: orderType 1 with changeDetail, operatorInfo and packageInfo', () => {
    expect(swapOrderRequest('ops-normal', emptyOrderFilters(), page, [])).toEqual({
      orderType: 1, changeDetail: 1, operatorInfo: 1, packageInfo: 1, ...page,
    });
  });

  it('an order id holds digits only', () => {
    expect(orderIdValid('')).toBe(true);
    expect(orderIdValid(' 123 ')).toBe(true);
    expect(orderIdValid('12a')).toBe(false);
  });
});
