/**
 * The Spanish reading table: phrases as a Spanish source writes them, with the interval,
 * hedge, unit and written figure `readQuantity(text, { language: "es" })` must give; and
 * Spanish texts that hold no count. Notation as in read-quantity.table.test.ts. The same
 * phrases read as English (no language) read differently or not at all: the last tests say so.
 */
import { describe, expect, it } from "vitest";
import { readQuantity } from "./read-quantity";
import { interval } from "./test-notation";
import type { Hedge } from "./types";

type Row = readonly [input: string, notation: string, hedge: Hedge, unit: string | null, text: string];

const ROWS: readonly Row[] = [
  // digits, exact; a dot groups thousands, a comma is the decimal mark
  ["238 venezolanos", "[238]", "exact", "venezolanos", "238"],
  ["261 personas en total", "[261]", "exact", "personas", "261"],
  ["23 salvadoreños también fueron enviados", "[23]", "exact", "salvadoreños", "23"],
  ["40.000 reclusos", "[40000]", "exact", "reclusos", "40.000"],
  ["12.000 solicitudes", "[12000]", "exact", "solicitudes", "12.000"],
  ["1.500 agentes", "[1500]", "exact", "agentes", "1.500"],
  ["1,500 toneladas", "[1.5]", "exact", "toneladas", "1,500"],
  ["1,5 kilómetros", "[1.5]", "exact", "kilómetros", "1,5"],
  ["2,75 metros", "[2.75]", "exact", "metros", "2,75"],
  ["1.250.000 votantes", "[1250000]", "exact", "votantes", "1.250.000"],
  ["40.000,5 litros", "[40000.5]", "exact", "litros", "40.000,5"],
  ["40\u00a0000 reclusos", "[40000]", "exact", "reclusos", "40\u00a0000"],
  ["12\u202f500 firmas", "[12500]", "exact", "firmas", "12\u202f500"],
  ["40 000 internos", "[40000]", "exact", "internos", "40 000"],
  ["1.5 millones de personas", "[1500000]", "exact", "personas", "1.5 millones"],
  ["1,500,000 habitantes", "[1500000]", "exact", "habitantes", "1,500,000"],
  ["238 migrantes venezolanos", "[238]", "exact", "migrantes", "238"],
  ["238 venezolanos deportados llegaron", "[238]", "exact", "venezolanos", "238"],
  ["200 deportados", "[200]", "exact", "deportados", "200"],
  ["30 heridos", "[30]", "exact", "heridos", "30"],
  ["250 agentes de policía", "[250]", "exact", "agentes", "250"],
  ["14 días de aislamiento", "[14]", "exact", "días", "14"],
  ["durante 14 días", "[14]", "exact", "días", "14"],
  ["2000 personas marcharon", "[2000]", "exact", "personas", "2000"],
  ["los 200 presos", "[200]", "exact", "presos", "200"],
  ["la llegada de 2000 personas", "[2000]", "exact", "personas", "2000"],
  ["137 fueron expulsados", "[137]", "exact", null, "137"],
  ["exactamente 238 hombres", "[238]", "exact", "hombres", "exactamente 238"],
  ["precisamente 1.000 firmas", "[1000]", "exact", "firmas", "precisamente 1.000"],
  ["250 nuevos reclusos", "[250]", "exact", "nuevos reclusos", "250"],
  ["3 autobuses", "[3]", "exact", "autobuses", "3"],
  ["5 países", "[5]", "exact", "países", "5"],
  ["12 meses", "[12]", "exact", "meses", "12"],
  // words
  ["doscientos treinta y ocho venezolanos", "[238]", "exact", "venezolanos", "doscientos treinta y ocho"],
  ["Doscientos treinta y ocho deportados", "[238]", "exact", "deportados", "Doscientos treinta y ocho"],
  ["doscientos reclusos", "[200]", "exact", "reclusos", "doscientos"],
  ["doscientas mujeres", "[200]", "exact", "mujeres", "doscientas"],
  ["veintitrés salvadoreños", "[23]", "exact", "salvadoreños", "veintitrés"],
  ["veintiún presos", "[21]", "exact", "presos", "veintiún"],
  ["veintidos guardias", "[22]", "exact", "guardias", "veintidos"],
  ["ciento uno", "[101]", "exact", null, "ciento uno"],
  ["ciento treinta y siete hombres", "[137]", "exact", "hombres", "ciento treinta y siete"],
  ["cien personas", "[100]", "exact", "personas", "cien"],
  ["cien mil personas", "[100000]", "exact", "personas", "cien mil"],
  ["mil personas", "[1000]", "exact", "personas", "mil"],
  ["mil quinientos soldados", "[1500]", "exact", "soldados", "mil quinientos"],
  ["dos mil quinientos efectivos", "[2500]", "exact", "efectivos", "dos mil quinientos"],
  ["quinientos mil habitantes", "[500000]", "exact", "habitantes", "quinientos mil"],
  ["un millón de personas", "[1e6]", "exact", "personas", "un millón"],
  ["dos millones de votantes", "[2e6]", "exact", "votantes", "dos millones"],
  ["tres millones doscientos mil euros", "[3200000]", "exact", "EUR", "tres millones doscientos mil euros"],
  ["mil millones de dólares", "[1e9]", "exact", "USD", "mil millones de dólares"],
  ["medio millón de desplazados", "[500000]", "exact", "desplazados", "medio millón"],
  ["un millón y medio de visitantes", "[1500000]", "exact", "visitantes", "un millón y medio"],
  ["una docena de vuelos", "[12]", "exact", "vuelos", "una docena"],
  ["media docena de guardias", "[6]", "exact", "guardias", "media docena"],
  ["dos docenas de huevos", "[24]", "exact", "huevos", "dos docenas"],
  ["once migrantes", "[11]", "exact", "migrantes", "once"],
  ["dieciséis detenidos", "[16]", "exact", "detenidos", "dieciséis"],
  ["tres aviones", "[3]", "exact", "aviones", "tres"],
  ["cuarenta y cinco minutos", "[45]", "exact", "minutos", "cuarenta y cinco"],
  ["noventa y nueve casos", "[99]", "exact", "casos", "noventa y nueve"],
  ["novecientas noventa y nueve", "[999]", "exact", null, "novecientas noventa y nueve"],
  ["cero detenciones", "[0]", "exact", "detenciones", "cero"],
  // scales after digits
  ["2 mil agentes", "[2000]", "exact", "agentes", "2 mil"],
  ["1,5 millones de personas", "[1500000]", "exact", "personas", "1,5 millones"],
  ["2,3 millones de residentes", "[2300000]", "exact", "residentes", "2,3 millones"],
  ["3 millones", "[3e6]", "exact", null, "3 millones"],
  ["2,5 mil millones", "[2.5e9]", "exact", null, "2,5 mil millones"],
  ["40 mil", "[40000]", "exact", null, "40 mil"],
  ["1 billón", "[1e12]", "exact", null, "1 billón"],
  ["2 docenas de rosas", "[24]", "exact", "rosas", "2 docenas"],
  ["2,5k seguidores", "[2500]", "exact", "seguidores", "2,5k"],
  // percentages
  ["40%", "[40]", "exact", "%", "40%"],
  ["40 %", "[40]", "exact", "%", "40 %"],
  ["12,5 por ciento", "[12.5]", "exact", "%", "12,5 por ciento"],
  ["el 40 por ciento de los detenidos", "[40]", "exact", "%", "40 por ciento"],
  ["más del 40 % de los detenidos", "(40, ∞)", "more-than", "%", "más del 40 %"],
  ["casi el 50 % de los votos", "[45, 50)", "nearly", "%", "casi el 50 %"],
  ["alrededor del 30 %", "[27, 33]", "approximately", "%", "alrededor del 30 %"],
  ["más de un 40 % de los detenidos", "(40, ∞)", "more-than", "%", "más de un 40 %"],
  ["casi 50 por ciento", "[45, 50)", "nearly", "%", "casi 50 por ciento"],
  ["40-50 %", "[40, 50]", "range", "%", "40-50 %"],
  // money
  ["6 millones de dólares", "[6e6]", "exact", "USD", "6 millones de dólares"],
  ["US$6 millones", "[6e6]", "exact", "USD", "US$6 millones"],
  ["€2 millones", "[2e6]", "exact", "EUR", "€2 millones"],
  ["500 dólares", "[500]", "exact", "USD", "500 dólares"],
  ["20.000 euros", "[20000]", "exact", "EUR", "20.000 euros"],
  ["unos 6 millones de dólares en ayuda", "[5.4e6, 6.6e6]", "approximately", "USD", "unos 6 millones de dólares"],
  ["hasta 20.000 dólares", "[0, 20000]", "at-most", "USD", "hasta 20.000 dólares"],
  ["millones de dólares", "[2e6, 9_999_999]", "order-of-magnitude", "USD", "millones"],
  // more than
  ["más de 200 deportados", "(200, ∞)", "more-than", "deportados", "más de 200"],
  ["Más de 200 deportados", "(200, ∞)", "more-than", "deportados", "Más de 200"],
  ["más de 250 presuntos pandilleros", "(250, ∞)", "more-than", "presuntos pandilleros", "más de 250"],
  ["por encima de 300", "(300, ∞)", "more-than", null, "por encima de 300"],
  ["superior a 1.000 casos", "(1000, ∞)", "more-than", "casos", "superior a 1.000"],
  ["muy por encima de 500", "(500, ∞)", "more-than", null, "muy por encima de 500"],
  ["mucho más de 100 familias", "(100, ∞)", "more-than", "familias", "mucho más de 100"],
  ["más de una docena de vuelos", "(12, ∞)", "more-than", "vuelos", "más de una docena"],
  ["más de doscientos", "(200, ∞)", "more-than", null, "más de doscientos"],
  ["más de 1,5 millones de personas", "(1500000, ∞)", "more-than", "personas", "más de 1,5 millones"],
  [">200", "(200, ∞)", "more-than", null, ">200"],
  // just over
  ["poco más de 200 personas", "(200, 220]", "more-than", "personas", "poco más de 200"],
  ["algo más de 1.000", "(1000, 1100]", "more-than", null, "algo más de 1.000"],
  ["un poco más de 50", "(50, 55]", "more-than", null, "un poco más de 50"],
  ["300 y pico", "(300, 330]", "more-than", null, "300 y pico"],
  ["200 y tantos detenidos", "(200, 220]", "more-than", "detenidos", "200 y tantos"],
  // at least
  ["al menos 137 personas", "[137, ∞)", "at-least", "personas", "al menos 137"],
  ["Al menos doscientos", "[200, ∞)", "at-least", null, "Al menos doscientos"],
  ["como mínimo 137", "[137, ∞)", "at-least", null, "como mínimo 137"],
  ["por lo menos 50 heridos", "[50, ∞)", "at-least", "heridos", "por lo menos 50"],
  ["un mínimo de 137", "[137, ∞)", "at-least", null, "un mínimo de 137"],
  ["no menos de 5 %", "[5, ∞)", "at-least", "%", "no menos de 5 %"],
  ["cuando menos 30", "[30, ∞)", "at-least", null, "cuando menos 30"],
  ["200 o más", "[200, ∞)", "at-least", null, "200 o más"],
  ["200 o más detenidos", "[200, ∞)", "at-least", "detenidos", "200 o más"],
  ["200+ detenidos", "[200, ∞)", "at-least", "detenidos", "200+"],
  ["150 como mínimo", "[150, ∞)", "at-least", null, "150 como mínimo"],
  // nearly
  ["casi 300", "[270, 300)", "nearly", null, "casi 300"],
  ["casi 300 personas", "[270, 300)", "nearly", "personas", "casi 300"],
  ["cerca de 300 reclusos", "[270, 300)", "nearly", "reclusos", "cerca de 300"],
  ["poco menos de 300", "[270, 300)", "nearly", null, "poco menos de 300"],
  ["algo menos de 1.000", "[900, 1000)", "nearly", null, "algo menos de 1.000"],
  ["casi una docena", "[10.8, 12)", "nearly", null, "casi una docena"],
  ["casi 40.000 presos", "[36000, 40000)", "nearly", "presos", "casi 40.000"],
  ["rozando los 300", "[270, 300)", "nearly", null, "rozando los 300"],
  // approximately
  ["unos 250 venezolanos", "[225, 275]", "approximately", "venezolanos", "unos 250"],
  ["Unos 250 venezolanos", "[225, 275]", "approximately", "venezolanos", "Unos 250"],
  ["unas 250 mujeres", "[225, 275]", "approximately", "mujeres", "unas 250"],
  ["alrededor de 250", "[225, 275]", "approximately", null, "alrededor de 250"],
  ["alrededor de 300 reclusos", "[270, 330]", "approximately", "reclusos", "alrededor de 300"],
  ["aproximadamente 250", "[225, 275]", "approximately", null, "aproximadamente 250"],
  ["aproximadamente 1.500 efectivos", "[1350, 1650]", "approximately", "efectivos", "aproximadamente 1.500"],
  ["en torno a 250 migrantes", "[225, 275]", "approximately", "migrantes", "en torno a 250"],
  ["más o menos 250", "[225, 275]", "approximately", null, "más o menos 250"],
  ["del orden de 250", "[225, 275]", "approximately", null, "del orden de 250"],
  ["alrededor de unos 250", "[225, 275]", "approximately", null, "alrededor de unos 250"],
  ["~250", "[225, 275]", "approximately", null, "~250"],
  ["aprox. 250", "[225, 275]", "approximately", null, "aprox. 250"],
  ["250 aproximadamente", "[225, 275]", "approximately", null, "250 aproximadamente"],
  ["250 o así", "[225, 275]", "approximately", null, "250 o así"],
  ["unos doscientos", "[180, 220]", "approximately", null, "unos doscientos"],
  ["unos 238", "[214.2, 261.8]", "approximately", null, "unos 238"],
  ["un centenar de detenidos", "[90, 110]", "approximately", "detenidos", "un centenar"],
  ["dos centenares de personas", "[180, 220]", "approximately", "personas", "dos centenares"],
  ["una decena de heridos", "[9, 11]", "approximately", "heridos", "una decena"],
  ["un millar de manifestantes", "[900, 1100]", "approximately", "manifestantes", "un millar"],
  ["una veintena de casas", "[18, 22]", "approximately", "casas", "una veintena"],
  ["más de un centenar de detenidos", "(100, ∞)", "more-than", "detenidos", "más de un centenar"],
  // at most
  ["hasta 40.000 reclusos", "[0, 40000]", "at-most", "reclusos", "hasta 40.000"],
  ["no más de 40.000", "[0, 40000]", "at-most", null, "no más de 40.000"],
  ["como máximo 300", "[0, 300]", "at-most", null, "como máximo 300"],
  ["un máximo de 300 plazas", "[0, 300]", "at-most", "plazas", "un máximo de 300"],
  ["a lo sumo 20", "[0, 20]", "at-most", null, "a lo sumo 20"],
  ["como mucho 20", "[0, 20]", "at-most", null, "como mucho 20"],
  ["300 o menos", "[0, 300]", "at-most", null, "300 o menos"],
  ["apenas 200 asistentes", "[0, 200]", "at-most", "asistentes", "apenas 200"],
  // fewer than
  ["menos de 100", "[0, 100)", "fewer-than", null, "menos de 100"],
  ["menos de 100 personas", "[0, 100)", "fewer-than", "personas", "menos de 100"],
  ["por debajo de 100", "[0, 100)", "fewer-than", null, "por debajo de 100"],
  ["inferior a 100", "[0, 100)", "fewer-than", null, "inferior a 100"],
  ["menor de 100", "[0, 100)", "fewer-than", null, "menor de 100"],
  ["mucho menos de 100", "[0, 100)", "fewer-than", null, "mucho menos de 100"],
  ["<100", "[0, 100)", "fewer-than", null, "<100"],
  // ranges
  ["entre 200 y 250", "[200, 250]", "range", null, "entre 200 y 250"],
  ["entre 200 y 250 migrantes", "[200, 250]", "range", "migrantes", "entre 200 y 250"],
  ["Entre 200 y 250", "[200, 250]", "range", null, "Entre 200 y 250"],
  ["200-250 personas", "[200, 250]", "range", "personas", "200-250"],
  ["200–250", "[200, 250]", "range", null, "200–250"],
  ["de 200 a 250 detenidos", "[200, 250]", "range", "detenidos", "de 200 a 250"],
  ["desde 200 hasta 300", "[200, 300]", "range", null, "desde 200 hasta 300"],
  ["200 a 250 personas", "[200, 250]", "range", "personas", "200 a 250"],
  ["entre 250 y 200", "[200, 250]", "range", null, "entre 250 y 200"],
  ["dos o tres vuelos", "[2, 3]", "range", "vuelos", "dos o tres"],
  ["siete u ocho guardias", "[7, 8]", "range", "guardias", "siete u ocho"],
  ["entre 1 y 2 millones", "[1e6, 2e6]", "range", null, "entre 1 y 2 millones"],
  ["entre 1,5 y 2 millones de personas", "[1.5e6, 2e6]", "range", "personas", "entre 1,5 y 2 millones"],
  ["entre 10.000 y 12.000", "[10000, 12000]", "range", null, "entre 10.000 y 12.000"],
  ["unos 200-250", "[180, 275]", "range", null, "unos 200-250"],
  ["de entre 18 y 25 años", "[18, 25]", "range", "years old", "entre 18 y 25"],
  ["entre el 30 y el 40 %", "[30, 40]", "range", "%", "entre el 30 y el 40 %"],
  ["del 30 al 40 % de los votos", "[30, 40]", "range", "%", "del 30 al 40 %"],
  ["entre los 200 y los 300 presos", "[200, 300]", "range", "presos", "entre los 200 y los 300"],
  // orders of magnitude
  ["cientos de deportados", "[200, 999]", "order-of-magnitude", "deportados", "cientos"],
  ["centenares de deportados", "[200, 999]", "order-of-magnitude", "deportados", "centenares"],
  ["miles de migrantes", "[2000, 9999]", "order-of-magnitude", "migrantes", "miles"],
  ["millares de personas", "[2000, 9999]", "order-of-magnitude", "personas", "millares"],
  ["decenas de heridos", "[20, 99]", "order-of-magnitude", "heridos", "decenas"],
  ["docenas de vuelos", "[24, 143]", "order-of-magnitude", "vuelos", "docenas"],
  ["decenas de miles de personas", "[20000, 99999]", "order-of-magnitude", "personas", "decenas de miles"],
  ["cientos de miles", "[200000, 999999]", "order-of-magnitude", null, "cientos de miles"],
  ["centenares de miles de desplazados", "[200000, 999999]", "order-of-magnitude", "desplazados", "centenares de miles"],
  ["miles de millones de dólares", "[2e9, 9_999_999_999]", "order-of-magnitude", "USD", "miles de millones"],
  ["millones de personas", "[2e6, 9_999_999]", "order-of-magnitude", "personas", "millones"],
  ["varios cientos de manifestantes", "[200, 999]", "order-of-magnitude", "manifestantes", "varios cientos"],
  ["varios miles", "[2000, 9999]", "order-of-magnitude", null, "varios miles"],
  ["un puñado de guardias", "[3, 6]", "order-of-magnitude", "guardias", "un puñado"],
  ["Miles marcharon", "[2000, 9999]", "order-of-magnitude", null, "Miles"],
  ["unos miles de personas", "[2000, 9999]", "order-of-magnitude", "personas", "miles"],
  // ages
  ["un joven de 23 años", "[23]", "exact", "years old", "23"],
  ["23 años de edad", "[23]", "exact", "years old", "23"],
  ["tiene 23 años", "[23]", "exact", "years old", "23"],
  ["llegó con 18 años", "[18]", "exact", "years old", "18"],
  ["emigró a los 18 años", "[18]", "exact", "years old", "18"],
  ["con 18 años de experiencia", "[18]", "exact", "años", "18"],
  ["un bebé de seis meses", "[6]", "exact", "months old", "seis"],
  // prominence: the figure a claim is about
  ["En 2025, 238 venezolanos fueron enviados", "[238]", "exact", "venezolanos", "238"],
  ["El 16 de marzo de 2025, más de 200 deportados", "(200, ∞)", "more-than", "deportados", "más de 200"],
  ["Dos vuelos trasladaron a 238 venezolanos", "[238]", "exact", "venezolanos", "238"],
  ["Un joven de 23 años estaba entre los 238 deportados", "[238]", "exact", "deportados", "238"],
  ["uno de los 238 deportados", "[238]", "exact", "deportados", "238"],
  ["el vuelo 2 llevaba a 120 hombres", "[120]", "exact", "hombres", "120"],
  ["a las 3 de la tarde, unos 250 venezolanos", "[225, 275]", "approximately", "venezolanos", "unos 250"],
  ["la Ley de Enemigos Extranjeros de 1798 sirvió para expulsar a 137", "[137]", "exact", null, "137"],
  ["condenado a 30 años de prisión", "[30]", "exact", "años", "30"],
];

