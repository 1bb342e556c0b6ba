import { useTranslation } from 'react-i18next';
import { actionLabelKey, shortcutText } from '../../shared/actions';
import { Modal } from '../app/Modal';
import { useUi } from '../state/uiStore';
import { ACTIONS } from './actions';

/** Every shortcut, generated from the action registry, so the sheet can never drift from the keys. */
export function ShortcutsSheet() {
  const { t } = useTranslation();
  const open = useUi((s) => s.shortcutsOpen);
  if (!open) return null;
  const close = () => useUi.getState().setShortcutsOpen(false);
  return (
    <Modal label={t('shortcuts.title')} onClose={close}>
      <h2>{t('shortcuts.title')}</h2>
      <table>
        <tbody>
          {ACTIONS.filter((a) => a.keys).map((a) => (
            <tr key={a.id}>
              <td>{t(actionLabelKey(a.id))}</td>
              <td>
                <kbd>{shortcutText(a.id)}</kbd>
              </td>
            </tr>
          ))}
          <tr>
            <td>{t('shortcuts.select')}</td>
            <td>
              <kbd>{t('shortcuts.selectKeys')}</kbd>
            </td>
          </tr>
          <tr>
            <td>{t('shortcuts.move')}</td>
            <td>
              <kbd>{t('shortcuts.moveKeys')}</kbd> {t('shortcuts.further')}
            </td>
          </tr>
          <tr>
            <td>{t('shortcuts.addSelect')}</td>
            <td>
              <kbd>{t('shortcuts.shiftClick')}</kbd> / <kbd>{t('shortcuts.shiftDrag')}</kbd>
            </td>
          </tr>
        </tbody>
      </table>
      <button type="button" autoFocus onClick={close}>
        {t('shortcuts.close')}
      </button>
    </Modal>
  );
}
