// The Renja evaluation (E.81) of the Dinas Kesehatan Kabupaten Lembah Sariwangi (Jawa Barat) and the
// Renstra funding table (T-C.27) of the Dinas Kesehatan Kota Tanjung Rawasari (Kalimantan Selatan):
// kesehatan jiwa (ODGJ berat, pasung), rehabilitasi NAPZA and SPM usia lanjut. All invented.
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

/** E.81 of the Dinkes Lembah Sariwangi, s.d. Triwulan IV 2024, calendar years in the header. */
export function e81Keswa(): BookW {
  const b = new BookW(
    "e81-renja-2024-dinkes-lembah-sariwangi-keswa.xlsx",
    "E.81 Evaluasi Renja (Dinkes, kesehatan jiwa)",
    "E.81 s.d. TW IV 2024, Renstra 2022-2026; calendar years in the header; three header rows with 'Realisasi Kinerja pada Triwulan' > I..IV > K | Rp; program (level %) / kegiatan / three sub kegiatan (ODGJ berat, usia lanjut, NAPZA); Rata-rata and Predikat rows; Keterangan column",
  );
  const S = "Evaluasi Renja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN LEMBAH SARIWANGI",
    "DINAS KESEHATAN",
    "Jl. Raya Cigadog No. 17 Sariwangi, Jawa Barat",
  ]);
  s.lines([
    "Tabel E.81 Evaluasi terhadap Hasil Renja Dinas Kesehatan Kabupaten Lembah Sariwangi",
    "Renstra Dinas Kesehatan 2022-2026; Realisasi s.d. Triwulan IV Tahun 2024",
  ]);
  s.gap();
  const subs: E[] = [
    {
      id: "s1",
      kode: "1.02.02.2.02.0018",
      ur: "Pengelolaan Pelayanan Kesehatan Orang dengan Gangguan Jiwa Berat",
      ind: "Jumlah ODGJ berat yang mendapat pelayanan kesehatan",
      sat: "orang",
      level: false,
      k5: 5400,
      k6: 2980,
      k7: 1150,
      q: [262, 281, 305, 318],
      r5: 4_250_000_000,
      r6: 2_310_450_000,
      r7: 915_000_000,
      rq: [168_400_000, 221_750_000, 236_900_000, 268_120_000],
    },
    {
      id: "s2",
      kode: "1.02.02.2.02.0016",
      ur: "Pengelolaan Pelayanan Kesehatan Usia Lanjut",
      ind: "Jumlah warga usia lanjut yang mendapat skrining kesehatan sesuai standar",
      sat: "orang",
      level: false,
      k5: 88000,
      k6: 48100,
      k7: 18200,
      q: [3880, 4760, 4990, 5040],
      r5: 6_800_000_000,
      r6: 3_905_200_000,
      r7: 1_480_000_000,
      rq: [290_300_000, 362_480_000, 371_150_000, 402_600_000],
    },
    {
      id: "s3",
      kode: "1.02.02.2.02.0024",
      ur: "Pengelolaan Pelayanan Kesehatan bagi Penyalahguna NAPZA (Rehabilitasi Medis)",
      ind: "Jumlah klien NAPZA yang mendapat rehabilitasi medis",
      sat: "orang",
      level: false,
      k5: 600,
      k6: 262,
      k7: 130,
      q: [28, 34, 31, 41],
      r5: 1_150_000_000,
      r6: 608_750_000,
      r7: 246_000_000,
      rq: [41_200_000, 58_900_000, 62_450_000, 71_300_000],
    },
  ];
  const tot = (f: (e: E) => number) => sum(subs.map(f));
  const money = {
    r5: tot((e) => e.r5),
    r6: tot((e) => e.r6),
    r7: tot((e) => e.r7),
    rq: [0, 1, 2, 3].map((i) => tot((e) => e.rq[i])),
  };
  const keg: E = {
    id: "keg",
    kode: "1.02.02.2.02",
    ur: "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
    ind: "Jumlah orang yang mendapat layanan kesehatan jiwa, NAPZA dan usia lanjut",
    sat: "orang",
    level: false,
    k5: tot((e) => e.k5),
    k6: tot((e) => e.k6),
    k7: tot((e) => e.k7),
    q: [0, 1, 2, 3].map((i) => tot((e) => e.q[i])),
    ...money,
  };
  const prog: E = {
    id: "prog",
    kode: "1.02.02",
    ur: "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT",
    ind: "Persentase ODGJ berat yang mendapat pelayanan kesehatan sesuai standar",
    sat: "%",
    level: true,
    k5: 100,
    k6: 84.6,
    k7: 92,
    q: [71.2, 78.5, 86.4, 93.1],
    ...money,
  };
  const rows = [prog, keg, ...subs];
  const k12 = (e: E) => (e.level ? e.q[3] : sum(e.q));
  const k13 = (e: E) => (e.level ? k12(e) : e.k6 + k12(e));
  const k14 = (e: E) => round((k13(e) / e.k5) * 100);
  const r13 = (e: E) => e.r6 + sum(e.rq);
  const r14 = (e: E) => round((r13(e) / e.r5) * 100);
  const Q = "Realisasi Kinerja pada Triwulan";
  const pair = (
    key: string,
    g: string[],
    num: string,
    k: Col["role"],
    rp: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [...g, "K"], role: k, year, num, fmt: DEC, width: 10 },
    { key: `r${key}`, head: [...g, "Rp"], role: rp, year, num, fmt: RP, width: 16 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: 2, width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: 3, width: 36 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: 4, width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    ...pair("5", ["Target Renstra Akhir 2026"], "5", "target", "anggaran"),
    ...pair("6", ["Realisasi Renstra s.d. 2023"], "6", "realisasi", "realisasi-anggaran", 2023),
    ...pair("7", ["Target Renja 2024"], "7", "target", "anggaran", 2024),
    ...pair("8", [Q, "I"], "8", "realisasi", "realisasi-anggaran", 2024),
    ...pair("9", [Q, "II"], "9", "realisasi", "realisasi-anggaran", 2024),
    ...pair("10", [Q, "III"], "10", "realisasi", "realisasi-anggaran", 2024),
    ...pair("11", [Q, "IV"], "11", "realisasi", "realisasi-anggaran", 2024),
    ...pair("12", ["Realisasi Renja 2024"], "12 = 8+9+10+11", "realisasi", "realisasi-anggaran", 2024),
    ...pair("13", ["Realisasi Renstra s.d. 2024"], "13 = 6 + 12", "realisasi", "realisasi-anggaran", 2024),
    ...pair("14", ["Tingkat Capaian Renstra s.d. 2024 (%)"], "14 = 13/5 x 100", "capaian", "capaian"),
    { key: "pj", head: ["Unit Penanggung Jawab"], role: "penanggung-jawab", num: 15, width: 16 },
    { key: "ket", head: ["Keterangan"], role: "keterangan", num: 16, width: 14 },
  ];
  // planted: sub kegiatan .0024's (12) K typed 143 (28 + 34 + 31 + 41 = 134)
  // planted: sub kegiatan .0016's (13) Rp typed 5,313,730,000 (3,905,200,000 + 1,426,530,000 = 5,331,730,000)
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
        [0, 1, 2, 3].flatMap((j) => [
          [`k${8 + j}`, e.q[j]],
          [`r${8 + j}`, e.rq[j]],
        ]),
      ),
      k12: e.id === "s3" ? 143 : k12(e),
      r12: sum(e.rq),
      k13: k13(e),
      r13: e.id === "s2" ? 5_313_730_000 : r13(e),
      k14: k14(e),
      r14: r14(e),
      pj: e.id === "s2" ? "Seksi Kesga dan Gizi" : "Seksi P2 dan Keswa",
      ket: e.level ? "nilai TW IV" : undefined,
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
          no: "Rata-rata Capaian Kinerja dan Realisasi Anggaran (%)",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "prog")}:${x.a("k14", "s3")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "prog")}:${x.a("r14", "s3")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["no", "sat"],
        cells: {
          no: "Predikat Kinerja",
          k14: predikat(round(sum(rows.map(k14)) / rows.length)),
          r14: predikat(round(sum(rows.map(r14)) / rows.length)),
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: kader jiwa desa dan kunjungan rumah oleh perawat puskesmas.",
    "Faktor penghambat: keterbatasan psikiater di RSUD dan stok obat antipsikotik injeksi.",
    "Tindak lanjut: pelatihan dokter puskesmas untuk layanan keswa dasar pada 2025.",
  ]);
  s.gap();
  signature(s, 22, {
    tempat: "Sariwangi, 14 Januari 2025",
    jabatan: ["KEPALA DINAS KESEHATAN", "KABUPATEN LEMBAH SARIWANGI"],
    nama: "dr. HENDRA SURYADINATA, M.K.M.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19751103 200501 1 009",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const qs = (p: string, id: string) => [8, 9, 10, 11].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("k12", "s3") },
    rules: ["sum-mismatch"],
    note: "Column 12 K of sub kegiatan 1.02.02.2.02.0024 (klien NAPZA, a flow) is 143; the quarters 28 + 34 + 31 + 41 give 134",
    truth: qs("k", "s3"),
  });
  b.plant({
    at: { sheet: S, cell: a("r13", "s2") },
    rules: ["sum-mismatch"],
    note: "Column 13 Rp of sub kegiatan 1.02.02.2.02.0016 is 5,313,730,000; 6 + 12 = 3,905,200,000 + 1,426,530,000 = 5,331,730,000",
    truth: `${a("r6", "s2")}+${a("r12", "s2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("k12", "prog"),
    rules: ["sum-mismatch"],
    truth: a("k11", "prog"),
    trap: qs("k", "prog"),
  });
  b.ok({
    sheet: S,
    cell: a("k13", "prog"),
    rules: ["sum-mismatch"],
    truth: a("k12", "prog"),
    trap: `${a("k6", "prog")}+${a("k12", "prog")}`,
  });
  for (const id of ["keg", "s1", "s2"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: qs("k", id) });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const id of ["prog", "keg", "s1", "s2", "s3"])
    b.ok({ sheet: S, cell: a("r12", id), rules: ["sum-mismatch"], truth: qs("r", id) });
  for (const id of ["prog", "keg", "s1", "s3"])
    b.ok({ sheet: S, cell: a("r13", id), rules: ["sum-mismatch"], truth: `${a("r6", id)}+${a("r12", id)}` });
  for (const id of ["prog", "keg", "s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  for (const id of ["keg", "s1", "s3"])
    b.ok({
      sheet: S,
      cell: a("r14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r13", id)}/${a("r5", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("r7", "keg"),
    rules: ["sum-mismatch"],
    truth: `${a("r7", "s1")}+${a("r7", "s2")}+${a("r7", "s3")}`,
  });
  for (const k of ["k14", "r14"])
    b.ok({ sheet: S, cell: a(k, "pred"), rules: ["predikat-mismatch"], truth: `PREDIKAT(${a(k, "avg")})` });
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

/** T-C.27 of the Dinkes Kota Tanjung Rawasari, Renstra 2025-2029, Rp in thousands, unmerged groups. */
export function tc27Keswa(): BookW {
  const b = new BookW(
    "tc27-renstra-2025-2029-dinkes-tanjung-rawasari.xlsx",
    "T-C.27 Rencana program dan pendanaan (Dinkes, keswa)",
    "T-C.27 Renstra 2025-2029 '(Rp 000)'; group headers repeated in every cell (not merged); 'Tahun ke-n (year)' > Target | Rp; kegiatan Rp = SUM of its sub kegiatan, program Rp = the kegiatan; level % rows (pasung, ODGJ, lansia) and a flow (klien NAPZA)",
  );
  const S = "T-C.27 Dinkes";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA TANJUNG RAWASARI", "DINAS KESEHATAN"]);
  s.lines([
    "Rencana Program, Kegiatan dan Pendanaan Dinas Kesehatan Kota Tanjung Rawasari 2025-2029",
    "(Rp 000)",
  ]);
  s.gap();
  const rows: P[] = [
    {
      id: "p",
      kode: "1.02.02",
      ur: "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT",
      ind: "Persentase penderita pasung yang dibebaskan dan ditangani",
      sat: "%",
      level: true,
      awal: 62,
      k: [70, 78, 85, 92, 100],
    },
    {
      id: "g",
      kode: "1.02.02.2.02",
      ur: "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
      ind: "Jumlah puskesmas yang menyelenggarakan layanan keswa dan NAPZA",
      sat: "puskesmas",
      level: false,
      awal: 6,
      k: [2, 2, 2, 2, 2],
    },
    {
      id: "s1",
      kode: "1.02.02.2.02.0018",
      ur: "Pengelolaan Pelayanan Kesehatan Orang dengan Gangguan Jiwa Berat",
      ind: "Persentase ODGJ berat yang mendapat pelayanan kesehatan sesuai standar",
      sat: "%",
      level: true,
      awal: 81.4,
      k: [85, 88, 92, 96, 100],
      rp: [684_500, 712_300, 748_900, 786_400, 825_700],
    },
    {
      id: "s2",
      kode: "1.02.02.2.02.0024",
      ur: "Pengelolaan Pelayanan Kesehatan bagi Penyalahguna NAPZA",
      ind: "Jumlah klien NAPZA yang mendapat rehabilitasi medis di IPWL",
      sat: "orang",
      level: false,
      awal: 48,
      k: [60, 70, 80, 90, 100],
      rp: [212_000, 236_400, 259_800, 284_100, 309_600],
    },
    {
      id: "s3",
      kode: "1.02.02.2.02.0016",
      ur: "Pengelolaan Pelayanan Kesehatan Usia Lanjut",
      ind: "Persentase warga usia lanjut yang mendapat skrining kesehatan sesuai standar",
      sat: "%",
      level: true,
      awal: 74.2,
      k: [80, 85, 90, 95, 100],
      rp: [1_146_200, 1_203_500, 1_263_700, 1_326_900, 1_393_200],
    },
  ];
  const years = [1, 2, 3, 4, 5];
  const TK = "Target Kinerja dan Pendanaan Indikatif";
  const AK = "Kondisi Kinerja Akhir Renstra";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: 2, width: 36 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: 3, width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4 },
    { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, num: 5, fmt: DEC },
    ...years.flatMap((y): Col[] => [
      {
        key: `k${y}`,
        head: [TK, `Tahun ke-${y} (${2024 + y})`, "Target"],
        role: "target",
        year: 2024 + y,
        num: 4 + 2 * y,
        fmt: DEC,
      },
      {
        key: `r${y}`,
        head: [TK, `Tahun ke-${y} (${2024 + y})`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: 5 + 2 * y,
        fmt: RP,
      },
    ]),
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", num: 16, fmt: DEC },
    { key: "akR", head: [AK, "Rp"], role: "anggaran", num: 17, fmt: RP },
    { key: "pj", head: ["Perangkat Daerah Penanggung Jawab"], role: "penanggung-jawab", num: 18, width: 16 },
  ];
  // planted: kegiatan Rp of Tahun ke-3 typed 2,227,400 (the sub kegiatan add up to 2,272,400)
  const G3 = 2_227_400;
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    groups: "repeat",
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
          // planted: kondisi akhir of the klien NAPZA flow is the year-5 target 100 (the sum is 400)
          akK: p.level || p.id === "s2" ? p.k[4] : sum(p.k),
          pj: "Dinas Kesehatan",
        };
        years.forEach((y) => {
          out[`k${y}`] = p.k[y - 1];
          if (p.rp) out[`r${y}`] = p.rp[y - 1];
          else if (p.id === "g")
            out[`r${y}`] = y === 3 ? G3 : fx(`SUM(${x.a(`r${y}`, "s1")}:${x.a(`r${y}`, "s3")})`);
          else out[`r${y}`] = fx(x.a(`r${y}`, "g"));
        });
        out.akR = fx(`SUM(${x.a("r1")},${x.a("r2")},${x.a("r3")},${x.a("r4")},${x.a("r5")})`);
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
    tempat: "Tanjung Rawasari, 24 Februari 2025",
    jabatan: ["KEPALA DINAS KESEHATAN KOTA TANJUNG RAWASARI"],
    nama: "dr. SITI RAHMAWATI NOOR, M.Kes.",
    nip: "19780514 200604 2 011",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const ks = (id: string) => years.map((y) => a(`k${y}`, id)).join("+");
  const subSum = (y: number) => `${a(`r${y}`, "s1")}+${a(`r${y}`, "s2")}+${a(`r${y}`, "s3")}`;
  b.plant({
    at: { sheet: S, cell: a("r3", "g") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Kegiatan 1.02.02.2.02 Rp of Tahun ke-3 (2027) is a typed 2,227,400 among SUM formulas; its sub kegiatan add up to 2,272,400",
    truth: subSum(3),
  });
  b.plant({
    at: { sheet: S, cell: a("akK", "s2") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir of the klien NAPZA (a yearly flow) is 100, the year-5 target; the five years add up to 400",
    truth: ks("s2"),
  });
  for (const id of ["p", "s1", "s3"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k5", id),
      trap: ks(id),
    });
  b.ok({
    sheet: S,
    cell: a("akK", "g"),
    rules: ["kondisi-akhir-mismatch"],
    truth: ks("g"),
    trap: a("k5", "g"),
  });
  for (const y of [1, 2, 4, 5])
    b.ok({ sheet: S, cell: a(`r${y}`, "g"), rules: ["sum-mismatch"], truth: subSum(y) });
  for (const id of ["s1", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("akR", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: years.map((y) => a(`r${y}`, id)).join("+"),
    });
  for (const id of ["s1", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `"1.02.02.2.02"`,
      actual: `PARENT(${a("kode", id)})`,
    });
  return b.finish();
}
