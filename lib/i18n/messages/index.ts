import type { Locale } from "../locales";
import enAuth from "./en/Auth.json" with { type: "json" };
import enCaptures from "./en/Captures.json" with { type: "json" };
import enCharts from "./en/Charts.json" with { type: "json" };
import enCheckedBefore from "./en/CheckedBefore.json" with { type: "json" };
import enChecking from "./en/Checking.json" with { type: "json" };
import enCommon from "./en/Common.json" with { type: "json" };
import enErrors from "./en/Errors.json" with { type: "json" };
import enExports from "./en/Exports.json" with { type: "json" };
import enFactPage from "./en/FactPage.json" with { type: "json" };
import enFacts from "./en/Facts.json" with { type: "json" };
import enInvestigations from "./en/Investigations.json" with { type: "json" };
import enLanguages from "./en/Languages.json" with { type: "json" };
import enMyWork from "./en/MyWork.json" with { type: "json" };
import enNotifications from "./en/Notifications.json" with { type: "json" };
import enReader from "./en/Reader.json" with { type: "json" };
import enReport from "./en/Report.json" with { type: "json" };
import enReportSettings from "./en/ReportSettings.json" with { type: "json" };
import enSearch from "./en/Search.json" with { type: "json" };
import enSettings from "./en/Settings.json" with { type: "json" };
import enSources from "./en/Sources.json" with { type: "json" };
import enValidation from "./en/Validation.json" with { type: "json" };
import enWorkspace from "./en/Workspace.json" with { type: "json" };
import esAuth from "./es/Auth.json" with { type: "json" };
import esCaptures from "./es/Captures.json" with { type: "json" };
import esCharts from "./es/Charts.json" with { type: "json" };
import esCheckedBefore from "./es/CheckedBefore.json" with { type: "json" };
import esChecking from "./es/Checking.json" with { type: "json" };
import esCommon from "./es/Common.json" with { type: "json" };
import esErrors from "./es/Errors.json" with { type: "json" };
import esExports from "./es/Exports.json" with { type: "json" };
import esFactPage from "./es/FactPage.json" with { type: "json" };
import esFacts from "./es/Facts.json" with { type: "json" };
import esInvestigations from "./es/Investigations.json" with { type: "json" };
import esLanguages from "./es/Languages.json" with { type: "json" };
import esMyWork from "./es/MyWork.json" with { type: "json" };
import esNotifications from "./es/Notifications.json" with { type: "json" };
import esReader from "./es/Reader.json" with { type: "json" };
import esReport from "./es/Report.json" with { type: "json" };
import esReportSettings from "./es/ReportSettings.json" with { type: "json" };
import esSearch from "./es/Search.json" with { type: "json" };
import esSettings from "./es/Settings.json" with { type: "json" };
import esSources from "./es/Sources.json" with { type: "json" };
import esValidation from "./es/Validation.json" with { type: "json" };
import esWorkspace from "./es/Workspace.json" with { type: "json" };

/**
 * Every message a person reads, one catalogue per language, one file per namespace (an area
 * of the interface). English is the reference: its shape is the type every lookup is checked
 * against, and `catalogues.test.ts` fails when Spanish lacks a key or has one English lacks.
 * Register a new namespace here with one line per language.
 */
const en = {
  Auth: enAuth,
  Captures: enCaptures,
  Charts: enCharts,
  CheckedBefore: enCheckedBefore,
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
  Search: enSearch,
  Settings: enSettings,
  Sources: enSources,
  Validation: enValidation,
  Workspace: enWorkspace,
};

export type Messages = typeof en;

const es: Messages = {
  Auth: esAuth,
  Captures: esCaptures,
  Charts: esCharts,
  CheckedBefore: esCheckedBefore,
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
  Search: esSearch,
  Settings: esSettings,
  Sources: esSources,
  Validation: esValidation,
  Workspace: esWorkspace,
};

export const catalogues: Record<Locale, Messages> = { en, es };
