// The Renja evaluation (E.81) of the Dinas Koperasi dan UKM Kabupaten Lembah Sirandah (Sumatera
// Barat) and the Renstra funding table (T-C.27) of the Dinas Koperasi, UKM dan Perdagangan Kota
// Banua Tangkal (Kalimantan Selatan): koperasi aktif and sehat, RAT, UMKM naik kelas. All invented.
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
  nm: string;
  ind: string;
  sat: string;
  level: boolean;
  k5: number;
  r5: number;
  k6: number;
  r6: number;
  k7: number;
  r7: number;
  q: number[];
  rq: number[];
};

/** A predikat one band away (always a different word). */
const otherBand = (p: string): string => (p === "Sangat Tinggi" ? "Tinggi" : "Sangat Tinggi");

/** E.81 s.d. Triwulan IV 2025, Dinas Koperasi dan UKM Kabupaten Lembah Sirandah. */
export function e81Koperasi(): BookW {
  const b = new BookW(
    "e81-renja-2025-dinas-koperasi-ukm-lembah-sirandah.xlsx",
    "E.81 Evaluasi Renja (Dinas Koperasi dan UKM)",
    "E.81 s.d. Triwulan IV 2025, Renstra 2021-2026; three header rows (Realisasi Kinerja pada Triwulan > I..IV > K | Rp), explicit years in the headers; Keterangan instead of the Unit PD column; a level row (% koperasi aktif) among flows; Rata-rata and Predikat footer rows",
  );
  const S = "Evaluasi Renja 2025";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN LEMBAH SIRANDAH",
    "DINAS KOPERASI DAN USAHA KECIL MENENGAH",
    "Jl. Bagindo Aziz Chan No. 17, Nagari Koto Sirandah",
  ]);
  s.lines([
    "Tabel E.81 Evaluasi terhadap Hasil Renja Dinas Koperasi dan UKM Kabupaten Lembah Sirandah",
    "Periode Pelaksanaan: s.d. Triwulan IV Tahun Anggaran 2025 (Renstra 2021-2026)",
  ]);
  s.gap();
  const subs: E[] = [
    {
      id: "s1",
      kode: "2.17.03.2.01.0002",
      nm: "Pemeriksaan dan Pengawasan Koperasi yang Wilayah Keanggotaannya dalam Daerah Kabupaten",
      ind: "Jumlah koperasi yang diperiksa dan diawasi",
      sat: "koperasi",
      level: false,
      k5: 420,
      r5: 1_650_000_000,
      k6: 268,
      r6: 1_041_250_000,
      k7: 80,
      r7: 315_000_000,
      q: [14, 22, 25, 19],
      rq: [48_200_000, 81_650_000, 96_400_000, 84_925_000],
    },
    {
      id: "s2",
      kode: "2.17.03.2.01.0004",
      nm: "Fasilitasi Pelaksanaan Rapat Anggota Tahunan (RAT) Koperasi",
      ind: "Jumlah koperasi yang difasilitasi RAT tepat waktu",
      sat: "koperasi",
      level: false,
      k5: 600,
      r5: 980_000_000,
      k6: 402,
      r6: 612_300_000,
      k7: 130,
      r7: 205_000_000,
      q: [61, 48, 12, 7],
      rq: [72_150_000, 66_800_000, 31_275_000, 24_600_000],
    },
  ];
  const add = (k: "r5" | "r6" | "r7") => sum(subs.map((x) => x[k]));
  const keg: E = {
    id: "keg",
    kode: "2.17.03.2.01",
    nm: "Pemeriksaan dan Pengawasan Koperasi, Koperasi Simpan Pinjam/Unit Simpan Pinjam Koperasi",
    ind: "Jumlah koperasi yang dinilai kesehatannya",
    sat: "koperasi",
    level: false,
    k5: 250,
    k6: 161,
    k7: 50,
    q: [9, 14, 16, 12],
    r5: add("r5"),
    r6: add("r6"),
    r7: add("r7"),
    rq: [0, 1, 2, 3].map((i) => sum(subs.map((x) => x.rq[i]))),
  };
  const prog: E = {
    ...keg,
    id: "prog",
    kode: "2.17.03",
    nm: "PROGRAM PENGAWASAN DAN PEMERIKSAAN KOPERASI",
    ind: "Persentase koperasi aktif",
    sat: "%",
    level: true,
    k5: 72,
    k6: 63.4,
    k7: 68,
    q: [64.1, 65.3, 66.8, 68.5],
  };
  const rows = [prog, keg, ...subs];
  const k12 = (e: E) => (e.level ? e.q[3] : sum(e.q));
  const k13 = (e: E) => (e.level ? k12(e) : e.k6 + k12(e));
  const r12 = (e: E) => sum(e.rq);
  const k14 = (e: E) => round((k13(e) / e.k5) * 100);
  const r14 = (e: E) => round(((e.r6 + r12(e)) / e.r5) * 100);
  const pair = (
    key: string,
    path: string[],
    num: string,
    role: Col["role"],
    rrole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [...path, "K"], role, year, num, fmt: DEC, width: 9 },
    { key: `r${key}`, head: [...path, "Rp"], role: rrole, year, num, fmt: RP, width: 15 },
  ];
  const TW = "Realisasi Kinerja pada Triwulan (Tahun 2025)";
  const cols: Col[] = [
    { key: "no", head: ["No."], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    {
      key: "nm",
      head: ["Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan"],
      num: "3",
      width: 36,
    },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome)/Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 34,
    },
    { key: "sat", head: ["Sat."], role: "satuan", num: "4a", width: 8 },
    ...pair(
      "5",
      ["Target Renstra SKPD pada Tahun 2026 (Akhir Periode Renstra)"],
      "5",
      "target",
      "anggaran",
      2026,
    ),
    ...pair(
      "6",
      ["Realisasi Capaian Kinerja Renstra SKPD s.d. Renja SKPD Tahun 2024"],
      "6",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair("7", ["Target Kinerja dan Anggaran Renja SKPD Tahun 2025"], "7", "target", "anggaran", 2025),
    ...pair("8", [TW, "I"], "8", "realisasi", "realisasi-anggaran", 2025),
    ...pair("9", [TW, "II"], "9", "realisasi", "realisasi-anggaran", 2025),
    ...pair("10", [TW, "III"], "10", "realisasi", "realisasi-anggaran", 2025),
    ...pair("11", [TW, "IV"], "11", "realisasi", "realisasi-anggaran", 2025),
    ...pair(
      "12",
      ["Realisasi Capaian Kinerja dan Anggaran Renja SKPD Tahun 2025"],
      "12",
      "realisasi",
      "realisasi-anggaran",
      2025,
    ),
    ...pair(
      "13",
      ["Realisasi Kinerja dan Anggaran Renstra SKPD s.d. Tahun 2025"],
      "13",
      "realisasi",
      "realisasi-anggaran",
      2025,
    ),
    ...pair(
      "14",
      ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra SKPD s.d. Tahun 2025 (%)"],
      "14",
      "capaian",
      "capaian",
    ),
    { key: "ket", head: ["Keterangan"], role: "keterangan", num: "15", width: 18 },
  ];
  // planted: the RAT sub kegiatan's 12 K typed 138; its quarters give 61 + 48 + 12 + 7 = 128
  const K12S2 = 138;
  const body: Row[] = rows.map((e, i) => ({
    id: e.id,
    bold: e.id === "prog",
    cells: {
      no: i + 1,
      kode: e.kode,
      nm: e.nm,
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
      k13: k13(e),
      r13: e.r6 + r12(e),
      k14: k14(e),
      r14: r14(e),
      ket: e.level ? "posisi akhir tahun" : undefined,
    },
  }));
  const avgR = round(sum(rows.map(r14)) / rows.length);
  const avgK = round(sum(rows.map(k14)) / rows.length);
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    rows: [
      ...body,
      {
        id: "avg",
        span: ["no", "sat"],
        cells: (x) => ({
          no: "Rata-rata Capaian Kinerja (%)",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "prog")}:${x.a("k14", "s2")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "prog")}:${x.a("r14", "s2")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["no", "sat"],
        // planted: the Rp predikat is one band off
        cells: { no: "Predikat Kinerja", k14: predikat(avgK), r14: otherBand(predikat(avgR)) },
      },
    ],
  });
  s.gap();
  s.lines([
    "Kriteria: > 90 Sangat Tinggi; > 75 - 90 Tinggi; > 65 - 75 Sedang; > 50 - 65 Rendah; <= 50 Sangat Rendah.",
    "Faktor penghambat: sebagian koperasi belum menyampaikan laporan RAT melalui ODS.",
  ]);
  s.gap();
  signature(s, 22, {
    tempat: "Koto Sirandah, 12 Januari 2026",
    jabatan: ["KEPALA DINAS KOPERASI DAN UKM", "KABUPATEN LEMBAH SIRANDAH"],
    nama: "Drs. HENDRI SUTAN MARAJO, M.M.",
    pangkat: "Pembina Tk. I (IV/b)",
    nip: "19710308 199703 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) => ["8", "9", "10", "11"].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("k12", "s2") },
    rules: ["sum-mismatch"],
    note: "Column 12 K of sub kegiatan 2.17.03.2.01.0004 (RAT) is 138; the four quarters add up to 128",
    truth: q("k", "s2"),
  });
  b.plant({
    at: { sheet: S, cell: a("r14", "pred") },
    rules: ["predikat-mismatch"],
    note: `Predikat of the Rp rata-rata ${avgR} is '${otherBand(predikat(avgR))}'; the Permendagri band gives '${predikat(avgR)}'`,
    truth: `PREDIKAT(${a("r14", "avg")})`,
  });
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
  for (const id of ["keg", "s1", "s2"]) {
    b.ok({ sheet: S, cell: a("r12", id), rules: ["sum-mismatch"], truth: q("r", id) });
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
    b.ok({
      sheet: S,
      cell: a("r14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r13", id)}/${a("r5", id)}*100,2)`,
    });
  }
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
  nm: string;
  ind: string;
  sat: string;
  level: boolean;
  awal: number;
  k: number[];
  rp?: number[];
};

/** T-C.27 of the Dinas Koperasi, UKM dan Perdagangan Kota Banua Tangkal, Renstra 2025-2029, ribuan rupiah. */
export function tc27Koperasi(): BookW {
  const b = new BookW(
    "tc27-renstra-2025-2029-diskopukm-banua-tangkal.xlsx",
    "T-C.27 Rencana program dan pendanaan (Dinas Koperasi dan UKM)",
    "T-C.27 Renstra 2025-2029 '(dalam ribuan rupiah)'; a Lokasi column; Tahun ke-1..5 over Target | Rp (years only in the title); kegiatan Rp = SUM of its sub kegiatan, program Rp = its kegiatan; kondisi akhir Rp = SUM of the five years; UMKM naik kelas program (level %) with NIB and pelatihan sub kegiatan",
  );
  const S = "Tabel T-C.27";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA BANUA TANGKAL",
    "DINAS KOPERASI, USAHA KECIL DAN MENENGAH DAN PERDAGANGAN",
  ]);
  s.lines([
    "Tabel T-C.27 Rencana Program, Kegiatan dan Pendanaan Perangkat Daerah Kota Banua Tangkal 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const rows: P[] = [
    {
      id: "p",
      kode: "2.17.08",
      nm: "PROGRAM PENGEMBANGAN UMKM",
      ind: "Persentase usaha mikro yang naik kelas menjadi usaha kecil",
      sat: "%",
      level: true,
      awal: 3.2,
      k: [3.6, 4.1, 4.6, 5.2, 5.8],
    },
    {
      id: "g",
      kode: "2.17.08.2.01",
      nm: "Pemberdayaan Usaha Menengah, Usaha Kecil, dan Usaha Mikro (UMKM)",
      ind: "Jumlah UMKM yang diberdayakan",
      sat: "unit usaha",
      level: false,
      awal: 540,
      k: [600, 650, 700, 750, 800],
    },
    {
      id: "s1",
      kode: "2.17.08.2.01.0001",
      nm: "Fasilitasi Kemudahan Perizinan Berusaha bagi Usaha Mikro (NIB melalui OSS)",
      ind: "Jumlah usaha mikro yang memperoleh NIB",
      sat: "unit usaha",
      level: false,
      awal: 1_150,
      k: [1_300, 1_400, 1_500, 1_600, 1_700],
      rp: [286_400, 301_000, 316_250, 332_100, 348_700],
    },
    {
      id: "s2",
      kode: "2.17.08.2.01.0003",
      nm: "Pelatihan dan Pendampingan Usaha Mikro Naik Kelas",
      ind: "Persentase usaha mikro dampingan yang omzetnya meningkat",
      sat: "%",
      level: true,
      awal: 41,
      k: [45, 48, 52, 55, 60],
      rp: [512_800, 538_400, 565_300, 593_600, 623_300],
    },
    {
      id: "s3",
      kode: "2.17.07.2.01.0005",
      nm: "Fasilitasi Pemasaran Produk UMKM melalui Galeri dan E-Katalog",
      ind: "Jumlah produk UMKM yang tayang di e-katalog daerah",
      sat: "produk",
      level: false,
      awal: 85,
      k: [120, 140, 160, 180, 200],
      rp: [174_500, 183_200, 192_400, 202_000, 212_100],
    },
  ];
  const years = [1, 2, 3, 4, 5];
  const TK = "Target Kinerja Program dan Kerangka Pendanaan";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "1", width: 18 },
    { key: "nm", head: ["Program / Kegiatan / Sub Kegiatan"], num: "2", width: 36 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "3", width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4" },
    {
      key: "awal",
      head: ["Kondisi Kinerja Awal (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: "5",
      fmt: DEC,
    },
    ...years.flatMap((y): Col[] => [
      {
        key: `k${y}`,
        head: [TK, `Tahun ke-${y}`, "Target"],
        role: "target",
        year: 2024 + y,
        num: `${4 + 2 * y}`,
        fmt: DEC,
      },
      {
        key: `r${y}`,
        head: [TK, `Tahun ke-${y}`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: `${5 + 2 * y}`,
        fmt: RP,
      },
    ]),
    {
      key: "akK",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Target"],
      role: "kondisi-akhir",
      num: "16",
      fmt: DEC,
    },
    {
      key: "akR",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Rp"],
      role: "anggaran",
      num: "17",
      fmt: RP,
    },
    { key: "pj", head: ["PD Penanggung Jawab"], role: "penanggung-jawab", num: "18", width: 14 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: "19", width: 14 },
  ];
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    rows: rows.map((p) => ({
      id: p.id,
      bold: !p.rp,
      cells: (x) => {
        const out: Record<string, ReturnType<typeof fx> | number | string> = {
          kode: p.kode,
          nm: p.nm,
          ind: p.ind,
          sat: p.sat,
          awal: p.awal,
          // planted: the program's kondisi akhir typed 5.2 (the year-4 target; year 5 is 5.8)
          akK: p.id === "p" ? 5.2 : p.level ? p.k[4] : sum(p.k),
          akR: fx(`SUM(${x.a("r1")},${x.a("r2")},${x.a("r3")},${x.a("r4")},${x.a("r5")})`),
          pj: "Bidang UKM",
          lok: "Kota Banua Tangkal",
        };
        years.forEach((y) => {
          out[`k${y}`] = p.k[y - 1];
          if (p.rp) out[`r${y}`] = p.rp[y - 1];
          else if (p.id === "g") out[`r${y}`] = fx(`SUM(${x.a(`r${y}`, "s1")}:${x.a(`r${y}`, "s3")})`);
          else out[`r${y}`] = fx(x.a(`r${y}`, "g"));
        });
        return out;
      },
    })),
  });
  s.gap();
  s.lines([
    "Keterangan: kondisi akhir indikator persentase = target tahun ke-5; indikator jumlah = akumulasi lima tahun.",
  ]);
  s.gap();
  signature(s, 15, {
    tempat: "Banua Tangkal, 24 Februari 2025",
    jabatan: ["KEPALA DINAS KOPERASI, UKM DAN PERDAGANGAN"],
    nama: "H. MUHAMMAD RIDHANI NOOR, S.E., M.Si.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19730619 199803 1 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const ks = (id: string) => years.map((y) => a(`k${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("akK", "p") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir of the program's % usaha mikro naik kelas is 5.2 (the Tahun ke-4 target); the Tahun ke-5 target is 5.8",
    truth: a("k5", "p"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s3") },
    rules: ["code-hierarchy"],
    note: "Sub kegiatan Fasilitasi Pemasaran Produk UMKM is coded 2.17.07.2.01.0005 under kegiatan 2.17.08.2.01",
    truth: `"2.17.08.2.01"`,
    actual: `PARENT(${a("kode", "s3")})`,
  });
  b.ok({
    sheet: S,
    cell: a("akK", "s2"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k5", "s2"),
    trap: ks("s2"),
  });
  b.ok({
    sheet: S,
    cell: a("akK", "s1"),
    rules: ["kondisi-akhir-mismatch"],
    truth: ks("s1"),
    trap: a("k5", "s1"),
  });
  for (const id of ["g", "s3"])
    b.ok({ sheet: S, cell: a("akK", id), rules: ["kondisi-akhir-mismatch"], truth: ks(id) });
  for (const id of ["p", "g", "s1", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("akR", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: years.map((y) => a(`r${y}`, id)).join("+"),
    });
  for (const y of [2, 4])
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
      truth: `"2.17.08.2.01"`,
      actual: `PARENT(${a("kode", id)})`,
    });
  return b.finish();
}
