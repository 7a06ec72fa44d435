import "server-only";
import type { EventInput } from "./events";
import { notifyPeople } from "./notify-people";
import { queueWebhookDeliveries } from "./webhook-deliveries";

/**
 * The one place an event reaches those who listen to it, called by `recordEvent` inside the
 * transaction of the change, so whatever it writes commits or rolls back with the change.
 * Each listener decides for itself, cheaply, whether the event concerns it.
 */
export async function fanOutEvent(event: EventInput & { id?: number }): Promise<void> {
  await notifyPeople(event);
  await queueWebhookDeliveries(event);
}
