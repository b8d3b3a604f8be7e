// LKjIP tables of two provincial offices: the Dinas Kelautan dan Perikanan of Provinsi Kalimantan
// Utara's 'Analisis Capaian' (realisasi 2022 .. 2024, target and capaian 2024, capaian against the
// Renstra end target and against the national target) and the Dinas Pertanian of Provinsi
// Gorontalo's efficiency table (capaian kinerja % vs serapan anggaran %, tingkat efisiensi). Every
// person and number is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  round,
  signature,
  type Cell,
  type Col,
  type Row,
} from "../forms/kit";
import { refl, rt } from "./common";

type AnIn = {
  ind: string;
  sat: string;
  r22: number;
  r23: number;
  r24: number;
  t24: number;
  ren: number;
  nas?: number;
  neg?: boolean;
};

/** LKjIP 2024 Tabel 3.3 Analisis Capaian, DKP Provinsi Kalimantan Utara. */
export function lkjipAnalisis(): BookW {
  const b = new BookW(
    "lkjip-analisis-capaian-nasional-dkp-kaltara.xlsx",
    "LKjIP analisis capaian (Dinas Kelautan dan Perikanan)",
    "Realisasi 2022 | 2023 | 2024, Target 2024 and Capaian, Target Akhir Renstra 2026 and capaian against it, Target Nasional and capaian against it; refleksi for the negative indicator",
  );
  const S = "Tabel 3.3";
  const s = b.sheet(S);
  s.lines(
    [
      "Tabel 3.3",
      "Analisis Capaian Kinerja Sasaran Dinas Kelautan dan Perikanan Provinsi Kalimantan Utara Tahun 2024",
    ],
    1,
    {
      bold: true,
    },
  );
  s.gap();
  const rows: AnIn[] = [
    {
      ind: "Produksi perikanan tangkap",
      sat: "ton",
      r22: 48_120,
      r23: 51_406,
      r24: 54_932,
      t24: 54_000,
      ren: 60_000,
    },
    {
      ind: "Nilai Tukar Nelayan (NTN)",
      sat: "indeks",
      r22: 104.2,
      r23: 105.8,
      r24: 107.35,
      t24: 106,
      ren: 108,
      nas: 107,
    },
    {
      ind: "Persentase kawasan konservasi perairan yang dikelola efektif",
      sat: "%",
      r22: 40,
      r23: 45,
      r24: 52.5,
      t24: 55,
      ren: 65,
      nas: 50,
    },
    {
      ind: "Persentase produk perikanan yang tidak memenuhi standar mutu",
      sat: "%",
      r22: 8.4,
      r23: 7.1,
      r24: 5.9,
      t24: 6.5,
      ren: 5,
      nas: 6,
      neg: true,
    },
    {
      ind: "Angka konsumsi ikan per kapita",
      sat: "kg/kap/thn",
      r22: 52.3,
      r23: 54.1,
      r24: 55.86,
      t24: 56.5,
      ren: 60,
      nas: 58.08,
    },
  ];
  const RG = "Realisasi";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "ind", head: ["Indikator Kinerja Sasaran"], role: "indikator", width: 38 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
    { key: "r22", head: [RG, "2022"], role: "realisasi", year: 2022, fmt: "#,##0.##", width: 10 },
    { key: "r23", head: [RG, "2023"], role: "realisasi", year: 2023, fmt: "#,##0.##", width: 10 },
    { key: "r24", head: [RG, "2024"], role: "realisasi", year: 2024, fmt: "#,##0.##", width: 10 },
    { key: "t24", head: ["Tahun 2024", "Target"], role: "target", year: 2024, fmt: "#,##0.##", width: 10 },
    { key: "c24", head: ["Tahun 2024", "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    {
      key: "ren",
      head: ["Renstra 2022-2026", "Target Akhir"],
      role: "target",
      year: 2026,
      fmt: "#,##0.##",
      width: 10,
    },
    {
      key: "cren",
      head: ["Renstra 2022-2026", "Capaian s.d. 2024 (%)"],
      role: "capaian",
      fmt: DEC,
      width: 11,
    },
    {
      key: "nas",
      head: ["Pembanding Nasional", "Target RPJMN 2024"],
      role: "target",
      year: 2024,
      fmt: "#,##0.##",
      width: 10,
    },
    {
      key: "cnas",
      head: ["Pembanding Nasional", "Capaian thd Nasional (%)"],
      role: "capaian",
      fmt: DEC,
      width: 11,
    },
  ];
  const cap = (x: AnIn, R: string, T: string) => (x.neg ? refl(R, T) : rt(R, T));
  const t = s.table({
    cols,
    headerRows: 2,
    rows: rows.map((x, i): Row => ({
      id: `i${i}`,
      cells: (c) => {
        const cells: Record<string, Cell> = {
          no: i + 1,
          ind: x.ind,
          sat: x.sat,
          r22: x.r22,
          r23: x.r23,
          r24: x.r24,
          t24: x.t24,
          c24: fx(cap(x, c.a("r24"), c.a("t24"))),
          ren: x.ren,
          // planted (row 1): the NTN's capaian against the Renstra reads the 2023 realisasi
          cren: fx(cap(x, c.a(i === 1 ? "r23" : "r24"), c.a("ren"))),
          nas: x.nas ?? "-",
          // planted (row 3): the negative indicator against the national target as R / T
          cnas:
            x.nas === undefined
              ? "-"
              : fx(i === 3 ? rt(c.a("r24"), c.a("nas")) : cap(x, c.a("r24"), c.a("nas"))),
        };
        return cells;
      },
    })),
  });
  s.gap();
  s.lines([
    "Keterangan:",
    "* Indikator nomor 4 bernilai negatif (semakin kecil semakin baik); seluruh capaiannya dihitung (2 x target - realisasi) / target x 100.",
    "* Produksi perikanan tangkap tidak memiliki target nasional tingkat provinsi (-).",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Tanjung Selor, 24 Februari 2025",
    jabatan: ["Kepala Dinas Kelautan dan Perikanan", "Provinsi Kalimantan Utara"],
    nama: "Ir. YOHANES DIAN LUSAT, M.P.",
    nip: "19690815 199503 1 002",
  });
  const a = (k: string, i: number) => t.a(k, `i${i}`);
  b.plant({
    at: { sheet: S, cell: a("cren", 1) },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "capaian of the NTN against the Renstra end target divides the 2023 realisasi: 105.8 / 108 x 100 = 97.96; the 2024 realisasi 107.35 gives 99.40",
    truth: rt(a("r24", 1), a("ren", 1)),
  });
  b.plant({
    at: { sheet: S, cell: a("cnas", 3) },
    rules: ["capaian-mismatch"],
    note: "capaian of the produk tidak memenuhi standar mutu (negative) against the national 6 % is R / T = 5.9 / 6 x 100 = 98.33; the refleksi (2 x 6 - 5.9) / 6 x 100 gives 101.67",
    truth: refl(a("r24", 3), a("nas", 3)),
  });
  // the negative indicator's capaian are the refleksi
  b.ok({
    sheet: S,
    cell: a("c24", 3),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: refl(a("r24", 3), a("t24", 3)),
    trap: rt(a("r24", 3), a("t24", 3)),
  });
  b.ok({
    sheet: S,
    cell: a("cren", 3),
    rules: ["capaian-mismatch"],
    truth: refl(a("r24", 3), a("ren", 3)),
    trap: rt(a("r24", 3), a("ren", 3)),
  });
  for (const i of [0, 1, 2, 4])
    b.ok({ sheet: S, cell: a("c24", i), rules: ["capaian-mismatch"], truth: rt(a("r24", i), a("t24", i)) });
  for (const i of [0, 2, 4])
    b.ok({ sheet: S, cell: a("cren", i), rules: ["capaian-mismatch"], truth: rt(a("r24", i), a("ren", i)) });
  // a capaian above 100 against the national target is no error
  b.ok({
    sheet: S,
    cell: a("cnas", 2),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: rt(a("r24", 2), a("nas", 2)),
  });
  for (const i of [1, 4])
    b.ok({ sheet: S, cell: a("cnas", i), rules: ["capaian-mismatch"], truth: rt(a("r24", i), a("nas", i)) });
  return b.finish();
}

