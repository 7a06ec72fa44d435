import type { Locale } from "../locales";
import enAuth from "./en/Auth.json";
import enCommon from "./en/Common.json";
import enErrors from "./en/Errors.json";
import enSettings from "./en/Settings.json";
import enValidation from "./en/Validation.json";
import enWorkspace from "./en/Workspace.json";
import enExports from "./en/Exports.json";
import enFactPage from "./en/FactPage.json";
import enInvestigations from "./en/Investigations.json";
import enMyWork from "./en/MyWork.json";
import enNotifications from "./en/Notifications.json";
import enSources from "./en/Sources.json";
import esAuth from "./es/Auth.json";
import esCommon from "./es/Common.json";
import esErrors from "./es/Errors.json";
import esSettings from "./es/Settings.json";
import esValidation from "./es/Validation.json";
import esWorkspace from "./es/Workspace.json";
import esExports from "./es/Exports.json";
import esFactPage from "./es/FactPage.json";
import esInvestigations from "./es/Investigations.json";
import esMyWork from "./es/MyWork.json";
import esNotifications from "./es/Notifications.json";
import esSources from "./es/Sources.json";

/**
 * Every message a person reads, one catalogue per language, one file per namespace (an area
 * of the interface). English is the reference: its shape is the type every lookup is checked
 * against, and `catalogues.test.ts` fails when Spanish lacks a key or has one English lacks.
 * Register a new namespace here with one line per language.
 */
const en = {
  Auth: enAuth,
  Common: enCommon,
  Errors: enErrors,
  Settings: enSettings,
  Validation: enValidation,
  Workspace: enWorkspace,
  Exports: enExports,
  FactPage: enFactPage,
  Investigations: enInvestigations,
  MyWork: enMyWork,
  Notifications: enNotifications,
  Sources: enSources,
};

export type Messages = typeof en;

const es: Messages = {
  Auth: esAuth,
  Common: esCommon,
  Errors: esErrors,
  Settings: esSettings,
  Validation: esValidation,
  Workspace: esWorkspace,
  Exports: esExports,
  FactPage: esFactPage,
  Investigations: esInvestigations,
  MyWork: esMyWork,
  Notifications: esNotifications,
  Sources: esSources,
};

export const catalogues: Record<Locale, Messages> = { en, es };
