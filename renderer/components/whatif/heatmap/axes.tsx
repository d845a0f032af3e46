import type { I18n } from '../../../i18n';
import { fitLabel, type HeatmapLayout } from './layout';
import type { HeatmapAxis } from './types';

/** The plot's frame and axes: round ticks in the inputs' values, and each input's name (cut to fit). */
export function HeatmapAxes({
  x,
  y,
  layout: { x0, x1, y0, y1, xTicks, yTicks, sx, sy },
  height,
  num,
}: {
  x: HeatmapAxis;
  y: HeatmapAxis;
  layout: HeatmapLayout;
  height: number;
  num: I18n['num'];
}) {
  return (
    <>
      <rect x={x0} y={y0} width={x1 - x0} height={y1 - y0} fill="none" className="heatmap-frame" />
      <g className="heatmap-axis" aria-hidden="true">
        {xTicks.map((v) => (
          <g key={`x${v}`} transform={`translate(${sx(v)},${y1})`}>
            <line y2="5" />
            <text y="17" textAnchor="middle">
              {num(v)}
            </text>
          </g>
        ))}
        {yTicks.map((v) => (
          <g key={`y${v}`} transform={`translate(${x0},${sy(v)})`}>
            <line x2="-5" />
            <text x="-8" dy="0.35em" textAnchor="end">
              {num(v)}
            </text>
          </g>
        ))}
        <text
          className="heatmap-axis-label"
          x={(x0 + x1) / 2}
          y={height - 10}
          textAnchor="middle"
          data-testid="heatmap-x-label"
        >
          {fitLabel(x.label, x1 - x0)}
          <title>{x.label}</title>
        </text>
        <text
          className="heatmap-axis-label"
          transform={`translate(14,${(y0 + y1) / 2}) rotate(-90)`}
          textAnchor="middle"
          data-testid="heatmap-y-label"
        >
          {fitLabel(y.label, y1 - y0)}
          <title>{y.label}</title>
        </text>
      </g>
    </>
  );
}
