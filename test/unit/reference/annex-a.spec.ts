import {
  ANNEX_A_THEMES,
  ISO27001_2022_ANNEX_A,
  ISO_IEC_27001_2022,
  findAnnexAControl,
  type Iso27001_2022ControlId,
} from '@auditflow/domain';
import { compareDottedIds } from './ids';

describe('ISO/IEC 27001:2022 Annex A controls', () => {
  it('has 93 controls with unique ids', () => {
    const ids = ISO27001_2022_ANNEX_A.map((control) => control.id);
    expect(ids).toHaveLength(93);
    expect(new Set(ids).size).toBe(93);
  });

  it.each([
    ['organizational', 5, 37],
    ['people', 6, 8],
    ['physical', 7, 14],
    ['technological', 8, 34],
  ] as const)('numbers the %s theme A.%i.1 to A.%i.%i without gaps', (theme, section, count) => {
    const ids = ISO27001_2022_ANNEX_A.filter((control) => control.theme === theme).map((control) => control.id);
    expect(ids).toEqual(Array.from({ length: count }, (_, i) => `A.${section}.${i + 1}`));
  });

  it('only uses the four themes', () => {
    expect(new Set(ISO27001_2022_ANNEX_A.map((control) => control.theme))).toEqual(new Set(ANNEX_A_THEMES));
  });

  it('is listed in numeric order', () => {
    const ids = ISO27001_2022_ANNEX_A.map((control) => control.id);
    expect(ids).toEqual([...ids].sort(compareDottedIds));
    expect(ids.indexOf('A.5.9')).toBeLessThan(ids.indexOf('A.5.10'));
  });

  it('carries the standard edition and a title on every control', () => {
    for (const control of ISO27001_2022_ANNEX_A) {
      expect(control.standard).toBe(ISO_IEC_27001_2022);
      expect(control.title.trim()).not.toBe('');
    }
  });

  it.each([
    ['A.5.1', 'Policies for information security', 'organizational'],
    ['A.5.23', 'Information security for use of cloud services', 'organizational'],
    ['A.5.37', 'Documented operating procedures', 'organizational'],
    ['A.6.3', 'Information security awareness, education and training', 'people'],
    ['A.7.14', 'Secure disposal or re-use of equipment', 'physical'],
    ['A.8.16', 'Monitoring activities', 'technological'],
    ['A.8.34', 'Protection of information systems during audit testing', 'technological'],
  ] as const)('finds %s "%s" (%s)', (id, title, theme) => {
    expect(findAnnexAControl(id)).toEqual({ standard: ISO_IEC_27001_2022, id, title, theme });
  });

  it('finds nothing for ids outside Annex A', () => {
    expect(findAnnexAControl('A.5.38')).toBeUndefined();
    expect(findAnnexAControl('5.1')).toBeUndefined();
  });

  it('types control ids as the published set', () => {
    const known: Iso27001_2022ControlId = 'A.8.34';
    // @ts-expect-error A.8.35 does not exist
    const unknown: Iso27001_2022ControlId = 'A.8.35';
    expect([known, unknown]).toHaveLength(2);
  });
});
