// The Renja evaluation (E.81) of the Dinas PUPR Kabupaten Muara Selindung (Jambi) and the Renstra
// funding table (T-C.27) of the Dinas PUPR Kota Kayangan Raya (Sulawesi Tenggara): SPAM, sambungan
// rumah, akses air minum layak and kehilangan air (NRW). Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  round,
  signature,
  sum,
  type Cell,
  type Col,
  type Row,
} from "../forms/kit";

type E = {
  id: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  level: boolean;
  k5: number;
  k6: number;
  k7: number;
  q: number[];
  r5: number;
  r6: number;
  r7: number;
  rq: number[];
};

/** E.81 of the Dinas PUPR Kabupaten Muara Selindung, s.d. Triwulan IV 2024 (Renstra 2021-2026). */
export function e81Spam(): BookW {
  const b = new BookW(
    "e81-evaluasi-renja-spam-pupr-muara-selindung-2024.xlsx",
    "E.81 Evaluasi Renja (PUPR, SPAM)",
    "E.81 s.d. Triwulan IV 2024, Renstra 2021-2026; calendar years in the group headers; Kinerja | Keuangan (Rp) pairs; an extra Renja capaian column (12/7); number row merged over pairs; a level row (% akses air minum layak) over flows (SR, km pipa); Rata-rata and Predikat rows",
  );
  const S = "E.81 SPAM 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN MUARA SELINDUNG",
    "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG",
    "Jl. Lintas Timur Km. 4 Muara Selindung, Jambi",
  ]);
  s.lines([
    "Tabel Evaluasi terhadap Hasil Renja Dinas PUPR Kabupaten Muara Selindung",
    "Renstra PD Tahun 2021-2026, Realisasi s.d. Triwulan IV Tahun 2024",
  ]);
  s.gap();
  const subs: E[] = [
    {
      id: "s1",
      kode: "1.03.03.2.01.0002",
      ur: "Perluasan SPAM Jaringan Perpipaan di Kawasan Perkotaan",
      ind: "Jumlah sambungan rumah (SR) baru jaringan perpipaan",
      sat: "SR",
      level: false,
      k5: 9000,
      k6: 5120,
      k7: 1800,
      q: [220, 480, 560, 520],
      r5: 68_500_000_000,
      r6: 41_260_450_000,
      r7: 11_850_000_000,
      rq: [1_420_300_000, 3_215_600_000, 3_880_150_000, 2_911_420_000],
    },
    {
      id: "s2",
      kode: "1.03.03.2.01.0009",
      ur: "Peningkatan SPAM Jaringan Perpipaan",
      ind: "Panjang pipa distribusi yang terpasang",
      sat: "km",
      level: false,
      k5: 64,
      k6: 38.5,
      k7: 9,
      q: [1.2, 2.6, 3.1, 2.4],
      r5: 21_300_000_000,
      r6: 12_904_700_000,
      r7: 3_400_000_000,
      rq: [355_000_000, 812_450_000, 1_024_600_000, 986_300_000],
    },
  ];
  const add = (k: "r5" | "r6" | "r7") => sum(subs.map((x) => x[k]));
  const rq = [0, 1, 2, 3].map((i) => sum(subs.map((x) => x.rq[i])));
  const keg: E = {
    id: "keg",
    kode: "1.03.03.2.01",
    ur: "Pengelolaan dan Pengembangan SPAM di Daerah Kabupaten",
    ind: "Jumlah sambungan rumah (SR) baru yang terpasang",
    sat: "SR",
    level: false,
    k5: 12000,
    k6: 6850,
    k7: 2400,
    q: [310, 640, 720, 690],
    r5: add("r5"),
    r6: add("r6"),
    r7: add("r7"),
    rq,
  };
  const prog: E = {
    ...keg,
    id: "prog",
    kode: "1.03.03",
    ur: "PROGRAM PENGELOLAAN DAN PENGEMBANGAN SISTEM PENYEDIAAN AIR MINUM",
    ind: "Persentase rumah tangga dengan akses air minum layak",
    sat: "%",
    level: true,
    k5: 82,
    k6: 71.4,
    k7: 75,
    q: [71.9, 72.8, 74.1, 75.6],
  };
  const rows = [prog, keg, ...subs];
  const k12 = (e: E) => round(e.level ? e.q[3] : sum(e.q), 2);
  const k13 = (e: E) => round(e.level ? k12(e) : e.k6 + k12(e), 2);
  const r12 = (e: E) => sum(e.rq);
  const r13 = (e: E) => e.r6 + r12(e);
  const pair = (
    key: string,
    g: string,
    num: string,
    role: Col["role"],
    rrole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [g, "Kinerja"], role, year, num, fmt: DEC, width: 10 },
    { key: `r${key}`, head: [g, "Keuangan (Rp)"], role: rrole, year, num, fmt: RP, width: 17 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: "3", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4a", width: 8 },
    ...pair("5", "Target Renstra PD Tahun 2026", "5", "target", "anggaran"),
    ...pair(
      "6",
      "Realisasi Capaian Kinerja Renstra PD s.d. Tahun 2023",
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair("7", "Target Kinerja dan Anggaran Renja Tahun 2024", "7", "target", "anggaran", 2024),
    ...pair("8", "Realisasi Triwulan I", "8", "realisasi", "realisasi-anggaran", 2024),
    ...pair("9", "Realisasi Triwulan II", "9", "realisasi", "realisasi-anggaran", 2024),
    ...pair("10", "Realisasi Triwulan III", "10", "realisasi", "realisasi-anggaran", 2024),
    ...pair("11", "Realisasi Triwulan IV", "11", "realisasi", "realisasi-anggaran", 2024),
    ...pair(
      "12",
      "Realisasi Capaian Kinerja dan Anggaran Renja 2024",
      "12 = 8+9+10+11",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair("12a", "Tingkat Capaian Renja 2024 (%)", "12a = 12/7 x 100", "capaian", "capaian", 2024),
    ...pair(
      "13",
      "Realisasi Kinerja dan Anggaran Renstra s.d. Tahun 2024",
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "14",
      "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. Tahun 2024 (%)",
      "14 = 13/5 x 100",
      "capaian",
      "capaian",
    ),
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 16 },
  ];
  // planted: sub kegiatan .0009's realisasi K (12) typed 11.3; the quarters give 9.3 km
  const K12S2 = 11.3;
  const body: Row[] = rows.map((e, i) => ({
    id: e.id,
    bold: e.id === "prog",
    cells: {
      no: i + 1,
      kode: e.kode,
      ur: e.ur,
      ind: e.ind,
      sat: e.sat,
      k5: e.k5,
      r5: e.r5,
      k6: e.k6,
      r6: e.r6,
      k7: e.k7,
      r7: e.r7,
      k8: e.q[0],
      r8: e.rq[0],
      k9: e.q[1],
      r9: e.rq[1],
      k10: e.q[2],
      r10: e.rq[2],
      k11: e.q[3],
      r11: e.rq[3],
      k12: e.id === "s2" ? K12S2 : k12(e),
      r12: r12(e),
      k12a: round((k12(e) / e.k7) * 100),
      r12a: round((r12(e) / e.r7) * 100),
      k13: k13(e),
      r13: r13(e),
      k14: round((k13(e) / e.k5) * 100),
      r14: round((r13(e) / e.r5) * 100),
      pj: "Bidang Cipta Karya",
    },
  }));
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: [
      ...body,
      {
        id: "avg",
        span: ["no", "ind"],
        cells: (x) => ({
          no: "Rata-rata capaian kinerja dan realisasi anggaran (%)",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "prog")}:${x.a("k14", "s2")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "prog")}:${x.a("r14", "s2")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["no", "ind"],
        cells: () => {
          const rp = round(sum(rows.map((e) => round((r13(e) / e.r5) * 100))) / 4);
          // planted: the K average is 80.08 (Tinggi) but the predikat reads "Sangat Tinggi"
          return {
            no: "Predikat kinerja",
            k14: "Sangat Tinggi",
            r14: rp > 90 ? "Sangat Tinggi" : rp > 75 ? "Tinggi" : "Sedang",
          };
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: hibah air minum perkotaan dan dukungan DAK SPAM.",
    "Faktor penghambat: pembebasan lahan reservoir dan kenaikan harga pipa HDPE.",
    "Tindak lanjut: percepatan lelang dini paket perpipaan tahun 2025.",
  ]);
  s.gap();
  signature(s, 22, {
    tempat: "Muara Selindung, 17 Januari 2025",
    jabatan: ["KEPALA DINAS PEKERJAAN UMUM", "DAN PENATAAN RUANG"],
    nama: "Ir. HENDRA SYAFRIZAL, M.T.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19720308 199803 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) => ["8", "9", "10", "11"].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("k12", "s2") },
    rules: ["sum-mismatch"],
    note: "Column 12 K of sub kegiatan 1.03.03.2.01.0009 (km pipa, a flow) is 11.30; the four quarters add up to 9.30",
    truth: q("k", "s2"),
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "pred") },
    rules: ["predikat-mismatch"],
    note: "Predikat kinerja 'Sangat Tinggi' for a K rata-rata of 80.08; the band > 75 to 90 is Tinggi",
    truth: `PREDIKAT(${a("k14", "avg")})`,
  });
  // the level row: 12 K is the Triwulan IV level, 13 K the latest level
  b.ok({
    sheet: S,
    cell: a("k12", "prog"),
    rules: ["sum-mismatch"],
    truth: a("k11", "prog"),
    trap: q("k", "prog"),
  });
  b.ok({
    sheet: S,
    cell: a("k13", "prog"),
    rules: ["sum-mismatch"],
    truth: a("k12", "prog"),
    trap: `${a("k6", "prog")}+${a("k12", "prog")}`,
  });
  for (const id of ["keg", "s1"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: q("k", id) });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const id of ["prog", "keg", "s1", "s2"]) {
    b.ok({ sheet: S, cell: a("r12", id), rules: ["sum-mismatch"], truth: q("r", id) });
    b.ok({ sheet: S, cell: a("r13", id), rules: ["sum-mismatch"], truth: `${a("r6", id)}+${a("r12", id)}` });
    b.ok({
      sheet: S,
      cell: a("r14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r13", id)}/${a("r5", id)}*100,2)`,
    });
  }
  for (const id of ["prog", "keg", "s1"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("k12a", "prog"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("k12", "prog")}/${a("k7", "prog")}*100,2)`,
  });
  for (const k of ["r5", "r7"])
    b.ok({ sheet: S, cell: a(k, "keg"), rules: ["sum-mismatch"], truth: `${a(k, "s1")}+${a(k, "s2")}` });
  b.ok({
    sheet: S,
    cell: a("r14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("r14", "avg")})`,
  });
  return b.finish();
}

