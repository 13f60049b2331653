/** Sign-in form; the server's message appears under the form when it refuses. */
import { useState, type FormEvent } from 'react';
import { errorMessage } from '../components/Notices';
import { LANGS, LANGUAGE_NAMES, setLang, useLang, useT } from '../lib/i18n';
import { usePageTitle } from '../lib/page-title';

export function LoginScreen({ onLogin }: { onLogin: (username: string, password: string) => Promise<void> }) {
  const t = useT();
  usePageTitle(t('signIn'));
  const lang = useLang();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onLogin(username.trim(), password);
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="login-page" id="main">
      <form
        className="login-card"
        onSubmit={(event) => void submit(event)}
        aria-describedby={error ? 'login-error' : undefined}
      >
        <div className="brand brand-large">
          <span className="brand-mark" aria-hidden="true">
            ✓
          </span>
          <span>
            <strong>{t('appName')}</strong>
            <small>{t('tagline')}</small>
          </span>
        </div>
        <h1>{t('signIn')}</h1>
        <label>
          {t('username')}
          <input
            name="username"
            autoComplete="username"
            required
            value={username}
            onChange={(e) => setUsername(e.target.value)}
            autoFocus
          />
        </label>
        <label>
          {t('password')}
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        {error && (
          <p id="login-error" className="field-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="button-primary" disabled={busy}>
          {busy ? t('signingIn') : t('signIn')}
        </button>
        <label className="lang-switch">
          {t('language')}
          <select value={lang} onChange={(event) => setLang(event.target.value === 'en' ? 'en' : 'vi')}>
            {LANGS.map((code) => (
              <option key={code} value={code}>
                {LANGUAGE_NAMES[code]}
              </option>
            ))}
          </select>
        </label>
      </form>
    </main>
  );
}
