/**
 * Text Auditflow accepts: well-formed Unicode (no lone UTF-16 surrogate, which PostgreSQL cannot store as JSON) and
 * no control characters but tab, line feed and carriage return (NUL would be dropped silently, the rest is invisible
 * and usually an attack or a copy-paste accident). One rule for the API edge, the workflow validators and the web app.
 */
export function textProblem(value: string): string | undefined {
  for (let index = 0; index < value.length; index += 1) {
    const code = value.charCodeAt(index);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = value.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        index += 1;
        continue;
      }
      return `contains a lone UTF-16 high surrogate at position ${index}`;
    }
    if (code >= 0xdc00 && code <= 0xdfff) return `contains a lone UTF-16 low surrogate at position ${index}`;
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || (code >= 0x7f && code <= 0x9f)) {
      return `contains the control character U+${code.toString(16).toUpperCase().padStart(4, '0')} at position ${index}`;
    }
  }
  return undefined;
}

export function isWellFormedText(value: string): boolean {
  return textProblem(value) === undefined;
}

export interface TextViolation {
  field: string;
  rule: 'well-formed-text';
  message: string;
}

/** Every string (and object key) in a parsed JSON value, query or header set that breaks the rule, with its path. */
export function textViolations(value: unknown, path: string[] = []): TextViolation[] {
  const field = () => path.join('.') || '(body)';
  if (typeof value === 'string') {
    const problem = textProblem(value);
    return problem ? [{ field: field(), rule: 'well-formed-text', message: problem }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((item, index) => textViolations(item, [...path, String(index)]));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => {
      const keyProblem = textProblem(key);
      const here = keyProblem ? [{ field: [...path, '(key)'].join('.'), rule: 'well-formed-text' as const, message: `a key ${keyProblem}` }] : [];
      return [...here, ...textViolations(item, [...path, isWellFormedText(key) ? key : '(key)'])];
    });
  }
  return [];
}
