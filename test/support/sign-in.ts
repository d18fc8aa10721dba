// Signing test people in through the real flows: staff of the sample organisation by single sign-on through the test
// identity provider, everyone else (auditees, people an admin added) by an e-mail link read from the test mailbox.
import { AuditflowClient, newestSignInLink, SAMPLE_STAFF, SignIn, signInWithLink, signInWithSso } from '@auditflow/samples';
import { Mailbox } from '@auditflow/devstack';

const IDP_ACCOUNTS = new Set(SAMPLE_STAFF.map((person) => person.email));

/** The newest sign-in link the mailbox received for `email` since `since`. */
export function linkFromMailbox(mailbox: Mailbox) {
  return async (email: string, since: Date): Promise<string | undefined> => newestSignInLink(mailbox.messages(), email, since);
}

export function testSignIn(baseUrl: string, mailbox: Mailbox): SignIn {
  return (email) => (IDP_ACCOUNTS.has(email) ? signInWithSso(baseUrl, email) : signInWithLink(baseUrl, email, linkFromMailbox(mailbox)));
}

export function testClient(baseUrl: string, mailbox: Mailbox): AuditflowClient {
  return new AuditflowClient(baseUrl, testSignIn(baseUrl, mailbox));
}
