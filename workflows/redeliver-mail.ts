import { deliverNotifications } from './shared/mail-delivery';

/** An admin's second try of mail given up as undeliverable (after the address was fixed, say): delivered like any other. */
export async function redeliverMail(input: { dedupeKeys: string[] }): Promise<void> {
  await deliverNotifications(input);
}
