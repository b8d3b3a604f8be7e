// The Dinas PUPR's plan tables: an E.81 evaluation of the Renja 2024 of a kabupaten in Jambi (bina marga:
// rekonstruksi, pemeliharaan berkala, jembatan; "(dalam ribuan rupiah)"; the kondisi mantap rate is a level, the
// kilometres are flows) and a T-C.27 of a Renstra 2025-2029 in Nusa Tenggara Timur with ordinal years (jalan and
// drainase). Every name and number is invented.
import { BookW, DEC, RP, fx, letterhead, signature, type Col, type Ctx, type Row } from "../forms/kit";

const K = "K";
const RPH = "Rp";

type Pair = {
  key: string;
  head: string;
  num: string;
  kRole?: Col["role"];
  rpRole?: Col["role"];
  year?: number;
};

function pairCols(ps: Pair[]): Col[] {
  return ps.flatMap((p) => [
    { key: `k${p.key}`, head: [p.head, K], role: p.kRole, year: p.year, num: p.num, fmt: DEC, width: 9 },
    {
      key: `rp${p.key}`,
      head: [p.head, RPH],
      role: p.rpRole,
      year: p.year,
      num: p.num,
      fmt: p.rpRole === "capaian" ? DEC : RP,
      width: 15,
    },
  ]);
}

type Sub = {
  id: string;
  kode: string;
  nama: string;
  ind: string;
  sat: string;
  k5: number;
  rp5: number;
  k6: number;
  rp6: number;
  k7: number;
  rp7: number;
  tk: number[];
  trp: number[];
};

