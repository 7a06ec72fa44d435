import { getActor } from "@/app/_server/current-actor";
import { chooseLocale } from "@/lib/i18n/negotiate";
import { formatter, translator } from "@/lib/i18n/translator";
import type { Messages } from "@/lib/i18n/messages";

/**
 * `next-intl/server` for server code run by Vitest outside Next (the actions matrix calls
 * actions directly): the same catalogues and the same choice of language as
 * app/_server/i18n/request.ts, less what only a request has (its cookie and Accept-Language),
 * so a person who chose Spanish gets Spanish and everyone else English.
 */
export async function getLocale() {
  return chooseLocale({ chosen: (await getActor())?.locale });
}

export async function getTranslations<const Namespace extends keyof Messages>(namespace: Namespace) {
  return translator(await getLocale(), namespace);
}

export async function getFormatter() {
  return formatter(await getLocale());
}
