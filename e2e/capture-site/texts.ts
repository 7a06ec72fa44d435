/**
 * The words of the capture test site, written for it (a made-up town council story). Each
 * page's first paragraph is distinct so a test can tell which page was captured.
 */
export const ARTICLE_TITLE = "Harbour town pauses its ferry timetable change";

export const ARTICLE_PARAGRAPHS = [
  "The council of Port Alder voted on Tuesday evening to delay the new winter ferry timetable by six weeks, after more than four hundred residents signed a letter asking for a public meeting first.",
  "Under the proposal, the last crossing to the island would leave at nine in the evening instead of eleven. Nurses on the late shift at the island clinic said the change would leave them without a way home.",
  "The harbour master told councillors that the later crossings carried on average twelve passengers in October, against ninety on the morning runs, and that the operator had asked for the cut to save fuel.",
  "A public meeting is planned for the second week of next month in the school hall. The council said written comments can be sent until the end of that week, and that the present timetable stays in force until then.",
];

export const REDIRECT_TITLE = "Where the redirect chain ends";
export const REDIRECT_PARAGRAPH = "You reached the last page of the chain after three hops, each one checked on its way.";

export const PRIVATE_TITLE = "A page that reaches for the private network";
export const PRIVATE_PARAGRAPH =
  "This page asks its browser to load pictures, scripts and frames from an address inside the server's own network. None of those requests may leave.";

export const NEVER_LOADS_PARAGRAPH =
  "This page itself arrives at once, but one of its pictures never finishes downloading, so the browser never says the page has loaded.";

export const BENCH_TITLE = "A long read with thirty things to load";
export const BENCH_PARAGRAPH =
  "The river authority published its yearly count of salmon passing the weir: fewer fish than the ten-year average, but more than last year, the first rise since the fish pass was rebuilt.";

export const COOKIE_SET_PARAGRAPH = "A cookie and a stored value were just set on this page.";
