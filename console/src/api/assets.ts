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
