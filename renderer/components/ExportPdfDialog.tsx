import { useEffect, useRef, useState } from 'react';
import type { ReportContents } from '../../src/report/contents';
import type { Scenario } from '../../src/analysis/scenarios';
import { useI18n, type Lang } from '../i18n';

export interface PdfChoices {
  paper: 'a4' | 'letter';
  lang: Lang;
  contents: ReportContents;
}

/**
 * Before a PDF export: the paper size, the report's language (the UI's by default) and what to include
 * besides the plan — the sensitivity study; the plan's own scenarios (set up in Compare) are always in it, and
 * a comparison of other scenarios (`scenarios`) when there is one.
 * A modal dialog: Escape or Cancel closes it without exporting.
 */
export function ExportPdfDialog({
  scenarios,
  planScenarios = 0,
  onExport,
  onClose,
}: {
  scenarios: readonly Scenario[];
  /** How many scenarios the plan keeps (the report compares them with the base). */
  planScenarios?: number;
  onExport: (choices: PdfChoices) => void;
  onClose: () => void;
}) {
  const { t, lang } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const [paper, setPaper] = useState<'a4' | 'letter'>(
    typeof navigator !== 'undefined' && /^en-(US|CA)$/.test(navigator.language) ? 'letter' : 'a4',
  );
  const [reportLang, setReportLang] = useState<Lang>(lang);
  const [withComparison, setWithComparison] = useState(scenarios.length > 0);
  const [withSensitivity, setWithSensitivity] = useState(false);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal?.();
  }, []);
  return (
    <dialog
      ref={ref}
      className="export-dialog"
      data-testid="export-pdf-dialog"
      aria-labelledby="export-pdf-title"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          onExport({
            paper,
            lang: reportLang,
            contents: {
              ...(withComparison && scenarios.length > 0 ? { scenarios: [...scenarios] } : {}),
              ...(withSensitivity ? { sensitivity: true } : {}),
            },
          });
        }}
      >
        <h2 id="export-pdf-title">{t('pdf.title')}</h2>
        <div className="row">
          <label className="field">
            {t('pdf.paper')}
            <select
              value={paper}
              onChange={(e) => setPaper(e.target.value as 'a4' | 'letter')}
              data-testid="pdf-paper"
            >
              <option value="a4">A4</option>
              <option value="letter">US Letter</option>
            </select>
          </label>
          <label className="field">
            {t('pdf.language')}
            <select
              value={reportLang}
              onChange={(e) => setReportLang(e.target.value as Lang)}
              data-testid="pdf-lang"
            >
              <option value="en">English</option>
              <option value="ko">한국어</option>
            </select>
          </label>
        </div>
        {planScenarios > 0 && (
          <p className="muted" data-testid="pdf-plan-scenarios">
            {t('pdf.planScenarios', { n: planScenarios })}
          </p>
        )}
        {(scenarios.length > 0 || planScenarios === 0) && (
          <label className="check">
            <input
              type="checkbox"
              checked={withComparison && scenarios.length > 0}
              disabled={scenarios.length === 0}
              onChange={(e) => setWithComparison(e.target.checked)}
              data-testid="pdf-comparison"
            />{' '}
            {scenarios.length > 0
              ? t('pdf.includeComparison', { n: scenarios.length })
              : t('pdf.noComparison')}
          </label>
        )}
        <label className="check">
          <input
            type="checkbox"
            checked={withSensitivity}
            onChange={(e) => setWithSensitivity(e.target.checked)}
            data-testid="pdf-sensitivity"
          />{' '}
          {t('pdf.includeSensitivity')}
        </label>
        <div className="row dialog-actions">
          <button type="button" onClick={onClose}>
            {t('pdf.cancel')}
          </button>
          <button type="submit" className="primary" data-testid="pdf-export">
            {t('pdf.export')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
