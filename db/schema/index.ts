import { env } from "@/lib/env";
import * as definition from "./definition";
import * as sqlite from "./sqlite";

/**
 * The tables of the engine this process runs on (PostgreSQL when `DATABASE_URL` is set, else
 * SQLite), typed as the one definition: queries are written once against these names.
 */
const tables: typeof definition = env.databaseUrl ? definition : { ...definition, ...sqlite };

export const {
  users,
  investigations,
  sources,
  sourceVersions,
  claims,
  claimAnchors,
  facts,
  evidence,
  comments,
  assessments,
  apiTokens,
  idempotentRequests,
  recentTimes,
  events,
  settings,
  claimFollows,
  factFollows,
  notifications,
  webhooks,
  webhookDeliveries,
  publicLinks,
  captureBlobs,
  captures,
  captureChecks,
  searchDocuments,
} = tables;

export type {
  ApiTokenRow,
  AssessmentRow,
  CaptureCheckRow,
  CaptureQuoteMatch,
  CaptureRow,
  CaptureStatus,
  ClaimRow,
  CommentRow,
  EventRow,
  EvidenceRow,
  FactRow,
  InvestigationRow,
  NotificationRow,
  PublicLinkRow,
  WebhookDeliveryRow,
  WebhookRow,
  QuoteMatchRecord,
  SourceRow,
  SearchDocumentRow,
  SearchKind,
  SourceVersionRow,
  UserRow,
} from "./definition";
