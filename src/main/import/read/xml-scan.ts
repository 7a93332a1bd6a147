// A streaming tokenizer for the machine-written XML inside a workbook. It replaces regular
// expressions, whose lazy matches re-scan the rest of the buffer for every unclosed "<row " or
// "<c " (quadratic on a hostile file): here every character is looked at a bounded number of
// times, whatever the input, and nothing of the document is kept but the one token not yet
// complete, whose size is capped.

/** What a part's reader is told, element by element. Names come without their prefix. */
export interface XmlSink {
  open(name: string, attrs: string, empty: boolean): void;
  /**
   * When present, called instead of open with the tag's attributes as the range [from, to) of
   * `s`, not copied: a sink that reads a few attributes of millions of tags (cells, rows) reads
   * them in place. It may also read on past the tag (which ends at `to`, or `to + 1` when
   * empty) through what follows in `s`, and return where scanning resumes; anything not past
   * the tag means it read only the tag.
   */
  openAt?(name: string, s: string, from: number, to: number, empty: boolean): number;
  close(name: string): void;
  /** A whole run of text between two tags, only while wantsText is true; raw unless cdata. */
  text(raw: string, cdata: boolean): void;
  wantsText: boolean;
}

/** Thrown when one token (a tag, a comment, a run of wanted text) passes maxToken characters. */
export class TokenTooLarge extends Error {
  constructor() {
    super('token too large');
  }
}

const enum Ch {
  Lt = 60,
  Slash = 47,
  Bang = 33,
  Question = 63,
  Colon = 58,
  Gt = 62,
  Space = 32,
  Tab = 9,
  Lf = 10,
  Cr = 13,
}

/** Where an element's name ends: at white space, "/" or ">". */
function nameEnd(s: string, from: number, limit: number): number {
  let i = from;
  while (i < limit) {
    const c = s.charCodeAt(i);
    if (
      c === Ch.Space ||
      c === Ch.Slash ||
      c === Ch.Gt ||
      c === Ch.Tab ||
      c === Ch.Lf ||
      c === Ch.Cr
    )
      break;
    i++;
  }
  return i;
}

/** The name without its prefix; looks only inside the name (lastIndexOf would run back to 0). */
function localName(s: string, from: number, to: number): string {
  let start = from;
  for (let i = from; i < to; i++) if (s.charCodeAt(i) === Ch.Colon) start = i + 1;
  // The names of every cell are handed over as constants: slicing them anew for each of a
  // million cells was a good part of the reader's garbage.
  const length = to - start;
  const first = s.charCodeAt(start);
  if (length === 1) {
    if (first === 99) return 'c';
    if (first === 118) return 'v';
    if (first === 116) return 't';
    if (first === 102) return 'f';
    if (first === 114) return 'r';
  } else if (length === 3 && first === 114 && s.startsWith('row', start)) return 'row';
  else if (length === 2 && s.startsWith('si', start)) return 'si';
  else if (length === 2 && s.startsWith('is', start)) return 'is';
  return s.slice(start, to);
}

export class XmlScanner {
  private carry = '';
  /** Chunks that arrived while the carried token could not end: joined only once it can. */
  private waiting: string[] = [];
  private waitingLength = 0;
  /** Characters consumed before the current buffer, so a reader can measure what spans chunks. */
  private consumed = 0;

  constructor(
    private readonly sink: XmlSink,
    private readonly maxToken: number,
  ) {}

  /** How many characters of the part have been fully handed to the sink. */
  get position(): number {
    return this.consumed;
  }

