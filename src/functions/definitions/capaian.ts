// IKU.CAPAIAN: capaian kinerja (%) of a realisation against its target (core/indicators/capaian.ts).
import type { Argumen, Operand, Panggilan } from "../../core/formulas";
import {
  alamatDari,
  angkaLiteral,
  bacaan,
  banding,
  dariHasil,
  DIV0,
  gagal,
  jika,
  known,
  kutip,
  nilaiAngka,
  NUM,
  P,
  selPertama,
  VALUE,
} from "../../core/formulas";
import { capaian, parseMetode, parsePolaritas } from "../../core/indicators";
import type { MetodeNegatif, Polaritas } from "../../core/indicators";
import { parseRentang } from "../../core/numbers";
import type { Rentang } from "../../core/numbers";
import { fromHasil } from "../excelValue";
import { definisi, opsi } from "../definisi";

export default definisi({
  nama: "CAPAIAN",
  parameter: [
    {
      nama: "realisasi",
      jenis: "per-sel",
      id: "Realisasi: sel atau rentang.",
      en: "Realisation: a cell or a range.",
    },
    {
      nama: "target",
      jenis: "per-sel",
      id: 'Target: sel atau rentang seukuran realisasi, atau rentang teks "80 - 90".',
      en: 'Target: a cell or a range the size of the realisation, or a range text "80 - 90".',
    },
    {
      nama: "polaritas",
      opsional: true,
      jenis: "pilihan",
      id: '"positif" (bawaan) atau "negatif" (makin kecil makin baik).',
      en: '"positif" (default) or "negatif" (lower is better).',
    },
    {
      nama: "metode",
      opsional: true,
      jenis: "pilihan",
      id: 'Untuk polaritas negatif: "refleksi" (bawaan) atau "rasio".',
      en: 'For a negative polarity: "refleksi" (reflection, default) or "rasio" (ratio).',
    },
  ],
  doc: {
    excel:
      'Capaian kinerja (%) dari realisasi dan target. Positif: R/T x 100; negatif (makin kecil makin baik): refleksi (2T-R)/T x 100 atau rasio T/R x 100; target rentang "80 - 90" didukung.',
    id: 'Capaian (%). Positif: R/T×100. Negatif: refleksi (2T−R)/T×100 (bawaan) atau rasio T/R×100. Target rentang "80 - 90": di dalam rentang 100 %.',
    en: 'Achievement (%). Positive: R/T×100. Negative: reflection (2T−R)/T×100 (default) or ratio T/R×100. Range target "80 - 90": 100 % inside the range.',
    hasil: {
      id: "Capaian dalam persen; kosong bila realisasi belum diisi.",
      en: "The achievement in percent; blank while the realisation is not reported.",
    },
  },
  contoh: [
    { args: [0.39, 0.36, "negatif"], hasil: 91.67 },
    { args: [91.35, 82], hasil: 111.4 },
    { args: [0.39, 0.36, "negatif", "rasio"], hasil: 92.31 },
    { args: [99, "80 - 90"], hasil: 110 },
    { args: [{ rentang: "B5", nilai: [["85,5"]] }, 90], hasil: 95 },
  ],
  hitung(realisasi: unknown, target: unknown, polaritas?: unknown, metode?: unknown) {
    const p = opsi(polaritas, parsePolaritas);
    if (!p.ok) return p.error;
    const m = opsi(metode, parseMetode);
    if (!m.ok) return m.error;
    return fromHasil(capaian(realisasi, target, { polaritas: p.value, metode: m.value }));
  },
  rumus(p) {
    const pol = (dariHasil(parsePolaritas(p.pilihan(2, P("polaritas", "polarity"))), p.fungsi) ??
      "positif") as Polaritas;
    const met = (dariHasil(parseMetode(p.pilihan(3, P("metode", "method"))), p.fungsi) ??
      "refleksi") as MetodeNegatif;
    const target = p.arg(1);
    if (target.kind === "teks") {
      const rentang = parseRentang(target.value);
      if (rentang) return capaianRentang(p, target.text, rentang, pol, met);
    }
    if (target.kind === "referensi" && p.baca) tolakRentangDiSel(target, p);
    const r = p.angka(0, P("realisasi", "realisation"));
    const t = p.angka(1, P("target"));
    return bacaan(
      [
        { o: r, jikaKosong: "kosong" },
        { o: t, jikaKosong: "tidak-tersedia" },
      ],
      jika(banding(t, "<", 0), VALUE, hitungCapaian(r, t, pol, met)),
    );
  },
});

