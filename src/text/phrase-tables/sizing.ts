/** Sizing's reasons and the size command's answer (src/analysis/sizing.ts, size-targets.ts, src/cli). English and Korean; see src/text/phrases.ts. */
export const SIZING_PHRASES = {
  // ---- sizing (src/analysis/sizing.ts, size-targets.ts) --------------------------------------------------------
  'size.atEol': { en: ' at end of life', ko: '(수명 말기)' },
  'size.strings': { en: '{n} parallel strings', ko: '병렬 스트링 {n}개' },
  'size.spiral': {
    en: 'the mass spiral: runtime{eol} peaks at {peak} h near {at} and falls beyond it — each added Wh costs more in locomotion power than it gives. The {target} h target needs a lighter robot, a denser cell or less power.',
    ko: '질량 악순환: 운용 시간{eol}이 {at} 부근에서 최대 {peak}시간에 이르고 그 뒤로는 줄어듭니다 — 늘린 Wh마다 이동 전력이 더 든 만큼을 넘습니다. {target}시간 목표에는 더 가벼운 로봇, 에너지 밀도가 높은 셀, 또는 더 적은 전력이 필요합니다.',
  },
  'size.cRate': {
    en: 'no size meets the {limit}C discharge limit: the peak C-rate never falls below {lowest}C (lowest near {at}) — each added Wh adds load as fast as capacity. Choose a higher-rate cell, a lighter robot or less power.',
    ko: '어떤 크기도 방전 한도 {limit}C를 지키지 못합니다: 최대 C-rate가 {lowest}C 아래로 내려가지 않습니다({at} 부근에서 가장 낮음) — 늘린 Wh만큼 부하도 용량만큼 빨리 늡니다. 방전율이 더 높은 셀, 더 가벼운 로봇, 또는 더 적은 전력을 고르세요.',
  },
  'size.saturates': {
    en: "even {at} ({mass} kg) runs only {h} h{eol}; the runtime saturates as the pack's own mass adds load. The {target} h target is out of reach with this cell and robot.",
    ko: '{at}({mass} kg)로도 운용 시간{eol}이 {h}시간뿐입니다; 팩 자체의 질량이 부하를 늘려 운용 시간이 포화됩니다. 이 셀과 로봇으로는 {target}시간 목표에 닿을 수 없습니다.',
  },
  'size.lifetime': {
    en: 'the {target}-year lifetime is out of reach: even {size} lasts {most} years — calendar ageing at {t} °C sets a ceiling a bigger pack cannot lift. A cooler pack, a lower charge limit or LFP lasts longer.',
    ko: '{target}년 수명은 이룰 수 없습니다: {size}로도 {most}년입니다 — {t} °C의 캘린더 노화가 더 큰 팩으로도 넘을 수 없는 한계를 둡니다. 더 시원한 팩, 더 낮은 충전 상한, 또는 LFP가 더 오래갑니다.',
  },
  'size.mass': {
    en: "the pack is {kg} kg, {pct} % of the robot's {total} kg — above the {limit} % {whose}",
    ko: '팩이 {kg} kg으로 로봇 {total} kg의 {pct} %입니다 — {whose} {limit} %를 넘습니다',
  },
  'size.limitPlan': { en: 'limit the plan sets', ko: '계획이 정한 한도' },
  'size.limitHumanoids': {
    en: 'that the heaviest catalog humanoids carry',
    ko: '카탈로그에서 가장 무거운 휴머노이드들이 지는',
  },
  'size.massInfeasible': {
    en: '{text}. Lower the power, or use a denser cell.',
    ko: '{text}. 전력을 줄이거나 에너지 밀도가 높은 셀을 쓰세요.',
  },
  'size.massWarning': {
    en: '{text}. Check that the robot can carry it, or set a pack mass limit in the targets.',
    ko: '{text}. 로봇이 이를 질 수 있는지 확인하거나, 목표에 팩 질량 한도를 정하세요.',
  },
  'size.blockedInfeasible': {
    en: 'no pack makes this plan run: {reasons}',
    ko: '어떤 팩도 이 계획을 실행하게 하지 못합니다: {reasons}',
  },
  'size.blockedUnknown': {
    en: 'the runtime depends on a figure the plan does not give: {reasons}',
    ko: '운용 시간이 계획에 없는 수치에 달려 있습니다: {reasons}',
  },

  'size.whenEol': { en: 'at end of life (80 % SoH)', ko: '수명 말기(건전성 80 %)에' },
  'size.whenNew': { en: 'new', ko: '새 팩으로' },
  'size.askRuntime': { en: '{h} {when}', ko: '{when} {h}' },
  'size.askLife': { en: '{y} years to 80 % SoH', ko: '건전성 80 %까지 {y}년' },
  'size.head': { en: '{plan}: smallest pack for {asked}', ko: '{plan}: 가장 작은 팩 — {asked}' },
  'size.row.pack': { en: 'Pack', ko: '팩' },
  'size.row.runtime': { en: 'Runtime', ko: '운용 시간' },
  'size.row.life': { en: 'Life', ko: '수명' },
  'size.row.binds': { en: 'Binds', ko: '결정 요인' },
  'size.row.search': { en: 'Search', ko: '탐색' },
  'size.row.charger': { en: 'Charger', ko: '충전기' },
  'size.pack': { en: '{pack} ({pct} of the robot)', ko: '{pack} (로봇의 {pct})' },
  'size.runtime': {
    en: '{h} {when} · peak {c}C (limit {limit}C)',
    ko: '{when} {h} · 최대 {c}C (한도 {limit}C)',
  },
  'size.bindsRate': {
    en: 'the {c}C discharge-rate limit (a smaller pack runs long enough but draws more than its rating)',
    ko: '방전율 한도 {c}C (더 작은 팩도 충분히 오래 가지만 정격보다 많이 끌어 씁니다)',
  },
  'size.bindsRuntime': { en: 'the runtime target', ko: '운용 시간 목표' },
  'size.bindsLifetime': { en: 'the lifetime target', ko: '수명 목표' },
  'size.binds': { en: '{what}{need}', ko: '{what}{need}' },
  'size.needRuntime': { en: ' (the runtime alone needs {size})', ko: ' (운용 시간만으로는 {size} 필요)' },
  'size.needRuntimeRate': {
    en: ' (the runtime and discharge rate alone need {size})',
    ko: ' (운용 시간과 방전율만으로는 {size} 필요)',
  },
  'size.needLifetime': { en: ' (the lifetime alone needs {size})', ko: ' (수명만으로는 {size} 필요)' },
  'size.search': { en: '{n} simulations', ko: '시뮬레이션 {n}회' },
  'size.charger': {
    en: 'at least {kw} for {min} min reserve-to-full',
    ko: '예비 잔량에서 완충까지 {min}분에 최소 {kw}',
  },
  'size.chargerCells': {
    en: "the cell's charge rate limits charging to {fastest}; {min} min needs cells rated ≥ {c}C",
    ko: '셀의 충전율 때문에 충전에 {fastest}이 걸립니다; {min}분에는 {c}C 이상 정격의 셀이 필요합니다',
  },
  'size.chargerOutOfReach': {
    en: "{min} min is out of reach for this pack whatever the charger and the cells' charge rating (the constant-voltage taper alone takes longer)",
    ko: '충전기와 셀의 충전 정격이 무엇이든 이 팩으로는 {min}분을 이룰 수 없습니다 (정전압 구간만으로도 더 오래 걸립니다)',
  },
  'size.infeasibleHead': { en: 'Infeasible: {reason}', ko: '실행 불가: {reason}' },
  'size.unknownHead': { en: 'Unknown: {reason}', ko: '알 수 없음: {reason}' },
} as const satisfies Readonly<Record<string, { en: string; ko: string }>>;
