/** A unit's workspace: its resolutions, the screen tabs and the screen itself. */
import { useEffect } from 'react';
import { api, ApiError } from '../lib/api';
import { useT } from '../lib/i18n';
import { usePageTitle } from '../lib/page-title';
import { buildPath, navigate, useLocation } from '../lib/router';
import type { ResolutionsAnswer, ResolutionSummary } from '../lib/types';
import type { FlatUnit } from '../lib/units';
import { useAsync } from '../lib/use-async';
import { EmptyState, ErrorNotice, Loading } from '../components/Notices';
import { Link } from '../components/Link';
import { screens, SCREENS, type ScreenName } from './ScreenRouter';
import type { MessageKey } from '../lib/messages';
import { ApprovalNotice } from './province/ApprovalNotice';
import { LineageHistory } from './province/LineageHistory';

const TAB_LABEL: Record<ScreenName, MessageKey> = {
  dashboard: 'navDashboard',
  entry: 'navEntry',
  review: 'navReview',
  compare: 'navCompare',
  setup: 'navSetup',
  province: 'navProvince',
  tasks: 'navTasks',
};

export interface WorkspaceProps {
  unit: FlatUnit;
  resolutions: ResolutionSummary[];
  resolutionId: string | undefined;
  reloadResolutions: () => void;
}

export function UnitWorkspace({ unit, screen }: { unit: FlatUnit; screen: ScreenName }) {
  const t = useT();
  const { query } = useLocation();
  usePageTitle(t(TAB_LABEL[screen]), unit.name);
  // The screen's code downloads while the unit's resolutions load; both are there before it renders.
  const list = useAsync(async () => {
    const [answer] = await Promise.all([
      api<ResolutionsAnswer>('GET', `/api/units/${encodeURIComponent(unit.code)}/resolutions`),
      screens[screen].preload(),
    ]);
    return answer.resolutions;
  }, unit.code);
  // Once this screen is up, fetch the others' code so that moving between tabs never waits.
  useEffect(() => {
    if (list.data) for (const name of SCREENS) void screens[name].preload();
  }, [list.data]);
  if (list.loading && !list.data) return <Loading />;
  if (list.error instanceof ApiError && (list.error.status === 403 || list.error.status === 404)) {
    return (
      <div role="alert" data-testid="forbidden">
        <EmptyState>{list.error.status === 403 ? t('forbiddenUnit') : list.error.message}</EmptyState>
      </div>
    );
  }
  if (list.error) return <ErrorNotice error={list.error} onRetry={list.reload} />;
  const resolutions = list.data ?? [];
  const requested = query.get('r');
  const resolutionId = resolutions.find((r) => r.id === requested)?.id ?? resolutions[0]?.id;
  const Screen = screens[screen].Screen;
  const base = `/u/${encodeURIComponent(unit.code)}`;
  const keep = { r: requested ?? undefined, asOf: query.get('asOf') ?? undefined };

  return (
    <div className="workspace">
      <div className="workspace-bar">
        <h1 className="unit-title">{unit.name}</h1>
        {resolutions.length > 0 && (
          <label className="resolution-picker">
            <span>{t('resolution')}</span>
            <select
              value={resolutionId}
              onChange={(event) => navigate(buildPath(`${base}/${screen}`, { r: event.target.value }))}
            >
              {resolutions.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.title}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      <nav className="tabs" aria-label={t('resolution')}>
        {SCREENS.map((name) => (
          <Link
            key={name}
            to={buildPath(`${base}/${name}`, keep)}
            aria-current={name === screen ? 'page' : undefined}
            className="tab"
          >
            {t(TAB_LABEL[name])}
          </Link>
        ))}
      </nav>
      <ApprovalNotice
        unitCode={unit.code}
        resolutionId={resolutionId}
        term={resolutions.find((r) => r.id === resolutionId)?.term}
      />
      {unit.validFrom && <LineageHistory unitCode={unit.code} indicators={[]} />}
      <Screen
        unit={unit}
        resolutions={resolutions}
        resolutionId={resolutionId}
        reloadResolutions={list.reload}
      />
    </div>
  );
}
