import { EventEmitter } from "node:events";

/**
 * Tells subscribers that an investigation has new rows in the events table. This is the one
 * interface live updates go through: in-process today (one server); a database-backed
 * channel (PostgreSQL LISTEN/NOTIFY) can implement the same two functions for several
 * servers. Notifications carry no data — subscribers read the events table, so a missed or
 * duplicated notification loses or repeats nothing.
 */
export type LiveChannel = {
  notify(investigationId: string): void;
  /** Returns the function that unsubscribes. */
  subscribe(investigationId: string, listener: () => void): () => void;
};

function createInProcessChannel(): LiveChannel {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0); // one listener per open browser tab; no arbitrary cap
  return {
    notify: (investigationId) => emitter.emit(investigationId),
    subscribe(investigationId, listener) {
      emitter.on(investigationId, listener);
      return () => emitter.off(investigationId, listener);
    },
  };
}

const globalForChannel = globalThis as unknown as { corroborateLiveChannel?: LiveChannel };

export function liveChannel(): LiveChannel {
  globalForChannel.corroborateLiveChannel ??= createInProcessChannel();
  return globalForChannel.corroborateLiveChannel;
}
