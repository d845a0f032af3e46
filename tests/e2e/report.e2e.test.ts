import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderReportPdf } from '../../src/cli/report';
import { parsePlanText } from '../../src/plan/load';
import { formatterFor } from '../../src/text/format';
import { simulate } from '../../src/sim/simulate';
import { ROOT } from './harness';

const EXAMPLES = ['optimus-class-dx-m1', 'spot-quadruped', 'wheeled-amr-lfp'];
const SECTIONS = {
  en: [
    'Results against targets',
    'Duty cycle',
    'Inputs',
    'AI compute',
    'Power and energy',
    'Energy per charge',
    'Capacity over the years',
    'Remarks',
    'Assumptions',
    'Sources',
  ],
  ko: [
    '목표 대비 결과',
    '작업 주기',
    '입력',
    'AI 연산',
    '전력과 에너지',
    '1회 충전당 에너지',
    '연도별 용량',
    '참고 사항',
    '가정',
    '출처',
  ],
} as const;
const out = mkdtempSync(join(tmpdir(), 'pp-report-'));
const squash = (s: string) => s.replace(/\s+/g, ' ');

describe.each(EXAMPLES)('report for %s', (name) => {
  const text = readFileSync(join(ROOT, 'examples', `${name}.powerplan.json`), 'utf8');
  const parsed = parsePlanText(text);
  if (!parsed.ok) throw new Error(`${name} is invalid`);
  const plan = parsed.plan;
  const result = simulate(plan);

  it.each(['en', 'ko'] as const)(
    '%s: names the plan, shows the runtime as the CLI prints it, every section and the sources',
    async (lang) => {
      const pdf = join(out, `${name}-${lang}.pdf`);
      await renderReportPdf(plan, pdf, [], {
        paper: lang === 'en' ? 'a4' : 'letter',
        lang,
        compareSeed: false,
        sensitivity: false,
      });
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
      expect(pages).toBeGreaterThanOrEqual(3);
      expect(pages).toBeLessThanOrEqual(10);
      const txt = squash(execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }));
      // Long titles may wrap: check the plan name word by word in order.
      expect(squash(txt)).toContain(plan.robot.name);
      for (const word of plan.name.split(' ').slice(0, 3)) expect(txt).toContain(word);
      if (lang === 'en') expect(txt).toContain(formatterFor('en').duration(result.runtimeHours!));
      // pdftotext may split CJK runs and digits with spaces: compare without whitespace.
      const bare = txt.replace(/\s+/g, '');
      for (const title of SECTIONS[lang]) expect(bare).toContain(title.replace(/\s+/g, ''));
      // Sources: the OCV data's citation and the footer with page numbers.
      expect(txt).toMatch(/Chen et al|Keil et al|Naumann/);
      expect(txt).toMatch(new RegExp(`PowerPlan 1\\s*/\\s*${pages}`));
    },
    120_000,
  );
});

describe('report with comparison and sensitivity', () => {
  it('includes both sections and fits in bounds', async () => {
    const parsed = parsePlanText(
      readFileSync(join(ROOT, 'examples', 'optimus-class-dx-m1.powerplan.json'), 'utf8'),
    );
    if (!parsed.ok) throw new Error('invalid');
    const pdf = join(out, 'optimus-full.pdf');
    await renderReportPdf(parsed.plan, pdf, [], {
      paper: 'a4',
      lang: 'en',
      compareSeed: true,
      sensitivity: true,
    });
    const txt = squash(execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }));
    expect(txt).toContain('Comparison');
    expect(txt).toContain('DEEPX DX-M2');
    expect(txt).toContain('Sensitivity of runtime');
    // Inputs in words, never as JSON paths.
    expect(txt).toContain('Battery › Pack energy');
    expect(txt).not.toContain('battery.pack.energyWh');
  }, 120_000);
});

describe("the plan's own scenarios in the report", () => {
  const file = join(ROOT, 'examples', 'optimus-class-dx-m1.powerplan.json');
  const parsed = parsePlanText(readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new Error('invalid');
  const plan = parsed.plan;

  it.each(['en', 'ko'] as const)(
    '%s: each scenario in words with its notes, the comparison with verdicts, the runtime and life bars',
    async (lang) => {
      const pdf = join(out, `optimus-scenarios-${lang}.pdf`);
      await renderReportPdf(plan, pdf, [], { paper: 'a4', lang, compareSeed: false, sensitivity: false });
      const txt = squash(execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }));
      const bare = txt.replace(/\s+/g, '');
      if (lang === 'en') {
        expect(txt).toContain('Scenarios');
        expect(txt).toContain('Battery › Pack energy 2,300 Wh → 3,000 Wh');
        expect(txt).toContain('Assistant LLM (Llama 3.2 3B, 4-bit) on while Walking');
        expect(txt).toContain('Runtime per charge, by scenario');
        expect(txt).toContain('Years to 80 % state of health, by scenario');
        expect(txt).toContain('The line marks the target (5 h).');
        // The 3 kWh pack's runtime as the cards say durations, and its near-miss life marked "!".
        expect(txt).toContain('9 h 54 min');
        expect(txt).toMatch(/! 2\.89 years/);
      } else {
        expect(bare).toContain('시나리오별1회충전운용시간');
        expect(bare).toContain('2,300Wh→3,000Wh');
        expect(bare).toContain('팩에너지');
        expect(bare).toContain('Walking중AssistantLLM(Llama3.23B,4-bit)켬');
      }
      for (const s of plan.scenarios!) expect(bare).toContain(s.name.replace(/\s+/g, ''));
    },
    120_000,
  );

  it('--scenario makes one scenario the subject of the report', async () => {
    const pdf = join(out, 'optimus-3kwh.pdf');
    const { runCli } = await import('../../src/cli/main');
    let err = '';
    const code = await runCli(['report', file, '-o', pdf, '--scenario', '3 kWh pack'], {
      out: () => {},
      err: (t) => (err += t),
    });
    expect(code, err).toBe(0);
    const txt = squash(execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }));
    expect(txt).toContain('DX-M1 assistant — 3 kWh pack');
    expect(txt).toContain('9 h 54 min');
    // Its own plan has no scenarios of its own.
    expect(txt).not.toContain('Runtime per charge, by scenario');
  }, 120_000);
});
