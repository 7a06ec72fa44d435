/**
 * A small bilingual lexicon of the nouns news counts, so that a Spanish and an English claim
 * counting the same thing are compared: "deportados" and "deportees", "reclusos", "presos",
 * "inmates" and "prisoners". Each entry is one counted thing with its English and Spanish
 * forms, written in the singular, lower case, Spanish without accents (units are folded the
 * same way before they are looked up: see `units.ts`). Masculine forms only: the Spanish
 * generic plural is masculine ("venezolanos"), and a feminine plural ("venezolanas") counts
 * women, a different group, so it is not folded into the entry.
 *
 * Entries group words that count the same people or things in a news report, not synonyms
 * in general: "inmates", "prisoners", "reclusos", "presos" are one thing (people held in a
 * prison); "detainees"/"detenidos" another (held, not necessarily in prison). Like English
 * "gang members" ~ "members" (the head noun decides), "pandilleros" and "miembros" count
 * members. A word in no entry is compared by its own singular forms, as before.
 */
export interface CountedThingEntry {
  /** The key two units must share to be compared. */
  thing: string;
  en: readonly string[];
  es: readonly string[];
  /** A unit of measure rather than a counted thing ("%", money, ages): not compared with a count. */
  measure?: true;
}

export const countedThings: readonly CountedThingEntry[] = [
  { thing: "deportee", en: ["deportee"], es: ["deportado"] },
  { thing: "deportation", en: ["deportation", "removal", "expulsion"], es: ["deportacion", "expulsion"] },
  { thing: "venezuelan", en: ["venezuelan"], es: ["venezolano"] },
  { thing: "salvadoran", en: ["salvadoran", "salvadorean"], es: ["salvadoreno"] },
  { thing: "inmate", en: ["inmate", "prisoner", "convict"], es: ["recluso", "preso", "reo", "interno", "privado de libertad"] },
  { thing: "detainee", en: ["detainee"], es: ["detenido"] },
  { thing: "person", en: ["person", "people", "individual"], es: ["persona", "individuo"] },
  { thing: "migrant", en: ["migrant"], es: ["migrante"] },
  { thing: "immigrant", en: ["immigrant"], es: ["inmigrante"] },
  { thing: "refugee", en: ["refugee"], es: ["refugiado"] },
  { thing: "member", en: ["member", "gang member"], es: ["miembro", "integrante", "pandillero", "marero", "miembro de pandilla", "miembro de la pandilla"] },
  { thing: "flight", en: ["flight"], es: ["vuelo"] },
  { thing: "plane", en: ["plane", "airplane", "aircraft"], es: ["avion", "aeronave"] },
  { thing: "bus", en: ["bus"], es: ["autobus", "bus"] },
  { thing: "child", en: ["child", "children", "kid"], es: ["nino"] },
  { thing: "minor", en: ["minor"], es: ["menor", "menor de edad"] },
  { thing: "woman", en: ["woman", "women"], es: ["mujer"] },
  { thing: "man", en: ["man", "men"], es: ["hombre"] },
  { thing: "family", en: ["family"], es: ["familia"] },
  { thing: "death", en: ["death", "dead", "fatality"], es: ["muerte", "muerto", "fallecido", "victima mortal"] },
  { thing: "victim", en: ["victim"], es: ["victima"] },
  { thing: "soldier", en: ["soldier", "troop"], es: ["soldado", "militar"] },
  { thing: "police officer", en: ["police officer", "policeman", "officer"], es: ["policia", "agente de policia", "agente"] },
  { thing: "guard", en: ["guard"], es: ["guardia", "custodio"] },
  { thing: "worker", en: ["worker", "employee"], es: ["trabajador", "empleado"] },
  { thing: "citizen", en: ["citizen", "national"], es: ["ciudadano", "nacional"] },
  { thing: "prison", en: ["prison", "jail"], es: ["carcel", "prision", "penal", "centro penitenciario"] },
  { thing: "country", en: ["country"], es: ["pais"] },
  { thing: "vote", en: ["vote"], es: ["voto"] },
  { thing: "case", en: ["case"], es: ["caso"] },
  { thing: "year", en: ["year"], es: ["ano"] },
  { thing: "month", en: ["month"], es: ["mes"] },
  { thing: "week", en: ["week"], es: ["semana"] },
  { thing: "day", en: ["day"], es: ["dia"] },
  { thing: "hour", en: ["hour"], es: ["hora"] },
  { thing: "years old", en: ["years old", "year old"], es: ["anos de edad", "ano de edad"], measure: true },
  { thing: "USD", en: ["usd", "dollar", "us dollar"], es: ["dolar", "dolar estadounidense"], measure: true },
  { thing: "EUR", en: ["eur", "euro"], es: ["euro"], measure: true },
  { thing: "%", en: ["%", "percent", "per cent"], es: ["por ciento", "porcentaje"], measure: true },
];
