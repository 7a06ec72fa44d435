import { EventEmitter } from "node:events";
import { gt, max } from "drizzle-orm";
import pg from "pg";
import { env } from "@/lib/env";
import { mayNotify } from "@/lib/notifications/notifying-actions";
import { engine } from "./connection";
import { events } from "./schema";

/**
 * Tells subscribers that an investigation has new rows in the events table. This is the one
 * interface live updates go through. Notifications carry no data — subscribers read the
 * events table — so a missed or duplicated notification loses or repeats nothing.
 *
 * - One SQLite server process: an in-process emitter.
 * - Several processes on one SQLite file (`WORKERS=N`): each process also watches the events
 *   table (a read of its newest id every `pollMs`), since a commit in one process cannot
 *   reach another's memory.
 * - PostgreSQL: `NOTIFY` on commit, and one `LISTEN`ing connection per server process, so an
 *   event recorded on any server reaches the browsers of every server.
 *
 * A key is an investigation's id (its events) or `userLiveKey(userId)` (a person's
 * notifications: their bell re-reads its unread count). With several processes on one SQLite
 * file, a person's key is told when any process records an event that may notify, since
 * notifications are made only with such an event (event-fanout.ts); a needless re-count is one
 * indexed read.
 */
export type LiveChannel = {
  /** `key`: an investigation's id, or `userLiveKey(userId)`. */
  notify(key: string): void;
  /** Returns the function that unsubscribes. */
  subscribe(key: string, listener: () => void): () => void;
};

const channelName = "corroborate_events";

/** The key of a person's notifications on the live channel (investigation ids are UUIDs, never this). */
export const userLiveKey = (userId: string) => `user:${userId}`;
const isUserKey = (key: string) => key.startsWith("user:");
const pollMs = 250;

function localEmitter() {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0); // one listener per open browser tab; no arbitrary cap
  return {
    emit: (investigationId: string) => emitter.emit(investigationId),
    subscribe(investigationId: string, listener: () => void) {
      emitter.on(investigationId, listener);
      return () => emitter.off(investigationId, listener);
    },
    /** The investigations that have subscribers in this process. */
    subscribedInvestigations: () => emitter.eventNames() as string[],
  };
}

export function inProcessChannel(): LiveChannel {
  const local = localEmitter();
  return { notify: local.emit, subscribe: local.subscribe };
}

/** For several processes on one SQLite file: notify locally at once, and watch the table for the others' events. */
export function sqliteWatchingChannel(): LiveChannel {
  const local = localEmitter();
  let lastSeen: number | null = null;
  let timer: NodeJS.Timeout | null = null;
  const watch = async () => {
    const database = engine().database;
    if (lastSeen === null) {
      // Events recorded between a subscriber's own read and this first look are not known to
      // be new: tell every subscriber to read once (a needless read costs nothing).
      const [newest] = await database.select({ id: max(events.id) }).from(events);
      lastSeen = newest?.id ?? 0;
      for (const investigationId of local.subscribedInvestigations()) local.emit(investigationId);
      return;
    }
    const fresh = await database
      .select({ investigationId: events.investigationId, id: events.id, action: events.action })
      .from(events)
      .where(gt(events.id, lastSeen));
    for (const row of fresh) lastSeen = Math.max(lastSeen, row.id);
    for (const investigationId of new Set(fresh.map((row) => row.investigationId))) if (investigationId) local.emit(investigationId);
    if (fresh.some((row) => mayNotify(row.action))) for (const key of local.subscribedInvestigations()) if (isUserKey(key)) local.emit(key);
  };
  const start = () => {
    timer ??= setInterval(() => void watch().catch((error) => console.error("Live updates: reading new events failed:", error)), pollMs);
    timer.unref();
  };
  return {
    notify: local.emit,
    subscribe(investigationId, listener) {
      start();
      return local.subscribe(investigationId, listener);
    },
  };
}

/** PostgreSQL: NOTIFY through the pool, LISTEN on one dedicated connection, reconnecting with back-off. */
export function postgresChannel(url: string, pool: pg.Pool): LiveChannel & { close(): Promise<void> } {
  const local = localEmitter();
  let listener: pg.Client | null = null;
  let connecting: Promise<void> | null = null;
  let retryMs = 250;
  let closed = false;

  const connect = (): Promise<void> =>
    (connecting ??= (async () => {
      const client = new pg.Client({ connectionString: url });
      client.on("notification", (message) => message.payload && local.emit(message.payload));
      client.on("error", () => undefined); // "end" follows; reconnect there
      client.on("end", () => {
        listener = null;
        connecting = null;
        if (!closed && local.subscribedInvestigations().length > 0) setTimeout(() => void reconnect(), retryMs).unref();
      });
      await client.connect();
      await client.query(`listen ${channelName}`);
      listener = client;
      retryMs = 250;
    })().catch((error) => {
      connecting = null;
      throw error;
    }));

  // Events recorded before the listening connection was up (at first, or while it was down)
  // were not announced to it: once it listens, every subscriber reads the table once.
  const listen = async () => {
    await connect();
    for (const investigationId of local.subscribedInvestigations()) local.emit(investigationId);
  };
  const reconnect = async () => {
    try {
      await listen();
    } catch {
      retryMs = Math.min(retryMs * 2, 10_000);
      setTimeout(() => void reconnect(), retryMs).unref();
    }
  };
  return {
    notify(investigationId) {
      pool.query("select pg_notify($1, $2)", [channelName, investigationId]).catch(() => {
        // The database is unreachable: the request that recorded the event already failed or
        // committed; subscribers catch up when the listening connection comes back.
      });
    },
    subscribe(investigationId, onEvent) {
      if (!listener && !connecting) void listen().catch(() => reconnect());
      return local.subscribe(investigationId, onEvent);
    },
    /** Ends the listening connection for good (tests; a server keeps it for its lifetime). */
    async close() {
      closed = true;
      await listener?.end();
    },
  };
}

const globalForChannel = globalThis as unknown as { corroborateLiveChannel?: LiveChannel };

export function liveChannel(): LiveChannel {
  if (!globalForChannel.corroborateLiveChannel) {
    const active = engine();
    globalForChannel.corroborateLiveChannel =
      active.kind === "postgres" && env.databaseUrl
        ? postgresChannel(env.databaseUrl, active.pool)
        : env.workerCount > 1
          ? sqliteWatchingChannel()
          : inProcessChannel();
  }
  return globalForChannel.corroborateLiveChannel;
}
