import { apiReferenceHeaders } from "./reference-headers";

/**
 * `GET /api/docs`: the HTTP API's reference, rendered in the browser by Swagger UI (served
 * from our own node_modules, see ./assets) from `/api/v1/openapi.json`. Public, as the
 * document is: it describes the API and holds no data. Its own CSP allows only our scripts
 * and requests to this origin.
 */
const page = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Corroborate API reference</title>
<link rel="stylesheet" href="/api/docs/assets/swagger-ui.css">
</head>
<body>
<main id="reference" aria-label="Corroborate API reference"><noscript>This reference needs JavaScript. The same description is at <a href="/api/v1/openapi.json">/api/v1/openapi.json</a> (OpenAPI 3.1).</noscript></main>
<script src="/api/docs/assets/swagger-ui-bundle.js"></script>
<script src="/api/docs/assets/start.js"></script>
</body>
</html>
`;

export function GET() {
  return new Response(page, { headers: { ...apiReferenceHeaders, "Content-Type": "text/html; charset=utf-8" } });
}
