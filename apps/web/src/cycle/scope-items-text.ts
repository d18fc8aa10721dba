/** Clauses and controls in words: "clauses 9.2, 9.3; controls A.5.19, A.8.30". */
export function scopeItemsText(items: { clauses: readonly string[]; controls: readonly string[] }): string {
  const parts = [items.clauses.length ? `clauses ${items.clauses.join(', ')}` : '', items.controls.length ? `controls ${items.controls.join(', ')}` : ''].filter(Boolean);
  return parts.length ? parts.join('; ') : 'nothing';
}
