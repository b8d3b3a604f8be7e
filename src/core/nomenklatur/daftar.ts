// A nomenclature list the user provides (the SIPD export or the annex of Kepmendagri 050-5889/2021
// and its updates, as .xlsx or .csv): code, name and, where present, indikator, satuan, the level
// of government (PROV / KAB/KOTA) and the previous code. Nothing of the list ships with the project
// (docs/nomenklatur.md says where users get it). Read from rows of cells, whatever the host.
import { norm } from "../detect/text";
import { bersihkanKode, kunciKode } from "../rules/kodeKepmendagri";

export type EntriNomenklatur = {
  /** The code as compared (zero-padded kegiatan digit unpadded). */
  kode: string;
  nama: string;
  indikator?: string;
  satuan?: string;
  /** "PROV", "KAB/KOTA" or both, as the list says. */
  kewenangan?: string;
  /** The code this one replaced (an earlier regulation), compared form. */
  kodeLama?: string;
  /** Row of the list (1-based), to name it in messages. */
  baris: number;
};

export type Nomenklatur = {
  /** Where the list came from (a file name), for messages. */
  sumber: string;
  entri: Map<string, EntriNomenklatur>;
  /** Old code -> the entry that replaced it. */
  lama: Map<string, EntriNomenklatur>;
  /** Urusan and bidang ("1.06") the list covers: a code outside them is not judged. */
  bidang: Set<string>;
};

export type HasilBaca = { ok: true; daftar: Nomenklatur } | { ok: false; pesan: { id: string; en: string } };

const KODE = /^(kode( baru| program| kegiatan| sub ?kegiatan| rekening)?|kode nomenklatur)$/;
const KODE_LAMA = /kode lama|kode sebelum|kode semula|kode (pada )?(kepmendagri|permendagri) (050|90)\b/;
const NAMA = /nomenklatur|^uraian|^nama|^program|^kegiatan|^sub ?kegiatan/;
const INDIKATOR = /indikator|kinerja/;
const SATUAN = /^satuan/;
const KEWENANGAN = /kewenangan|tingkat pemerintahan|^pemda|prov.*kab/;

const teks = (v: unknown): string => (v === null || v === undefined ? "" : String(v).trim());
const bidangDari = (kode: string): string => kode.split(".").slice(0, 2).join(".");

/** Reads a list from its rows; the header row is found among the first 15 by its "Kode" cell. */
export function bacaNomenklatur(rows: readonly (readonly unknown[])[], sumber: string): HasilBaca {
  for (let h = 0; h < Math.min(rows.length, 15); h++) {
    const head = rows[h].map((v) => norm(teks(v)));
    const kol = (re: RegExp, not?: RegExp): number =>
      head.findIndex((x) => re.test(x) && !(not && not.test(x)));
    const kode = kol(KODE);
    const nama = kol(NAMA, /^kode/);
    if (kode < 0 || nama < 0) continue;
    const lama = kol(KODE_LAMA);
    const indikator = kol(INDIKATOR, /^kode/);
    const satuan = kol(SATUAN);
    const kewenangan = kol(KEWENANGAN);
    const daftar: Nomenklatur = { sumber, entri: new Map(), lama: new Map(), bidang: new Set() };
    for (let r = h + 1; r < rows.length; r++) {
      const row = rows[r];
      const k = bersihkanKode(row[kode]);
      if (!/^\d+(\.\d+)+$/.test(k)) continue;
      const e: EntriNomenklatur = { kode: kunciKode(k), nama: teks(row[nama]), baris: r + 1 };
      const opt = (i: number): string | undefined => (i >= 0 ? teks(row[i]) || undefined : undefined);
      const ind = opt(indikator);
      if (ind) e.indikator = ind;
      const sat = opt(satuan);
      if (sat) e.satuan = sat;
      const kew = opt(kewenangan);
      if (kew) e.kewenangan = kew;
      const old = opt(lama);
      if (old && /^\d+(\.\d+)+$/.test(bersihkanKode(old))) e.kodeLama = kunciKode(bersihkanKode(old));
      if (!daftar.entri.has(e.kode)) daftar.entri.set(e.kode, e);
      if (e.kodeLama && e.kodeLama !== e.kode) daftar.lama.set(e.kodeLama, e);
      daftar.bidang.add(bidangDari(e.kode));
    }
    if (daftar.entri.size === 0) break;
    return { ok: true, daftar };
  }
  return {
    ok: false,
    pesan: {
      id: `${sumber} tidak tampak seperti daftar nomenklatur: tidak ada baris judul dengan kolom "Kode" dan "Nomenklatur" / "Uraian" / "Nama" yang diikuti kode-kode (mis. 1.06.01.2.01). Gunakan ekspor SIPD atau lampiran Kepmendagri, dengan judul kolom di baris pertama.`,
      en: `${sumber} does not look like a nomenclature list: no header row with a "Kode" column and a "Nomenklatur" / "Uraian" / "Nama" column followed by codes (e.g. 1.06.01.2.01). Use the SIPD export or the regulation's annex, with column headings in the first row.`,
    },
  };
}

/** Does the list speak about this code's urusan and bidang at all? */
export function mencakup(daftar: Nomenklatur, kode: string): boolean {
  return daftar.bidang.has(bidangDari(kode));
}
