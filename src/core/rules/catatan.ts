// The notes under a table ("Keterangan:", "Catatan:", numbered lines): where offices state their
// conventions (which indicators are lower-is-better, how a final condition is counted). One
// reader for the rules that look there; texts normalised, each table's notes read once.
import type { DetectedRow, DetectedTable } from "../detect";
import { norm } from "../detect/text";
import type { Grid } from "../grid";
import { textOf } from "../grid";
import { kataSatuan } from "../numbers/satuan";
import { jenisKondisiAkhir } from "./konsolidasi";

/** How many rows under a table are read as its notes. */
const NOTE_ROWS = 8;
const CACHE = new WeakMap<DetectedTable, string[]>();

/** The normalised texts of at least 12 characters in the rows right under the table. */
export function teksCatatan(table: DetectedTable, grid: Grid): string[] {
  let out = CACHE.get(table);
  if (out) return out;
  out = [];
  const last = Math.min(grid.rowCount, table.range.r2 + NOTE_ROWS);
  for (let r = table.range.r2 + 1; r <= last; r++)
    for (let c = table.range.c1; c <= table.range.c2; c++) {
      const text = textOf(grid.value(r, c));
      if (text.length >= 12) out.push(norm(text));
    }
  CACHE.set(table, out);
  return out;
}

/** How a final condition is counted: the sum of the yearly targets, or the last one. */
export type CaraAkhir = "jumlah" | "akhir";

/**
 * The subjects of one convention: each a list of words a row's name must all hold ("luas kawasan
 * dikelola"), or one word that may also be its unit ("kelompok", "orang").
 */
type Subjek = readonly string[];
/**
 * The conventions the notes state: subjects named by words, and kinds named as a row's "Sifat"
 * cell writes them ("indikator jumlah per tahun dijumlahkan", forms-blind58).
 */
export type KonvensiAkhir = {
  jumlah: Subjek[];
  akhir: Subjek[];
  sifat: Array<{ frasa: string; cara: CaraAkhir }>;
  /** The subjects that are a verb alone ("dibangun"): weaker than any noun the notes name. */
  kerja: Set<Subjek>;
  /**
   * The notes name the stocks "bukan akumulasi" ("target indikator luas dan proporsi merupakan
   * kondisi (stok), bukan akumulasi"): the counts of work done they leave out add up.
   */
  kontras?: true;
};

const KONVENSI = new WeakMap<DetectedTable, KonvensiAkhir>();
// words that say nothing of which rows are meant ("jumlah kelompok" names kelompok)
const BUKAN_SUBJEK = new Set([
  "yang",
  "indikator",
  "jumlah",
  "banyaknya",
  "kondisi",
  "kinerja",
  "akhir",
  "periode",
  "pada",
  "untuk",
  "per",
  "tahun",
  "target",
  "renstra",
  "rpjmd",
  // "Realisasi K persentase ...": the column the note speaks of, no word of a row's name
  "realisasi",
  "k",
]);

/**
 * What the notes say of final conditions: "... untuk indikator jumlah sarana yang dibangun atau
 * direvitalisasi adalah jumlah target tahun ke-1 s.d. ke-5"; "Kondisi kinerja akhir periode:
 * produksi (ton/tahun), persentase dan luas kawasan yang dikelola = target tahun 2029; jumlah
 * kelompok, paket, orang dan unit = jumlah target 2025-2029" (forms-blind19). Each clause's
 * subject (after "untuk" or a colon) is split into its items; the passive verbs of a subject
 * ("dibangun", "dikelola") are items on their own, as the notes name rows by what was done.
 */
