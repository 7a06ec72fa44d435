/**
 * Headers of the API reference and its assets: a policy that lets the page run only the
 * scripts served from here and talk only to this origin (the OpenAPI document, and the API
 * itself when someone tries a request with their token). Swagger UI sets inline styles.
 */
export const apiReferenceHeaders = {
  "Content-Security-Policy": [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join("; "),
  "Cache-Control": "public, max-age=3600",
};
