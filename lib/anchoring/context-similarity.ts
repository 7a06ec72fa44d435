/**
 * How well a stored context (prefix or suffix) agrees with the text next to a candidate
 * span.
 *
 * The stored context is aligned against the text running away from the candidate's
 * edge. The alignment is pinned at the edge (the characters touching the quote must line
 * up) but may end anywhere, so an insertion or deletion inside the context costs only its
 * own size. Similarity is `1 - editDistance / contextLength`, in [0, 1].
 *
 * An empty stored context means the quote touched the document boundary when it was
 * described: it agrees (1) only when the candidate touches the same boundary, else 0.
 *
 * Figures and line breaks are treated as facts, not as characters: when a figure (a run
 * of decimal digits, with inner `,` or `.` separators) stands complete in the stored
 * context but does not occur among the figures of the candidate's context, or the stored
 * context holds a line break and the candidate's context none, that side contradicts the
 * candidate and its similarity is 0, however similar the rest. ("flown by 2,155 guards"
 * is a different statement from "flown by 2,096 guards"; a sentence that ended a
 * paragraph is not the same sentence in the middle of another.) Of a figure cut by the
 * outer edge of the stored context, the visible digits must end (prefix) or start
 * (suffix) a figure of the candidate's context. The start or end of the document counts
 * as a line break.
 *
 * A stored context shorter than the other side's by more than one code unit marks the
 * document boundary (see `ContextMatcher`): away from that boundary it counts pro rata.
 *
 * Contexts of up to 32 code units (the default) use a bit-parallel edit-distance
 * recurrence (Myers 1999, in the global-alignment form where the first row counts text
 * characters consumed at the pinned edge); longer ones a plain dynamic programme.
 */

const FIGURE = /\p{Nd}+(?:[.,]\p{Nd}+)*/gu;

/** Text beyond the context's length that the alignment may consume (absorbs insertions). */
function slackFor(length: number): number {
  return Math.ceil(length / 4) + 1;
}

/** A stored context prepared for repeated comparison against one text. */
export class ContextMatcher {
  /** The stored context as given. */
  readonly context: string;
  private readonly direction: 1 | -1;
  private readonly outward: string;
  private peq: Map<number, number> | null = null;
  /** Complete figures of the stored context (not cut by its outer edge). */
  private readonly figures: string[];
  /** The visible part of a figure cut by the outer edge of the stored context, if any. */
  private readonly edgeFigure: string | null;
  private readonly hasLineBreak: boolean;
  /** Length a context has when the document does not end within it (see constructor). */
  private readonly nominalLength: number;

  /**
   * `side` "prefix" reads text backward from the edge, "suffix" forward.
   * `nominalLength` is the context length used when describing the claim; a stored
   * context shorter than it by more than one code unit (one is lost when a surrogate
   * pair would be cut) means the document ended there, so at a candidate with more text
   * on that side its characters count only pro rata.
   */
  constructor(context: string, side: "prefix" | "suffix", nominalLength: number = context.length) {
    this.context = context;
    this.direction = side === "suffix" ? 1 : -1;
    // Read outward from the edge, code unit by code unit (the text is read the same way).
    let outward = context;
    if (side === "prefix") {
      outward = "";
      for (let i = context.length - 1; i >= 0; i--) outward += context[i];
    }
    this.outward = outward;
    this.nominalLength = Math.max(nominalLength, context.length);
    this.hasLineBreak = context.includes("\n");
    this.figures = [];
    this.edgeFigure = null;
    for (const match of context.matchAll(FIGURE)) {
      const cutAtOuterEdge = side === "prefix" ? match.index === 0 : match.index + match[0].length === context.length;
      if (cutAtOuterEdge) this.edgeFigure = match[0];
      else this.figures.push(match[0]);
    }
  }

  /** Similarity in [0, 1] of this context to the text at `edge` of a candidate. */
  similarity(text: string, edge: number): number {
    return this.assess(text, edge).similarity;
  }

  /**
   * Similarity in [0, 1]; whether the text contradicts this context (a stored figure or
   * line break missing, see the module comment), in which case `similarity` is 0; and
   * `raw`, the similarity without that check.
   */
  assess(text: string, edge: number): { similarity: number; contradicted: boolean; raw: number } {
    const length = this.context.length;
    if (length === 0) {
      const atBoundary = this.direction === 1 ? edge === text.length : edge === 0;
      const similarity = atBoundary ? 1 : 0;
      return { similarity, contradicted: false, raw: similarity };
    }
    if (this.direction === 1 ? text.startsWith(this.context, edge) : text.endsWith(this.context, edge)) {
      const similarity = this.weigh(1, text, edge);
      return { similarity, contradicted: false, raw: similarity };
    }
    const distance = length <= 32 ? this.bitParallelDistance(text, edge) : this.tableDistance(text, edge);
    const raw = distance >= length ? 0 : this.weigh(1 - distance / length, text, edge);
    if ((this.figures.length > 0 || this.edgeFigure !== null || this.hasLineBreak) && !this.factsPresent(text, edge)) {
      return { similarity: 0, contradicted: true, raw };
    }
    return { similarity: raw, contradicted: false, raw };
  }

