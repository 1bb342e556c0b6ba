import { z } from 'zod';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './styles.css';
import './i18n';
import { App } from './app/App';
import { loadLanguage } from './app/settings/language';
import { installTheme, loadTheme } from './look/theme';

// The CSP has no 'unsafe-eval': zod must not compile validators with new Function.
z.config({ jitless: true });

const root = document.getElementById('root');
// i18n-ignore: a broken build's developer message, before any UI exists
if (!root) throw new Error('Touchmap: #root element missing from index.html');
installTheme();
// The UI language and theme first, so the first screen is already in them.
void Promise.all([loadLanguage(), loadTheme()]).finally(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
