// PK 2025 beside the IKU Renstra of RSUD Kota Teluk Serumpun, the BOR / AvLOS / TOI / BTO recap per
// ruang rawat inap of RSUD Datuk Rajo Mudo, and the recap of pendapatan BLUD per unit layanan with
// kepuasan pasien and waktu tunggu per triwulan beside it. All invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Col, type Row } from "../forms/kit";

/** PK 2025 (indicator table and program table) + sheet IKU Renstra 2025-2029 with "Tahun - 1..5". */
export function pkRsud(): BookW {
  const b = new BookW(
    "pk-2025-rsud-teluk-serumpun-336.xlsx",
    "Perjanjian Kinerja with IKU Renstra (RSUD)",
    "PK 2025: No | Sasaran (merged) | Indikator | Satuan | Target 2025; program table with Jumlah; sheet IKU Renstra: Tahun - 1..5 of Renstra 2025-2029, kondisi akhir, pagu indikatif per program",
  );
  const P = "PK 2025";
  const R = "IKU Renstra";
  const pk = b.sheet(P);
  const rs = b.sheet(R);
  letterhead(pk, ["PEMERINTAH KOTA TELUK SERUMPUN", "RUMAH SAKIT UMUM DAERAH KOTA TELUK SERUMPUN"]);
  pk.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Direktur RSUD Kota Teluk Serumpun berjanji mewujudkan target kinerja tahunan sesuai lampiran ini.",
  ]);
  pk.gap();
  type I = {
    id: string;
    sas: string;
    ind: string;
    sat: string;
    awal: number;
    t: number[];
    ka: number;
    pk: number;
  };
  const SA = "Meningkatnya kualitas pelayanan kesehatan rujukan";
  const SB = "Meningkatnya kinerja keuangan BLUD";
  const inds: I[] = [
    {
      id: "a",
      sas: SA,
      ind: "Bed Occupancy Rate (BOR)",
      sat: "%",
      awal: 66.5,
      t: [70, 72, 74, 75, 76],
      ka: 76,
      pk: 70,
    },
    {
      id: "b",
      sas: SA,
      ind: "Rata-rata waktu tunggu rawat jalan",
      sat: "menit",
      awal: 75,
      t: [70, 65, 60, 55, 50],
      ka: 50,
      pk: 70,
    },
    {
      id: "c",
      sas: SA,
      ind: "Indeks Kepuasan Masyarakat (IKM)",
      sat: "nilai",
      awal: 81.4,
      t: [83, 84, 85, 86, 87],
      ka: 87,
      pk: 84,
    },
    {
      id: "e",
      sas: SA,
      ind: "Jumlah pasien rujukan yang dilayani",
      sat: "orang",
      awal: 3950,
      t: [4200, 4400, 4600, 4800, 5000],
      ka: 23000,
      pk: 4200,
    },
    {
      id: "d",
      sas: SB,
      ind: "Persentase realisasi pendapatan BLUD terhadap target",
      sat: "%",
      awal: 92.5,
      t: [95, 96, 97, 98, 100],
      ka: 100,
      pk: 95,
    },
  ];
  const t1 = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5, num: "(1)" },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 32, num: "(2)" },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 36, num: "(3)" },
      { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)" },
      { key: "t", head: ["Target 2025"], role: "target", year: 2025, fmt: DEC, num: "(5)" },
    ],
    headerRows: 1,
    numberRow: "plain",
    rows: inds.map((x, i) => ({
      id: x.id,
      cells: { no: i + 1, sas: x.sas, ind: x.ind, sat: x.sat, t: x.pk },
    })),
    vmerge: ["sas"],
  });
  pk.gap();
  const progs: Array<[string, number, number, number]> = [
    ["Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 86412350000, 90733000000, 86412350000],
    [
      "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat",
      24185600000,
      25640250000,
      2418560000,
    ],
    ["Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan", 1246800000, 1318500000, 1246800000],
  ];
  const t2 = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "prog", head: ["Program"], width: 32 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 20 },
      { key: "ket", head: ["Keterangan"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...progs.map((p, i): Row => ({
        id: `g${i + 1}`,
        cells: { no: i + 1, prog: p[0], rp: p[3], ket: "APBD/BLUD" },
      })),
      {
        id: "jml",
        bold: true,
        span: ["no", "prog"],
        cells: (x) => ({ no: "Jumlah", rp: fx(`SUM(${x.a("rp", "g1")}:${x.a("rp", "g3")})`) }),
      },
    ],
  });
  pk.gap();
  signature(pk, 3, {
    tempat: "Teluk Serumpun, 2 Januari 2025",
    jabatan: ["DIREKTUR RSUD KOTA TELUK SERUMPUN"],
    nama: "dr. Rahmawati Syarifah Lubis, M.Kes",
    nip: "19800915 200604 2 011",
  });

  rs.lines(["Indikator Kinerja Utama RSUD Kota Teluk Serumpun", "Renstra Perangkat Daerah Tahun 2025-2029"]);
  rs.gap();
  const yc: Col[] = [1, 2, 3, 4, 5].map((y) => ({
    key: `t${y}`,
    head: ["Target Kinerja", `Tahun - ${y}`],
    role: "target" as const,
    year: 2024 + y,
    fmt: DEC,
  }));
  const t3 = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran"], role: "sasaran", width: 32 },
      { key: "ind", head: ["Indikator"], role: "indikator", width: 36 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Kinerja Awal (2024)"], role: "kondisi-awal", fmt: DEC },
      ...yc,
      { key: "ka", head: ["Kondisi Kinerja Akhir Periode Renstra"], role: "kondisi-akhir", fmt: DEC },
    ],
    headerRows: 2,
    groups: "first",
    rows: inds.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas: x.sas,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        t1: x.t[0],
        t2: x.t[1],
        t3: x.t[2],
        t4: x.t[3],
        t5: x.t[4],
        ka: x.ka,
      },
    })),
  });
  rs.gap();
  rs.lines(["Pagu Indikatif Program (Rp)"]);
  const t4 = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "prog", head: ["Program"], width: 32 },
      { key: "y1", head: ["Tahun - 1"], role: "anggaran", year: 2025, fmt: RP, width: 20 },
      { key: "y2", head: ["Tahun - 2"], role: "anggaran", year: 2026, fmt: RP, width: 20 },
    ],
    headerRows: 1,
    rows: progs.map((p, i) => ({ id: `g${i + 1}`, cells: { no: i + 1, prog: p[0], y1: p[1], y2: p[2] } })),
  });
  const ren = (k: string, id: string) => `'${R}'!${t3.a(k, id)}`;
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: t1.a("t", "c") },
        { sheet: R, cell: t3.a("t1", "c") },
      ],
    },
    rules: ["cross-table-mismatch"],
    truth: ren("t1", "c"),
    note: "PK IKM target 84 is the Renstra Tahun - 2 (2026) target; Tahun - 1 (2025) is 83",
  });
  b.plant({
    at: { sheet: P, cell: t2.a("rp", "g2") },
    rules: ["number-scale", "cross-table-mismatch"],
    truth: `'${R}'!${t4.a("y1", "g2")}`,
    note: "anggaran of the UKP/UKM program typed 2,418,560,000, ten times below the pagu 24,185,600,000",
  });
  const ct = ["cross-table-mismatch"];
  for (const id of ["a", "b", "d", "e"])
    b.ok({ sheet: P, cell: t1.a("t", id), rules: ct, truth: ren("t1", id) });
  b.ok({ sheet: P, cell: t2.a("rp", "g1"), rules: ct, truth: `'${R}'!${t4.a("y1", "g1")}` });
  b.ok({ sheet: P, cell: t2.a("rp", "g3"), rules: ct, truth: `'${R}'!${t4.a("y1", "g3")}` });
  const ts = (id: string) => [1, 2, 3, 4, 5].map((y) => t3.a(`t${y}`, id)).join("+");
  const ka = ["kondisi-akhir-mismatch"];
  b.ok({ sheet: R, cell: t3.a("ka", "a"), rules: ka, truth: t3.a("t5", "a"), trap: ts("a") });
  b.ok({ sheet: R, cell: t3.a("ka", "e"), rules: ka, truth: ts("e"), trap: t3.a("t5", "e") });
  b.ok({ sheet: R, cell: t3.a("ka", "b"), rules: ka, truth: t3.a("t5", "b"), trap: ts("b") });
  b.ok({ sheet: R, cell: t3.a("ka", "c"), rules: ka, truth: t3.a("t5", "c") });
  return b.finish();
}

