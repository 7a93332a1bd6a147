import { useEffect, useRef } from 'react';
import { useI18n } from '../../lib/i18n';
import { FxRatesEditor } from './FxRatesEditor';

/**
 * The exchange-rate form in a modal dialog, opened from the missing-rates banner so the
 * Portfolio shows its dashboard first. Closes on Escape or the close button; saving the rates
 * refreshes the screen (data:changed), and the banner goes once nothing is missing.
 */
export function FxRatesDialog({ onClose }: { onClose(): void }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className="pf-fx-dialog"
      aria-labelledby="pf-fx-dialog-title"
      data-testid="fx-dialog"
      onClose={onClose}
    >
      <h2 id="pf-fx-dialog-title">{t('portfolio.fx.title')}</h2>
      <FxRatesEditor compact onSaved={onClose} />
      <div className="pf-fx-dialog-actions">
        <button onClick={onClose}>{t('common.close')}</button>
      </div>
    </dialog>
  );
}
