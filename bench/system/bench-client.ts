import { AuditflowClient, newestSignInLink, SAMPLE_STAFF, Session, signInWithLink, signInWithSso } from '@auditflow/samples';
import { Mailbox } from '@auditflow/devstack';

const STAFF = new Set(SAMPLE_STAFF.map((person) => person.email));

/** Signs a person in as a browser would: staff by single sign-on, everyone else by the e-mail link the mailbox received. */
export function signIn(baseUrl: string, mailbox: Mailbox): (email: string) => Promise<Session> {
  const linkFor = async (email: string, since: Date) => newestSignInLink(mailbox.messages(), email, since);
  return (email) => (STAFF.has(email) ? signInWithSso(baseUrl, email) : signInWithLink(baseUrl, email, linkFor));
}

/** The API as the sample people, each signed in once on first use. */
export function benchClient(baseUrl: string, mailbox: Mailbox): AuditflowClient {
  return new AuditflowClient(baseUrl, signIn(baseUrl, mailbox));
}
