import { isWellFormedText, parsePayload, Rejection, textProblem, textViolations } from '@auditflow/domain';
import { z } from 'zod';

describe('well-formed text', () => {
  it('accepts any well-formed Unicode with tabs and line breaks', () => {
    for (const ok of ['plain', 'tab\tand\r\nnewline', 'emoji 👩🏽‍💻 ok', 'RTL \u202Bמבחן\u202C', 'e\u0301 combining', '']) expect(isWellFormedText(ok)).toBe(true);
  });

  it('refuses lone surrogates and control characters, saying where', () => {
    expect(textProblem('x\ud800y')).toBe('contains a lone UTF-16 high surrogate at position 1');
    expect(textProblem('\udc00')).toBe('contains a lone UTF-16 low surrogate at position 0');
    expect(textProblem('before\u0000after')).toBe('contains the control character U+0000 at position 6');
    expect(textProblem('bell\u0007')).toContain('U+0007');
    expect(textProblem('c1 \u0085')).toContain('U+0085');
    expect(textProblem('end\ud83d')).toContain('high surrogate');
  });

  it('finds every offending string and key in a nested value, with its path', () => {
    expect(textViolations({ a: ['ok', 'x\u0000'], b: { c: '\ud800' }, ['k\u0001']: 'v', n: 1, t: true })).toEqual([
      { field: 'a.1', rule: 'well-formed-text', message: 'contains the control character U+0000 at position 1' },
      { field: 'b.c', rule: 'well-formed-text', message: 'contains a lone UTF-16 high surrogate at position 0' },
      { field: '(key)', rule: 'well-formed-text', message: 'a key contains the control character U+0001 at position 1' },
    ]);
    expect(textViolations('\u0000')[0]?.field).toBe('(body)');
  });

  it('is applied by the rules before any schema, so the workflow refuses what the API would', () => {
    let refused: unknown;
    try {
      parsePayload(z.object({ note: z.string() }), { note: 'x\ud800y' });
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(Rejection);
    expect(refused).toMatchObject({ kind: 'malformed', field: 'note' });
  });
});
