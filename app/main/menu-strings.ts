/** Menu and dialog strings of the main process, in English and Korean. */

export type MenuLanguage = 'en' | 'ko';

const en = {
  file: '&File',
  new: 'New',
  open: 'Open…',
  openRecent: 'Open Recent',
  noRecent: 'No Recent Files',
  clearRecent: 'Clear Recent',
  save: 'Save',
  saveAs: 'Save As…',
  exportPdf: 'Export PDF…',
  exportCsv: 'Export CSV…',
  closeWindow: 'Close Window',
  quit: 'Quit',
  quitApp: 'Quit PowerPlan',
  edit: '&Edit',
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  selectAll: 'Select All',
  view: '&View',
  viewPlan: 'Plan',
  viewCompare: 'Compare',
  viewSensitivity: 'Sensitivity',
  viewSweep: 'Sweep',
  viewSizing: 'Sizing',
  toggleLanguage: '한국어로 보기 (Korean)',
  reload: 'Reload',
  toggleDevTools: 'Toggle Developer Tools',
  resetZoom: 'Actual Size',
  zoomIn: 'Zoom In',
  zoomOut: 'Zoom Out',
  toggleFullScreen: 'Toggle Full Screen',
  window: '&Window',
  help: '&Help',
  about: 'About PowerPlan',
  documentation: 'Documentation',
  services: 'Services',
  hide: 'Hide PowerPlan',
  hideOthers: 'Hide Others',
  unhide: 'Show All',
  untitled: 'Untitled',
  unsavedMessage: 'Do you want to save the changes you made to “{name}”?',
  unsavedDetail: 'Your changes will be lost if you don’t save them.',
  dontSave: 'Don’t Save',
  cancel: 'Cancel',
  openFailed: 'PowerPlan could not open this file',
  exportPdfTitle: 'Export PDF',
} as const;

export type MenuStringKey = keyof typeof en;
export type Translate = (key: MenuStringKey) => string;

const ko: Record<MenuStringKey, string> = {
  file: '파일(&F)',
  new: '새로 만들기',
  open: '열기…',
  openRecent: '최근 파일 열기',
  noRecent: '최근 파일 없음',
  clearRecent: '최근 목록 지우기',
  save: '저장',
  saveAs: '다른 이름으로 저장…',
  exportPdf: 'PDF로 내보내기…',
  exportCsv: 'CSV로 내보내기…',
  closeWindow: '창 닫기',
  quit: '종료',
  quitApp: 'PowerPlan 종료',
  edit: '편집(&E)',
  undo: '실행 취소',
  redo: '다시 실행',
  cut: '잘라내기',
  copy: '복사',
  paste: '붙여넣기',
  selectAll: '모두 선택',
  view: '보기(&V)',
  viewPlan: '계획',
  viewCompare: '비교',
  viewSensitivity: '민감도',
  viewSweep: '스윕',
  viewSizing: '용량 산정',
  toggleLanguage: 'View in English (영어)',
  reload: '새로 고침',
  toggleDevTools: '개발자 도구',
  resetZoom: '실제 크기',
  zoomIn: '확대',
  zoomOut: '축소',
  toggleFullScreen: '전체 화면',
  window: '창(&W)',
  help: '도움말(&H)',
  about: 'PowerPlan 정보',
  documentation: '문서',
  services: '서비스',
  hide: 'PowerPlan 숨기기',
  hideOthers: '기타 숨기기',
  unhide: '모두 보기',
  untitled: '제목 없음',
  unsavedMessage: '“{name}”의 변경 내용을 저장하시겠습니까?',
  unsavedDetail: '저장하지 않으면 변경 내용이 사라집니다.',
  dontSave: '저장 안 함',
  cancel: '취소',
  openFailed: 'PowerPlan이 이 파일을 열 수 없습니다',
  exportPdfTitle: 'PDF로 내보내기',
};

export const MENU_STRINGS: Record<MenuLanguage, Record<MenuStringKey, string>> = { en, ko };

export function translator(lang: MenuLanguage): Translate {
  const table = MENU_STRINGS[lang];
  return (key) => table[key] ?? en[key];
}

/** The menu language from the OS's preferred languages (Korean if it comes before English). */
export function pickLanguage(preferred: readonly string[]): MenuLanguage {
  for (const tag of preferred) {
    const l = tag.toLowerCase();
    if (l.startsWith('ko')) return 'ko';
    if (l.startsWith('en')) return 'en';
  }
  return 'en';
}
