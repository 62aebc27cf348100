import type { SwapOrderQueryRequest } from '../api/swapOrders';

/** The back-office profiles of swapOrderQuery (seed 000 §2.2.2-2.2.6), each a page of its own. */
export type SwapOrderProfile =
  | 'merchant-cabinet-normal'
  | 'merchant-cabinet-abnormal'
  | 'merchant-member'
  | 'ops-abnormal'
  | 'ops-normal';

/** A filter box of the order list. */
export type OrderFilter =
  | 'merchantCodes'
  | 'phone'
  | 'userName'
  | 'orderState'
  | 'orderId'
  | 'deviceId'
  | 'newBattery'
  | 'startTime';

/** The extra blocks (§2.2.1 返回参数设置) a profile asks for, each shown as a column. */
export type OrderBlock = 'changeDetail' | 'operatorInfo' | 'packageInfo';

export interface ProfileSpec {
  /** The seed's 必传参数 other than the merchant's codes: the order type the page lists. */
  orderType?: 0 | 1;
  /** The seed's 查询参数, in its order. */
  filters: readonly OrderFilter[];
  blocks: readonly OrderBlock[];
  /** Operations may close abnormal orders awaiting handling here (§2.2.7). */
  handlesAbnormal: boolean;
}

const OPS_FILTERS: readonly OrderFilter[] = ['phone', 'orderId', 'deviceId', 'newBattery', 'startTime'];
const CABINET_FILTERS: readonly OrderFilter[] = ['phone', 'userName', 'deviceId'];

/** Each profile exactly as the seed's 入参示例 gives it. */
export const PROFILES: Record<SwapOrderProfile, ProfileSpec> = {
  // §2.2.2 商家后台-电柜正常订单
  'merchant-cabinet-normal': { orderType: 1, filters: CABINET_FILTERS, blocks: [], handlesAbnormal: false },
  // §2.2.3 商家后台-电柜异常订单
  'merchant-cabinet-abnormal': { orderType: 0, filters: CABINET_FILTERS, blocks: [], handlesAbnormal: false },
  // §2.2.4 商家后台-会员订单
  'merchant-member': { filters: ['merchantCodes', 'phone', 'orderState'], blocks: [], handlesAbnormal: false },
  // §2.2.5 运营后台-异常订单
  'ops-abnormal': { orderType: 0, filters: OPS_FILTERS, blocks: ['changeDetail'], handlesAbnormal: true },
  // §2.2.6 运营后台-正常订单
  'ops-normal': {
    orderType: 1,
    filters: OPS_FILTERS,
    blocks: ['changeDetail', 'operatorInfo', 'packageInfo'],
    handlesAbnormal: false,
  },
};

/** What the filter boxes hold. */
export interface OrderFilterValues {
  merchantCodes: string[];
  phone: string;
  userName: string;
  orderState: number | undefined;
  orderId: string;
  deviceId: string;
  newBattery: string;
  /** yyyy-MM-dd, inclusive. */
  startTime: [string, string] | null;
}

export function emptyOrderFilters(): OrderFilterValues {
  return {
    merchantCodes: [],
    phone: '',
    userName: '',
    orderState: undefined,
    orderId: '',
    deviceId: '',
    newBattery: '',
    startTime: null,
  };
}

/** An order id box holds digits only (an empty box is no filter). */
export function orderIdValid(orderId: string): boolean {
  return /^\d{0,18}$/.test(orderId.trim());
}

/**
 * swapOrderQuery's body for a profile: its order type and blocks, the filters it offers (others are never sent),
 * empty boxes undefined (JSON leaves them out). A merchant's codes default to all of the token's (§2.2.4 requires them); the server
 * scopes a MERCHANT to its merchants whatever is sent.
 */
export function swapOrderRequest(
  profile: SwapOrderProfile,
  values: OrderFilterValues,
  page: { pageNo: number; pageSize: number },
  tokenMerchantIds: readonly string[],
): SwapOrderQueryRequest {
  const spec = PROFILES[profile];
  const offered = (filter: OrderFilter) => spec.filters.includes(filter);
  const text = (filter: 'phone' | 'userName' | 'deviceId' | 'newBattery') =>
    (offered(filter) && values[filter].trim()) || undefined;
  const request: SwapOrderQueryRequest = { pageNo: page.pageNo, pageSize: page.pageSize };
  if (spec.orderType !== undefined) request.orderType = spec.orderType;
  for (const block of spec.blocks) request[block] = 1;
  if (offered('merchantCodes')) {
    const codes = values.merchantCodes.length ? values.merchantCodes : tokenMerchantIds;
    if (codes.length) request.merchantCodes = codes.join(',');
  }
  request.phone = text('phone');
  request.userName = text('userName');
  request.deviceId = text('deviceId');
  request.newBattery = text('newBattery');
  if (offered('orderState') && values.orderState !== undefined) request.orderState = values.orderState;
  if (offered('orderId') && values.orderId.trim()) request.orderId = Number(values.orderId.trim());
  if (offered('startTime') && values.startTime) {
    request.startTimeBefore = values.startTime[0];
    request.startTimeEnd = values.startTime[1];
  }
  return request;
}
