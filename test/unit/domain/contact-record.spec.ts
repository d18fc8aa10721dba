import { act, newAudit, refuse } from './support/audit-driver';
import { as, expectRejection, P } from './support/fixtures';

describe('establishing contact with the auditee (6.2.2)', () => {
  it('records the team leader’s contact and the planning information asked for, once', async () => {
    const audit = newAudit();
    const events = await act(audit, 'establishContact', as.lead, { channels: ['phone'], planningInformationRequested: ['ISMS scope', 'Risk register'] });
    expect(audit.state.contactEstablished).toMatchObject({ by: P.teamLeader.email, channels: ['phone'], planningInformationRequested: ['ISMS scope', 'Risk register'] });
    expect(events.map((event) => event.type)).toEqual(['contact.established']);
    expectRejection(refuse(audit, 'establishContact', as.lead, { channels: ['phone'], planningInformationRequested: ['x'] }), 'conflict', 'already established');
    expectRejection(refuse(newAudit(), 'establishContact', as.lead, { channels: ['phone'], planningInformationRequested: [] }), 'invalid', 'must name the information requested', 'planningInformationRequested');
    expectRejection(refuse(newAudit(), 'establishContact', as.rep, { channels: ['phone'], planningInformationRequested: ['x'] }), 'forbidden');
  });

  it('keeps the auditee’s confirmation of authority, planning information, and the observers and guides agreed', async () => {
    const audit = newAudit();
    await act(audit, 'acknowledgeContact', as.rep, {
      channels: ['e-mail'],
      confidentialityAgreed: true,
      authorityConfirmed: true,
      planningInformation: 'A data-centre migration runs in the audit window',
      observers: [{ email: 'obs@regulator.example', name: 'Olga Observer', organisation: 'Regulator' }],
      guides: [{ email: 'guide@auditee.example', name: 'Gil Guide' }],
    });
    expect(audit.state.contact).toMatchObject({
      authorityConfirmed: true,
      planningInformation: 'A data-centre migration runs in the audit window',
      observers: [{ email: 'obs@regulator.example', name: 'Olga Observer', organisation: 'Regulator' }],
      guides: [{ email: 'guide@auditee.example', name: 'Gil Guide' }],
    });
  });
});
