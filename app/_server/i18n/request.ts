import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { isDatabaseUnavailable } from "@/lib/database-unavailable";
import { catalogues } from "@/lib/i18n/messages";
import { chooseLocale } from "@/lib/i18n/negotiate";
import { timeZone } from "@/lib/i18n/translator";
import { getActor } from "../current-actor";

/**
 * The interface language of this request (lib/i18n/negotiate.ts): the signed-in person's
 * choice, else the sign-in page's `locale` cookie, else the browser's Accept-Language. The
 * address carries no locale. next-intl calls this once per request. The root layout asks for
 * it, so a database that cannot be reached must not fail it: the page's own error then says
 * so, in the browser's language.
 */
export default getRequestConfig(async () => {
  const [actor, cookieStore, headerList] = await Promise.all([getActor().catch(unlessDatabaseUnavailable), cookies(), headers()]);
  const locale = chooseLocale({ chosen: actor?.locale, cookie: cookieStore.get("locale")?.value, acceptLanguage: headerList.get("accept-language") });
  return { locale, messages: catalogues[locale], timeZone };
});

function unlessDatabaseUnavailable(error: unknown): null {
  if (isDatabaseUnavailable(error)) return null;
  throw error;
}
