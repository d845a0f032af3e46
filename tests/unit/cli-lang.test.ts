import { describe, expect, it } from 'vitest';
import { commandHelp } from '../../src/cli/command';
import { COMMANDS, runCli } from '../../src/cli/main';
import {
  ACCELERATORS,
  CELLS,
  MEMORY_TYPES,
  MODELS,
  ROBOTS,
  RUNTIMES,
  WEIGHT_FORMATS,
} from '../../src/catalog';
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
  /Optimus-class humanoid|DX-M1 assistant|DEEPX|DX-M1|DX-RT|M\.2 module|Assistant LLM|Llama 3\.2 3B|EXAONE 3\.5 7\.8B|Person detection|YOLOv8n|Sitting|Walking|Humanoid|an 8B assistant on|does not fit|nmc811_grSi_LGM50_5Ah_2021|LG M50 21700 NMC811\/Gr-Si|NMC|LFP|LLM|kWh|Wh|mΩ|tok\/s|GB\/s|GB|SoC|fps|bit|Spot quadruped|inspection round with Orin NX payload|NVIDIA Jetson Orin NX 16GB|llama\.cpp|CUDA|nominal|NVIDIA|npu/g;

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
          .map((n) => String(Number(n)))
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

// ---- sweep, validate and catalog ---------------------------------------------------------------------------------

/**
 * Terminal columns of a text, counted here independently of src/cli/table.ts: Hangul (and the CJK blocks around
 * it) takes two columns, everything else one.
 */
const HANGUL_WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60\uffe0-\uffe6]/;
function slots(line: string): string[] {
  return [...line].flatMap((ch) => (HANGUL_WIDE.test(ch) ? [ch, ''] : [ch]));
}

/**
 * Every table in `text` (a header, a rule of ─, rows up to a blank line) lines up in a terminal: in the header
 * and every row, the two columns before each column of the rule are blank, and nothing passes the rule's end.
 * Returns the number of tables checked.
 */
function expectTablesLineUp(text: string): number {
  const lines = text.split('\n');
  let tables = 0;
  lines.forEach((rule, k) => {
    if (!rule.startsWith('─')) return;
    tables++;
    const starts = [...rule.matchAll(/─+/g)].map((m) => m.index);
    const rows = [lines[k - 1]!];
    for (let j = k + 1; j < lines.length && lines[j] !== '' && !lines[j]!.startsWith('* '); j++)
      rows.push(lines[j]!);
    for (const row of rows) {
      const cells = slots(row);
      expect(cells.length, row).toBeLessThanOrEqual(slots(rule).length);
      for (const s of starts.slice(1)) {
        if (cells.length < s) continue;
        expect([cells[s - 2], cells[s - 1]], `column at ${s}: ${row}`).toEqual([' ', ' ']);
      }
    }
  });
  return tables;
}

/** The numbers of each line, in order. */
const numbersByLine = (text: string) =>
  text.split('\n').map((l) => (l.match(/\d+(?:\.\d+)?/g) ?? []).join(' '));

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** `text` without each of `names` (longest first), so what is left is the command's own words. */
function without(text: string, names: Iterable<string>): string {
  const sorted = [...new Set(names)].filter((n) => n.length > 0).sort((a, b) => b.length - a.length);
  return sorted.reduce((t, n) => t.replace(new RegExp(escapeRe(n), 'g'), ' '), text);
}

