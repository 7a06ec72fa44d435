import "server-only";
import type { EventInput } from "./events";
import { queueWebhookDeliveries } from "./webhook-deliveries";

/**
 * The one place a recorded event reaches those who listen for it, inside the change's
 * transaction (called by `recordEvent`): whatever it writes commits or rolls back with the
 * change. Each listener returns at once for events it does not take, so a change nobody
 * listens to costs nothing more.
 */
export async function fanOutEvent(event: EventInput & { id?: number }): Promise<void> {
  await queueWebhookDeliveries(event);
}
