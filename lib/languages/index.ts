/**
 * Languages: the ISO 639-1 codes a source's language may hold, the ones offered first, and
 * the detection of a text's language. Pure TypeScript, no I/O.
 */
export { commonLanguages, iso6391Codes, isLanguageCode, type LanguageCode } from "./iso-639-1";
export { detectLanguage } from "./detect-language";
export { languageName } from "./language-name";
export { languageLabel, languageOptions, type LanguageOption, type LanguageOptions } from "./language-options";
