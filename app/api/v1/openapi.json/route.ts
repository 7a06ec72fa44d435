import { NextResponse } from "next/server";
import { openApiDocument } from "@/lib/api/openapi";

/** Public on purpose: the description of the API holds no data, and clients need it before they have a token. */
export function GET() {
  return NextResponse.json(openApiDocument);
}
