/**
 * Maps the location to a screen: `/u/:unit/:screen?r=:resolution`. Units outside the user's
 * tree are refused here (and by the server); each screen is its own chunk.
 */
import { lazy, type ComponentType } from 'react';
import { EmptyState } from '../components/Notices';
import { Link } from '../components/Link';
import { useT } from '../lib/i18n';
import { useLocation } from '../lib/router';
import { useSession } from '../lib/session';
import { UnitWorkspace, type WorkspaceProps } from './UnitWorkspace';

export const SCREENS = ['dashboard', 'entry', 'review', 'compare', 'setup', 'province', 'tasks'] as const;
export type ScreenName = (typeof SCREENS)[number];

type ScreenModule = { default: ComponentType<WorkspaceProps> };

/**
 * A screen loaded on demand that renders at once when its chunk is already there: React.lazy
 * would still suspend once, and React holds a revealed fallback for up to 300 ms.
 */
function preloadable(load: () => Promise<ScreenModule>) {
  let loaded: ComponentType<WorkspaceProps> | undefined;
  let loading: Promise<ScreenModule> | undefined;
  const start = () =>
    (loading ??= load().then((module) => {
      loaded = module.default;
      return module;
    }));
  const Lazy = lazy(start);
  function Screen(props: WorkspaceProps) {
    const Loaded = loaded;
    return Loaded ? <Loaded {...props} /> : <Lazy {...props} />;
  }
  /** Starts (or joins) the chunk's download; never rejects (a failed chunk shows in render). */
  const preload = (): Promise<void> =>
    start().then(
      () => undefined,
      () => undefined,
    );
  return { Screen, preload };
}

export const screens = {
  dashboard: preloadable(() => import('./dashboard/DashboardScreen')),
  entry: preloadable(() => import('./entry/EntryScreen')),
  review: preloadable(() => import('./review/ReviewScreen')),
  compare: preloadable(() => import('./compare/CompareScreen')),
  setup: preloadable(() => import('./setup/SetupScreen')),
  province: preloadable(() => import('./province/ProvinceScreen')),
  tasks: preloadable(() => import('./tasks/TasksScreen')),
};

/** "Việc của tôi" (/viec-cua-toi): not a unit's screen, the signed-in person's own tasks. */
const MyTasksScreen = lazy(() => import('./tasks/MyTasksScreen'));

export function isScreen(name: string | undefined): name is ScreenName {
  return (SCREENS as readonly string[]).includes(name ?? '');
}

export function ScreenRouter() {
  const t = useT();
  const { segments } = useLocation();
  const { units } = useSession();
  const [head, code, screen = 'dashboard'] = segments;
  if (head === 'viec-cua-toi') return <MyTasksScreen />;
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