  push(chunk: string): void {
    if (this.carry.length > 0) {
      // A token already too long for one buffer is looked at again only when a chunk brings
      // the character that could end it, so a huge unclosed tag is not re-searched per chunk.
      const ender = this.carry.charCodeAt(0) === Ch.Lt ? '>' : '<';
      if (!chunk.includes(ender)) {
        this.waiting.push(chunk);
        this.waitingLength += chunk.length;
        if (this.carry.length + this.waitingLength > this.maxToken) {
          if (this.sink.wantsText && ender === '<') this.sink.text(this.carry, false);
          throw new TokenTooLarge();
        }
        return;
      }
      if (this.waiting.length > 0) {
        this.carry += this.waiting.join('');
        this.waiting = [];
        this.waitingLength = 0;
      }
    }
    const s = this.carry.length > 0 ? this.carry + chunk : chunk;
    const n = s.length;
    const sink = this.sink;
    let pos = 0;
    // The next '"', "'" and '>' at or after where they were last looked for: each is searched
    // for again only once passed, so no stretch of the buffer is searched twice.
    let dq = -1;
    let sq = -1;
    let gt = -1;
    const find = (cached: number, ch: string, from: number): number => {
      if (cached >= from) return cached;
      const at = s.indexOf(ch, from);
      return at < 0 ? n : at;
    };
    /** The '>' closing the tag that starts at `from`, skipping quoted values; -1 if not here. */
    const tagEnd = (from: number): number => {
      let j = from;
      for (;;) {
        gt = find(gt, '>', j);
        if (gt >= n) return -1;
        dq = find(dq, '"', j);
        sq = find(sq, "'", j);
        const q = dq < sq ? dq : sq;
        if (q > gt) return gt;
        const closing = s.indexOf(q === dq ? '"' : "'", q + 1);
        if (closing < 0) return -1;
        j = closing + 1;
      }
    };
    let stop = -1;
    while (pos < n) {
      const lt = s.indexOf('<', pos);
      if (lt < 0) {
        // A run of text reaching the end of the buffer: kept whole when wanted, so an entity
        // split between chunks is decoded in one piece.
        if (sink.wantsText) stop = pos;
        pos = n;
        break;
      }
      if (lt > pos && sink.wantsText) sink.text(s.slice(pos, lt), false);
      if (lt + 1 >= n) {
        stop = lt;
        break;
      }
      const c = s.charCodeAt(lt + 1);
      if (c === Ch.Slash) {
        gt = find(gt, '>', lt + 2);
        if (gt >= n) {
          stop = lt;
          break;
        }
        sink.close(localName(s, lt + 2, nameEnd(s, lt + 2, gt)));
        pos = gt + 1;
      } else if (c === Ch.Bang || c === Ch.Question) {
        const end = this.special(s, lt);
        if (end < 0) {
          stop = lt;
          break;
        }
        pos = end;
      } else {
        const end = tagEnd(lt + 1);
        if (end < 0) {
          stop = lt;
          break;
        }
        if (end - lt > this.maxToken) throw new TokenTooLarge();
        const empty = s.charCodeAt(end - 1) === Ch.Slash;
        const ne = nameEnd(s, lt + 1, end);
        const name = localName(s, lt + 1, ne);
        const attrsEnd = empty ? end - 1 : end;
        if (sink.openAt) {
          const next = sink.openAt(name, s, ne, attrsEnd, empty);
          pos = next > end ? next : end + 1;
        } else {
          sink.open(name, s.slice(ne, attrsEnd), empty);
          pos = end + 1;
        }
      }
    }
    if (stop >= 0) {
      this.carry = s.slice(stop);
      this.consumed += stop;
      if (this.carry.length > this.maxToken) {
        // Wanted text is handed over so its reader can say which cell is too long.
        if (sink.wantsText && this.carry.charCodeAt(0) !== Ch.Lt) sink.text(this.carry, false);
        throw new TokenTooLarge();
      }
    } else {
      this.carry = '';
      this.consumed += n;
    }
  }

  /** The end of the part: a token still open means it was cut short. */
  end(): boolean {
    const rest = this.carry + this.waiting.join('');
    this.waiting = [];
    this.carry = '';
    if (rest.length === 0) return true;
    if (rest.charCodeAt(0) !== Ch.Lt) {
      if (this.sink.wantsText) this.sink.text(rest, false);
      return true;
    }
    return false;
  }

  /** Comments, CDATA, processing instructions, a DOCTYPE: where they end, or -1. */
  private special(s: string, lt: number): number {
    if (s.startsWith('<!--', lt)) {
      const end = s.indexOf('-->', lt + 4);
      return end < 0 ? -1 : end + 3;
    }
    if (s.startsWith('<![CDATA[', lt)) {
      const end = s.indexOf(']]>', lt + 9);
      if (end < 0) return -1;
      if (this.sink.wantsText) this.sink.text(s.slice(lt + 9, end), true);
      return end + 3;
    }
    if (s.charCodeAt(lt + 1) === Ch.Question) {
      const end = s.indexOf('?>', lt + 2);
      return end < 0 ? -1 : end + 2;
    }
    if (s.length - lt < 9) return -1;
    // A DOCTYPE, skipped with its internal subset; its entities are never expanded.
    const gt = s.indexOf('>', lt);
    if (gt < 0) return -1;
    let bracket = -1;
    for (let i = lt; i < gt && bracket < 0; i++) if (s.charCodeAt(i) === 91) bracket = i;
    if (bracket < 0) return gt + 1;
    const end = s.indexOf(']>', bracket);
    return end < 0 ? -1 : end + 2;
  }
}
