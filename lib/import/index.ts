/**
 * Importing sources: fetching a web page without server-side request forgery, reducing it
 * to article text and metadata, and reading uploaded text, Markdown and HTML files. Node
 * built-ins only for I/O; no framework or database. Every refusal is an `ImportError` whose
 * message can be shown to the user.
 */
export { ImportError, isImportError, type ImportErrorCode } from "./import-error";
export { safeFetch, SAFE_FETCH_DEFAULTS, type SafeFetchOptions, type SafeFetchResult } from "./safe-fetch";
export { USER_AGENT } from "./fetch-once";
export { extractArticle, type ExtractedArticle } from "./extract-article";
export { fileToText, type FileText } from "./file-to-text";
