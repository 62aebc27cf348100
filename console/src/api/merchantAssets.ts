import { kopPost, type RequestOptions } from './http';
import type { components } from './schema/asset-service';

type Schemas = components['schemas'];

/** assetVehicleOverdue's body (seed 000 §2.2.8). */
export type VehicleOverdueRequest = Schemas['VehicleOverdueRequest'];
export type OverdueVehicle = Schemas['OverdueVehicleView'];
export type OverdueVehiclePage = Schemas['KopPageOverdueVehicleView'];
/** assetMemberBatteryQuery's body (§2.2.13). */
export type MemberBatteryQueryRequest = Schemas['MemberBatteryQueryRequest'];
export type MemberBattery = Schemas['MemberBatteryView'];
export type MemberBatteryPage = Schemas['KopPageMemberBatteryView'];

/**
 * §2.2.8's userType, "轨迹查看用户类型" (1 运营, 2 用户): who is looking. A back office is the 运营 side; the service
 * checks the value but it does not change which vehicles are overdue.
 */
export const BACK_OFFICE_VIEWER = 1;

/** assetVehicleOverdue: POST /api/asset/vehicles/overdue, longest overdue first. */
export function queryOverdueVehicles(request: VehicleOverdueRequest, options?: RequestOptions): Promise<OverdueVehiclePage> {
  return kopPost<OverdueVehiclePage>('/api/asset/vehicles/overdue', request, options);
}

/** assetMemberBatteryQuery: POST /api/asset/member-batteries/query. */
export function queryMemberBatteries(request: MemberBatteryQueryRequest, options?: RequestOptions): Promise<MemberBatteryPage> {
  return kopPost<MemberBatteryPage>('/api/asset/member-batteries/query', request, options);
}
