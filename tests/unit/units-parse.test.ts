// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import fc from 'fast-check';
import { createElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NumberField } from '../../renderer/components/Field';
import { I18nContext, makeI18n, type Lang } from '../../renderer/i18n';
import { parseQuantity, readQuantity, type QuantityReading } from '../../renderer/lib/units';

afterEach(cleanup);

const value = (r: QuantityReading) => (r.ok ? r.value : r.error);

describe('durations', () => {
  it.each([
    ['90 min', 'min', 90],
    ['90 min', 'h', 1.5],
    ['1.5 h', 'min', 90],
    ['1.5 h', 'h', 1.5],
    ['1 h 30 min', 'min', 90],
    ['1 h 30 min', 'h', 1.5],
    ['1h30', 'min', 90],
    ['1h30', 'h', 1.5],
    ['1h30m', 'min', 90],
    ['1 hour 30 minutes', 'min', 90],
    ['2 hours', 'min', 120],
    ['2 min 30 s', 'min', 2.5],
    ['2 min 30', 'min', 2.5],
    ['1 h 30 min 36 s', 'h', 1.51],
    ['1:30', 'min', 90],
    ['1:30', 'h', 1.5],
    ['0:45', 'h', 0.75],
    ['10:05', 'min', 605],
    ['1:30:15', 'min', 90.25],
    ['1:30:36', 'h', 1.51],
    ['1:30:15.5', 'min', 90 + 15.5 / 60],
    ['1:30 h', 'min', 90],
    ['1:30 min', 'min', 1.5],
    ['1시간 30분', 'min', 90],
    ['1시간30분', 'h', 1.5],
    ['1시간 30', 'min', 90],
    ['90분', 'min', 90],
    ['90분', 'h', 1.5],
    ['90 분', 'h', 1.5],
    ['2시간', 'min', 120],
    ['30초', 'min', 0.5],
    ['45 MIN', 'h', 0.75],
    ['2 H', 'min', 120],
    ['1,5 h', 'min', 90],
    ['-1h30', 'min', -90],
    ['1 500 s', 'min', 25],
    // The field's unit as shown in Korean reads like the model's unit.
    ['1:30', '분', 90],
    ['1시간', '시간', 1],
  ])('%s in %s → %d', (text, unit, expected) => {
    const r = readQuantity(text, unit);
    expect(r.ok).toBe(true);
    expect(value(r)).toBeCloseTo(expected, 12);
  });

  it('compound durations convert exactly where the arithmetic is exact', () => {
    expect(readQuantity('1 h 30 min', 'h')).toEqual({ ok: true, value: 1.5 });
    expect(readQuantity('90 min', 'h')).toEqual({ ok: true, value: 1.5 });
    expect(readQuantity('1:30', 'min')).toEqual({ ok: true, value: 90 });
  });

  it.each([
    ['1 h 30 kg', 'min', { code: 'notATimeUnit', unit: 'kg' }],
    ['1 kg 30 min', 'min', { code: 'notATimeUnit', unit: 'kg' }],
    ['3 kg', 'min', { code: 'notATimeUnit', unit: 'kg' }],
    // No day in the units table: a day is not taken for a duration.
    ['2 d', 'h', { code: 'notATimeUnit', unit: 'd' }],
    ['1:30 kg', 'min', { code: 'notATimeUnit', unit: 'kg' }],
    ['1:75', 'min', { code: 'badClock' }],
    ['1:60', 'h', { code: 'badClock' }],
    ['1:30:60', 'min', { code: 'badClock' }],
    ['1:5', 'min', { code: 'badClock' }],
    ['1:305', 'min', { code: 'badClock' }],
    ['1:30:15:10', 'min', { code: 'badClock' }],
    ['1:30:15 min', 'min', { code: 'badClock' }],
    ['1:30 s', 'min', { code: 'badClock' }],
    ['1:', 'min', { code: 'badClock' }],
    [':30', 'min', { code: 'badClock' }],
    ['1.5:30', 'min', { code: 'badClock' }],
    ['30 min 1 h', 'min', { code: 'badDuration' }],
    ['1 h 2 h', 'min', { code: 'badDuration' }],
    ['1 h 30 min 10 min', 'min', { code: 'badDuration' }],
    ['1 30 min', 'min', { code: 'badDuration' }],
    ['1 h 30 15 s', 'min', { code: 'badDuration' }],
    ['1 s 30', 'min', { code: 'badDuration' }],
    ['1h -30', 'min', { code: 'badDuration' }],
    ['1 h 30 min', 'W', { code: 'notANumber' }],
    ['1:30', 'W', { code: 'notANumber' }],
    ['h 30', 'min', { code: 'notANumber' }],
  ])('refuses %s in %s', (text, unit, error) => {
    expect(readQuantity(text, unit)).toEqual({ ok: false, error });
    expect(parseQuantity(text, unit)).toBeNull();
  });

  it('h:mm:ss and the same duration in words and in Korean read alike (property)', () => {
    fc.assert(
      fc.property(fc.nat(999), fc.nat(59), fc.nat(59), fc.constantFrom('min', 'h'), (h, m, s, base) => {
        const expected = (h * 3600 + m * 60 + s) / (base === 'h' ? 3600 : 60);
        const mm = String(m).padStart(2, '0');
        const ss = String(s).padStart(2, '0');
        for (const text of [
          `${h}:${mm}:${ss}`,
          `${h} h ${m} min ${s} s`,
          `${h}h${m}m${s}`,
          `${h}시간 ${m}분 ${s}초`,
          `${h} hours ${m} minutes ${s} seconds`,
        ])
          expect(readQuantity(text, base)).toEqual({ ok: true, value: expected });
        expect(readQuantity(`${h}:${mm}`, base)).toEqual({
          ok: true,
          value: (h * 3600 + m * 60) / (base === 'h' ? 3600 : 60),
        });
      }),
    );
  });

  it('a number of hours reads as sixty times as many minutes (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e6, noNaN: true }), (v) => {
        const r = readQuantity(`${v} h`, 'min');
        expect(r.ok).toBe(true);
        expect(value(r) as number).toBeCloseTo(v * 60, Math.max(0, 10 - Math.ceil(Math.log10(v * 60 + 1))));
      }),
    );
  });

  it('minutes or seconds past 59 after a colon are refused (property)', () => {
    fc.assert(
      fc.property(fc.nat(99), fc.integer({ min: 60, max: 99 }), (h, mm) => {
        expect(readQuantity(`${h}:${mm}`, 'min')).toEqual({ ok: false, error: { code: 'badClock' } });
        expect(readQuantity(`${h}:00:${mm}`, 'h')).toEqual({ ok: false, error: { code: 'badClock' } });
      }),
    );
  });
});

