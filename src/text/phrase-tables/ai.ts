import { particleAfterAny } from '../korean-particles';

/**
 * AI issues (src/ai/analyse.ts) and ageing notes (src/battery/ageing/). English and Korean; see src/text/phrases.ts.
 *
 * A Korean particle after a parameter takes its form from the parameter's last sound (src/text/korean-particles.ts):
 * where the table knows what the parameter can be (its nested phrases), the particle is chosen here; after a
 * name (a device, a runtime), which can be anything, the sentence is built so that no such particle follows it.
 */

/** What must fit a device's memory (AI_MEMORY_CAPACITY_UNKNOWN's and AI_MEMORY_ON_CHIP_ONLY's `{what}`). */
const WHAT = {
  'what.llm': { en: 'weights ({wb}) and KV cache ({kv})', ko: '가중치({wb})와 KV 캐시({kv})' },
  'what.weights': { en: 'the weights', ko: '가중치' },
} as const;

/**
 * The ageing model in words (AGEING_*'s `{model}`), by chemistry: the cell its BLAST-Lite model was fitted to,
 * not the model's id (the report's sources cite the id).
 */
const AGEING_MODELS = {
  'ageingModel.NMC': {
    en: 'the LG M50 cell model (21700, NMC811/graphite-silicon, 5 Ah)',
    ko: 'LG M50 셀 모델(21700, NMC811/흑연-실리콘, 5 Ah)',
  },
  'ageingModel.NCA': {
    en: 'the Panasonic 18650B cell model (NCA/graphite, 3.2 Ah)',
    ko: '파나소닉 18650B 셀 모델(NCA/흑연, 3.2 Ah)',
  },
  'ageingModel.LFP': {
    en: 'the large-format prismatic cell model (LFP/graphite, over 250 Ah)',
    ko: '대형 각형 셀 모델(LFP/흑연, 250 Ah 초과)',
  },
} as const;

const koOf = (t: Readonly<Record<string, { ko: string }>>) => Object.values(t).map((x) => x.ko);

