// The monthly service report of a Disdukcapil (Kota Banjarsekar, 2024): documents issued month by
// month (Jan .. Des) summed to the year, two percentages whose year is the December position (not a
// sum), a "Jumlah Dokumen" row that adds only the documents (not the recordings nor the
// percentages), capaian against the year's target. Every name and number is invented.
import {
  BookW,
  DEC,
  INT,
  fmt,
  fx,
  letterhead,
  signature,
  sum,
  type Cell,
  type Col,
  type Row,
} from "../forms/kit";
import { rt } from "./common";

const BLN = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"];

/** Splits a year's count over twelve months (whole documents), a little uneven; December takes the rest. */
function split(total: number, seed: number): number[] {
  const w = BLN.map((_, i) => 1 + 0.18 * Math.sin(1.3 * i + seed) + (i === 0 || i === 6 ? 0.15 : 0));
  const W = sum(w);
  const out = w.slice(0, 11).map((x) => Math.round((total * x) / W));
  out.push(total - sum(out));
  return out;
}

type LIn = {
  id: string;
  nama: string;
  sat: string;
  target: number;
  /** year's count (split over the months) */
  total?: number;
  /** a level: the monthly positions */
  lv?: number[];
  doc?: boolean;
};

/** Rekap capaian layanan administrasi kependudukan per bulan 2024, Disdukcapil Kota Banjarsekar. */
export function bulananDukcapil(): BookW {
  const b = new BookW(
    "rekap-bulanan-disdukcapil-banjarsekar.xlsx",
    "monthly service report (Disdukcapil)",
    "Monthly service report 2024 of a Disdukcapil: No | Jenis Layanan / Indikator | Satuan | Target 2024 | 'Realisasi Bulan' > Jan .. Des | Jumlah / Posisi Akhir 2024 | Capaian (%) | Ket.; the documents SUM over the months, the two percentages the December position (=Des), a 'Jumlah Dokumen Diterbitkan' row adding the documents only; section rows I / II",
  );
  const S = "Rekap Layanan 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA BANJARSEKAR",
    "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL",
    "Jl. Pahlawan Revolusi No. 9 Banjarsekar",
  ]);
  s.lines(["REKAPITULASI CAPAIAN KINERJA PELAYANAN ADMINISTRASI KEPENDUDUKAN PER BULAN", "TAHUN 2024"]);
  s.gap();
  const rows1: LIn[] = [
    {
      id: "kk",
      nama: "Kartu Keluarga (KK) yang diterbitkan",
      sat: "lembar",
      target: 21_000,
      total: 22_384,
      doc: true,
    },
    { id: "ktp", nama: "KTP-el yang dicetak", sat: "keping", target: 26_500, total: 25_917, doc: true },
    {
      id: "kia",
      nama: "Kartu Identitas Anak (KIA) yang diterbitkan",
      sat: "keping",
      target: 12_000,
      total: 10_466,
      doc: true,
    },
    { id: "rek", nama: "Perekaman KTP-el penduduk wajib KTP", sat: "orang", target: 9_800, total: 10_412 },
    {
      id: "p1",
      nama: "Persentase penduduk wajib KTP-el yang telah melakukan perekaman",
      sat: "%",
      target: 98.5,
      lv: [97.62, 97.7, 97.79, 97.86, 97.95, 98.04, 98.13, 98.22, 98.34, 98.45, 98.58, 98.71],
    },
  ];
  const rows2: LIn[] = [
    {
      id: "akl",
      nama: "Akta Kelahiran yang diterbitkan",
      sat: "lembar",
      target: 9_400,
      total: 9_638,
      doc: true,
    },
    {
      id: "akm",
      nama: "Akta Kematian yang diterbitkan",
      sat: "lembar",
      target: 3_600,
      total: 3_954,
      doc: true,
    },
    {
      id: "p2",
      nama: "Persentase kepemilikan akta kelahiran anak usia 0-18 tahun",
      sat: "%",
      target: 96,
      lv: [94.85, 94.97, 95.08, 95.16, 95.3, 95.41, 95.55, 95.68, 95.8, 95.96, 96.15, 96.32],
    },
  ];
  const all = [...rows1, ...rows2];
  const docs = all.filter((x) => x.doc);
  const m = new Map(all.filter((x) => x.total).map((x, i) => [x.id, split(x.total!, i + 1)]));
  // planted 1: the year's Akta Kelahiran typed 9,368 (two digits swapped) among SUM formulas; the
  // months add up to 9,638
  const PLANT_SUM = "akl";
  const PLANT_SUM_VAL = 9_368;
  // planted 2: capaian of the perekaman KTP-el divided the wrong way round, =ROUND(target/jumlah*100,2)
  const PLANT_CAP = "rek";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "nama", head: ["Jenis Layanan / Indikator"], role: "indikator", width: 42 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "tg", head: ["Target 2024"], role: "target", year: 2024, width: 10 },
    ...BLN.map((bl, i): Col => ({ key: `m${i}`, head: ["Realisasi Bulan", bl], width: 8 })),
    { key: "jml", head: ["Jumlah / Posisi Akhir 2024"], role: "realisasi", year: 2024, width: 12 },
    { key: "cap", head: ["Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    { key: "ket", head: ["Ket."], role: "keterangan", width: 16 },
  ];
  let no = 0;
  const line = (x: LIn): Row => ({
    id: x.id,
    cells: (c) => {
      const f = x.lv ? DEC : INT;
      const out: Record<string, Cell> = { no: ++no, nama: x.nama, sat: x.sat, tg: fmt(x.target, f) };
      (x.lv ?? m.get(x.id)!).forEach((v, i) => (out[`m${i}`] = fmt(v, f)));
      if (x.lv) out.jml = fx(c.a("m11"));
      else if (x.id === PLANT_SUM) out.jml = fmt(PLANT_SUM_VAL, INT);
      else out.jml = fx(`SUM(${c.a("m0")}:${c.a("m11")})`);
      out.cap = fx(x.id === PLANT_CAP ? rt(c.a("tg"), c.a("jml")) : rt(c.a("jml"), c.a("tg")));
      out.ket = x.lv ? "posisi akhir bulan" : "jumlah";
      return out;
    },
  });
  const t = s.table({
    cols,
    headerRows: 2,
    rows: [
      { id: "s1", bold: true, cells: { no: "I", nama: "PENDAFTARAN PENDUDUK" } },
      ...rows1.map(line),
      { id: "s2", bold: true, cells: { no: "II", nama: "PENCATATAN SIPIL" } },
      ...rows2.map(line),
      {
        id: "tot",
        bold: true,
        span: ["no", "sat"],
        cells: (c) => {
          const out: Record<string, Cell> = {
            no: "JUMLAH DOKUMEN KEPENDUDUKAN DITERBITKAN",
            tg: fx(docs.map((d) => c.a("tg", d.id)).join("+")),
          };
          BLN.forEach((_, i) => (out[`m${i}`] = fx(docs.map((d) => c.a(`m${i}`, d.id)).join("+"))));
          out.jml = fx(`SUM(${c.a("m0")}:${c.a("m11")})`);
          out.cap = fx(rt(c.a("jml"), c.a("tg")));
          return out;
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan:",
    "- Realisasi dokumen adalah jumlah dokumen yang diterbitkan/dicetak pada bulan berkenaan; jumlah tahun 2024 = Januari s.d. Desember.",
    "- Indikator persentase adalah posisi akhir bulan berdasarkan data konsolidasi (DKB); nilai tahun 2024 = posisi Desember.",
    "- Jumlah dokumen diterbitkan meliputi KK, KTP-el, KIA, akta kelahiran dan akta kematian (perekaman tidak termasuk).",
  ]);
  s.gap();
  signature(s, 14, {
    tempat: "Banjarsekar, 8 Januari 2025",
    jabatan: ["Kepala Dinas Kependudukan", "dan Pencatatan Sipil Kota Banjarsekar,"],
    nama: "Drs. AGUS SETIAWAN NUGRAHA, M.Si.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19710604 199803 1 005",
  });
  b.finish();

  const A = (k: string, id: string) => t.a(k, id);
  const months = (id: string) => `SUM(${A("m0", id)}:${A("m11", id)})`;
  b.plant({
    at: { sheet: S, cell: A("jml", PLANT_SUM) },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "The year's Akta Kelahiran is a typed 9,368 among SUM formulas; January to December add up to 9,638 (two digits swapped)",
    truth: months(PLANT_SUM),
  });
  b.plant({
    at: { sheet: S, cell: A("cap", PLANT_CAP) },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Capaian of the perekaman KTP-el is =ROUND(target/jumlah*100,2) = 94.12, divided the wrong way round; 10,412 recorded against a target of 9,800 give 106.24, as every other row computes",
    truth: rt(A("jml", PLANT_CAP), A("tg", PLANT_CAP)),
  });
  for (const x of all) {
    if (x.lv)
      b.ok({
        sheet: S,
        cell: A("jml", x.id),
        rules: ["sum-mismatch"],
        truth: A("m11", x.id),
        trap: months(x.id),
      });
    else if (x.id !== PLANT_SUM)
      b.ok({ sheet: S, cell: A("jml", x.id), rules: ["sum-mismatch"], truth: months(x.id) });
    if (x.id === PLANT_CAP || x.id === PLANT_SUM) continue;
    const over = (x.total ?? x.lv![11]) > x.target;
    b.ok({
      sheet: S,
      cell: A("cap", x.id),
      rules: over ? ["capaian-mismatch", "percent-out-of-range"] : ["capaian-mismatch"],
      truth: rt(A("jml", x.id), A("tg", x.id)),
    });
  }
  const others = all.filter((x) => !x.doc);
  BLN.forEach((_, i) =>
    b.ok({
      sheet: S,
      cell: A(`m${i}`, "tot"),
      rules: ["sum-mismatch"],
      truth: docs.map((d) => A(`m${i}`, d.id)).join("+"),
      trap: [...docs, ...others].map((d) => A(`m${i}`, d.id)).join("+"),
      tol: 0.5,
    }),
  );
  b.ok({
    sheet: S,
    cell: A("tg", "tot"),
    rules: ["sum-mismatch"],
    truth: docs.map((d) => A("tg", d.id)).join("+"),
  });
  return b;
}
