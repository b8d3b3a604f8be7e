// The Renja evaluation (E.81) and the Renstra funding table (T-C.27) of two Dinas Kesehatan on the
// TBC programme: terduga TBC, kasus ditemukan dan diobati, TPT kontak serumah, TB-RO. All invented.
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

/** E.81 of the Dinas Kesehatan Kabupaten Lembah Sirinjang (Sumatera Barat), s.d. Triwulan IV 2024. */
export function e81Tbc(): BookW {
  const b = new BookW(
    "e81-evaluasi-renja-tbc-dinkes-lembah-sirinjang.xlsx",
    "E.81 Evaluasi Renja (Dinkes, TBC)",
    "E.81 s.d. Triwulan IV 2024, Renstra 2021-2026; three header rows with the four quarters under one merged 'Realisasi Kinerja pada Triwulan' band; formulas for 12, 13, 14; a level row (success rate %) whose 12 is Triwulan IV; a Keterangan column; Rata-rata and Predikat rows",
  );
  const S = "E81 TBC 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN LEMBAH SIRINJANG",
    "DINAS KESEHATAN",
    "Jl. Bundo Kanduang No. 7, Sirinjang",
  ]);
  s.lines([
    "Evaluasi Terhadap Hasil Renja Dinas Kesehatan Kabupaten Lembah Sirinjang",
    "Renstra 2021-2026 - Periode Pelaksanaan: Triwulan IV Tahun 2024 (Program Penanggulangan Tuberkulosis)",
  ]);
  s.gap();
  const subs: E[] = [
    {
      id: "s1",
      kode: "1.02.02.2.02.0011",
      ur: "Pengelolaan Pelayanan Kesehatan Orang Terduga Tuberkulosis",
      ind: "Jumlah orang terduga TBC yang mendapatkan pelayanan sesuai standar",
      sat: "orang",
      level: false,
      k5: 58_000,
      k6: 31_450,
      k7: 12_500,
      q: [2_840, 3_115, 3_260, 3_410],
      r5: 3_450_000_000,
      r6: 1_872_400_000,
      r7: 720_000_000,
      rq: [118_250_000, 172_400_000, 190_600_000, 214_380_000],
    },
    {
      id: "s2",
      kode: "1.02.02.2.02.0035",
      ur: "Pemberian Terapi Pencegahan Tuberkulosis bagi Kontak Serumah",
      ind: "Jumlah kontak serumah yang mendapat TPT",
      sat: "orang",
      level: false,
      k5: 9_500,
      k6: 4_120,
      k7: 2_300,
      q: [410, 520, 605, 690],
      r5: 1_280_000_000,
      r6: 655_900_000,
      r7: 265_000_000,
      rq: [41_200_000, 63_750_000, 70_100_000, 82_340_000],
    },
  ];
  const add = (f: (x: E) => number) => sum(subs.map(f));
  const keg: E = {
    id: "keg",
    kode: "1.02.02.2.02",
    ur: "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
    ind: "Jumlah kasus TBC yang ditemukan dan diobati",
    sat: "kasus",
    level: false,
    k5: 8_200,
    k6: 4_310,
    k7: 1_720,
    q: [372, 418, 455, 497],
    r5: add((x) => x.r5),
    r6: add((x) => x.r6),
    r7: add((x) => x.r7),
    rq: [0, 1, 2, 3].map((i) => add((x) => x.rq[i])),
  };
  const prog: E = {
    ...keg,
    id: "prog",
    kode: "1.02.02",
    ur: "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT",
    ind: "Angka keberhasilan pengobatan TBC (success rate)",
    sat: "%",
    level: true,
    k5: 90,
    k6: 84.2,
    k7: 88,
    q: [85.1, 86, 86.9, 87.6],
  };
  const rows = [prog, keg, ...subs];
  const Q = "Realisasi Kinerja pada Triwulan";
  const pair = (
    key: string,
    g: string[],
    num: string,
    kr: Col["role"],
    rr: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [...g, "K"], role: kr, year, num, fmt: DEC, width: 10 },
    { key: `r${key}`, head: [...g, "Rp"], role: rr, year, num, fmt: RP, width: 16 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: 2, width: 18 },
    { key: "ur", head: ["Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan"], num: 3, width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcomes)/Kegiatan (output)"],
      role: "indikator",
      num: 4,
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 5, width: 8 },
    ...pair("5", ["Target Renstra SKPD pada Tahun 2026 (Akhir Periode Renstra)"], "6", "target", "anggaran"),
    ...pair(
      "6",
      ["Realisasi Capaian Kinerja Renstra SKPD s.d. Renja SKPD Tahun 2023"],
      "7",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair("7", ["Target Kinerja dan Anggaran Renja SKPD Tahun 2024"], "8", "target", "anggaran", 2024),
    ...pair("8", [Q, "I"], "9", "realisasi", "realisasi-anggaran", 2024),
    ...pair("9", [Q, "II"], "10", "realisasi", "realisasi-anggaran", 2024),
    ...pair("10", [Q, "III"], "11", "realisasi", "realisasi-anggaran", 2024),
    ...pair("11", [Q, "IV"], "12", "realisasi", "realisasi-anggaran", 2024),
    ...pair(
      "12",
      ["Realisasi Capaian Kinerja dan Anggaran Renja SKPD Tahun 2024"],
      "13",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "13",
      ["Realisasi Kinerja dan Anggaran Renstra SKPD s.d. Tahun 2024"],
      "14",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "14",
      ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra SKPD s.d. Tahun 2024 (%)"],
      "15",
      "capaian",
      "capaian",
    ),
    { key: "pj", head: ["Unit SKPD Penanggung Jawab"], role: "penanggung-jawab", num: 16, width: 16 },
    { key: "ket", head: ["Ket."], role: "keterangan", num: 17, width: 18 },
  ];
  const qs = (p: string, x: { a(k: string, id?: string): string }, id?: string) =>
    ["8", "9", "10", "11"].map((n) => x.a(`${p}${n}`, id)).join("+");
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
      ...Object.fromEntries(
        [0, 1, 2, 3].flatMap((j) => [
          [`k${8 + j}`, e.q[j]],
          [`r${8 + j}`, e.rq[j]],
        ]),
      ),
      k12: e.level ? fx(x.a("k11")) : fx(qs("k", x)),
      // planted: the cached result of sub kegiatan .0011's Rp (12) is stale (659,630,000)
      r12: e.id === "s1" ? fx(qs("r", x), 659_630_000) : fx(qs("r", x)),
      k13: e.level ? fx(x.a("k12")) : fx(`${x.a("k6")}+${x.a("k12")}`),
      r13: fx(`${x.a("r6")}+${x.a("r12")}`),
      k14: fx(`ROUND(${x.a("k13")}/${x.a("k5")}*100,2)`),
      r14: fx(`ROUND(${x.a("r13")}/${x.a("r5")}*100,2)`),
      pj: "Bidang P2P",
      ket: e.level ? "capaian kumulatif kohort" : undefined,
    }),
  }));
  const k14 = (e: E) => round(((e.level ? e.q[3] : e.k6 + sum(e.q)) / e.k5) * 100);
  const avgK = round(sum(rows.map(k14)) / 4);
  const truePred = predikat(avgK);
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
        cells: () => ({
          no: "Predikat Kinerja",
          // planted: the K predikat is one band too high
          k14: truePred === "Tinggi" ? "Sangat Tinggi" : "Tinggi",
          r14: "Sedang",
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: investigasi kontak oleh kader TBC desa dan alat TCM di RSUD Sirinjang.",
    "Faktor penghambat: pasien putus berobat dan keterbatasan logistik OAT anak.",
  ]);
  s.gap();
  signature(s, 22, {
    tempat: "Sirinjang, 14 Januari 2025",
    jabatan: ["KEPALA DINAS KESEHATAN", "KABUPATEN LEMBAH SIRINJANG"],
    nama: "dr. NOVIA RAHMADANI PUTRI, M.K.M.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19780322 200604 2 011",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) => ["8", "9", "10", "11"].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r12", "s1") },
    rules: ["sum-mismatch"],
    note: "Column 13 Rp of sub kegiatan 1.02.02.2.02.0011 is =8+9+10+11 with a stale cached 659,630,000; the quarters add up to 695,630,000",
    truth: q("r", "s1"),
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "pred") },
    rules: ["predikat-mismatch"],
    note: `Predikat of the average kinerja ${avgK} is typed one band too high; the Permendagri 86/2017 band is ${truePred}`,
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
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const id of ["prog", "keg", "s2"]) {
    b.ok({ sheet: S, cell: a("r12", id), rules: ["sum-mismatch"], truth: q("r", id) });
    b.ok({
      sheet: S,
      cell: a("r14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r13", id)}/${a("r5", id)}*100,2)`,
    });
  }
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
  for (const id of ["s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `"1.02.02.2.02"`,
      actual: `PARENT(${a("kode", id)})`,
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

/** T-C.27 of the Dinas Kesehatan Kota Tanjung Rawai (Kalimantan Barat), Renstra 2025-2029, Rp in thousands. */
export function tc27Tbc(): BookW {
  const b = new BookW(
    "tc27-renstra-pendanaan-tbc-dinkes-tanjung-rawai.xlsx",
    "T-C.27 Rencana program dan pendanaan (Dinkes, TBC)",
    "T-C.27 Renstra 2025-2029 '(dalam ribuan rupiah)'; year bands 'Tahun ke-1 (2025)' over Target | Rp; a Lokasi column; kegiatan Rp as SUM of its sub kegiatan, program Rp = kegiatan; levels (%) whose kondisi akhir is the 5th year's target, flows whose kondisi akhir is the five-year total",
  );
  const S = "Tabel 6.1";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA TANJUNG RAWAI", "DINAS KESEHATAN"]);
  s.lines([
    "Tabel 6.1 Rencana Program, Kegiatan dan Pendanaan Dinas Kesehatan Kota Tanjung Rawai 2025-2029",
    "Sub urusan: upaya kesehatan masyarakat - penanggulangan tuberkulosis",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const rows: P[] = [
    {
      id: "p",
      kode: "1.02.02",
      ur: "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat",
      ind: "Cakupan pengobatan semua kasus TBC (treatment coverage)",
      sat: "%",
      level: true,
      awal: 62,
      k: [70, 75, 80, 85, 90],
    },
    {
      id: "g",
      kode: "1.02.02.2.02",
      ur: "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
      ind: "Persentase puskesmas yang melayani pasien TBC RO terdesentralisasi",
      sat: "%",
      level: true,
      awal: 30,
      k: [40, 50, 60, 70, 80],
    },
    {
      id: "s1",
      kode: "1.02.02.2.02.0011",
      ur: "Pengelolaan Pelayanan Kesehatan Orang Terduga Tuberkulosis",
      ind: "Jumlah terduga TBC yang diperiksa dengan TCM",
      sat: "orang",
      level: false,
      awal: 6_850,
      k: [7_400, 7_900, 8_300, 8_700, 9_100],
      rp: [1_245_600, 1_318_200, 1_386_900, 1_452_300, 1_520_800],
    },
    {
      id: "s2",
      kode: "1.02.02.2.02.0035",
      ur: "Pemberian Terapi Pencegahan Tuberkulosis bagi Kontak Serumah",
      ind: "Persentase kontak serumah yang mendapat TPT",
      sat: "%",
      level: true,
      awal: 18,
      k: [30, 40, 50, 60, 70],
      rp: [286_400, 318_700, 352_100, 389_500, 425_000],
    },
    {
      id: "s3",
      kode: "1.02.02.2.02.0036",
      ur: "Pendampingan Pasien Tuberkulosis Resisten Obat",
      ind: "Jumlah pasien TBC RO yang didampingi hingga selesai pengobatan",
      sat: "orang",
      level: false,
      awal: 41,
      k: [46, 50, 54, 58, 60],
      rp: [174_000, 183_500, 192_700, 202_300, 212_400],
    },
  ];
  const TK = "Capaian Kinerja Program dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra (2029)";
  const years = [1, 2, 3, 4, 5];
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
    { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", num: 18, width: 14 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: 19, width: 14 },
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
          ur: p.ur,
          ind: p.ind,
          sat: p.sat,
          awal: p.awal,
          // planted: kondisi akhir of the TB-RO row typed 286 (the five years give 268)
          akK: p.id === "s3" ? 286 : p.level ? p.k[4] : sum(p.k),
          akR: fx(years.map((y) => x.a(`r${y}`)).join("+")),
          pj: "Seksi P2PM",
          lok: "Kota Tanjung Rawai",
        };
        years.forEach((y) => {
          out[`k${y}`] = p.k[y - 1];
          if (p.rp) out[`r${y}`] = p.rp[y - 1];
          // planted: the kegiatan's year-3 SUM stops one row short (misses sub kegiatan .0036)
          else if (p.id === "g")
            out[`r${y}`] = fx(`SUM(${x.a(`r${y}`, "s1")}:${x.a(`r${y}`, y === 3 ? "s2" : "s3")})`);
          else out[`r${y}`] = fx(x.a(`r${y}`, "g"));
        });
        return out;
      },
    })),
  });
  s.gap();
  s.lines(["Keterangan: indikator persentase bersifat kumulatif, kondisi akhir = target tahun ke-5."]);
  s.gap();
  signature(s, 14, {
    tempat: "Tanjung Rawai, 3 Maret 2025",
    jabatan: ["Kepala Dinas Kesehatan Kota Tanjung Rawai"],
    nama: "dr. HENDRA SYAHPUTRA LIM, M.P.H.",
    nip: "19800517 200903 1 002",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const yr = (id: string) => years.map((y) => a(`r${y}`, id)).join("+");
  const ks = (id: string) => years.map((y) => a(`k${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("akK", "s3") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir of 'Jumlah pasien TBC RO yang didampingi' is typed 286; the five yearly targets add up to 268",
    truth: ks("s3"),
  });
  b.plant({
    at: { sheet: S, cell: a("r3", "g") },
    rules: ["sum-mismatch"],
    note: "Tahun ke-3 Rp of kegiatan 1.02.02.2.02 is =SUM over sub kegiatan .0011 and .0035 only (1,739,000); with .0036 it is 1,931,700",
    truth: `${a("r3", "s1")}+${a("r3", "s2")}+${a("r3", "s3")}`,
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
      truth: `"1.02.02.2.02"`,
      actual: `PARENT(${a("kode", id)})`,
    });
  return b.finish();
}
