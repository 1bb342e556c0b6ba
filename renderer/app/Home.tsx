import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, LANGUAGE_NAMES, isLanguage, type Language } from '../../shared/i18n/languages';
import type { LibraryListing, TemplateId } from '../../shared/ipc';
import type { Project } from '../../shared/model';
import { TEMPLATES } from '../../shared/templates';
import { api } from '../api';
import { useLanguage } from '../i18n';
import { useDocument } from '../state/documentStore';
import { ask, clearProblems, notify } from '../state/notify';
import { useUi } from '../state/uiStore';
import { ToolbarButton } from '../editor/ToolbarButton';
import { BackupsDialog } from './backups';
import { RecentFiles } from './files';
import { formatWhen } from './when';

/** The project whose backups are listed; `quarantined` when its file could not be read. */
interface BackupsTarget {
  id: string;
  name: string;
  quarantined: boolean;
  hasRecovery: boolean;
}

export function Home({ onOpen }: { onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [listing, setListing] = useState<LibraryListing | null>(null);
  // File > New project, Ctrl+N and the button here all open the form (the registry's `new-project`).
  const creating = useUi((s) => s.newProjectOpen);
  const setCreating = (open: boolean) => useUi.getState().setNewProjectOpen(open);
  const [backupsOf, setBackupsOf] = useState<BackupsTarget | null>(null);

  const refresh = useCallback(async () => {
    const result = await api().listProjects();
    if (result.ok) setListing(result.value);
    else notify('library-failed', { detail: result.error });
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  async function create(name: string, template: TemplateId, language: Language) {
    clearProblems('app');
    const result = await api().createProject({ name, template, language });
    if (!result.ok) {
      notify('library-failed', { detail: result.error });
      return;
    }
    setCreating(false);
    useDocument.getState().open(result.value);
  }

  async function remove(id: string, name: string) {
    if (!(await ask('delete-project', { name }))) return;
    const result = await api().deleteProject({ id });
    if (!result.ok) notify('library-failed', { detail: result.error });
    await refresh();
  }

  // A restored backup is the project now: it opens, as any project chosen here does.
  function restored(project: Project, when: string) {
    setBackupsOf(null);
    useDocument.getState().open(project);
    notify('backup-restored', { name: project.name, when });
  }

  return (
    <main className="home">
      <header className="home-header">
        <h1>{t('app.name')}</h1>
        <span className="home-actions">
          <ToolbarButton id="open-file" /> <ToolbarButton id="import-mermaid" />{' '}
          <ToolbarButton id="new-project" primary />
        </span>
      </header>
      {creating && <NewProjectForm onCreate={create} onCancel={() => setCreating(false)} />}
      {listing && listing.problems.length > 0 && (
        <section role="alert" aria-label={t('home.problemsTitle')} className="problems">
          <h2>{t('home.problemsTitle')}</h2>
          <ul>
            {listing.problems.map((p) => (
              <li key={p.id + (p.quarantinedTo ?? '')}>
                {t('home.problem', { name: p.name, reason: p.reason })}{' '}
                {p.quarantinedTo && <span className="muted">{t('home.quarantined', { path: p.quarantinedTo })}</span>}{' '}
                {p.hasBackup && (
                  <button
                    type="button"
                    aria-label={t('home.restoreBackupOf', { name: p.name })}
                    onClick={() => setBackupsOf({ id: p.id, name: p.name, quarantined: true, hasRecovery: false })}
                  >
                    {t('home.restoreBackup')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-label={t('home.title')}>
        <h2>{t('home.title')}</h2>
        {listing && listing.projects.length === 0 && <p className="muted">{t('home.empty')}</p>}
        <ul className="project-list">
          {listing?.projects.map((p) => (
            <li key={p.id} className="project-card">
              <button
                type="button"
                className="project-open"
                onClick={() => onOpen(p.id)}
                aria-label={t('home.open', { name: p.name })}
              >
                <strong>{p.name}</strong>
                <span className="muted">
                  {t('home.summary', { when: formatWhen(lang, p.updatedAt), count: p.stepCount })}
                </span>
                {p.hasRecovery && <span className="recovery-badge">{t('home.recovery')}</span>}
              </button>
              <button
                type="button"
                aria-label={t('home.backupsOf', { name: p.name })}
                onClick={() =>
                  setBackupsOf({ id: p.id, name: p.name, quarantined: false, hasRecovery: Boolean(p.hasRecovery) })
                }
              >
                {t('home.backups')}
              </button>
              <button
                type="button"
                aria-label={t('home.deleteProject', { name: p.name })}
                onClick={() => void remove(p.id, p.name)}
              >
                {t('home.delete')}
              </button>
            </li>
          ))}
        </ul>
      </section>
      <RecentFiles />
      {backupsOf && (
        <BackupsDialog
          projectId={backupsOf.id}
          projectName={backupsOf.name}
          quarantined={backupsOf.quarantined}
          hasRecovery={backupsOf.hasRecovery}
          onClose={() => setBackupsOf(null)}
          onRestored={restored}
        />
      )}
    </main>
  );
}

function NewProjectForm({
  onCreate,
  onCancel,
}: {
  onCreate: (name: string, template: TemplateId, language: Language) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [template, setTemplate] = useState<TemplateId>('supermarket');
  // The template's text comes in the UI language unless the user picks another.
  const [language, setLanguage] = useState<Language>(useLanguage());
  const chosen = TEMPLATES.find((x) => x.id === template);
  // Named in the template's language, like the content it brings.
  const chosenName = chosen ? t(chosen.nameKey, { lng: language }) : undefined;
  return (
    <form
      className="new-project"
      aria-label={t('home.newProject')}
      onSubmit={(e) => {
        e.preventDefault();
        onCreate(name.trim() || chosenName || t('home.untitled'), template, language);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      <label>
        {t('home.projectName')}
        <input autoFocus value={name} onChange={(e) => setName(e.target.value)} placeholder={chosenName} />
      </label>
      <fieldset>
        <legend>{t('home.template')}</legend>
        {TEMPLATES.map((tpl) => (
          <label key={tpl.id} className="template-choice">
            <input
              type="radio"
              name="template"
              value={tpl.id}
              checked={template === tpl.id}
              onChange={() => setTemplate(tpl.id)}
            />
            <span>
              <strong>{t(tpl.nameKey)}</strong> <span className="muted">{t(tpl.descriptionKey)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <label>
        {t('templates.languageLabel')}
        <select value={language} onChange={(e) => isLanguage(e.target.value) && setLanguage(e.target.value)}>
          {LANGUAGES.map((lang) => (
            <option key={lang} value={lang} lang={lang}>
              {LANGUAGE_NAMES[lang]}
            </option>
          ))}
        </select>
      </label>
      <div className="form-actions">
        <button type="submit" className="primary">
          {t('home.create')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('home.cancel')}
        </button>
      </div>
    </form>
  );
}
