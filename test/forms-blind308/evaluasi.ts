// The Renja evaluation (E.81) and the Renstra funding table (T-C.27) of two Inspektorat Daerah:
// tindak lanjut rekomendasi BPK / APIP, reviu LKPD, probity audit. Every name and number is invented.
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

/** E.81 of the Inspektorat Kabupaten Sungai Manau Raya (Jambi), s.d. Triwulan IV 2024. */
export function e81Inspektorat(): BookW {
  const b = new BookW(
    "e81-inspektorat-sungai-manau-raya-308.xlsx",
    "E.81 Evaluasi Renja (Inspektorat)",
    "E.81 s.d. Triwulan IV 2024, Renstra 2021-2026; Sasaran column instead of No; 'Kinerja | Keuangan (Rp)' pairs; calendar years in the group headers; number row per column (not merged); a level row (% rekomendasi BPK ditindaklanjuti); Rata-rata and Predikat footer",
  );
  const S = "Evaluasi Renja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN SUNGAI MANAU RAYA",
    "INSPEKTORAT DAERAH",
    "Jl. Lintas Tebo - Bungo Km. 7, Muara Manau",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA INSPEKTORAT DAERAH KABUPATEN SUNGAI MANAU RAYA",
    "Renstra 2021-2026 - Periode Pelaksanaan s.d. Triwulan IV Tahun 2024",
  ]);
  s.gap();
  const subs: E[] = [
    {
      id: "s1",
      kode: "6.01.02.2.01.0003",
      ur: "Reviu Laporan Keuangan Pemerintah Daerah",
      ind: "Jumlah laporan hasil reviu LKPD dan laporan keuangan OPD",
      sat: "laporan",
      level: false,
      k5: 180,
      k6: 112,
      k7: 36,
      q: [0, 31, 3, 2],
      r5: 1_640_000_000,
      r6: 1_018_450_000,
      r7: 325_000_000,
      rq: [41_200_000, 186_900_000, 38_750_000, 52_100_000],
    },
    {
      id: "s2",
      kode: "6.01.02.2.01.0006",
      ur: "Probity Audit Pengadaan Barang/Jasa",
      ind: "Jumlah paket pengadaan yang diprobity audit",
      sat: "paket",
      level: false,
      k5: 75,
      k6: 44,
      k7: 15,
      q: [2, 4, 5, 3],
      r5: 960_000_000,
      r6: 566_300_000,
      r7: 190_000_000,
      rq: [22_400_000, 51_850_000, 63_300_000, 44_950_000],
    },
  ];
  const add = (k: "r5" | "r6" | "r7") => sum(subs.map((x) => x[k]));
  const rq = [0, 1, 2, 3].map((i) => sum(subs.map((x) => x.rq[i])));
  const keg: E = {
    id: "keg",
    kode: "6.01.02.2.01",
    ur: "Penyelenggaraan Pengawasan Internal",
    ind: "Jumlah laporan hasil pengawasan (LHP) yang diterbitkan",
    sat: "LHP",
    level: false,
    k5: 420,
    k6: 261,
    k7: 84,
    q: [14, 26, 23, 19],
    r5: add("r5"),
    r6: add("r6"),
    r7: add("r7"),
    rq,
  };
  const prog: E = {
    ...keg,
    id: "prog",
    kode: "6.01.02",
    ur: "PROGRAM PENYELENGGARAAN PENGAWASAN",
    ind: "Persentase rekomendasi hasil pemeriksaan BPK yang ditindaklanjuti",
    sat: "%",
    level: true,
    k5: 90,
    k6: 71.4,
    k7: 80,
    q: [72.6, 74.9, 77.3, 81.8],
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
    { key: `k${key}`, head: [g, "Kinerja"], role, year, num: `${num}a`, fmt: DEC, width: 9 },
    { key: `r${key}`, head: [g, "Keuangan (Rp)"], role: rrole, year, num: `${num}b`, fmt: RP, width: 16 },
  ];
  const cols: Col[] = [
    { key: "sas", head: ["Sasaran"], role: "sasaran", num: "1", width: 22 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: "3", width: 32 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    ...pair("5", "Target Renstra Akhir Periode (2026)", "5", "target", "anggaran"),
    ...pair("6", "Realisasi Renstra s.d. Tahun 2023", "6", "realisasi", "realisasi-anggaran", 2023),
    ...pair("7", "Target Renja Tahun 2024", "7", "target", "anggaran", 2024),
    ...pair("8", "Realisasi TW I 2024", "8", "realisasi", "realisasi-anggaran", 2024),
    ...pair("9", "Realisasi TW II 2024", "9", "realisasi", "realisasi-anggaran", 2024),
    ...pair("10", "Realisasi TW III 2024", "10", "realisasi", "realisasi-anggaran", 2024),
    ...pair("11", "Realisasi TW IV 2024", "11", "realisasi", "realisasi-anggaran", 2024),
    ...pair("12", "Realisasi Renja 2024 (12 = 8+9+10+11)", "12", "realisasi", "realisasi-anggaran", 2024),
    ...pair("13", "Realisasi Renstra s.d. 2024 (13 = 6+12)", "13", "realisasi", "realisasi-anggaran", 2024),
    ...pair("14", "Tingkat Capaian Renstra s.d. 2024 (%) (14 = 13/5 x 100)", "14", "capaian", "capaian"),
    { key: "pj", head: ["Unit Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 16 },
  ];
  // planted: sub kegiatan .0003's (13) Rp typed 1,446,500,000; 6 + 12 = 1,337,400,000
  const R13S1 = 1_446_500_000;
  const k14s = rows.map(k14);
  const avgK = round(sum(k14s) / 4);
  const body: Row[] = rows.map((e) => ({
    id: e.id,
    cells: {
      sas: "Meningkatnya akuntabilitas kinerja dan keuangan daerah",
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
      k13: k13(e),
      r13: e.id === "s1" ? R13S1 : e.r6 + r12(e),
      k14: k14(e),
      r14: r14(e),
      pj: "Irban Wilayah I",
    },
  }));
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    vmerge: ["sas"],
    rows: [
      ...body,
      {
        id: "avg",
        span: ["sas", "ind"],
        cells: (x) => ({
          sas: "Rata-rata capaian kinerja dan realisasi anggaran (%)",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "prog")}:${x.a("k14", "s2")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "prog")}:${x.a("r14", "s2")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["sas", "ind"],
        cells: {
          sas: "Predikat kinerja",
          // planted: "Sangat Tinggi" although the average K is in the Tinggi band
          k14: avgK > 90 ? "Tinggi" : "Sangat Tinggi",
          r14: predikat(round(sum(rows.map(r14)) / 4)),
        },
      },
    ],
  });
  s.gap();
  s.lines(["Faktor penghambat: tindak lanjut kerugian daerah menunggu keputusan Majelis TPTGR."]);
  s.gap();
  signature(s, 24, {
    tempat: "Muara Manau, 14 Januari 2025",
    jabatan: ["INSPEKTUR KABUPATEN SUNGAI MANAU RAYA"],
    nama: "Drs. HENDRA SAPUTRA RASYID, M.M., CGCAE",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19710304 199603 1 002",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) => ["8", "9", "10", "11"].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r13", "s1") },
    rules: ["sum-mismatch"],
    note: "Column 13 Rp of sub kegiatan 6.01.02.2.01.0003 is 1,446,500,000; 6 + 12 = 1,018,450,000 + 318,950,000 = 1,337,400,000",
    truth: `${a("r6", "s1")}+${a("r12", "s1")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "pred") },
    rules: ["predikat-mismatch"],
    note: `Predikat kinerja 'Sangat Tinggi' for an average K capaian of ${avgK}; the band > 75 to 90 is Tinggi`,
    truth: `PREDIKAT(${a("k14", "avg")})`,
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
    b.ok({ sheet: S, cell: a("r12", id), rules: ["sum-mismatch"], truth: q("r", id) });
  }
  for (const id of ["prog", "keg", "s2"])
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

/** T-C.27 of the Inspektorat Kota Tanjung Kelambu (Kalimantan Barat), Renstra 2025-2029, Rp in thousands. */
export function tc27Inspektorat(): BookW {
  const b = new BookW(
    "tc27-inspektorat-tanjung-kelambu-308.xlsx",
    "T-C.27 Rencana program dan pendanaan (Inspektorat)",
    "T-C.27 Renstra 2025-2029 '(Rp 000)'; 'Tahun - 1'..'Tahun - 5' over Target | Rp with group headers written once (not merged); no number row; kegiatan Rp = SUM of sub kegiatan; kondisi akhir Rp = SUM of the five years; levels (maturitas SPIP, % temuan) and a flow (LHP probity)",
  );
  const S = "Tabel 5.1";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA TANJUNG KELAMBU", "INSPEKTORAT"]);
  s.lines([
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif Inspektorat Kota Tanjung Kelambu",
    "Renstra Perangkat Daerah Tahun 2025-2029",
    "(Rp 000)",
  ]);
  s.gap();
  const rows: P[] = [
    {
      id: "p",
      kode: "6.01.02",
      ur: "Program Penyelenggaraan Pengawasan",
      ind: "Level maturitas SPIP",
      sat: "level",
      level: true,
      awal: 3.05,
      k: [3.2, 3.35, 3.5, 3.65, 3.8],
    },
    {
      id: "g",
      kode: "6.01.02.2.01",
      ur: "Penyelenggaraan Pengawasan Internal",
      ind: "Persentase temuan pengawasan yang ditindaklanjuti",
      sat: "%",
      level: true,
      awal: 78,
      k: [80, 83, 86, 89, 92],
    },
    {
      id: "s1",
      kode: "6.01.02.2.01.0001",
      ur: "Pengawasan Kinerja Pemerintah Daerah",
      ind: "Jumlah OPD yang dievaluasi AKIP",
      sat: "OPD",
      level: false,
      awal: 32,
      k: [34, 34, 34, 34, 34],
      rp: [612_400, 643_000, 675_200, 709_000, 744_400],
    },
    {
      id: "s2",
      kode: "6.01.02.2.01.0004",
      ur: "Probity Audit dan Reviu Pengadaan",
      ind: "Jumlah LHP probity audit",
      sat: "LHP",
      level: false,
      awal: 9,
      k: [10, 12, 12, 14, 14],
      rp: [158_300, 171_900, 184_600, 198_200, 213_000],
    },
    {
      id: "s3",
      kode: "6.01.02.2.01.0007",
      ur: "Pemantauan Tindak Lanjut Hasil Pemeriksaan BPK",
      ind: "Persentase rekomendasi BPK yang selesai ditindaklanjuti",
      sat: "%",
      level: true,
      awal: 74.5,
      k: [78, 81, 84, 87, 90],
      rp: [94_700, 99_400, 104_400, 109_600, 115_100],
    },
  ];
  const years = [1, 2, 3, 4, 5];
  const TK = "Target Kinerja dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja Akhir Periode Renstra";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", width: 18 },
    { key: "ur", head: ["Program dan Kegiatan"], width: 32 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "awal", head: ["Data Capaian Tahun Awal (2024)"], role: "kondisi-awal", year: 2024, fmt: DEC },
    ...years.flatMap((y): Col[] => [
      { key: `k${y}`, head: [TK, `Tahun - ${y}`, "Target"], role: "target", year: 2024 + y, fmt: DEC },
      { key: `r${y}`, head: [TK, `Tahun - ${y}`, "Rp"], role: "anggaran", year: 2024 + y, fmt: RP },
    ]),
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", fmt: DEC },
    { key: "akR", head: [AK, "Rp"], role: "anggaran", fmt: RP },
    { key: "pj", head: ["Unit Kerja Penanggung Jawab"], role: "penanggung-jawab", width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi" },
  ];
  const t = s.table({
    cols,
    headerRows: 3,
    groups: "first",
    rows: rows.map((p) => ({
      id: p.id,
      bold: !p.rp,
      cells: (x) => {
        const out: Record<string, ReturnType<typeof fx> | number | string> = {
          kode: p.kode,
          ur: p.ur,
          ind: p.ind,
          sat: p.sat,
          awal: p.awal,
          // planted: the kegiatan's kondisi akhir K is the year-4 target 89 (year 5: 92)
          akK: p.id === "g" ? p.k[3] : p.level ? p.k[4] : sum(p.k),
          pj: "Inspektur Pembantu",
          lok: "Kota Tanjung Kelambu",
        };
        years.forEach((y) => {
          out[`k${y}`] = p.k[y - 1];
          if (p.rp) out[`r${y}`] = p.rp[y - 1];
          // planted: year 3's SUM stops one row short (misses sub kegiatan .0007)
          else if (p.id === "g")
            out[`r${y}`] = fx(`SUM(${x.a(`r${y}`, "s1")}:${x.a(`r${y}`, y === 3 ? "s2" : "s3")})`);
          else out[`r${y}`] = fx(x.a(`r${y}`, "g"));
        });
        out.akR = fx(`SUM(${x.a("r1")},${x.a("r2")},${x.a("r3")},${x.a("r4")},${x.a("r5")})`);
        return out;
      },
    })),
  });
  s.gap();
  signature(s, 12, {
    tempat: "Tanjung Kelambu, 24 Februari 2025",
    jabatan: ["INSPEKTUR KOTA TANJUNG KELAMBU"],
    nama: "Hj. RATNA DEWI ASMARA, S.E., M.Ak., QIA",
    nip: "19760821 200212 2 005",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const yr = (id: string) => years.map((y) => a(`r${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r3", "g") },
    rules: ["sum-mismatch"],
    note: "Kegiatan 6.01.02.2.01 Tahun - 3 Rp is =SUM over .0001 and .0004 only (859,800); with .0007 it is 964,200",
    truth: `${a("r3", "s1")}+${a("r3", "s2")}+${a("r3", "s3")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("akK", "g") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir of a % (persentase temuan ditindaklanjuti) is 89, the Tahun - 4 target; Tahun - 5 is 92",
    truth: a("k5", "g"),
  });
  for (const id of ["p", "s3"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k5", id),
      trap: years.map((y) => a(`k${y}`, id)).join("+"),
    });
  b.ok({
    sheet: S,
    cell: a("akK", "s2"),
    rules: ["kondisi-akhir-mismatch"],
    truth: years.map((y) => a(`k${y}`, "s2")).join("+"),
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
  for (const id of ["s1", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `"6.01.02.2.01"`,
      actual: `PARENT(${a("kode", id)})`,
    });
  b.ok({
    sheet: S,
    cell: a("kode", "g"),
    rules: ["code-hierarchy"],
    truth: `"6.01.02"`,
    actual: `PARENT(${a("kode", "g")})`,
  });
  return b.finish();
}
