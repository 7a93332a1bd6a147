import { useEffect } from 'react';
import type { MessageKey } from '../../../../shared/i18n';
import type { EditAction } from '../../../../shared/ipc/contract';
import { useI18n } from '../../lib/i18n';
import { onEvent } from '../../lib/ipc';
import { useApp } from '../../stores/app';
import type { UndoToast as Toast } from './undo-store';
import { UNDOABLE_KINDS, useUndo } from './undo-store';
import './undo.css';

/** Long enough to read the line and reach the button; a refusal only needs reading. */
const OFFER_MS = 8000;
const NOTICE_MS = 5000;

const actionKey = (action: EditAction) => `undo.action.${action}` as MessageKey;

/**
 * "Note added — Undo" after each change to a note, task, goal or narrative, and what an undo
 * (the button or Ctrl/Cmd+Z) did. Listens to main's data:changed, so no screen has to call it.
 */
export function UndoToast() {
  const { t } = useI18n();
  const { toast, sync, undo, dismiss } = useUndo();
  const workspace = useApp((s) => s.workspace);

  useEffect(() => {
    void sync(false);
    return onEvent('data:changed', ({ kinds }) => {
      void sync(kinds.some((k) => UNDOABLE_KINDS.has(k)));
    });
  }, [sync, workspace?.path]);

  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(dismiss, toast.kind === 'offer' ? OFFER_MS : NOTICE_MS);
    return () => clearTimeout(timer);
  }, [toast, dismiss]);

  const text = (shown: Toast): string => {
    if (shown.kind === 'offer') return t(actionKey(shown.entry.action));
    if (shown.kind === 'undone')
      return t('undo.done', { action: t(actionKey(shown.entry.action)) });
    if (shown.kind === 'failed') return t('undo.failed', { message: shown.message });
    if (shown.reason === 'stale') return t('undo.stale', { label: shown.label });
    return t(shown.reason === 'moved' ? 'undo.moved' : 'undo.nothing');
  };

  return (
    <div className="undo-toast-host" role="status" aria-label={t('undo.region')}>
      {toast && (
        <div className={`undo-toast ${toast.kind}`} data-testid="undo-toast">
          <span className="undo-text">{text(toast)}</span>
          {toast.kind === 'offer' && toast.entry.label && (
            <span className="undo-label" title={toast.entry.label}>
              {toast.entry.label}
            </span>
          )}
          {toast.kind === 'offer' && (
            <button
              className="primary"
              aria-keyshortcuts="Control+Z Meta+Z"
              onClick={() => void undo(toast.entry.id)}
            >
              {t('undo.button')}
            </button>
          )}
          <button className="undo-close" aria-label={t('common.close')} onClick={dismiss}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
