/**
 * Korean particles (조사) after a word: 은/는, 이/가, 을/를, 과/와 and (으)로 take their form from the last sound
 * of the word they follow — with a final consonant (받침) "은", without one "는"; (으)로 takes "로" after a vowel
 * and after ㄹ. A name written in Latin letters or digits is read as a Korean reader says it (digits as Korean
 * numbers, a capital as its letter name, a few simple word endings); where the sound is not that simple the
 * particle keeps both forms, "은(는)", as Korean software writes it.
 */

/** A particle by its two forms: after a final consonant / after a vowel. */
export type ParticlePair = '은/는' | '이/가' | '을/를' | '과/와' | '으로/로';

/** How a word ends when read aloud: a final consonant, the consonant ㄹ, a vowel, or not known. */
export type FinalSound = 'consonant' | 'rieul' | 'vowel' | null;

const FORMS: Readonly<Record<ParticlePair, { consonant: string; vowel: string; either: string }>> = {
  '은/는': { consonant: '은', vowel: '는', either: '은(는)' },
  '이/가': { consonant: '이', vowel: '가', either: '이(가)' },
  '을/를': { consonant: '을', vowel: '를', either: '을(를)' },
  '과/와': { consonant: '과', vowel: '와', either: '과(와)' },
  '으로/로': { consonant: '으로', vowel: '로', either: '(으)로' },
};

/** Digits as Korean numbers: 일(ㄹ), 이, 삼(ㅁ), 사, 오, 육(ㄱ), 칠(ㄹ), 팔(ㄹ), 구; 0 and round tens 영, 십, 백, 천, 만. */
const DIGIT_SOUND: readonly FinalSound[] = [
  'consonant', // 0: 영, and 10 십, 100 백, 1000 천, 10000 만
  'rieul', // 1 일
  'vowel', // 2 이
  'consonant', // 3 삼
  'vowel', // 4 사
  'vowel', // 5 오
  'consonant', // 6 육
  'rieul', // 7 칠
  'rieul', // 8 팔
  'vowel', // 9 구
];

/** Capital letters by their Korean letter names: 엘(ㄹ), 엠, 엔, 알(ㄹ); Z (제트 or 지) is not simple. */
function letterSound(c: string): FinalSound {
  if (c === 'L' || c === 'R') return 'rieul';
  if (c === 'M' || c === 'N') return 'consonant';
  if (c === 'Z') return null;
  return 'vowel';
}

/** A lower-case word's ending, where its Korean reading is simple (프로그램, 모델, 카메라, 모터); else null. */
function wordEndingSound(word: string): FinalSound {
  const w = word.toLowerCase();
  if (/(m|n|ng)$/.test(w)) return 'consonant';
  if (/l$/.test(w)) return 'rieul';
  if (/[aiouy]$/.test(w)) return 'vowel';
  if (/[aeiou]r$/.test(w)) return 'vowel';
  return null;
}

/** What a particle follows: the word without closing quotes, a trailing full stop or a parenthetical gloss. */
function spokenEnd(word: string): string {
  let w = word.trimEnd();
  for (;;) {
    const before = w;
    w = w.replace(/["'”’」』»›.]+$/u, '').trimEnd();
    // "DEEPX DX-M1 (M.2 모듈)": the particle agrees with the word before the gloss.
    if (w.endsWith(')')) {
      const open = w.lastIndexOf('(');
      if (open > 0) w = w.slice(0, open).trimEnd();
    }
    if (w === before) return w;
  }
}

/** The last sound of a word as a Korean reader says it (null when it is not simple to tell). */
export function finalSound(word: string): FinalSound {
  const w = spokenEnd(word);
  const last = w.at(-1);
  if (last === undefined) return null;
  const code = last.codePointAt(0)!;
  if (code >= 0xac00 && code <= 0xd7a3) {
    const jong = (code - 0xac00) % 28;
    return jong === 0 ? 'vowel' : jong === 8 ? 'rieul' : 'consonant';
  }
  if (/\d/.test(last)) return DIGIT_SOUND[Number(last)]!;
  if (last === '%') return 'vowel'; // 퍼센트
  if (last === ',') return 'vowel'; // 쉼표
  const letters = /[A-Za-z]+$/.exec(w)?.[0];
  if (letters) {
    // An acronym or a single letter is read letter by letter; a word by its ending.
    if (letters.length === 1 || letters === letters.toUpperCase())
      return letterSound(letters.at(-1)!.toUpperCase());
    return wordEndingSound(letters);
  }
  return null;
}

/** The particle that follows `word`: "은" or "는" (…), or both forms, "은(는)", when its sound is not simple. */
export function particle(word: string, pair: ParticlePair): string {
  const forms = FORMS[pair];
  const sound = finalSound(word);
  if (sound === null) return forms.either;
  if (pair === '으로/로') return sound === 'consonant' ? forms.consonant : forms.vowel;
  return sound === 'vowel' ? forms.vowel : forms.consonant;
}

/** The word and its particle: "DX-M2는", "모델은", "npu는". */
export function withParticle(word: string, pair: ParticlePair): string {
  return word + particle(word, pair);
}

/**
 * A Korean text with every two-form particle after a word ("{name}은(는)", "{name}이(가)", "{name}을(를)",
 * "{name}과(와)", "{name}(으)로") settled by the sound of the word before it; forms that cannot be settled stay.
 */
export function settleParticles(text: string): string {
  return text.replace(/은\(는\)|이\(가\)|을\(를\)|과\(와\)|\(으\)로/gu, (either, offset: number) => {
    const before = text.slice(0, offset);
    // A particle after a space or at the start follows no word.
    if (before === '' || /\s$/u.test(before)) return either;
    const pair = (Object.keys(FORMS) as ParticlePair[]).find((p) => FORMS[p].either === either)!;
    return particle(before, pair);
  });
}

/**
 * The particle after whichever of `words` a phrase's parameter turns out to be (the nested phrases or units a
 * phrase table knows it can be): one form when they all agree, both forms, "은(는)", when they do not.
 */
export function particleAfterAny(words: readonly string[], pair: ParticlePair): string {
  const forms = new Set(words.map((w) => particle(w, pair)));
  return forms.size === 1 ? [...forms][0]! : FORMS[pair].either;
}
