// The Renja evaluation (E.81) of a Cabang Dinas Pendidikan and the Renstra funding table (T-C.27) of
// a Dinas Pendidikan provinsi on SMA and SMK: APK, guru bersertifikat, BOSDA, lulusan SMK (BMW).
// Every name and number is invented.
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

/** E.81 of the Cabang Dinas Pendidikan Wilayah V (Kabupaten Lembah Pinotu), s.d. Triwulan IV 2024. */
export function e81Disdik(): BookW {
  const b = new BookW(
    "e81-cabdin-pendidikan-lembah-pinotu-2024.xlsx",
    "E.81 Evaluasi Renja (Cabang Dinas Pendidikan)",
    "E.81 2024 with calendar years in the headers, a three-row header (Realisasi Kinerja pada Triwulan > I..IV > K | Rp), number row merged over pairs; two level rows (APK, % guru bersertifikat) above two flow sub kegiatan; Keterangan column; Rata-rata and Predikat rows",
  );
  const S = "Evaluasi Renja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH PROVINSI SULAWESI TENGAH",
    "DINAS PENDIDIKAN",
    "CABANG DINAS PENDIDIKAN WILAYAH V KABUPATEN LEMBAH PINOTU",
    "Jl. Poros Pinotu-Malino Km. 4, Lembah Pinotu",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH TAHUN 2024",
    "Renstra Dinas Pendidikan 2021-2026, s.d. Triwulan IV Tahun 2024",
  ]);
  s.gap();
  const subs: E[] = [
    {
      id: "s1",
      kode: "1.01.02.2.02.0012",
      ur: "Penyaluran Bantuan Operasional Sekolah Daerah (BOSDA) SMA",
      ind: "Jumlah laporan penyaluran BOSDA SMA",
      sat: "dokumen",
      level: false,
      k5: 20,
      k6: 12,
      k7: 4,
      q: [1, 1, 1, 1],
      r5: 48_500_000_000,
      r6: 28_940_000_000,
      r7: 9_850_000_000,
      rq: [2_410_500_000, 2_455_000_000, 2_462_750_000, 2_398_200_000],
    },
    {
      id: "s2",
      kode: "1.01.02.2.02.0009",
      ur: "Peningkatan Kompetensi dan Sertifikasi Guru SMA",
      ind: "Jumlah guru SMA yang mengikuti PPG dalam jabatan",
      sat: "orang",
      level: false,
      k5: 900,
      k6: 520,
      k7: 180,
      q: [0, 60, 70, 42],
      r5: 3_600_000_000,
      r6: 2_105_400_000,
      r7: 720_000_000,
      rq: [0, 198_500_000, 264_300_000, 221_650_000],
    },
  ];
  const add = (k: "r5" | "r6" | "r7") => sum(subs.map((x) => x[k]));
  const rq = [0, 1, 2, 3].map((i) => sum(subs.map((x) => x.rq[i])));
  const keg: E = {
    id: "keg",
    kode: "1.01.02.2.02",
    ur: "Pengelolaan Pendidikan Sekolah Menengah Atas",
    ind: "Persentase guru SMA bersertifikat pendidik",
    sat: "%",
    level: true,
    k5: 75,
    k6: 61.2,
    k7: 66,
    q: [62.0, 63.5, 65.1, 66.4],
    r5: add("r5"),
    r6: add("r6"),
    r7: add("r7"),
    rq,
  };
  const prog: E = {
    ...keg,
    id: "prog",
    kode: "1.01.02",
    ur: "PROGRAM PENGELOLAAN PENDIDIKAN",
    ind: "Angka Partisipasi Kasar (APK) SMA/SMK/SMALB",
    k5: 92,
    k6: 86.4,
    k7: 88.5,
    q: [86.9, 87.3, 87.8, 88.1],
  };
  const rows = [prog, keg, ...subs];
  const k12 = (e: E) => (e.level ? e.q[3] : sum(e.q));
  const k13 = (e: E) => (e.level ? k12(e) : e.k6 + k12(e));
  const k14 = (e: E) => round((k13(e) / e.k5) * 100);
  const r14 = (e: E) => round(((e.r6 + sum(e.rq)) / e.r5) * 100);
  const pair = (
    key: string,
    head: string[],
    num: string,
    role: Col["role"],
    rrole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [...head, "K"], role, year, num, fmt: DEC, width: 9 },
    { key: `r${key}`, head: [...head, "Rp"], role: rrole, year, num, fmt: RP, width: 17 },
  ];
  const TW = "Realisasi Kinerja pada Triwulan";
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
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    ...pair("5", ["Target Renstra PD Tahun 2026"], "5", "target", "anggaran"),
    ...pair("6", ["Realisasi Capaian Renstra s.d. Tahun 2023"], "6", "realisasi", "realisasi-anggaran", 2023),
    ...pair("7", ["Target Kinerja dan Anggaran Renja Tahun 2024"], "7", "target", "anggaran", 2024),
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
    ...pair(
      "13",
      ["Realisasi Kinerja dan Anggaran Renstra s.d. Tahun 2024"],
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair("14", ["Tingkat Capaian Renstra s.d. Tahun 2024 (%)"], "14 = 13/5 x 100", "capaian", "capaian"),
    { key: "pj", head: ["Unit Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 16 },
    { key: "ket", head: ["Keterangan"], role: "keterangan", num: "16", width: 14 },
  ];
  // planted: (13) Rp of sub kegiatan .0009 typed 2,879,850,000; 6 + 12 = 2,789,850,000
  const R13S2 = 2_879_850_000;
  const k14s = rows.map(k14);
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
      ...Object.fromEntries(
        [8, 9, 10, 11].flatMap((n, j) => [
          [`k${n}`, e.q[j]],
          [`r${n}`, e.rq[j]],
        ]),
      ),
      k12: k12(e),
      r12: sum(e.rq),
      k13: k13(e),
      r13: e.id === "s2" ? R13S2 : e.r6 + sum(e.rq),
      k14: k14s[i],
      r14: r14(e),
      pj: e.id === "s2" ? "Seksi PTK" : "Seksi SMA",
      ket: e.level ? "indikator tingkat" : null,
    },
  }));
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
          no: "Rata-rata Capaian Kinerja dan Realisasi Anggaran",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "prog")}:${x.a("k14", "s2")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "prog")}:${x.a("r14", "s2")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["no", "sat"],
        // planted: the K average 85.30 is Tinggi, written Sangat Tinggi
        cells: { no: "Predikat Kinerja", k14: "Sangat Tinggi", r14: predikat(round(sum(rows.map(r14)) / 4)) },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: tunjangan profesi dan kuota PPG dalam jabatan dari Kemendikbudristek.",
    "Faktor penghambat: jarak SMA di pesisir dan kekurangan guru produktif.",
    "Tindak lanjut: usulan kuota PPG tambahan Tahun 2025.",
  ]);
  s.gap();
  signature(s, 22, {
    tempat: "Lembah Pinotu, 14 Januari 2025",
    jabatan: ["KEPALA CABANG DINAS PENDIDIKAN WILAYAH V"],
    nama: "Drs. HAMKA LATJIDO, M.Pd.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19720318 199803 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) => ["8", "9", "10", "11"].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r13", "s2") },
    rules: ["sum-mismatch"],
    note: "Column 13 Rp of sub kegiatan 1.01.02.2.02.0009 is 2,879,850,000; 6 + 12 = 2,105,400,000 + 684,450,000 = 2,789,850,000",
    truth: `${a("r6", "s2")}+${a("r12", "s2")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "pred") },
    rules: ["predikat-mismatch"],
    note: "Predikat of the K average 85.30 is written Sangat Tinggi; > 75 - 90 is Tinggi",
    truth: `PREDIKAT(${a("k14", "avg")})`,
  });
  for (const id of ["prog", "keg"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: a("k11", id), trap: q("k", id) });
    b.ok({
      sheet: S,
      cell: a("k13", id),
      rules: ["sum-mismatch"],
      truth: a("k12", id),
      trap: `${a("k6", id)}+${a("k12", id)}`,
    });
  }
  for (const id of ["s1", "s2"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: q("k", id) });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const id of ["prog", "s1", "s2"])
    b.ok({ sheet: S, cell: a("r12", id), rules: ["sum-mismatch"], truth: q("r", id) });
  for (const id of ["prog", "keg", "s1"])
    b.ok({ sheet: S, cell: a("r13", id), rules: ["sum-mismatch"], truth: `${a("r6", id)}+${a("r12", id)}` });
  for (const id of ["prog", "keg", "s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("r14", "s1"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("r13", "s1")}/${a("r5", "s1")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("r7", "keg"),
    rules: ["sum-mismatch"],
    truth: `${a("r7", "s1")}+${a("r7", "s2")}`,
  });
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

/** T-C.27 of the Dinas Pendidikan Provinsi Jambi (seat: Kota Muara Selasih), Renstra 2025-2029, Rp in thousands. */
export function tc27Disdik(): BookW {
  const b = new BookW(
    "tc27-renstra-disdik-smk-muara-selasih-2025-2029.xlsx",
    "T-C.27 Rencana program dan pendanaan (Dinas Pendidikan)",
    "T-C.27 2025-2029 '(dalam ribuan rupiah)', calendar years in the header over Target | Rp, no Satuan column (unit inside the indicator), kegiatan Rp as SUM of its sub kegiatan, program Rp = kegiatan; kondisi akhir K = year-5 target for %, the sum for flows",
  );
  const S = "Tabel T-C.27";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH PROVINSI JAMBI",
    "DINAS PENDIDIKAN",
    "Jl. Sultan Taha No. 17 Kota Muara Selasih",
  ]);
  s.lines([
    "Rencana Program, Kegiatan dan Pendanaan Dinas Pendidikan Provinsi Jambi Tahun 2025-2029",
    "Bidang Pembinaan SMK",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const rows: P[] = [
    {
      id: "p",
      kode: "1.01.02",
      ur: "PROGRAM PENGELOLAAN PENDIDIKAN",
      ind: "Persentase lulusan SMK yang bekerja, melanjutkan atau berwirausaha (BMW) (%)",
      sat: "%",
      level: true,
      awal: 61.5,
      k: [63, 65, 67, 69, 71],
    },
    {
      id: "g",
      kode: "1.01.02.2.03",
      ur: "Pengelolaan Pendidikan Sekolah Menengah Kejuruan",
      ind: "Jumlah lulusan SMK yang mengikuti uji kompetensi (orang)",
      sat: "orang",
      level: false,
      awal: 8200,
      k: [8400, 8550, 8700, 8850, 9000],
    },
    {
      id: "s1",
      kode: "1.01.02.2.03.0012",
      ur: "Penyaluran Bantuan Operasional Sekolah Daerah (BOSDA) SMK",
      ind: "Persentase SMK negeri yang menerima BOSDA tepat waktu (%)",
      sat: "%",
      level: true,
      awal: 90,
      k: [92, 94, 96, 98, 100],
      rp: [21_450_000, 22_310_000, 23_200_000, 24_130_000, 25_095_000],
    },
    {
      id: "s2",
      kode: "1.01.02.2.03.0009",
      ur: "Penyelenggaraan Uji Kompetensi dan Sertifikasi Lulusan SMK",
      ind: "Jumlah paket uji kompetensi keahlian (paket)",
      sat: "paket",
      level: false,
      awal: 115,
      k: [120, 125, 130, 135, 140],
      rp: [2_860_000, 2_975_000, 3_094_000, 3_218_000, 3_346_000],
    },
    {
      id: "s3",
      kode: "1.01.02.2.03.0015",
      ur: "Fasilitasi Kemitraan SMK dengan Dunia Usaha dan Dunia Industri",
      ind: "Jumlah naskah kerja sama SMK-DUDI yang difasilitasi (dokumen)",
      sat: "dokumen",
      level: false,
      awal: 28,
      k: [30, 32, 35, 38, 40],
      rp: [745_500, 775_300, 806_300, 838_600, 872_100],
    },
  ];
  const TK = "Target Kinerja Program dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra (2029)";
  const years = [2025, 2026, 2027, 2028, 2029];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "1", width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: "2", width: 34 },
    { key: "ind", head: ["Indikator Kinerja (Satuan)"], role: "indikator", num: "3", width: 40 },
    {
      key: "awal",
      head: ["Kondisi Kinerja Awal (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: "4",
      fmt: DEC,
    },
    ...years.flatMap((y, i): Col[] => [
      {
        key: `k${y}`,
        head: [TK, String(y), "Target"],
        role: "target",
        year: y,
        num: String(5 + 2 * i),
        fmt: DEC,
      },
      {
        key: `r${y}`,
        head: [TK, String(y), "Rp"],
        role: "anggaran",
        year: y,
        num: String(6 + 2 * i),
        fmt: RP,
      },
    ]),
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", year: 2029, num: "15", fmt: DEC },
    { key: "akR", head: [AK, "Rp"], role: "anggaran", num: "16", fmt: RP },
    {
      key: "pj",
      head: ["Perangkat Daerah Penanggung Jawab"],
      role: "penanggung-jawab",
      num: "17",
      width: 16,
    },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: "18", width: 14 },
  ];
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    rows: rows.map((p): Row => ({
      id: p.id,
      bold: !p.rp,
      cells: (x) => {
        const out: Record<string, ReturnType<typeof fx> | number | string> = {
          kode: p.kode,
          ur: p.ur,
          ind: p.ind,
          awal: p.awal,
          // planted: kondisi akhir of BOSDA tepat waktu typed 98 (the 2028 target); 2029 is 100
          akK: p.id === "s1" ? 98 : p.level ? p.k[4] : sum(p.k),
          pj: "Dinas Pendidikan",
          lok: "11 kab/kota",
        };
        years.forEach((y, i) => {
          out[`k${y}`] = p.k[i];
          if (p.rp) out[`r${y}`] = p.rp[i];
          else if (p.id === "g")
            // planted: the 2027 SUM stops one row short
            out[`r${y}`] = fx(`SUM(${x.a(`r${y}`, "s1")}:${x.a(`r${y}`, y === 2027 ? "s2" : "s3")})`);
          else out[`r${y}`] = fx(x.a(`r${y}`, "g"));
        });
        out.akR = fx(`SUM(${x.a("r2025")},${x.a("r2026")},${x.a("r2027")},${x.a("r2028")},${x.a("r2029")})`);
        return out;
      },
    })),
  });
  s.gap();
  s.lines([
    "Keterangan: kondisi akhir indikator persentase = target tahun 2029; indikator jumlah = akumulasi 5 tahun.",
  ]);
  s.gap();
  signature(s, 13, {
    tempat: "Muara Selasih, 24 Februari 2025",
    jabatan: ["KEPALA DINAS PENDIDIKAN", "PROVINSI JAMBI"],
    nama: "Dr. H. SYAFRIZAL NAZARUDDIN, M.Pd.",
    nip: "19700821 199503 1 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const yr = (id: string) => years.map((y) => a(`r${y}`, id)).join("+");
  const ky = (id: string) => years.map((y) => a(`k${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r2027", "g") },
    rules: ["sum-mismatch"],
    note: "Kegiatan 1.01.02.2.03 Rp 2027 is =SUM over the first two sub kegiatan (26,294,000); with Kemitraan DUDI 806,300 it is 27,100,300",
    truth: `${a("r2027", "s1")}+${a("r2027", "s2")}+${a("r2027", "s3")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("akK", "s1") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir of % SMK negeri menerima BOSDA tepat waktu is 98 (the 2028 target); the 2029 target is 100",
    truth: a("k2029", "s1"),
  });
  b.ok({
    sheet: S,
    cell: a("akK", "p"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k2029", "p"),
    trap: ky("p"),
  });
  b.ok({
    sheet: S,
    cell: a("akK", "g"),
    rules: ["kondisi-akhir-mismatch"],
    truth: ky("g"),
    trap: a("k2029", "g"),
  });
  for (const id of ["s2", "s3"])
    b.ok({ sheet: S, cell: a("akK", id), rules: ["kondisi-akhir-mismatch"], truth: ky(id) });
  for (const id of ["s1", "s2", "s3"])
    b.ok({ sheet: S, cell: a("akR", id), rules: ["kondisi-akhir-mismatch", "sum-mismatch"], truth: yr(id) });
  for (const y of [2025, 2026, 2028, 2029])
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "g"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "s1")}+${a(`r${y}`, "s2")}+${a(`r${y}`, "s3")}`,
    });
  for (const id of ["s1", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `"1.01.02.2.03"`,
      actual: `PARENT(${a("kode", id)})`,
    });
  b.ok({
    sheet: S,
    cell: a("kode", "g"),
    rules: ["code-hierarchy"],
    truth: `"1.01.02"`,
    actual: `PARENT(${a("kode", "g")})`,
  });
  return b.finish();
}