/** Spanish texts with no count in them. */
const NOT_COUNTS: readonly string[] = [
  "en 2025",
  "desde 2020",
  "a finales de 2024",
  "a mediados de 2023",
  "marzo de 2025",
  "el 16 de marzo de 2025",
  "16 de marzo",
  "el 1 de enero",
  "16 y 17 de marzo",
  "del 15 al 16 de marzo",
  "15-16 de marzo",
  "el lunes 17",
  "el domingo 16 de marzo",
  "16/03/2025",
  "2025-03-16",
  "a las 10:30",
  "a las 10",
  "desde las 8 hasta las 9",
  "las 10 de la mañana",
  "a las 3 de la madrugada",
  "10 h",
  "10.30 h",
  "1.º",
  "3.ª",
  "el 1º de mayo",
  "la 2ª ronda",
  "el 1er vuelo",
  "el primero",
  "el segundo vuelo",
  "los años 90",
  "en los 90",
  "la década de 1990",
  "dos tercios de los detenidos",
  "tres cuartos del total",
  "uno de los detenidos",
  "vuelo 123",
  "el artículo 5",
  "núm. 5",
  "n.º 5",
  "la sección 212",
  "la Ley de Enemigos Extranjeros de 1798",
  "MS-13",
  "COVID-19",
  "el Boeing 737 aterrizó",
  "Orden Ejecutiva 14157",
  "entre 2019 y 2025",
  "de 2019 a 2025",
  "2019-2025",
  "24/7",
  "3-2",
  "una temperatura de -5",
  "un cambio de +3 %",
  "#5",
  "versión 1.2.3",
  "",
  "ninguna cifra aquí",
  "unos pocos detenidos",
  "varios guardias",
  "un hombre y una mujer",
  "casi 0",
  "menos de 0",
];

