import { defineAsyncComponent } from 'vue';

/**
 * EChart, loaded when a chart is first drawn: ECharts is about 190 KB gzipped, and a page's table and numbers should
 * not wait for it.
 */
export const LazyEChart = defineAsyncComponent(() => import('./EChart.vue'));
