import { useTranslation } from 'react-i18next';
import { useDocument } from '../state/documentStore';

/**
 * Whether the document is on disk. A status role takes its name from the author, not from its
 * text, so the name states the status ("Saved", "Saving…", "Unsaved changes", "Save failed:
 * <reason>"); the polite live region announces each change of the text.
 */
export function SaveStatus() {
  const { t } = useTranslation();
  const status = useDocument((s) => s.saveStatus);
  const error = useDocument((s) => s.saveError);
  const text = status === 'failed' && error ? t('editor.failedWith', { error }) : t(`editor.${status}`);
  return (
    <span
      className={`save-status save-${status}`}
      role="status"
      aria-live="polite"
      aria-label={text}
      title={error ?? undefined}
    >
      {text}
    </span>
  );
}
