// The LKjIP table and the Perjanjian Kinerja (with its Renstra sheet) of two BKPSDM. Every name and
// number is invented.
import { BookW, DEC, RP, fx, letterhead, signature, type Col, type Row } from "../forms/kit";

/** LKjIP 2025 of the BKPSDM Kabupaten Lembah Sipora Jaya: capaian with a negative indicator. */
export function lkjipBkpsdm(): BookW {
  const b = new BookW(
    "lkjip-2025-bkpsdm-lembah-sipora-jaya-350.xlsx",
    "LKjIP (BKPSDM)",
    "LKjIP 2025 Tabel 3.1: merged Sasaran, group 'Tahun 2025' > Target / Realisasi / Capaian, number row (1)..(9), ROUND capaian formulas, refleksi for a lower-is-better indicator, predikat words, Rata-rata",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  s.lines(
    ["Tabel 3.1", "Pengukuran Capaian Kinerja Sasaran BKPSDM Kabupaten Lembah Sipora Jaya Tahun 2025"],
    1,
    { bold: true },
  );
  s.gap();
  const SAS1 = "Meningkatnya profesionalitas dan kompetensi ASN";
  const SAS2 = "Meningkatnya kualitas manajemen karier dan disiplin ASN";
  const ind = [
    { id: "i1", sas: SAS1, ind: "Indeks Profesionalitas ASN", sat: "indeks", pol: "positif", t: 72, r: 74.6 },
    {
      id: "i2",
      sas: SAS1,
      ind: "Persentase ASN yang memenuhi pengembangan kompetensi 20 JP",
      sat: "%",
      pol: "positif",
      t: 80,
      r: 76.4,
    },
    {
      id: "i3",
      sas: SAS1,
      ind: "Persentase ASN yang lulus uji kompetensi jabatan",
      sat: "%",
      pol: "positif",
      t: 60,
      r: 45,
    },
    {
      id: "i4",
      sas: SAS2,
      ind: "Persentase kenaikan pangkat ASN tepat waktu",
      sat: "%",
      pol: "positif",
      t: 95,
      r: 97.2,
    },
    {
      id: "i5",
      sas: SAS2,
      ind: "Persentase ASN yang dijatuhi hukuman disiplin",
      sat: "%",
      pol: "negatif",
      t: 1.5,
      r: 1.2,
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", num: "(2)", width: 28 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "(3)", width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)" },
    { key: "pol", head: ["Polaritas"], role: "polaritas", num: "(5)" },
    { key: "t", head: ["Tahun 2025", "Target"], role: "target", year: 2025, num: "(6)", fmt: DEC },
    { key: "r", head: ["Tahun 2025", "Realisasi"], role: "realisasi", year: 2025, num: "(7)", fmt: DEC },
    { key: "c", head: ["Tahun 2025", "Capaian (%)"], role: "capaian", year: 2025, num: "(8)", fmt: DEC },
    { key: "p", head: ["Predikat"], role: "predikat", num: "(9)" },
  ];
  const body: Row[] = ind.map((x, i) => ({
    id: x.id,
    cells: (c) => {
      const T = c.a("t");
      const R = c.a("r");
      // planted: i2 typed the inverted ratio 80 / 76.4 = 104.71; R/T is 95.50
      const cap =
        x.id === "i2"
          ? 104.71
          : x.pol === "negatif"
            ? fx(`ROUND((2*${T}-${R})/${T}*100,2)`)
            : fx(`ROUND(${R}/${T}*100,2)`);
      // planted: the negative indicator graded from the naive R/T (80, Baik); its capaian 120 is Sangat Baik
      const pred = x.id === "i5" ? "Baik" : x.id === "i3" ? "Cukup" : "Sangat Baik";
      return { no: i + 1, sas: x.sas, ind: x.ind, sat: x.sat, pol: x.pol, t: x.t, r: x.r, c: cap, p: pred };
    },
  }));
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    vmerge: ["sas"],
    rows: [
      ...body,
      {
        id: "avg",
        span: ["no", "r"],
        bold: true,
        cells: (c) => ({
          no: "Rata-rata Capaian Kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i5")}),2)`),
          p: "Sangat Baik",
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan: indikator negatif dihitung dengan rumus capaian = (2 x target - realisasi) / target x 100.",
    "Skala predikat: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i2") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "Capaian of % ASN 20 JP typed 104.71 (target / realisasi); 76.4 / 80 x 100 = 95.50",
    truth: `ROUND(${a("r", "i2")}/${a("t", "i2")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i5") },
    rules: ["predikat-mismatch"],
    note: "Predikat 'Baik' of the negative indicator hukuman disiplin (read from R/T = 80); its capaian 120.00 is Sangat Baik",
    truth: `PREDIKAT_BAIK(${a("c", "i5")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "i5"),
    rules: ["capaian-mismatch"],
    truth: `(2*${a("t", "i5")}-${a("r", "i5")})/${a("t", "i5")}*100`,
    trap: `${a("r", "i5")}/${a("t", "i5")}*100`,
  });
  b.ok({
    sheet: S,
    cell: a("p", "i3"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT_BAIK(${a("c", "i3")})`,
    trap: '"Baik"',
  });
  b.ok({
    sheet: S,
    cell: a("c", "i4"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("r", "i4")}/${a("t", "i4")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("p", "avg"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT_BAIK(${a("c", "avg")})`,
  });
  b.ok({
    sheet: S,
    cell: a("p", "i1"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT_BAIK(${a("c", "i1")})`,
  });
  return b.finish();
}

/** PK 2025 of the Kepala BKPSDM Kota Batu Karang Timur, beside the Renstra 2025-2029 targets. */
export function pkBkpsdm(): BookW {
  const b = new BookW(
    "pk-2025-bkpsdm-batu-karang-timur-350.xlsx",
    "Perjanjian Kinerja (BKPSDM)",
    "PK 2025: indicator table without a No column + program table (No, Program, Anggaran, Keterangan) with a typed JUMLAH, below a caption; sheet 'Renstra 2025-2029' with Tahun ke-1..5 and kondisi akhir",
  );
  // the Renstra sheet first (the PK points at it)
  const RS = "Renstra 2025-2029";
  const rs = b.sheet(RS);
  rs.lines(["Tabel 5.2 Target Indikator Kinerja Utama BKPSDM Kota Batu Karang Timur 2025-2029"], 1, {
    bold: true,
  });
  rs.gap();
  const ren = [
    { id: "ip", ind: "Indeks Profesionalitas ASN", sat: "indeks", awal: 71.2, k: [74, 75.5, 77, 78.5, 80] },
    {
      id: "jp",
      ind: "Persentase ASN yang memenuhi 20 JP pengembangan kompetensi",
      sat: "%",
      awal: 64.8,
      k: [72, 76, 80, 84, 88],
    },
    {
      id: "kp",
      ind: "Persentase kenaikan pangkat ASN tepat waktu",
      sat: "%",
      awal: 90.1,
      k: [92, 93.5, 95, 96.5, 98],
    },
  ];
  const TK = "Target Kinerja Tahun ke-";
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 38 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, fmt: DEC },
      ...[1, 2, 3, 4, 5].map((y): Col => ({
        key: `k${y}`,
        head: [TK, `${y} (${2024 + y})`],
        role: "target",
        year: 2024 + y,
        fmt: DEC,
      })),
      { key: "ak", head: ["Kondisi Akhir Renstra (2029)"], role: "kondisi-akhir", year: 2029, fmt: DEC },
    ],
    headerRows: 2,
    rows: ren.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        k1: x.k[0],
        k2: x.k[1],
        k3: x.k[2],
        k4: x.k[3],
        k5: x.k[4],
        ak: x.k[4],
      },
    })),
  });
  const S = "PK 2025";
  const s = b.sheet(S);
  letterhead(s, [
    "PERJANJIAN KINERJA TAHUN 2025",
    "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",
    "KOTA BATU KARANG TIMUR",
  ]);
  const pk = [
    { id: "ip", sas: "Meningkatnya profesionalitas ASN", ind: ren[0].ind, sat: "indeks", t: 76 },
    { id: "jp", sas: "Meningkatnya profesionalitas ASN", ind: ren[1].ind, sat: "%", t: 72 },
    {
      id: "kp",
      sas: "Meningkatnya kualitas pelayanan manajemen karier ASN",
      ind: ren[2].ind,
      sat: "%",
      t: 92,
    },
  ];
  const it = s.table({
    cols: [
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 38 },
      { key: "t", head: ["Target 2025"], role: "target", year: 2025, fmt: DEC },
      { key: "sat", head: ["Satuan"], role: "satuan" },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: pk.map((x) => ({ id: x.id, cells: { sas: x.sas, ind: x.ind, t: x.t, sat: x.sat } })),
  });
  s.gap();
  s.lines(["Program dan anggaran pendukung:"], 1, { bold: true });
  const progs = [
    ["PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KOTA", 6_842_315_000, "APBD"],
    ["PROGRAM KEPEGAWAIAN DAERAH", 4_126_780_000, "APBD"],
    ["PROGRAM PENGEMBANGAN SUMBER DAYA MANUSIA", 2_915_400_000, "APBD"],
  ] as const;
  const pt = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "prog", head: ["Program"], width: 38 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Keterangan"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...progs.map(([p, rp, k], i) => ({ id: `p${i + 1}`, cells: { no: i + 1, prog: p, rp, ket: k } })),
      // planted: typed 13,984,495,000; the programs give 13,884,495,000
      {
        id: "jml",
        bold: true,
        span: ["no", "prog"] as [string, string],
        cells: { no: "JUMLAH", rp: 13_984_495_000 },
      },
    ],
  });
  s.gap();
  signature(s, 2, {
    tempat: "Batu Karang Timur, 6 Januari 2025",
    jabatan: ["Kepala BKPSDM Kota Batu Karang Timur"],
    nama: "Hj. WA ODE SITTI MARLINA, S.Sos., M.AP",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19780514 200212 2 004",
  });
  const rc = (k: string, id: string) => `'${RS}'!${rt.a(k, id)}`;
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: it.a("t", "ip") },
        { sheet: RS, cell: rt.a("k1", "ip") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target Indeks Profesionalitas ASN 76 = no Renstra year; Tahun ke-1 (2025) is 74",
    truth: rc("k1", "ip"),
  });
  b.plant({
    at: { sheet: S, cell: pt.a("rp", "jml") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "JUMLAH typed 13,984,495,000; 6,842,315,000 + 4,126,780,000 + 2,915,400,000 = 13,884,495,000",
    truth: `${pt.a("rp", "p1")}+${pt.a("rp", "p2")}+${pt.a("rp", "p3")}`,
  });
  b.ok({ sheet: S, cell: it.a("t", "jp"), rules: ["cross-table-mismatch"], truth: rc("k1", "jp") });
  b.ok({ sheet: S, cell: it.a("t", "kp"), rules: ["cross-table-mismatch"], truth: rc("k1", "kp") });
  const five = (id: string) => [1, 2, 3, 4, 5].map((y) => rt.a(`k${y}`, id)).join("+");
  b.ok({
    sheet: RS,
    cell: rt.a("ak", "ip"),
    rules: ["kondisi-akhir-mismatch"],
    truth: rt.a("k5", "ip"),
    trap: five("ip"),
  });
  b.ok({
    sheet: RS,
    cell: rt.a("ak", "kp"),
    rules: ["kondisi-akhir-mismatch"],
    truth: rt.a("k5", "kp"),
    trap: five("kp"),
  });
  return b.finish();
}
