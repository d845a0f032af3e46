import { particle } from '../korean-particles';

/**
 * Remarks: the pack and the load, targets, charging, the shift, chips (src/sim/remarks.ts), and the fixes they
 * offer. English and Korean; see src/text/phrases.ts.
 *
 * A Korean particle after a parameter takes its form from the parameter's last sound (src/text/korean-particles.ts):
 * after a quantity the table knows the unit of, the particle is chosen here; after a name (a device, a chip, a
 * workload), which can be anything, the sentence is built so that no such particle follows it.
 */
export const REMARK_PHRASES = {
  empty: { en: '', ko: '' },

  // ---- the pack and the load ------------------------------------------------------------------------------
  POWER_ABOVE_DELIVERABLE: {
    en: '"{segment}" needs {load}, above the {max} the pack can deliver at all (OCV²/4R). Lower the pack resistance (more parallel strings, a power cell) or the load.',
    ko: '"{segment}" 구간은 {load}가 필요하지만 팩이 낼 수 있는 최대 전력은 {max}입니다(OCV²/4R). 팩 저항을 낮추거나(병렬 스트링 추가, 고출력 셀) 부하를 줄이세요.',
  },
  PACK_CANNOT_RUN_LOAD: {
    en: 'The pack cannot run this duty cycle at all: {why}. Lower the pack resistance (more parallel strings), raise the voltage or lower the load.',
    ko: '팩이 이 작업 주기를 전혀 감당하지 못합니다: {why}. 팩 저항을 낮추거나(병렬 스트링 추가), 전압을 높이거나, 부하를 줄이세요.',
  },
  'cannotRun.reserve': {
    en: 'a full charge ({full}) does not reach above the {reserve} reserve',
    ko: '완충({full})해도 예비 잔량 {reserve}를 넘지 못합니다',
  },
  'cannotRun.powerLimit': {
    en: 'even full, the pack cannot deliver the {load} load (its most is OCV²/4R)',
    ko: '완충 상태에서도 팩이 {load} 부하를 낼 수 없습니다(최대 OCV²/4R)',
  },
  'cannotRun.cutoff': {
    en: 'even full, the terminal voltage under {load} is below the {cutoff} cut-off ({r} of pack resistance)',
    ko: '완충 상태에서도 {load} 부하에서 단자 전압이 차단 전압 {cutoff}보다 낮습니다(팩 저항 {r})',
  },
  DISCHARGE_C_RATE_EXCEEDED: {
    en: 'The {peak} peak draws {current}, {c}C; {rated} for {max}C, so its protection would cut the load off. {advice}',
    ko: '최대 부하 {peak}에서 {current}({c}C)가 흐르지만 {rated} {max}C 정격이라 보호 회로가 부하를 끊습니다. {advice}',
  },
  'rated.cell': { en: 'the cell is rated', ko: '셀은' },
  'rated.pack': { en: 'the pack is rated', ko: '팩은' },
  'cRate.moreParallel': {
    en: 'Use at least {series}S{parallel}P, a higher-rate cell, or a lower peak.',
    ko: '최소 {series}S{parallel}P 구성, 방전율이 더 높은 셀, 또는 더 낮은 최대 부하를 쓰세요.',
  },
  'cRate.largerPack': {
    en: 'Use a larger or higher-rate pack, or a lower peak.',
    ko: '더 크거나 방전율이 더 높은 팩, 또는 더 낮은 최대 부하를 쓰세요.',
  },
  CUTOFF_BEFORE_RESERVE: {
    en: 'The terminal voltage falls to the {cutoff} cut-off before the {reserve} reserve: voltage sag under {peak} strands usable charge. Add parallel strings or lower the peak load.',
    ko: '예비 잔량 {reserve}에 이르기 전에 단자 전압이 차단 전압 {cutoff}까지 떨어집니다: {peak} 부하의 전압 강하로 쓸 수 있는 전하가 남습니다. 병렬 스트링을 추가하거나 최대 부하를 줄이세요.',
  },
  POWER_LIMIT_BEFORE_RESERVE: {
    en: 'Before the {reserve} reserve, the OCV falls so far that the pack can no longer deliver the {peak} peak at all (its most is OCV²/4R; the terminals sag to half the OCV, still above the {cutoff} cut-off). Add parallel strings or lower the peak load.',
    ko: '예비 잔량 {reserve}에 이르기 전에 OCV가 너무 떨어져 팩이 최대 부하 {peak}를 더는 낼 수 없습니다(최대 OCV²/4R; 단자 전압은 OCV의 절반까지 떨어지며 차단 전압 {cutoff}보다는 높습니다). 병렬 스트링을 추가하거나 최대 부하를 줄이세요.',
  },
  RUNTIME_UNBOUNDED: {
    en: 'No segment draws power from the battery, so the runtime is unbounded. Add an activity with power.',
    ko: '배터리에서 전력을 쓰는 구간이 없어 운용 시간에 끝이 없습니다. 전력이 있는 동작을 추가하세요.',
  },

  // ---- targets ----------------------------------------------------------------------------------------------
  RUNTIME_BELOW_TARGET: {
    en: 'Runtime {runtime} is below the {target} target: the pack needs roughly {extra} more{strings} before mass feedback; Sizing finds the exact pack.',
    ko: '운용 시간 {runtime}이 목표 {target}에 못 미칩니다: 질량 증가를 빼고도 팩에 약 {extra}가 더 필요합니다{strings}. 정확한 팩은 용량 산정 탭이 찾습니다.',
  },
  'runtime.oneString': { en: ' (about 1 more parallel string)', ko: '(병렬 스트링 약 1개 추가)' },
  'runtime.strings': { en: ' (about {n} more parallel strings)', ko: '(병렬 스트링 약 {n}개 추가)' },
  RUNTIME_ZERO: {
    en: 'Runtime is zero, short of the {target} target: the pack cannot run the load at all (see above).',
    ko: '운용 시간이 0이라 목표 {target}에 못 미칩니다: 팩이 부하를 전혀 감당하지 못합니다(위 참조).',
  },
  EOL_RUNTIME_BELOW_TARGET: {
    en: 'New, the pack meets {target}, but at end of life (80 % capacity) it runs {eol}. Size for end of life (Sizing does).',
    ko: '새 팩은 {target}을 충족하지만 수명 말기(용량 80 %)에는 {eol} 운용됩니다. 수명 말기 기준으로 용량을 정하세요(용량 산정 탭이 그렇게 합니다).',
  },
  SHORT_LIFE: {
    en: 'The pack reaches 80 % state of health in {years}, at {efc} full cycles a day: it is worn out within the first year. Set a lifetime target and size for it (Sizing), or plan for pack replacements.',
    ko: '팩이 하루 {efc}회의 완전 사이클로 {years} 만에 건전성 80 %에 이릅니다: 첫해 안에 수명이 다합니다. 수명 목표를 정하고 그에 맞게 용량을 산정하거나(용량 산정 탭), 팩 교체를 계획하세요.',
  },
  LIFETIME_BELOW_TARGET: {
    en: 'The pack reaches 80 % state of health in {years} years, short of the {target}-year target. A larger pack cycles shallower{lfp}; a lower charge limit slows calendar ageing.',
    ko: '팩이 {years}년 만에 건전성 80 %에 이르러 목표 {target}년에 못 미칩니다. 더 큰 팩은 더 얕게 순환하고{lfp}, 충전 상한을 낮추면 캘린더 노화가 느려집니다.',
  },
  'lifetime.lfpHint': { en: '; LFP cells last longer', ko: ', LFP 셀은 더 오래가며' },
  PACK_MASS_ABOVE_LIMIT: {
    en: "The {mass} pack is {share} of the robot's {total}, above the {limit} limit. A denser cell, less power or a shorter runtime target lightens it.",
    ko: '{mass} 팩은 로봇 {total}의 {share}로 한도 {limit}를 넘습니다. 에너지 밀도가 높은 셀, 더 적은 전력, 더 짧은 운용 목표가 팩을 가볍게 합니다.',
  },

  // ---- charging ---------------------------------------------------------------------------------------------
  NO_CHARGER: {
    en: 'The plan has no charger: charge times and opportunity charging are not computed, and for ageing the pack is taken to be recharged to full (C/20 end) right after each operating day. Add a charger.',
    ko: '계획에 충전기가 없습니다: 충전 시간과 기회 충전은 계산하지 않으며, 노화 계산에서는 매 운용일 직후 팩을 완충(C/20 종료)한다고 봅니다. 충전기를 추가하세요.',
  },
  CHARGE_STOPS_EARLY: {
    en: "A full charge stops at {full} (the limit is {limit}): held at {vmax}, {why}Every run starts there. Lower the end-of-charge current, raise the charge voltage within the cell's rating, or lower the pack resistance.",
    ko: '완충이 {full}에서 멈춥니다(상한 {limit}): {vmax}로 유지하면 {why}모든 운용이 여기서 시작합니다. 충전 종료 전류를 낮추거나, 셀 정격 안에서 충전 전압을 높이거나, 팩 저항을 낮추세요.',
  },
  'stops.endCurrent': {
    en: 'the current falls to the {endA} end current ({endC}C) once the OCV reaches {ocv}. ',
    ko: 'OCV가 {ocv}에 이르면 전류가 종료 전류 {endA}({endC}C)로 떨어집니다. ',
  },
  'stops.resistance': {
    en: 'the {r} pack resistance keeps the current below the {endA} end current ({endC}C) from the start. ',
    ko: '팩 저항 {r} 때문에 처음부터 전류가 종료 전류 {endA}({endC}C)보다 작습니다. ',
  },
  CHARGE_TARGET_MISSED: {
    en: 'Charging from the reserve to full takes {time}; {advice}',
    ko: '예비 잔량에서 완충까지 {time}이 걸립니다; {advice}',
  },
  'charge.needCharger': {
    en: 'the {target}-min target needs a charger of at least {kw} (now {now}).',
    ko: '{target}분 목표에는 최소 {kw} 충전기가 필요합니다(현재 {now}).',
  },
  'charge.needCells': {
    en: "even an unlimited charger needs {fastest} at the cell's {c}C limit; the {target}-min target needs cells rated ≥ {req}C{charger}",
    ko: '충전기에 한계가 없어도 셀의 {c}C 한도에서 {fastest}이 걸립니다; {target}분 목표에는 {req}C 이상 정격의 셀{charger}',
  },
  'charge.andCharger': { en: ' and a charger of at least {kw}.', ko: '과 최소 {kw} 충전기가 필요합니다.' },
  'charge.cellsOnly': { en: '.', ko: '이 필요합니다.' },
  'charge.outOfReach': {
    en: "the {target}-min target is out of reach for this pack whatever the charger and the cells' charge rating: the constant-voltage taper alone takes longer. Lower the pack resistance or the charge limit.",
    ko: '{target}분 목표는 충전기와 셀의 충전 정격이 무엇이든 이 팩으로는 이룰 수 없습니다: 정전압 구간만으로도 더 오래 걸립니다. 팩 저항이나 충전 상한을 낮추세요.',
  },
  COLD_CHARGE: {
    en: 'Charging at {t} plates lithium on the anode; lithium-ion cells (LFP above all) must not be charged below 0 °C. Warm the pack before charging.',
    ko: '{t}에서 충전하면 음극에 리튬이 석출됩니다; 리튬 이온 셀(특히 LFP)은 0 °C 아래에서 충전하면 안 됩니다. 충전 전에 팩을 데우세요.',
  },

  // ---- the shift and the day --------------------------------------------------------------------------------
  SHIFT_NOT_COMPLETED: {
    en: 'The shift stops after {after} at the {end}; the plan asks for {asked}. Add capacity or a charge segment.',
    ko: '운용이 {after} 후 {end}에서 멈춥니다; 계획이 요구하는 운용은 {asked}입니다. 용량이나 충전 구간을 추가하세요.',
  },
  'end.reserve': { en: 'reserve', ko: '예비 잔량' },
  'end.cutoff': { en: 'voltage cut-off', ko: '차단 전압' },
  'end.powerLimit': { en: "pack's power limit (OCV²/4R)", ko: '팩 전력 한계(OCV²/4R)' },
  'shift.repetitions': { en: '{n} repetitions of the duty cycle', ko: '작업 주기 {n}회' },
  DAY_TOO_LONG: {
    en: '{hours} operating hours plus recharging take {total}, more than a day. Charge faster, add capacity or cut operating hours.',
    ko: '운용 {hours}시간과 재충전에 {total}이 걸려 하루를 넘습니다. 더 빨리 충전하거나, 용량을 늘리거나, 운용 시간을 줄이세요.',
  },
  TEMPERATURE_OUTSIDE_DATA: {
    en: '{t} is outside the derating data ({min} to {max} °C); capacity and resistance use the nearest edge.',
    // {t} is a temperature in °C (read "도").
    ko: `{t}${particle('°C', '은/는')} 온도 보정 데이터 범위({min}~{max} °C) 밖입니다; 용량과 저항은 가장 가까운 경계값을 씁니다.`,
  },

  // ---- chips ------------------------------------------------------------------------------------------------
  DEVICE_POWER_UNKNOWN: {
    en: '{device} has {what} {where}: its power is unknown (not 0 W, and not its idle power when busy). Enter its {enter}.',
    ko: '{device}: {where} {what} 전력을 알 수 없습니다(0 W도, 작동 중의 유휴 전력도 아닙니다). {enter}을 입력하세요.',
  },
  'power.none': { en: 'no power figure', ko: '전력 수치가 없어' },
  'power.noMax': { en: 'no maximum power', ko: '최대 전력이 없어' },
  'power.noIdle': { en: 'no idle power', ko: '유휴 전력이 없어' },
  'where.plan': { en: 'in the plan', ko: '계획에' },
  'where.planOrCatalog': { en: 'in the plan or the catalog', ko: '계획과 카탈로그 어디에도' },
  'enter.both': { en: 'idle and maximum power', ko: '유휴 전력과 최대 전력' },
  'enter.max': { en: 'maximum power', ko: '최대 전력' },
  'enter.idle': { en: 'idle power', ko: '유휴 전력' },
  CLAIM_IMPLIED_FIGURES: {
    en: "{device} is not on sale: its {figures} is implied by the vendor's published claims, not measured or from a datasheet. Treat this answer as provisional.",
    ko: '{device}: 아직 판매되지 않는 칩이라 {figures} 수치는 측정값이나 데이터시트가 아니라 제조사가 발표한 주장에서 유도한 것입니다. 이 답은 잠정적인 것으로 보세요.',
  },
  CLAIM_IMPLIED_FIGURES_MANY: {
    en: "{device} is not on sale: its {figures} are implied by the vendor's published claims, not measured or from a datasheet. Treat this answer as provisional.",
    ko: '{device}: 아직 판매되지 않는 칩이라 {figures} 수치는 측정값이나 데이터시트가 아니라 제조사가 발표한 주장에서 유도한 것입니다. 이 답은 잠정적인 것으로 보세요.',
  },
  CHIP_FIGURES_MISSING: {
    en: '{chip} has no published {figure} figure: enter it on the device to compare.',
    ko: '{chip}: 공개된 {figure} 수치가 없습니다. 비교하려면 장치에 입력하세요.',
  },
  CHIP_FIGURES_MISSING_BOTH: {
    en: '{chip} has no published power or compute figure: enter it on the device to compare.',
    ko: '{chip}: 공개된 전력·연산 성능 수치가 없습니다. 비교하려면 장치에 입력하세요.',
  },
  'figure.power': { en: 'power', ko: '전력' },
  'figure.compute': { en: 'compute', ko: '연산 성능' },
  'figure.bandwidth': { en: 'memory bandwidth', ko: '메모리 대역폭' },
  'figure.memory': { en: 'memory size', ko: '메모리 용량' },
  AI_DEVICE_OVERLOADED: {
    en: 'In "{segment}", {device} is asked for {busy} of its time ({parts}): the work does not fit, and its power is counted at its {max} maximum, not more. Lower the demanded rates, move a workload to another segment or device, or choose a faster chip.',
    ko: '"{segment}" 구간에서 {device}에 요구되는 시간이 {busy}입니다({parts}): 작업이 들어가지 않으며, 전력은 최대 {max}까지만 계산됩니다. 요구 속도를 낮추거나, 워크로드를 다른 구간이나 장치로 옮기거나, 더 빠른 칩을 고르세요.',
  },
  AI_MEMORY_TOGETHER: {
    en: 'In "{segment}", {workloads} run together on {device} and need {need} of weights and KV cache; it has {cap}. Quantise further, shorten the context, or run them in different segments or on another device.',
    ko: '"{segment}" 구간에서 {device}에서 함께 실행되는 {workloads}에는 가중치와 KV 캐시로 {need}가 필요하지만 메모리는 {cap}입니다. 더 강하게 양자화하거나, 컨텍스트를 줄이거나, 다른 구간이나 다른 장치에서 실행하세요.',
  },
  'ai.onDevice': { en: '{workload} on {device}: {issue}', ko: '{device}의 {workload}: {issue}' },

  // ---- fixes a remark offers (an Apply button in the app) ------------------------------------------------------
  'fix.parallel': { en: 'Use {series}S{parallel}P', ko: '{series}S{parallel}P로 바꾸기' },
  'fix.packEnergy': { en: 'Make the pack {energy}', ko: '팩을 {energy}로 키우기' },
  'fix.charger': { en: 'Use a {kw} charger', ko: '{kw} 충전기 쓰기' },
} as const satisfies Readonly<Record<string, { en: string; ko: string }>>;
