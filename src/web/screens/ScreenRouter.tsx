/**
 * Maps the location to a screen: `/u/:unit/:screen?r=:resolution`. Units outside the user's
 * tree are refused here (and by the server); each screen is its own chunk.
 */
import { lazy } from 'react';
import { EmptyState } from '../components/Notices';
import { Link } from '../components/Link';
import { useT } from '../lib/i18n';
import { useLocation } from '../lib/router';
import { useSession } from '../lib/session';
import { UnitWorkspace } from './UnitWorkspace';

export const SCREENS = ['dashboard', 'entry', 'review', 'compare', 'setup'] as const;
export type ScreenName = (typeof SCREENS)[number];

export const screenComponents = {
  dashboard: lazy(() => import('./dashboard/DashboardScreen')),
  entry: lazy(() => import('./entry/EntryScreen')),
  review: lazy(() => import('./review/ReviewScreen')),
  compare: lazy(() => import('./compare/CompareScreen')),
  setup: lazy(() => import('./setup/SetupScreen')),
};

export function isScreen(name: string | undefined): name is ScreenName {
  return (SCREENS as readonly string[]).includes(name ?? '');
}

export function ScreenRouter() {
  const t = useT();
  const { segments } = useLocation();
  const { units } = useSession();
  const [head, code, screen = 'dashboard'] = segments;
  if (head !== 'u' || !code || !isScreen(screen)) {
    const first = units[0];
    return (
      <EmptyState action={first && <Link to={`/u/${first.code}/dashboard`}>{t('goHome')}</Link>}>
        {t('notFound')}
      </EmptyState>
    );
  }
  const unit = units.find((u) => u.code === code);
  if (!unit) {
    const first = units[0];
    return (
      <div role="alert" data-testid="forbidden">
        <EmptyState action={first && <Link to={`/u/${first.code}/dashboard`}>{t('goHome')}</Link>}>
          {t('forbiddenUnit')}
        </EmptyState>
      </div>
    );
  }
  return <UnitWorkspace key={unit.code} unit={unit} screen={screen} />;
}
