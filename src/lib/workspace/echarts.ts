/**
 * The ECharts registry: only what the workspace charts use, so the chunk stays small. Imported
 * dynamically by EChart.svelte the first time a chart is shown — never on the map's critical path.
 * Both renderers are registered: SVG draws on screen (crisp, exportable as SVG), Canvas is there for
 * PNG export.
 */
import { init, use } from 'echarts/core';
import { BarChart, ScatterChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';

use([BarChart, ScatterChart, GridComponent, TooltipComponent, LegendComponent, AriaComponent, SVGRenderer, CanvasRenderer]);

export { init };
export type { EChartsType } from 'echarts/core';
