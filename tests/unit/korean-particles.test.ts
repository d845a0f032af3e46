import { describe, expect, it } from 'vitest';
import {
  finalSound,
  particle,
  particleAfterAny,
  settleParticles,
  withParticle,
} from '../../src/text/korean-particles';
import { PHRASES, type PhraseId } from '../../src/text/phrases';

// Korean particles take their form from the last sound of the word before them (src/text/korean-particles.ts).

describe('the particle after a word', () => {
  it('a Hangul syllable: with a final consonant (받침) 은/이/을/과/으로, without one 는/가/를/와/로', () => {
    expect(withParticle('모델', '은/는')).toBe('모델은');
    expect(withParticle('배터리', '은/는')).toBe('배터리는');
    expect(withParticle('장치', '이/가')).toBe('장치가');
    expect(withParticle('충전기', '을/를')).toBe('충전기를');
    expect(withParticle('팩', '을/를')).toBe('팩을');
    expect(withParticle('셀', '과/와')).toBe('셀과');
    expect(withParticle('모터', '과/와')).toBe('모터와');
    expect(withParticle('보행 로봇', '이/가')).toBe('보행 로봇이');
  });

  it('(으)로: 으로 after a consonant, 로 after a vowel and after ㄹ', () => {
    expect(withParticle('팩', '으로/로')).toBe('팩으로');
    expect(withParticle('배터리', '으로/로')).toBe('배터리로');
    expect(withParticle('모델', '으로/로')).toBe('모델로');
  });

  it('digits read as Korean numbers: 1 일, 2 이, 3 삼, 6 육, 7 칠, 8 팔, 0 영/십/백/천', () => {
    expect(withParticle('DX-M1', '은/는')).toBe('DX-M1은'); // 일
    expect(withParticle('DX-M2', '은/는')).toBe('DX-M2는'); // 이
    expect(withParticle('Hailo-8', '이/가')).toBe('Hailo-8이'); // 팔
    expect(withParticle('Bertha 500', '은/는')).toBe('Bertha 500은'); // 백
    expect(withParticle('T5000', '을/를')).toBe('T5000을'); // 천
    expect(withParticle('B200', '으로/로')).toBe('B200으로'); // 백
    expect(withParticle('H100', '과/와')).toBe('H100과');
    expect(withParticle('모드 3', '이/가')).toBe('모드 3이'); // 삼
    expect(withParticle('모드 4', '이/가')).toBe('모드 4가'); // 사
    expect(withParticle('칩 6', '은/는')).toBe('칩 6은'); // 육
    expect(withParticle('칩 7', '으로/로')).toBe('칩 7로'); // 칠: ㄹ
    expect(withParticle('칩 9', '을/를')).toBe('칩 9를'); // 구
  });

  it('Latin letters: an acronym by its letter names (엘, 엠, 엔, 알 end in a consonant), a word by a simple ending', () => {
    expect(withParticle('NPU', '은/는')).toBe('NPU는'); // 유
    expect(withParticle('vLLM', '은/는')).toBe('vLLM은'); // 엠
    expect(withParticle('MLC LLM', '이/가')).toBe('MLC LLM이');
    expect(withParticle('HailoRT GenAI', '을/를')).toBe('HailoRT GenAI를'); // 아이
    expect(withParticle('DX-RT', '으로/로')).toBe('DX-RT로'); // 티
    expect(withParticle('Jetson AGX Orin', '은/는')).toBe('Jetson AGX Orin은'); // 오린
    expect(withParticle('Ollama', '은/는')).toBe('Ollama는'); // 올라마
    expect(withParticle('model', '으로/로')).toBe('model로'); // 모델: ㄹ
    expect(withParticle('GPU cluster', '이/가')).toBe('GPU cluster가'); // 클러스터
  });

  it('a parenthetical gloss, closing quotes and % are read as a Korean reader says them', () => {
    expect(withParticle('DEEPX DX-M1 (M.2 모듈)', '은/는')).toBe('DEEPX DX-M1 (M.2 모듈)은');
    expect(withParticle('“보행”', '이/가')).toBe('“보행”이');
    expect(withParticle('90 %', '을/를')).toBe('90 %를'); // 퍼센트
    expect(withParticle('−25 °C', '은/는')).toBe('−25 °C는'); // 도
  });

  it('a sound that is not simple keeps both forms, as Korean software writes them', () => {
    expect(finalSound('llama.cpp')).toBeNull();
    expect(particle('TinyChat', '은/는')).toBe('은(는)');
    expect(particle('Z', '이/가')).toBe('이(가)');
    expect(particle('', '을/를')).toBe('을(를)');
    expect(particle('…', '으로/로')).toBe('(으)로');
  });

  it('settles the two-form particles in a text, and leaves those it cannot', () => {
    expect(settleParticles('“12”은(는) 숫자가 아닙니다')).toBe('“12”는 숫자가 아닙니다');
    expect(settleParticles('1500(으)로 읽었습니다: “,”을(를) 소수점으로')).toBe(
      '1500으로 읽었습니다: “,”를 소수점으로', // 쉼표
    );
    expect(settleParticles('“kg”은(는) 시간 단위가 아닙니다')).toBe('“kg”은(는) 시간 단위가 아닙니다');
    expect(settleParticles('DX-M1은(는) 칩이고 npu이(가) 장치입니다')).toBe(
      'DX-M1은 칩이고 npu가 장치입니다',
    );
    expect(settleParticles('English text (is) unchanged')).toBe('English text (is) unchanged');
  });

  it('after any of several words: one form when they agree, both when they do not', () => {
    expect(particleAfterAny(['가중치', 'KV 캐시(0.3 GB)'], '이/가')).toBe('가');
    expect(particleAfterAny(['8시간', '작업 주기 3회'], '을/를')).toBe('을(를)');
  });
});

describe('the phrase tables', () => {
  it('no Korean sentence leaves a two-form particle after a parameter: the form is chosen, or the sentence needs none', () => {
    for (const id of Object.keys(PHRASES) as PhraseId[]) {
      expect(PHRASES[id].ko, id).not.toMatch(/\}(은\(는\)|이\(가\)|을\(를\)|과\(와\)|\(으\)로)/);
    }
  });

  it('the particles the tables choose read right after what the parameter says', () => {
    // The ageing model in words ends in 모델(…): 은; the memory's contents end in 가중치 / 캐시(…): 가.
    expect(PHRASES.AGEING_DOD_OUT_OF_RANGE.ko).toMatch(/^\{model\}은 /);
    expect(PHRASES.AI_MEMORY_CAPACITY_UNKNOWN.ko).toContain('{what}가 ');
    expect(PHRASES.TEMPERATURE_OUTSIDE_DATA.ko).toMatch(/^\{t\}는 /);
  });
});
