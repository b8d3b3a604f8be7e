// The Renja evaluation (E.81) of the Bagian Pengadaan Barang/Jasa (UKPBJ) of Kabupaten Muara Sapih
// (Jambi) and the Renstra funding table (T-C.27) of the UKPBJ of Kota Tanah Bumbung (Kalimantan
// Selatan): paket tender, katalog elektronik, efisiensi terhadap HPS. Every name and number is invented.
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
  type Cell,
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

/** E.81 of the Bagian PBJ Setda Kabupaten Muara Sapih, s.d. Triwulan IV 2024 (calendar-year headers). */
export function e81Ukpbj(): BookW {
  const b = new BookW(
    "e81-renja-bagian-pbj-muara-sapih-2024.xlsx",
    "E.81 Evaluasi Renja (Bagian PBJ)",
    "E.81 s.d. Triwulan IV 2024, Renstra 2021-2026; no No column; calendar-year headers; quarters under one 'Realisasi Kinerja pada Triwulan' band, each over Kinerja | Keuangan; an extra 'Tingkat Capaian Renja (%)' pair (12/7); a level row (% paket tepat waktu) above flows; Rata-rata and Predikat rows",
  );
  const S = "Evaluasi Renja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN MUARA SAPIH",
    "SEKRETARIAT DAERAH - BAGIAN PENGADAAN BARANG DAN JASA",
    "Kompleks Perkantoran Bukit Sapih, Jl. Lintas Tengah Km. 7 Muara Sapih",
  ]);
  s.lines([
    "Tabel E.81 Evaluasi terhadap Hasil Renja Bagian Pengadaan Barang dan Jasa",
    "Renstra 2021-2026, Periode Pelaksanaan s.d. Triwulan IV Tahun 2024",
  ]);
  s.gap();
  const subs: E[] = [
    {
      id: "s1",
      kode: "4.01.03.2.04.0001",
      ur: "Pengelolaan Pengadaan Barang dan Jasa",
      ind: "Jumlah paket tender/seleksi yang diproses Pokja Pemilihan",
      sat: "paket",
      level: false,
      k5: 900,
      k6: 512,
      k7: 170,
      q: [28, 46, 51, 39],
      r5: 6_450_000_000,
      r6: 3_782_150_000,
      r7: 1_325_000_000,
      rq: [188_400_000, 342_750_000, 366_900_000, 391_225_000],
    },
    {
      id: "s2",
      kode: "4.01.03.2.04.0002",
      ur: "Pengelolaan Layanan Pengadaan Secara Elektronik",
      ind: "Jumlah produk penyedia lokal yang tayang di katalog elektronik lokal",
      sat: "produk",
      level: false,
      k5: 1200,
      k6: 610,
      k7: 260,
      q: [42, 75, 68, 81],
      r5: 3_180_000_000,
      r6: 1_846_900_000,
      r7: 612_500_000,
      rq: [96_300_000, 154_800_000, 171_450_000, 176_620_000],
    },
  ];
  const add = (k: "r5" | "r6" | "r7") => sum(subs.map((x) => x[k]));
  const rq = [0, 1, 2, 3].map((i) => sum(subs.map((x) => x.rq[i])));
  const keg: E = {
    id: "keg",
    kode: "4.01.03.2.04",
    ur: "Pelaksanaan Kebijakan Pengadaan Barang dan Jasa",
    ind: "Jumlah laporan pengelolaan pengadaan barang/jasa",
    sat: "laporan",
    level: false,
    k5: 30,
    k6: 15,
    k7: 6,
    q: [1, 2, 1, 2],
    r5: add("r5"),
    r6: add("r6"),
    r7: add("r7"),
    rq,
  };
  const prog: E = {
    ...keg,
    id: "prog",
    kode: "4.01.03",
    ur: "PROGRAM PEREKONOMIAN DAN PEMBANGUNAN",
    ind: "Persentase paket tender/seleksi yang selesai tepat waktu",
    sat: "%",
    level: true,
    k5: 95,
    k6: 88.4,
    k7: 92,
    q: [85, 88.5, 90.2, 93.1],
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
  ) => [
    { key: `k${key}`, head: [...g, "Kinerja"], role, year, num, fmt: DEC, width: 9 },
    { key: `r${key}`, head: [...g, "Keuangan"], role: rrole, year, num, fmt: RP, width: 16 },
  ];
  const TW = "Realisasi Kinerja pada Triwulan";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "1", width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: "2", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "3",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4", width: 8 },
    ...pair("5", ["Target Renstra s.d. Akhir 2026"], "5", "target", "anggaran"),
    ...pair("6", ["Realisasi Capaian Renstra s.d. Tahun 2023"], "6", "realisasi", "realisasi-anggaran", 2023),
    ...pair("7", ["Target Renja Tahun 2024"], "7", "target", "anggaran", 2024),
    ...pair("8", [TW, "I"], "8", "realisasi", "realisasi-anggaran", 2024),
    ...pair("9", [TW, "II"], "9", "realisasi", "realisasi-anggaran", 2024),
    ...pair("10", [TW, "III"], "10", "realisasi", "realisasi-anggaran", 2024),
    ...pair("11", [TW, "IV"], "11", "realisasi", "realisasi-anggaran", 2024),
    ...pair(
      "12",
      ["Realisasi Kinerja dan Anggaran Renja 2024"],
      "12 = 8+9+10+11",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair("c", ["Tingkat Capaian Renja 2024 (%)"], "12/7 x 100", "capaian", "capaian", 2024),
    ...pair(
      "13",
      ["Realisasi Renstra s.d. Tahun 2024"],
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair("14", ["Tingkat Capaian Renstra s.d. Tahun 2024 (%)"], "14 = 13/5 x 100", "capaian", "capaian"),
    { key: "pj", head: ["Unit Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 16 },
  ];
  // planted: (13) Rp of sub kegiatan .0002 typed 2,464,070,000; 6 + 12 = 2,446,070,000
  const R13S2 = 2_464_070_000;
  const k14s = rows.map(k14);
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
      r12: r12(e),
      kc: round((k12(e) / e.k7) * 100),
      rc: round((r12(e) / e.r7) * 100),
      k13: k13(e),
      r13: e.id === "s2" ? R13S2 : e.r6 + r12(e),
      k14: k14(e),
      r14: r14(e),
      pj: "Subbag Pengelolaan PBJ",
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
        span: ["kode", "ind"],
        cells: (x) => ({
          kode: "Rata-rata capaian kinerja dan realisasi anggaran (%)",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "prog")}:${x.a("k14", "s2")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "prog")}:${x.a("r14", "s2")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["kode", "ind"],
        cells: {
          kode: "Predikat kinerja",
          // planted: the K average 79.03 is Tinggi, not Sangat Tinggi
          k14: predikat(round(sum(k14s) / 4)) === "Tinggi" ? "Sangat Tinggi" : "Tinggi",
          r14: predikat(round(sum(rows.map(r14)) / 4)),
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: seluruh paket diumumkan melalui SPSE versi 4.5 dan katalog elektronik lokal.",
    "Faktor penghambat: keterlambatan penyampaian dokumen persiapan dari PPK perangkat daerah.",
  ]);
  s.gap();
  signature(s, 24, {
    tempat: "Muara Sapih, 14 Januari 2025",
    jabatan: ["KEPALA BAGIAN PENGADAAN BARANG DAN JASA"],
    nama: "RAHMAT HIDAYAT SIREGAR, S.E., M.M.",
    pangkat: "Pembina (IV/a)",
    nip: "19780411 200312 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) => ["8", "9", "10", "11"].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r13", "s2") },
    rules: ["sum-mismatch"],
    note: "Column 13 Rp of sub kegiatan 4.01.03.2.04.0002 is 2,464,070,000; 6 + 12 = 1,846,900,000 + 599,170,000 = 2,446,070,000",
    truth: `${a("r6", "s2")}+${a("r12", "s2")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "pred") },
    rules: ["predikat-mismatch"],
    note: "Predikat kinerja 'Sangat Tinggi' for the K average 79.03; the band > 75 to 90 is Tinggi",
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
  for (const id of ["prog", "keg", "s1", "s2"]) {
    b.ok({ sheet: S, cell: a("r12", id), rules: ["sum-mismatch"], truth: q("r", id) });
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
  for (const id of ["prog", "s1"])
    b.ok({
      sheet: S,
      cell: a("r13", id),
      rules: ["sum-mismatch"],
      truth: `${a("r6", id)}+${a("r12", id)}`,
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

/** T-C.27 of the UKPBJ Kota Tanah Bumbung, Renstra 2025-2029, Rp in thousands, typed kondisi akhir K. */
export function tc27Ukpbj(): BookW {
  const b = new BookW(
    "tc27-pendanaan-ukpbj-tanah-bumbung-2025-2029.xlsx",
    "T-C.27 Rencana program dan pendanaan (UKPBJ)",
    "T-C.27 Renstra 2025-2029 '(dalam ribuan rupiah)'; Sasaran column merged down; Tahun ke-1..ke-5 over Target | Rp (years only in the title), header groups written once (not merged); kegiatan Rp = SUM of sub kegiatan, program Rp = the kegiatan; kondisi akhir Rp = SUM of the five years",
  );
  const S = "Tabel 6.1";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA TANAH BUMBUNG",
    "SEKRETARIAT DAERAH - BAGIAN PENGADAAN BARANG/JASA (UKPBJ)",
  ]);
  s.lines([
    "Tabel 6.1 Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const rows: P[] = [
    {
      id: "p",
      kode: "4.01.03",
      ur: "Program Perekonomian dan Pembangunan",
      ind: "Persentase efisiensi hasil pemilihan penyedia terhadap HPS",
      sat: "%",
      level: true,
      awal: 6.2,
      k: [6.5, 7, 7.5, 8, 8.5],
    },
    {
      id: "g",
      kode: "4.01.03.2.04",
      ur: "Pelaksanaan Kebijakan Pengadaan Barang dan Jasa",
      ind: "Jumlah paket pengadaan yang dikelola UKPBJ",
      sat: "paket",
      level: false,
      awal: 188,
      k: [190, 195, 200, 205, 210],
    },
    {
      id: "s1",
      kode: "4.01.03.2.04.0001",
      ur: "Pengelolaan Pengadaan Barang dan Jasa",
      ind: "Jumlah paket tender dan seleksi yang diproses",
      sat: "paket",
      level: false,
      awal: 146,
      k: [150, 155, 158, 162, 165],
      rp: [1_245_000, 1_307_300, 1_372_600, 1_441_200, 1_513_300],
    },
    {
      id: "s2",
      kode: "4.01.03.2.04.0002",
      ur: "Pengelolaan Layanan Pengadaan Secara Elektronik",
      ind: "Persentase paket yang dilaksanakan melalui e-purchasing katalog elektronik",
      sat: "%",
      level: true,
      awal: 38,
      k: [42, 47, 52, 56, 60],
      rp: [412_800, 433_400, 455_100, 477_900, 501_800],
    },
    {
      id: "s3",
      kode: "4.01.03.2.02.0003",
      ur: "Pembinaan dan Advokasi Pengadaan Barang dan Jasa",
      ind: "Jumlah pelaku usaha lokal yang dibina",
      sat: "pelaku usaha",
      level: false,
      awal: 55,
      k: [60, 60, 70, 70, 80],
      rp: [186_500, 195_800, 205_600, 215_900, 226_700],
    },
  ];
  const TK = "Capaian Kinerja Program dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra";
  const years = [1, 2, 3, 4, 5];
  const cols: Col[] = [
    { key: "sas", head: ["Sasaran"], role: "sasaran", num: "1", width: 24 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "ur", head: ["Program dan Kegiatan"], num: "3", width: 32 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "5" },
    { key: "awal", head: ["Data Capaian Tahun Awal Perencanaan"], role: "kondisi-awal", num: "6", fmt: DEC },
    ...years.flatMap((y): Col[] => [
      {
        key: `k${y}`,
        head: [TK, `Tahun ke-${y}`, "Target"],
        role: "target",
        year: 2024 + y,
        num: `${5 + 2 * y}`,
        fmt: DEC,
      },
      {
        key: `r${y}`,
        head: [TK, `Tahun ke-${y}`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: `${6 + 2 * y}`,
        fmt: RP,
      },
    ]),
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", num: "17", fmt: DEC },
    { key: "akR", head: [AK, "Rp"], role: "anggaran", num: "18", fmt: RP },
    { key: "pj", head: ["Unit Kerja Penanggung Jawab"], role: "penanggung-jawab", num: "19", width: 16 },
  ];
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    groups: "first",
    vmerge: ["sas"],
    rows: rows.map((p) => ({
      id: p.id,
      bold: !p.rp,
      cells: (x) => {
        const out: Record<string, Cell> = {
          sas: "Meningkatnya kualitas dan efisiensi pengadaan barang/jasa",
          kode: p.kode,
          ur: p.ur,
          ind: p.ind,
          sat: p.sat,
          awal: p.awal,
          // planted: kondisi akhir of the e-purchasing % is the average of the five targets (51.4)
          akK: p.id === "s2" ? round(sum(p.k) / 5) : p.level ? p.k[4] : sum(p.k),
          akR: fx(`SUM(${x.a("r1")},${x.a("r2")},${x.a("r3")},${x.a("r4")},${x.a("r5")})`),
          pj: "Bagian PBJ",
        };
        years.forEach((y) => {
          out[`k${y}`] = p.k[y - 1];
          if (p.rp) out[`r${y}`] = p.rp[y - 1];
          // planted: the kegiatan's Rp of Tahun ke-3 typed 2,303,300 among SUM formulas (2,033,300)
          else if (p.id === "g")
            out[`r${y}`] = y === 3 ? 2_303_300 : fx(`SUM(${x.a(`r${y}`, "s1")}:${x.a(`r${y}`, "s3")})`);
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
    tempat: "Tanah Bumbung, 24 Februari 2025",
    jabatan: ["KEPALA BAGIAN PENGADAAN BARANG/JASA"],
    nama: "Hj. NOORLAILA FITRIANI, S.T., M.T.",
    nip: "19820317 200801 2 011",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const ks = (id: string) => years.map((y) => a(`k${y}`, id)).join("+");
  const rs = (id: string) => years.map((y) => a(`r${y}`, id)).join("+");
  const subSum = (y: number) => `${a(`r${y}`, "s1")}+${a(`r${y}`, "s2")}+${a(`r${y}`, "s3")}`;
  b.plant({
    at: { sheet: S, cell: a("r3", "g") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Kegiatan 4.01.03.2.04 Rp of Tahun ke-3 (2027) is a typed 2,303,300 among SUM formulas; its sub kegiatan add up to 2,033,300",
    truth: subSum(3),
  });
  b.plant({
    at: { sheet: S, cell: a("akK", "s2") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir of the e-purchasing percentage is 51.40 (the average of the targets); a rate ends at the Tahun ke-5 target 60",
    truth: a("k5", "s2"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s3") },
    rules: ["code-hierarchy"],
    note: "Sub kegiatan Pembinaan dan Advokasi PBJ is coded 4.01.03.2.02.0003 under kegiatan 4.01.03.2.04",
    truth: `"4.01.03.2.04"`,
    actual: `PARENT(${a("kode", "s3")})`,
  });
  b.ok({
    sheet: S,
    cell: a("akK", "p"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k5", "p"),
    trap: ks("p"),
  });
  b.ok({
    sheet: S,
    cell: a("akK", "g"),
    rules: ["kondisi-akhir-mismatch"],
    truth: ks("g"),
    trap: a("k5", "g"),
  });
  for (const id of ["s1", "s3"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: ks(id),
      trap: a("k5", id),
    });
  for (const id of ["s1", "s2", "s3"])
    b.ok({ sheet: S, cell: a("akR", id), rules: ["kondisi-akhir-mismatch", "sum-mismatch"], truth: rs(id) });
  for (const y of [1, 2, 4, 5])
    b.ok({ sheet: S, cell: a(`r${y}`, "g"), rules: ["sum-mismatch"], truth: subSum(y) });
  for (const id of ["s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `"4.01.03.2.04"`,
      actual: `PARENT(${a("kode", id)})`,
    });
  return b.finish();
}