export function konvensiKondisiAkhir(table: DetectedTable, grid: Grid): KonvensiAkhir {
  let out = KONVENSI.get(table);
  if (out) return out;
  out = { jumlah: [], akhir: [], sifat: [], kerja: new Set() };
  let inNote = false;
  for (const t of teksCatatan(table, grid)) {
    // a numbered list of notes: the convention may sit in the line after the one naming it
    if (
      /kondisi (kinerja )?(pada )?akhir|akhir periode|target akhir|berakhir pada target tahun|bersifat posisi|(adalah|merupakan) (posisi\b|tambahan (per|tiap|setiap) tahun)|bukan (akumulasi|penjumlahan)/.test(
        t,
      )
    )
      inNote = true;
    if (!inNote) continue;
    let sebelumnya = "";
    for (const clause of t.split(/;|\.(?!\d)(?=\s|$)/)) {
      // "X adalah jumlah ...", "X = target tahun 2029", or the verbs: "indikator tingkat berakhir
      // pada target tahun 2029; indikator jumlah per tahun dijumlahkan selama lima tahun" (forms-
      // blind58), "indikator persentase dan jumlah cabor dibina bersifat posisi" (forms-blind59),
      // "jumlah gedung dan hidran adalah tambahan per tahun": yearly increments, summed (forms-blind106)
      const m =
        /^(.*?)\s*(?:\badalah|\bmerupakan|\byaitu|=)\s*(jumlah|akumulasi|total|target tahun|posisi|tambahan (?:per|tiap|setiap) tahun|kondisi (?:pada )?akhir (?:tahun|periode)|kondisi \(?stok|stok)\b/.exec(
          clause,
        ) ??
        /^(.*?)\s+(?:(berakhir pada target tahun|bersifat posisi)|(?<!tidak |bukan )(dijumlahkan|diakumulasikan))\b/.exec(
          clause,
        );
      const lalu = sebelumnya;
      sebelumnya = clause;
      if (!m) continue;
      // ("Realisasi K persentase ... dan bank sampah aktif adalah posisi akhir triwulan, bukan
      // penjumlahan triwulan", forms-blind68)
      // ("luas hutan kota yang dikelola ... adalah kondisi pada akhir tahun": a position, forms-blind147)
      // ("jumlah bank sampah aktif adalah jumlah unit pada tahun 2029 (stok), bukan penjumlahan":
      // the count as it stands in a year, forms-blind341)
      const sesudah = clause.slice(m.index + m[0].length);
      const cara: CaraAkhir =
        /^(target tahun|berakhir|bersifat|posisi|kondisi|stok)/.test(m[2] ?? m[3] ?? "") ||
        (m[2] === "jumlah" &&
          /^\s*([a-z]+\s+)?pada (akhir )?tahun ((19|20)\d\d|terakhir)\b|\(stok\)|\bbukan (akumulasi|penjumlahan)\b/.test(
            sesudah,
          ))
          ? "akhir"
          : "jumlah";
      // ("luas dan proporsi merupakan kondisi (stok), bukan akumulasi": the stocks named against the
      // counts that add up, forms-blind202)
      if (cara === "akhir" && /\bbukan (akumulasi|penjumlahan)\b/.test(clause)) out.kontras = true;
      const untuk = /\buntuk (?:indikator )?(.+)$/.exec(m[1]);
      let subjek = untuk ? untuk[1] : m[1].slice(m[1].lastIndexOf(":") + 1);
      // "DRPPA dihitung per tahun pembentukan; kondisi akhir = jumlah 2022-2026": a clause that
      // names no subject speaks of the one the clause before it counts (forms-blind54)
      const dihitung = /^(.+?)\s+(?:dihitung|diukur|dicatat|bersifat)\b/.exec(
        lalu.slice(lalu.lastIndexOf(":") + 1).trim(),
      );
      if (pilihan(subjek).every((w) => !w.length) && dihitung) subjek = dihitung[1];
      const list = cara === "akhir" ? out.akhir : out.jumlah;
      // the subject as a kind a "Sifat" cell may write ("jumlah per tahun", "tingkat")
      const frasa = subjek.replace(/^\s*(?:indikator|kategori|sifat)\s+/, "").trim();
      if (frasa && !/[,/]|\b(dan|atau)\b/.test(frasa)) out.sifat.push({ frasa, cara });
      for (const bagian of subjek.split(/,|\b(?:dan|atau|serta)\b/)) {
        const item = bagian.replace(/\([^)]*\)/g, " ");
        // "cadangan beras (ton) adalah stok akhir tahun": the subject in its unit, not "Jumlah
        // paket pengadaan cadangan beras" (forms-blind236)
        const unit = /\(\s*([a-z0-9/. ]{1,12}?)\s*\)/.exec(bagian)?.[1];
        // (a unit only: "Angka Kematian Ibu (AKI)" names its subject twice, no unit)
        const satuanSubjek = unit && kataSatuan(unit) ? unit : "";
        for (const words of pilihan(item))
          if (words.length) {
            list.push(words);
            if (satuanSubjek) SATUAN_SUBJEK.set(words, satuanSubjek);
          }
        // "indikator jumlah (kumulatif) = jumlah target 2025-2029": the rows named "Jumlah ..."
        // (forms-blind40)
        if (/^\s*indikator jumlah\s*$/.test(item)) list.push(["jumlah"]);
      }
      for (const verb of subjek.match(/\b(?:di|ter)[a-z]{3,}\b/g) ?? []) {
        const v = [verb];
        list.push(v);
        out.kerja.add(v);
      }
    }
  }
  KONVENSI.set(table, out);
  return out;
}

