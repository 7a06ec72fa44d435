/**
 * A small bilingual lexicon of the words fact-checks keep meeting, written for this project:
 * each concept lists the folded word forms (English and Spanish, common inflections) that say
 * the same thing, so "deported" and "deportados", "prison" and "cárcel" meet. Counted nouns
 * ("inmates", "reclusos") are lib/quantities' counted-things lexicon's business; words here are
 * the verbs, places and topics around the figure. A word is looked up exactly (folded, lower
 * case), then by dropping a final "s" / "es", and the
 * same for its masculine form ("enviadas" as "enviados").
 */
const CONCEPTS: Readonly<Record<string, readonly string[]>> = {
  deport: [
    "deport",
    "deported",
    "deporting",
    "deportation",
    "deportations",
    "deportar",
    "deportado",
    "deportados",
    "deportada",
    "deportadas",
    "deporto",
    "deportaron",
    "deportacion",
    "deportaciones",
    "expelled",
    "expulsados",
    "expulsion",
    "removed",
  ],
  prison: [
    "prison",
    "prisons",
    "jail",
    "jails",
    "carcel",
    "carceles",
    "prision",
    "prisiones",
    "penal",
    "penitenciario",
    "megacarcel",
    "megaprison",
    "megacarcel",
  ],
  inmate: ["inmate", "inmates", "prisoner", "prisoners", "recluso", "reclusos", "preso", "presos", "reos"],
  gang: ["gang", "gangs", "pandilla", "pandillas", "mara", "maras", "pandillero", "pandilleros", "mareros"],
  send: ["sent", "send", "sending", "enviado", "enviados", "envio", "enviaron", "enviar", "transferred", "trasladados", "trasladado", "traslado", "transfer"],
  flight: ["flight", "flights", "vuelo", "vuelos", "plane", "planes", "avion", "aviones"],
  arrive: ["arrived", "arrive", "arrival", "landed", "llegaron", "llegada", "llego", "aterrizaron", "aterrizo"],
  arrest: ["arrest", "arrested", "arrests", "detenido", "detenidos", "detencion", "detenciones", "arrestados", "capturados", "captured"],
  murder: ["murder", "murders", "homicide", "homicides", "homicidio", "homicidios", "asesinato", "asesinatos", "killings", "killed", "asesinados", "murdered"],
  rate: ["rate", "rates", "tasa", "tasas", "indice"],
  unemployment: ["unemployment", "unemployed", "desempleo", "paro", "desempleados"],
  inflation: ["inflation", "inflacion"],
  poverty: ["poverty", "poor", "pobreza", "pobres"],
  election: ["election", "elections", "eleccion", "elecciones", "comicios"],
  vote: ["vote", "votes", "voted", "voto", "votos", "votaron", "ballots", "papeletas"],
  vaccine: ["vaccine", "vaccines", "vaccinated", "vacuna", "vacunas", "vacunados"],
  budget: ["budget", "presupuesto"],
  pay: ["paid", "pay", "payment", "pago", "pagos", "pagado", "pagaron", "pagar"],
  court: ["court", "judge", "tribunal", "juez", "jueza", "corte", "judicial"],
  order: ["order", "ordered", "orden", "ordeno", "ordenado"],
  executive: ["executive", "ejecutiva", "ejecutivo"],
  law: ["law", "ley"],
  enemy: ["enemy", "enemies", "enemigo", "enemigos", "extranjeros", "alien", "aliens"],
  government: ["government", "administration", "gobierno", "administracion"],
  president: ["president", "presidente", "presidenta"],
  minister: ["minister", "ministro", "ministra", "secretary", "secretario", "secretaria"],
  criminal: ["criminal", "criminals", "criminales", "delincuentes", "delincuente", "antecedentes"],
  migrant: ["migrant", "migrants", "migrante", "migrantes", "immigrant", "immigrants", "inmigrante", "inmigrantes"],
  border: ["border", "frontera", "fronterizo", "fronteriza"],
  asylum: ["asylum", "asilo"],
  school: ["school", "schools", "escuela", "escuelas", "colegio", "colegios"],
  hospital: ["hospital", "hospitals", "hospitales"],
  death: ["death", "deaths", "died", "dead", "muerte", "muertes", "murieron", "fallecidos", "murio", "muertos"],
  wage: ["wage", "wages", "salary", "salario", "salarios", "sueldo"],
  minimum: ["minimum", "minimo"],
  tax: ["tax", "taxes", "impuesto", "impuestos"],
  debt: ["debt", "deuda"],
  growth: ["growth", "grew", "crecimiento", "crecio"],
  fell: ["fell", "drop", "dropped", "fall", "cayo", "caida", "descenso", "decline", "declined", "reduced", "redujo", "reduccion"],
  rose: ["rose", "rise", "increase", "increased", "aumento", "subio", "aumentaron", "incremento"],
  tariff: ["tariff", "tariffs", "arancel", "aranceles"],
  million: ["million", "millions", "millon", "millones"],
  cost: ["cost", "costs", "costo", "coste", "costaron", "costo"],
  year: ["year", "years", "annual", "ano", "anos", "anual"],
  month: ["month", "months", "mes", "meses", "monthly", "mensual"],
  week: ["week", "weeks", "semana", "semanas"],
  day: ["day", "days", "dia", "dias", "daily", "diario", "diarios"],
  capacity: ["capacity", "capacidad", "hold", "albergar", "alberga", "holds"],
  water: ["water", "agua"],
  forest: ["forest", "forests", "bosque", "bosques", "deforestation", "deforestacion"],
  hectare: ["hectare", "hectares", "hectarea", "hectareas"],
  student: ["student", "students", "estudiante", "estudiantes", "alumnos", "alumno"],
  teacher: ["teacher", "teachers", "docente", "docentes", "maestro", "maestros", "profesores"],
  doctor: ["doctor", "doctors", "medico", "medicos"],
  police: ["police", "policia", "policias", "officers", "agentes"],
  soldier: ["soldier", "soldiers", "troops", "soldado", "soldados", "militares", "tropas"],
  child: ["child", "children", "kids", "nino", "ninos", "menores", "minors"],
  woman: ["woman", "women", "mujer", "mujeres"],
  job: ["job", "jobs", "empleo", "empleos", "puestos"],
  export: ["export", "exports", "exportaciones", "exportacion"],
  oil: ["oil", "petroleo", "crude", "crudo"],
  electricity: ["electricity", "electricidad", "blackout", "apagon", "outage"],
  hunger: ["hunger", "hambre", "malnutrition", "desnutricion"],
  homeless: ["homeless", "sinhogar"],
  protest: ["protest", "protests", "protesta", "protestas", "manifestacion", "manifestaciones", "demonstrators", "manifestantes"],
  relative: ["relative", "relatives", "familiar", "familiares", "pariente", "parientes"],
  crossing: ["crossing", "crossings", "cruce", "cruces"],
  dose: ["dose", "doses", "dosis"],
  application: ["application", "applications", "request", "requests", "solicitud", "solicitudes", "peticion", "peticiones"],
  barrel: ["barrel", "barrels", "barril", "barriles"],
  reservoir: ["reservoir", "reservoirs", "dam", "dams", "presa", "presas", "embalse", "embalses"],
  turnout: ["turnout", "participacion", "abstention", "abstencion"],
  remittance: ["remittance", "remittances", "remesa", "remesas"],
  approval: ["approval", "aprobacion", "popularity", "popularidad"],
  refugee: ["refugee", "refugees", "refugiado", "refugiados", "displaced", "desplazados"],
};

const lookup = new Map<string, string>();
for (const [concept, forms] of Object.entries(CONCEPTS)) for (const form of forms) lookup.set(form, concept);

/** The concept key of a folded, lower-case word, or null when it is in no concept. */
export function conceptOf(word: string): string | null {
  const masculine = word.replace(/a(s?)$/, "o$1");
  for (const form of [word, masculine]) {
    const found = lookup.get(form) ?? (form.endsWith("s") ? (lookup.get(form.slice(0, -1)) ?? lookup.get(form.slice(0, -2))) : undefined);
    if (found !== undefined) return found;
  }
  return null;
}
