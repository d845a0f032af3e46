import type { SimulationResult } from '../../src/sim/simulate';
import { useI18n } from '../i18n';

/**
 * What the marks on the result cards mean (✓ met, ! missed by under 10 %, ✗ missed, ? unknown), said where
 * the marks first appear: under the cards of a plan that sets targets.
 */
export function StatusLegend({ result }: { result: SimulationResult }) {
  const { t } = useI18n();
  if (result.targetStatus.length === 0) return null;
  return (
    <p className="status-legend muted small" data-testid="status-legend">
      {t('status.legend')}
    </p>
  );
}
