import { useCallback, useState } from 'react';
import { seriesToCsv } from '../../src/report/csv';
import type { PdfChoices } from '../components/ExportPdfDialog';
import type { Platform } from '../platform/types';
import type { Derived } from '../state/results';
import { suggestedFileName, type Banner } from './useDocumentActions';

/**
 * Exports of the document: the time series as CSV, any analysis table as CSV, and the PDF report (which asks
 * first: paper, language, and whether to include the comparison and the sensitivity study).
 */
export function useExports({
  platform,
  derived,
  name,
  setBanner,
}: {
  platform: Platform;
  derived: Derived;
  /** The document's name, for the suggested file names. */
  name: string;
  setBanner(b: Banner | null): void;
}) {
  const exportCsv = useCallback(async () => {
    if (!derived.result) return;
    await platform.exportCsv(seriesToCsv(derived.result.series), suggestedFileName(name, '.csv'));
  }, [derived.result, platform, name]);

  const exportTable = useCallback(
    (csv: string, what: string) => void platform.exportCsv(csv, suggestedFileName(`${name} ${what}`, '.csv')),
    [platform, name],
  );

  const [pdfDialog, setPdfDialog] = useState(false);
  const exportPdf = useCallback(async () => {
    if (derived.plan) setPdfDialog(true);
  }, [derived.plan]);
  const runPdfExport = useCallback(
    async (c: PdfChoices) => {
      setPdfDialog(false);
      if (!derived.plan) return;
      const r = await platform.exportPdf(
        JSON.stringify(derived.plan),
        suggestedFileName(name, '.pdf'),
        c.paper,
        c.lang,
        c.contents,
      );
      if (!r.ok && 'error' in r) setBanner({ kind: 'error', text: r.error });
    },
    [derived.plan, platform, name, setBanner],
  );

  return { exportCsv, exportTable, pdfDialog, setPdfDialog, exportPdf, runPdfExport };
}
