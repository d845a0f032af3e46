// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cellEdges, targetContour } from '../../src/analysis/sweep-grid';
import { targetStatus, type Feasibility } from '../../src/sim/verdict';
import { Heatmap, type HeatmapCell, type HeatmapProps } from '../../renderer/components/whatif/Heatmap';
import { I18nContext, makeI18n, type Lang } from '../../renderer/i18n';
import { VIRIDIS } from '../../renderer/lib/viridis';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

// A 4 × 3 grid of runtime = x/500 + y/100 (x: pack energy, y: power), one point where the plan cannot run
// and one with a missing figure, against a 5 h target.
const xs = [1000, 1500, 2000, 2500];
const ys = [100, 200, 300];
const feasibilityAt = (k: number): Feasibility => (k === 0 ? 'infeasible' : k === 5 ? 'unknown' : 'feasible');
const cells: HeatmapCell[] = xs.flatMap((x, i) =>
  ys.map((y, j) => {
    const k = i * ys.length + j;
    const f = feasibilityAt(k);
    const value = f === 'feasible' ? x / 500 + y / 100 : null;
    return { value, feasibility: f, status: targetStatus(value, 5, 'higher', true, f).status };
  }),
);
const ex = cellEdges(xs);
const ey = cellEdges(ys);
const contour = targetContour(
  xs,
  ys,
  cells.map((c) => c.value),
  cells.map((c) => c.status ?? null),
  { value: 5, better: 'higher' },
  { x: [ex[0]!, ex.at(-1)!], y: [ey[0]!, ey.at(-1)!] },
);

function props(over: Partial<HeatmapProps> = {}): HeatmapProps {
  return {
    x: { label: 'Battery › Pack energy (Wh)', values: xs },
    y: { label: 'Activity “Walking” › Power (W)', values: ys },
    cells,
    valueLabel: 'Runtime per charge (h)',
    unit: 'h',
    contour,
    target: 'Runtime per charge ≥ 5 h',
    base: { x: 2300, y: 250 },
    detail: (k) => <span data-testid="why">why {k}</span>,
    ...over,
  };
}

function inLang(lang: Lang, children: ReactNode) {
  return <I18nContext.Provider value={makeI18n(lang)}>{children}</I18nContext.Provider>;
}

