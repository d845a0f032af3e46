import type { PlanError } from '../../src/plan/load';
import { describePath } from '../../src/plan/describe-path';
import type { Banner } from '../hooks/useDocumentActions';
import { useI18n } from '../i18n';
import type { PlanDoc } from '../state/store';

/** The message under the toolbar (a file that failed to open or save, a notice): dismissable. */
export function MessageBanner({ banner, onDismiss }: { banner: Banner | null; onDismiss(): void }) {
  const { t } = useI18n();
  if (!banner) return null;
  return (
    <div className={`banner banner-${banner.kind}`} role="alert" data-testid="banner">
      <div>
        {banner.text}
        {banner.details && (
          <ul>
            {banner.details.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>
        )}
      </div>
      {banner.action && (
        <button type="button" onClick={banner.action.run} data-testid="banner-action">
          {banner.action.label}
        </button>
      )}
      <button type="button" onClick={onDismiss}>
        {t('action.dismiss')}
      </button>
    </div>
  );
}

/** While the plan has problems: how many, and the first five, each named by its field in words. */
export function PlanErrorsBanner({ errors, doc }: { errors: PlanError[]; doc: PlanDoc }) {
  const { t, lang } = useI18n();
  if (errors.length === 0) return null;
  return (
    <div className="banner banner-error" role="status" data-testid="plan-errors">
      {errors.length === 1 ? t('results.invalidOne') : t('results.invalid', { count: errors.length })}
      <ul>
        {errors.slice(0, 5).map((e) => (
          <li key={e.path + e.message} title={e.path}>
            <strong>{describePath(doc, e.path, lang)}</strong>: {e.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
