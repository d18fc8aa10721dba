import { auditorFeedbackSchema, auditorProfileChangeSchema, auditorSchema, qualificationExpired, qualificationSchema } from '@auditflow/domain';

describe('auditor profile', () => {
  const qualification = { name: 'ISO/IEC 27001 Lead Auditor', issuer: 'Exemplar Global', obtainedAt: '2024-03-01', expiresAt: '2027-02-28', evidenceRef: 'CERT-27001-0042' };

  it('adds sectors, languages (as lower-case tags) and qualifications with evidence, empty by default', () => {
    expect(auditorSchema.parse({ email: 'A@x.example', name: 'Ana' })).toMatchObject({ sectors: [], languages: [], qualifications: [] });
    const parsed = auditorSchema.parse({ email: 'a@x.example', name: 'Ana', sectors: ['Banking'], languages: ['en', 'pt-BR'], qualifications: [qualification] });
    expect(parsed).toMatchObject({ sectors: ['Banking'], languages: ['en', 'pt-br'], qualifications: [qualification] });
  });

  it('refuses a language that is not a tag, and a qualification that expires before it was obtained or has no evidence', () => {
    const result = auditorSchema.safeParse({ email: 'a@x.example', name: 'Ana', languages: ['English language'], qualifications: [{ ...qualification, expiresAt: '2024-02-01', evidenceRef: undefined }] });
    expect(result.error!.issues.map((issue) => issue.path.join('.')).sort()).toEqual(['languages.0', 'qualifications.0.evidenceRef']);
    const expired = qualificationSchema.safeParse({ ...qualification, expiresAt: '2024-02-01' });
    expect(expired.error!.issues.map((issue) => issue.path.join('.'))).toEqual(['expiresAt']);
  });

  it('a qualification holds through its expiry date; one without expiry never expires', () => {
    expect(qualificationExpired(qualification, '2027-02-28')).toBe(false);
    expect(qualificationExpired(qualification, '2027-03-01')).toBe(true);
    expect(qualificationExpired({}, '2099-01-01')).toBe(false);
  });

  it('a change needs a reason, leaves out fields it does not change (no defaults) and never changes the e-mail', () => {
    expect(auditorProfileChangeSchema.parse({ languages: ['de'], reason: 'Moved to Vienna' })).toEqual({ languages: ['de'], reason: 'Moved to Vienna' });
    expect(auditorProfileChangeSchema.safeParse({ languages: ['de'] }).error!.issues[0].path).toEqual(['reason']);
    expect(auditorProfileChangeSchema.safeParse({ email: 'b@x.example', reason: 'r' }).success).toBe(false);
    expect(auditorProfileChangeSchema.parse({ unit: null, reason: 'Left the unit' })).toEqual({ unit: null, reason: 'Left the unit' });
  });

  it('feedback rates 1 to 5 with a comment, about one audit', () => {
    const auditId = '6f1d1c1e-3b7a-4c1e-9a9e-2f2d7b1a0c11';
    expect(auditorFeedbackSchema.parse({ auditId: auditId.toUpperCase(), rating: 5, comment: 'Clear and fair' })).toEqual({ auditId, rating: 5, comment: 'Clear and fair' });
    for (const rating of [0, 6, 3.5]) expect(auditorFeedbackSchema.safeParse({ auditId, rating, comment: 'x' }).error!.issues[0].path).toEqual(['rating']);
  });
});
