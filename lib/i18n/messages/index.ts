import type { Locale } from "../locales";
import enAuth from "./en/Auth.json";
import enCharts from "./en/Charts.json";
import enChecking from "./en/Checking.json";
import enCommon from "./en/Common.json";
import enErrors from "./en/Errors.json";
import enExports from "./en/Exports.json";
import enFactPage from "./en/FactPage.json";
import enFacts from "./en/Facts.json";
import enInvestigations from "./en/Investigations.json";
import enLanguages from "./en/Languages.json";
import enMyWork from "./en/MyWork.json";
import enNotifications from "./en/Notifications.json";
import enReader from "./en/Reader.json";
import enReport from "./en/Report.json";
import enReportSettings from "./en/ReportSettings.json";
import enSettings from "./en/Settings.json";
import enSources from "./en/Sources.json";
import enValidation from "./en/Validation.json";
import enWorkspace from "./en/Workspace.json";
import esAuth from "./es/Auth.json";
import esCharts from "./es/Charts.json";
import esChecking from "./es/Checking.json";
import esCommon from "./es/Common.json";
import esErrors from "./es/Errors.json";
import esExports from "./es/Exports.json";
import esFactPage from "./es/FactPage.json";
import esFacts from "./es/Facts.json";
import esInvestigations from "./es/Investigations.json";
import esLanguages from "./es/Languages.json";
import esMyWork from "./es/MyWork.json";
import esNotifications from "./es/Notifications.json";
import esReader from "./es/Reader.json";
import esReport from "./es/Report.json";
import esReportSettings from "./es/ReportSettings.json";
import esSettings from "./es/Settings.json";
import esSources from "./es/Sources.json";
import esValidation from "./es/Validation.json";
import esWorkspace from "./es/Workspace.json";

/**
 * Every message a person reads, one catalogue per language, one file per namespace (an area
 * of the interface). English is the reference: its shape is the type every lookup is checked
 * against, and `catalogues.test.ts` fails when Spanish lacks a key or has one English lacks.
 * Register a new namespace here with one line per language.
 */
const en = {
  Auth: enAuth,
  Charts: enCharts,
  Checking: enChecking,
  Common: enCommon,
  Errors: enErrors,
  Exports: enExports,
  FactPage: enFactPage,
  Facts: enFacts,
  Investigations: enInvestigations,
  Languages: enLanguages,
  MyWork: enMyWork,
  Notifications: enNotifications,
  Reader: enReader,
  Report: enReport,
  ReportSettings: enReportSettings,
  Settings: enSettings,
  Sources: enSources,
  Validation: enValidation,
  Workspace: enWorkspace,
};

export type Messages = typeof en;

const es: Messages = {
  Auth: esAuth,
  Charts: esCharts,
  Checking: esChecking,
  Common: esCommon,
  Errors: esErrors,
  Exports: esExports,
  FactPage: esFactPage,
  Facts: esFacts,
  Investigations: esInvestigations,
  Languages: esLanguages,
  MyWork: esMyWork,
  Notifications: esNotifications,
  Reader: esReader,
  Report: esReport,
  ReportSettings: esReportSettings,
  Settings: esSettings,
  Sources: esSources,
  Validation: esValidation,
  Workspace: esWorkspace,
};

export const catalogues: Record<Locale, Messages> = { en, es };
