import { kopPost, type RequestOptions } from './http';
import type { components } from './schema/asset-service';

type Schemas = components['schemas'];

/** assetBindingQuery (seed 000 §2.2.16): member battery assets, the user-battery bindings. */
export type BindingQueryRequest = Schemas['BindingQueryRequest'];
export type Binding = Schemas['BindingView'];
export type BindingPage = Schemas['KopPageBindingView'];
/** assetBindingCorrect (§2.2.17): the binding's id and the battery it should have. */
export type BindingCorrectRequest = Schemas['BindingCorrectRequest'];

/** assetBatteryQuery (§2.2.15): the operating battery list with charge state. */
export type BatteryQueryRequest = Schemas['BatteryQueryRequest'];
export type Battery = Schemas['BatteryView'];
export type BatteryPage = Schemas['KopPageBatteryView'];

/** assetBindingQuery: POST /api/asset/battery-bindings/query. */
export function queryBindings(request: BindingQueryRequest, options?: RequestOptions): Promise<BindingPage> {
  return kopPost<BindingPage>('/api/asset/battery-bindings/query', request, options);
}

/** assetBindingCorrect: POST /api/asset/battery-bindings/correct; no data on success. */
export async function correctBinding(request: BindingCorrectRequest, options?: RequestOptions): Promise<void> {
  await kopPost<unknown>('/api/asset/battery-bindings/correct', request, options);
}

/** assetBatteryQuery: POST /api/asset/batteries/query. */
export function queryBatteries(request: BatteryQueryRequest, options?: RequestOptions): Promise<BatteryPage> {
  return kopPost<BatteryPage>('/api/asset/batteries/query', request, options);
}

// The merchant back office (商户后台).

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
