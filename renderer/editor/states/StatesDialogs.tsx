import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../../app/Modal';
import { useDocument } from '../../state/documentStore';
import { CompareView } from './CompareView';
import { duplicateState, removeActiveState, renameState, statesOf, useStatesUi } from './statesStore';
import './states.css';

/** Duplicate (a name for the copy) or rename (a new name for the state being edited). */
function NameDialog({ mode }: { mode: 'duplicate' | 'rename' }) {
  const { t } = useTranslation();
  const project = useDocument((s) => s.project);
  const active = project ? statesOf(project).find((s) => s.active) : undefined;
  const [name, setName] = useState(() => (mode === 'rename' ? (active?.name ?? '') : t('states.copyName')));
  const close = useStatesUi.getState().close;
  const title = t(mode === 'duplicate' ? 'states.dialog.duplicateTitle' : 'states.dialog.renameTitle');
  const valid = name.trim().length > 0;

  function submit(e: React.FormEvent) {
    e.preventDefault();
    if (!valid) return;
    if ((mode === 'duplicate' ? duplicateState : renameState)(name)) close();
  }

  return (
    <Modal label={title} onClose={close} className="states-dialog">
      <form onSubmit={submit}>
        <h2>{title}</h2>
        {mode === 'duplicate' && <p className="hint">{t('states.dialog.duplicateHint')}</p>}
        <p>
          <label>
            {t('states.dialog.name')}{' '}
            <input autoFocus value={name} maxLength={500} onChange={(e) => setName(e.target.value)} />
          </label>
        </p>
        <div className="dialog-actions">
          <button type="button" onClick={close}>
            {t('states.dialog.cancel')}
          </button>
          <button type="submit" className="primary" disabled={!valid}>
            {t(mode === 'duplicate' ? 'states.dialog.duplicate' : 'states.dialog.rename')}
          </button>
        </div>
      </form>
    </Modal>
  );
}

/** Asks first: deleting a state takes its stages, steps and flows (Undo brings them back). */
function DeleteDialog() {
  const { t } = useTranslation();
  const project = useDocument((s) => s.project);
  const active = project ? statesOf(project).find((s) => s.active) : undefined;
  const close = useStatesUi.getState().close;
  const title = t('states.dialog.deleteTitle');
  return (
    <Modal label={title} onClose={close} className="states-dialog">
      <h2>{title}</h2>
      <p>{t('states.dialog.deleteQuestion', { name: active?.name ?? '' })}</p>
      <div className="dialog-actions">
        <button type="button" autoFocus onClick={close}>
          {t('states.dialog.cancel')}
        </button>
        <button
          type="button"
          className="primary danger"
          onClick={() => {
            removeActiveState();
            close();
          }}
        >
          {t('states.dialog.delete')}
        </button>
      </div>
    </Modal>
  );
}

/** Whichever journey-state dialog is open. */
export function StatesDialogs() {
  const dialog = useStatesUi((s) => s.dialog);
  if (dialog === 'duplicate' || dialog === 'rename') return <NameDialog key={dialog} mode={dialog} />;
  if (dialog === 'delete') return <DeleteDialog />;
  if (dialog === 'compare') return <CompareView />;
  return null;
}
