/** The report's standing assumptions and its sources table (src/report/sources.ts). English and Korean; see src/text/phrases.ts. */
export const REPORT_PHRASES = {
  // ---- the report's standing assumptions (src/report/sources.ts) --------------------------------------------
  'assume.battery': {
    en: 'Battery: open-circuit voltage behind a DC internal resistance (Rint); constant power per segment; discharge ends at the reserve or the voltage cut-off, whichever comes first.',
    ko: '배터리: 개방 전압 뒤에 DC 내부 저항이 있는 모델(Rint); 구간마다 일정한 전력; 방전은 예비 잔량이나 차단 전압 중 먼저 닿는 곳에서 끝납니다.',
  },
  'assume.bus': {
    en: 'Activity powers are taken at the battery bus; compute and accessories draw through a DC-DC converter.',
    ko: '동작 전력은 배터리 버스 기준이며, 연산 장치와 부가 장치는 DC-DC 변환기를 거쳐 전력을 씁니다.',
  },
  'assume.charging': {
    en: 'Charging is CC-CV from the reserve; "full" is where the CV current falls to the end-of-charge current.',
    ko: '충전은 예비 잔량에서 시작하는 정전류-정전압(CC-CV)이며, "완충"은 정전압 전류가 충전 종료 전류로 떨어지는 지점입니다.',
  },
  'assume.ageing': {
    en: 'Ageing: NREL BLAST-Lite functional forms driven by one representative operating day; non-operating days at rest, charged. Packs often age 20–30 % faster than cells.',
    ko: '노화: 대표 운용일 하루로 구동한 NREL BLAST-Lite 함수형; 운용하지 않는 날은 충전된 채로 쉽니다. 팩은 흔히 셀보다 20–30 % 빨리 노화합니다.',
  },
  'assume.endOfLife': {
    en: 'End of life is 80 % state of health; resistance then is 1.5× new (a planning assumption).',
    ko: '수명 말기는 건전성 80 %이며, 그때 저항은 새 팩의 1.5배입니다(계획용 가정).',
  },
  'assume.ai': {
    en: "AI workloads: roofline busy time; an LLM decodes at bytes per token / (runtime bandwidth efficiency × bandwidth) plus the runtime's per-token overhead, both fitted to published measurements; device power = idle + busy fraction × (max − idle).",
    ko: 'AI 워크로드: 루프라인 점유 시간; LLM 디코드 시간은 토큰당 바이트 / (런타임 대역폭 효율 × 대역폭)에 런타임의 토큰당 오버헤드를 더한 것으로, 둘 다 공개 측정값에 맞춘 값입니다; 장치 전력 = 유휴 + 점유율 × (최대 − 유휴).',
  },
  'assume.limits': {
    en: 'No thermal model, no self-discharge, no cell imbalance.',
    ko: '열 모델, 자가 방전, 셀 불균형은 다루지 않습니다.',
  },

  // ---- the report's sources table (src/report/sources.ts) -----------------------------------------------------
  'source.named': { en: '{name} · {figure}', ko: '{name} · {figure}' },
  'source.text': { en: '{text}', ko: '{text}' },
  'src.idlePower': { en: 'idle power', ko: '유휴 전력' },
  'src.maxPower': { en: 'max power', ko: '최대 전력' },
  'src.peakCompute': { en: 'peak compute', ko: '최대 연산 성능' },
  'src.bandwidth': { en: 'memory bandwidth', ko: '메모리 대역폭' },
  'src.memory': { en: 'memory capacity', ko: '메모리 용량' },
  'src.memoryEnergy': { en: 'memory energy', ko: '메모리 에너지' },
  'src.params': { en: 'parameters', ko: '파라미터 수' },
  'src.paramsM': { en: 'parameters (M)', ko: '파라미터 수(M)' },
  'src.layers': { en: 'layers', ko: '레이어 수' },
  'src.kvHeads': { en: 'KV heads', ko: 'KV 헤드 수' },
  'src.headDim': { en: 'head dim', ko: '헤드 차원' },
  'src.gflopsFrame': { en: 'GFLOPs per frame', ko: '프레임당 GFLOPs' },
  'src.gflopsClip': { en: 'GFLOPs per clip', ko: '클립당 GFLOPs' },
  'src.capacity': { en: 'capacity', ko: '용량' },
  'src.nominalVoltage': { en: 'nominal voltage', ko: '공칭 전압' },
  'src.mass': { en: 'mass', ko: '질량' },
  'src.cycleLife': { en: 'cycle life', ko: '사이클 수명' },
  'src.ocvCurve': { en: '{chem} OCV–SoC curve ({cell})', ko: '{chem} OCV–SoC 곡선({cell})' },
  'src.capacityTemp': { en: '{chem} capacity vs temperature', ko: '{chem} 온도별 용량' },
  'src.resistanceTemp': { en: '{chem} resistance vs temperature', ko: '{chem} 온도별 저항' },
  'src.ageingModel': { en: '{chem} ageing model ({model})', ko: '{chem} 노화 모델({model})' },
  'src.thePlan': { en: 'the plan', ko: '계획' },
  'src.default': { en: 'PowerPlan default', ko: 'PowerPlan 기본값' },
  'src.planTable': { en: 'plan table', ko: '계획의 표' },
  'src.defaultValue': { en: 'default', ko: '기본값' },
} as const satisfies Readonly<Record<string, { en: string; ko: string }>>;