describe('the sweep heatmap', () => {
  it('draws one cell per point, coloured low → high along viridis, with gaps hatched or dotted', () => {
    render(<Heatmap {...props()} />);
    const rects = screen.getAllByTestId('heatmap-cell');
    expect(rects).toHaveLength(12);
    const at = (i: number, j: number) => rects.find((r) => r.dataset.i === `${i}` && r.dataset.j === `${j}`)!;
    // Lowest value (1 + 2 = 3 h at (0, 1)) darkest, highest (5 + 3 = 8 h at (3, 2)) lightest.
    expect(at(0, 1).getAttribute('fill')).toBe(VIRIDIS[0]);
    expect(at(3, 2).getAttribute('fill')).toBe(VIRIDIS.at(-1));
    expect(at(0, 0).dataset.feasibility).toBe('infeasible');
    expect(at(0, 0).dataset.status).toBe('missed');
    expect(at(1, 2).dataset.feasibility).toBe('unknown');
    expect(at(1, 2).dataset.status).toBe('unknown');
    expect(at(2, 1).dataset.status).toBe('met');
    const svg = (rects[0] as unknown as SVGElement).ownerSVGElement!;
    expect(svg.querySelectorAll('rect[fill^="url(#"][fill$="-hatch)"]').length).toBeGreaterThan(0);
    expect(svg.querySelectorAll('rect[fill^="url(#"][fill$="-dots)"]').length).toBeGreaterThan(0);
    // Values written in the cells large enough to hold them.
    expect(svg.querySelector('.heatmap-values')?.textContent).toContain('8');
  });

  it('draws the target line, marks the base plan between grid points, and names the axes and the scale', () => {
    render(<Heatmap {...props()} />);
    const line = screen.getByTestId('heatmap-contour');
    expect(Number(line.dataset.segments)).toBe(contour.length);
    expect(line.querySelector('path')?.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+L/);
    const base = screen.getByTestId('heatmap-base');
    expect(base.dataset.x).toBe('2300');
    expect(base.dataset.y).toBe('250');
    // Between the cells of 2000 and 2500, and of 200 and 300: strictly inside the grid's span.
    const [, tx, ty] = /translate\(([\d.]+),([\d.]+)\)/.exec(base.getAttribute('transform')!)!.map(Number);
    const cell = (i: number, j: number) =>
      screen.getAllByTestId('heatmap-cell').find((r) => r.dataset.i === `${i}` && r.dataset.j === `${j}`)!;
    const centre = (r: Element) => [
      Number(r.getAttribute('x')) + Number(r.getAttribute('width')) / 2,
      Number(r.getAttribute('y')) + Number(r.getAttribute('height')) / 2,
    ];
    const [x2000, y200] = centre(cell(2, 1));
    const [x2500, y300] = centre(cell(3, 2));
    expect(tx).toBeCloseTo(x2000! + ((x2500! - x2000!) * 300) / 500, 6);
    expect(ty).toBeCloseTo(y200! + (y300! - y200!) / 2, 6);
    expect(screen.getByTestId('heatmap-x-label').textContent).toContain('Battery › Pack energy (Wh)');
    expect(screen.getByTestId('heatmap-y-label').textContent).toContain('Power (W)');
    const legend = screen.getByTestId('heatmap-legend').textContent!;
    expect(legend).toContain('Runtime per charge (h)');
    expect(legend).toContain('Target line: Runtime per charge ≥ 5 h');
    expect(legend).toContain('Base plan (2,300, 250)');
    expect(legend).toContain('The plan cannot run here');
    expect(legend).toContain('No answer: a figure it needs is missing');
  });

  it('a base plan outside the grid is said, not drawn; no target, no line', () => {
    render(<Heatmap {...props({ base: { x: 9000, y: 250 }, contour: [], target: null })} />);
    expect(screen.queryByTestId('heatmap-base')).toBeNull();
    expect(screen.queryByTestId('heatmap-contour')).toBeNull();
    expect(screen.getByTestId('heatmap-legend').textContent).toContain('outside the grid');
  });

  it('the tooltip gives the point, its value and its verdict (keyboard: focus, then arrows)', () => {
    render(<Heatmap {...props()} />);
    const svg = (screen.getAllByTestId('heatmap-cell')[0] as unknown as SVGElement).ownerSVGElement!;
    fireEvent.focus(svg);
    let tip = screen.getByTestId('heatmap-tip');
    expect(tip.textContent).toContain('No value');
    expect(tip.textContent).toContain('The plan cannot run here');
    expect(tip.textContent).toContain('Runtime per charge ≥ 5 h: misses target');
    expect(screen.getByTestId('why').textContent).toBe('why 0');
    fireEvent.keyDown(svg, { key: 'ArrowRight' });
    fireEvent.keyDown(svg, { key: 'ArrowRight' });
    fireEvent.keyDown(svg, { key: 'ArrowUp' });
    tip = screen.getByTestId('heatmap-tip');
    // (2, 1): 2000 Wh, 200 W → 6 h, feasible, meets the 5 h target.
    expect(tip.textContent).toContain('6 h');
    expect(tip.textContent).toContain('Battery › Pack energy (Wh): 2,000');
    expect(tip.textContent).toContain('Power (W): 200');
    expect(tip.textContent).toContain('The plan can run here');
    expect(tip.textContent).toContain('meets target');
    expect(screen.queryByTestId('why')).toBeNull();
    fireEvent.blur(svg);
    expect(screen.queryByTestId('heatmap-tip')).toBeNull();
  });

  it('speaks Korean', () => {
    render(inLang('ko', <Heatmap {...props({ target: '1회 충전 운용 시간 ≥ 5 시간' })} />));
    const legend = screen.getByTestId('heatmap-legend').textContent!;
    expect(legend).toContain('목표선: 1회 충전 운용 시간 ≥ 5 시간');
    expect(legend).toContain('기준 계획');
    expect(legend).toContain('실행 불가');
    expect(screen.getByTestId('heatmap-base').textContent).toContain('기준');
  });

  it('a grid of more points than the cells drawn one by one is drawn as one image with the same gaps', () => {
    const big = Array.from({ length: 100 }, (_, i) => i);
    const many: HeatmapCell[] = big.flatMap((i) =>
      big.map((j) => ({ value: i + j, feasibility: (j > 90 ? 'infeasible' : 'feasible') as Feasibility })),
    );
    // happy-dom has no canvas: a stand-in that keeps the pixels.
    const pixels: Uint8ClampedArray[] = [];
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation((() => ({
      createImageData: (w: number, h: number) => ({ data: new Uint8ClampedArray(w * h * 4) }),
      putImageData: (img: { data: Uint8ClampedArray }) => pixels.push(img.data),
    })) as never);
    vi.spyOn(HTMLCanvasElement.prototype, 'toDataURL').mockReturnValue('data:image/png;base64,AAAA');
    render(
      <Heatmap
        {...props({
          x: { label: 'x', values: big },
          y: { label: 'y', values: big },
          cells: many,
          contour: [],
          base: null,
        })}
      />,
    );
    expect(screen.queryAllByTestId('heatmap-cell')).toHaveLength(0);
    expect(document.querySelector('[data-testid="heatmap"] image')?.getAttribute('href')).toMatch(
      /^data:image/,
    );
    // Pixel (i, 99 - j): the lowest value (0, at i = j = 0) bottom left in viridis' first colour.
    const px = pixels[0]!;
    const bottomLeft = (99 * 100 + 0) * 4;
    expect([...px.slice(bottomLeft, bottomLeft + 3)]).toEqual([0x44, 0x01, 0x54]);
    expect(screen.getByTestId('heatmap').dataset.nx).toBe('100');
    // The rows where the plan cannot run are hatched (one run per column).
    const svg = document.querySelector('[data-testid="heatmap"] svg')!;
    expect(svg.querySelectorAll('rect[fill$="-hatch)"]')).toHaveLength(100);
  });
});
