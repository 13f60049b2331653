-- A hedge written beside a figure and kept as entered ("trên 5.000 tỷ", "gần 95%"), and how a
-- plan's comparison is phrased ("đạt 122% dự toán" or "vượt 22% dự toán").

alter table observation_revisions add column hedge text check (hedge in ('over', 'nearly', 'about'));
alter table plan_revisions add column phrasing text check (phrasing in ('reach', 'exceed'));
