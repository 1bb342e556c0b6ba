import { useTranslation } from 'react-i18next';
import { noticeText, questionText, useNotify, type Notice } from '../state/notify';
import { Modal } from './Modal';

function Problem({ notice }: { notice: Notice }) {
  const { t } = useTranslation();
  return (
    <div
      role="alert"
      aria-label={notice.area === 'file' ? t('notify.fileProblem') : t('notify.problem')}
      className="error notice"
    >
      <span>{noticeText(t, notice)}</span>{' '}
      <button type="button" onClick={() => useNotify.getState().dismiss(notice.id)}>
        {t('notify.dismiss')}
      </button>
    </div>
  );
}

/**
 * Everything the app tells the user (renderer/state/notify.ts), in one place on
 * every screen: problems until dismissed, passing news as a toast, and the
 * question waiting for an answer.
 */
export function Notices() {
  const { t } = useTranslation();
  const notices = useNotify((s) => s.notices);
  const question = useNotify((s) => s.question);
  const news = notices.filter((n) => n.level === 'news').at(-1);
  return (
    <>
      {notices
        .filter((n) => n.level === 'problem')
        .map((n) => (
          <Problem key={n.id} notice={n} />
        ))}
      {news && (
        <div
          key={news.id}
          className="toast"
          role="status"
          aria-live="polite"
          onAnimationEnd={() => useNotify.getState().dismiss(news.id)}
        >
          {noticeText(t, news)}
        </div>
      )}
      {question && (
        <Modal label={questionText(t, question)} onClose={() => question.answer(false)}>
          <p className="question">{questionText(t, question)}</p>
          <div className="form-actions">
            <button type="button" className="primary" autoFocus onClick={() => question.answer(true)}>
              {t('ask.yes')}
            </button>
            <button type="button" onClick={() => question.answer(false)}>
              {t('ask.no')}
            </button>
          </div>
        </Modal>
      )}
    </>
  );
}
