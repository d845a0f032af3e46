/**
 * Every sentence PowerPlan's model says to its reader, in English and Korean: remarks (src/sim/remarks.ts),
 * AI issues (src/ai/analyse.ts), ageing notes (src/battery/ageing.ts) and the fixes they offer. `{name}` is a
 * parameter (src/text/phrase.ts renders it in the reader's language). A phrase whose id is a remark code is
 * that remark's sentence; other ids are the pieces and variants the sentences are built from.
 *
 * The words are a robotics engineer's, not the plan file's: "charge limit", not `maxSocPercent`.
 */
export const PHRASES = {
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
    ko: '운용이 {after} 후 {end}에서 멈춥니다; 계획은 {asked}을(를) 요구합니다. 용량이나 충전 구간을 추가하세요.',
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
    ko: '{t}은(는) 온도 보정 데이터 범위({min}~{max} °C) 밖입니다; 용량과 저항은 가장 가까운 경계값을 씁니다.',
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
    ko: '{device}은(는) 아직 판매되지 않습니다: {figures} 수치는 측정값이나 데이터시트가 아니라 제조사가 발표한 주장에서 유도한 것입니다. 이 답은 잠정적인 것으로 보세요.',
  },
  CLAIM_IMPLIED_FIGURES_MANY: {
    en: "{device} is not on sale: its {figures} are implied by the vendor's published claims, not measured or from a datasheet. Treat this answer as provisional.",
    ko: '{device}은(는) 아직 판매되지 않습니다: {figures} 수치는 측정값이나 데이터시트가 아니라 제조사가 발표한 주장에서 유도한 것입니다. 이 답은 잠정적인 것으로 보세요.',
  },
  CHIP_FIGURES_MISSING: {
    en: '{chip} has no published {figure} figure: enter it on the device to compare.',
    ko: '{chip}은(는) 공개된 {figure} 수치가 없습니다: 비교하려면 장치에 입력하세요.',
  },
  CHIP_FIGURES_MISSING_BOTH: {
    en: '{chip} has no published power or compute figure: enter it on the device to compare.',
    ko: '{chip}은(는) 공개된 전력·연산 성능 수치가 없습니다: 비교하려면 장치에 입력하세요.',
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
    ko: '"{segment}" 구간에서 {workloads}이(가) {device}에서 함께 실행되어 가중치와 KV 캐시에 {need}가 필요하지만 메모리는 {cap}입니다. 더 강하게 양자화하거나, 컨텍스트를 줄이거나, 다른 구간이나 다른 장치에서 실행하세요.',
  },
  'ai.onDevice': { en: '{workload} on {device}: {issue}', ko: '{device}의 {workload}: {issue}' },

  // ---- AI issues (src/ai/analyse.ts) --------------------------------------------------------------------------
  AI_BANDWIDTH_EXCEEDED: {
    en: '{demand} needs {need} of memory bandwidth; {device} has {bw} (at {eff} efficiency: {effBw}).{hint}',
    ko: '{demand}에는 메모리 대역폭 {need}가 필요하지만 {device}은(는) {bw}입니다(효율 {eff}에서 {effBw}).{hint}',
  },
  AI_COMPUTE_EXCEEDED: {
    en: '{demand} needs {need} of compute; {device} has {peak} peak (at {eff} efficiency: {effPeak}).',
    ko: '{demand}에는 연산 {need}가 필요하지만 {device}의 최대 성능은 {peak}입니다(효율 {eff}에서 {effPeak}).',
  },
  AI_OVERLOADED: {
    en: '{device} would be busy {busy} of the time: {parts}. {hint}',
    ko: '{device}이(가) 시간의 {busy} 동안 바빠야 합니다: {parts}. {hint}',
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
    ko: '{device}의 메모리 용량을 알 수 없어 {what}이(가) 들어가는지 확인하지 않았습니다.',
  },
  AI_MEMORY_TOO_SMALL: {
    en: "{need} do not fit {device}'s {cap} of memory.",
    ko: '{need}는 {device}의 메모리 {cap}에 들어가지 않습니다.',
  },
  'what.llm': { en: 'weights ({wb}) and KV cache ({kv})', ko: '가중치({wb})와 KV 캐시({kv})' },
  'what.weights': { en: 'the weights', ko: '가중치' },
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
  'who.runtime': { en: '{runtime} on {device}', ko: '{device}의 {runtime}은(는)' },
  'who.decode': { en: 'Decode alone', ko: '디코드만으로도' },
  'overhead.ms': {
    en: ', {ms} ms of runtime overhead per token).',
    ko: ', 토큰당 런타임 오버헤드 {ms} ms).',
  },
  'overhead.none': { en: ').', ko: ').' },
  'hint.overhead': {
    en: '{runtime} spends {ms} ms per token beyond the memory time (kernel launches, sampling); on {device} it decodes at most {max} tok/s.',
    ko: '{runtime}은(는) 메모리 시간 외에 토큰당 {ms} ms를 더 씁니다(커널 실행, 샘플링); {device}에서 최대 {max} tok/s로 디코드합니다.',
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
  'ageing.cycling': { en: 'cycling', ko: '사이클' },
  'ageing.calendar': { en: 'calendar', ko: '캘린더' },
  AGEING_DOD_OUT_OF_RANGE: {
    en: 'The ageing model {model} was fitted {range}; this plan cycles {dod} % deep a day, so its life figure is an extrapolation.{nmc}',
    ko: '노화 모델 {model}은(는) {range} 맞춘 것입니다; 이 계획은 하루에 {dod} % 깊이로 순환하므로 수명 수치는 외삽입니다.{nmc}',
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

  // ---- the CLI's summary (src/cli/format.ts) ------------------------------------------------------------------
  'cli.row.pack': { en: 'Pack', ko: '팩' },
  'cli.row.runtime': { en: 'Runtime', ko: '운용 시간' },
  'cli.row.power': { en: 'Power', ko: '전력' },
  'cli.row.energy': { en: 'Energy', ko: '에너지' },
  'cli.row.charging': { en: 'Charging', ko: '충전' },
  'cli.row.daily': { en: 'Daily', ko: '하루' },
  'cli.row.life': { en: 'Life', ko: '수명' },
  'cli.row.eol': { en: 'End of life', ko: '수명 말기' },
  'cli.row.shift': { en: 'Shift', ko: '운용' },
  'cli.row.llm': { en: 'LLM', ko: 'LLM' },
  'cli.target': { en: ' (target {target})', ko: ' (목표 {target})' },
  'cli.targetMark': { en: ' (target {target} {mark})', ko: ' (목표 {target} {mark})' },
  'cli.cannotRun': {
    en: '— cannot run as written (if it could: {text})',
    ko: '— 이 계획대로는 실행할 수 없음 (실행된다면: {text})',
  },
  'cli.unknown': {
    en: '? unknown (from the figures given: {text})',
    ko: '? 알 수 없음 (주어진 수치로 계산: {text})',
  },
  'cli.unknownBound': {
    en: '? unknown (from the figures given, a bound: the loads are underestimated: {text})',
    ko: '? 알 수 없음 (주어진 수치로 계산한 한계값, 부하가 과소평가됨: {text})',
  },
  'cli.pack': { en: "{pack} ({share} of the robot's {robot})", ko: '{pack} (로봇 {robot}의 {share})' },
  'cli.unbounded': { en: 'unbounded (no load)', ko: '끝없음 (부하 없음)' },
  'cli.unboundedWord': { en: 'unbounded', ko: '끝없음' },
  'cli.runtime': { en: '{h} per charge, ending at the {end}', ko: '1회 충전에 {h}, {end}에서 끝남' },
  'cli.power': {
    en: 'average {avg} · peak {peak} · peak {c}C (limit {limit}C)',
    ko: '평균 {avg} · 최대 {peak} · 최대 {c}C (한도 {limit}C)',
  },
  'cli.energy': {
    en: 'locomotion {loco} · compute {compute} · accessories {acc} · conversion loss {conv} · battery I²R {i2r}',
    ko: '이동 {loco} · 연산 {compute} · 부가 장치 {acc} · 변환 손실 {conv} · 배터리 I²R {i2r}',
  },
  'cli.to80': { en: 'from reserve to 80 %: {h} · ', ko: '예비 잔량에서 80 %까지 {h} · ' },
  'cli.toFull': { en: 'to full ({full}): {h}', ko: '완충({full})까지 {h}' },
  'cli.noCharger': { en: 'no charger in the plan', ko: '계획에 충전기가 없음' },
  'cli.daily': {
    en: '{charges} · {efc} equivalent full cycles/day',
    ko: '{charges} · 하루 등가 완전 사이클 {efc}회',
  },
  'cli.dayPattern': { en: ' ({hours} h/day, {days} days/year)', ko: ' (하루 {hours}시간, 연 {days}일)' },
  'cli.life': { en: '{years} years to 80 % SoH', ko: '건전성 80 %까지 {years}년' },
  'cli.lifeLong': { en: 'more than 50 years to 80 % SoH', ko: '건전성 80 %까지 50년 이상' },
  'cli.years': { en: '{y} years', ko: '{y}년' },
  'cli.eol': { en: 'runtime {h} at 80 % SoH', ko: '건전성 80 %에서 운용 시간 {h}' },
  'cli.llm': {
    en: '{workload} on {device}: {runtime}, {format}; at most {max} tok/s ({eff} % of the bandwidth + {ms} ms per token)',
    ko: '{device}의 {workload}: {runtime}, {format}; 최대 {max} tok/s (대역폭의 {eff} % + 토큰당 {ms} ms)',
  },
  'cli.nominalBits': { en: '{bits}-bit nominal', ko: '명목 {bits}비트' },
  'cli.infeasible': {
    en: 'INFEASIBLE: this plan cannot run as written, so it has no runtime, charges or life to give:',
    ko: '실행 불가: 이 계획대로는 실행할 수 없으므로 운용 시간, 충전, 수명을 답할 수 없습니다:',
  },
  'cli.unknownHead': {
    en: 'UNKNOWN: a figure the answer depends on is missing, so the runtime, charges and life are not answers:',
    ko: '알 수 없음: 답이 기대는 수치가 없어 운용 시간, 충전, 수명은 답이 아닙니다:',
  },
  'cli.provisional': {
    en: 'PROVISIONAL: this answer rests on figures that are claimed, not measured:',
    ko: '잠정: 이 답은 측정값이 아니라 발표된 주장에 기댑니다:',
  },
  'cli.remarks': { en: 'Remarks', ko: '참고 사항' },
  'cli.atReserve': { en: '{n} at the reserve', ko: '예비 잔량에서 {n}회' },
  'cli.inCycle': { en: '{n} in the duty cycle', ko: '작업 주기 안에서 {n}회' },
  'cli.afterDay': { en: '{n} after the day', ko: '일과 후 {n}회' },
  'cli.chargesPerDay': { en: '{n} charges/day', ko: '하루 {n}회 충전' },
  'cli.mode.untilReserve': { en: 'until the reserve', ko: '예비 잔량까지' },
  'cli.mode.hours': { en: 'hours', ko: '시간 지정' },
  'cli.mode.count': { en: 'count', ko: '횟수 지정' },
  'cli.sustainable': {
    en: '{mode}: sustainable — the charge segments keep the pack above the reserve for good; each cycle ends at {end} SoC and dips to {min} (settled after {after})',
    ko: '{mode}: 지속 가능 — 충전 구간이 팩을 계속 예비 잔량 위로 유지합니다; 주기마다 충전 상태 {end}로 끝나고 최저 {min}까지 내려갑니다 ({after} 후 안정)',
  },
  'cli.notKeepUp': {
    en: '; the charge segments do not keep up: each cycle ends {drop} lower ({rate})',
    ko: '; 충전 구간이 따라가지 못합니다: 주기마다 {drop} 낮게 끝납니다 ({rate})',
  },
  'cli.keepUp': {
    en: '; the charge segments keep up: each cycle ends where it started',
    ko: '; 충전 구간이 따라갑니다: 주기마다 시작한 곳에서 끝납니다',
  },
  'cli.shiftDone': {
    en: '{mode}: {h}, completed, ends at {soc} SoC',
    ko: '{mode}: {h}, 완료, 충전 상태 {soc}로 끝남',
  },
  'cli.shiftStopped': {
    en: '{mode}: {h}, NOT completed, ends at {soc} SoC',
    ko: '{mode}: {h}, 완료 못 함, 충전 상태 {soc}로 끝남',
  },

  'cli.perDay': { en: '/day', ko: '/일' },
  'cli.days': { en: '{n} days', ko: '{n}일' },
  'cli.na.infeasible': { en: 'cannot run', ko: '실행 불가' },
  'cli.na.unknown': { en: '? unknown', ko: '? 알 수 없음' },
  'cli.na.none': { en: 'n/a', ko: '해당 없음' },
  'cli.feasibleWord': { en: 'feasible', ko: '실행 가능' },
  'cli.infeasibleWord': { en: 'INFEASIBLE', ko: '실행 불가' },
  'cli.unknownWord': { en: 'unknown', ko: '알 수 없음' },
  'cli.base': { en: 'Base', ko: '기준' },
  'cli.claimed': { en: ' (≈ claimed figures)', ko: ' (≈ 주장된 값)' },
  'cli.verdict': { en: 'Verdict', ko: '판정' },
  'cli.packForTarget': {
    en: 'Pack mass for the runtime target ({h} at EoL)',
    ko: '운용 목표(수명 말기 {h})에 필요한 팩 질량',
  },
  'cli.cell.cannotRun': { en: '— (cannot run)', ko: '— (실행 불가)' },
  'cli.cell.missing': { en: '? (figure missing)', ko: '? (수치 없음)' },
  'cli.compareLegend': {
    en: "Targets: ✓ met, ! within 10 %, ✗ missed, ? unknown. ▲ better than Base, ▼ worse; changes under {pct} % are within the model's resolution and unmarked.",
    ko: '목표: ✓ 충족, ! 10 % 이내, ✗ 미달, ? 알 수 없음. ▲ 기준보다 나음, ▼ 나쁨; {pct} % 미만의 변화는 모델의 분해능 안이라 표시하지 않습니다.',
  },
  'cli.flaggedHead': {
    en: 'Scenarios that cannot run as written (✗) or depend on a missing figure (?):',
    ko: '그대로는 실행할 수 없거나(✗) 없는 수치에 기대는(?) 시나리오:',
  },
  'cli.sensBlockedInfeasible': {
    en: '{output}: no answer — the plan cannot run as written, so there is nothing to be sensitive about:',
    ko: '{output}: 답 없음 — 이 계획대로는 실행할 수 없어 민감도를 볼 대상이 없습니다:',
  },
  'cli.sensBlockedUnknown': {
    en: '{output}: unknown — a figure it depends on is missing, so there is nothing to be sensitive about:',
    ko: '{output}: 알 수 없음 — 기대는 수치가 없어 민감도를 볼 대상이 없습니다:',
  },
  'cli.sensHead': {
    en: '{output}: {base} — each input −{d} % / +{d} %',
    ko: '{output}: {base} — 각 입력 −{d} % / +{d} %',
  },
  'cli.input': { en: 'input', ko: '입력' },
  'cli.swing': { en: 'swing', ko: '변동 폭' },

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

  // ---- fixes a remark offers (an Apply button in the app) ------------------------------------------------------
  'fix.parallel': { en: 'Use {series}S{parallel}P', ko: '{series}S{parallel}P로 바꾸기' },
  'fix.packEnergy': { en: 'Make the pack {energy}', ko: '팩을 {energy}로 키우기' },
  'fix.charger': { en: 'Use a {kw} charger', ko: '{kw} 충전기 쓰기' },
} as const satisfies Readonly<Record<string, { en: string; ko: string }>>;

export type PhraseId = keyof typeof PHRASES;