/** The unit a note gives its subject in brackets ("cadangan beras (ton)"). */
const SATUAN_SUBJEK = new WeakMap<Subjek, string>();

/** The words of a subject: "panjang sungai/jaringan" is "panjang sungai" or "panjang jaringan". */
function pilihan(item: string): string[][] {
  const kata = (t: string) =>
    t.split(/[^a-z0-9-]+/).filter((w) => w && !BUKAN_SUBJEK.has(w) && !/^\d/.test(w));
  const [first, ...rest] = item.split("/");
  const head = kata(first);
  return [head, ...rest.map((r) => [...head.slice(0, -1), ...kata(r)])];
}

/** Does a subject of the notes name this row (by its name's words, or a word by its unit)? */
function disebut(subjek: Subjek, words: readonly string[], satuan: string): boolean {
  if (subjek.length === 1 && subjek[0] === satuan) return true;
  const unit = SATUAN_SUBJEK.get(subjek);
  if (unit && satuan && satuan !== unit) return false;
  return subjek.every((w) => words.includes(w));
}

/**
 * How the notes say this row's final condition is counted, if they name it: by the row's kind as
 * its "Sifat" cell writes it, else by its name's words (last target first).
 */
export function caraAkhirCatatan(
  k: KonvensiAkhir,
  nama: string,
  satuan: string,
  sifat = "",
): { cara: CaraAkhir; kata: string } | undefined {
  if (!k.akhir.length && !k.jumlah.length) return undefined;
  if (sifat && k.sifat.length) {
    const bagian = norm(sifat)
      .split(/[,;]/)
      .map((x) => x.trim());
    const hit = k.sifat.find((x) => bagian.includes(x.frasa));
    if (hit) return { cara: hit.cara, kata: hit.frasa };
  }
  const words = norm(nama).split(/[^a-z0-9-]+/);
  const s = norm(satuan);
  // a level of the notes' subject ("Rata-rata pendapatan KK transmigran", "Persentase KK ...")
  // is not what the notes sum ("jumlah KK transmigran"), unless their phrase names the level too
  // (forms-blind93)
  // (by the name: a unit such as "desa/kel" is no level)
  const tingkat = jenisKondisiAkhir("", nama) === "akhir";
  const dijumlah = (w: Subjek): boolean => !tingkat || jenisKondisiAkhir("", w.join(" ")) === "akhir";
  // a subject of nouns first ("organisasi" over "dibina": "jumlah organisasi yang dibina" is
  // summed where the notes call the cabor dibina a position, forms-blind59), then a verb alone
  // (when both conventions name the row, "jumlah terminal" for the terminals kept and "jumlah
  // laporan" for the reports of "Jumlah laporan operasional terminal tipe C", the subject the name
  // says word for word wins, then the longer one; a tie decides nothing, forms-blind141)
  const frasa = ` ${words.join(" ")} `;
  const bobot = (w: Subjek): number => (frasa.includes(` ${w.join(" ")} `) ? 100 : 0) + w.length;
  // a year-end condition the notes name ("luas kawasan kumuh ... kondisi pada akhir tahun") is not
  // what a clause of the name counts as done each year ("Luas kawasan kumuh yang ditangani"),
  // unless the subject says that clause too (forms-blind276); a state ("Luas RTH publik yang
  // dikelola") is the note's (forms-blind202)
  const klausa = /\byang (ditangani|diperbaiki|direhabilitasi|ditata|dibangun|disalurkan|diberikan)\b/.exec(
    norm(nama),
  )?.[1];
  const namaAkhir = (w: Subjek): boolean => !klausa || w.includes(klausa);
  for (const verba of [false, true]) {
    const akhir = k.akhir.find((w) => k.kerja.has(w) === verba && disebut(w, words, s) && namaAkhir(w));
    const jumlah = k.jumlah.find((w) => k.kerja.has(w) === verba && disebut(w, words, s) && dijumlah(w));
    if (akhir && jumlah) {
      const [a, j] = [bobot(akhir), bobot(jumlah)];
      if (a === j) return undefined;
      return a > j ? { cara: "akhir", kata: akhir.join(" ") } : { cara: "jumlah", kata: jumlah.join(" ") };
    }
    if (akhir) return { cara: "akhir", kata: akhir.join(" ") };
    if (jumlah) return { cara: "jumlah", kata: jumlah.join(" ") };
  }
  return undefined;
}

