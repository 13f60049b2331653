/**
 * Writes the province view's demo (demo-province.ts) inside the demo's transaction: a dossier for
 * every district of Thanh Hóa without one and for a dozen new communes (those the old Thanh Hóa
 * city and Bỉm Sơn went to, then the first by code), the deadline of 2023, and the approval of
 * 2023 at different stages. Idempotent like the rest of the demo.
 */
import type { Sql } from '../../db/database';
import type { Actor } from '../app-error';
import { deadlineFor, setDeadlineIn, takeApprovalStepIn } from '../approval.service';
import { findResolution, saveDossierIn } from '../dossier.service';
import { setLineageShareIn } from '../units-import/lineage-share.service';
import { DEMO_DEADLINE_2023, demoApprovalPlan, provinceDemoDossiers } from './demo-province';

const SCALE: Record<string, number> = { 'thanh-pho': 2.2, 'thi-xa': 1.3, huyen: 1 };

/** Loads it; returns the resolutions as the demo report lists them. */
export async function loadProvinceDemo(
  tx: Sql,
  actor: Actor,
): Promise<{ file: string; title: string; unitCode: string; targets: number; created: boolean }[]> {
  const districts = await tx.query<{ code: string; name: string; unit_type: string | null }>(
    `select u.code, u.name, u.unit_type from units u join units p on p.id = u.parent_id
     where p.code = '38' and u.level = 'district'
       and not exists (select 1 from resolutions r join units x on x.id = r.unit_id
                       where x.code = u.code and r.title not like '%(số liệu minh họa)')
     order by u.code`,
  );
  const communes = await tx.query<{ code: string; name: string; unit_type: string | null }>(
    `select u.code, u.name, u.unit_type from units u join units p on p.id = u.parent_id
     where p.code = '38' and u.level = 'commune' and u.valid_from = '2025-07-01'
     order by exists (select 1 from unit_lineage l join units f on f.id = l.from_unit_id
                      where l.to_unit_id = u.id and f.code in ('380', '381')) desc, u.code
     limit 12`,
  );
  const dossiers = provinceDemoDossiers(
    districts.map((d) => ({ code: d.code, name: d.name, scale: SCALE[d.unit_type ?? ''] ?? 1 })),
    communes.map((c) => ({ code: c.code, name: c.name, scale: c.unit_type === 'phuong' ? 0.35 : 0.2 })),
  );
  const out = [];
  const districtResolutions: string[] = [];
  for (const dossier of dossiers) {
    const existing = await findResolution(tx, dossier.unit.code, dossier.congress.number, dossier.title);
    const id = existing ?? (await saveDossierIn(tx, actor, dossier)).resolutionId;
    if (dossier.unit.level === 'district') districtResolutions.push(id);
    out.push({
      file: 'minh họa toàn tỉnh',
      title: dossier.title,
      unitCode: dossier.unit.code,
      targets: dossier.targets.length,
      created: !existing,
    });
  }
  if (!(await deadlineFor(tx, ['38'], '2023')))
    await setDeadlineIn(tx, actor, { unitCode: '38', period: '2023', dueDate: DEMO_DEADLINE_2023 });
  for (const [i, resolutionId] of districtResolutions.entries()) {
    const done = await tx.query('select 1 from period_approvals where resolution_id = $1 limit 1', [
      resolutionId,
    ]);
    if (done.length) continue;
    const plan = demoApprovalPlan(i);
    if (plan === 'open') continue;
    await takeApprovalStepIn(tx, actor, { resolutionId, period: '2023', action: 'submit' });
    if (plan === 'approved')
      await takeApprovalStepIn(tx, actor, { resolutionId, period: '2023', action: 'approve' });
    if (plan === 'returned')
      await takeApprovalStepIn(tx, actor, {
        resolutionId,
        period: '2023',
        action: 'return',
        reason: 'Số thu ngân sách năm 2023 chưa khớp báo cáo quyết toán; đề nghị rà soát lại (minh họa).',
      });
  }
  // Illustrative shares of the splits around Bỉm Sơn (the source gives none), so the new ward's
  // history adds up: phường Bỉm Sơn took most of the town and a commune of Hà Trung.
  const shares = [
    { fromCode: '381', toCode: '14812', share: 0.62 },
    { fromCode: '381', toCode: '14818', share: 0.38 },
    { fromCode: '392', toCode: '14812', share: 0.05 },
  ];
  for (const s of shares) {
    const [link] = await tx.query<{ share: string | null }>(
      `select l.share::text as share from unit_lineage l join units f on f.id = l.from_unit_id
       join units t on t.id = l.to_unit_id where f.code = $1 and t.code = $2`,
      [s.fromCode, s.toCode],
    );
    if (link && link.share === null)
      await setLineageShareIn(tx, actor, { ...s, basis: 'population', note: 'Tỷ lệ minh họa theo dân số' });
  }
  // Bỉm Sơn sent its 2023 figures for approval, some of them after the deadline.
  const [bimSon] = await tx.query<{ id: string }>(
    `select r.id from resolutions r join units u on u.id = r.unit_id
     where u.code = '381' and r.title not like '%(bộ số liệu%' order by r.created_at limit 1`,
  );
  if (bimSon) {
    const done = await tx.query('select 1 from period_approvals where resolution_id = $1 limit 1', [
      bimSon.id,
    ]);
    if (!done.length)
      await takeApprovalStepIn(tx, actor, { resolutionId: bimSon.id, period: '2023', action: 'submit' });
  }
  return out;
}
