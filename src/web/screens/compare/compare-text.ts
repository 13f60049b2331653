/** The sentences of the comparison screen, as the seed reports write them. */
import { formatNumberVi } from '../../lib/core';

/** "toàn tỉnh" for a province, otherwise "trong <tên đơn vị cha>". */
export function scopeWords(parentLevel: string | undefined, parentName: string | undefined): string {
  if (parentLevel === 'province') return 'toàn tỉnh';
  return parentName ? `trong ${parentName}` : 'trong các đơn vị cùng cấp';
}

/** "xếp thứ 4 toàn tỉnh". */
export function rankSentence(rank: number, scope: string): string {
  return `xếp thứ ${rank} ${scope}`;
}

/** "gấp 1,53 lần bình quân chung của tỉnh" (or "bằng 0,85 lần …" below the average). */
export function multipleSentence(multiple: number, parentLevel: string | undefined): string {
  const of = parentLevel === 'province' ? 'của tỉnh' : 'của các đơn vị cùng cấp';
  const verb = multiple >= 1 ? 'gấp' : 'bằng';
  return `${verb} ${formatNumberVi(multiple, 2)} lần bình quân chung ${of}`;
}
