import { useI18n } from '../../../i18n';
import type { ScenarioControls, ScenarioNotice } from './controls';

/** The message after a scenario edit: Undo while that edit is the last step, and Dismiss. */
export function NoticeBar({
  notice,
  controls,
  onClose,
}: {
  notice: ScenarioNotice;
  controls: ScenarioControls;
  /** The notice is done with (undone or dismissed). */
  onClose(): void;
}) {
  const { t } = useI18n();
  return (
    <div className="scenario-notice" role="status" data-testid="scenario-notice">
      <span>{notice.text}</span>
      {notice.undoLabel && notice.undoLabel === controls.undoLabel && (
        <button
          type="button"
          onClick={() => {
            controls.undo();
            onClose();
          }}
          data-testid="scenario-notice-undo"
        >
          {t('scn.undo')}
        </button>
      )}
      <button
        type="button"
        className="icon"
        onClick={onClose}
        aria-label={t('action.dismiss')}
        title={t('action.dismiss')}
        data-testid="scenario-notice-dismiss"
      >
        ×
      </button>
    </div>
  );
}
