import { readFile } from "node:fs/promises";
import path from "node:path";
import { apiReferenceHeaders } from "../../reference-headers";

/**
 * `GET /api/docs/assets/{file}`: Swagger UI's bundle and styles, read from the pinned
 * `swagger-ui-dist` package (nothing is fetched from elsewhere), and our start script.
 * Only the names below are served; anything else is 404.
 */
const packageFiles: Record<string, string> = {
  "swagger-ui-bundle.js": "text/javascript; charset=utf-8",
  "swagger-ui.css": "text/css; charset=utf-8",
};

// Deep links name operations; the validator badge would call validator.swagger.io, so it is off.
const startScript = `window.SwaggerUIBundle({
  url: "/api/v1/openapi.json",
  dom_id: "#reference",
  deepLinking: true,
  validatorUrl: null,
  persistAuthorization: false,
  defaultModelsExpandDepth: 0,
});
`;

export async function GET(_request: Request, context: { params: Promise<{ file: string }> }) {
  const { file } = await context.params;
  if (file === "start.js") return new Response(startScript, { headers: { ...apiReferenceHeaders, "Content-Type": "text/javascript; charset=utf-8" } });
  const type = packageFiles[file];
  if (!type) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  // npm start and the tests run from the repository root, where node_modules is.
  const body = await readFile(path.join(process.cwd(), "node_modules", "swagger-ui-dist", file));
  return new Response(body, { headers: { ...apiReferenceHeaders, "Content-Type": type } });
}
