import type { Programme } from '../programme/data';

/**
 * The names of the programme's audit areas by id, from its content (the list of programmes carries the content as a
 * free object, so it is read with care); a window's area the content does not name is shown by its id.
 */
export function areaNames(programme: Pick<Programme, 'content'>): (areaId: string) => string {
  const areas = programme.content?.auditAreas;
  const names = new Map<string, string>();
  if (Array.isArray(areas)) {
    for (const area of areas as unknown[]) {
      if (area && typeof area === 'object' && 'id' in area && 'name' in area && typeof area.id === 'string' && typeof area.name === 'string') names.set(area.id, area.name);
    }
  }
  return (areaId) => names.get(areaId) ?? areaId;
}
