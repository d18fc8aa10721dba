import { DEFAULT_ISMS_DOCUMENTS } from '@auditflow/domain';
import { act, auditInPreparing } from './support/audit-driver';
import { as } from './support/fixtures';

describe('requesting documents (6.3.1)', () => {
  it('asks for the usual ISMS document set when the team names none', async () => {
    const audit = await auditInPreparing();
    await act(audit, 'requestDocuments', as.lead, {});
    expect(audit.state.documents.map((document) => document.name)).toEqual([
      'ISMS scope',
      'Information security policy',
      'Risk assessment process and results',
      'Risk treatment process and results',
      'Statement of Applicability',
      'Risk treatment plan',
      'Records of previous audits',
      'Management review records',
    ]);
    expect(audit.state.documents.find((document) => document.name === 'Statement of Applicability')?.description).toContain('justification of each exclusion');
  });

  it('asks for the team’s own list, edited from the set, when it names one', async () => {
    const audit = await auditInPreparing();
    const edited = [...DEFAULT_ISMS_DOCUMENTS.slice(0, 2), { name: 'Supplier security register' }];
    await act(audit, 'requestDocuments', as.lead, { documents: edited });
    expect(audit.state.documents.map((document) => document.name)).toEqual(['ISMS scope', 'Information security policy', 'Supplier security register']);
  });
});
