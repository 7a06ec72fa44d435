/**
 * The demo investigation seeded on first start. The texts are written for this project
 * (the outlets are invented; one of them writes in Spanish); the figures are the ones
 * reported in March 2025, chosen because they disagree with each other.
 */
export const demoInvestigationTitle = "Deportation flights to El Salvador, March 2025";

export const demoSources = [
  {
    title: "US flies deportees to El Salvador despite court order",
    outlet: "Harbour City Wire",
    url: "https://example.org/wire/deportation-flights-el-salvador",
    publishedAt: "2025-03-16",
    text: `The United States sent over 200 deportees to El Salvador over the weekend, officials in both countries said on Sunday, hours after a federal judge in Washington told the government to keep the planes on the ground.

The flights landed overnight at the airport outside San Salvador. Salvadoran police led the passengers, shackled and with their heads shaved, to buses bound for the Terrorism Confinement Center, a prison built to hold 40,000 inmates.

According to a statement from the Salvadoran presidency, roughly 250 Venezuelans accused of belonging to the Tren de Aragua gang were among those transferred. El Salvador agreed to hold them for at least one year in exchange for about $6 million from Washington.

"They will stay where they can do no harm," a spokesperson for the Salvadoran presidency told reporters.

The White House invoked the Alien Enemies Act, a wartime law last used during the Second World War, to remove the men without hearings. Lawyers for several families said their relatives had no criminal record.`,
  },
  {
    title: "Who was on the planes: the numbers so far",
    outlet: "The Civic Ledger",
    url: "https://example.org/ledger/who-was-on-the-planes",
    publishedAt: "2025-03-18",
    text: `Three aircraft left Texas on 15 March 2025. Government figures released on Monday put the total at 261 people: 238 Venezuelans and 23 Salvadorans alleged to belong to the MS-13 gang.

Of the Venezuelans, 137 were removed under the Alien Enemies Act, a spokesperson for the Department of Homeland Security said. The rest were deported under ordinary immigration law.

The Salvadoran government has described the group as more than 250 alleged gang members. Families in Caracas and Houston have disputed that description, and at least 50 relatives have come forward to say the men were never charged with a crime.

The detainees will stay in the high-security prison for an initial period of one year, which both governments said could be extended.`,
  },
  {
    title: "Planes carrying deportees land in San Salvador",
    outlet: "Northgate Daily",
    url: "",
    publishedAt: "2025-03-17",
    text: `Nearly 300 people were flown from the United States to El Salvador on Saturday night, according to a person familiar with the operation who was not authorised to speak publicly.

The transfer was planned in less than 14 days, the person said. Lawyers for the men have asked the court to order their return, arguing that dozens of them were never accused of a crime in any country.`,
  },
  {
    title: "Lo que se sabe de los vuelos con deportados a El Salvador",
    outlet: "Diario El Cauce",
    url: "https://example.org/elcauce/lo-que-se-sabe-vuelos-deportados",
    publishedAt: "2025-03-19",
    language: "es",
    text: `Más de 200 deportados aterrizaron durante la madrugada del domingo en el aeropuerto internacional de El Salvador, a bordo de aviones fletados por el Gobierno de Estados Unidos.

La Presidencia salvadoreña habló en un comunicado de unos 250 venezolanos señalados como integrantes de una banda criminal, aunque no presentó pruebas de esa acusación. Una lista entregada después a la prensa por funcionarios estadounidenses recoge a 238 venezolanos y a una veintena de salvadoreños.

Abogados y familiares en Caracas sostienen que muchos de los trasladados no tenían antecedentes penales. Los detenidos fueron llevados en autobuses custodiados por policías y militares hasta una cárcel de máxima seguridad en el interior del país.`,
  },
] as const;

/**
 * Claims the demo highlights, by source title and words, and the facts that link them: one
 * whose figures cannot all be true (261 is not nearly 300), where the Spanish "más de 200
 * deportados" is listed as not compared (deportees and people are different counts), and one
 * whose figures agree across the two languages (238 venezolanos, 238 Venezuelans, roughly 250).
 */
export const demoFacts = [
  {
    title: "People flown to El Salvador on 15–16 March 2025",
    claims: [
      { source: "Who was on the planes: the numbers so far", exact: "261 people" },
      { source: "Planes carrying deportees land in San Salvador", exact: "Nearly 300 people" },
      { source: "Lo que se sabe de los vuelos con deportados a El Salvador", exact: "Más de 200 deportados" },
    ],
  },
  {
    title: "Venezuelans among them",
    claims: [
      { source: "US flies deportees to El Salvador despite court order", exact: "roughly 250 Venezuelans" },
      { source: "Who was on the planes: the numbers so far", exact: "238 Venezuelans" },
      { source: "Lo que se sabe de los vuelos con deportados a El Salvador", exact: "238 venezolanos" },
    ],
  },
] as const;

/** Further claims highlighted but not linked to a fact. */
export const demoClaims = [
  { source: "US flies deportees to El Salvador despite court order", exact: "over 200 deportees" },
  { source: "Lo que se sabe de los vuelos con deportados a El Salvador", exact: "unos 250 venezolanos" },
] as const;