type P = {
  id: string;
  kode?: string;
  ur?: string;
  ind: string;
  sat: string;
  level: boolean;
  awal: number;
  k: number[];
  rp?: number[];
  lok: string;
};

/** T-C.27 of the Dinas PUPR Kota Kayangan Raya, Renstra 2025-2029, Rp in thousands. */
export function tc27Spam(): BookW {
  const b = new BookW(
    "tc27-renstra-2025-2029-spam-pupr-kota-kayangan-raya.xlsx",
    "T-C.27 Rencana program dan pendanaan (PUPR, SPAM)",
    "T-C.27 Renstra 2025-2029 '(dalam ribuan rupiah)'; Sasaran merged down the body; Tahun ke-1..5 over Target | Rp, group headers written once (unmerged); kegiatan Rp = SUM over its sub kegiatan, program Rp = kegiatan; a second indicator (NRW %, negative) without code or Rp; Lokasi column",
  );
  const S = "Tabel 6.1";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA KAYANGAN RAYA", "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG"]);
  s.lines([
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif Dinas PUPR Kota Kayangan Raya",
    "Periode Renstra 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const rows: P[] = [
    {
      id: "p",
      kode: "1.03.03",
      ur: "PROGRAM PENGELOLAAN DAN PENGEMBANGAN SISTEM PENYEDIAAN AIR MINUM",
      ind: "Persentase rumah tangga dengan akses air minum layak",
      sat: "%",
      level: true,
      awal: 84.6,
      k: [86, 88, 90, 92.5, 95],
      lok: "Kota Kayangan Raya",
    },
    {
      id: "g",
      kode: "1.03.03.2.01",
      ur: "Pengelolaan dan Pengembangan SPAM di Daerah Kabupaten/Kota",
      ind: "Jumlah sambungan rumah (SR) baru yang terpasang",
      sat: "SR",
      level: false,
      awal: 1450,
      k: [1500, 1600, 1650, 1700, 1750],
      lok: "Kota Kayangan Raya",
    },
    {
      id: "s1",
      kode: "1.03.03.2.01.0002",
      ur: "Perluasan SPAM Jaringan Perpipaan di Kawasan Perkotaan",
      ind: "Jumlah SR baru jaringan perpipaan perkotaan",
      sat: "SR",
      level: false,
      awal: 1200,
      k: [1250, 1300, 1350, 1400, 1450],
      rp: [6_850_400, 7_120_000, 7_415_600, 7_730_250, 8_012_800],
      lok: "Kec. Poasia Baru, Kec. Lalolara",
    },
    {
      id: "s1b",
      ind: "Persentase kehilangan air (NRW) jaringan perkotaan",
      sat: "%",
      level: true,
      awal: 36.2,
      k: [34, 32, 30, 28, 26],
      lok: "Kec. Poasia Baru, Kec. Lalolara",
    },
    {
      id: "s2",
      kode: "1.03.03.2.01.0009",
      ur: "Peningkatan SPAM Jaringan Perpipaan",
      ind: "Panjang pipa transmisi yang diganti",
      sat: "km",
      level: false,
      awal: 4.5,
      k: [5, 6, 6, 7, 7],
      rp: [2_310_000, 2_765_500, 2_810_000, 3_240_750, 3_305_000],
      lok: "Kec. Wuawua Hilir",
    },
    {
      id: "s3",
      kode: "1.03.02.2.01.0014",
      ur: "Pembangunan SPAM Bukan Jaringan Perpipaan Komunal",
      ind: "Jumlah unit sumur bor komunal yang dibangun",
      sat: "unit",
      level: false,
      awal: 6,
      k: [8, 8, 10, 10, 12],
      rp: [1_120_000, 1_146_500, 1_402_000, 1_431_250, 1_688_000],
      lok: "Kec. Nambo Pesisir",
    },
  ];
  const TK = "Target Kinerja Program dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra PD";
  const years = [1, 2, 3, 4, 5];
  const cols: Col[] = [
    { key: "sas", head: ["Sasaran"], role: "sasaran", num: "1", width: 24 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "ur", head: ["Program dan Kegiatan"], num: "3", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "5" },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan"],
      role: "kondisi-awal",
      num: "6",
      fmt: DEC,
    },
    ...years.flatMap((y): Col[] => [
      {
        key: `k${y}`,
        head: [TK, `Tahun ke-${y}`, "Target"],
        role: "target",
        year: 2024 + y,
        num: String(5 + 2 * y),
        fmt: DEC,
      },
      {
        key: `r${y}`,
        head: [TK, `Tahun ke-${y}`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: String(6 + 2 * y),
        fmt: RP,
      },
    ]),
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", num: "17", fmt: DEC },
    { key: "akR", head: [AK, "Rp"], role: "anggaran", num: "18", fmt: RP },
    { key: "pj", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: "19", width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: "20", width: 22 },
  ];
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    groups: "first",
    vmerge: ["sas"],
    rows: rows.map((p) => ({
      id: p.id,
      bold: p.id === "p" || p.id === "g",
      cells: (x) => {
        const out: Record<string, Cell> = {
          sas: "Meningkatnya akses rumah tangga terhadap air minum layak dan aman",
          kode: p.kode,
          ur: p.ur,
          ind: p.ind,
          sat: p.sat,
          awal: p.awal,
          akK: p.level ? p.k[4] : sum(p.k),
          pj: "Bidang Air Minum",
          lok: p.lok,
        };
        years.forEach((y) => (out[`k${y}`] = p.k[y - 1]));
        if (p.id === "s1b") return out;
        years.forEach((y) => {
          if (p.rp) out[`r${y}`] = p.rp[y - 1];
          // planted: the kegiatan's Tahun ke-3 Rp typed 11,267,600 (its sub kegiatan give 11,627,600)
          else if (p.id === "g")
            out[`r${y}`] = y === 3 ? 11_267_600 : fx(`SUM(${x.a(`r${y}`, "s1")}:${x.a(`r${y}`, "s3")})`);
          else out[`r${y}`] = fx(x.a(`r${y}`, "g"));
        });
        out.akR = fx(years.map((y) => x.a(`r${y}`)).join("+"));
        return out;
      },
    })),
  });
  s.gap();
  s.lines([
    "Catatan: kondisi akhir indikator persentase = target tahun ke-5; indikator jumlah = akumulasi 5 tahun.",
  ]);
  s.gap();
  signature(s, 16, {
    tempat: "Kayangan Raya, 24 Februari 2025",
    jabatan: ["KEPALA DINAS PEKERJAAN UMUM DAN PENATAAN RUANG"],
    nama: "LA ODE MUHAMMAD RIDWAN, S.T., M.Eng.",
    nip: "19780419 200312 1 009",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const yr = (id: string) => years.map((y) => a(`r${y}`, id)).join("+");
  const ks = (id: string) => years.map((y) => a(`k${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r3", "g") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Tahun ke-3 Rp of kegiatan 1.03.03.2.01 is a typed 11,267,600 among SUM formulas; its sub kegiatan add up to 11,627,600",
    truth: `SUM(${a("r3", "s1")}:${a("r3", "s3")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s3") },
    rules: ["code-hierarchy"],
    note: "Sub kegiatan SPAM bukan jaringan perpipaan komunal is coded 1.03.02.2.01.0014 under kegiatan 1.03.03.2.01",
    truth: `"1.03.03.2.01"`,
    actual: `PARENT(${a("kode", "s3")})`,
  });
  b.ok({
    sheet: S,
    cell: a("akK", "p"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k5", "p"),
    trap: ks("p"),
  });
  b.ok({
    sheet: S,
    cell: a("akK", "s1b"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k5", "s1b"),
    trap: ks("s1b"),
  });
  b.ok({
    sheet: S,
    cell: a("akK", "g"),
    rules: ["kondisi-akhir-mismatch"],
    truth: ks("g"),
    trap: a("k5", "g"),
  });
  b.ok({ sheet: S, cell: a("akK", "s2"), rules: ["kondisi-akhir-mismatch"], truth: ks("s2") });
  for (const id of ["s1", "s2", "s3"])
    b.ok({ sheet: S, cell: a("akR", id), rules: ["kondisi-akhir-mismatch", "sum-mismatch"], truth: yr(id) });
  for (const y of [1, 2, 5])
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "g"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "s1")}+${a(`r${y}`, "s2")}+${a(`r${y}`, "s3")}`,
    });
  for (const id of ["s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `"1.03.03.2.01"`,
      actual: `PARENT(${a("kode", id)})`,
    });
  return b.finish();
}
