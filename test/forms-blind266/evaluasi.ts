// The Renja evaluation (E.81) of the Dinas Perpustakaan dan Kearsipan Kabupaten Siantan Hulu
// (Kalimantan Barat) and the Renstra funding table (T-C.27) of the Dinas Perpustakaan dan Kearsipan
// Kota Rawa Sekar (Jawa Timur): kunjungan, koleksi, Tingkat Gemar Membaca, IPLM, perpustakaan desa
// terakreditasi, pustaka keliling. Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  predikat,
  round,
  signature,
  sum,
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

/** E.81 of the Dispusip Kabupaten Siantan Hulu, s.d. Triwulan IV 2024, calendar years in the header. */
export function e81Pustaka(): BookW {
  const b = new BookW(
    "e81-renja-2024-dispusip-siantan-hulu.xlsx",
    "E.81 Evaluasi Renja (Dispusip)",
    "E.81 s.d. Triwulan IV 2024, Renstra 2021-2026; calendar years in the header; Kinerja | Keuangan (Rp) pairs under three header rows (Triwulan > I..IV > pair); an extra 'Tingkat Capaian Renja (%)' pair (12/7); TGM and % perpustakaan desa terakreditasi as levels beside flows; Keterangan column; Rata-rata and Predikat rows",
  );
  const S = "Evaluasi Renja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN SIANTAN HULU",
    "DINAS PERPUSTAKAAN DAN KEARSIPAN",
    "Jl. Pangeran Natakusuma No. 7 Nanga Siantan, Kalimantan Barat",
  ]);
  s.lines([
    "Tabel E.81 Evaluasi terhadap Hasil Renja Dinas Perpustakaan dan Kearsipan",
    "Periode Pelaksanaan: s.d. Triwulan IV Tahun 2024 (Renstra 2021-2026)",
  ]);
  s.gap();
  const subs: E[] = [
    {
      id: "s1",
      kode: "2.23.02.2.01.0003",
      ur: "Pengembangan Koleksi Perpustakaan",
      ind: "Jumlah eksemplar koleksi bahan pustaka yang ditambahkan",
      sat: "eksemplar",
      level: false,
      k5: 30000,
      k6: 14250,
      k7: 6000,
      q: [800, 1450, 1900, 2210],
      r5: 5_850_000_000,
      r6: 3_318_400_000,
      r7: 1_210_000_000,
      rq: [148_250_000, 296_700_000, 338_900_000, 401_650_000],
    },
    {
      id: "s2",
      kode: "2.23.02.2.01.0005",
      ur: "Pembinaan Perpustakaan Desa dan Sekolah",
      ind: "Persentase perpustakaan desa terakreditasi",
      sat: "%",
      level: true,
      k5: 40,
      k6: 22.5,
      k7: 27.5,
      q: [22.5, 23.75, 26.25, 28.75],
      r5: 2_400_000_000,
      r6: 1_296_800_000,
      r7: 505_000_000,
      rq: [62_400_000, 118_350_000, 141_200_000, 170_300_000],
    },
  ];
  const add = (k: "r5" | "r6" | "r7") => sum(subs.map((x) => x[k]));
  const rq = [0, 1, 2, 3].map((i) => sum(subs.map((x) => x.rq[i])));
  const keg: E = {
    id: "keg",
    kode: "2.23.02.2.01",
    ur: "Pengelolaan Perpustakaan Tingkat Daerah Kabupaten/Kota",
    ind: "Jumlah kunjungan ke perpustakaan",
    sat: "orang",
    level: false,
    k5: 420000,
    k6: 196400,
    k7: 88000,
    q: [19850, 22410, 24300, 25120],
    r5: add("r5"),
    r6: add("r6"),
    r7: add("r7"),
    rq,
  };
  const prog: E = {
    ...keg,
    id: "prog",
    kode: "2.23.02",
    ur: "PROGRAM PEMBINAAN PERPUSTAKAAN",
    ind: "Tingkat Gemar Membaca (TGM) masyarakat",
    sat: "nilai",
    level: true,
    k5: 68,
    k6: 61.2,
    k7: 63.5,
    q: [61.8, 62.4, 63.1, 64.05],
  };
  const rows = [prog, keg, ...subs];
  const k12 = (e: E) => (e.level ? e.q[3] : sum(e.q));
  const k13 = (e: E) => (e.level ? k12(e) : e.k6 + k12(e));
  const r12 = (e: E) => sum(e.rq);
  const pair = (
    key: string,
    g: string[],
    num: string,
    role: Col["role"],
    rrole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [...g, "Kinerja"], role, year, num, fmt: DEC, width: 10 },
    { key: `r${key}`, head: [...g, "Keuangan (Rp)"], role: rrole, year, num, fmt: RP, width: 16 },
  ];
  const TW = "Realisasi Kinerja dan Anggaran pada Triwulan";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "ur", head: ["Urusan/Bidang Urusan/Program/Kegiatan/Sub Kegiatan"], num: "3", width: 32 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome)/Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    ...pair("5", ["Target Renstra PD Tahun 2026"], "5", "target", "anggaran"),
    ...pair(
      "6",
      ["Realisasi Capaian Renstra PD s.d. Tahun 2023"],
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair("7", ["Target Renja Tahun 2024"], "7", "target", "anggaran", 2024),
    ...pair("8", [TW, "I"], "8", "realisasi", "realisasi-anggaran", 2024),
    ...pair("9", [TW, "II"], "9", "realisasi", "realisasi-anggaran", 2024),
    ...pair("10", [TW, "III"], "10", "realisasi", "realisasi-anggaran", 2024),
    ...pair("11", [TW, "IV"], "11", "realisasi", "realisasi-anggaran", 2024),
    ...pair(
      "12",
      ["Realisasi Capaian Kinerja dan Anggaran Renja 2024"],
      "12 = 8+9+10+11",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair("12a", ["Tingkat Capaian Renja 2024 (%)"], "12a = 12/7 x 100", "capaian", "capaian", 2024),
    ...pair(
      "13",
      ["Realisasi Kinerja dan Anggaran Renstra s.d. Tahun 2024"],
      "13 = 6+12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "14",
      ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. Tahun 2024 (%)"],
      "14 = 13/5 x 100",
      "capaian",
      "capaian",
    ),
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 16 },
    { key: "ket", head: ["Keterangan"], role: "keterangan", num: "16", width: 14 },
  ];
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
      k12: k12(e),
      r12: r12(e),
      k12a: round((k12(e) / e.k7) * 100),
      r12a: round((r12(e) / e.r7) * 100),
      // planted: the eksemplar row's (13) K typed 20,160 (14,250 + 6,360 = 20,610)
      k13: e.id === "s1" ? 20160 : k13(e),
      r13: e.r6 + r12(e),
      k14: round((k13(e) / e.k5) * 100),
      // planted: the program's (14) Rp is 12/5 (the year alone), not 13/5
      r14: e.id === "prog" ? round((r12(e) / e.r5) * 100) : round(((e.r6 + r12(e)) / e.r5) * 100),
      pj: "Bidang Layanan Perpustakaan",
      ket: e.level ? "nilai akhir" : "",
    },
  }));
  const k14s = rows.map((e) => round((k13(e) / e.k5) * 100));
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: [
      ...body,
      {
        id: "avg",
        span: ["no", "sat"],
        cells: (x) => ({
          no: "Rata-rata Capaian Kinerja dan Realisasi Anggaran (%)",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "prog")}:${x.a("k14", "s2")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "prog")}:${x.a("r14", "s2")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["no", "sat"],
        cells: { no: "Predikat Kinerja", k14: predikat(round(sum(k14s) / 4)), r14: "Rendah" },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: dukungan DAK Non Fisik Perpustakaan dan relawan literasi desa.",
    "Faktor penghambat: jarak tempuh ke desa di hulu sungai; pengadaan buku baru terlambat di Triwulan I.",
    "Tindak lanjut: menambah jadwal pustaka keliling air (speedboat) pada 2025.",
  ]);
  s.gap();
  signature(s, 24, {
    tempat: "Nanga Siantan, 14 Januari 2025",
    jabatan: ["KEPALA DINAS PERPUSTAKAAN DAN KEARSIPAN"],
    nama: "Drs. HERMANUS APAI LUNGKANG, M.Si.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19710923 199803 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) => ["8", "9", "10", "11"].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("k13", "s1") },
    rules: ["sum-mismatch"],
    note: "Column 13 K of sub kegiatan 2.23.02.2.01.0003 is 20,160 eksemplar; 6 + 12 = 14,250 + 6,360 = 20,610 (digits swapped)",
    truth: `${a("k6", "s1")}+${a("k12", "s1")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("r14", "prog") },
    rules: ["capaian-mismatch"],
    note: "Column 14 Rp of the program holds 12/5 x 100 = 20.34 (the 2024 spending alone); 13/5 x 100 = 6,292,950,000 / 8,250,000,000 = 76.28",
    truth: `ROUND(${a("r13", "prog")}/${a("r5", "prog")}*100,2)`,
  });
  // levels: (12) K is the Triwulan IV level, (13) K the latest level
  for (const id of ["prog", "s2"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: a("k11", id), trap: q("k", id) });
    b.ok({
      sheet: S,
      cell: a("k13", id),
      rules: ["sum-mismatch"],
      truth: a("k12", id),
      trap: `${a("k6", id)}+${a("k12", id)}`,
    });
  }
  b.ok({ sheet: S, cell: a("k12", "keg"), rules: ["sum-mismatch"], truth: q("k", "keg") });
  b.ok({ sheet: S, cell: a("k12", "s1"), rules: ["sum-mismatch"], truth: q("k", "s1") });
  b.ok({
    sheet: S,
    cell: a("k13", "keg"),
    rules: ["sum-mismatch"],
    truth: `${a("k6", "keg")}+${a("k12", "keg")}`,
  });
  for (const id of ["prog", "keg", "s1", "s2"]) {
    b.ok({ sheet: S, cell: a("r12", id), rules: ["sum-mismatch"], truth: q("r", id) });
    b.ok({
      sheet: S,
      cell: a("k12a", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k12", id)}/${a("k7", id)}*100,2)`,
    });
  }
  for (const id of ["prog", "keg", "s2"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  for (const id of ["keg", "s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("r14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r13", id)}/${a("r5", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("r5", "keg"),
    rules: ["sum-mismatch"],
    truth: `${a("r5", "s1")}+${a("r5", "s2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("k14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("k14", "avg")})`,
  });
  return b.finish();
}

type P = {
  id: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  level: boolean;
  awal: number;
  k: number[];
  rp?: number[];
  subs?: [string, string];
};

/** T-C.27 of the Dispusip Kota Rawa Sekar, Renstra 2025-2029, Rp in thousands, years in the header. */
export function tc27Pustaka(): BookW {
  const b = new BookW(
    "tc27-renstra-2025-2029-dispusip-rawa-sekar.xlsx",
    "T-C.27 Rencana program dan pendanaan (Dispusip)",
    "T-C.27 Renstra 2025-2029 '(Rp 000)'; Tujuan and Sasaran merged down the left; calendar years over Target | Rp; program Rp = sum of its two kegiatan, kegiatan Rp = SUM of its sub kegiatan; kondisi akhir Rp as SUM over the Rp columns of the row; Lokasi column",
  );
  const S = "Tabel 6.1";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA RAWA SEKAR", "DINAS PERPUSTAKAAN DAN KEARSIPAN"]);
  s.lines([
    "Tabel 6.1 Rencana Program, Kegiatan, Sub Kegiatan, dan Pendanaan Indikatif",
    "Renstra Dinas Perpustakaan dan Kearsipan Kota Rawa Sekar 2025-2029",
    "(Rp 000)",
  ]);
  s.gap();
  const rows: P[] = [
    {
      id: "p",
      kode: "2.23.02",
      ur: "PROGRAM PEMBINAAN PERPUSTAKAAN",
      ind: "Nilai Indeks Pembangunan Literasi Masyarakat (IPLM)",
      sat: "nilai",
      level: true,
      awal: 62.4,
      k: [65, 68.5, 72, 76, 80],
    },
    {
      id: "g1",
      kode: "2.23.02.2.01",
      ur: "Pengelolaan Perpustakaan Tingkat Daerah Kota",
      ind: "Jumlah kunjungan perpustakaan",
      sat: "orang",
      level: false,
      awal: 148000,
      k: [155000, 162000, 170000, 178000, 186000],
      subs: ["s1", "s2"],
    },
    {
      id: "s1",
      kode: "2.23.02.2.01.0002",
      ur: "Pengelolaan Layanan Pustaka Keliling per Kecamatan",
      ind: "Persentase kecamatan terlayani pustaka keliling",
      sat: "%",
      level: true,
      awal: 50,
      k: [57.14, 71.43, 85.71, 100, 100],
      rp: [642_300, 688_900, 721_450, 760_000, 798_600],
    },
    {
      id: "s2",
      kode: "2.23.02.2.01.0004",
      ur: "Pengembangan Koleksi Perpustakaan",
      ind: "Jumlah eksemplar koleksi bahan pustaka yang ditambah",
      sat: "eksemplar",
      level: false,
      awal: 4100,
      k: [4500, 4800, 5000, 5200, 5500],
      rp: [915_000, 960_750, 1_008_800, 1_059_200, 1_112_200],
    },
    {
      id: "g2",
      kode: "2.23.02.2.02",
      ur: "Pembudayaan Gemar Membaca Tingkat Daerah Kota",
      ind: "Tingkat Gemar Membaca (TGM)",
      sat: "nilai",
      level: true,
      awal: 62.9,
      k: [64.2, 66, 67.8, 69.5, 71.2],
      subs: ["s3", "s4"],
    },
    {
      id: "s3",
      kode: "2.23.02.2.02.0001",
      ur: "Penyelenggaraan Gerakan Gemar Membaca",
      ind: "Jumlah kegiatan gerakan gemar membaca",
      sat: "kegiatan",
      level: false,
      awal: 10,
      k: [12, 12, 14, 14, 16],
      rp: [214_500, 225_200, 236_500, 248_300, 260_700],
    },
    {
      id: "s4",
      kode: "2.23.03.2.01.0002",
      ur: "Pendampingan Akreditasi Perpustakaan Kelurahan",
      ind: "Jumlah perpustakaan kelurahan yang didampingi menuju akreditasi",
      sat: "perpustakaan",
      level: false,
      awal: 2,
      k: [3, 4, 4, 5, 5],
      rp: [178_000, 186_900, 196_200, 206_000, 216_300],
    },
  ];
  const years = [2025, 2026, 2027, 2028, 2029];
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra";
  const cols: Col[] = [
    { key: "tuj", head: ["Tujuan"], role: "tujuan", num: 1, width: 18 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", num: 2, width: 18 },
    { key: "kode", head: ["Kode"], role: "kode", num: 3, width: 18 },
    { key: "ur", head: ["Program dan Kegiatan"], num: 4, width: 30 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      num: 5,
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 6 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: 7,
      fmt: DEC,
    },
    ...years.flatMap((y, i): Col[] => [
      { key: `k${y}`, head: [G, String(y), "Target"], role: "target", year: y, num: 8 + 2 * i, fmt: DEC },
      { key: `r${y}`, head: [G, String(y), "Rp"], role: "anggaran", year: y, num: 9 + 2 * i, fmt: RP },
    ]),
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", num: 18, fmt: DEC },
    { key: "akR", head: [AK, "Rp"], role: "anggaran", num: 19, fmt: RP },
    { key: "pj", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: 20, width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: 21, width: 14 },
  ];
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    vmerge: ["tuj", "sas"],
    rows: rows.map((p) => ({
      id: p.id,
      bold: !p.rp,
      cells: (x) => {
        const out: Record<string, ReturnType<typeof fx> | number | string> = {
          tuj: "Meningkatnya literasi masyarakat",
          sas: "Meningkatnya minat dan budaya baca",
          kode: p.kode,
          ur: p.ur,
          ind: p.ind,
          sat: p.sat,
          awal: p.awal,
          // planted: the IPLM kondisi akhir 78 is neither the 2029 target (80) nor a sum
          akK: p.id === "p" ? 78 : p.level ? p.k[4] : sum(p.k),
          pj: "Bidang Pengembangan Perpustakaan",
          lok: "Kota Rawa Sekar",
        };
        years.forEach((y, i) => {
          if (p.rp) out[`r${y}`] = p.rp[i];
          else if (p.subs) {
            // planted: kegiatan g1's 2027 Rp typed 1,703,250 in a row of SUM formulas
            out[`r${y}`] =
              p.id === "g1" && y === 2027
                ? 1_703_250
                : fx(`SUM(${x.a(`r${y}`, p.subs[0])}:${x.a(`r${y}`, p.subs[1])})`);
          } else out[`r${y}`] = fx(`${x.a(`r${y}`, "g1")}+${x.a(`r${y}`, "g2")}`);
          out[`k${y}`] = p.k[i];
        });
        out.akR = fx(`SUM(${years.map((y) => x.a(`r${y}`)).join(",")})`);
        return out;
      },
    })),
  });
  s.gap();
  s.lines([
    "Keterangan: kondisi akhir indikator nilai/persentase = target tahun 2029; indikator jumlah = akumulasi 5 tahun.",
  ]);
  s.gap();
  signature(s, 16, {
    tempat: "Rawa Sekar, 24 Februari 2025",
    jabatan: ["KEPALA DINAS PERPUSTAKAAN DAN KEARSIPAN", "KOTA RAWA SEKAR"],
    nama: "Dra. SITI MUNAWAROH HANDAYANI, M.M.",
    nip: "19700418 199403 2 009",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const ks = (id: string) => years.map((y) => a(`k${y}`, id)).join("+");
  const rs = (id: string) => years.map((y) => a(`r${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("akK", "p") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir K of the IPLM (a nilai, level) is 78; the 2029 target is 80",
    truth: a("k2029", "p"),
  });
  b.plant({
    at: { sheet: S, cell: a("r2027", "g1") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Kegiatan 2.23.02.2.01's 2027 Rp is a typed 1,703,250 among SUM formulas; its sub kegiatan add up to 1,730,250",
    truth: `${a("r2027", "s1")}+${a("r2027", "s2")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s4") },
    rules: ["code-hierarchy"],
    note: "Sub kegiatan Pendampingan Akreditasi Perpustakaan Kelurahan is coded 2.23.03.2.01.0002 under kegiatan 2.23.02.2.02",
    truth: `"2.23.02.2.02"`,
    actual: `PARENT(${a("kode", "s4")})`,
  });
  for (const id of ["g2", "s1"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k2029", id),
      trap: ks(id),
    });
  for (const id of ["g1", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: ks(id),
      trap: a("k2029", id),
    });
  for (const id of ["s1", "s2", "s3", "s4", "g2"])
    b.ok({ sheet: S, cell: a("akR", id), rules: ["kondisi-akhir-mismatch", "sum-mismatch"], truth: rs(id) });
  for (const y of [2025, 2026, 2028, 2029])
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "g1"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "s1")}+${a(`r${y}`, "s2")}`,
    });
  for (const y of years)
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "g2"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "s3")}+${a(`r${y}`, "s4")}`,
    });
  for (const id of ["s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `"2.23.02.2.01"`,
      actual: `PARENT(${a("kode", id)})`,
    });
  b.ok({
    sheet: S,
    cell: a("kode", "s3"),
    rules: ["code-hierarchy"],
    truth: `"2.23.02.2.02"`,
    actual: `PARENT(${a("kode", "s3")})`,
  });
  return b.finish();
}
