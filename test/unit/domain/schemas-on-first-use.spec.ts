import { personSchema, PROGRAMME_ACTIONS, scopeSchema, workingCalendarSchema } from '@auditflow/domain';

// Schemas the workflows reach are built the first time they are asked for (libs/domain/src/on-first-use.ts), so
// loading the module costs a workflow nothing; once built, every caller gets the same schema with the same rules.
describe('schemas built on first use', () => {
  it('give the same schema object every time they are asked for', () => {
    expect(workingCalendarSchema()).toBe(workingCalendarSchema());
    expect(personSchema()).toBe(personSchema());
    expect(PROGRAMME_ACTIONS.skipPlannedWindow()).toBe(PROGRAMME_ACTIONS.skipPlannedWindow());
  });

  it('keep the building blocks’ rules and messages: e-mail lower-cased, text trimmed and required', () => {
    expect(personSchema().parse({ email: 'Ann.Auditor@Example.org', name: '  Ann  ' })).toEqual({ email: 'ann.auditor@example.org', name: 'Ann' });
    const refused = personSchema().safeParse({ email: 'not an address', name: '   ' });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['email', 'must be an e-mail address'],
      ['name', 'must not be empty'],
    ]);
  });

  it('keep defaults and list rules of the fields they are built from', () => {
    expect(scopeSchema().parse({ units: ['IT Operations'] })).toEqual({ units: ['IT Operations'], sites: [], processes: [] });
    expect(scopeSchema().safeParse({ units: [] }).error?.issues[0]?.message).toBe('must name at least one unit');
  });
});
