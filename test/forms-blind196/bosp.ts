// The BOSP reguler recap of a Kalimantan Selatan kota's Dinas Pendidikan: dana disalurkan and realisasi
// penggunaan per kecamatan for SD and SMP side by side, Jumlah and serapan (the pooled ratio, not the
// mean of the two jenjang rates), a TOTAL row, and a recap per jenjang under it. Every name and number
// is invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Col, type Ctx, type Row } from "../forms/kit";

type Kec = {
  id: string;
  nm: string;
  sdS: number;
  sdN: number;
  sdR: number;
  smS: number;
  smN: number;
  smR: number;
};

export function rekapBosp(): BookW {
  const b = new BookW(
    "rekap-bosp-reguler-sd-smp-kecamatan-tanjung-belimbing.xlsx",
    "Rekap BOSP per kecamatan (Dinas Pendidikan)",
    "Rekap penyaluran dan penggunaan BOSP reguler 2024 per kecamatan: No | Kecamatan | 'Sekolah Dasar' > Jml Sekolah | Peserta Didik | Dana Disalurkan (Rp) | Realisasi Penggunaan (Rp) | 'SMP' > the same | 'Jumlah' > Disalurkan | Realisasi | Serapan (%); number row (1)..(13) with (11) = (5)+(9), (12) = (6)+(10), (13) = (12)/(11) x 100; TOTAL row; Tabel 2 per jenjang under it",
  );
  const S = "BOSP 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA TANJUNG BELIMBING",
    "DINAS PENDIDIKAN DAN KEBUDAYAAN",
    "Jl. A. Yani Km. 4,5 Tanjung Belimbing",
  ]);
  s.lines([
    "REKAPITULASI PENYALURAN DAN PENGGUNAAN DANA BOSP REGULER SD DAN SMP",
    "PER KECAMATAN TAHUN ANGGARAN 2024 (TAHAP I DAN TAHAP II)",
  ]);
  s.gap();
  const SD = 1_120_000;
  const SM = 1_350_000;
  const K: Kec[] = [
    {
      id: "k1",
      nm: "Belimbing Utara",
      sdS: 24,
      sdN: 5_218,
      sdR: 5_702_316_000,
      smS: 9,
      smN: 3_104,
      smR: 3_687_550_000,
    },
    {
      id: "k2",
      nm: "Belimbing Selatan",
      sdS: 21,
      sdN: 4_637,
      sdR: 5_104_900_000,
      smS: 7,
      smN: 2_486,
      smR: 3_054_050_000,
    },
    {
      id: "k3",
      nm: "Belimbing Tengah",
      sdS: 18,
      sdN: 4_105,
      sdR: 4_512_760_000,
      smS: 6,
      smN: 2_218,
      smR: 2_545_150_000,
    },
    {
      id: "k4",
      nm: "Sungai Riam",
      sdS: 15,
      sdN: 2_964,
      sdR: 3_198_400_000,
      smS: 4,
      smN: 1_412,
      smR: 1_802_500_000,
    },
    // planted: the SMP realisasi 2,463,750,000 is above the 1,863,000,000 disalurkan (typed for 1,836,750,000)
    {
      id: "k5",
      nm: "Landasan Kecil",
      sdS: 12,
      sdN: 2_281,
      sdR: 2_497_620_000,
      smS: 3,
      smN: 1_380,
      smR: 2_463_750_000,
    },
    {
      id: "k6",
      nm: "Pulau Tatas",
      sdS: 9,
      sdN: 1_576,
      sdR: 1_701_880_000,
      smS: 2,
      smN: 742,
      smR: 801_360_000,
    },
  ];
  const G1 = "Sekolah Dasar (SD)";
  const G2 = "Sekolah Menengah Pertama (SMP)";
  const G3 = "Jumlah";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "kec", head: ["Kecamatan"], role: "lokasi", num: "(2)", width: 18 },
    { key: "sdS", head: [G1, "Jml Sekolah"], num: "(3)", fmt: INT, width: 8 },
    { key: "sdN", head: [G1, "Peserta Didik"], num: "(4)", fmt: INT, width: 9 },
    {
      key: "sdD",
      head: [G1, "Dana Disalurkan (Rp)"],
      role: "anggaran",
      year: 2024,
      num: "(5)",
      fmt: RP,
      width: 16,
    },
    {
      key: "sdR",
      head: [G1, "Realisasi Penggunaan (Rp)"],
      role: "realisasi-anggaran",
      year: 2024,
      num: "(6)",
      fmt: RP,
      width: 16,
    },
    { key: "smS", head: [G2, "Jml Sekolah"], num: "(7)", fmt: INT, width: 8 },
    { key: "smN", head: [G2, "Peserta Didik"], num: "(8)", fmt: INT, width: 9 },
    {
      key: "smD",
      head: [G2, "Dana Disalurkan (Rp)"],
      role: "anggaran",
      year: 2024,
      num: "(9)",
      fmt: RP,
      width: 16,
    },
    {
      key: "smR",
      head: [G2, "Realisasi Penggunaan (Rp)"],
      role: "realisasi-anggaran",
      year: 2024,
      num: "(10)",
      fmt: RP,
      width: 16,
    },
    {
      key: "jD",
      head: [G3, "Disalurkan (Rp)"],
      role: "anggaran",
      year: 2024,
      num: "(11) = (5)+(9)",
      fmt: RP,
      width: 17,
    },
    {
      key: "jR",
      head: [G3, "Realisasi (Rp)"],
      role: "realisasi-anggaran",
      year: 2024,
      num: "(12) = (6)+(10)",
      fmt: RP,
      width: 17,
    },
    {
      key: "ser",
      head: [G3, "Serapan (%)"],
      role: "capaian",
      num: "(13) = (12)/(11) x 100",
      fmt: DEC,
      width: 10,
    },
  ];
  const sumCol = (k: string, x: Ctx) => `SUM(${x.a(k, "k1")}:${x.a(k, "k6")})`;
  const ser = (x: Ctx) => `ROUND(${x.a("jR")}/${x.a("jD")}*100,2)`;
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...K.map((k, i): Row => ({
        id: k.id,
        cells: (x: Ctx) => ({
          no: i + 1,
          kec: k.nm,
          sdS: k.sdS,
          sdN: k.sdN,
          sdD: k.sdN * SD,
          sdR: k.sdR,
          smS: k.smS,
          smN: k.smN,
          smD: k.smN * SM,
          smR: k.smR,
          // planted: Sungai Riam's Jumlah Disalurkan is typed 5,252,880,000; (5) + (9) give 5,225,880,000
          jD: k.id === "k4" ? 5_252_880_000 : fx(`${x.a("sdD")}+${x.a("smD")}`),
          jR: fx(`${x.a("sdR")}+${x.a("smR")}`),
          ser: fx(ser(x)),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "kec"],
        cells: (x: Ctx) => ({
          no: "TOTAL",
          sdS: fx(sumCol("sdS", x)),
          sdN: fx(sumCol("sdN", x)),
          sdD: fx(sumCol("sdD", x)),
          sdR: fx(sumCol("sdR", x)),
          smS: fx(sumCol("smS", x)),
          smN: fx(sumCol("smN", x)),
          smD: fx(sumCol("smD", x)),
          smR: fx(sumCol("smR", x)),
          jD: fx(sumCol("jD", x)),
          jR: fx(sumCol("jR", x)),
          ser: fx(ser(x)),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan: satuan biaya BOSP reguler 2024 SD Rp 1.120.000 dan SMP Rp 1.350.000 per peserta didik per tahun (Permendikbudristek).",
  ]);
  s.gap();
  s.lines(["Tabel 2. Rekapitulasi per Jenjang"], 1, { bold: true });
  const a = (k: string, id: string) => t.a(k, id);
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "jj", head: ["Jenjang"], width: 18 },
      { key: "sek", head: ["Jml Sekolah"], fmt: INT, width: 8 },
      { key: "pd", head: ["Peserta Didik"], fmt: INT, width: 9 },
      { key: "d", head: ["Dana Disalurkan (Rp)"], role: "anggaran", year: 2024, fmt: RP, width: 16 },
      { key: "r", head: ["Realisasi (Rp)"], role: "realisasi-anggaran", year: 2024, fmt: RP, width: 16 },
      { key: "p", head: ["Serapan (%)"], role: "capaian", fmt: DEC, width: 10 },
    ],
    headerRows: 1,
    rows: [
      {
        id: "sd",
        cells: (x: Ctx) => ({
          no: 1,
          jj: "SD",
          sek: K.reduce((n, k) => n + k.sdS, 0),
          pd: K.reduce((n, k) => n + k.sdN, 0),
          d: K.reduce((n, k) => n + k.sdN * SD, 0),
          r: K.reduce((n, k) => n + k.sdR, 0),
          p: fx(`ROUND(${x.a("r")}/${x.a("d")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  signature(s, 10, {
    tempat: "Tanjung Belimbing, 15 Januari 2025",
    jabatan: ["KEPALA DINAS PENDIDIKAN DAN KEBUDAYAAN", "KOTA TANJUNG BELIMBING,"],
    nama: "H. MUHAMMAD RIFANI NOOR, S.Pd., M.M.",
    nip: "19760521 200003 1 006",
  });

  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a("smR", "k5") },
        { sheet: S, cell: a("ser", "k5") },
      ],
    },
    rules: ["serapan-over-100", "percent-out-of-range"],
    note: "Landasan Kecil: SMP realisasi typed 2,463,750,000 above the 1,863,000,000 disalurkan (1,380 x 1,350,000), so the serapan of the kecamatan is above 100 %",
    truth: a("smD", "k5"),
    actual: `${a("smR", "k5")}+0`,
  });
  b.plant({
    at: { sheet: S, cell: a("jD", "k4") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah Disalurkan (11) of Sungai Riam is a typed 5,252,880,000 among (5)+(9) formulas; 3,319,680,000 + 1,906,200,000 give 5,225,880,000 (digits swapped)",
    truth: `${a("sdD", "k4")}+${a("smD", "k4")}`,
  });
  for (const id of ["k1", "k2", "k3", "k6"]) {
    b.ok({ sheet: S, cell: a("jD", id), rules: ["sum-mismatch"], truth: `${a("sdD", id)}+${a("smD", id)}` });
    // the serapan is the pooled ratio, not the mean of the two jenjang rates
    b.ok({
      sheet: S,
      cell: a("ser", id),
      rules: ["capaian-mismatch", "serapan-over-100", "percent-out-of-range"],
      truth: `ROUND(${a("jR", id)}/${a("jD", id)}*100,2)`,
      trap: `ROUND((${a("sdR", id)}/${a("sdD", id)}+${a("smR", id)}/${a("smD", id)})/2*100,2)`,
    });
  }
  for (const k of ["sdD", "sdR", "smD", "sdN", "smN"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "k1")}:${a(k, "k6")})` });
  for (const [k, c] of [
    ["d", "sdD"],
    ["r", "sdR"],
    ["pd", "sdN"],
  ] as const)
    b.ok({ sheet: S, cell: t2.a(k, "sd"), rules: ["cross-table-mismatch"], truth: a(c, "tot") });
  return b.finish();
}
