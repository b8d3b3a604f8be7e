// The Renja evaluation (E.81) of the DP3AP2KB Kabupaten Pasir Meraung (Jambi) on keluarga berencana,
// and the Renstra funding table (T-C.27) of the DP3A Kota Rawa Kemuning (Kalimantan Barat) on PUG.
// Every name, person and number is invented.
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

/** E.81 of the DP3AP2KB Kabupaten Pasir Meraung, s.d. Triwulan IV 2024, calendar years in the header. */
export function e81KbPasirMeraung(): BookW {
  const b = new BookW(
    "e81-renja-kb-dp3ap2kb-pasir-meraung-2024.xlsx",
    "E.81 Evaluasi Renja (DP3AP2KB, KB)",
    "E.81 s.d. Triwulan IV 2024, Renstra 2021-2026; calendar years in the headers; three header rows (Realisasi Kinerja pada Triwulan > I..IV > Kinerja | Keuangan); an extra 'Tingkat Capaian Renja (%)' column (12/7); CPR level row next to flows; Rata-rata and Predikat rows",
  );
  const S = "Evaluasi Renja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN PASIR MERAUNG",
    "DINAS PEMBERDAYAAN PEREMPUAN, PERLINDUNGAN ANAK, PENGENDALIAN PENDUDUK DAN KELUARGA BERENCANA",
    "Jl. Lintas Timur Km. 7 Muara Meraung, Telp. (0741) 55120",
  ]);
  s.lines([
    "Tabel E.81 Evaluasi terhadap Hasil Renja DP3AP2KB Kabupaten Pasir Meraung",
    "Renstra 2021-2026, Periode Pelaksanaan s.d. Triwulan IV Tahun 2024",
  ]);
  s.gap();
  const subs: E[] = [
    {
      id: "s1",
      kode: "2.14.03.2.01.0001",
      ur: "Pengendalian dan Pendistribusian Alat dan Obat Kontrasepsi",
      ind: "Jumlah laporan distribusi alat dan obat kontrasepsi",
      sat: "laporan",
      level: false,
      k5: 60,
      k6: 36,
      k7: 12,
      q: [3, 3, 3, 3],
      r5: 1_450_000_000,
      r6: 842_750_000,
      r7: 285_000_000,
      rq: [52_400_000, 71_150_000, 68_900_000, 88_320_000],
    },
    {
      id: "s2",
      kode: "2.14.03.2.01.0003",
      ur: "Pelayanan KB Metode Kontrasepsi Jangka Panjang (MKJP)",
      ind: "Jumlah akseptor baru MKJP yang dilayani",
      sat: "orang",
      level: false,
      k5: 7_500,
      k6: 4_210,
      k7: 1_500,
      q: [312, 388, 405, 421],
      r5: 4_800_000_000,
      r6: 2_716_400_000,
      r7: 960_000_000,
      rq: [148_250_000, 236_800_000, 251_100_000, 297_640_000],
    },
  ];
  const add = (k: "r5" | "r6" | "r7") => sum(subs.map((x) => x[k]));
  const rq = [0, 1, 2, 3].map((i) => sum(subs.map((x) => x.rq[i])));
  const keg: E = {
    id: "keg",
    kode: "2.14.03.2.01",
    ur: "Pengendalian dan Pendistribusian Kebutuhan Alat dan Obat Kontrasepsi serta Pelaksanaan Pelayanan KB",
    ind: "Jumlah PUS yang mendapat pelayanan KB",
    sat: "PUS",
    level: false,
    k5: 24_000,
    k6: 13_850,
    k7: 4_800,
    q: [1_050, 1_180, 1_260, 1_345],
    r5: add("r5"),
    r6: add("r6"),
    r7: add("r7"),
    rq,
  };
  const prog: E = {
    ...keg,
    id: "prog",
    kode: "2.14.03",
    ur: "PROGRAM PEMBINAAN KELUARGA BERENCANA (KB)",
    ind: "Angka pemakaian kontrasepsi modern (mCPR)",
    sat: "%",
    level: true,
    k5: 62.5,
    k6: 58.1,
    k7: 59.8,
    q: [58.4, 58.9, 59.3, 60.1],
  };
  const rows = [prog, keg, ...subs];
  const k12 = (e: E) => (e.level ? e.q[3] : sum(e.q));
  const k13 = (e: E) => (e.level ? k12(e) : e.k6 + k12(e));
  const r12 = (e: E) => sum(e.rq);
  const k14 = (e: E) => round((k13(e) / e.k5) * 100);
  const r14 = (e: E) => round(((e.r6 + r12(e)) / e.r5) * 100);
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
  const TW = "Realisasi Kinerja pada Triwulan";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "1", width: 18 },
    {
      key: "ur",
      head: ["Urusan / Bidang Urusan Pemerintahan Daerah dan Program / Kegiatan"],
      num: "2",
      width: 36,
    },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "3",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4", width: 8 },
    ...pair("5", ["Target Renstra PD pada Tahun 2026 (Akhir Periode Renstra)"], "5", "target", "anggaran"),
    ...pair(
      "6",
      ["Realisasi Capaian Kinerja Renstra PD s.d. Renja Tahun 2023"],
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair("7", ["Target Kinerja dan Anggaran Renja Tahun 2024"], "7", "target", "anggaran", 2024),
    ...pair("8", [TW, "I"], "8", "realisasi", "realisasi-anggaran", 2024),
    ...pair("9", [TW, "II"], "9", "realisasi", "realisasi-anggaran", 2024),
    ...pair("10", [TW, "III"], "10", "realisasi", "realisasi-anggaran", 2024),
    ...pair("11", [TW, "IV"], "11", "realisasi", "realisasi-anggaran", 2024),
    ...pair(
      "12",
      ["Realisasi Capaian Kinerja dan Anggaran Renja Tahun 2024"],
      "12 = 8+9+10+11",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair("cr", ["Tingkat Capaian Renja Tahun 2024 (%)"], "12/7 x 100", "capaian", "capaian", 2024),
    ...pair(
      "13",
      ["Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun 2024"],
      "13 = 6 + 12",
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
  ];
  // planted: (12) Rp of the MKJP sub kegiatan typed 939,790,000; the quarters give 933,790,000
  const R12S2 = 939_790_000;
  const k14s = rows.map(k14);
  const r14s = rows.map(r14);
  const body: Row[] = rows.map((e) => ({
    id: e.id,
    bold: e.id === "prog",
    cells: {
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
      r12: e.id === "s2" ? R12S2 : r12(e),
      kcr: round((k12(e) / e.k7) * 100),
      rcr: round((r12(e) / e.r7) * 100),
      k13: k13(e),
      r13: e.r6 + r12(e),
      k14: k14(e),
      r14: r14(e),
      pj: e.id === "prog" ? "Bidang Keluarga Berencana" : "Seksi Pelayanan KB",
    },
  }));
  const kAvg = round(sum(k14s) / 4);
  const rAvg = round(sum(r14s) / 4);
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    rows: [
      ...body,
      {
        id: "avg",
        span: ["kode", "sat"],
        cells: (x) => ({
          kode: "Rata-rata Capaian Kinerja dan Realisasi Anggaran (%)",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "prog")}:${x.a("k14", "s2")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "prog")}:${x.a("r14", "s2")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["kode", "sat"],
        // planted: the K predikat says Sangat Tinggi for an average of 82.62 (Tinggi)
        cells: { kode: "Predikat Kinerja", k14: kAvg > 90 ? "Tinggi" : "Sangat Tinggi", r14: predikat(rAvg) },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: dukungan DAK BOKB dan kampung KB aktif di seluruh kecamatan.",
    "Faktor penghambat: keterbatasan PKB/PLKB (1 PKB melayani 4-5 desa).",
    "Tindak lanjut: rekrutmen kader IMP dan pelayanan KB bergerak ke desa terpencil.",
  ]);
  s.gap();
  signature(s, 24, {
    tempat: "Muara Meraung, 14 Januari 2025",
    jabatan: ["KEPALA DINAS PEMBERDAYAAN PEREMPUAN,", "PERLINDUNGAN ANAK, PENGENDALIAN PENDUDUK DAN KB"],
    nama: "Hj. NURLELA SAFITRI, S.K.M., M.Kes.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19760318 200212 2 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) => ["8", "9", "10", "11"].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r12", "s2") },
    rules: ["sum-mismatch"],
    note: "Column 12 Rp of sub kegiatan 2.14.03.2.01.0003 (MKJP) is 939,790,000; the four quarters add up to 933,790,000",
    truth: q("r", "s2"),
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "pred") },
    rules: ["predikat-mismatch"],
    note: "Predikat of the K average 82.62 is written Sangat Tinggi; the band > 75 - 90 is Tinggi",
    truth: `PREDIKAT(${a("k14", "avg")})`,
  });
  // the CPR is a level: 12 K is the Triwulan IV level, 13 K the latest level
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
  for (const id of ["keg", "s1", "s2"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: q("k", id) });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const id of ["prog", "keg", "s1"]) {
    b.ok({ sheet: S, cell: a("r12", id), rules: ["sum-mismatch"], truth: q("r", id) });
    b.ok({ sheet: S, cell: a("r13", id), rules: ["sum-mismatch"], truth: `${a("r6", id)}+${a("r12", id)}` });
  }
  for (const id of ["prog", "keg", "s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  for (const id of ["prog", "keg", "s1"]) {
    b.ok({
      sheet: S,
      cell: a("r14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r13", id)}/${a("r5", id)}*100,2)`,
    });
    b.ok({
      sheet: S,
      cell: a("kcr", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k12", id)}/${a("k7", id)}*100,2)`,
    });
  }
  for (const k of ["r5", "r7", "r11"])
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
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  level: boolean;
  awal: number;
  k: number[];
  rp?: number[];
};

