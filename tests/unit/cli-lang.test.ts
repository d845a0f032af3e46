import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main';
import { EXAMPLES, ROOT } from './plan-helpers';
import { join } from 'node:path';
import { displayWidth } from '../../src/cli/table';

async function cli(...args: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

// Names the plan or the catalog gives (shown verbatim), and units: the rest of a Korean summary is Korean.
const NAMES =
  /Optimus-class humanoid|DX-M1 assistant|DEEPX|DX-M1|DX-RT|M\.2 module|Assistant LLM|Llama 3\.2 3B|EXAONE 3\.5 7\.8B|Person detection|YOLOv8n|Sitting|Walking|Humanoid|an 8B assistant on|does not fit|nmc811_grSi_LGM50_5Ah_2021|LG M50 21700 NMC811\/Gr-Si|NMC|LFP|LLM|kWh|Wh|mΩ|tok\/s|GB\/s|GB|SoC|fps|bit|Spot quadruped|inspection round with Orin NX payload|NVIDIA Jetson Orin NX 16GB|llama\.cpp|CUDA|nominal/g;

describe('powerplan simulate --lang ko', () => {
  for (const file of [EXAMPLES[0]!, join(ROOT, 'examples', 'humanoid-8b-llm-does-not-fit.powerplan.json')]) {
    it(`${file.split('/').pop()}: every line is Korean but for names and units`, async () => {
      const r = await cli('simulate', file, '--lang', 'ko');
      const en = await cli('simulate', file);
      expect(r.code).toBe(en.code);
      const stray = r.out.replace(NAMES, '').match(/[A-Za-z]{3,}/g);
      expect(stray, r.out).toBeNull();
      expect(r.out).toMatch(/운용 시간/);
      // The same numbers as the English summary (in the order Korean puts them).
      const numbers = (s: string) =>
        s
          .match(/\d+(\.\d+)?/g)!
          .sort()
          .join(' ');
      expect(
        numbers(
          r.out
            .replace(/1회 충전/g, '')
            .split('\n')
            .slice(2, 6)
            .join('\n'),
        ),
      ).toBe(numbers(en.out.split('\n').slice(2, 6).join('\n')));
    });
  }

  it('an unknown language is refused with exit 2, naming the flag and the choices', async () => {
    const r = await cli('simulate', EXAMPLES[0]!, '--lang', 'fr');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--lang/);
    expect(r.err).toMatch(/en.*ko/);
  });

  it('the English summary carries no remark code', async () => {
    const r = await cli('simulate', EXAMPLES[0]!);
    expect(r.out).not.toMatch(/[A-Z]+_[A-Z_]+:/);
  });
});

describe('powerplan compare and sensitivity --lang ko', () => {
  it('compare: the table and its notes are Korean, and the columns line up in a terminal', async () => {
    const r = await cli('compare', EXAMPLES[0]!, '--seed', '--lang', 'ko');
    expect(r.code).toBe(0);
    const stray = r.out
      .replace(/GPU-class|Jetson AGX Orin 64GB|Jetson Orin NX 16GB|DX-M2|\(target\)/g, '')
      .replace(NAMES, '')
      .match(/[A-Za-z]{3,}/g);
    expect(stray, r.out).toBeNull();
    expect(r.out).toMatch(/판정/);
    expect(r.out).toMatch(/기준/);
    // Every row of the table is as wide as the rule under the header (wide characters count as two).
    const lines = r.out.split('\n');
    const rule = lines.findIndex((l) => l.startsWith('─'));
    const ends = (l: string) => [...l.matchAll(/\S(?= {2}|$)/g)].length;
    expect(displayWidth(lines[rule]!)).toBeGreaterThan(40);
    const firstCol = lines[rule]!.indexOf('  ');
    for (const l of lines.slice(rule + 1, rule + 8)) {
      // The second column starts at the same display column on every row.
      const head = l.slice(
        0,
        [...l].findIndex((_, k) => displayWidth(l.slice(0, k)) >= firstCol),
      );
      expect(displayWidth(head), l).toBe(firstCol);
      expect(ends(l)).toBeGreaterThan(1);
    }
  });

  it('sensitivity: Korean headings and input names', async () => {
    const r = await cli('sensitivity', EXAMPLES[0]!, '--lang', 'ko', '--top', '5');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/1회 충전 운용 시간: 8.05 시간 — 각 입력 −10 % \/ \+10 %/);
    expect(r.out).toMatch(/입력\s+−10 %\s+\+10 %\s+변동 폭/);
  });
});

describe('powerplan size --lang ko', () => {
  it('the answer, its rows, the charger and the mass warning are Korean', async () => {
    const r = await cli('size', EXAMPLES[0]!, '--lang', 'ko');
    const en = await cli('size', EXAMPLES[0]!);
    expect(r.code).toBe(en.code);
    const stray = r.out.replace(NAMES, '').match(/[A-Za-z]{3,}/g);
    expect(stray, r.out).toBeNull();
    expect(r.out).toMatch(/가장 작은 팩/);
    expect(r.out).toMatch(/⚠ 팩이 .* kg으로/);
  });
});
