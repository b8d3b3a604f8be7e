// The Renja evaluation (E.81) of the Dinas Pendidikan Kabupaten Lembah Seruni (Jawa Tengah) and the
// Renstra funding table (T-C.27) of the Dinas Pendidikan Kota Tanjung Baruna (Kalimantan Barat):
// APM SMP, angka putus sekolah, rehabilitasi ruang kelas, ANBK, akreditasi. Every name and number is invented.
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

/** E.81 s.d. Triwulan IV 2024 with calendar years in the header and an extra Renja capaian pair (12a). */
export function e81Smp(): BookW {
  const b = new BookW(
    "e81-renja-smp-disdik-lembah-seruni-2024.xlsx",
    "E.81 Evaluasi Renja (Disdik SMP)",
    "E.81 s.d. Triwulan IV 2024, Renstra 2021-2026; years in the header (s.d. 2023, 2024); quarters under one group 'Realisasi Kinerja pada Triwulan' > I..IV > Kinerja | Anggaran (Rp); an extra pair '12a = 12/7 x 100' as formulas; APM (level) over rehab ruang kelas and ANBK (flows); Rata-rata and Predikat rows",
  );
  const S = "Evaluasi Renja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN LEMBAH SERUNI",
    "DINAS PENDIDIKAN DAN KEBUDAYAAN",
    "Jl. Pemuda No. 17 Seruni Kidul, Jawa Tengah",
  ]);
  s.lines([
    "Tabel E.81 Evaluasi terhadap Hasil Renja Dinas Pendidikan dan Kebudayaan (Bidang Pembinaan SMP)",
    "Renstra 2021-2026, Periode Pelaksanaan s.d. Triwulan IV Tahun 2024",
  ]);
  s.gap();
  const subs: E[] = [
    {
      id: "s1",
      kode: "1.01.02.2.02.0009",
      ur: "Rehabilitasi Sedang/Berat Ruang Kelas Sekolah",
      ind: "Jumlah ruang kelas rusak berat yang direhabilitasi",
      sat: "ruang",
      level: false,
      k5: 120,
      k6: 70,
      k7: 24,
      q: [0, 5, 10, 8],
      r5: 21_600_000_000,
      r6: 12_480_500_000,
      r7: 4_320_000_000,
      rq: [0, 1_085_400_000, 1_712_250_000, 1_398_600_000],
    },
    {
      id: "s2",
      kode: "1.01.02.2.02.0020",
      ur: "Penyediaan Sarana Asesmen Nasional Berbasis Komputer (ANBK)",
      ind: "Jumlah SMP yang difasilitasi perangkat ANBK",
      sat: "sekolah",
      level: false,
      k5: 60,
      k6: 31,
      k7: 14,
      q: [2, 4, 5, 3],
      r5: 3_900_000_000,
      r6: 2_015_750_000,
      r7: 910_000_000,
      rq: [112_300_000, 264_800_000, 318_450_000, 199_100_000],
    },
  ];
  const add = (k: "r5" | "r6" | "r7") => sum(subs.map((x) => x[k]));
  const rq = [0, 1, 2, 3].map((i) => sum(subs.map((x) => x.rq[i])));
  const keg: E = {
    id: "keg",
    kode: "1.01.02.2.02",
    ur: "Pengelolaan Pendidikan Sekolah Menengah Pertama",
    ind: "Jumlah ruang kelas SMP yang direhabilitasi",
    sat: "ruang",
    level: false,
    k5: 180,
    k6: 104,
    k7: 36,
    q: [0, 8, 14, 12],
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
    ind: "Angka Partisipasi Murni (APM) SMP/sederajat",
    sat: "%",
    level: true,
    k5: 92.5,
    k6: 88.1,
    k7: 90,
    q: [88.4, 88.9, 89.6, 90.3],
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
    { key: `k${key}`, head: [...g, "Kinerja"], role, year, num, fmt: DEC, width: 9 },
    { key: `r${key}`, head: [...g, "Anggaran (Rp)"], role: rrole, year, num, fmt: RP, width: 16 },
  ];
  const TW = "Realisasi Kinerja pada Triwulan";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    {
      key: "ur",
      head: ["Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan"],
      num: "3",
      width: 34,
    },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome)/ Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    ...pair("5", ["Target Renstra PD pada Tahun 2026 (Akhir Periode Renstra PD)"], "5", "target", "anggaran"),
    ...pair(
      "6",
      ["Realisasi Capaian Kinerja Renstra PD sampai dengan Renja PD Tahun 2023"],
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair(
      "7",
      ["Target Kinerja dan Anggaran Renja PD Tahun 2024 yang Dievaluasi"],
      "7",
      "target",
      "anggaran",
      2024,
    ),
    ...pair("8", [TW, "I"], "8", "realisasi", "realisasi-anggaran", 2024),
    ...pair("9", [TW, "II"], "9", "realisasi", "realisasi-anggaran", 2024),
    ...pair("10", [TW, "III"], "10", "realisasi", "realisasi-anggaran", 2024),
    ...pair("11", [TW, "IV"], "11", "realisasi", "realisasi-anggaran", 2024),
    ...pair(
      "12",
      ["Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi Tahun 2024"],
      "12 = 8+9+10+11",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair("12a", ["Tingkat Capaian Renja Tahun 2024 (%)"], "12a = 12/7 x 100", "capaian", "capaian", 2024),
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
      ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun 2024 (%)"],
      "14 = 13/5 x 100",
      "capaian",
      "capaian",
    ),
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 16 },
  ];
  // planted: (13) Rp of sub kegiatan .0020 typed 2,190,400,000; 6 + 12 = 2,910,400,000
  const R13S2 = 2_190_400_000;
  const body: Row[] = rows.map((e, i) => ({
    id: e.id,
    bold: e.id === "prog",
    cells: (x) => ({
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
      k12a: fx(`ROUND(${x.a("k12")}/${x.a("k7")}*100,2)`),
      r12a: fx(`ROUND(${x.a("r12")}/${x.a("r7")}*100,2)`),
      k13: k13(e),
      r13: e.id === "s2" ? R13S2 : e.r6 + r12(e),
      k14: k14(e),
      r14: r14(e),
      pj: "Bidang Pembinaan SMP",
    }),
  }));
  const avgK = round(sum(rows.map(k14)) / 4);
  const avgR = round(sum(rows.map(r14)) / 4);
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: [
      ...body,
      {
        id: "avg",
        span: ["no", "ind"],
        cells: (x) => ({
          no: "Rata-rata Capaian Kinerja dan Realisasi Anggaran (%)",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "prog")}:${x.a("k14", "s2")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "prog")}:${x.a("r14", "s2")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["no", "ind"],
        // planted: the K average is 81.70 (Tinggi) but the row says Sangat Tinggi
        cells: () => ({ no: "Predikat Kinerja", k14: "Sangat Tinggi", r14: predikat(avgR) }),
      },
    ],
  });
  if (predikat(avgK) === "Sangat Tinggi") throw new Error("the planted predikat would be right");
  s.gap();
  s.lines([
    "Faktor pendorong: DAK fisik 2024 untuk rehabilitasi ruang kelas cair pada Triwulan II.",
    "Faktor penghambat: lelang rehabilitasi di Kecamatan Watu Ombo dua kali gagal.",
    "Tindak lanjut: percepatan pengadaan langsung untuk paket di bawah Rp 200 juta.",
  ]);
  s.gap();
  signature(s, 22, {
    tempat: "Seruni Kidul, 14 Januari 2025",
    jabatan: ["KEPALA DINAS PENDIDIKAN DAN KEBUDAYAAN", "KABUPATEN LEMBAH SERUNI"],
    nama: "Dra. SRI WAHYUNINGTYAS PRAMESTI, M.Pd.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19700823 199503 2 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) => ["8", "9", "10", "11"].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r13", "s2") },
    rules: ["sum-mismatch"],
    note: "Column 13 Rp of sub kegiatan 1.01.02.2.02.0020 is 2,190,400,000; 6 + 12 = 2,015,750,000 + 894,650,000 = 2,910,400,000 (digits swapped)",
    truth: `${a("r6", "s2")}+${a("r12", "s2")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "pred") },
    rules: ["predikat-mismatch"],
    note: "Predikat kinerja 'Sangat Tinggi' for a K average of 81.70; the band > 75 to 90 is Tinggi",
    truth: `PREDIKAT(${a("k14", "avg")})`,
  });
  // traps: the APM row is a level
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
  for (const id of ["prog", "keg", "s1", "s2"])
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

/** T-C.27 of the Dinas Pendidikan Kota Tanjung Baruna, Renstra 2025-2029, Rp in thousands. */
export function tc27Smp(): BookW {
  const b = new BookW(
    "tc27-pendanaan-smp-disdik-tanjung-baruna.xlsx",
    "T-C.27 Rencana program dan pendanaan (Disdik SMP)",
    "T-C.27 Renstra 2025-2029 '(Rp 000)'; Tujuan and Sasaran columns merged down; Tahun ke-1..5 over Target | Rp; kegiatan Rp as SUM formulas, program Rp pointing at the kegiatan; a negative level (angka putus sekolah), % levels and a flow (ruang kelas); Lokasi column",
  );
  const S = "Tabel 6.1";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA TANJUNG BARUNA", "DINAS PENDIDIKAN"]);
  s.lines([
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif Dinas Pendidikan Kota Tanjung Baruna",
    "Renstra Perangkat Daerah Tahun 2025-2029",
    "(Rp 000)",
  ]);
  s.gap();
  const rows: P[] = [
    {
      id: "p",
      kode: "1.01.02",
      ur: "PROGRAM PENGELOLAAN PENDIDIKAN",
      ind: "Angka putus sekolah SMP",
      sat: "%",
      level: true,
      awal: 0.42,
      k: [0.38, 0.34, 0.3, 0.26, 0.22],
    },
    {
      id: "g",
      kode: "1.01.02.2.02",
      ur: "Pengelolaan Pendidikan Sekolah Menengah Pertama",
      ind: "Persentase ruang kelas SMP dalam kondisi baik",
      sat: "%",
      level: true,
      awal: 71.4,
      k: [74, 77, 80, 83, 86],
    },
    {
      id: "s1",
      kode: "1.01.02.2.02.0009",
      ur: "Rehabilitasi Sedang/Berat Ruang Kelas Sekolah",
      ind: "Jumlah ruang kelas yang direhabilitasi",
      sat: "ruang",
      level: false,
      awal: 22,
      k: [24, 26, 26, 28, 30],
      rp: [5_760_000, 6_240_000, 6_370_000, 6_860_000, 7_350_000],
    },
    {
      id: "s2",
      kode: "1.01.02.2.02.0022",
      ur: "Fasilitasi Akreditasi Satuan Pendidikan SMP",
      ind: "Persentase SMP terakreditasi A",
      sat: "%",
      level: true,
      awal: 38.5,
      k: [42, 46, 50, 54, 58],
      rp: [385_000, 402_500, 421_000, 440_000, 460_500],
    },
    {
      id: "s3",
      kode: "1.01.02.2.02.0025",
      ur: "Penyelenggaraan Asesmen Nasional Berbasis Komputer (ANBK)",
      ind: "Persentase SMP yang melaksanakan ANBK secara mandiri",
      sat: "%",
      level: true,
      awal: 64,
      k: [70, 76, 82, 88, 94],
      rp: [612_400, 640_000, 668_800, 698_900, 730_300],
    },
  ];
  const TK = "Target Kinerja Program dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra PD";
  const years = [1, 2, 3, 4, 5];
  const cols: Col[] = [
    { key: "tuj", head: ["Tujuan"], role: "tujuan", num: 1, width: 22 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", num: 2, width: 22 },
    { key: "kode", head: ["Kode"], role: "kode", num: 3, width: 18 },
    { key: "ur", head: ["Program dan Kegiatan"], num: 4, width: 32 },
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
    ...years.flatMap((y): Col[] => [
      {
        key: `k${y}`,
        head: [TK, `Tahun ke-${y}`, "Target"],
        role: "target",
        year: 2024 + y,
        num: 6 + 2 * y,
        fmt: DEC,
      },
      {
        key: `r${y}`,
        head: [TK, `Tahun ke-${y}`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: 7 + 2 * y,
        fmt: RP,
      },
    ]),
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", num: 18, fmt: DEC },
    { key: "akR", head: [AK, "Rp"], role: "anggaran", num: 19, fmt: RP },
    { key: "pj", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: 20, width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: 21 },
  ];
  const TUJ = "Meningkatnya akses dan mutu pendidikan dasar";
  const SAS = "Meningkatnya partisipasi dan mutu layanan SMP";
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
          tuj: TUJ,
          sas: SAS,
          kode: p.kode,
          ur: p.ur,
          ind: p.ind,
          sat: p.sat,
          awal: p.awal,
          // planted: the ANBK row's kondisi akhir is the Tahun ke-4 target (88), not ke-5 (94)
          akK: p.id === "s3" ? p.k[3] : p.level ? p.k[4] : sum(p.k),
          pj: "Bidang Pembinaan SMP",
          lok: "Kota Tanjung Baruna",
        };
        years.forEach((y) => {
          out[`k${y}`] = p.k[y - 1];
          if (p.rp) out[`r${y}`] = p.rp[y - 1];
          else if (p.id === "g")
            // planted: Tahun ke-3 sums one row short (s1:s2)
            out[`r${y}`] = fx(`SUM(${x.a(`r${y}`, "s1")}:${x.a(`r${y}`, y === 3 ? "s2" : "s3")})`);
          else out[`r${y}`] = fx(x.a(`r${y}`, "g"));
        });
        out.akR = fx(`SUM(${x.a("r1")},${x.a("r2")},${x.a("r3")},${x.a("r4")},${x.a("r5")})`);
        return out;
      },
    })),
  });
  s.gap();
  s.lines(["Keterangan: angka putus sekolah adalah indikator negatif (makin kecil makin baik)."]);
  s.gap();
  signature(s, 16, {
    tempat: "Tanjung Baruna, 3 Maret 2025",
    jabatan: ["KEPALA DINAS PENDIDIKAN KOTA TANJUNG BARUNA"],
    nama: "H. MUHAMMAD SYARIF ALQADRI, S.Pd., M.M.",
    nip: "19760410 200003 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const ks = (id: string) => years.map((y) => a(`k${y}`, id)).join("+");
  const rs = (id: string) => years.map((y) => a(`r${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r3", "g") },
    rules: ["sum-mismatch", "inconsistent-formula"],
    note: "Kegiatan 1.01.02.2.02 Tahun ke-3 Rp is =SUM over two sub kegiatan (7,459,000 - 668,800 short); the three give 7,459,800",
    truth: `${a("r3", "s1")}+${a("r3", "s2")}+${a("r3", "s3")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("akK", "s3") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir of 'Persentase SMP yang melaksanakan ANBK secara mandiri' is 88 (the Tahun ke-4 target); a % level ends at the Tahun ke-5 target 94",
    truth: a("k5", "s3"),
  });
  for (const id of ["p", "g", "s2"])
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
  for (const id of ["s1", "s2", "s3"])
    b.ok({ sheet: S, cell: a("akR", id), rules: ["kondisi-akhir-mismatch", "sum-mismatch"], truth: rs(id) });
  for (const y of [1, 2, 4, 5])
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
      truth: `"1.01.02.2.02"`,
      actual: `PARENT(${a("kode", id)})`,
    });
  b.ok({ sheet: S, cell: a("k5", "p"), rules: ["target-trend"], truth: "0.22" });
  return b.finish();
}
