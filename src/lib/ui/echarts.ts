/**
 * The ECharts registry: only what the workspace charts use, so the chunk stays small. Imported
 * dynamically by EChart.svelte the first time a chart is shown — never on the map's critical path.
 * Only the SVG renderer: charts are drawn as SVG on screen and in exports (PNG exports rasterise that SVG,
 * present/rasterise.ts), never on a canvas.
 */
import { init, use } from 'echarts/core';
import { BarChart, ScatterChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

use([BarChart, ScatterChart, GridComponent, TooltipComponent, LegendComponent, AriaComponent, SVGRenderer]);

export { init };
export type { EChartsType } from 'echarts/core';
