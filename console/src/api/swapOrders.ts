import { kopPost, type KopPage, type RequestOptions } from './http';

/**
 * swapOrderQuery (POST /api/swap/orders/query, seed 000 §2.2.1-2.2.6). Written by hand; `npm run check:api`
 * compares the fields below with swap-order-service's OpenAPI document.
 */
export interface SwapOrderQueryRequest {
  /** 1 normal, 0 abnormal. */
  orderType?: 0 | 1;
  /** 0 in progress, 1 completed, 2 abnormal awaiting handling, 3 abnormal handled. */
  orderState?: OrderState;
  orderId?: number;
  phone?: string;
  userName?: string;
  /** Comma-separated merchant codes. */
  merchantCodes?: string;
  deviceId?: string;
  newBattery?: string;
  /** The first start time included (the seed's name), yyyy-MM-dd or yyyy-MM-dd HH:mm:ss. */
  startTimeBefore?: string;
  /** The last start time included; a bare date includes that day. */
  startTimeEnd?: string;
  changeDetail?: 0 | 1;
  operatorInfo?: 0 | 1;
  packageInfo?: 0 | 1;
  pageNo: number;
  pageSize: number;
}

export type OrderState = 0 | 1 | 2 | 3;

export interface ChangeDetail {
  borrowBoxNo: number | null;
  returnBoxNo: number | null;
  borrowElectric: number | null;
  returnElectric: number | null;
}

export interface OperatorInfo {
  operatorId: string | null;
  operatorName: string | null;
  operatorTime: string | null;
  remark: string | null;
}

export interface PackageInfo {
  packageName: string | null;
  /** Fen. */
  price: number | null;
}

export interface SwapOrder {
  orderId: number;
  orderType: number | null;
  orderState: OrderState;
  channel: string | null;
  startTime: string | null;
  completeTime: string | null;
  userId: number | null;
  phone: string | null;
  userName: string | null;
  merchantCode: string | null;
  deviceId: string | null;
  newBattery: string | null;
  oldBattery: string | null;
  payStatus: number | null;
  payType: number | null;
  changeDetail?: ChangeDetail;
  operatorInfo?: OperatorInfo;
  packageInfo?: PackageInfo;
}

export function querySwapOrders(request: SwapOrderQueryRequest, options?: RequestOptions): Promise<KopPage<SwapOrder>> {
  return kopPost<KopPage<SwapOrder>>('/api/swap/orders/query', request, options);
}

type Fields<T> = { [K in keyof Required<T>]: true };
const names = <T>(fields: Fields<T>) => Object.keys(fields).sort();

/**
 * Every field the client reads or sends, checked by type against the interfaces above (a field added to or
 * removed from them without being listed here does not compile) and by a test against swapOrderQuery.fields.json,
 * which check:api reads.
 */
export const SWAP_ORDER_QUERY_FIELDS = {
  request: names<SwapOrderQueryRequest>({
    orderType: true, orderState: true, orderId: true, phone: true, userName: true, merchantCodes: true,
    deviceId: true, newBattery: true, startTimeBefore: true, startTimeEnd: true, changeDetail: true,
    operatorInfo: true, packageInfo: true, pageNo: true, pageSize: true,
  }),
  envelope: ['code', 'data', 'msg'],
  page: names<KopPage<SwapOrder>>({ total: true, pageNo: true, pageSize: true, result: true }),
  order: names<SwapOrder>({
    orderId: true, orderType: true, orderState: true, channel: true, startTime: true, completeTime: true,
    userId: true, phone: true, userName: true, merchantCode: true, deviceId: true, newBattery: true,
    oldBattery: true, payStatus: true, payType: true, changeDetail: true, operatorInfo: true, packageInfo: true,
  }),
  changeDetail: names<ChangeDetail>({ borrowBoxNo: true, returnBoxNo: true, borrowElectric: true, returnElectric: true }),
  operatorInfo: names<OperatorInfo>({ operatorId: true, operatorName: true, operatorTime: true, remark: true }),
  packageInfo: names<PackageInfo>({ packageName: true, price: true }),
};
