// Texts several rules read alike (an indicator's key, its polarity guess, whether its values add
// up): each is read once per check. Every memo is emptied when a check starts (runRules), so a
// check never rides on an earlier one's work, and a bound keeps a caller outside runRules small.
const SEMUA: Array<Map<string, unknown>> = [];
const BATAS = 200_000;
// an undefined reading, as kept: one get then answers (no has after a miss)
const TIDAK_ADA: unique symbol = Symbol("tidak ada");

/** A memo of one reading of texts, emptied at the start of every check. */
export class MemoTeks<V> {
  private readonly isi = new Map<string, V | typeof TIDAK_ADA>();

  constructor() {
    SEMUA.push(this.isi as Map<string, unknown>);
  }

  /** The reading of `teks`, worked out by `baca` the first time it is asked in this check. */
  ambil(teks: string, baca: (teks: string) => V): V {
    const v = this.isi.get(teks);
    if (v !== undefined) return v === TIDAK_ADA ? (undefined as V) : v;
    const baru = baca(teks);
    if (this.isi.size >= BATAS) this.isi.clear();
    this.isi.set(teks, baru === undefined ? TIDAK_ADA : baru);
    return baru;
  }
}

const PER_OBJEK: Array<MemoObjek<object, unknown>> = [];

/** A memo of one reading of objects (a table's rows), forgotten at the start of every check. */
export class MemoObjek<K extends object, V> {
  private isi = new WeakMap<K, V>();

  constructor() {
    PER_OBJEK.push(this as MemoObjek<object, unknown>);
  }

  /** The reading of `kunci`, worked out by `baca` the first time it is asked in this check. */
  ambil(kunci: K, baca: (kunci: K) => V): V {
    let v = this.isi.get(kunci);
    if (v === undefined) this.isi.set(kunci, (v = baca(kunci)));
    return v;
  }

  /** (a WeakMap cannot be cleared: a new one) */
  lupakan(): void {
    this.isi = new WeakMap();
  }
}

/** Empties every memo: a check starts from nothing. */
export function kosongkanMemo(): void {
  for (const m of SEMUA) m.clear();
  for (const m of PER_OBJEK) m.lupakan();
}