export function e81PuprJambi(): BookW {
  const b = new BookW(
    "evaluasi-renja-e81-bina-marga-muaro-sekalo-2024.xlsx",
    "E.81 Evaluasi hasil Renja PD",
    "E.81 evaluasi terhadap hasil Renja 2024 of the Dinas PUPR of a kabupaten in Jambi, Renstra 2021-2026, (dalam ribuan rupiah): No | Kode | Urusan/Bidang/Program/Kegiatan/Sub Kegiatan | Indikator | Satuan | K | Rp pairs (5) .. (14) with the number row merged over the pairs; the kondisi mantap rate is a level, the km and unit rows flows",
  );
  const S = "E.81 Renja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN MUARO SEKALO",
    "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG",
    "Jl. Lintas Sumatera Km. 7 Pasar Sekalo, Provinsi Jambi",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN MUARO SEKALO",
    "Renja Dinas PUPR Tahun 2024 (Periode Renstra 2021-2026)",
    "Indikator dan target kinerja Perangkat Daerah yang mengacu pada sasaran RKPD: meningkatnya kemantapan jalan kabupaten",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const subs: Sub[] = [
    {
      id: "sa",
      kode: "1.03.10.2.01.0017",
      nama: "Rekonstruksi Jalan",
      ind: "Panjang jalan yang direkonstruksi",
      sat: "km",
      k5: 42,
      rp5: 96_000_000,
      k6: 24.6,
      rp6: 55_420_000,
      k7: 8.5,
      rp7: 19_750_000,
      tk: [0, 2.1, 3.4, 3],
      trp: [1_975_000, 5_430_500, 7_112_250, 4_816_900],
    },
    {
      id: "sb",
      kode: "1.03.10.2.01.0020",
      nama: "Pemeliharaan Berkala Jalan",
      ind: "Panjang jalan yang dipelihara secara berkala",
      sat: "km",
      k5: 120,
      rp5: 48_000_000,
      k6: 71.3,
      rp6: 27_615_400,
      k7: 26,
      rp7: 10_400_000,
      tk: [4.2, 7.5, 8.1, 5.9],
      trp: [1_040_000, 2_955_300, 3_402_750, 2_667_380],
    },
    {
      id: "sc",
      kode: "1.03.10.2.01.0033",
      nama: "Pembangunan Jembatan",
      ind: "Jumlah jembatan yang dibangun",
      sat: "unit",
      k5: 9,
      rp5: 31_500_000,
      k6: 4,
      rp6: 13_870_000,
      k7: 2,
      rp7: 7_200_000,
      tk: [0, 0, 1, 1],
      trp: [720_000, 1_850_000, 2_934_600, 1_507_400],
    },
  ];
  const TW = ["8", "9", "10", "11"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 19 },
    { key: "ur", head: ["Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan"], num: "3", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    ...pairCols([
      {
        key: "5",
        head: "Target Renstra PD pada Tahun 2026 (akhir periode Renstra)",
        num: "5",
        kRole: "target",
        rpRole: "anggaran",
        year: 2026,
      },
      {
        key: "6",
        head: "Realisasi Capaian Kinerja Renstra PD s.d. Renja Tahun 2023",
        num: "6",
        kRole: "realisasi",
        rpRole: "realisasi-anggaran",
        year: 2023,
      },
      {
        key: "7",
        head: "Target Kinerja dan Anggaran Renja PD Tahun 2024",
        num: "7",
        kRole: "target",
        rpRole: "anggaran",
        year: 2024,
      },
      ...["I", "II", "III", "IV"].map((q, i) => ({
        key: TW[i],
        head: `Realisasi Triwulan ${q}`,
        num: TW[i],
      })),
      {
        key: "12",
        head: "Realisasi Capaian Kinerja dan Anggaran Renja Tahun 2024",
        num: "12 = 8+9+10+11",
        kRole: "realisasi",
        rpRole: "realisasi-anggaran",
        year: 2024,
      },
      { key: "13", head: "Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun 2024", num: "13 = 6 + 12" },
      {
        key: "14",
        head: "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun 2024 (%)",
        num: "14 = 13/5 x 100",
        kRole: "capaian",
        rpRole: "capaian",
      },
    ]),
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 14 },
  ];
  const q4 = (m: string, x: Ctx) => TW.map((t) => x.a(`${m}${t}`)).join("+");
  const cap = (m: string, x: Ctx) => fx(`ROUND(${x.a(`${m}13`)}/${x.a(`${m}5`)}*100,2)`);
  const subRow = (u: Sub, i: number): Row => ({
    id: u.id,
    cells: (x) => ({
      no: `1.${i + 1}`,
      kode: u.kode,
      ur: u.nama,
      ind: u.ind,
      sat: u.sat,
      k5: u.k5,
      rp5: u.rp5,
      k6: u.k6,
      rp6: u.rp6,
      k7: u.k7,
      rp7: u.rp7,
      ...Object.fromEntries(
        TW.flatMap((t, j) => [
          [`k${t}`, u.tk[j]],
          [`rp${t}`, u.trp[j]],
        ]),
      ),
      k12: fx(q4("k", x)),
      // planted: Pemeliharaan Berkala adds Triwulan I-III only
      rp12: fx(
        u.id === "sb"
          ? TW.slice(0, 3)
              .map((t) => x.a(`rp${t}`))
              .join("+")
          : q4("rp", x),
      ),
      k13: fx(`${x.a("k6")}+${x.a("k12")}`),
      rp13: fx(`${x.a("rp6")}+${x.a("rp12")}`),
      // planted: a typed capaian (digits swapped) for Rekonstruksi Jalan
      k14: u.id === "sa" ? 87.81 : cap("k", x),
      rp14: cap("rp", x),
      pj: "Bidang Bina Marga",
    }),
  });
  const addSubs = (k: string, x: Ctx) => subs.map((u) => x.a(k, u.id)).join("+");
  const keg: Row = {
    id: "keg",
    bold: true,
    cells: (x) => ({
      no: "1",
      kode: "1.03.10.2.01",
      ur: "Penyelenggaraan Jalan Kabupaten/Kota",
      ind: "Panjang jalan kabupaten yang ditangani (rekonstruksi dan pemeliharaan berkala)",
      sat: "km",
      k5: 162,
      k6: 95.9,
      k7: 34.5,
      k8: 4.2,
      k9: 9.6,
      k10: 11.5,
      k11: 8.9,
      ...Object.fromEntries(["5", "6", "7", ...TW].map((t) => [`rp${t}`, fx(addSubs(`rp${t}`, x))])),
      k12: fx(q4("k", x)),
      rp12: fx(q4("rp", x)),
      k13: fx(`${x.a("k6")}+${x.a("k12")}`),
      rp13: fx(`${x.a("rp6")}+${x.a("rp12")}`),
      k14: cap("k", x),
      rp14: cap("rp", x),
      pj: "Bidang Bina Marga",
    }),
  };
  const prog: Row = {
    id: "prog",
    bold: true,
    cells: (x) => ({
      kode: "1.03.10",
      ur: "PROGRAM PENYELENGGARAAN JALAN",
      ind: "Persentase panjang jalan kabupaten dalam kondisi mantap",
      sat: "%",
      k5: 75,
      k6: 66.42,
      k7: 70,
      k8: 66.8,
      k9: 67.95,
      k10: 69.4,
      k11: 71.26,
      ...Object.fromEntries(
        ["5", "6", "7", ...TW, "12", "13"].map((t) => [`rp${t}`, fx(x.a(`rp${t}`, "keg"))]),
      ),
      // the rate is a level: the year takes Triwulan IV, s.d. 2024 the latest level
      k12: fx(x.a("k11")),
      k13: fx(x.a("k12")),
      k14: cap("k", x),
      rp14: cap("rp", x),
      pj: "Dinas PUPR",
    }),
  };
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: [
      { cells: { kode: "1", ur: "URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR" } },
      { cells: { kode: "1.03", ur: "URUSAN PEMERINTAHAN BIDANG PEKERJAAN UMUM DAN PENATAAN RUANG" } },
      prog,
      keg,
      ...subs.map(subRow),
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: cuaca kemarau pada Triwulan III mempercepat pekerjaan perkerasan.",
    "Faktor penghambat: keterlambatan pengiriman aspal curah ke ruas Sekalo - Tanjung Lebar.",
    "Tindak lanjut: kontrak payung material aspal pada Renja 2025.",
  ]);
  s.gap();
  signature(s, 20, {
    tempat: "Pasar Sekalo, 20 Januari 2025",
    jabatan: ["KEPALA DINAS PEKERJAAN UMUM DAN PENATAAN RUANG", "KABUPATEN MUARO SEKALO,"],
    nama: "Ir. M. FADHLI RAMADHAN, M.T.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19720914 199803 1 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const q4a = (m: string, id: string) => TW.map((q) => a(`${m}${q}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("rp12", "sb") },
    rules: ["sum-mismatch"],
    note: "Realisasi Rp 2024 (12) of Pemeliharaan Berkala Jalan adds Triwulan I-III only (7,398,050); with Triwulan IV's 2,667,380 it is 10,065,430",
    truth: q4a("rp", "sb"),
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "sa") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "Tingkat capaian K (14) of Rekonstruksi Jalan is a typed 87.81 among ROUND(13/5*100) formulas; 33.10 km / 42 km gives 78.81",
    truth: `ROUND(${a("k13", "sa")}/${a("k5", "sa")}*100,2)`,
  });
  for (const id of ["sa", "sc", "keg"]) {
    b.ok({ sheet: S, cell: a("rp12", id), rules: ["sum-mismatch"], truth: q4a("rp", id) });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const id of ["sa", "sb", "sc", "keg"])
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: q4a("k", id) });
  for (const id of ["sb", "sc", "keg"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  for (const k of ["rp5", "rp6", "rp7"])
    b.ok({
      sheet: S,
      cell: a(k, "keg"),
      rules: ["sum-mismatch"],
      truth: subs.map((u) => a(k, u.id)).join("+"),
    });
  // traps: the kondisi mantap rate is a level
  b.ok({
    sheet: S,
    cell: a("k12", "prog"),
    rules: ["sum-mismatch"],
    truth: a("k11", "prog"),
    trap: q4a("k", "prog"),
  });
  b.ok({
    sheet: S,
    cell: a("k13", "prog"),
    rules: ["sum-mismatch"],
    truth: a("k11", "prog"),
    trap: `${a("k6", "prog")}+${a("k12", "prog")}`,
  });
  b.ok({
    sheet: S,
    cell: a("k14", "prog"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a("k11", "prog")}/${a("k5", "prog")}*100,2)`,
  });
  return b.finish();
}

type Line = {
  id: string;
  kode: string;
  nama: string;
  ind: string;
  sat: string;
  awal: number;
  k: number[];
  rp?: number[];
  level?: boolean;
};

export function tc27PuprNtt(): BookW {
  const b = new BookW(
    "renstra-tc27-pupr-manggarai-selatan-raya-2025-2029.xlsx",
    "T-C.27 Rencana program, kegiatan dan pendanaan indikatif",
    "T-C.27 of the Renstra Dinas PUPR 2025-2029 of a kabupaten in Nusa Tenggara Timur: Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | Data Capaian Awal (2024) | Tahun ke-1 .. ke-5 (Target | Rp) | Kondisi Kinerja pada Akhir Periode Renstra (Target | Rp) | Unit Kerja; ordinal years resolved from the title; jalan and drainase programs",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN MANGGARAI SELATAN RAYA", "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG"]);
  s.lines([
    "Tabel T-C.27",
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif Dinas PUPR",
    "Kabupaten Manggarai Selatan Raya Tahun 2025-2029",
  ]);
  s.gap();
  const YRS = [2025, 2026, 2027, 2028, 2029];
  const ORD = ["Tahun ke-1", "Tahun ke-2", "Tahun ke-3", "Tahun ke-4", "Tahun ke-5"];
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "1", width: 19 },
    { key: "ur", head: ["Program, Kegiatan dan Sub Kegiatan"], num: "2", width: 32 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome), Kegiatan dan Sub Kegiatan (output)"],
      role: "indikator",
      num: "3",
      width: 32,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4", width: 8 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan"],
      role: "kondisi-awal",
      year: 2024,
      num: "5",
      fmt: DEC,
      width: 11,
    },
    ...YRS.flatMap((y, i): Col[] => [
      {
        key: `k${i + 1}`,
        head: [G, ORD[i], "Target"],
        role: "target",
        year: y,
        num: `${6 + 2 * i}`,
        fmt: DEC,
        width: 9,
      },
      {
        key: `rp${i + 1}`,
        head: [G, ORD[i], "Rp"],
        role: "anggaran",
        year: y,
        num: `${7 + 2 * i}`,
        fmt: RP,
        width: 15,
      },
    ]),
    {
      key: "ka",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra PD", "Target"],
      role: "kondisi-akhir",
      num: "16",
      fmt: DEC,
      width: 10,
    },
    {
      key: "kr",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra PD", "Rp"],
      role: "kondisi-akhir",
      num: "17 = 7+9+11+13+15",
      fmt: RP,
      width: 16,
    },
    { key: "unit", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: "18", width: 14 },
  ];
  const subs: Line[] = [
    {
      id: "j1",
      kode: "1.03.10.2.01.0017",
      nama: "Rekonstruksi Jalan",
      ind: "Panjang jalan yang direkonstruksi",
      sat: "km",
      awal: 6.4,
      k: [7, 7.5, 8, 8, 8.5],
      rp: [16_450_000_000, 17_625_000_000, 18_800_000_000, 18_800_000_000, 19_975_000_000],
    },
    {
      id: "j2",
      kode: "1.03.10.2.01.0020",
      nama: "Pemeliharaan Berkala Jalan",
      ind: "Panjang jalan yang dipelihara secara berkala",
      sat: "km",
      awal: 31.2,
      k: [32, 34, 35, 36, 38],
      rp: [6_720_000_000, 7_140_000_000, 7_350_000_000, 7_560_000_000, 7_980_000_000],
    },
    {
      id: "d1",
      kode: "1.03.10.2.01.0003",
      nama: "Pembangunan Saluran Drainase Perkotaan",
      ind: "Panjang saluran drainase perkotaan yang dibangun",
      sat: "m",
      awal: 1_850,
      k: [2_000, 2_100, 2_200, 2_300, 2_400],
      rp: [3_600_000_000, 3_780_000_000, 3_960_000_000, 4_140_000_000, 4_320_000_000],
    },
  ];
  const sumYears = (x: Ctx, n = 5) => Array.from({ length: n }, (_, i) => x.a(`rp${i + 1}`)).join("+");
  const lineRow = (l: Line, parts?: string[]): Row => ({
    id: l.id,
    bold: !!parts,
    cells: (x) => ({
      kode: l.kode,
      ur: l.nama,
      ind: l.ind,
      sat: l.sat,
      awal: l.awal,
      ...Object.fromEntries(l.k.map((v, i) => [`k${i + 1}`, v])),
      ...Object.fromEntries(
        YRS.map((_, i) => [
          `rp${i + 1}`,
          parts ? fx(parts.map((p) => x.a(`rp${i + 1}`, p)).join("+")) : l.rp![i],
        ]),
      ),
      // levels keep the last year's target, flows add the five years
      ka: l.level ? fx(x.a("k5")) : fx(`SUM(${x.a("k1")}:${x.a("k5")})`),
      // planted: Pemeliharaan Berkala's kondisi akhir Rp leaves out Tahun ke-5
      kr: fx(l.id === "j2" ? sumYears(x, 4) : sumYears(x)),
      unit: l.kode.startsWith("1.03.03") || l.id === "d1" ? "Bidang Sumber Daya Air" : "Bidang Bina Marga",
    }),
  });
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    rows: [
      lineRow(
        {
          id: "pj",
          kode: "1.03.10",
          nama: "PROGRAM PENYELENGGARAAN JALAN",
          ind: "Persentase jalan kabupaten dalam kondisi mantap",
          sat: "%",
          awal: 58.37,
          k: [61, 64, 67.5, 70, 72.5],
          level: true,
        },
        ["kj"],
      ),
      lineRow(
        {
          id: "kj",
          kode: "1.03.10.2.01",
          nama: "Penyelenggaraan Jalan Kabupaten/Kota",
          ind: "Panjang jalan kabupaten yang ditangani",
          sat: "km",
          awal: 37.6,
          k: [39, 41.5, 43, 44, 46.5],
        },
        ["j1", "j2"],
      ),
      lineRow(subs[0]),
      lineRow(subs[1]),
      lineRow(
        {
          id: "pd",
          kode: "1.03.03",
          nama: "PROGRAM PENGELOLAAN DAN PENGEMBANGAN SISTEM DRAINASE",
          ind: "Persentase kawasan permukiman perkotaan yang terlayani sistem drainase",
          sat: "%",
          awal: 41.2,
          k: [44, 47, 50, 53, 56],
          level: true,
        },
        ["kd"],
      ),
      lineRow(
        {
          id: "kd",
          kode: "1.03.03.2.01",
          nama: "Pengelolaan dan Pengembangan Sistem Drainase yang Terhubung Langsung dengan Sungai dalam Daerah Kabupaten/Kota",
          ind: "Panjang saluran drainase yang dibangun",
          sat: "m",
          awal: 1_850,
          k: [2_000, 2_100, 2_200, 2_300, 2_400],
        },
        ["d1"],
      ),
      // planted: the drainase sub kegiatan carries a code of the jalan kegiatan
      lineRow(subs[2]),
    ],
  });
  s.gap();
  s.lines(["Catatan: pagu indikatif dalam rupiah penuh; target tahun ke-1 s.d. ke-5 = 2025 s.d. 2029."]);
  s.gap();
  signature(s, 12, {
    tempat: "Lembor Selatan, 3 Maret 2025",
    jabatan: ["KEPALA DINAS PUPR", "KABUPATEN MANGGARAI SELATAN RAYA,"],
    nama: "YOHANES B. NDAHUR, S.T., M.Eng.",
    nip: "19750612 200312 1 008",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const yrs = (id: string, n = 5) => Array.from({ length: n }, (_, i) => a(`rp${i + 1}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("kr", "j2") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir Rp of Pemeliharaan Berkala Jalan adds Tahun ke-1 .. ke-4 only (28,770,000,000); with ke-5's 7,980,000,000 it is 36,750,000,000",
    truth: yrs("j2"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "d1") },
    rules: ["code-hierarchy"],
    note: "sub kegiatan Pembangunan Saluran Drainase Perkotaan is coded 1.03.10.2.01.0003 (a jalan code) under kegiatan 1.03.03.2.01",
    actual: `PARENT(${a("kode", "d1")})`,
    truth: a("kode", "kd"),
  });
  for (const id of ["pj", "kj", "j1", "pd", "kd", "d1"])
    b.ok({ sheet: S, cell: a("kr", id), rules: ["kondisi-akhir-mismatch"], truth: yrs(id) });
  for (const id of ["kj", "j1", "j2", "kd", "d1"])
    b.ok({
      sheet: S,
      cell: a("ka", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: `SUM(${a("k1", id)}:${a("k5", id)})`,
    });
  // traps: the rates keep the Tahun ke-5 target
  for (const id of ["pj", "pd"])
    b.ok({
      sheet: S,
      cell: a("ka", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k5", id),
      trap: `SUM(${a("k1", id)}:${a("k5", id)})`,
    });
  for (let i = 1; i <= 5; i++) {
    b.ok({
      sheet: S,
      cell: a(`rp${i}`, "kj"),
      rules: ["sum-mismatch"],
      truth: `${a(`rp${i}`, "j1")}+${a(`rp${i}`, "j2")}`,
    });
  }
  for (const id of ["j1", "j2"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      actual: `PARENT(${a("kode", id)})`,
      truth: a("kode", "kj"),
    });
  b.ok({
    sheet: S,
    cell: a("kode", "kj"),
    rules: ["code-hierarchy"],
    actual: `PARENT(${a("kode", "kj")})`,
    truth: a("kode", "pj"),
  });
  b.ok({ sheet: S, cell: a("k3", "pj"), rules: ["target-trend", "target-outlier"], truth: "67.5" });
  return b.finish();
}
