/** How a scenario's changes read (src/plan/scenario-words.ts). English and Korean; see src/text/phrases.ts. */
export const SCENARIO_PHRASES = {
  'scn.set': { en: '{field} {from} → {to}', ko: '{field} {from} → {to}' },
  'scn.setNew': { en: '{field} → {to}', ko: '{field} → {to}' },
  'scn.scale': { en: '{field} × {factor} ({from} → {to})', ko: '{field} × {factor} ({from} → {to})' },
  'scn.swapDevice': { en: '{device}: {from} → {to}', ko: '{device}: {from} → {to}' },
  'scn.swapCell': { en: 'Cells → {cell}', ko: '셀 → {cell}' },
  'scn.swapRobot': { en: 'Robot → {robot}', ko: '로봇 → {robot}' },
  'scn.addSegment': { en: 'New segment {n}: {segment}', ko: '새 구간 {n}: {segment}' },
  'scn.removeSegment': { en: 'Segment {n} removed ({segment})', ko: '구간 {n} 삭제 ({segment})' },
  'scn.workloadOnIn': { en: '{workload} on while {activity}', ko: '{activity} 중 {workload} 켬' },
  'scn.workloadOffIn': { en: '{workload} off while {activity}', ko: '{activity} 중 {workload} 끔' },
  'scn.workloadOnAll': { en: '{workload} on in every segment', ko: '모든 구간에서 {workload} 켬' },
  'scn.workloadOffAll': { en: '{workload} off in every segment', ko: '모든 구간에서 {workload} 끔' },
  'scn.none': { en: 'no changes (the base plan)', ko: '변경 없음 (기준 계획)' },
  'scn.device': { en: 'Device', ko: '장치' },
  'cli.scenariosHead': { en: 'Scenarios', ko: '시나리오' },
} as const;
