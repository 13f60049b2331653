/** The frame of every signed-in screen: header with unit switcher, language, user, sign out. */
import type { ReactNode } from 'react';
import { LANGS, LANGUAGE_NAMES, setLang, useLang, useT } from '../lib/i18n';
import { navigate, useLocation } from '../lib/router';
import { useSession } from '../lib/session';
import { UnitSwitcher } from './UnitSwitcher';

export function Shell({ children }: { children: ReactNode }) {
  const t = useT();
  const lang = useLang();
  const { me, logout } = useSession();
  const { segments } = useLocation();
  const unitCode = segments[0] === 'u' ? segments[1] : undefined;
  const screen = segments[0] === 'u' ? (segments[2] ?? 'dashboard') : 'dashboard';

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="app-header">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            ✓
          </span>
          <span>
            <strong>{t('appName')}</strong>
            <small>{t('tagline')}</small>
          </span>
        </div>
        <UnitSwitcher
          value={unitCode}
          onChange={(code) => navigate(`/u/${encodeURIComponent(code)}/${screen}`)}
        />
        <div className="header-tools">
          <a
            href="/viec-cua-toi"
            className="button-quiet"
            data-testid="nav-my-tasks"
            aria-current={segments[0] === 'viec-cua-toi' ? 'page' : undefined}
            onClick={(event) => {
              event.preventDefault();
              navigate('/viec-cua-toi');
            }}
          >
            {t('navMyTasks')}
          </a>
          <label className="lang-switch">
            <span className="visually-hidden">{t('language')}</span>
            <select value={lang} onChange={(event) => setLang(event.target.value === 'en' ? 'en' : 'vi')}>
              {LANGS.map((code) => (
                <option key={code} value={code}>
                  {LANGUAGE_NAMES[code]}
                </option>
              ))}
            </select>
          </label>
          <span className="user-name" data-testid="user-name">
            {me.user.displayName || me.user.username}
          </span>
          <button
            type="button"
            className="button-quiet"
            onClick={() => void logout().then(() => navigate('/dang-nhap'))}
          >
            {t('signOut')}
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