/**
 * The row's kind as a remark column writes it ("Sifat Data: jumlah per tahun"), read only when
 * the notes name kinds that way.
 */
export function sifatBaris(table: DetectedTable, g: Grid, row: DetectedRow, catatan: KonvensiAkhir): string {
  if (!catatan.sifat.length) return "";
  return table.columns
    .filter((c) => c.role === "keterangan")
    .map((c) => g.value(row.row, c.col))
    .filter((v): v is string => typeof v === "string" && v.length <= 60)
    .join(", ");
}

/** How the table's notes say this row's period is counted (its kind or its name), if they do. */
export function caraCatatanBaris(
  table: DetectedTable,
  g: Grid,
  row: DetectedRow,
  nama: string,
  satuan: string,
): CaraAkhir | undefined {
  const k = konvensiKondisiAkhir(table, g);
  return caraAkhirCatatan(k, nama, satuan, sifatBaris(table, g, row, k))?.cara;
}

/**
 * A row's own statement in its formula or definition text: "kondisi akhir = akumulasi
 * 2025-2029", "kondisi akhir adalah target tahun terakhir" (forms-blind19's IKU matrix).
 */
export function caraAkhirTeks(text: string): CaraAkhir | undefined {
  const m =
    /kondisi (?:kinerja )?(?:pada )?akhir[^=:;]{0,30}(?:=|:|\badalah|\bmerupakan)\s*(jumlah|akumulasi|total|kumulatif|target tahun)/.exec(
      norm(text),
    );
  if (!m) return undefined;
  return m[1] === "target tahun" ? "akhir" : "jumlah";
}

const BATAS = new WeakMap<DetectedTable, number | null>();

/**
 * The ceiling the notes put on a capaian: "Capaian yang melebihi 120% ditetapkan sebesar 120%"
 * (forms-blind21's LKjIP), "capaian maksimal 120 %", "dibatasi paling tinggi 110%". Between 100 and
 * 200; undefined when the notes set none.
 */
export function batasCapaian(table: DetectedTable, grid: Grid): number | undefined {
  let out = BATAS.get(table);
  if (out === undefined) {
    out = null;
    for (const t of teksCatatan(table, grid)) {
      const m =
        /capaian (?:yang )?(?:melebihi|lebih dari|di atas) (\d{3})(?:[.,]0+)? ?%[^.;]*?(?:ditetapkan|dihitung|dibatasi|diambil|dianggap)[^.;\d]*(\d{3})(?:[.,]0+)? ?%/.exec(
          t,
        ) ??
        /capaian[^.;]{0,40}?(?:maksimal|maksimum|paling tinggi|dibatasi(?: paling tinggi| sampai| hingga)?|batas (?:atas|maksimal)) (\d{3})(?:[.,]0+)? ?%/.exec(
          t,
        );
      const n = m ? Number(m[2] ?? m[1]) : NaN;
      if (n > 100 && n <= 200) {
        out = n;
        break;
      }
    }
    BATAS.set(table, out);
  }
  return out ?? undefined;
}
