import { loadConfig } from '@auditflow/config';

describe('MAIL_DISPATCH_EVERY, how often the worker sends planned clock mail that fell due', () => {
  it('looks every quarter of a second by default and takes PT0S for off', () => {
    expect(loadConfig({}).MAIL_DISPATCH_EVERY).toBe('PT0.25S');
    expect(loadConfig({ MAIL_DISPATCH_EVERY: 'PT0S' }).MAIL_DISPATCH_EVERY).toBe('PT0S');
    expect(loadConfig({ MAIL_DISPATCH_EVERY: 'PT2S' }).MAIL_DISPATCH_EVERY).toBe('PT2S');
  });

  it('refuses a look more often than every 50 ms, or a value that is not a duration, naming the variable and the rule', () => {
    expect(() => loadConfig({ MAIL_DISPATCH_EVERY: 'PT0.01S' })).toThrow('MAIL_DISPATCH_EVERY: must be PT0S (off) or at least PT0.05S');
    expect(() => loadConfig({ MAIL_DISPATCH_EVERY: '250ms' })).toThrow('MAIL_DISPATCH_EVERY: must be an ISO 8601 duration such as PT15M or P90D');
  });
});
