/**
 * The labelled set of "checked before", written for this project (the sentences and most
 * figures are invented for the test; none is copied from an article). Each claim names the
 * statement it makes: two claims with the same `statement` are the same claim (a pair the
 * matcher must find, often one in English and one in Spanish). A claim with `hardNegativeOf`
 * is a near miss of that statement, of one kind:
 * - `other-figure`: the same counted thing, another figure in another event (not the same claim);
 * - `other-thing`: the same figure (or close) counting something else;
 * - `other-event`: the same names (and often words) in another event or year;
 * - `conflicting`: the same statement with a figure that cannot hold with it — worth showing
 *   (the conflict is news) but below every twin; see README.md "What a fact-checker wants".
 * Every other pair of the pool is a different claim.
 */
export type HardNegativeKind = "other-figure" | "other-thing" | "other-event" | "conflicting";

export interface LabelledClaim {
  id: string;
  language: "en" | "es";
  text: string;
  /** The statement it makes; the same for twins. */
  statement: string;
  hardNegativeOf?: { statement: string; kind: HardNegativeKind };
}

const c = (id: string, language: "en" | "es", statement: string, text: string, hardNegativeOf?: LabelledClaim["hardNegativeOf"]): LabelledClaim => ({
  id,
  language,
  text,
  statement,
  ...(hardNegativeOf ? { hardNegativeOf } : {}),
});

