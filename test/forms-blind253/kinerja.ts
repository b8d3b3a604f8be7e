// The LKjIP, the Perjanjian Kinerja and two recap tables of the two Dinas Pertanian on AUTP and
// AUTS: luas terdaftar, premi subsidi, klaim gagal panen and kematian ternak. Everything invented.
import {
  BookW,
  DEC,
  INT,
  RP,
  fx,
  letterhead,
  predikatBaik,
  round,
  signature,
  sum,
  type Col,
  type Row,
} from "../forms/kit";

/** LKjIP 2024 of the Dinas Pertanian Kabupaten Padang Sirenggo: capaian formulas, refleksi on negatives. */
export function lkjipAutp(): BookW {
  const b = new BookW(
    "lkjip-2024-asuransi-pertanian-padang-sirenggo.xlsx",
    "LKjIP capaian (Distan AUTP/AUTS)",
    "LKjIP 2024 Tabel 3.2: sasaran merged over its indicators, a Realisasi 2023 column, polarity told only in the indicator's words, ROUND capaian formulas with refleksi for negatives, predikat words, Rata-rata row",
  );
  const S = "Capaian IKU 2024";
  const s = b.sheet(S);
  s.lines(
    ["Tabel 3.2", "Pengukuran Capaian Kinerja Sasaran Dinas Pertanian dan Ketahanan Pangan Tahun 2024"],
    1,
    { bold: true },
  );
  s.gap();
  type I = {
    id: string;
    sas: string;
    ind: string;
    sat: string;
    neg: boolean;
    r23: number;
    t: number;
    r: number;
  };
  const S1 = "Meningkatnya perlindungan usaha tani padi dari risiko gagal panen";
  const S2 = "Meningkatnya perlindungan usaha peternakan sapi";
  const inds: I[] = [
    {
      id: "i1",
      sas: S1,
      ind: "Persentase luas sawah yang terlindungi AUTP",
      sat: "%",
      neg: false,
      r23: 27.5,
      t: 35,
      r: 31.5,
    },
    {
      id: "i2",
      sas: S1,
      ind: "Rasio luas klaim gagal panen terhadap luas terdaftar (semakin kecil semakin baik)",
      sat: "%",
      neg: true,
      r23: 9.2,
      t: 8,
      r: 6,
    },
    {
      id: "i3",
      sas: S1,
      ind: "Jumlah petani peserta AUTP",
      sat: "orang",
      neg: false,
      r23: 9870,
      t: 12000,
      r: 10850,
    },
    {
      id: "i4",
      sas: S2,
      ind: "Jumlah ekor sapi terasuransi AUTS",
      sat: "ekor",
      neg: false,
      r23: 1045,
      t: 1500,
      r: 1180,
    },
    {
      id: "i5",
      sas: S2,
      ind: "Persentase klaim AUTS yang terlambat dibayar (semakin kecil semakin baik)",
      sat: "%",
      neg: true,
      r23: 14,
      t: 10,
      r: 12,
    },
  ];
  const cap = (x: I) => (x.neg ? round(((2 * x.t - x.r) / x.t) * 100) : round((x.r / x.t) * 100));
  const shown = (x: I) => (x.id === "i5" ? round((x.r / x.t) * 100) : cap(x));
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, fmt: DEC },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, fmt: DEC },
    { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024, fmt: DEC },
    { key: "c", head: ["Tahun 2024", "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "p", head: ["Predikat"], role: "predikat", width: 13 },
  ];
  const body: Row[] = inds.map((x, i) => ({
    id: x.id,
    cells: (c) => ({
      no: i + 1,
      sas: x.sas,
      ind: x.ind,
      sat: x.sat,
      r23: x.r23,
      t: x.t,
      r: x.r,
      c:
        x.neg && x.id !== "i5"
          ? fx(`ROUND((2*${c.a("t")}-${c.a("r")})/${c.a("t")}*100,2)`)
          : fx(`ROUND(${c.a("r")}/${c.a("t")}*100,2)`),
      p: x.id === "i4" ? "Cukup" : predikatBaik(shown(x)),
    }),
  }));
  const avg = round(sum(inds.map(shown)) / inds.length);
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...body,
      {
        id: "avg",
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata capaian kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i5")}),2)`),
          p: predikatBaik(avg),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan: indikator yang semakin kecil semakin baik dihitung dengan refleksi (2 x Target - Realisasi) / Target x 100.",
    "Predikat: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i5") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Klaim AUTS terlambat dibayar is a negative indicator, but its capaian is R/T = 12/10 x 100 = 120; refleksi gives 80",
    truth: `ROUND((2*${a("t", "i5")}-${a("r", "i5")})/${a("t", "i5")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i4") },
    rules: ["predikat-mismatch"],
    note: "'Cukup' for a capaian of 78.67; the band > 75 to 90 is 'Baik'",
    truth: `PREDIKAT_BAIK(${a("c", "i4")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "i2"),
    rules: ["capaian-mismatch"],
    truth: `ROUND((2*${a("t", "i2")}-${a("r", "i2")})/${a("t", "i2")}*100,2)`,
    trap: `ROUND(${a("r", "i2")}/${a("t", "i2")}*100,2)`,
  });
  for (const id of ["i1", "i3", "i4"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r", id)}/${a("t", id)}*100,2)`,
    });
  for (const id of ["i1", "i2", "i3"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  return b.finish();
}

/** PK 2025 of the Dinas Pertanian Kabupaten Sidomukti Wetan beside its Renstra 2025-2029 targets. */
export function pkAutp(): BookW {
  const b = new BookW(
    "pk-2025-distan-asuransi-sidomukti-wetan.xlsx",
    "Perjanjian Kinerja (Distan AUTP/AUTS)",
    "PK 2025: statement lines, indicator table (Satuan after Target), program / kegiatan budget table with a Jumlah row typed; sheet 'Renstra 2025-2029' with 2025..2029 targets and kondisi akhir",
  );
  const R = "Renstra 2025-2029";
  const P = "PK 2025";
  type T = { id: string; sas: string; ind: string; sat: string; level: boolean; y: number[] };
  const inds: T[] = [
    {
      id: "a",
      sas: "Meningkatnya perlindungan risiko usaha tani",
      ind: "Persentase petani padi yang terlindungi asuransi usaha tani",
      sat: "%",
      level: true,
      y: [25, 28, 31, 34, 37],
    },
    {
      id: "b",
      sas: "Meningkatnya perlindungan risiko usaha tani",
      ind: "Luas lahan padi terdaftar AUTP",
      sat: "ha",
      level: false,
      y: [9000, 9500, 10000, 10500, 11000],
    },
    {
      id: "c",
      sas: "Meningkatnya perlindungan usaha ternak",
      ind: "Rasio klaim kematian sapi AUTS terhadap sapi terdaftar",
      sat: "%",
      level: true,
      y: [4.5, 4.2, 3.9, 3.6, 3.3],
    },
    {
      id: "d",
      sas: "Meningkatnya perlindungan usaha ternak",
      ind: "Jumlah ekor sapi terdaftar AUTS",
      sat: "ekor",
      level: false,
      y: [600, 650, 700, 750, 800],
    },
  ];
  // Renstra sheet
  const rs = b.sheet(R);
  rs.lines(["Target Indikator Kinerja Utama Renstra Dinas Pertanian dan Perkebunan 2025-2029"], 1, {
    bold: true,
  });
  rs.gap();
  const rcols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    ...[2025, 2026, 2027, 2028, 2029].map((y): Col => ({
      key: `y${y}`,
      head: ["Target Tahun", String(y)],
      role: "target",
      year: y,
      fmt: DEC,
    })),
    { key: "ak", head: ["Kondisi Akhir Renstra"], role: "kondisi-akhir", fmt: DEC },
  ];
  const rt = rs.table({
    cols: rcols,
    headerRows: 2,
    rows: inds.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        ...Object.fromEntries(x.y.map((v, j) => [`y${2025 + j}`, v])),
        ak: x.level ? x.y[4] : sum(x.y),
      },
    })),
  });
  // PK sheet
  const s = b.sheet(P);
  letterhead(s, ["PEMERINTAH KABUPATEN SIDOMUKTI WETAN", "PERJANJIAN KINERJA TAHUN 2025"]);
  s.lines([
    "Pihak pertama: Dr. Ir. BAMBANG SETYO NUGROHO, M.P., Kepala Dinas Pertanian dan Perkebunan",
    "Pihak kedua: H. ACHMAD ZAINURI, S.E., Bupati Sidomukti Wetan",
    "Pihak pertama berjanji mewujudkan target kinerja tahunan sebagaimana lampiran berikut.",
  ]);
  s.gap();
  s.lines(["SASARAN, INDIKATOR DAN TARGET KINERJA"], 1, { bold: true });
  const pt = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 34 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025, fmt: DEC },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: inds.map((x, i) => ({
      id: x.id,
      cells: { no: i + 1, sas: x.sas, ind: x.ind, tg: x.id === "c" ? x.y[2] : x.y[0], sat: x.sat },
    })),
  });
  s.gap();
  s.lines(["PROGRAM DAN ANGGARAN"], 1, { bold: true });
  const progs: Array<[string, string, number]> = [
    ["p1", "3.27.02 Program Penyediaan dan Pengembangan Sarana Pertanian", 2_846_300_000],
    ["p2", "3.27.02.2.01.0001 Fasilitasi Premi Asuransi Usaha Tani Padi", 412_500_000],
    ["p3", "3.27.02.2.01.0002 Fasilitasi Premi Asuransi Usaha Ternak Sapi", 128_600_000],
    ["p4", "3.27.04 Program Pengendalian Kesehatan Hewan dan Kesehatan Masyarakat Veteriner", 1_274_850_000],
  ];
  const at = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "pr", head: ["Program / Sub Kegiatan"], width: 44 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 12 },
    ],
    headerRows: 1,
    rows: [
      ...progs.map(([id, pr, rp], i) => ({
        id,
        cells: { no: id === "p2" || id === "p3" ? "" : i === 0 ? 1 : 2, pr, rp, ket: "APBD" },
      })),
      { id: "j", bold: true, cells: { pr: "Jumlah Program", rp: 4_212_150_000 } },
    ],
  });
  s.gap();
  signature(s, 3, {
    tempat: "Sidomukti, 2 Januari 2025",
    jabatan: ["KEPALA DINAS PERTANIAN DAN PERKEBUNAN"],
    nama: "Dr. Ir. BAMBANG SETYO NUGROHO, M.P.",
    nip: "19690704 199503 1 002",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("tg", "c") },
        { sheet: R, cell: rt.a("y2025", "c") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the AUTS claim ratio is 3.9, the Renstra 2027 target; the Renstra 2025 target is 4.5",
    truth: `'${R}'!${rt.a("y2025", "c")}`,
  });
  b.plant({
    at: { sheet: P, cell: at.a("rp", "j") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah Program typed 4,212,150,000; the two programmes add up to 4,121,150,000 (the sub kegiatan rows are inside program 3.27.02)",
    truth: `${at.a("rp", "p1")}+${at.a("rp", "p4")}`,
  });
  for (const id of ["a", "b", "d"])
    b.ok({
      sheet: P,
      cell: pt.a("tg", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${rt.a("y2025", id)}`,
    });
  for (const id of ["a", "c"])
    b.ok({
      sheet: R,
      cell: rt.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("y2029", id),
      trap: [2025, 2026, 2027, 2028, 2029].map((y) => rt.a(`y${y}`, id)).join("+"),
    });
  for (const id of ["b", "d"])
    b.ok({
      sheet: R,
      cell: rt.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: [2025, 2026, 2027, 2028, 2029].map((y) => rt.a(`y${y}`, id)).join("+"),
    });
  return b.finish();
}

/** AUTP recap per kecamatan, Padang Sirenggo 2024: premi, subsidi, swadaya, puso and klaim. */
export function rekapAutpKecamatan(): BookW {
  const b = new BookW(
    "rekap-autp-per-kecamatan-mt-2024-padang-sirenggo.xlsx",
    "Rekap AUTP per kecamatan",
    "per kecamatan: petani, luas terdaftar, premi = ha x 180.000, subsidi 80% / swadaya 20%, luas puso, klaim = ha x 6.000.000, % puso; number row with identities; JUMLAH row with SUM formulas; % of the total is the ratio of the totals",
  );
  const S = "Rekap AUTP 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "DINAS PERTANIAN DAN KETAHANAN PANGAN KABUPATEN PADANG SIRENGGO",
    "Bidang Prasarana dan Sarana Pertanian",
  ]);
  s.lines([
    "REKAPITULASI PESERTA DAN KLAIM ASURANSI USAHA TANI PADI (AUTP) MT 2023/2024 - MT 2024",
    "Posisi 31 Desember 2024",
  ]);
  const kec: Array<[string, number, number, number]> = [
    ["Lubuk Sirenggo", 1420, 1186.5, 42.3],
    ["Koto Tangah Hilir", 985, 812.25, 3.5],
    ["Batang Ampalu", 1764, 1521.75, 96.8],
    ["Sungai Limau Manih", 642, 498, 12.5],
    ["Pasar Gadang", 1218, 1043.5, 28.75],
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "kec", head: ["Kecamatan"], role: "lokasi", num: "(2)", width: 22 },
    { key: "pt", head: ["Peserta", "Petani (orang)"], role: "realisasi", num: "(3)", fmt: INT },
    { key: "ha", head: ["Peserta", "Luas Terdaftar (ha)"], role: "realisasi", num: "(4)", fmt: DEC },
    {
      key: "pr",
      head: ["Premi (Rp)", "Total"],
      role: "realisasi-anggaran",
      num: "(5) = (4) x 180.000",
      fmt: RP,
      width: 16,
    },
    {
      key: "sb",
      head: ["Premi (Rp)", "Subsidi APBN 80%"],
      role: "realisasi-anggaran",
      num: "(6) = 80% x (5)",
      fmt: RP,
      width: 16,
    },
    {
      key: "sw",
      head: ["Premi (Rp)", "Swadaya Petani 20%"],
      role: "realisasi-anggaran",
      num: "(7) = (5) - (6)",
      fmt: RP,
      width: 16,
    },
    { key: "puso", head: ["Klaim Gagal Panen", "Luas Puso (ha)"], role: "realisasi", num: "(8)", fmt: DEC },
    {
      key: "kl",
      head: ["Klaim Gagal Panen", "Klaim Dibayar (Rp)"],
      role: "realisasi-anggaran",
      num: "(9) = (8) x 6.000.000",
      fmt: RP,
      width: 16,
    },
    {
      key: "pc",
      head: ["Klaim Gagal Panen", "% Luas Puso"],
      role: "capaian",
      num: "(10) = (8)/(4) x 100",
      fmt: DEC,
    },
  ];
  const body: Row[] = kec.map(([name, pt, ha, puso], i) => ({
    id: `k${i}`,
    cells: (x) => ({
      no: i + 1,
      kec: name,
      pt,
      ha,
      pr: fx(`${x.a("ha")}*180000`),
      sb: fx(`${x.a("pr")}*0.8`),
      sw: fx(`${x.a("pr")}-${x.a("sb")}`),
      puso,
      kl: fx(`${x.a("puso")}*6000000`),
      pc: i === 2 ? 6.63 : round((puso / ha) * 100),
    }),
  }));
  const sumOf = (key: string, x: { a(k: string, id?: string): string }, last = "k4") =>
    fx(`SUM(${x.a(key, "k0")}:${x.a(key, last)})`);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...body,
      {
        id: "j",
        bold: true,
        span: ["no", "kec"],
        cells: (x) => ({
          no: "JUMLAH",
          pt: sumOf("pt", x, "k3"),
          ha: sumOf("ha", x),
          pr: sumOf("pr", x),
          sb: sumOf("sb", x),
          sw: sumOf("sw", x),
          puso: sumOf("puso", x),
          kl: sumOf("kl", x),
          pc: fx(`ROUND(${x.a("puso")}/${x.a("ha")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines(["Sumber: PT Asuransi Tani Nusantara (data polis dan klaim), diolah."]);
  const a = (k: string, id: string) => t.a(k, id);
  const ids = [0, 1, 2, 3, 4].map((i) => `k${i}`);
  const col = (k: string) => ids.map((id) => a(k, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("pt", "j") },
    rules: ["sum-mismatch"],
    note: "JUMLAH petani is =SUM one row short (leaves out Pasar Gadang): 4,811 instead of 6,029",
    truth: col("pt"),
  });
  b.plant({
    at: { sheet: S, cell: a("pc", "k2") },
    rules: ["ratio-components-mismatch", "hardcoded-value"],
    note: "% luas puso of Batang Ampalu typed 6.63; 96.8 / 1,521.75 x 100 = 6.36",
    truth: `ROUND(${a("puso", "k2")}/${a("ha", "k2")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("pc", "j"),
    rules: ["ratio-components-mismatch"],
    truth: `ROUND(${a("puso", "j")}/${a("ha", "j")}*100,2)`,
    trap: `ROUND((${col("pc")})/5,2)`,
  });
  for (const k of ["ha", "pr", "sb", "puso", "kl"])
    b.ok({ sheet: S, cell: a(k, "j"), rules: ["sum-mismatch"], truth: col(k) });
  for (const id of ["k0", "k1", "k3", "k4"])
    b.ok({
      sheet: S,
      cell: a("pc", id),
      rules: ["ratio-components-mismatch"],
      truth: `ROUND(${a("puso", id)}/${a("ha", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("sb", "k2"),
    rules: ["ratio-components-mismatch"],
    truth: `${a("pr", "k2")}*0.8`,
  });
  return b.finish();
}

/** AUTS recap per triwulan beside a per-Puskeswan table, Sidomukti Wetan 2024. */
export function rekapAutsTriwulan(): BookW {
  const b = new BookW(
    "rekap-auts-triwulan-puskeswan-sidomukti-wetan.xlsx",
    "Rekap AUTS per triwulan + per Puskeswan",
    "AUTS per triwulan (new registrations are a flow, active insured cattle a level whose Jumlah is the Triwulan IV stock), premi = ekor x 200.000, subsidi / swadaya, klaim = ekor x 10.000.000; beside it per Puskeswan with shares of the total",
  );
  const S = "AUTS 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "DINAS PERTANIAN DAN PERKEBUNAN KABUPATEN SIDOMUKTI WETAN",
    "Bidang Peternakan dan Kesehatan Hewan",
  ]);
  s.lines(["Rekapitulasi Asuransi Usaha Ternak Sapi (AUTS) Tahun 2024"]);
  const top = s.r;
  const tw: Array<[string, number, number, number]> = [
    ["Triwulan I", 142, 598, 3],
    ["Triwulan II", 188, 771, 5],
    ["Triwulan III", 167, 912, 2],
    ["Triwulan IV", 121, 1004, 4],
  ];
  const lcols: Col[] = [
    { key: "tw", head: ["Periode"], num: "(1)", width: 14 },
    { key: "baru", head: ["Sapi Didaftarkan (ekor)"], role: "realisasi", num: "(2)", fmt: INT },
    {
      key: "aktif",
      head: ["Sapi Terasuransi Aktif Akhir Periode (ekor)"],
      role: "realisasi",
      num: "(3)",
      fmt: INT,
    },
    {
      key: "pr",
      head: ["Premi (Rp)", "Total"],
      role: "realisasi-anggaran",
      num: "(4) = (2) x 200.000",
      fmt: RP,
      width: 15,
    },
    {
      key: "sb",
      head: ["Premi (Rp)", "Subsidi 80%"],
      role: "realisasi-anggaran",
      num: "(5)",
      fmt: RP,
      width: 15,
    },
    {
      key: "sw",
      head: ["Premi (Rp)", "Swadaya 20%"],
      role: "realisasi-anggaran",
      num: "(6) = (4) - (5)",
      fmt: RP,
      width: 15,
    },
    { key: "mati", head: ["Klaim", "Sapi Mati / Hilang (ekor)"], role: "realisasi", num: "(7)", fmt: INT },
    {
      key: "kl",
      head: ["Klaim", "Dibayar (Rp)"],
      role: "realisasi-anggaran",
      num: "(8) = (7) x 10.000.000",
      fmt: RP,
      width: 15,
    },
  ];
  const lt = s.table(
    {
      cols: lcols,
      headerRows: 2,
      numberRow: "plain",
      rows: [
        ...tw.map(([name, baru, aktif, mati], i) => ({
          id: `t${i}`,
          cells: {
            tw: name,
            baru,
            aktif,
            pr: baru * 200_000,
            sb: baru * 160_000,
            sw: baru * 40_000,
            mati,
            kl: mati * 10_000_000,
          },
        })),
        {
          id: "j",
          bold: true,
          cells: (x) => {
            const sm = (k: string) => fx(`SUM(${x.a(k, "t0")}:${x.a(k, "t3")})`);
            return {
              tw: "Jumlah 2024",
              baru: sm("baru"),
              aktif: fx(x.a("aktif", "t3")),
              pr: sm("pr"),
              sb: sm("sb"),
              sw: sm("sw"),
              mati: sm("mati"),
              kl: fx(`SUM(${x.a("kl", "t0")}:${x.a("kl", "t3")})`, 104_000_000),
            };
          },
        },
      ],
    },
    1,
    top,
  );
  const units: Array<[string, number]> = [
    ["Puskeswan Sidomukti", 318],
    ["Puskeswan Wetan Kidul", 274],
    ["Puskeswan Karangrejo", 236],
    ["Puskeswan Ngadiluwih", 176],
  ];
  const rt = s.table(
    {
      cols: [
        { key: "u", head: ["Unit Pelayanan"], role: "lokasi", width: 22 },
        { key: "n", head: ["Sapi Aktif 31 Des 2024 (ekor)"], role: "realisasi", fmt: INT },
        { key: "sh", head: ["Porsi (%)"], role: "capaian", fmt: DEC },
      ],
      headerRows: 2,
      rows: [
        ...units.map(([u, n], i) => ({
          id: `u${i}`,
          cells: (x: { a(k: string, id?: string): string }) => ({
            u,
            n,
            sh: i === 0 ? 103.18 : fx(`ROUND(${x.a("n")}/${x.a("n", "uj")}*100,2)`),
          }),
        })),
        {
          id: "uj",
          bold: true,
          cells: (x) => ({
            u: "Jumlah",
            n: fx(`SUM(${x.a("n", "u0")}:${x.a("n", "u3")})`),
            sh: fx(`SUM(${x.a("sh", "u0")}:${x.a("sh", "u3")})`),
          }),
        },
      ],
    },
    10,
    top,
  );
  s.gap();
  s.lines([
    "Catatan: subsidi premi AUTS 80% dari APBN; kolom (3) adalah posisi akhir triwulan, bukan penjumlahan.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Sidomukti, 8 Januari 2025",
    jabatan: ["Kepala Bidang Peternakan dan Kesehatan Hewan"],
    nama: "drh. RATNA KUSUMAWARDANI",
    nip: "19810922 200903 2 005",
  });
  const a = (k: string, id: string) => lt.a(k, id);
  const four = (k: string) => ["t0", "t1", "t2", "t3"].map((id) => a(k, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("kl", "j") },
    rules: ["sum-mismatch"],
    note: "Jumlah klaim dibayar is =SUM of the quarters with a stale cached 104,000,000; the quarters give 140,000,000",
    truth: four("kl"),
  });
  b.plant({
    at: { sheet: S, cell: rt.a("sh", "u0") },
    rules: ["percent-out-of-range", "ratio-components-mismatch", "hardcoded-value"],
    note: "Porsi of Puskeswan Sidomukti typed 103.18 (over 100, impossible for a share); 318 / 1,004 x 100 = 31.67",
    truth: `ROUND(${rt.a("n", "u0")}/${rt.a("n", "uj")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("aktif", "j"),
    rules: ["sum-mismatch"],
    truth: a("aktif", "t3"),
    trap: four("aktif"),
  });
  for (const k of ["baru", "pr", "sb", "sw", "mati"])
    b.ok({ sheet: S, cell: a(k, "j"), rules: ["sum-mismatch"], truth: four(k) });
  b.ok({
    sheet: S,
    cell: rt.a("n", "uj"),
    rules: ["sum-mismatch", "cross-table-mismatch"],
    truth: a("aktif", "j"),
  });
  for (const id of ["u1", "u2", "u3"])
    b.ok({
      sheet: S,
      cell: rt.a("sh", id),
      rules: ["percent-out-of-range", "ratio-components-mismatch"],
      truth: `ROUND(${rt.a("n", id)}/${rt.a("n", "uj")}*100,2)`,
    });
  return b.finish();
}