describe("readQuantity table, Spanish", () => {
  it.each(ROWS.map((row) => ({ input: row[0], notation: row[1], hedge: row[2], unit: row[3], text: row[4] })))(
    "$input",
    ({ input, notation, hedge, unit, text }) => {
      const q = readQuantity(input, { language: "es" });
      expect(q, input).not.toBeNull();
      const expected = interval(notation);
      expect(q!.low).toBeCloseTo(expected.low, 6);
      if (expected.high === Infinity) expect(q!.high).toBe(Infinity);
      else expect(q!.high).toBeCloseTo(expected.high, 6);
      expect({ lowInclusive: q!.lowInclusive, highInclusive: q!.highInclusive, hedge: q!.hedge, unit: q!.unit, text: q!.text }).toEqual({
        lowInclusive: expected.lowInclusive,
        highInclusive: expected.highInclusive,
        hedge,
        unit,
        text,
      });
    },
  );

  it.each(NOT_COUNTS)("reads no count in %j", (input) => {
    expect(readQuantity(input, { language: "es" })).toBeNull();
  });

  it("has at least 150 phrases and 40 texts without a count", () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(150);
    expect(NOT_COUNTS.length).toBeGreaterThanOrEqual(40);
  });

  it("lets the source's language decide the forms the two languages write differently", () => {
    expect(readQuantity("1.500 agentes", { language: "es" })?.value).toBe(1500);
    expect(readQuantity("1,500 agentes", { language: "es" })?.value).toBe(1.5);
    expect(readQuantity("1,500 officers", { language: "en" })?.value).toBe(1500);
    expect(readQuantity("1.500 officers", { language: "en" })?.value).toBe(1.5);
    expect(readQuantity("1,500 officers")?.value).toBe(1500);
    // Region tags and case: "es-MX" and "ES" read Spanish; another language reads English.
    expect(readQuantity("más de 200 deportados", { language: "es-MX" })?.hedge).toBe("more-than");
    expect(readQuantity("más de 200 deportados", { language: "ES" })?.hedge).toBe("more-than");
    expect(readQuantity("más de 200 deportados", { language: "fr" })?.hedge).toBe("exact");
  });

  it("does not read Spanish hedges in an English source", () => {
    expect(readQuantity("unos 250 venezolanos")).toMatchObject({ hedge: "exact", value: 250 });
    expect(readQuantity("cientos de deportados")).toBeNull();
    expect(readQuantity("doscientos treinta y ocho")).toBeNull();
  });
});
