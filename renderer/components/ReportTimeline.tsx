import type { Plan } from '../../src/plan/schema';
import type { SimulationResult } from '../../src/sim/simulate';
import { useI18n } from '../i18n';
import { ACTIVITY_COLORS, CHARGE_COLOR, REST_COLOR } from '../lib/colors';

/** Fill patterns, so the timeline reads printed in black and white: one per activity, rest and charge. */
const PATTERNS = ['solid', 'hatch', 'dots', 'cross', 'vlines', 'hatch2'] as const;

function Pattern({ id, kind, color }: { id: string; kind: (typeof PATTERNS)[number]; color: string }) {
  const stroke = { stroke: '#fff', strokeWidth: 1.4, strokeOpacity: 0.8 };
  return (
    <pattern id={id} width="8" height="8" patternUnits="userSpaceOnUse">
      <rect width="8" height="8" fill={color} />
      {kind === 'hatch' && <path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" {...stroke} />}
      {kind === 'hatch2' && <path d="M-2,6 l4,4 M0,0 l8,8 M6,-2 l4,4" {...stroke} />}
      {kind === 'dots' && <circle cx="4" cy="4" r="1.4" fill="#fff" fillOpacity={0.85} />}
      {kind === 'cross' && <path d="M0,4 h8 M4,0 v8" {...stroke} />}
      {kind === 'vlines' && <path d="M2,0 v8 M6,0 v8" {...stroke} />}
    </pattern>
  );
}

/**
 * The duty cycle as a graphic for the report's first page: one bar, each segment's width proportional to its
 * duration (a charge "until full" takes the simulated charge time), coloured and patterned per activity so it
 * reads in black and white, labelled where the block is wide enough, with a legend below.
 */
export function ReportTimeline({
  plan,
  result,
  width,
}: {
  plan: Plan;
  result: SimulationResult;
  width: number;
}) {
  const i = useI18n();
  const activities = plan.robot.activities;
  const kinds = result.segments.map((s) => {
    const seg = plan.dutyCycle.segments[s.index];
    if (seg?.kind === 'activity') {
      const k = Math.max(
        0,
        activities.findIndex((a) => a.id === seg.activity),
      );
      return { key: `a${k}`, name: activities[k]?.label ?? s.label, color: ACTIVITY_COLORS[k % 8]!, k };
    }
    if (seg?.kind === 'charge')
      return { key: 'charge', name: i.t('kind.charge'), color: CHARGE_COLOR, k: -2 };
    return { key: 'rest', name: i.t('kind.rest'), color: REST_COLOR, k: -1 };
  });
  const minutes = result.segments.map((s) => {
    if (s.durationMin !== null && Number.isFinite(s.durationMin)) return s.durationMin;
    return (result.chargeTimeToFullHours ?? 0) * 60;
  });
  const total = minutes.reduce((a, b) => a + b, 0) || 1;
  const legend = [...new Map(kinds.map((k) => [k.key, k])).values()];
  const patternOf = (k: number) => (k === -2 ? 'hatch' : k === -1 ? 'dots' : PATTERNS[k % PATTERNS.length]!);
  const barH = 34;
  let x = 0;
  return (
    <figure className="report-timeline" data-testid="report-timeline" style={{ margin: '4px 0 8px' }}>
      <svg width={width} height={barH + 2} role="img" aria-label={i.t('section.dutyCycle')}>
        <defs>
          {legend.map((k) => (
            <Pattern key={k.key} id={`tl-${k.key}`} kind={patternOf(k.k)} color={k.color} />
          ))}
        </defs>
        {result.segments.map((s, n) => {
          const w = (minutes[n]! / total) * width;
          const x0 = x;
          x += w;
          const label = `${kinds[n]!.name} ${i.hours(minutes[n]! / 60)}`;
          return (
            <g key={n}>
              <rect
                x={x0}
                y={1}
                width={Math.max(w, 0)}
                height={barH}
                fill={`url(#tl-${kinds[n]!.key})`}
                stroke="#222"
                strokeWidth={0.6}
              >
                <title>{label}</title>
              </rect>
              {w > label.length * 6.2 + 8 && (
                <text
                  x={x0 + 5}
                  y={barH / 2 + 4}
                  fontSize={11}
                  fill="#111"
                  stroke="#fff"
                  strokeWidth={3}
                  strokeLinejoin="round"
                  paintOrder="stroke"
                >
                  {label}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption
        className="timeline-legend"
        style={{ display: 'flex', flexWrap: 'wrap', gap: '4px 16px', alignItems: 'center', fontSize: 12 }}
      >
        {legend.map((k) => (
          <span key={k.key}>
            <svg width={14} height={12} aria-hidden="true">
              <rect width={14} height={12} fill={`url(#tl-${k.key})`} stroke="#222" strokeWidth={0.6} />
            </svg>{' '}
            {k.name}
          </span>
        ))}
        <span className="muted">{i.t('report.cycleLength', { h: i.hours(total / 60) })}</span>
      </figcaption>
    </figure>
  );
}
