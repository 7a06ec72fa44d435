import type { Locale } from "../locales";
import enAuth from "./en/Auth.json";
import enChecking from "./en/Checking.json";
import enCommon from "./en/Common.json";
import enErrors from "./en/Errors.json";
import enReader from "./en/Reader.json";
import enSettings from "./en/Settings.json";
import enValidation from "./en/Validation.json";
import enWorkspace from "./en/Workspace.json";
import esAuth from "./es/Auth.json";
import esChecking from "./es/Checking.json";
import esCommon from "./es/Common.json";
import esErrors from "./es/Errors.json";
import esReader from "./es/Reader.json";
import esSettings from "./es/Settings.json";
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
  Checking: enChecking,
  Common: enCommon,
  Errors: enErrors,
  Reader: enReader,
  Settings: enSettings,
  Validation: enValidation,
  Workspace: enWorkspace,
};

export type Messages = typeof en;

const es: Messages = {
  Auth: esAuth,
  Checking: esChecking,
  Common: esCommon,
  Errors: esErrors,
  Reader: esReader,
  Settings: esSettings,
  Validation: esValidation,
  Workspace: esWorkspace,
};

export const catalogues: Record<Locale, Messages> = { en, es };