/** Indikator pelayanan rawat inap per ruang, Triwulan IV 2024 (92 hari), formulas in the number row. */
export function rekapBorRuang(): BookW {
  const b = new BookW(
    "rekap-bor-los-toi-ruang-tanah-merapi-hulu-336.xlsx",
    "Rekap indikator pelayanan rawat inap per ruang (RSUD)",
    "Per ruang: No | Ruang | TT | HP | LD | Pasien keluar | Indikator Pelayanan > BOR, AvLOS, TOI, BTO; number row with the formulas; Jumlah row with ratios of totals",
  );
  const S = "Indikator RI TW IV";
  const s = b.sheet(S);
  letterhead(s, ["RSUD DATUK RAJO MUDO KABUPATEN TANAH MERAPI HULU", "Instalasi Rekam Medik"]);
  s.lines([
    "Rekapitulasi Indikator Pelayanan Rawat Inap per Ruang",
    "Triwulan IV (Oktober - Desember) Tahun 2024, jumlah hari = 92",
  ]);
  s.gap();
  const IP = "Indikator Pelayanan";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "ruang", head: ["Ruang Perawatan"], num: 2, width: 28 },
    { key: "tt", head: ["Jumlah Tempat Tidur (TT)"], num: 3, fmt: INT },
    { key: "hp", head: ["Hari Perawatan (HP)"], num: 4, fmt: INT },
    { key: "ld", head: ["Lama Dirawat (LD)"], num: 5, fmt: INT },
    { key: "pk", head: ["Pasien Keluar (Hidup + Mati)"], num: 6, fmt: INT },
    { key: "bor", head: [IP, "BOR (%)"], num: "7 = 4/(3 x 92) x 100", fmt: DEC },
    { key: "los", head: [IP, "AvLOS (hari)"], num: "8 = 5/6", fmt: DEC },
    { key: "toi", head: [IP, "TOI (hari)"], num: "9 = ((3 x 92) - 4)/6", fmt: DEC },
    { key: "bto", head: [IP, "BTO (kali)"], num: "10 = 6/3", fmt: DEC },
  ];
  const data: Array<[string, number, number, number, number]> = [
    ["Ruang Melati (Penyakit Dalam)", 32, 2346, 2410, 498],
    ["Ruang Mawar (Bedah)", 24, 1652, 1701, 372],
    ["Ruang Anggrek (Anak)", 20, 1288, 1315, 341],
    ["Ruang Kenanga (Kebidanan)", 18, 1104, 1126, 392],
    ["ICU", 8, 690, 702, 96],
    ["Ruang VIP Cendana", 12, 731, 745, 184],
  ];
  const ind = (x: { a(k: string): string }) => ({
    bor: fx(`ROUND(${x.a("hp")}/(${x.a("tt")}*92)*100,2)`),
    los: fx(`ROUND(${x.a("ld")}/${x.a("pk")},2)`),
    toi: fx(`ROUND((${x.a("tt")}*92-${x.a("hp")})/${x.a("pk")},2)`),
    bto: fx(`ROUND(${x.a("pk")}/${x.a("tt")},2)`),
  });
  const rows: Row[] = data.map((d, i) => ({
    id: `r${i + 1}`,
    cells: (x) => ({
      no: i + 1,
      ruang: d[0],
      tt: d[1],
      hp: d[2],
      ld: d[3],
      pk: d[4],
      ...ind(x),
      ...(d[0] === "ICU" ? { bor: 109.38 } : {}),
    }),
  }));
  const sumOf = (x: { a(k: string, id?: string): string }, k: string, last = "r6") =>
    fx(`SUM(${x.a(k, "r1")}:${x.a(k, last)})`);
  rows.push({
    id: "jml",
    bold: true,
    span: ["no", "ruang"],
    cells: (x) => ({
      no: "Jumlah / Rumah Sakit",
      tt: sumOf(x, "tt"),
      hp: sumOf(x, "hp", "r5"),
      ld: sumOf(x, "ld"),
      pk: sumOf(x, "pk"),
      ...ind(x),
    }),
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows });
  s.gap();
  s.lines([
    "Sumber: SIMRS, sensus harian rawat inap. Standar Depkes: BOR 60-85 %, AvLOS 6-9 hari, TOI 1-3 hari.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Lubuk Batingkap, 8 Januari 2025",
    jabatan: ["Kepala Instalasi Rekam Medik"],
    nama: "Yulia Fitri Andalas, A.Md.RMIK",
    nip: "19880322 201101 2 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("bor", "r5") },
    rules: ["percent-out-of-range", "ratio-components-mismatch", "hardcoded-value"],
    truth: `ROUND(${a("hp", "r5")}/(${a("tt", "r5")}*92)*100,2)`,
    note: "BOR ICU typed 109.38 in a column of formulas; 690 / (8 x 92) x 100 = 93.75",
  });
  b.plant({
    at: { sheet: S, cell: a("hp", "jml") },
    rules: ["sum-mismatch"],
    truth: `SUM(${a("hp", "r1")}:${a("hp", "r6")})`,
    note: "Jumlah hari perawatan =SUM one row short (leaves out Ruang VIP Cendana): 7,080 vs 7,811",
  });
  b.ok({
    sheet: S,
    cell: a("tt", "jml"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("tt", "r1")}:${a("tt", "r6")})`,
  });
  b.ok({
    sheet: S,
    cell: a("ld", "jml"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("ld", "r1")}:${a("ld", "r6")})`,
  });
  b.ok({
    sheet: S,
    cell: a("los", "jml"),
    rules: ["ratio-components-mismatch", "sum-mismatch"],
    truth: `ROUND(${a("ld", "jml")}/${a("pk", "jml")},2)`,
    trap: `ROUND(AVERAGE(${a("los", "r1")}:${a("los", "r6")}),2)`,
  });
  b.ok({
    sheet: S,
    cell: a("bto", "jml"),
    rules: ["ratio-components-mismatch", "sum-mismatch"],
    truth: `ROUND(${a("pk", "jml")}/${a("tt", "jml")},2)`,
    trap: `ROUND(AVERAGE(${a("bto", "r1")}:${a("bto", "r6")}),2)`,
  });
  for (const id of ["r1", "r3", "r6"])
    b.ok({
      sheet: S,
      cell: a("bor", id),
      rules: ["percent-out-of-range", "ratio-components-mismatch"],
      truth: `ROUND(${a("hp", id)}/(${a("tt", id)}*92)*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("toi", "r2"),
    rules: ["ratio-components-mismatch"],
    truth: `ROUND((${a("tt", "r2")}*92-${a("hp", "r2")})/${a("pk", "r2")},2)`,
  });
  return b.finish();
}

/** Pendapatan BLUD per unit layanan (ribuan rupiah), kepuasan pasien per triwulan side by side. */
export function rekapBludKepuasan(): BookW {
  const b = new BookW(
    "rekap-pendapatan-blud-kepuasan-teluk-serumpun-336.xlsx",
    "Rekap pendapatan BLUD per unit layanan with kepuasan pasien per triwulan (RSUD)",
    "Left: Unit Layanan | Target | Realisasi | Capaian (typed) | Kontribusi (formula), number row (1)..(5), Jumlah; one empty column; right: Triwulan | Responden | Puas | % Kepuasan | Waktu tunggu, Jumlah/Rata-rata",
  );
  const S = "Pendapatan BLUD 2024";
  const s = b.sheet(S);
  s.lines(
    [
      "RSUD KOTA TELUK SERUMPUN",
      "Rekapitulasi Pendapatan BLUD dan Kepuasan Pasien Tahun 2024",
      "(dalam ribuan rupiah)",
    ],
    1,
    { bold: true },
  );
  s.gap();
  const top = s.r;
  const units: Array<[string, number, number, number]> = [
    ["Rawat Jalan", 14250000, 13688400, 96.06],
    ["Rawat Inap", 31600000, 29874150, 94.54],
    ["Instalasi Gawat Darurat", 4850000, 5012300, 103.35],
    ["Farmasi", 19195000, 1864250, 97.12],
    ["Laboratorium dan Radiologi", 8420000, 7936750, 94.26],
    ["Kerja Sama dan Pendapatan Lain", 1200000, 1318600, 109.88],
  ];
  const A = s.table(
    {
      cols: [
        { key: "unit", head: ["Unit Layanan / Sumber Pendapatan"], num: "(1)", width: 30 },
        { key: "tg", head: ["Target Pendapatan"], role: "target", num: "(2)", fmt: RP, width: 16 },
        { key: "re", head: ["Realisasi Pendapatan"], role: "realisasi", num: "(3)", fmt: RP, width: 16 },
        { key: "cap", head: ["Capaian (%)"], role: "capaian", num: "(4) = (3)/(2) x 100", fmt: DEC },
        { key: "kon", head: ["Kontribusi terhadap Total Realisasi (%)"], num: "(5)", fmt: DEC },
      ],
      headerRows: 1,
      numberRow: "plain",
      rows: [
        ...units.map((u, i): Row => ({
          id: `u${i + 1}`,
          cells: (x) => ({
            unit: u[0],
            tg: u[1],
            re: u[2],
            cap: u[3],
            kon: fx(`ROUND(${x.a("re")}/${x.a("re", "jml")}*100,2)`),
          }),
        })),
        {
          id: "jml",
          bold: true,
          cells: (x) => ({
            unit: "JUMLAH",
            tg: fx(`SUM(${x.a("tg", "u1")}:${x.a("tg", "u6")})`),
            re: fx(`SUM(${x.a("re", "u1")}:${x.a("re", "u6")})`),
            cap: fx(`ROUND(${x.a("re")}/${x.a("tg")}*100,2)`),
            kon: fx(`SUM(${x.a("kon", "u1")}:${x.a("kon", "u6")})`),
          }),
        },
      ],
    },
    1,
    top,
  );
  const tw: Array<[string, number, number, number]> = [
    ["Triwulan I", 412, 338, 68],
    ["Triwulan II", 438, 379, 64],
    ["Triwulan III", 455, 401, 61],
    ["Triwulan IV", 610, 552, 57],
  ];
  const B = s.table(
    {
      cols: [
        { key: "tw", head: ["Periode"], num: "(1)", width: 14 },
        { key: "resp", head: ["Jumlah Responden"], num: "(2)", fmt: INT },
        { key: "puas", head: ["Responden Puas"], num: "(3)", fmt: INT },
        { key: "pct", head: ["Kepuasan Pasien (%)"], num: "(4) = (3)/(2) x 100", fmt: DEC },
        { key: "wt", head: ["Rata-rata Waktu Tunggu Rawat Jalan (menit)"], num: "(5)", fmt: DEC },
      ],
      headerRows: 1,
      numberRow: "plain",
      rows: [
        ...tw.map((q, i): Row => ({
          id: `q${i + 1}`,
          cells: (x) => ({
            tw: q[0],
            resp: q[1],
            puas: q[2],
            pct: fx(`ROUND(${x.a("puas")}/${x.a("resp")}*100,2)`, i === 1 ? 96.53 : undefined),
            wt: q[3],
          }),
        })),
        {
          id: "jml",
          bold: true,
          cells: (x) => ({
            tw: "Jumlah / Rata-rata",
            resp: fx(`SUM(${x.a("resp", "q1")}:${x.a("resp", "q4")})`),
            puas: fx(`SUM(${x.a("puas", "q1")}:${x.a("puas", "q4")})`),
            pct: fx(`ROUND(${x.a("puas")}/${x.a("resp")}*100,2)`),
            wt: fx(`ROUND(AVERAGE(${x.a("wt", "q1")}:${x.a("wt", "q4")}),2)`),
          }),
        },
      ],
    },
    7,
    top,
  );
  s.gap();
  s.lines(["*) Realisasi berdasarkan laporan operasional BLUD (unaudited)."]);
  s.gap();
  signature(s, 8, {
    tempat: "Teluk Serumpun, 15 Januari 2025",
    jabatan: ["Kepala Bagian Keuangan"],
    nama: "Irwan Syahputra Nasution, S.E., M.Ak",
    nip: "19820704 200901 1 006",
  });
  const a = (k: string, id: string) => A.a(k, id);
  const c = (k: string, id: string) => B.a(k, id);
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a("re", "u4") },
        { sheet: S, cell: a("cap", "u4") },
      ],
    },
    rules: ["number-scale", "capaian-mismatch"],
    truth: `${a("tg", "u4")}*${a("cap", "u4")}/100`,
    note: "realisasi Farmasi typed 1,864,250 (ten times off) while its capaian says 97.12 % of 19,195,000 = 18,642,500",
  });
  b.plant({
    at: { sheet: S, cell: c("pct", "q2") },
    rules: ["ratio-components-mismatch"],
    truth: `ROUND(${c("puas", "q2")}/${c("resp", "q2")}*100,2)`,
    note: "Triwulan II kepuasan formula with a stale cached 96.53; 379 / 438 gives 86.53",
  });
  b.ok({
    sheet: S,
    cell: c("pct", "jml"),
    rules: ["ratio-components-mismatch", "capaian-mismatch"],
    truth: `ROUND(${c("puas", "jml")}/${c("resp", "jml")}*100,2)`,
    trap: `ROUND((${c("puas", "q1")}/${c("resp", "q1")}+${c("puas", "q2")}/${c("resp", "q2")}+${c("puas", "q3")}/${c("resp", "q3")}+${c("puas", "q4")}/${c("resp", "q4")})*25,2)`,
  });
  b.ok({
    sheet: S,
    cell: c("resp", "jml"),
    rules: ["sum-mismatch"],
    truth: `SUM(${c("resp", "q1")}:${c("resp", "q4")})`,
  });
  b.ok({
    sheet: S,
    cell: c("wt", "jml"),
    rules: ["sum-mismatch"],
    truth: `ROUND(AVERAGE(${c("wt", "q1")}:${c("wt", "q4")}),2)`,
    trap: `SUM(${c("wt", "q1")}:${c("wt", "q4")})`,
  });
  for (const id of ["q1", "q3", "q4"])
    b.ok({
      sheet: S,
      cell: c("pct", id),
      rules: ["ratio-components-mismatch", "percent-out-of-range"],
      truth: `ROUND(${c("puas", id)}/${c("resp", id)}*100,2)`,
    });
  for (const id of ["u1", "u2", "u5"])
    b.ok({
      sheet: S,
      cell: a("cap", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("re", id)}/${a("tg", id)}*100,2)`,
    });
  for (const id of ["u3", "u6"])
    b.ok({
      sheet: S,
      cell: a("cap", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("re", id)}/${a("tg", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("tg", "jml"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("tg", "u1")}:${a("tg", "u6")})`,
  });
  return b.finish();
}
