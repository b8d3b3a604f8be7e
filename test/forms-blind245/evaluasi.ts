// The Renja evaluation (E.81) and the Renstra funding table (T-C.27) of two Dinas Pendidikan on the
// beasiswa daerah (siswa miskin, prestasi, mahasiswa). Every kabupaten, person and number is invented.
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

/** E.81 of the Dinas Pendidikan Kabupaten Batang Kuantan Hilir (Riau), s.d. Triwulan IV 2024. */
export function e81Beasiswa(): BookW {
  const b = new BookW(
    "e81-beasiswa-daerah-disdik-batang-kuantan-hilir.xlsx",
    "E.81 Evaluasi Renja (Disdik beasiswa)",
    "E.81 s.d. Triwulan IV 2024 with calendar years in the header (Realisasi s.d. 2023, Renja 2024); 'Kinerja | Keuangan (Rp)' pairs; extra Tingkat Capaian Renja column (12/7); no Kode column, codes inside the uraian; a % level row over flows; Rata-rata and Predikat footer rows",
  );
  const S = "Evaluasi Renja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN BATANG KUANTAN HILIR",
    "DINAS PENDIDIKAN",
    "Jl. Datuk Bandaro No. 7 Teluk Kuantan Hilir",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA DINAS PENDIDIKAN TAHUN 2024 (s.d. TRIWULAN IV)",
    "Renstra Perangkat Daerah 2021-2026 - Program Beasiswa Daerah",
  ]);
  s.gap();
  const subs: E[] = [
    {
      id: "s1",
      kode: "1.01.02.2.02.0011",
      ur: "Penyaluran Beasiswa Siswa Miskin Jenjang SD dan SMP",
      ind: "Jumlah siswa miskin penerima beasiswa daerah",
      sat: "siswa",
      level: false,
      k5: 9_600,
      k6: 5_742,
      k7: 1_950,
      q: [0, 812, 406, 689],
      r5: 14_400_000_000,
      r6: 8_613_000_000,
      r7: 2_925_000_000,
      rq: [0, 1_218_000_000, 609_000_000, 1_033_500_000],
    },
    {
      id: "s2",
      kode: "1.01.02.2.02.0012",
      ur: "Pemberian Beasiswa Prestasi Akademik dan Non Akademik",
      ind: "Jumlah siswa berprestasi penerima beasiswa",
      sat: "siswa",
      level: false,
      k5: 1_500,
      k6: 884,
      k7: 310,
      q: [0, 142, 0, 163],
      r5: 3_750_000_000,
      r6: 2_210_000_000,
      r7: 775_000_000,
      rq: [0, 355_000_000, 0, 407_500_000],
    },
  ];
  const add = (k: "r5" | "r6" | "r7") => sum(subs.map((x) => x[k]));
  const keg: E = {
    id: "keg",
    kode: "1.01.02.2.02",
    ur: "Pengelolaan Pendidikan Sekolah Menengah Pertama",
    ind: "Jumlah penerima beasiswa daerah yang tersalurkan",
    sat: "siswa",
    level: false,
    k5: 11_100,
    k6: 6_626,
    k7: 2_260,
    q: [0, 954, 406, 852],
    r5: add("r5"),
    r6: add("r6"),
    r7: add("r7"),
    rq: [0, 1, 2, 3].map((i) => sum(subs.map((x) => x.rq[i]))),
  };
  const prog: E = {
    ...keg,
    id: "prog",
    kode: "1.01.02",
    ur: "PROGRAM PENGELOLAAN PENDIDIKAN",
    ind: "Persentase siswa dari keluarga miskin yang menerima beasiswa",
    sat: "%",
    level: true,
    k5: 90,
    k6: 71.4,
    k7: 78,
    q: [71.4, 74.2, 76.9, 79.5],
  };
  const rows = [prog, keg, ...subs];
  const k12 = (e: E) => (e.level ? e.q[3] : sum(e.q));
  const k13 = (e: E) => (e.level ? k12(e) : e.k6 + k12(e));
  const r12 = (e: E) => sum(e.rq);
  const k14 = (e: E) => round((k13(e) / e.k5) * 100);
  const r14 = (e: E) => round(((e.r6 + r12(e)) / e.r5) * 100);
  const pair = (
    key: string,
    g: string,
    num: string,
    role: Col["role"],
    rrole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [g, "Kinerja"], role, year, num, fmt: DEC, width: 10 },
    { key: `r${key}`, head: [g, "Keuangan (Rp)"], role: rrole, year, num, fmt: RP, width: 16 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "ur", head: ["Kode / Program / Kegiatan / Sub Kegiatan"], num: "2-3", width: 40 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 36,
    },
    ...pair("5", "Target Renstra 2026 (akhir periode)", "5", "target", "anggaran"),
    ...pair("6", "Realisasi Renstra s.d. Tahun 2023", "6", "realisasi", "realisasi-anggaran", 2023),
    ...pair("7", "Target Renja Tahun 2024", "7", "target", "anggaran", 2024),
    ...pair("8", "Realisasi TW I 2024", "8", "realisasi", "realisasi-anggaran", 2024),
    ...pair("9", "Realisasi TW II 2024", "9", "realisasi", "realisasi-anggaran", 2024),
    ...pair("10", "Realisasi TW III 2024", "10", "realisasi", "realisasi-anggaran", 2024),
    ...pair("11", "Realisasi TW IV 2024", "11", "realisasi", "realisasi-anggaran", 2024),
    ...pair("12", "Realisasi Renja Tahun 2024", "12", "realisasi", "realisasi-anggaran", 2024),
    {
      key: "kc",
      head: ["Tingkat Capaian Renja 2024 (%)", "Kinerja"],
      role: "capaian",
      year: 2024,
      num: "12/7",
      fmt: DEC,
    },
    ...pair("13", "Realisasi Renstra s.d. Tahun 2024", "13", "realisasi", "realisasi-anggaran", 2024),
    ...pair("14", "Tingkat Capaian Renstra s.d. 2024 (%)", "14", "capaian", "capaian"),
    { key: "pj", head: ["Unit Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 16 },
  ];
  const R12S1 = 2_951_500_000; // planted: the quarters give 2,860,500,000
  const R13S2 = 3_727_500_000; // planted: 6 + 12 = 2,210,000,000 + 762,500,000 = 2,972,500,000
  const body: Row[] = rows.map((e, i) => ({
    id: e.id,
    cells: {
      no: i + 1,
      ur: `${e.kode} ${e.ur}`,
      ind: e.ind,
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
      r12: e.id === "s1" ? R12S1 : r12(e),
      kc: round((k12(e) / e.k7) * 100),
      k13: k13(e),
      r13: e.id === "s2" ? R13S2 : e.r6 + r12(e),
      k14: k14(e),
      r14: r14(e),
      pj: "Bidang Pembinaan SD dan SMP",
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
          no: "Rata-rata capaian kinerja dan anggaran (%)",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "prog")}:${x.a("k14", "s2")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "prog")}:${x.a("r14", "s2")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["no", "ind"],
        cells: {
          no: "Predikat kinerja",
          k14: predikat(round(sum(rows.map(k14)) / 4)),
          r14: predikat(round(sum(rows.map(r14)) / 4)),
        },
      },
    ],
  });
  s.gap();
  s.lines(["Faktor penghambat: pencairan Triwulan I tertunda menunggu SK penerima beasiswa."]);
  s.gap();
  signature(s, 18, {
    tempat: "Teluk Kuantan Hilir, 14 Januari 2025",
    jabatan: ["KEPALA DINAS PENDIDIKAN"],
    nama: "Drs. AZWIR MUNAF SUTAN, M.Pd.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19690304 199403 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) => ["8", "9", "10", "11"].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r12", "s1") },
    rules: ["sum-mismatch"],
    note: "Realisasi Renja 2024 Rp of sub kegiatan 1.01.02.2.02.0011 is 2,951,500,000; the four quarters add up to 2,860,500,000",
    truth: q("r", "s1"),
  });
  b.plant({
    at: { sheet: S, cell: a("r13", "s2") },
    rules: ["sum-mismatch"],
    note: "Realisasi Renstra s.d. 2024 Rp of sub kegiatan .0012 is 3,727,500,000; 6 + 12 = 2,210,000,000 + 762,500,000 = 2,972,500,000",
    truth: `${a("r6", "s2")}+${a("r12", "s2")}`,
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
  for (const id of ["keg", "s1", "s2"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: q("k", id) });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const id of ["prog", "keg", "s2"])
    b.ok({ sheet: S, cell: a("r12", id), rules: ["sum-mismatch"], truth: q("r", id) });
  for (const id of ["prog", "keg"])
    b.ok({ sheet: S, cell: a("r13", id), rules: ["sum-mismatch"], truth: `${a("r6", id)}+${a("r12", id)}` });
  for (const id of ["prog", "keg", "s1", "s2"]) {
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
    b.ok({
      sheet: S,
      cell: a("kc", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k12", id)}/${a("k7", id)}*100,2)`,
    });
  }
  b.ok({
    sheet: S,
    cell: a("r7", "keg"),
    rules: ["sum-mismatch"],
    truth: `${a("r7", "s1")}+${a("r7", "s2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("k14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("k14", "avg")})`,
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

/** T-C.27 of the Dinas Pendidikan Kota Tanjung Merbau (Kalimantan Barat), Renstra 2026-2030, Rp in thousands. */
export function tc27Beasiswa(): BookW {
  const b = new BookW(
    "tc27-renstra-beasiswa-disdik-tanjung-merbau.xlsx",
    "T-C.27 Rencana program dan pendanaan (Disdik beasiswa)",
    "T-C.27 Renstra 2026-2030 '(Rp 000)'; Tujuan/Sasaran columns merged down; Tahun ke-1..5 > Target | Rp (years in the title only); kegiatan Rp = SUM of sub kegiatan, program Rp = the kegiatan; kondisi akhir Rp = SUM of the five years; lokasi column",
  );
  const S = "Tabel 6.1";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA TANJUNG MERBAU", "DINAS PENDIDIKAN DAN KEBUDAYAAN"]);
  s.lines([
    "Rencana Program, Kegiatan dan Pendanaan Dinas Pendidikan Kota Tanjung Merbau",
    "Renstra Tahun 2026-2030",
    "(Rp 000)",
  ]);
  s.gap();
  const rows: P[] = [
    {
      id: "p",
      kode: "1.01.02",
      ur: "Program Pengelolaan Pendidikan",
      ind: "Angka putus sekolah jenjang SMP",
      sat: "%",
      level: true,
      awal: 0.92,
      k: [0.85, 0.78, 0.7, 0.62, 0.55],
    },
    {
      id: "g",
      kode: "1.01.02.2.01",
      ur: "Pengelolaan Pendidikan Sekolah Dasar",
      ind: "Jumlah siswa SD penerima beasiswa daerah",
      sat: "siswa",
      level: false,
      awal: 1_240,
      k: [1_300, 1_350, 1_400, 1_450, 1_500],
    },
    {
      id: "s1",
      kode: "1.01.02.2.01.0019",
      ur: "Penyaluran Beasiswa Siswa Miskin SD",
      ind: "Jumlah siswa miskin SD penerima beasiswa",
      sat: "siswa",
      level: false,
      awal: 1_050,
      k: [1_100, 1_140, 1_180, 1_220, 1_260],
      rp: [1_650_000, 1_710_000, 1_770_000, 1_830_000, 1_890_000],
    },
    {
      id: "s2",
      kode: "1.01.02.2.01.0020",
      ur: "Beasiswa Prestasi Siswa SD",
      ind: "Persentase juara lomba tingkat provinsi yang menerima beasiswa",
      sat: "%",
      level: true,
      awal: 80,
      k: [85, 88, 91, 95, 100],
      rp: [285_000, 300_000, 315_000, 330_000, 345_000],
    },
    {
      id: "s3",
      kode: "1.01.03.2.01.0021",
      ur: "Pendataan Anak Putus Sekolah Usia SD",
      ind: "Jumlah dokumen data anak putus sekolah",
      sat: "dokumen",
      level: false,
      awal: 1,
      k: [1, 1, 1, 1, 1],
      rp: [62_500, 65_000, 67_500, 70_000, 72_500],
    },
  ];
  const TK = "Target Kinerja Program dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra";
  const years = [1, 2, 3, 4, 5];
  const cols: Col[] = [
    { key: "tuj", head: ["Tujuan"], role: "tujuan", width: 20 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", width: 20 },
    { key: "kode", head: ["Kode"], role: "kode", width: 18 },
    { key: "ur", head: ["Program dan Kegiatan"], width: 30 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "awal", head: ["Data Capaian pada Tahun Awal Perencanaan"], role: "kondisi-awal", fmt: DEC },
    ...years.flatMap((y): Col[] => [
      { key: `k${y}`, head: [TK, `Tahun ke-${y}`, "Target"], role: "target", year: 2025 + y, fmt: DEC },
      { key: `r${y}`, head: [TK, `Tahun ke-${y}`, "Rp"], role: "anggaran", year: 2025 + y, fmt: RP },
    ]),
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", fmt: DEC },
    { key: "akR", head: [AK, "Rp"], role: "anggaran", fmt: RP },
    { key: "pj", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", width: 14 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", width: 14 },
  ];
  const AKK_S2 = 95; // planted: year 4's target; year 5 is 100
  const R3G = 2_125_000; // planted: the sub kegiatan give 2,152,500
  const t = s.table({
    cols,
    headerRows: 3,
    vmerge: ["tuj", "sas"],
    rows: rows.map((p) => ({
      id: p.id,
      bold: !p.rp,
      cells: (x) => {
        const out: Record<string, ReturnType<typeof fx> | number | string> = {
          tuj: "Meningkatnya akses pendidikan yang merata",
          sas: "Menurunnya angka putus sekolah",
          kode: p.kode,
          ur: p.ur,
          ind: p.ind,
          sat: p.sat,
          awal: p.awal,
          akK: p.id === "s2" ? AKK_S2 : p.level ? p.k[4] : sum(p.k),
          pj: "Bidang Pembinaan SD",
          lok: "Kota Tanjung Merbau",
        };
        years.forEach((y) => {
          out[`k${y}`] = p.k[y - 1];
          if (p.rp) out[`r${y}`] = p.rp[y - 1];
          else if (p.id === "g")
            out[`r${y}`] = y === 3 ? R3G : fx(`SUM(${x.a(`r${y}`, "s1")}:${x.a(`r${y}`, "s3")})`);
          else out[`r${y}`] = fx(x.a(`r${y}`, "g"));
        });
        out.akR = fx(`SUM(${x.a("r1")},${x.a("r2")},${x.a("r3")},${x.a("r4")},${x.a("r5")})`);
        return out;
      },
    })),
  });
  s.gap();
  signature(s, 16, {
    tempat: "Tanjung Merbau, 2 Maret 2026",
    jabatan: ["KEPALA DINAS PENDIDIKAN DAN KEBUDAYAAN"],
    nama: "HJ. RATNA SARI DEWI ASMARA, S.Pd., M.M.",
    nip: "19750821 199903 2 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const yr = (id: string) => years.map((y) => a(`r${y}`, id)).join("+");
  const yk = (id: string) => years.map((y) => a(`k${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r3", "g") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Kegiatan 1.01.02.2.01 Tahun ke-3 Rp is a typed 2,125,000 among SUM formulas; its sub kegiatan add up to 2,152,500",
    truth: `${a("r3", "s1")}+${a("r3", "s2")}+${a("r3", "s3")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("akK", "s2") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir of a % (level) is 95, the Tahun ke-4 target; the Tahun ke-5 target is 100",
    truth: a("k5", "s2"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s3") },
    rules: ["code-hierarchy"],
    note: "Sub kegiatan Pendataan Anak Putus Sekolah Usia SD is coded 1.01.03.2.01.0021 under kegiatan 1.01.02.2.01",
    truth: `"1.01.02.2.01"`,
    actual: `PARENT(${a("kode", "s3")})`,
  });
  b.ok({
    sheet: S,
    cell: a("akK", "p"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k5", "p"),
    trap: yk("p"),
  });
  b.ok({
    sheet: S,
    cell: a("akK", "g"),
    rules: ["kondisi-akhir-mismatch"],
    truth: yk("g"),
    trap: a("k5", "g"),
  });
  b.ok({
    sheet: S,
    cell: a("akK", "s3"),
    rules: ["kondisi-akhir-mismatch"],
    truth: yk("s3"),
    trap: a("k5", "s3"),
  });
  b.ok({ sheet: S, cell: a("akK", "s1"), rules: ["kondisi-akhir-mismatch"], truth: yk("s1") });
  for (const id of ["s1", "s2", "s3"])
    b.ok({ sheet: S, cell: a("akR", id), rules: ["kondisi-akhir-mismatch", "sum-mismatch"], truth: yr(id) });
  for (const y of [1, 2, 4, 5])
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
      truth: `"1.01.02.2.01"`,
      actual: `PARENT(${a("kode", id)})`,
    });
  b.ok({ sheet: S, cell: a("k5", "p"), rules: ["target-trend"], truth: "0.55" });
  return b.finish();
}
