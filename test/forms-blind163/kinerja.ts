// Performance tables: the LKjIP 2024 measurement of the Dinas ESDM Provinsi Sumatera Barat (rasio
// elektrifikasi, desa berlistrik, sumur bor berizin, titik pantau air tanah kritis lower is better) with
// the desa berlistrik computation under it, and the PK 2025 of the Badan Kesbangpol Sumatera Barat
// beside its Renstra 2022-2026 ("Tahun ke-"). Every person and number is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  predikatBaik,
  signature,
  type Cell,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

type Ind = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  t: number;
  r: number;
  r23: number;
  t26: number;
  neg?: boolean;
};

export function lkjipEsdmSumbar(): BookW {
  const b = new BookW(
    "lkjip-esdm-elektrifikasi-air-tanah-sumbar.xlsx",
    "LKjIP pengukuran kinerja (Dinas ESDM)",
    "LKjIP 2024 Tabel 3.1 of the Dinas ESDM Provinsi Sumatera Barat: No | Sasaran (merged) | Indikator Kinerja | Satuan | Realisasi 2023 | 'Tahun 2024' > Target | Realisasi | Capaian (%) | Predikat | 'Renstra 2026' > Target Akhir | Capaian thd Target Akhir (%); refleksi for the lower-is-better titik kritis; predikat in the Baik words; Rata-rata row; Tabel 3.2 under it computes the desa berlistrik",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, ["DINAS ENERGI DAN SUMBER DAYA MINERAL", "PROVINSI SUMATERA BARAT"]);
  s.lines(["Tabel 3.1 Pengukuran Capaian Kinerja Sasaran Tahun 2024"]);
  s.gap();
  const S1 = "Meningkatnya akses masyarakat terhadap energi listrik";
  const S2 = "Terkendalinya pemanfaatan air tanah dan pertambangan";
  const I: Ind[] = [
    { id: "i1", sas: S1, ind: "Rasio elektrifikasi", sat: "%", t: 99.6, r: 99.71, r23: 99.35, t26: 100 },
    // planted: realisasi typed 102.45 (over 100 %); Tabel 3.2 gives 98.70
    {
      id: "i2",
      sas: S1,
      ind: "Persentase nagari/desa berlistrik PLN",
      sat: "%",
      t: 98.5,
      r: 102.45,
      r23: 97.93,
      t26: 100,
    },
    {
      id: "i3",
      sas: S2,
      ind: "Persentase sumur bor air tanah yang berizin",
      sat: "%",
      t: 65,
      r: 58.4,
      r23: 52.1,
      t26: 75,
    },
    {
      id: "i4",
      sas: S2,
      ind: "Jumlah titik pantau air tanah berstatus kritis",
      sat: "titik",
      t: 12,
      r: 10,
      r23: 13,
      t26: 9,
      neg: true,
    },
    {
      id: "i5",
      sas: S2,
      ind: "Persentase pengaduan pertambangan tanpa izin yang ditindaklanjuti",
      sat: "%",
      t: 80,
      r: 72.5,
      r23: 68.75,
      t26: 90,
    },
  ];
  const T = "Tahun 2024";
  const R = "Renstra 2026";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 34 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, fmt: DEC, width: 10 },
    { key: "t", head: [T, "Target"], role: "target", year: 2024, fmt: DEC, width: 10 },
    { key: "r", head: [T, "Realisasi"], role: "realisasi", year: 2024, fmt: DEC, width: 10 },
    { key: "c", head: [T, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    { key: "p", head: [T, "Predikat"], role: "predikat", year: 2024, width: 12 },
    { key: "t26", head: [R, "Target Akhir"], role: "target", fmt: DEC, width: 10 },
    { key: "c26", head: [R, "Capaian thd Target Akhir (%)"], role: "capaian", fmt: DEC, width: 12 },
  ];
  const cap = (x: Ind, R_: string, T_: string) =>
    x.neg ? `ROUND((2*${T_}-${R_})/${T_}*100,2)` : `ROUND(${R_}/${T_}*100,2)`;
  const capV = (x: Ind) => Math.round((x.neg ? (2 * x.t - x.r) / x.t : x.r / x.t) * 10000) / 100;
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...I.map((x, i): Row => ({
        id: x.id,
        cells: (c: Ctx) => ({
          no: i + 1,
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          r23: x.r23,
          t: x.t,
          r: x.r,
          // planted: i5's capaian typed 95.63 among formulas (72.50 / 80 gives 90.63)
          c: x.id === "i5" ? 95.63 : fx(cap(x, c.a("r"), c.a("t"))),
          p: predikatBaik(x.id === "i5" ? 95.63 : capV(x)),
          t26: x.t26,
          c26: fx(cap(x, c.a("r"), c.a("t26"))),
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "sat"],
        cells: (c: Ctx) => ({
          no: "Rata-rata capaian kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i5")}),2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines(["Tabel 3.2 Perhitungan Persentase Nagari/Desa Berlistrik PLN Tahun 2024"]);
  const t2 = s.table({
    cols: [
      { key: "u", head: ["Uraian"], role: "indikator", width: 40 },
      { key: "v", head: ["Tahun 2024"], role: "realisasi", year: 2024, fmt: DEC, width: 12 },
    ],
    headerRows: 1,
    rows: [
      { id: "n", cells: { u: "Jumlah nagari/desa di Sumatera Barat", v: 1158 } },
      { id: "l", cells: { u: "Nagari/desa yang berlistrik PLN", v: 1143 } },
      {
        id: "p",
        cells: (c: Ctx) => ({
          u: "Persentase nagari/desa berlistrik PLN (%)",
          v: fx(`ROUND(${c.a("v", "l")}/${c.a("v", "n")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  signature(s, 8, {
    tempat: "Padang, 20 Februari 2025",
    jabatan: ["KEPALA DINAS ESDM PROVINSI SUMATERA BARAT,"],
    nama: "Ir. HERRY MARTINUS CHANIAGO, M.T.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19700925 199603 1 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("r", "i2") },
    rules: ["percent-out-of-range", "cross-table-mismatch"],
    note: "Realisasi 2024 of the Persentase nagari/desa berlistrik is 102.45 %, above 100; Tabel 3.2 gives 1,143 / 1,158 = 98.70",
    truth: t2.a("v", "p"),
  });
  b.plant({
    at: { sheet: S, cell: a("c", "i5") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "Capaian of the pengaduan PETI ditindaklanjuti is a typed 95.63 among ROUND formulas; 72.50 / 80.00 gives 90.63",
    truth: `ROUND(${a("r", "i5")}/${a("t", "i5")}*100,2)`,
  });
  // lower is better: refleksi, not R / T
  b.ok({
    sheet: S,
    cell: a("c", "i4"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: `ROUND((2*${a("t", "i4")}-${a("r", "i4")})/${a("t", "i4")}*100,2)`,
    trap: `ROUND(${a("r", "i4")}/${a("t", "i4")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("c26", "i4"),
    rules: ["capaian-mismatch"],
    truth: `ROUND((2*${a("t26", "i4")}-${a("r", "i4")})/${a("t26", "i4")}*100,2)`,
    trap: `ROUND(${a("r", "i4")}/${a("t26", "i4")}*100,2)`,
  });
  for (const id of ["i1", "i3"]) {
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r", id)}/${a("t", id)}*100,2)`,
    });
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  }
  b.ok({
    sheet: S,
    cell: a("p", "i4"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT_BAIK(${a("c", "i4")})`,
  });
  for (const id of ["i1", "i3", "i5"])
    b.ok({
      sheet: S,
      cell: a("c26", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r", id)}/${a("t26", id)}*100,2)`,
    });
  b.ok({ sheet: S, cell: a("r", "i1"), rules: ["percent-out-of-range"], truth: "99.71" });
  b.ok({
    sheet: S,
    cell: t2.a("v", "p"),
    rules: ["percent-out-of-range"],
    truth: `ROUND(${t2.a("v", "l")}/${t2.a("v", "n")}*100,2)`,
  });
  return b.finish();
}

// ===================================== PK 2025 and Renstra 2022-2026, Badan Kesbangpol Sumatera Barat

type Target = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  awal: number;
  k: number[];
  flow: boolean;
  pk?: number;
};

export function pkKesbangpolSumbar(): BookW {
  const b = new BookW(
    "pk-kaban-kesbangpol-renstra-sumbar.xlsx",
    "Perjanjian Kinerja 2025 with its Renstra (Badan Kesbangpol)",
    "sheet 'PK 2025': statement, No | Sasaran Strategis | Indikator Kinerja | Satuan | Target 2025, then No | Kode | Program | Anggaran (Rp) | Keterangan with JUMLAH; both parties sign; sheet 'Renstra 2022-2026': No | Indikator | Satuan | Kondisi Awal (2021) | 'Target Kinerja' > Tahun ke-1 .. ke-5 (years from the title) | Kondisi Akhir; flows summed, rates and the lower-is-better count at the last year",
  );
  const SP = "PK 2025";
  const SR = "Renstra 2022-2026";
  const Tg: Target[] = [
    {
      id: "a",
      sas: "Terkendalinya potensi konflik sosial",
      ind: "Persentase potensi konflik sosial yang dapat dicegah",
      sat: "%",
      awal: 84,
      k: [86, 88, 90, 92, 94],
      flow: false,
    },
    {
      id: "b",
      sas: "Terkendalinya potensi konflik sosial",
      ind: "Jumlah kejadian konflik sosial",
      sat: "kejadian",
      awal: 11,
      k: [10, 9, 8, 7, 6],
      flow: false,
    },
    {
      id: "c",
      sas: "Meningkatnya peran ormas dalam pembangunan",
      ind: "Jumlah ormas yang difasilitasi pemberdayaan",
      sat: "ormas",
      awal: 35,
      k: [40, 45, 50, 55, 60],
      flow: true,
    },
    // planted: PK 2025 target 75.8 (the realisasi of the Pilkada 2024) instead of the Renstra ke-4 target 78.00
    {
      id: "d",
      sas: "Meningkatnya partisipasi politik masyarakat",
      ind: "Tingkat partisipasi pemilih",
      sat: "%",
      awal: 70.4,
      k: [72, 73.5, 77.5, 78, 78.5],
      flow: false,
      pk: 75.8,
    },
  ];
  const s = b.sheet(SP);
  letterhead(s, ["PEMERINTAH PROVINSI SUMATERA BARAT", "BADAN KESATUAN BANGSA DAN POLITIK"]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil,",
    "kami yang bertanda tangan di bawah ini: Kepala Badan Kesbangpol Provinsi Sumatera Barat (pihak pertama) dan Gubernur Sumatera Barat (pihak kedua).",
  ]);
  s.gap();
  const tp = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 36 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
      { key: "t", head: ["Target 2025"], role: "target", year: 2025, fmt: DEC, width: 10 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: Tg.map((x, i): Row => ({
      id: x.id,
      cells: { no: i + 1, sas: x.sas, ind: x.ind, sat: x.sat, t: x.pk ?? x.k[3] },
    })),
  });
  s.gap();
  const P = [
    {
      id: "p1",
      kode: "8.01.01",
      nm: "Program Penunjang Urusan Pemerintahan Daerah Provinsi",
      rp: 11_245_600_000,
    },
    {
      id: "p2",
      kode: "8.01.02",
      nm: "Program Penguatan Ideologi Pancasila dan Karakter Kebangsaan",
      rp: 1_850_000_000,
    },
    {
      id: "p3",
      kode: "8.01.03",
      nm: "Program Peningkatan Peran Partai Politik dan Lembaga Pendidikan melalui Pendidikan Politik dan Pengembangan Etika serta Budaya Politik",
      rp: 3_420_000_000,
    },
    {
      id: "p4",
      kode: "8.01.04",
      nm: "Program Pemberdayaan dan Pengawasan Organisasi Kemasyarakatan",
      rp: 1_265_000_000,
    },
    {
      id: "p5",
      kode: "8.01.05",
      nm: "Program Pembinaan dan Pengembangan Ketahanan Ekonomi, Sosial, dan Budaya",
      rp: 2_180_000_000,
    },
  ];
  const tq = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "kode", head: ["Kode"], role: "kode", width: 10 },
      { key: "nm", head: ["Program"], width: 50 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 12 },
    ],
    headerRows: 1,
    rows: [
      ...P.map((p, i): Row => ({
        id: p.id,
        cells: { no: i + 1, kode: p.kode, nm: p.nm, rp: p.rp, ket: "APBD" },
      })),
      // planted: a typed JUMLAH 19,860,600,000; the five programs add up to 19,960,600,000
      { id: "jml", bold: true, span: ["no", "nm"], cells: { no: "JUMLAH", rp: 19_860_600_000 } },
    ],
  });
  s.gap();
  s.lines(["Padang, 2 Januari 2025"], 2);
  s.lines(["Pihak Kedua,", "GUBERNUR SUMATERA BARAT"], 2);
  s.gap(3);
  s.lines(["MAHYELDI ANSHARULLAH"], 2);
  s.r -= 6;
  s.lines(["Pihak Pertama,", "KEPALA BADAN KESBANGPOL"], 4);
  s.gap(3);
  s.lines(["Dr. ALWIS JOHAN, S.H., M.Si.", "NIP. 19730611 199803 1 003"], 4);

  const r = b.sheet(SR);
  letterhead(r, ["BADAN KESBANGPOL PROVINSI SUMATERA BARAT"]);
  r.lines(["Tabel 6.1 Target Indikator Kinerja Renstra Badan Kesbangpol Tahun 2022-2026"]);
  r.gap();
  const tr = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 36 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
      { key: "awal", head: ["Kondisi Awal (2021)"], role: "kondisi-awal", fmt: DEC, width: 10 },
      ...[1, 2, 3, 4, 5].map((y): Col => ({
        key: `k${y}`,
        head: ["Target Kinerja", `Tahun ke-${y}`],
        role: "target",
        year: 2021 + y,
        fmt: DEC,
        width: 10,
      })),
      {
        key: "ak",
        head: ["Kondisi Kinerja Akhir Periode Renstra"],
        role: "kondisi-akhir",
        fmt: DEC,
        width: 12,
      },
    ],
    headerRows: 2,
    rows: Tg.map((x, i): Row => ({
      id: x.id,
      cells: (c: Ctx) => {
        const out: Record<string, Cell> = { no: i + 1, ind: x.ind, sat: x.sat, awal: x.awal };
        x.k.forEach((v, j) => (out[`k${j + 1}`] = v));
        out.ak = x.flow ? fx(`SUM(${c.a("k1")}:${c.a("k5")})`) : fx(c.a("k5"));
        return out;
      },
    })),
  });
  const ks = (id: string) => [1, 2, 3, 4, 5].map((y) => tr.a(`k${y}`, id));
  b.plant({
    at: {
      anyOf: [
        { sheet: SP, cell: tp.a("t", "d") },
        { sheet: SR, cell: tr.a("k4", "d") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the Tingkat partisipasi pemilih is 75.80 (the Pilkada 2024 realisasi); the Renstra target for Tahun ke-4 (2025) is 78.00",
    truth: `'${SR}'!${tr.a("k4", "d")}`,
  });
  b.plant({
    at: { sheet: SP, cell: tq.a("rp", "jml") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "JUMLAH anggaran PK 2025 is a typed 19,860,600,000; the five programs add up to 19,960,600,000",
    truth: `SUM(${tq.a("rp", "p1")}:${tq.a("rp", "p5")})`,
  });
  for (const id of ["a", "b", "c"])
    b.ok({
      sheet: SP,
      cell: tp.a("t", id),
      rules: ["cross-table-mismatch"],
      truth: `'${SR}'!${tr.a("k4", id)}`,
    });
  b.ok({
    sheet: SR,
    cell: tr.a("ak", "c"),
    rules: ["kondisi-akhir-mismatch"],
    truth: ks("c").join("+"),
    trap: tr.a("k5", "c"),
  });
  for (const id of ["a", "b", "d"])
    b.ok({
      sheet: SR,
      cell: tr.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: tr.a("k5", id),
      trap: ks(id).join("+"),
    });
  return b.finish();
}