/** A range "80 - 90" in a cell: the bounds would have to be taken apart from the text. */
function tolakRentangDiSel(target: Extract<Argumen, { kind: "referensi" }>, p: Panggilan): void {
  const alamat = alamatDari(target.ref);
  const nilai = alamat && p.baca ? p.baca(alamat) : undefined;
  const sel = alamat && nilai && selPertama(nilai, alamat, target.ref.prefix, (v) => !!parseRentang(v));
  if (sel) {
    gagal(
      `IKU.CAPAIAN: target ${sel.sel} berisi rentang ${kutip(sel.v)}; rumus biasa hanya menghitung target rentang yang ditulis langsung di rumus.`,
      `IKU.CAPAIAN: the target ${sel.sel} holds the range ${kutip(sel.v)}; a plain formula only handles a range target written in the formula.`,
    );
  }
}

/** The capaian of r against t (numbers by now), for a polarity and method: the add-in's `hitung`. */
function hitungCapaian(r: Operand, t: Operand, pol: Polaritas, met: MetodeNegatif): string {
  const [R, T] = [nilaiAngka(r), nilaiAngka(t)];
  if (pol === "positif") return `${R}/${T}*100`;
  if (met === "refleksi") {
    // T = 0 and R = 0 is achieved (100); T = 0 otherwise cannot be computed.
    return jika(banding(t, "=", 0), jika(banding(r, "=", 0), "100", DIV0), `(2*${T}-${R})/${T}*100`);
  }
  return jika(
    banding(r, "=", 0),
    jika(banding(t, "=", 0), "100", DIV0),
    jika(banding(r, "<", 0), NUM, `${T}/${R}*100`),
  );
}

/**
 * A range target written in the formula ("80 - 90"): inside the range 100, above it against the
 * upper bound, below it against the lower bound (core/indicators/capaian.ts). The bounds are
 * checked first, as the add-in does, so a reversed range is refused like any other error.
 */
function capaianRentang(
  p: Panggilan,
  teks: string,
  { bawah, atas }: Rentang,
  pol: Polaritas,
  met: MetodeNegatif,
): string {
  if (bawah < 0 || bawah > atas) {
    gagal(
      `IKU.CAPAIAN: target rentang ${teks} terbalik atau bertanda negatif; add-in menjawabnya dengan #VALUE!. Perbaiki targetnya dulu.`,
      `IKU.CAPAIAN: the range target ${teks} is reversed or negative; the add-in answers with #VALUE!. Fix the target first.`,
    );
  }
  const r = p.angka(0, P("realisasi", "realisation"));
  const R = nilaiAngka(r);
  const lo: Operand = { text: angkaLiteral(bawah), num: bawah };
  const hi: Operand = { text: angkaLiteral(atas), num: atas };
  const v = known(r);
  const isi =
    v !== undefined
      ? v >= bawah && v <= atas
        ? "100"
        : hitungCapaian(r, v > atas ? hi : lo, pol, met)
      : `IF((${R}>=${lo.text})*(${R}<=${hi.text}),100,IF(${R}>${hi.text},${hitungCapaian(r, hi, pol, met)},${hitungCapaian(r, lo, pol, met)}))`;
  return bacaan([{ o: r, jikaKosong: "kosong" }], isi);
}