export const AI_PHRASES = {
  // ---- AI issues (src/ai/analyse.ts) --------------------------------------------------------------------------
  AI_BANDWIDTH_EXCEEDED: {
    en: '{demand} needs {need} of memory bandwidth; {device} has {bw} (at {eff} efficiency: {effBw}).{hint}',
    ko: '{demand}에는 메모리 대역폭 {need}가 필요하지만 {device}의 대역폭은 {bw}입니다(효율 {eff}에서 {effBw}).{hint}',
  },
  AI_COMPUTE_EXCEEDED: {
    en: '{demand} needs {need} of compute; {device} has {peak} peak (at {eff} efficiency: {effPeak}).',
    ko: '{demand}에는 연산 {need}가 필요하지만 {device}의 최대 성능은 {peak}입니다(효율 {eff}에서 {effPeak}).',
  },
  AI_OVERLOADED: {
    en: '{device} would be busy {busy} of the time: {parts}. {hint}',
    ko: '{device}에 필요한 사용률이 {busy}입니다: {parts}. {hint}',
  },
  AI_FIXED_OVERLOADED: {
    en: 'Fixed utilisation {u} exceeds 100 % of {device}.',
    ko: '고정 사용률 {u}가 {device}의 100 %를 넘습니다.',
  },
  AI_BANDWIDTH_UNKNOWN: {
    en: '{device} memory bandwidth is unknown, so memory time is not counted and the utilisation {u} (compute only) is a lower bound{need}{hint}',
    ko: '{device}의 메모리 대역폭을 알 수 없어 메모리 시간을 계산하지 않았으며, 사용률 {u}(연산만)는 하한입니다{need}{hint}',
  },
  'bwUnknown.need': {
    en: '; {demand} needs {bw} of memory bandwidth.',
    ko: '; {demand}에는 메모리 대역폭 {bw}가 필요합니다.',
  },
  'bwUnknown.none': { en: '.', ko: '.' },
  'bwUnknown.hint': {
    en: ' Batch-1 decode is usually memory-bound: enter the bandwidth for a real estimate.',
    ko: ' 배치 1 디코드는 보통 메모리 대역폭이 한계입니다: 실제 추정을 위해 대역폭을 입력하세요.',
  },
  AI_NEAR_LIMIT: {
    en: '{device} is {u} busy: little headroom, and the assumed efficiencies ({bw} bandwidth, {c} compute) are estimates.',
    ko: '{device}의 사용률이 {u}입니다: 여유가 적고, 가정한 효율(대역폭 {bw}, 연산 {c})은 추정치입니다.',
  },
  AI_MEMORY_ON_CHIP_ONLY: {
    en: "{device} has no off-chip memory, so {what} — {need} in all — would have to stay in its on-chip memory. The catalog does not give that memory's size, but on-chip memory on edge accelerators holds tens of MB (the Google Coral Edge TPU keeps about 8 MB of parameters), not gigabytes.",
    ko: '{device}에는 외부 메모리가 없어 {what} 모두 {need}가 칩 내부 메모리에 있어야 합니다. 카탈로그에 그 크기는 없지만, 엣지 가속기의 칩 내부 메모리는 수십 MB(Google Coral Edge TPU는 파라미터 약 8 MB)이지 기가바이트가 아닙니다.',
  },
  AI_MEMORY_CAPACITY_UNKNOWN: {
    en: '{device} memory capacity is unknown, so it is not checked that {what} fit.',
    ko: `{device}의 메모리 용량을 알 수 없어 {what}${particleAfterAny(koOf(WHAT), '이/가')} 들어가는지 확인하지 않았습니다.`,
  },
  AI_MEMORY_TOO_SMALL: {
    en: "{need} do not fit {device}'s {cap} of memory.",
    ko: '{need}는 {device}의 메모리 {cap}에 들어가지 않습니다.',
  },
  ...WHAT,
  'need.llm': {
    en: 'Weights {wb} + KV cache {kv} at {ctx} tokens = {total}',
    ko: '가중치 {wb} + 컨텍스트 {ctx} 토큰의 KV 캐시 {kv} = {total}',
  },
  'need.weights': { en: 'Weights {wb}', ko: '가중치 {wb}' },
  AI_WEIGHT_BITS_UNKNOWN: {
    en: 'The world model gives bits per weight but no parameter count, so weight traffic is not counted.',
    ko: '월드 모델에 가중치당 비트 수만 있고 파라미터 수가 없어 가중치 트래픽을 계산하지 않았습니다.',
  },
  AI_PARAMS_BITS_UNKNOWN: {
    en: 'The world model gives a parameter count but no bits per weight, so weight size and traffic are not counted.',
    ko: '월드 모델에 파라미터 수만 있고 가중치당 비트 수가 없어 가중치 크기와 트래픽을 계산하지 않았습니다.',
  },
  AI_INVALID_INPUT: {
    en: '{text}',
    ko: '모델이 계산할 수 없는 입력입니다: {text}',
  },
  'demand.decode': { en: 'decode at {rate} tok/s', ko: '{rate} tok/s 디코드' },
  'demand.prefill': {
    en: 'prefill of {rpm} requests/min × {tokens} tokens',
    ko: '분당 {rpm}회 요청 × {tokens} 토큰 프리필',
  },
  'demand.both': { en: '{decode} plus {prefill}', ko: '{decode}와 {prefill}' },
  'demand.none': { en: 'no demand', ko: '요구 없음' },
  'demand.vision': { en: 'vision at {fps} frames/s', ko: '초당 {fps} 프레임 비전' },
  'demand.worldModel': { en: 'world model at {cps} clips/s', ko: '초당 {cps} 클립 월드 모델' },
  'hint.decodeRate': {
    en: ' {who} tops out at {max} tok/s ({bytes} read per token{overhead}',
    ko: ' {who} 최대 {max} tok/s입니다(토큰당 {bytes} 읽기{overhead}',
  },
  'who.runtime': { en: '{runtime} on {device}', ko: '{device}에서 {runtime} 사용 시' },
  'who.decode': { en: 'Decode alone', ko: '디코드만으로도' },
  'overhead.ms': {
    en: ', {ms} ms of runtime overhead per token).',
    ko: ', 토큰당 런타임 오버헤드 {ms} ms).',
  },
  'overhead.none': { en: ').', ko: ').' },
  'hint.overhead': {
    en: '{runtime} spends {ms} ms per token beyond the memory time (kernel launches, sampling); on {device} it decodes at most {max} tok/s.',
    ko: '{runtime} 사용 시 메모리 시간 외에 토큰당 {ms} ms가 더 듭니다(커널 실행, 샘플링); {device}에서 최대 {max} tok/s로 디코드합니다.',
  },
  'runtime.generic': { en: 'The runtime', ko: '런타임' },
  'hint.sequential': {
    en: 'Memory and compute are each within their limits, but the phases run one after the other.',
    ko: '메모리와 연산은 각각 한도 안이지만, 단계들이 차례로 실행됩니다.',
  },
  phase: { en: '{label} {share} ({bound})', ko: '{label} {share}({bound})' },
  'phase.decode': { en: 'decode', ko: '디코드' },
  'phase.prefill': { en: 'prefill', ko: '프리필' },
  'phase.vision': { en: 'vision', ko: '비전' },
  'phase.worldModel': { en: 'world model', ko: '월드 모델' },
  'bound.memory': { en: 'memory-bound', ko: '메모리 한계' },
  'bound.compute': { en: 'compute-bound', ko: '연산 한계' },
  'bound.unknown': { en: 'compute-only-bound', ko: '연산만 계산' },

  // ---- ageing (src/battery/ageing.ts) -------------------------------------------------------------------------
  AGEING_INPUT_CLAMPED: {
    en: 'Ageing stressors were non-finite or out of domain and were clamped: {list}.',
    ko: '노화 요인 값이 유한하지 않거나 범위 밖이어서 잘라 썼습니다: {list}.',
  },
  AGEING_TEMP_OUT_OF_RANGE: {
    en: '{t} °C is outside the {kind} test range {lo}–{hi} °C of {model}; the fade prediction is extrapolated.',
    ko: '{t} °C는 {model}의 {kind} 시험 범위 {lo}–{hi} °C 밖입니다; 용량 감소 예측은 외삽입니다.',
  },
  ...AGEING_MODELS,
  'ageing.cycling': { en: 'cycling', ko: '사이클' },
  'ageing.calendar': { en: 'calendar', ko: '캘린더' },
  AGEING_DOD_OUT_OF_RANGE: {
    en: '{model} was fitted {range}; this plan cycles {dod} % deep a day, so its life figure is an extrapolation.{nmc}',
    ko: `{model}${particleAfterAny(koOf(AGEING_MODELS), '은/는')} {range} 맞춘 노화 모델입니다; 이 계획은 하루에 {dod} % 깊이로 순환하므로 수명 수치는 외삽입니다.{nmc}`,
  },
  'dod.at': { en: 'at {lo} % depth of discharge only', ko: '방전 심도 {lo} %에서만' },
  'dod.between': { en: 'at depths of discharge of {lo}–{hi} %', ko: '방전 심도 {lo}–{hi} %에서' },
  'dod.nmcNote': {
    en: ' This model has no DoD sensitivity (all its cycling was at 100 % DoD).',
    ko: ' 이 모델은 방전 심도에 따라 달라지지 않습니다(모든 사이클 시험이 방전 심도 100 %였습니다).',
  },
  AGEING_CHARGE_RATE_OUT_OF_RANGE: {
    en: 'Mean charge rate {c}C exceeds the tested maximum {max}C of {model}.',
    ko: '평균 충전율 {c}C가 {model}의 시험 최대치 {max}C를 넘습니다.',
  },
  AGEING_DISCHARGE_RATE_OUT_OF_RANGE: {
    en: 'Mean discharge rate {c}C exceeds the tested maximum {max}C of {model}.{held}',
    ko: '평균 방전율 {c}C가 {model}의 시험 최대치 {max}C를 넘습니다.{held}',
  },
  'ageing.heldAt': {
    en: ' The cycle-fade rate is held at its {cap}C value.',
    ko: ' 사이클 열화율은 {cap}C에서의 값으로 고정합니다.',
  },
  AGEING_LFP_LIMITATION: {
    en: 'The LFP cycle-fade term learned the inverse of the calendar temperature dependence between 10 and 45 °C; BLAST-Lite warns it extrapolates very poorly outside that range.',
    ko: 'LFP 사이클 열화 항은 10–45 °C 사이에서 캘린더 온도 의존성의 역을 학습했습니다; BLAST-Lite는 이 범위 밖에서 외삽이 매우 나쁘다고 경고합니다.',
  },
  AGEING_NCA_LIMITATION: {
    en: 'The NCA cycle-fade model was fitted to cycling at 25, 35 and 45 °C and has essentially no temperature dependence; BLAST-Lite warns predictions outside that range may be optimistic. It has no knee.',
    ko: 'NCA 사이클 열화 모델은 25, 35, 45 °C의 사이클 시험에 맞춘 것으로 온도 의존성이 거의 없습니다; BLAST-Lite는 이 범위 밖의 예측이 낙관적일 수 있다고 경고합니다. 급격한 열화 구간(knee)은 없습니다.',
  },
} as const satisfies Readonly<Record<string, { en: string; ko: string }>>;