export const labelledClaims: readonly LabelledClaim[] = [
  // Prisons and deportations.
  c("cap-en", "en", "cecot-capacity", "The Terrorism Confinement Center in El Salvador was built to hold about 40,000 inmates."),
  c("cap-es", "es", "cecot-capacity", "El Centro de Confinamiento del Terrorismo de El Salvador tiene capacidad para unos 40.000 reclusos."),
  c("cap-en2", "en", "cecot-capacity", "CECOT, Bukele's mega-prison, can take up to 40,000 prisoners."),
  c("cap-occ-en", "en", "cecot-occupancy", "Fewer than 15,000 inmates were held at CECOT in 2023, according to prison officials.", {
    statement: "cecot-capacity",
    kind: "other-figure",
  }),
  c("cap-guards-es", "es", "cecot-guards", "Unos 40.000 agentes y soldados vigilan las cárceles de El Salvador, según el Gobierno.", {
    statement: "cecot-capacity",
    kind: "other-thing",
  }),
  c("ven-en", "en", "venezuelans-238", "Government figures put the number of Venezuelans flown to El Salvador on 15 March 2025 at 238."),
  c("ven-es", "es", "venezuelans-238", "Según las cifras oficiales, 238 venezolanos fueron enviados a El Salvador el 15 de marzo de 2025."),
  c("ven-about-es", "es", "venezuelans-238", "La Presidencia salvadoreña habló de unos 250 venezolanos trasladados a El Salvador en marzo de 2025."),
  c("ven-300-en", "en", "people-300", "Nearly 300 people were flown from the United States to El Salvador in March 2025.", {
    statement: "venezuelans-238",
    kind: "other-thing",
  }),
  c("ven-conf-es", "es", "venezuelans-400", "Más de 400 venezolanos fueron deportados a El Salvador en marzo de 2025, dijo un senador.", {
    statement: "venezuelans-238",
    kind: "conflicting",
  }),
  c("ven-colombia-en", "en", "venezuelans-colombia", "Colombia received 238 Venezuelan deportees from the United States in January 2026.", {
    statement: "venezuelans-238",
    kind: "other-event",
  }),
  c("aea-en", "en", "aea-137", "Of the Venezuelans deported, 137 were removed under the Alien Enemies Act, the Department of Homeland Security said."),
  c(
    "aea-es",
    "es",
    "aea-137",
    "De los venezolanos deportados, 137 fueron expulsados en virtud de la Ley de Enemigos Extranjeros, según el Departamento de Seguridad Nacional.",
  ),
  c("aea-1798-en", "en", "aea-1798", "The Alien Enemies Act of 1798 had been used only three times before, all in wartime.", {
    statement: "aea-137",
    kind: "other-event",
  }),
  c("pay-en", "en", "payment-6m", "El Salvador will receive about $6 million from Washington to hold the deportees for a year."),
  c("pay-es", "es", "payment-6m", "El Salvador recibirá unos 6 millones de dólares de Washington por custodiar a los deportados durante un año."),
  c("pay-20m-en", "en", "payment-20m", "The State Department set aside $20 million for the prison deal with Costa Rica in 2026.", {
    statement: "payment-6m",
    kind: "other-figure",
  }),
  c("msg-en", "en", "salvadorans-23", "Twenty-three Salvadorans accused of belonging to MS-13 were on the same flights to San Salvador."),
  c("msg-es", "es", "salvadorans-23", "En los mismos vuelos a San Salvador viajaban 23 salvadoreños acusados de pertenecer a la MS-13."),
  c("msg-23-en", "en", "msg-guards-23", "Twenty-three guards were dismissed from the Izalco prison after a riot in 2019.", {
    statement: "salvadorans-23",
    kind: "other-thing",
  }),
  c("fam-en", "en", "families-50", "At least 50 relatives say the men sent to CECOT were never charged with a crime."),
  c("fam-es", "es", "families-50", "Al menos 50 familiares aseguran que los hombres enviados al CECOT nunca fueron acusados de ningún delito."),
  // Crime.
  c("hom-en", "en", "homicides-2024", "El Salvador recorded 114 homicides in 2024, the lowest number in its history, Bukele said."),
  c("hom-es", "es", "homicides-2024", "El Salvador registró 114 homicidios en 2024, la cifra más baja de su historia, afirmó Bukele."),
  c("hom-2015-es", "es", "homicides-2015", "En 2015 El Salvador registró más de 6.600 homicidios, según la Policía Nacional Civil.", {
    statement: "homicides-2024",
    kind: "other-event",
  }),
  c(
    "hom-conf-en",
    "en",
    "homicides-2024-conf",
    "Human rights groups counted at least 300 homicides in El Salvador in 2024, far more than the official figure.",
    { statement: "homicides-2024", kind: "conflicting" },
  ),
  c("arr-en", "en", "arrests-80k", "More than 80,000 people have been arrested under El Salvador's state of exception since March 2022."),
  c("arr-es", "es", "arrests-80k", "Más de 80.000 personas han sido detenidas bajo el régimen de excepción en El Salvador desde marzo de 2022."),
  c("arr-hon-es", "es", "arrests-honduras", "Honduras detuvo a más de 80.000 personas por delitos comunes en 2023.", {
    statement: "arrests-80k",
    kind: "other-event",
  }),
  c("mex-en", "en", "mexico-homicides", "Mexico recorded 30,057 homicide victims in 2023, according to the national statistics office."),
  c("mex-es", "es", "mexico-homicides", "México registró 30.057 víctimas de homicidio en 2023, según el instituto nacional de estadística."),
  c("mex-2019-es", "es", "mexico-homicides-2019", "México registró 36.661 víctimas de homicidio en 2019, un récord, según el instituto de estadística.", {
    statement: "mexico-homicides",
    kind: "other-event",
  }),
  // Economy.
  c("inf-en", "en", "argentina-inflation", "Argentina's annual inflation fell to 117.8% in December 2024."),
  c("inf-es", "es", "argentina-inflation", "La inflación anual de Argentina bajó al 117,8 % en diciembre de 2024."),
  c("inf-pov-es", "es", "argentina-poverty", "La pobreza en Argentina alcanzó el 52,9 % de la población en el primer semestre de 2024.", {
    statement: "argentina-inflation",
    kind: "other-thing",
  }),
  c("inf-2023-en", "en", "argentina-inflation-2023", "Argentina's annual inflation reached 211% in December 2023, the highest in three decades.", {
    statement: "argentina-inflation",
    kind: "other-event",
  }),
  c("une-en", "en", "spain-unemployment", "Spain's unemployment rate fell to 10.6% in the last quarter of 2024."),
  c("une-es", "es", "spain-unemployment", "La tasa de paro de España bajó al 10,6 % en el último trimestre de 2024."),
  c("une-youth-es", "es", "spain-youth-unemployment", "El paro juvenil en España se situó en el 24,9 % a finales de 2024.", {
    statement: "spain-unemployment",
    kind: "other-figure",
  }),
  c("wage-en", "en", "mexico-wage", "Mexico raised the daily minimum wage to 278.80 pesos in January 2025."),
  c("wage-es", "es", "mexico-wage", "México subió el salario mínimo diario a 278,80 pesos en enero de 2025."),
  c("wage-2024-es", "es", "mexico-wage-2024", "El salario mínimo diario en México fue de 248,93 pesos en 2024.", {
    statement: "mexico-wage",
    kind: "other-event",
  }),
  c("rem-en", "en", "remittances", "Remittances to Guatemala reached about $21.5 billion in 2024."),
  c("rem-es", "es", "remittances", "Las remesas a Guatemala alcanzaron unos 21.500 millones de dólares en 2024."),
  c("rem-hon-en", "en", "remittances-honduras", "Remittances to Honduras reached about $9.7 billion in 2024, the central bank said.", {
    statement: "remittances",
    kind: "other-figure",
  }),
  c("debt-en", "en", "colombia-debt", "Colombia's public debt stood at 59% of GDP at the end of 2024."),
  c("debt-es", "es", "colombia-debt", "La deuda pública de Colombia se situó en el 59 % del PIB a finales de 2024."),
  // Migration and borders.
  c("bor-en", "en", "border-crossings", "Border Patrol recorded about 8,300 crossings at the southern border in February 2025."),
  c("bor-es", "es", "border-crossings", "La Patrulla Fronteriza registró unos 8.300 cruces en la frontera sur en febrero de 2025."),
  c("bor-2023-en", "en", "border-2023", "Border Patrol recorded about 249,000 crossings at the southern border in December 2023.", {
    statement: "border-crossings",
    kind: "other-event",
  }),
  c("darien-en", "en", "darien", "More than 520,000 migrants crossed the Darién Gap in 2023, a record."),
  c("darien-es", "es", "darien", "Más de 520.000 migrantes cruzaron el Tapón del Darién en 2023, un récord."),
  c("darien-2024-es", "es", "darien-2024", "Unos 302.000 migrantes cruzaron el Darién en 2024, según Panamá.", { statement: "darien", kind: "other-event" }),
  c("ref-en", "en", "venezuelan-exodus", "Nearly 7.9 million Venezuelans have left their country since 2014, the UN says."),
  c("ref-es", "es", "venezuelan-exodus", "Casi 7,9 millones de venezolanos han salido de su país desde 2014, según la ONU."),
  c("ref-col-es", "es", "venezuelans-in-colombia", "Colombia acoge a unos 2,8 millones de venezolanos, según Migración Colombia.", {
    statement: "venezuelan-exodus",
    kind: "other-figure",
  }),
  c("tps-en", "en", "tps-350k", "Ending the protected status affects about 350,000 Venezuelans living in the United States."),
  c("tps-es", "es", "tps-350k", "El fin del estatus de protección temporal afecta a unos 350.000 venezolanos que viven en Estados Unidos."),
  c("asy-en", "en", "asylum-spain", "Spain received more than 160,000 asylum applications in 2023."),
  c("asy-es", "es", "asylum-spain", "España recibió más de 160.000 solicitudes de asilo en 2023."),
  c("asy-ger-en", "en", "asylum-germany", "Germany received more than 329,000 asylum applications in 2023.", {
    statement: "asylum-spain",
    kind: "other-event",
  }),
  // Health, education, environment.
  c("vac-en", "en", "vaccines-peru", "Peru administered 90 million COVID-19 vaccine doses by the end of 2022."),
  c("vac-es", "es", "vaccines-peru", "Perú aplicó 90 millones de dosis de la vacuna contra la COVID-19 hasta finales de 2022."),
  c("vac-chile-es", "es", "vaccines-chile", "Chile aplicó 60 millones de dosis de la vacuna contra la COVID-19 hasta 2022.", {
    statement: "vaccines-peru",
    kind: "other-event",
  }),
  c("doc-en", "en", "doctors-cuba", "Cuba sent around 600 doctors to Mexico under a 2022 agreement."),
  c("doc-es", "es", "doctors-cuba", "Cuba envió alrededor de 600 médicos a México en virtud de un acuerdo de 2022."),
  c("doc-teach-en", "en", "teachers-cuba", "Around 600 teachers left Cuba for Mexico in 2022.", { statement: "doctors-cuba", kind: "other-thing" }),
  c("sch-en", "en", "schools-closed", "About 1,200 schools were closed in Haiti because of gang violence in 2024."),
  c("sch-es", "es", "schools-closed", "Alrededor de 1.200 escuelas permanecieron cerradas en Haití por la violencia de las pandillas en 2024."),
  c("sch-conf-es", "es", "schools-closed-conf", "Más de 5.000 escuelas cerraron en Haití por la violencia de las pandillas en 2024, según Unicef.", {
    statement: "schools-closed",
    kind: "conflicting",
  }),
  c("def-en", "en", "amazon-deforestation", "Deforestation in the Brazilian Amazon fell to about 6,300 square kilometres in the year to July 2024."),
  c("def-es", "es", "amazon-deforestation", "La deforestación en la Amazonia brasileña cayó a unos 6.300 kilómetros cuadrados en el año hasta julio de 2024."),
  c("def-bol-en", "en", "bolivia-fires", "Fires burned about 10 million hectares of forest in Bolivia in 2024.", {
    statement: "amazon-deforestation",
    kind: "other-figure",
  }),
  c("wat-en", "en", "mexico-water", "Mexico City's reservoirs fell below 30% of capacity in early 2024."),
  c("wat-es", "es", "mexico-water", "Las presas que abastecen a la Ciudad de México bajaron de 30 % de su capacidad a inicios de 2024."),
  // Elections and politics.
  c("vot-en", "en", "bukele-vote", "Bukele won re-election in February 2024 with about 85% of the vote."),
  c("vot-es", "es", "bukele-vote", "Bukele ganó la reelección en febrero de 2024 con alrededor del 85 % de los votos."),
  c("vot-2019-en", "en", "bukele-vote-2019", "Bukele first won the presidency in 2019 with 53% of the vote.", {
    statement: "bukele-vote",
    kind: "other-event",
  }),
  c("vot-approval-es", "es", "bukele-approval", "Bukele tiene un 85 % de aprobación, según una encuesta de enero de 2024.", {
    statement: "bukele-vote",
    kind: "other-thing",
  }),
  c("turn-en", "en", "mexico-turnout", "Turnout in Mexico's June 2024 presidential election was about 61%."),
  c("turn-es", "es", "mexico-turnout", "La participación en la elección presidencial de México de junio de 2024 fue de alrededor del 61 %."),
  c("shein-es", "es", "sheinbaum-vote", "Claudia Sheinbaum ganó la elección presidencial de México en junio de 2024 con casi el 60 % de los votos.", {
    statement: "mexico-turnout",
    kind: "other-thing",
  }),
  c("shein-en", "en", "sheinbaum-vote", "Claudia Sheinbaum won Mexico's presidential election in June 2024 with nearly 60% of the vote."),
  c("ord-en", "en", "executive-order-count", "Trump signed 26 executive orders on his first day back in office in January 2025."),
  c("ord-es", "es", "executive-order-count", "Trump firmó 26 órdenes ejecutivas en su primer día de regreso al cargo, en enero de 2025."),
  c("ord-2017-en", "en", "executive-order-2017", "Trump signed 33 executive orders in his first 100 days in 2017.", {
    statement: "executive-order-count",
    kind: "other-event",
  }),
  // Same language pairs (paraphrases).
  c("oil-en", "en", "venezuela-oil", "Venezuela pumped about 920,000 barrels of oil a day in 2024."),
  c("oil-en2", "en", "venezuela-oil", "Venezuelan crude output averaged roughly 920,000 barrels per day in 2024, OPEC data show."),
  c("oil-1998-en", "en", "venezuela-oil-1998", "Venezuela produced more than 3 million barrels of oil a day in 1998.", {
    statement: "venezuela-oil",
    kind: "other-event",
  }),
  c("blk-es", "es", "cuba-blackout", "Un apagón dejó sin electricidad a unos 10 millones de cubanos en octubre de 2024."),
  c("blk-es2", "es", "cuba-blackout", "Cerca de 10 millones de personas se quedaron sin electricidad en Cuba por el apagón de octubre de 2024."),
  c("blk-en", "en", "cuba-blackout", "A blackout left about 10 million Cubans without electricity in October 2024."),
  c("hun-es", "es", "haiti-hunger", "Casi 5,5 millones de haitianos sufren hambre aguda, según la ONU."),
  c("hun-en", "en", "haiti-hunger", "Nearly 5.5 million Haitians face acute hunger, the UN says."),
  c("dis-en", "en", "haiti-displaced", "More than 700,000 Haitians have been displaced by gang violence, according to the UN.", {
    statement: "haiti-hunger",
    kind: "other-figure",
  }),
  c("tar-en", "en", "tariff-25", "The United States imposed a 25% tariff on imports from Mexico and Canada in March 2025."),
  c("tar-es", "es", "tariff-25", "Estados Unidos impuso un arancel del 25 % a las importaciones de México y Canadá en marzo de 2025."),
  c("tar-steel-en", "en", "tariff-steel", "The United States imposed a 25% tariff on all steel imports in February 2025.", {
    statement: "tariff-25",
    kind: "other-event",
  }),
  // Claims without a figure.
  c("nof-en", "en", "aea-invoked", "The White House invoked the Alien Enemies Act to deport Venezuelans without hearings."),
  c("nof-es", "es", "aea-invoked", "La Casa Blanca invocó la Ley de Enemigos Extranjeros para deportar a venezolanos sin audiencias."),
  c("nof-judge-en", "en", "judge-order", "A federal judge ordered the government to turn the planes around before they landed in El Salvador.", {
    statement: "aea-invoked",
    kind: "other-event",
  }),
  c("nof-es2", "es", "judge-order", "Un juez federal ordenó al Gobierno que los aviones dieran la vuelta antes de aterrizar en El Salvador."),
];