type EfIn = { sas: string; prog: string; ck: number; pagu: number; real: number };

/** LKjIP 2024 efficiency table, Dinas Pertanian Provinsi Gorontalo. */
export function efisiensi(): BookW {
  const b = new BookW(
    "lkjip-efisiensi-serapan-distan-gorontalo.xlsx",
    "LKjIP efisiensi penggunaan anggaran (Dinas Pertanian)",
    "Capaian Kinerja (%) | Pagu | Realisasi | Serapan Anggaran (%) | Tingkat Efisiensi (%) = capaian - serapan | Kategori; Jumlah with the ratio of sums",
  );
  const S = "Efisiensi";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH PROVINSI GORONTALO", "DINAS PERTANIAN"]);
  s.lines(["Tabel 3.9", "Efisiensi Penggunaan Sumber Daya terhadap Capaian Kinerja Tahun 2024"], 1, {
    bold: true,
  });
  s.gap();
  const rows: EfIn[] = [
    {
      sas: "Meningkatnya produksi tanaman pangan",
      prog: "Program Penyediaan dan Pengembangan Sarana Pertanian",
      ck: 104.35,
      pagu: 18_426_750_000,
      real: 17_904_312_600,
    },
    {
      sas: "Meningkatnya produksi tanaman pangan",
      prog: "Program Penyediaan dan Pengembangan Prasarana Pertanian",
      ck: 96.8,
      pagu: 12_340_000_000,
      real: 11_785_420_000,
    },
    {
      sas: "Meningkatnya produksi hortikultura dan perkebunan",
      prog: "Program Pengendalian dan Penanggulangan Bencana Pertanian",
      ck: 112.4,
      pagu: 2_156_800_000,
      real: 2_019_640_500,
    },
    {
      sas: "Meningkatnya produksi hortikultura dan perkebunan",
      prog: "Program Penyuluhan Pertanian",
      ck: 91.25,
      pagu: 4_872_300_000,
      real: 4_598_177_100,
    },
    {
      sas: "Meningkatnya kualitas tata kelola perangkat daerah",
      prog: "Program Penunjang Urusan Pemerintahan Daerah Provinsi",
      ck: 100,
      pagu: 23_615_480_000,
      real: 22_447_906_350,
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", num: "(2)", width: 28 },
    { key: "prog", head: ["Program Pendukung"], num: "(3)", width: 34 },
    {
      key: "ck",
      head: ["Capaian Kinerja Sasaran (%)"],
      role: "capaian",
      year: 2024,
      num: "(4)",
      fmt: DEC,
      width: 11,
    },
    {
      key: "pagu",
      head: ["Anggaran", "Pagu (Rp)"],
      role: "anggaran",
      year: 2024,
      num: "(5)",
      fmt: RP,
      width: 17,
    },
    {
      key: "real",
      head: ["Anggaran", "Realisasi (Rp)"],
      role: "realisasi-anggaran",
      year: 2024,
      num: "(6)",
      fmt: RP,
      width: 17,
    },
    {
      key: "ser",
      head: ["Anggaran", "Serapan (%)"],
      role: "capaian",
      year: 2024,
      num: "(7)=(6)/(5)",
      fmt: DEC,
      width: 10,
    },
    { key: "ef", head: ["Tingkat Efisiensi (%)"], num: "(8)=(4)-(7)", fmt: DEC, width: 10 },
    { key: "kat", head: ["Kategori"], num: "(9)", width: 12 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    vmerge: ["sas"],
    rows: [
      ...rows.map((x, i): Row => ({
        id: `p${i}`,
        cells: (c) => {
          const ser = round((x.real / x.pagu) * 100);
          return {
            no: i + 1,
            sas: x.sas,
            prog: x.prog,
            ck: x.ck,
            pagu: x.pagu,
            real: x.real,
            // planted (row 3): the penyuluhan's serapan keeps a stale cached 84.73
            ser: i === 3 ? fx(rt(c.a("real"), c.a("pagu")), 84.73) : fx(rt(c.a("real"), c.a("pagu"))),
            ef: fx(`ROUND(${c.a("ck")}-${c.a("ser")},2)`),
            kat: (i === 3 ? x.ck - 84.73 : x.ck - ser) > 0 ? "Efisien" : "Tidak Efisien",
          };
        },
      })),
      {
        id: "jml",
        bold: true,
        span: ["no", "prog"],
        cells: (c) => ({
          no: "Jumlah",
          // planted: the Jumlah realisasi stops before the last program
          pagu: fx(`SUM(${c.a("pagu", "p0")}:${c.a("pagu", "p4")})`),
          real: fx(`SUM(${c.a("real", "p0")}:${c.a("real", "p3")})`),
          ser: fx(rt(c.a("real"), c.a("pagu"))),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Tingkat efisiensi positif berarti capaian kinerja lebih tinggi dari persentase penyerapan anggaran (Efisien).",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Gorontalo, 28 Februari 2025",
    jabatan: ["KEPALA DINAS PERTANIAN", "PROVINSI GORONTALO"],
    nama: "Dr. Ir. SUKRIYANTO MOHA KATILI, M.Si.",
    pangkat: "Pembina Utama Muda",
    nip: "19700417 199603 1 005",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("ser", "p3") },
    rules: ["capaian-mismatch"],
    note: "serapan of the Program Penyuluhan Pertanian keeps a stale cached 84.73; 4,598,177,100 / 4,872,300,000 x 100 gives 94.37",
    truth: rt(a("real", "p3"), a("pagu", "p3")),
  });
  b.plant({
    at: { sheet: S, cell: a("real", "jml") },
    rules: ["sum-mismatch"],
    note: "Jumlah realisasi is =SUM of the first four programs (36,307,550,200); with the Penunjang Urusan's 22,447,906,350 the five give 58,755,456,550",
    truth: `SUM(${a("real", "p0")}:${a("real", "p4")})`,
  });
  // capaian kinerja above 100 is no error; the Jumlah pagu sums every program
  b.ok({ sheet: S, cell: a("ck", "p2"), rules: ["percent-out-of-range"], truth: "112.4" });
  b.ok({
    sheet: S,
    cell: a("pagu", "jml"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("pagu", "p0")}:${a("pagu", "p4")})`,
  });
  for (const id of ["p0", "p1", "p2", "p4"]) {
    b.ok({
      sheet: S,
      cell: a("ser", id),
      rules: ["capaian-mismatch", "serapan-over-100"],
      truth: rt(a("real", id), a("pagu", id)),
    });
    b.ok({
      sheet: S,
      cell: a("ef", id),
      rules: ["percent-out-of-range"],
      truth: `ROUND(${a("ck", id)}-${a("ser", id)},2)`,
    });
  }
  return b.finish();
}
