/**
 * Invented news-style text about deportation flights to El Salvador, used by
 * the tests and the benchmark. Not taken from any real article; names other
 * than public officeholders are made up.
 *
 * Contract: `ARTICLE` is NFC with "\n" line endings and paragraphs separated
 * by blank lines, like the texts `suggestClaims` receives.
 */
export const ARTICLE = [
  "SAN SALVADOR — Three chartered planes touched down at the main airport on Sunday, 16 March 2025, carrying what officials described as over 200 deportees from the United States.",
  "According to a government statement, roughly 250 Venezuelans were aboard the flights, along with 23 Salvadorans who had been convicted in American courts. A separate tally shared with reporters put the total at 261 people.",
  '"We will not accept this," the minister said, adding that the government had received no list of names before the planes took off.',
  "Lawyers for several families argued that at least 137 of the men were removed under the Alien Enemies Act, a wartime law that has rarely been invoked. The administration said the men were members of a gang but offered few details about how each person had been identified.",
  "The men were taken to a prison built for 40,000 inmates, where new arrivals are held in isolation for 14 days. Officials said more than 250 alleged gang members had been transferred there by March 15.",
  "Bukele wrote: “The first group has arrived.” He later shared a video showing guards shaving the detainees' heads.",
  "Families in Caracas said they learned of the transfers last week. “Nobody told us where he was going,” said a cousin of one detainee, who asked not to be named. “We found out from the television.”",
  "The agreement reportedly costs $6 million a year. A judge in Washington had ordered on Saturday that the planes turn around; the government said the order came too late.",
  "Human rights groups said tens of thousands of people have been detained in the country since the emergency began, and that nearly 300 have died in custody. The government disputes those figures.",
  "Another flight with a dozen deportees is expected on Tuesday, according to an airport employee who was not authorized to speak publicly.",
].join("\n\n");

/** Plain background prose (no figures, quotes or dates) to pad benchmarks. */
export const FILLER = [
  "The hearing focused on whether the government had given the men a meaningful chance to contest the accusations against them.",
  "Several relatives gathered outside the consulate, holding photographs and asking officials for any information at all.",
  "Legal scholars disagree about how the old statute should be read in peacetime, and the courts have not settled the question.",
  "Critics of the arrangement say it allows the government to avoid scrutiny, while supporters describe it as a necessary step.",
].join(" ");

/**
 * About `chars` characters of news-like text (the article's paragraphs interleaved with
 * filler, about half the sentences holding a suggestion), for benchmarks and load tests.
 */
export function longArticle(chars: number): string {
  const parts = ARTICLE.split("\n\n").flatMap((paragraph) => [paragraph, FILLER]);
  const paragraphs: string[] = [];
  for (let i = 0, size = 0; size < chars; i++) {
    paragraphs.push(parts[i % parts.length]!);
    size += parts[i % parts.length]!.length + 2;
  }
  return paragraphs.join("\n\n");
}
