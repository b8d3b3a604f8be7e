// Texts several rules read alike (an indicator's key, its polarity guess, whether its values add
// up): each is read once per check. Every memo is emptied when a check starts (runRules), so a
// check never rides on an earlier one's work, and a bound keeps a caller outside runRules small.
const SEMUA: Array<Map<string, unknown>> = [];
const BATAS = 200_000;

/** A memo of one reading of texts, emptied at the start of every check. */
export class MemoTeks<V> {
  private readonly isi = new Map<string, V>();

  constructor() {
    SEMUA.push(this.isi as Map<string, unknown>);
  }

  /** The reading of `teks`, worked out by `baca` the first time it is asked in this check. */
  ambil(teks: string, baca: (teks: string) => V): V {
    const v = this.isi.get(teks);
    if (v !== undefined || this.isi.has(teks)) return v as V;
    const baru = baca(teks);
    if (this.isi.size >= BATAS) this.isi.clear();
    this.isi.set(teks, baru);
    return baru;
  }
}

/** Empties every memo: a check starts from nothing. */
export function kosongkanMemo(): void {
  for (const m of SEMUA) m.clear();
}
