/**
 * The app: the session first (sign-in screen when there is none), then the shell with the unit
 * switcher and the screen the location names. Screens are loaded on demand (React.lazy) so the
 * first load carries only the shell and the sign-in form.
 */
import { Suspense, useEffect } from 'react';
import { ErrorNotice } from './components/Notices';
import { Shell } from './components/Shell';
import { LoginScreen } from './screens/LoginScreen';
import { ScreenRouter } from './screens/ScreenRouter';
import { useT } from './lib/i18n';
import { navigate, useLocation } from './lib/router';
import { SessionProvider, useSessionLoader } from './lib/session';

export function App() {
  const t = useT();
  const { state, login, logout, refresh } = useSessionLoader();
  const location = useLocation();

  useEffect(() => {
    if (state.status === 'signed-in' && (location.path === '/' || location.path === '/dang-nhap')) {
      const first = state.units?.[0];
      // An approver of a province lands on the view of all its units.
      const province = state.units?.find(
        (u) => u.level === 'province' && (u.role === 'approver' || u.role === 'admin'),
      );
      if (province) navigate(`/u/${encodeURIComponent(province.code)}/province`, { replace: true });
      else if (first) navigate(`/u/${encodeURIComponent(first.code)}/dashboard`, { replace: true });
    }
  }, [state.status, state.units, location.path]);

  if (state.status === 'loading')
    return (
      <p className="page-loading" role="status">
        {t('loading')}
      </p>
    );
  if (state.status === 'error') return <ErrorNotice error={state.error} onRetry={() => void refresh()} />;
  if (state.status === 'signed-out' || !state.me || !state.units) return <LoginScreen onLogin={login} />;

  return (
    <SessionProvider me={state.me} units={state.units} logout={logout}>
      <Shell>
        <Suspense
          fallback={
            <p className="page-loading" role="status">
              {t('loading')}
            </p>
          }
        >
          <ScreenRouter />
        </Suspense>
      </Shell>
    </SessionProvider>
  );
}