/** T-C.27 of the DP3A Kota Rawa Kemuning (Kalimantan Barat), Renstra 2025-2029, PUG, Rp in thousands. */
export function tc27PugRawaKemuning(): BookW {
  const b = new BookW(
    "tc27-renstra-pug-dp3a-rawa-kemuning-2025-2029.xlsx",
    "T-C.27 Rencana program dan pendanaan (DP3A, PUG)",
    "T-C.27 Renstra 2025-2029 '(Rp 000)'; a Sasaran column merged over its rows; Tahun ke-1..ke-5 > Target | Rp with the years only in the title; kegiatan Rp = SUM of its sub kegiatan, program = kegiatan; kondisi akhir Rp = sum of the years; Lokasi column at the end",
  );
  const S = "Tabel 6.1";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA RAWA KEMUNING",
    "DINAS PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK",
    "Jl. Sungai Raya Dalam No. 12, Rawa Kemuning",
  ]);
  s.lines([
    "Tabel 6.1 Rencana Program, Kegiatan, Sub Kegiatan, Indikator Kinerja dan Pendanaan Indikatif",
    "DP3A Kota Rawa Kemuning, Renstra Tahun 2025-2029",
    "(Rp 000)",
  ]);
  s.gap();
  const rows: P[] = [
    {
      id: "p",
      kode: "2.08.02",
      ur: "PROGRAM PENGARUSUTAMAAN GENDER DAN PEMBERDAYAAN PEREMPUAN",
      ind: "Indeks Pembangunan Gender (IPG)",
      sat: "indeks",
      level: true,
      awal: 90.12,
      k: [90.4, 90.75, 91.1, 91.45, 91.8],
    },
    {
      id: "g",
      kode: "2.08.02.2.01",
      ur: "Pelembagaan Pengarusutamaan Gender (PUG) pada Lembaga Pemerintah Kewenangan Kabupaten/Kota",
      ind: "Persentase perangkat daerah yang menerapkan PPRG",
      sat: "%",
      level: true,
      awal: 45,
      k: [52, 60, 68, 76, 85],
    },
    {
      id: "s1",
      kode: "2.08.02.2.01.0001",
      ur: "Koordinasi dan Sinkronisasi Perumusan Kebijakan Pelaksanaan PUG",
      ind: "Jumlah dokumen kebijakan PUG yang disusun",
      sat: "dokumen",
      level: false,
      awal: 2,
      k: [2, 2, 3, 3, 3],
      rp: [186_400, 195_700, 205_500, 215_800, 226_600],
    },
    {
      id: "s2",
      kode: "2.08.02.2.01.0003",
      ur: "Pendampingan Penyusunan Anggaran Responsif Gender (ARG)",
      ind: "Jumlah perangkat daerah yang didampingi menyusun GAP/GBS",
      sat: "PD",
      level: false,
      awal: 6,
      k: [8, 8, 10, 10, 12],
      rp: [142_000, 149_100, 156_600, 164_400, 172_600],
    },
    {
      id: "s3",
      kode: "2.08.02.2.01.0005",
      ur: "Penguatan Kapasitas Kelompok Kerja (Pokja) PUG",
      ind: "Persentase anggota Pokja PUG yang terlatih",
      sat: "%",
      level: true,
      awal: 30,
      k: [40, 55, 70, 85, 100],
      rp: [88_250, 92_700, 97_300, 102_200, 107_300],
    },
  ];
  const TK = "Capaian Kinerja Program dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra PD";
  const years = [1, 2, 3, 4, 5];
  const cols: Col[] = [
    { key: "sas", head: ["Sasaran"], role: "sasaran", num: 1, width: 24 },
    { key: "kode", head: ["Kode"], role: "kode", num: 2, width: 18 },
    { key: "ur", head: ["Program, Kegiatan dan Sub Kegiatan"], num: 3, width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome), Kegiatan dan Sub Kegiatan (output)"],
      role: "indikator",
      num: 4,
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 5 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: 6,
      fmt: DEC,
    },
    ...years.flatMap((y): Col[] => [
      {
        key: `k${y}`,
        head: [TK, `Tahun ke-${y}`, "Target"],
        role: "target",
        year: 2024 + y,
        num: 5 + 2 * y,
        fmt: DEC,
      },
      {
        key: `r${y}`,
        head: [TK, `Tahun ke-${y}`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: 6 + 2 * y,
        fmt: RP,
      },
    ]),
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", num: 17, fmt: DEC },
    { key: "akR", head: [AK, "Rp"], role: "anggaran", num: 18, fmt: RP },
    { key: "pj", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: 19, width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: 20, width: 14 },
  ];
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    vmerge: ["sas"],
    rows: rows.map((p): Row => ({
      id: p.id,
      bold: !p.rp,
      cells: (x) => {
        const out: Record<string, ReturnType<typeof fx> | number | string> = {
          sas: "Meningkatnya kesetaraan gender dalam pembangunan",
          kode: p.kode,
          ur: p.ur,
          ind: p.ind,
          sat: p.sat,
          awal: p.awal,
          // planted: the Pokja % row's kondisi akhir is the average of the targets (70), not the year-5 target
          akK: p.id === "s3" ? 70 : p.level ? p.k[4] : sum(p.k),
          pj: "Bidang PUG",
          lok: "Kota Rawa Kemuning",
        };
        years.forEach((y) => {
          out[`k${y}`] = p.k[y - 1];
          if (p.rp) out[`r${y}`] = p.rp[y - 1];
          else if (p.id === "g")
            // planted: Tahun ke-3's SUM stops one row short (skips .0005)
            out[`r${y}`] = fx(`SUM(${x.a(`r${y}`, "s1")}:${x.a(`r${y}`, y === 3 ? "s2" : "s3")})`);
          else out[`r${y}`] = fx(x.a(`r${y}`, "g"));
        });
        out.akR = fx(years.map((y) => x.a(`r${y}`)).join("+"));
        return out;
      },
    })),
  });
  s.gap();
  s.lines([
    "Keterangan: kondisi akhir indikator persentase/indeks = target tahun ke-5; indikator jumlah = akumulasi.",
  ]);
  s.gap();
  signature(s, 15, {
    tempat: "Rawa Kemuning, 24 Februari 2025",
    jabatan: ["KEPALA DINAS PEMBERDAYAAN PEREMPUAN", "DAN PERLINDUNGAN ANAK"],
    nama: "Dra. FRANSISKA ILUN MERANTI, M.Si.",
    nip: "19710527 199803 2 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const yr = (id: string) => years.map((y) => a(`r${y}`, id)).join("+");
  const ks = (id: string) => years.map((y) => a(`k${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r3", "g") },
    rules: ["sum-mismatch"],
    note: "Kegiatan 2.08.02.2.01 Tahun ke-3 Rp is =SUM over .0001 and .0003 only (362,100); with .0005 it is 459,400",
    truth: `${a("r3", "s1")}+${a("r3", "s2")}+${a("r3", "s3")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("akK", "s3") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir of 'Persentase anggota Pokja PUG yang terlatih' is 70 (the mean of the targets); a % ends at the year-5 target 100",
    truth: a("k5", "s3"),
  });
  for (const id of ["p", "g"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k5", id),
      trap: ks(id),
    });
  b.ok({
    sheet: S,
    cell: a("akK", "s1"),
    rules: ["kondisi-akhir-mismatch"],
    truth: ks("s1"),
    trap: a("k5", "s1"),
  });
  b.ok({
    sheet: S,
    cell: a("akK", "s2"),
    rules: ["kondisi-akhir-mismatch"],
    truth: ks("s2"),
    trap: a("k5", "s2"),
  });
  for (const id of ["s1", "s2", "s3"])
    b.ok({ sheet: S, cell: a("akR", id), rules: ["kondisi-akhir-mismatch", "sum-mismatch"], truth: yr(id) });
  for (const y of [1, 2, 4, 5])
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "g"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "s1")}+${a(`r${y}`, "s2")}+${a(`r${y}`, "s3")}`,
    });
  b.ok({ sheet: S, cell: a("r1", "p"), rules: ["sum-mismatch"], truth: a("r1", "g") });
  for (const id of ["s1", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `"2.08.02.2.01"`,
      actual: `PARENT(${a("kode", id)})`,
    });
  return b.finish();
}
