/**
 * A news story written for the Spanish-reading bench in two languages, paragraph for
 * paragraph, with the same figures, dates and quotations in each (invented; names other than
 * public offices are made up). `newsOfLength` repeats a version's paragraphs, filler between,
 * to about `chars` characters and cuts both languages to exactly the same length.
 */
const ENGLISH = [
  "SAN SALVADOR — Two chartered planes landed at dawn on Sunday, 16 March 2025, carrying more than 200 deportees, according to the airport authority.",
  "Roughly 250 Venezuelans were on board, along with 23 Salvadorans, the interior ministry said in a statement. A later count put the total at 261 people.",
  "“Nobody told us where they were taking him,” said Elena Marcano, whose brother was on the second flight. “We found out from the television.”",
  "The prison, built for 40,000 inmates, keeps new arrivals in isolation for 14 days. Nearly 300 detainees have died in custody since 2022, rights groups said.",
  "Last week a judge ordered the flights to stop; the government said the order came too late. The agreement costs about $6 million a year.",
  "Between 150 and 180 relatives gathered outside the consulate on Tuesday, and at least 137 of the men were removed under a law from 1798.",
  "“We acted within the law,” the minister said. Tens of thousands of people have been detained since the emergency began, almost 2% of the adults.",
  "Another flight with a dozen deportees is expected next week, an airport employee said, asking not to be named.",
];
const SPANISH = [
  "SAN SALVADOR — Dos aviones fletados aterrizaron al amanecer del domingo 16 de marzo de 2025 con más de 200 deportados, según la autoridad aeroportuaria.",
  "Unos 250 venezolanos iban a bordo, junto a 23 salvadoreños, afirmó el ministerio del Interior en un comunicado. Un recuento posterior elevó el total a 261 personas.",
  "«Nadie nos dijo adónde se lo llevaban», dijo Elena Marcano, cuyo hermano viajaba en el segundo vuelo. «Nos enteramos por la televisión».",
  "La cárcel, construida para 40.000 reclusos, mantiene aislados durante 14 días a los recién llegados. Casi 300 detenidos han muerto bajo custodia desde 2022, según grupos de derechos humanos.",
  "La semana pasada un juez ordenó detener los vuelos; el Gobierno respondió que la orden llegó tarde. El acuerdo cuesta unos 6 millones de dólares al año.",
  "Entre 150 y 180 familiares se reunieron el martes frente al consulado, y al menos 137 de los hombres fueron expulsados en virtud de una ley de 1798.",
  "—Actuamos dentro de la ley —aseguró el ministro—. Decenas de miles de personas han sido detenidas desde que empezó la emergencia, casi el 2 % de los adultos.",
  "Otro vuelo con una docena de deportados llegará la próxima semana, indicó un empleado del aeropuerto que pidió no ser identificado.",
];
const FILLER = {
  en: "Relatives waited for hours outside the building, asking officials for any news at all, while lawyers argued over how the old statute should be read in peacetime.",
  es: "Los familiares esperaron durante horas frente al edificio, pidiendo a los funcionarios cualquier noticia, mientras los abogados discutían cómo debía leerse la vieja ley en tiempos de paz.",
};

/** About `chars` characters of the story in `language`, paragraphs and filler alternating, cut to exactly `chars`. */
export function newsOfLength(language: "en" | "es", chars: number): string {
  const paragraphs = (language === "es" ? SPANISH : ENGLISH).flatMap((paragraph) => [paragraph, FILLER[language]]);
  const parts: string[] = [];
  for (let i = 0, size = 0; size < chars; i++) {
    parts.push(paragraphs[i % paragraphs.length]!);
    size += paragraphs[i % paragraphs.length]!.length + 2;
  }
  const text = parts.join("\n\n").slice(0, chars);
  return text.slice(0, text.lastIndexOf(" ") > 0 && text.length === chars ? chars : text.length);
}