describe('powerplan sweep --lang ko', () => {
  const axes = [
    '--axis',
    'battery.pack.energyWh=1000:4000:4',
    '--axis',
    'dutyCycle.operatingHoursPerDay=8,16',
    '--output',
    'runtimeHours',
    '--output',
    'chargesPerDay',
    '--output',
    'yearsTo80PercentSoH',
  ];

  it('names the columns by the registries in Korean, with the same numbers, lined up', async () => {
    const en = await cli('sweep', EXAMPLES[0]!, ...axes);
    const ko = await cli('sweep', EXAMPLES[0]!, ...axes, '--lang', 'ko');
    expect(ko.code).toBe(en.code);
    expect(ko.code).toBe(0);
    // Input names from the field registry, output names from the outputs registry, with units.
    expect(ko.out).toMatch(/^배터리 › 팩 에너지 \(Wh\)\s+작업 주기 › /);
    expect(ko.out).toMatch(
      /1회 충전 운용 시간 \(시간\)\s+하루 충전 횟수\s+배터리 건전성 80 %까지 연수 \(년\)\s+판정/,
    );
    expect(ko.out).toMatch(/실행 가능$/m);
    const stray = without(ko.out, ['Wh']).match(/[A-Za-z]{3,}/g);
    expect(stray, ko.out).toBeNull();
    // The same grid: every row holds the numbers of its English row.
    expect(numbersByLine(ko.out).slice(2)).toEqual(numbersByLine(en.out).slice(2));
    expect(expectTablesLineUp(ko.out)).toBe(1);
  });

  it('a plan that cannot run: Korean verdicts and legend, "—" where English has it', async () => {
    const file = join(ROOT, 'examples', 'humanoid-8b-llm-does-not-fit.powerplan.json');
    const args = ['sweep', file, '--axis', 'battery.pack.energyWh=1000:4000:3'];
    const en = await cli(...args);
    const ko = await cli(...args, '--lang', 'ko');
    expect(ko.code).toBe(en.code);
    expect(ko.out).toMatch(/실행 불가$/m);
    expect(ko.out).toMatch(/^— : 그 지점에서는 계획을 실행할 수 없음/m);
    expect(ko.out.match(/—/g)?.length).toBe(en.out.match(/—/g)?.length);
    expect(without(ko.out, ['Wh', "'simulate'"]).match(/[A-Za-z]{3,}/g), ko.out).toBeNull();
    expect(expectTablesLineUp(ko.out)).toBe(1);
  });

  it('--json and the English table are the same whatever the flag', async () => {
    const en = await cli('sweep', EXAMPLES[0]!, ...axes, '--json');
    const ko = await cli('sweep', EXAMPLES[0]!, ...axes, '--json', '--lang', 'ko');
    expect(ko.out).toBe(en.out);
    const explicit = await cli('sweep', EXAMPLES[0]!, ...axes, '--lang', 'en');
    expect(explicit.out).toBe((await cli('sweep', EXAMPLES[0]!, ...axes)).out);
    expect(explicit.out).toMatch(/^battery\.pack\.energyWh\s+dutyCycle\.operatingHoursPerDay\s+runtimeHours/);
  });

  it("the sweep's own problems: Korean framing and field labels", async () => {
    const r = await cli('sweep', EXAMPLES[0]!, '--axis', 'battery.pack.energyWh=-5,10', '--lang', 'ko');
    const en = await cli('sweep', EXAMPLES[0]!, '--axis', 'battery.pack.energyWh=-5,10');
    expect(r.code).toBe(2);
    expect(en.code).toBe(2);
    expect(r.err).toMatch(
      /^powerplan sweep: 스윕: 문제 1개\n {2}배터리 › 팩 에너지 \(battery\.pack\.energyWh\): /,
    );
    // The message itself is the schema's, in English: the same as without --lang.
    expect(r.err.split(': ').at(-1)).toBe(en.err.split(': ').at(-1));
  });
});

describe('powerplan validate --lang ko', () => {
  it('a valid plan: the verdict in Korean', async () => {
    const ko = await cli('validate', EXAMPLES[1]!, '--lang', 'ko');
    const en = await cli('validate', EXAMPLES[1]!);
    expect(ko.code).toBe(0);
    expect(ko.out).toBe(`${EXAMPLES[1]}: 올바른 PowerPlan 계획 (형식 버전 2)\n`);
    expect(en.out).toBe(`${EXAMPLES[1]}: valid PowerPlan plan (format version 2)\n`);
    expect(without(ko.out, [EXAMPLES[1]!, 'PowerPlan']).match(/[A-Za-z]{3,}/g)).toBeNull();
  });

  it('an invalid plan: the count and every place in Korean (the field label and its path); the messages as English', async () => {
    const file = join(ROOT, 'tests', 'fixtures', 'bad', 'negative-and-zero.powerplan.json');
    const ko = await cli('validate', file, '--lang', 'ko');
    const en = await cli('validate', file);
    expect(ko.code).toBe(2);
    expect(en.code).toBe(2);
    const koLines = ko.err.trimEnd().split('\n');
    const enLines = en.err.trimEnd().split('\n');
    expect(koLines[0]).toBe(`${file}: 문제 4개`);
    expect(enLines[0]).toBe(`${file}: 4 problems`);
    expect(koLines).toHaveLength(enLines.length);
    expect(koLines).toContain(
      '  배터리 › 팩 에너지 (battery.pack.energyWh): ' + enLines[2]!.split(': ').slice(1).join(': '),
    );
    for (const [k, line] of koLines.slice(1).entries()) {
      const [path, ...message] = enLines[k + 1]!.trim().split(': ');
      // Korean words for the place, then the path as written in the file, then the schema's message.
      expect(line, line).toMatch(
        new RegExp(`^ {2}[^A-Za-z]*[\\uac00-\\ud7a3][^(]* \\(${escapeRe(path!)}\\): `),
      );
      expect(line.endsWith(`: ${message.join(': ')}`), line).toBe(true);
    }
  });

  it('places in a list are named by the plan’s own labels; the file and the plan as a whole by Korean words', async () => {
    const refs = await cli(
      'validate',
      join(ROOT, 'tests/fixtures/bad/broken-cross-references.powerplan.json'),
      '--lang',
      'ko',
    );
    expect(refs.err).toMatch(/^ {2}동작 “Sitting” › .+ \(robot\.activities\[0\]\.id\): duplicate id "sit"$/m);
    const binary = await cli(
      'validate',
      join(ROOT, 'tests/fixtures/bad/binary.powerplan.json'),
      '--lang',
      'ko',
    );
    expect(binary.err).toMatch(/: 문제 1개\n {2}파일: is a binary file, not a JSON plan\n$/);
  });

  it('--json is the same in every language; other commands name a bad plan’s problems the same way', async () => {
    const file = join(ROOT, 'tests', 'fixtures', 'bad', 'negative-and-zero.powerplan.json');
    expect((await cli('validate', file, '--json', '--lang', 'ko')).out).toBe(
      (await cli('validate', file, '--json')).out,
    );
    const extra: Record<string, string[]> = {
      simulate: [],
      compare: ['--seed'],
      sensitivity: [],
      size: [],
      sweep: ['--axis', 'battery.pack.energyWh=1,2'],
    };
    for (const [cmd, args] of Object.entries(extra)) {
      const r = await cli(cmd, file, ...args, '--lang', 'ko');
      expect(r.code, cmd).toBe(2);
      expect(r.err, cmd).toMatch(/: 문제 4개\n {2}로봇 › /);
    }
  });

  it('an unknown language is refused with exit 2, naming the flag and the choices', async () => {
    for (const args of [
      ['validate', EXAMPLES[0]!],
      ['sweep', EXAMPLES[0]!, '--axis', 'battery.pack.energyWh=1,2'],
      ['catalog'],
    ]) {
      const r = await cli(...args, '--lang', 'fr');
      expect(r.code, args[0]).toBe(2);
      expect(r.err, args[0]).toMatch(/--lang: must be one of en, ko/);
    }
  });
});