  /** Pro-rata weight of a context that marks the document boundary, away from it. */
  private weigh(similarity: number, text: string, edge: number): number {
    const length = this.context.length;
    if (length >= this.nominalLength - 1) return similarity;
    const available = this.direction === 1 ? text.length - edge : edge;
    if (available <= length + slackFor(length)) return similarity;
    return (similarity * length) / this.nominalLength;
  }

  /** Whether the stored figures and line break are all in the text on this side of `edge`. */
  private factsPresent(text: string, edge: number): boolean {
    const width = this.width(text, edge);
    const window = this.direction === 1 ? text.slice(edge, edge + width) : text.slice(edge - width, edge);
    // The document's own start or end is a paragraph boundary too.
    const reachesBoundary = this.direction === 1 ? edge + width >= text.length : edge - width <= 0;
    if (this.hasLineBreak && !window.includes("\n") && !reachesBoundary) return false;
    const found: string[] = window.match(FIGURE) ?? [];
    if (!this.figures.every((figure) => found.includes(figure))) return false;
    const edgeFigure = this.edgeFigure;
    if (edgeFigure === null) return true;
    return found.some((figure) => (this.direction === 1 ? figure.startsWith(edgeFigure) : figure.endsWith(edgeFigure)));
  }

  private width(text: string, edge: number): number {
    const available = this.direction === 1 ? text.length - edge : edge;
    return Math.min(available, this.outward.length + slackFor(this.outward.length));
  }

  private bitParallelDistance(text: string, edge: number): number {
    const pattern = this.outward;
    const length = pattern.length;
    if (this.peq === null) {
      this.peq = new Map();
      for (let i = 0; i < length; i++) {
        const code = pattern.charCodeAt(i);
        this.peq.set(code, (this.peq.get(code) ?? 0) | (1 << i));
      }
    }
    const peq = this.peq;
    const high = 1 << (length - 1);
    const width = this.width(text, edge);
    let pv = ~0;
    let mv = 0;
    let score = length;
    let best = length;
    for (let j = 0; j < width; j++) {
      const code = this.direction === 1 ? text.charCodeAt(edge + j) : text.charCodeAt(edge - 1 - j);
      const eq = peq.get(code) ?? 0;
      const xv = eq | mv;
      const xh = (((eq & pv) + pv) ^ pv) | eq;
      let ph = mv | ~(xh | pv);
      let mh = pv & xh;
      if (ph & high) score++;
      else if (mh & high) score--;
      ph = (ph << 1) | 1;
      mh <<= 1;
      pv = mh | ~(xv | ph);
      mv = ph & xv;
      if (score < best) best = score;
    }
    return best;
  }

  private tableDistance(text: string, edge: number): number {
    const pattern = this.outward;
    const length = pattern.length;
    const width = this.width(text, edge);
    let prev = new Int32Array(width + 1);
    let curr = new Int32Array(width + 1);
    for (let j = 0; j <= width; j++) prev[j] = j;
    for (let i = 1; i <= length; i++) {
      const p = pattern.charCodeAt(i - 1);
      curr[0] = i;
      for (let j = 1; j <= width; j++) {
        const t = this.direction === 1 ? text.charCodeAt(edge + j - 1) : text.charCodeAt(edge - j);
        curr[j] = Math.min(prev[j - 1]! + (p === t ? 0 : 1), prev[j]! + 1, curr[j - 1]! + 1);
      }
      [prev, curr] = [curr, prev];
    }
    let best = prev[0]!;
    for (let j = 1; j <= width; j++) if (prev[j]! < best) best = prev[j]!;
    return best;
  }
}

/** Similarity in [0, 1] of the stored `prefix` to the text ending at `start`. */
export function prefixSimilarity(text: string, start: number, prefix: string, nominalLength?: number): number {
  return new ContextMatcher(prefix, "prefix", nominalLength).similarity(text, start);
}

/** Similarity in [0, 1] of the stored `suffix` to the text starting at `end`. */
export function suffixSimilarity(text: string, end: number, suffix: string, nominalLength?: number): number {
  return new ContextMatcher(suffix, "suffix", nominalLength).similarity(text, end);
}

/** True when both stored contexts agree exactly (boundary rules as above). */
export function contextIsIntact(text: string, start: number, end: number, prefix: string, suffix: string): boolean {
  const prefixOk = prefix.length === 0 ? start === 0 : text.endsWith(prefix, start);
  if (!prefixOk) return false;
  return suffix.length === 0 ? end === text.length : text.startsWith(suffix, end);
}
