/** Loads a resolution's dossier and its evaluation as of a period (the server's default if none). */
import { api } from './api';
import { buildPath } from './router';
import type { ResolutionView } from './types';
import { useAsync } from './use-async';

export function useResolution(resolutionId: string | undefined, asOf: string | undefined) {
  return useAsync<ResolutionView | undefined>(
    async () =>
      resolutionId
        ? api<ResolutionView>(
            'GET',
            buildPath(`/api/resolutions/${encodeURIComponent(resolutionId)}`, { asOf }),
          )
        : undefined,
    `${resolutionId ?? ''}@${asOf ?? ''}`,
  );
}
