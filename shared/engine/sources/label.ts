// Short article labels for reasons a reviewer reads at a glance.
// Ids that are file stems like "000_5738a92113f2a0e2" read best as "000".

export function articleLabel(id: string): string {
  const cut = id.indexOf('_');
  return cut > 0 ? id.slice(0, cut) : id;
}