describe('powerplan catalog --lang ko', () => {
  /** Names, ids and figures' qualifiers the catalog writes (shown verbatim in every language), and units. */
  const catalogWords = [
    ...ROBOTS.flatMap((r) => [r.id, r.name, r.name.slice(0, 48)]),
    ...ACCELERATORS.flatMap((a) => [
      a.id,
      a.name,
      a.name.slice(0, 36),
      a.peakTops.precision ?? '',
      a.memoryType.value ?? '',
      ...(a.powerModes ?? []).map((m) => m.id),
    ]),
    ...RUNTIMES.flatMap((r) => [r.id, r.name, r.defaultFormat ?? '']),
    ...WEIGHT_FORMATS.flatMap((f) => [f.id, f.name]),
    ...CELLS.flatMap((c) => [c.id, c.name, c.chemistry]),
    ...MODELS.flatMap((m) => [m.id, m.name]),
    ...MEMORY_TYPES.flatMap((m) => [m.id, m.name]),
    ...[
      'PowerPlan',
      '--json',
      'Llama 2 7B',
      'GGUF',
      'TOPS',
      'GB/s',
      'GPU MHz',
      'CPU MHz',
      'Wh',
      'KiB',
      'FP16',
    ],
    ...['GFLOPs', 'pJ/bit', 'mΩ', 'Ah', 'ms'],
  ];

  it('headings, columns and kinds are Korean; the same numbers as English; every table lines up', async () => {
    const en = await cli('catalog');
    const ko = await cli('catalog', '--lang', 'ko');
    expect(ko.code).toBe(0);
    expect(ko.out).toMatch(/^PowerPlan 카탈로그 \S+ — e = 추정값, t = 목표값/);
    for (const heading of ['로봇', '칩', '전력 모드', '런타임', '가중치 형식', '셀', '모델', '메모리'])
      expect(ko.out).toMatch(new RegExp(`^${heading}\\n`, 'm'));
    expect(ko.out).toMatch(/휴머노이드/);
    expect(ko.out).toMatch(/언어 모델\s+매개변수 /);
    const stray = without(ko.out, catalogWords).match(/[A-Za-z]{3,}/g);
    expect(stray, without(ko.out, catalogWords)).toBeNull();
    expect(numbersByLine(ko.out)).toEqual(numbersByLine(en.out));
    expect(expectTablesLineUp(ko.out)).toBe(8);
    // The English tables line up too (the check itself works on them).
    expect(expectTablesLineUp(en.out)).toBe(8);
  });

  it('one list, and --json the same in every language', async () => {
    const ko = await cli('catalog', 'models', '--lang', 'ko');
    expect(ko.out.split('\n')[2]).toBe('모델');
    expect(expectTablesLineUp(ko.out)).toBe(1);
    expect((await cli('catalog', 'cells', '--json', '--lang', 'ko')).out).toBe(
      (await cli('catalog', 'cells', '--json')).out,
    );
  });
});

describe('--lang on every command that prints prose', () => {
  it('each command but schema (JSON only) takes --lang en|ko, and its --help says so', () => {
    for (const c of COMMANDS) {
      if (c.name === 'schema') {
        expect(c.options.lang).toBeUndefined();
        continue;
      }
      expect(c.options.lang, c.name).toMatchObject({ type: 'string', value: 'en|ko' });
      expect(c.usage, c.name).toContain('[--lang en|ko]');
      expect(commandHelp(c), c.name).toMatch(/--lang en\|ko\s+\S.*\(default en\)/);
    }
  });
});