describe('decimal and thousands marks', () => {
  it.each([
    // In "en" and "ko" the decimal mark is "." and "," groups thousands.
    ['1.5', 'V', 'en', 1.5, undefined],
    ['1,234,567.5', 'W', 'en', 1234567.5, undefined],
    ['1,500.5', 'W', 'ko', 1500.5, undefined],
    ['1,234,567', 'W', 'en', 1234567, undefined],
    ['1,5', 'V', 'en', 1.5, { code: 'ambiguousDecimal', read: '1.5', decimal: ',', group: '.' }],
    ['1,5', 'V', 'ko', 1.5, { code: 'ambiguousDecimal', read: '1.5', decimal: ',', group: '.' }],
    ['0,25', 'V', 'en', 0.25, { code: 'ambiguousDecimal', read: '0.25', decimal: ',', group: '.' }],
    [',5', 'V', 'en', 0.5, { code: 'ambiguousDecimal', read: '0.5', decimal: ',', group: '.' }],
    ['1234,5', 'W', 'en', 1234.5, { code: 'ambiguousDecimal', read: '1234.5', decimal: ',', group: '.' }],
    ['1,5000', 'W', 'en', 1.5, { code: 'ambiguousDecimal', read: '1.5', decimal: ',', group: '.' }],
    ['1,500', 'W', 'en', 1500, { code: 'ambiguousThousands', read: '1500', decimal: '.', group: ',' }],
    ['1,500', 'W', 'ko', 1500, { code: 'ambiguousThousands', read: '1500', decimal: '.', group: ',' }],
    ['2,300 Wh', 'Wh', 'en', 2300, { code: 'ambiguousThousands', read: '2300 Wh', decimal: '.', group: ',' }],
    ['1.234,5', 'W', 'en', 1234.5, { code: 'foreignFormat', read: '1234.5', decimal: ',', group: '.' }],
    ['1.234,5', 'W', 'ko', 1234.5, { code: 'foreignFormat', read: '1234.5', decimal: ',', group: '.' }],
    [
      '1.234.567,25 W',
      'W',
      'en',
      1234567.25,
      { code: 'foreignFormat', read: '1234567.25 W', decimal: ',', group: '.' },
    ],
    ['1.234.567', 'W', 'en', 1234567, { code: 'foreignFormat', read: '1234567', decimal: ',', group: '.' }],
    ['1.234', 'W', 'en', 1.234, undefined],
    ['1,5 kWh', 'Wh', 'en', 1500, { code: 'ambiguousDecimal', read: '1.5 kWh', decimal: ',', group: '.' }],
    ['1,5시간', 'min', 'ko', 90, { code: 'ambiguousDecimal', read: '1.5시간', decimal: ',', group: '.' }],
    [
      '1,5 h 30 min',
      'min',
      'en',
      120,
      { code: 'ambiguousDecimal', read: '1.5 h 30 min', decimal: ',', group: '.' },
    ],
    // A locale whose decimal mark is ",": the same rule the other way round.
    ['1,5', 'V', 'de-DE', 1.5, undefined],
    ['1.234,5', 'W', 'de-DE', 1234.5, undefined],
    ['1.500', 'W', 'de-DE', 1500, { code: 'ambiguousThousands', read: '1500', decimal: ',', group: '.' }],
    ['1.5', 'V', 'de-DE', 1.5, { code: 'ambiguousDecimal', read: '1,5', decimal: '.', group: ',' }],
    ['1,234.5', 'W', 'de-DE', 1234.5, { code: 'foreignFormat', read: '1234,5', decimal: '.', group: ',' }],
    ['1 234 567,891', 'W', 'fr-FR', 1234567.891, undefined],
    // Spaces group thousands in any locale (Intl prints narrow no-break spaces).
    ['1 898 Wh', 'Wh', 'en', 1898, undefined],
    ['1\u202f234\u202f567', 'W', 'en', 1234567, undefined],
    ['1\u00a0500', 'W', 'ko', 1500, undefined],
    // Signs and exponents.
    ['-5', 'V', 'en', -5, undefined],
    ['\u22125', 'V', 'en', -5, undefined],
    ['+5', 'V', 'en', 5, undefined],
    ['1e3', 'W', 'en', 1000, undefined],
    ['2.5E-3 kW', 'W', 'en', 2.5, undefined],
  ])('%s in %s (%s) → %d', (text, unit, locale, expected, note) => {
    const r = readQuantity(text, unit, locale);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toBeCloseTo(expected, 9);
    expect(r.note).toEqual(note);
  });

  it.each([
    ['1,2,3'],
    ['1.2.3'],
    ['1,23,456'],
    ['1.234,5,6'],
    ['1,234.5.6'],
    ['12,34.5'],
    ['1..5'],
    ['1,,5'],
    ['.'],
  ])('refuses %s', (text) => {
    expect(readQuantity(text, 'W')).toEqual({ ok: false, error: { code: 'notANumber' } });
  });

  it('an unknown locale reads as "en"', () => {
    expect(readQuantity('1,5', 'V', 'not a locale!')).toEqual(readQuantity('1,5', 'V', 'en'));
  });

  const finite = fc.oneof(
    fc.double({ min: -1e15, max: 1e15, noNaN: true }),
    fc.integer({ min: -1e9, max: 1e9 }),
    fc.integer({ min: -999_999, max: 999_999 }),
    fc.double({ min: -1, max: 1, noNaN: true }).filter((v) => v === 0 || Math.abs(v) > 1e-12),
  );

  it('a number printed plainly (as the field shows it) reads back exactly, with no note (property)', () => {
    fc.assert(
      fc.property(finite, fc.constantFrom<Lang>('en', 'ko'), (v, lang) => {
        const r = readQuantity(String(v), 'W', lang);
        expect(r.ok && r.value === v && r.note === undefined).toBe(true);
        const precise = String(Number(v.toPrecision(10)));
        const p = readQuantity(precise, 'W', lang);
        expect(p.ok && p.value === Number(precise)).toBe(true);
      }),
    );
  });

  it('a number formatted by Intl in the locale reads back exactly (property)', () => {
    fc.assert(
      fc.property(finite, fc.constantFrom('en', 'ko', 'en-GB', 'ko-KR', 'de-DE', 'fr-FR'), (v, locale) => {
        const text = new Intl.NumberFormat(locale, { maximumSignificantDigits: 17 }).format(v);
        const r = readQuantity(text, 'W', locale);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(r.value === v || (v === 0 && r.value === 0)).toBe(true);
        // Only one thousands group and no decimals ("1,500") could have meant something else.
        const single = /^-?\d{1,3}[.,]\d{3}$/.test(text);
        expect(r.note?.code).toBe(single ? 'ambiguousThousands' : undefined);
      }),
    );
  });

  it('the app formats a figure, the field reads it back (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.constantFrom<Lang>('en', 'ko'),
        (v, lang) => {
          const i18n = makeI18n(lang);
          const text = i18n.fixed(v, 2);
          const r = readQuantity(text, 'W', lang);
          expect(r.ok).toBe(true);
          expect(value(r)).toBeCloseTo(Number(text.replaceAll(',', '')), 9);
        },
      ),
    );
  });

  it('what a note says it read reads as the same value, with no note (property)', () => {
    const ambiguous = fc.oneof(
      fc.tuple(fc.nat(9999), fc.stringMatching(/^\d{1,2}$|^\d{4,6}$/)).map(([i, d]) => `${i},${d}`),
      fc.tuple(fc.integer({ min: 1, max: 999 }), fc.stringMatching(/^\d{3}$/)).map(([i, d]) => `${i},${d}`),
      fc
        .tuple(
          fc.integer({ min: 1, max: 999 }),
          fc.array(fc.stringMatching(/^\d{3}$/), { minLength: 1, maxLength: 3 }),
        )
        .chain(([i, groups]) => fc.stringMatching(/^\d{0,3}$/).map((d) => `${i}.${groups.join('.')},${d}`)),
    );
    fc.assert(
      fc.property(ambiguous, fc.constantFrom('', ' h', 'h', ' min', '시간'), (number, unit) => {
        const r = readQuantity(number + unit, 'min', 'en');
        expect(r.ok && r.note !== undefined).toBe(true);
        if (!r.ok || !r.note) return;
        expect(readQuantity(r.note.read, 'min', 'en')).toEqual({ ok: true, value: r.value });
      }),
    );
  });

  it('never throws, and what it accepts is finite (property)', () => {
    const chars = fc.constantFrom(...'0123456789.,:; -+ehms분시간초kgWh∞eE\u00a0\u202f'.split(''));
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: chars, maxLength: 16 })),
        fc.constantFrom('W', 'Wh', 'min', 'h', '', '%', 'tokens', '분'),
        fc.constantFrom('en', 'ko', 'de-DE'),
        (text, unit, locale) => {
          const r = readQuantity(text, unit, locale);
          if (r.ok) expect(Number.isFinite(r.value)).toBe(true);
          expect(parseQuantity(text, unit, locale)).toBe(r.ok ? r.value : null);
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('units', () => {
  it.each([
    ['3 kg', 'Wh', { code: 'wrongUnit', unit: 'kg' }],
    ['5 mwh', 'Wh', { code: 'wrongUnit', unit: 'mwh' }],
    ['3 MB', 'GB', { code: 'wrongUnit', unit: 'MB' }],
    ['5 x', '', { code: 'notANumber' }],
    ['1 kWh 200 Wh', 'Wh', { code: 'notANumber' }],
    ['lots', 'W', { code: 'notANumber' }],
    ['', 'W', { code: 'notANumber' }],
    ['   ', 'W', { code: 'notANumber' }],
    ['1e999', 'W', { code: 'notANumber' }],
  ])('refuses %s in %s', (text, unit, error) => {
    expect(readQuantity(text, unit)).toEqual({ ok: false, error });
  });
  it.each([
    ['2.3 kWh', 'Wh', 2300],
    ['3 GB', 'GB', 3],
    ['12 tok/s', 'tok/s', 12],
    ['5 years', '년', 5],
    ['5년', 'years', 5],
    ['1000 토큰', 'tokens', 1000],
    ['25 °C', '°C', 25],
    ['80 %', '%', 80],
  ])('%s in %s → %d', (text, unit, expected) => {
    expect(readQuantity(text, unit)).toEqual({ ok: true, value: expected });
  });
});

describe('number field', () => {
  const field = (lang: Lang, onCommit = vi.fn(), unit = 'min', value = 30) => {
    const props = { label: 'Duration', unit, value, onCommit, testId: 'dur', range: null };
    const view = render(
      createElement(I18nContext.Provider, { value: makeI18n(lang) }, createElement(NumberField, props)),
    );
    const input = screen.getByLabelText('Duration') as HTMLInputElement;
    const type = (text: string) => {
      fireEvent.change(input, { target: { value: text } });
      fireEvent.blur(input);
    };
    const rerender = (v: number) =>
      view.rerender(
        createElement(
          I18nContext.Provider,
          { value: makeI18n(lang) },
          createElement(NumberField, { ...props, value: v }),
        ),
      );
    return { input, type, onCommit, rerender };
  };

  it('commits a compound duration in the field unit', () => {
    const { type, onCommit } = field('en');
    type('1 h 30 min');
    expect(onCommit).toHaveBeenLastCalledWith(90);
    type('1:45');
    expect(onCommit).toHaveBeenLastCalledWith(105);
    expect(screen.queryByTestId('dur-note')).toBeNull();
  });

  it('refuses mixed units and a bad clock with their reason, committing nothing', () => {
    const { type, onCommit } = field('en');
    type('1 h 30 kg');
    expect(screen.getByRole('alert').textContent).toMatch(/“1 h 30 kg”: “kg” is not a unit of time/);
    type('1:75');
    expect(screen.getByRole('alert').textContent).toMatch(/“1:75” is not a time: write h:mm/);
    type('30 min 1 h');
    expect(screen.getByRole('alert').textContent).toMatch(/is not a duration: write the largest unit first/);
    type('lots');
    expect(screen.getByRole('alert').textContent).toMatch(/“lots” is not a number in min/);
    expect(onCommit).not.toHaveBeenCalled();
  });

  it('shows how an ambiguous number was read, under the field, without blocking', () => {
    const { type, onCommit, rerender } = field('en', vi.fn(), 'W', 10);
    type('1,5');
    expect(onCommit).toHaveBeenLastCalledWith(1.5);
    rerender(1.5);
    expect(screen.getByTestId('dur-note').textContent).toBe('Read as 1.5: “,” taken as the decimal point');
    expect(screen.queryByRole('alert')).toBeNull();
    type('1,500');
    rerender(1500);
    expect(screen.getByTestId('dur-note').textContent).toBe(
      'Read as 1500: “,” taken as a thousands separator',
    );
    type('1.234,5');
    rerender(1234.5);
    expect(screen.getByTestId('dur-note').textContent).toBe(
      'Read as 1234.5: “.” taken as a thousands separator and “,” as the decimal point',
    );
    // Another value (undo, another edit) drops the note.
    rerender(7);
    expect(screen.queryByTestId('dur-note')).toBeNull();
    rerender(1234.5);
    type('12');
    rerender(12);
    expect(screen.queryByTestId('dur-note')).toBeNull();
  });

  it('in Korean: Korean units, Korean messages and notes', () => {
    const { type, onCommit, rerender } = field('ko');
    type('1시간 30분');
    expect(onCommit).toHaveBeenLastCalledWith(90);
    type('1 h 30 kg');
    expect(screen.getByRole('alert').textContent).toMatch(/“kg”은\(는\) 시간 단위/);
    type('1,5시간');
    expect(onCommit).toHaveBeenLastCalledWith(90);
    rerender(90);
    expect(screen.getByTestId('dur-note').textContent).toBe(
      '1.5시간으로 읽었습니다: “,”를 소수점으로 보았습니다',
    );
  });
});
