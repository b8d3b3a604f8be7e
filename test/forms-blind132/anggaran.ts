// Money tables of a Dinas Pendidikan: an E.81-like evaluation of the Renja 2024 of a Papua Barat
// kabupaten (K | Rp pairs; levels in % take the latest year, the Rp add up), and a BOSDA recap per
// kecamatan of a Sumatera Selatan kabupaten (pagu, tahap I / II, jumlah, sisa, %; paid never above the
// pagu). Every name and number is invented.
import {
  BookW,
  DEC,
  INT,
  RP,
  fmt,
  fx,
  letterhead,
  signature,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

type E = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  k: number[];
  rp?: number[];
  lvl: boolean;
};

export function e81Disdik(): BookW {
  const b = new BookW(
    "evaluasi-e81-renja-disdik-teluk-arfai.xlsx",
    "E.81 evaluasi hasil Renja (Dinas Pendidikan)",
    "E.81-like evaluation of the Renja 2024 of a Dinas Pendidikan in Papua Barat: No | Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | K | Rp pairs for (6) Target Renstra 2026, (7) Realisasi s.d. 2023, (8) Target Renja 2024, (9) Realisasi 2024, (10) = 9 / 8 x 100, (11) = 7 + 9; number row merged over the pairs",
  );
  const S = "E.81 Disdik 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN TELUK ARFAI", "DINAS PENDIDIKAN"]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN TELUK ARFAI",
    "Renja Dinas Pendidikan Tahun 2024 - Periode Pelaksanaan: Januari s.d. Desember 2024",
  ]);
  s.gap();
  const L: E[] = [
    {
      id: "p",
      kode: "1.01.02",
      nm: "Program Pengelolaan Pendidikan",
      ind: "APM SD/MI",
      sat: "%",
      k: [94, 90.8, 92, 92.46],
      lvl: true,
    },
    {
      id: "k1",
      kode: "1.01.02.2.01",
      nm: "Pengelolaan Pendidikan Sekolah Dasar",
      ind: "Persentase SD dengan ruang kelas kondisi baik",
      sat: "%",
      k: [80, 66.4, 70, 71.25],
      lvl: true,
    },
    {
      id: "s11",
      kode: "1.01.02.2.01.0009",
      nm: "Rehabilitasi Sedang/Berat Ruang Kelas Sekolah",
      ind: "Jumlah ruang kelas SD yang direhabilitasi",
      sat: "ruang",
      k: [60, 24, 14, 12],
      rp: [11_400_000_000, 4_512_000_000, 2_660_000_000, 2_283_600_000],
      lvl: false,
    },
    {
      id: "s12",
      kode: "1.01.02.2.01.0017",
      nm: "Pengelolaan Dana BOSDA Sekolah Dasar",
      ind: "Jumlah SD penerima BOSDA",
      sat: "sekolah",
      k: [97, 96, 97, 97],
      rp: [9_700_000_000, 3_744_000_000, 1_940_000_000, 1_921_500_000],
      lvl: true,
    },
    {
      id: "k2",
      kode: "1.01.02.2.03",
      nm: "Pengelolaan Pendidikan Anak Usia Dini (PAUD)",
      ind: "APK PAUD usia 3-6 tahun",
      sat: "%",
      k: [48, 39.6, 42, 41.35],
      lvl: true,
    },
    {
      id: "s21",
      kode: "1.01.02.2.03.0017",
      nm: "Pengelolaan Dana BOP PAUD Daerah",
      ind: "Jumlah lembaga PAUD penerima BOP Daerah",
      sat: "lembaga",
      k: [118, 104, 112, 109],
      rp: [3_540_000_000, 1_248_000_000, 672_000_000, 654_000_000],
      lvl: true,
    },
  ];
  const P = (
    key: string,
    head: string,
    num: string,
    kr: Col["role"],
    rr: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [head, "K"], role: kr, year, num, width: 9 },
    { key: `rp${key}`, head: [head, "Rp"], role: rr, year, num, fmt: kr === "capaian" ? DEC : RP, width: 16 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "nm", head: ["Program / Kegiatan / Sub Kegiatan"], num: "3", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "5", width: 9 },
    ...P("6", "Target Renstra PD pada Tahun 2026 (Akhir Periode Renstra)", "6", "target", "anggaran", 2026),
    ...P(
      "7",
      "Realisasi Target Kinerja Hasil Program dan Keluaran Kegiatan s.d. Renja PD Tahun Lalu (2023)",
      "7",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...P("8", "Target Kinerja dan Anggaran Renja PD Tahun Berjalan (2024)", "8", "target", "anggaran", 2024),
    ...P(
      "9",
      "Realisasi Kinerja dan Anggaran Renja PD Tahun 2024",
      "9",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...P(
      "10",
      "Tingkat Capaian Kinerja dan Realisasi Anggaran Renja 2024 (%)",
      "10 = 9 / 8 x 100",
      "capaian",
      "capaian",
      2024,
    ),
    ...P(
      "11",
      "Realisasi Kinerja dan Anggaran Renja PD s.d. Tahun 2024",
      "11 = 7 + 9",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
  ];
  const kids: Record<string, string[]> = { k1: ["s11", "s12"], k2: ["s21"], p: ["k1", "k2"] };
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: L.map((x, i): Row => ({
      id: x.id,
      bold: !x.rp,
      cells: (c: Ctx) => {
        const rp = (n: number, key: string) =>
          x.rp ? x.rp[n] : fx(kids[x.id].map((k) => c.a(key, k)).join("+"));
        const f = x.sat === "%" ? DEC : "0";
        return {
          no: i + 1,
          kode: x.kode,
          nm: x.nm,
          ind: x.ind,
          sat: x.sat,
          k6: fmt(x.k[0], f),
          rp6: rp(0, "rp6"),
          k7: fmt(x.k[1], f),
          rp7: rp(1, "rp7"),
          k8: fmt(x.k[2], f),
          rp8: rp(2, "rp8"),
          k9: fmt(x.k[3], f),
          rp9: rp(3, "rp9"),
          k10: fx(`ROUND(${c.a("k9")}/${c.a("k8")}*100,2)`),
          // planted: stale cached capaian Rp of the BOP PAUD (the Triwulan III figure)
          rp10: fx(`ROUND(${c.a("rp9")}/${c.a("rp8")}*100,2)`, x.id === "s21" ? 81.25 : undefined),
          // a level (%, schools, lembaga per year) takes the 2024 value; a flow adds 2023's cumulative
          k11: x.lvl ? fx(c.a("k9")) : fx(`${c.a("k7")}+${c.a("k9")}`),
          // planted: the rehabilitasi SD's s.d. 2024 Rp typed (6,795,600,000 is 4,512,000,000 + 2,283,600,000)
          rp11: x.id === "s11" ? 6_759_600_000 : fx(`${c.a("rp7")}+${c.a("rp9")}`),
        };
      },
    })),
  });
  s.gap();
  s.lines([
    "Faktor pendorong: dukungan DAK Fisik dan BOSDA; faktor penghambat: akses ke distrik pegunungan (Moskona Raya, Testega Ulu).",
  ]);
  s.gap();
  signature(s, 13, {
    tempat: "Arfai, 20 Januari 2025",
    jabatan: ["Kepala Dinas Pendidikan Kabupaten Teluk Arfai,"],
    nama: "YOHANIS MANDACAN, S.Pd., M.M.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19750309 200212 1 005",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("rp10", "s21") },
    rules: ["capaian-mismatch"],
    note: "Tingkat capaian Rp (10) of the BOP PAUD Daerah is =ROUND(9/8*100,2) with a stale cached 81.25 (Triwulan III); 654,000,000 / 672,000,000 gives 97.32",
    truth: `ROUND(${a("rp9", "s21")}/${a("rp8", "s21")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("rp11", "s11") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Realisasi Rp s.d. 2024 (11) of the rehabilitasi ruang kelas SD is a typed 6,759,600,000 among 7 + 9 formulas; 4,512,000,000 + 2,283,600,000 give 6,795,600,000",
    truth: `${a("rp7", "s11")}+${a("rp9", "s11")}`,
  });
  for (const id of ["p", "k1", "k2"])
    b.ok({
      sheet: S,
      cell: a("k11", id),
      rules: ["sum-mismatch"],
      truth: a("k9", id),
      // a percentage level is the 2024 value, not 2023 + 2024
      trap: `${a("k7", id)}+${a("k9", id)}`,
    });
  b.ok({
    sheet: S,
    cell: a("k11", "s11"),
    rules: ["sum-mismatch"],
    truth: `${a("k7", "s11")}+${a("k9", "s11")}`,
  });
  for (const k of ["rp6", "rp8", "rp9"])
    b.ok({
      sheet: S,
      cell: a(k, "p"),
      rules: ["sum-mismatch"],
      truth: `${a(k, "k1")}+${a(k, "k2")}`,
      trap: `SUM(${a(k, "k1")}:${a(k, "s21")})`,
    });
  for (const id of ["k1", "s12", "s21", "p"])
    b.ok({
      sheet: S,
      cell: a("k10", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k9", id)}/${a("k8", id)}*100,2)`,
    });
  for (const id of ["s11", "s12"])
    b.ok({
      sheet: S,
      cell: a("rp10", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("rp9", id)}/${a("rp8", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("rp11", "s21"),
    rules: ["sum-mismatch", "hardcoded-value"],
    truth: `${a("rp7", "s21")}+${a("rp9", "s21")}`,
  });
  return b.finish();
}

type Kec = { id: string; nm: string; sd: number; smp: number; ssd: number; ssmp: number; t2: number | "-" };

export function bosdaKecamatan(): BookW {
  const b = new BookW(
    "rekap-bosda-per-kecamatan-ogan-rambang.xlsx",
    "Rekap penyaluran BOSDA per kecamatan (Dinas Pendidikan)",
    "Rekap penyaluran BOSDA 2024 per kecamatan in Sumatera Selatan: No | Kecamatan | 'Jumlah Sekolah' > SD | SMP | 'Jumlah Siswa' > SD | SMP | Pagu BOSDA (Rp) | 'Penyaluran (Rp)' > Tahap I (50%) | Tahap II (50%) | Jumlah | Sisa (Rp) | % Penyaluran; number row 1 .. 7, '10 = 8 + 9', '11 = 7 - 10', '12 = 10 / 7 x 100'; typed pagu (siswa x Rp 120.000 / Rp 150.000), TOTAL row",
  );
  const S = "BOSDA 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN OGAN RAMBANG",
    "DINAS PENDIDIKAN",
    "Jl. Merdeka No. 17 Muara Rambang",
  ]);
  s.lines([
    "REKAPITULASI PENYALURAN BANTUAN OPERASIONAL SEKOLAH DAERAH (BOSDA) SD DAN SMP",
    "MENURUT KECAMATAN TAHUN ANGGARAN 2024",
  ]);
  s.gap();
  const K: Kec[] = [
    { id: "c1", nm: "Rambang Dangku", sd: 31, smp: 9, ssd: 4_812, ssmp: 1_966, t2: 0 },
    { id: "c2", nm: "Lubai Ulu", sd: 24, smp: 7, ssd: 3_655, ssmp: 1_402, t2: 0 },
    { id: "c3", nm: "Gelumbang Ilir", sd: 28, smp: 8, ssd: 4_208, ssmp: 1_731, t2: 0 },
    { id: "c4", nm: "Sungai Rotan Baru", sd: 19, smp: 5, ssd: 2_487, ssmp: 918, t2: "-" },
    { id: "c5", nm: "Muara Belida", sd: 16, smp: 4, ssd: 2_036, ssmp: 764, t2: 0 },
    { id: "c6", nm: "Lembak Raya", sd: 22, smp: 6, ssd: 3_119, ssmp: 1_205, t2: 0 },
    { id: "c7", nm: "Kelekar Hulu", sd: 13, smp: 4, ssd: 1_574, ssmp: 622, t2: 0 },
  ];
  const pagu = (k: Kec) => k.ssd * 120_000 + k.ssmp * 150_000;
  const t2 = (k: Kec) => (k.t2 === "-" ? "-" : k.id === "c2" ? pagu(k) : pagu(k) / 2);
  const sumCol = (k: string, x: Ctx) => `SUM(${x.a(k, "c1")}:${x.a(k, "c7")})`;
  const truePagu = K.reduce((n, k) => n + pagu(k), 0);
  const JS = "Jumlah Sekolah";
  const JW = "Jumlah Siswa";
  const PY = "Penyaluran (Rp)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "kec", head: ["Kecamatan"], role: "lokasi", num: 2, width: 20 },
    { key: "sd", head: [JS, "SD"], num: 3, fmt: INT, width: 7 },
    { key: "smp", head: [JS, "SMP"], num: 4, fmt: INT, width: 7 },
    { key: "ssd", head: [JW, "SD"], num: 5, fmt: INT, width: 9 },
    { key: "ssmp", head: [JW, "SMP"], num: 6, fmt: INT, width: 9 },
    { key: "pagu", head: ["Pagu BOSDA (Rp)"], role: "anggaran", year: 2024, num: 7, fmt: RP, width: 16 },
    {
      key: "h1",
      head: [PY, "Tahap I (50%)"],
      role: "realisasi-anggaran",
      year: 2024,
      num: 8,
      fmt: RP,
      width: 15,
    },
    {
      key: "h2",
      head: [PY, "Tahap II (50%)"],
      role: "realisasi-anggaran",
      year: 2024,
      num: 9,
      fmt: RP,
      width: 15,
    },
    {
      key: "j",
      head: [PY, "Jumlah"],
      role: "realisasi-anggaran",
      year: 2024,
      num: "10 = 8 + 9",
      fmt: RP,
      width: 16,
    },
    { key: "sisa", head: ["Sisa (Rp)"], num: "11 = 7 - 10", fmt: RP, width: 14 },
    {
      key: "pc",
      head: ["% Penyaluran"],
      role: "capaian",
      year: 2024,
      num: "12 = 10 / 7 x 100",
      fmt: DEC,
      width: 10,
    },
  ];
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
          sd: k.sd,
          smp: k.smp,
          ssd: k.ssd,
          ssmp: k.ssmp,
          pagu: pagu(k),
          h1: pagu(k) / 2,
          // planted: Lubai Ulu's Tahap II typed as the whole pagu
          h2: t2(k),
          j: fx(`SUM(${x.a("h1")}:${x.a("h2")})`),
          sisa: k.t2 === "-" || k.id === "c2" ? fx(`${x.a("pagu")}-${x.a("j")}`) : "-",
          pc: fx(`ROUND(${x.a("j")}/${x.a("pagu")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "kec"],
        cells: (x: Ctx) => ({
          no: "TOTAL",
          ...Object.fromEntries(
            ["sd", "smp", "ssd", "ssmp", "h1", "h2", "j", "sisa"].map((k) => [k, fx(sumCol(k, x))]),
          ),
          // planted: stale cached total (before Muara Belida's 764 SMP pupils were counted)
          pagu: fx(sumCol("pagu", x), truePagu - 764 * 150_000),
          pc: fx(`ROUND(${x.a("j")}/${x.a("pagu")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    'Keterangan: satuan biaya BOSDA SD Rp 120.000 dan SMP Rp 150.000 per siswa per tahun; Tahap II Sungai Rotan Baru ditunda menunggu laporan Tahap I ("-").',
    "% Penyaluran pada baris TOTAL dihitung dari jumlah, bukan dijumlahkan.",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Muara Rambang, 6 Januari 2025",
    jabatan: ["Kepala Bidang Pembinaan SD,"],
    nama: "M. ZULKARNAIN, S.Pd., M.Pd.",
    pangkat: "Penata Tingkat I (III/d)",
    nip: "19820117 200801 1 003",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a("j", "c2") },
        { sheet: S, cell: a("pc", "c2") },
        { sheet: S, cell: a("h2", "c2") },
      ],
    },
    rules: ["serapan-over-100", "percent-out-of-range"],
    note: "Lubai Ulu: Tahap II typed as the whole pagu 648,900,000 (50 % is 324,450,000), so the Jumlah 973,350,000 is above the pagu (150.00 %, Sisa -324,450,000)",
    truth: a("pagu", "c2"),
  });
  b.plant({
    at: { sheet: S, cell: a("pagu", "tot") },
    rules: ["sum-mismatch"],
    note: `TOTAL Pagu is =SUM over the kecamatan with a stale cached ${(truePagu - 764 * 150_000).toLocaleString("en")}; the seven rows give ${truePagu.toLocaleString("en")}`,
    truth: `SUM(${a("pagu", "c1")}:${a("pagu", "c7")})`,
  });
  for (const id of ["c1", "c3", "c4", "c6"]) {
    b.ok({
      sheet: S,
      cell: a("j", id),
      rules: ["sum-mismatch", "serapan-over-100"],
      truth: id === "c4" ? a("h1", id) : `${a("h1", id)}+${a("h2", id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("pc", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("j", id)}/${a("pagu", id)}*100,2)`,
    });
  }
  for (const k of ["sd", "ssd", "h1"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "c1")}:${a(k, "c7")})` });
  b.ok({
    sheet: S,
    cell: a("pagu", "c5"),
    rules: ["sum-mismatch"],
    truth: `${a("ssd", "c5")}*120000+${a("ssmp", "c5")}*150000`,
  });
  return b.finish();
}
