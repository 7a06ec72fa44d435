import type { Locale } from "../locales";
import enAuth from "./en/Auth.json";
import enCharts from "./en/Charts.json";
import enCommon from "./en/Common.json";
import enErrors from "./en/Errors.json";
import enFacts from "./en/Facts.json";
import enLanguages from "./en/Languages.json";
import enReport from "./en/Report.json";
import enReportSettings from "./en/ReportSettings.json";
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
import esCharts from "./es/Charts.json";
import esCommon from "./es/Common.json";
import esErrors from "./es/Errors.json";
import esFacts from "./es/Facts.json";
import esLanguages from "./es/Languages.json";
import esReport from "./es/Report.json";
import esReportSettings from "./es/ReportSettings.json";
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
  Charts: enCharts,
  Common: enCommon,
  Errors: enErrors,
  Facts: enFacts,
  Languages: enLanguages,
  Report: enReport,
  ReportSettings: enReportSettings,
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
  Charts: esCharts,
  Common: esCommon,
  Errors: esErrors,
  Facts: esFacts,
  Languages: esLanguages,
  Report: esReport,
  ReportSettings: esReportSettings,
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
