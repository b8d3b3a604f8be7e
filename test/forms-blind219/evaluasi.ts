// The Renja evaluation (E.81) and the Renstra funding table (T-C.27) of two Dinas Perdagangan:
// stabilitas harga bahan pokok, pasar rakyat and metrologi legal (tera / tera ulang UTTP). Every
// name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  predikat,
  letterhead,
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

/** E.81 of the Dinas Perdagangan Kabupaten Batang Sialang (Sumatera Barat), s.d. Triwulan IV 2024. */
export function e81Disdag(): BookW {
  const b = new BookW(
    "evaluasi-e81-disdag-batang-sialang.xlsx",
    "E.81 Evaluasi Renja (Dinas Perdagangan)",
    "E.81 s.d. Triwulan IV 2024, Renstra 2021-2026; calendar years in the headers, quarters under one 'Realisasi Kinerja pada Triwulan' group (three header rows), K | Rp pairs, no No column, Keterangan last; a level row (% komoditas harga stabil) over flows; Rata-rata and Predikat rows",
  );
  const S = "Evaluasi Renja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN BATANG SIALANG",
    "DINAS PERDAGANGAN",
    "Jl. Khatib Sulaiman No. 17 Lubuk Sialang",
  ]);
  s.lines([
    "Tabel Evaluasi Terhadap Hasil Renja Dinas Perdagangan Kabupaten Batang Sialang",
    "Periode Pelaksanaan: Triwulan IV Tahun 2024 (Renstra Perangkat Daerah 2021-2026)",
    "Sasaran RKPD: terjaganya stabilitas harga dan ketersediaan barang kebutuhan pokok",
  ]);
  s.gap();
  const subs: E[] = [
    {
      id: "s1",
      kode: "3.30.04.2.01.0001",
      ur: "Pemantauan Harga dan Stok Barang Kebutuhan Pokok di Pasar Rakyat",
      ind: "Jumlah laporan pemantauan harga mingguan",
      sat: "laporan",
      level: false,
      k5: 260,
      k6: 156,
      k7: 52,
      q: [13, 13, 13, 13],
      r5: 1_150_000_000,
      r6: 668_900_000,
      r7: 182_000_000,
      rq: [38_450_000, 41_200_000, 44_750_000, 52_300_000],
    },
    {
      id: "s2",
      kode: "3.30.04.2.01.0003",
      ur: "Pelaksanaan Operasi Pasar dan Gerakan Pangan Murah",
      ind: "Jumlah pelaksanaan operasi pasar murah",
      sat: "kali",
      level: false,
      k5: 120,
      k6: 70,
      k7: 24,
      q: [4, 8, 5, 7],
      r5: 2_450_000_000,
      r6: 1_480_600_000,
      r7: 610_000_000,
      rq: [96_500_000, 212_800_000, 118_400_000, 175_900_000],
    },
  ];
  const add = (k: "r5" | "r6" | "r7") => sum(subs.map((x) => x[k]));
  const rq = [0, 1, 2, 3].map((i) => sum(subs.map((x) => x.rq[i])));
  const keg: E = {
    id: "keg",
    kode: "3.30.04.2.01",
    ur: "Penjaminan Ketersediaan Barang Kebutuhan Pokok dan Barang Penting di Tingkat Kabupaten",
    ind: "Jumlah laporan ketersediaan dan harga bahan pokok ke TPID",
    sat: "laporan",
    level: false,
    k5: 60,
    k6: 36,
    k7: 12,
    q: [3, 3, 3, 3],
    r5: add("r5"),
    r6: add("r6"),
    r7: add("r7"),
    rq,
  };
  const prog: E = {
    ...keg,
    id: "prog",
    kode: "3.30.04",
    ur: "PROGRAM STABILISASI HARGA BARANG KEBUTUHAN POKOK DAN BARANG PENTING",
    ind: "Persentase komoditas bahan pokok dengan harga stabil (koefisien variasi <= 5%)",
    sat: "%",
    level: true,
    k5: 90,
    k6: 78.5,
    k7: 84,
    q: [79.2, 81, 82.6, 85.4],
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
    { key: `k${key}`, head: [...g, "K"], role, year, num, fmt: DEC, width: 9 },
    { key: `r${key}`, head: [...g, "Rp"], role: rrole, year, num, fmt: RP, width: 16 },
  ];
  const TW = "Realisasi Kinerja pada Triwulan";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "1", width: 18 },
    {
      key: "ur",
      head: ["Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan"],
      num: "2",
      width: 36,
    },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome)/Kegiatan (output)"],
      role: "indikator",
      num: "3",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    ...pair(
      "5",
      ["Target Renstra Perangkat Daerah pada Tahun 2026 (Akhir Periode Renstra)"],
      "4",
      "target",
      "anggaran",
    ),
    ...pair(
      "6",
      ["Realisasi Capaian Kinerja Renstra s.d. Renja Tahun 2023"],
      "5",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair("7", ["Target Kinerja dan Anggaran Renja Tahun 2024"], "6", "target", "anggaran", 2024),
    ...pair("8", [TW, "I"], "7", "realisasi", "realisasi-anggaran", 2024),
    ...pair("9", [TW, "II"], "8", "realisasi", "realisasi-anggaran", 2024),
    ...pair("10", [TW, "III"], "9", "realisasi", "realisasi-anggaran", 2024),
    ...pair("11", [TW, "IV"], "10", "realisasi", "realisasi-anggaran", 2024),
    ...pair(
      "12",
      ["Realisasi Capaian Kinerja dan Anggaran Renja Tahun 2024"],
      "11 = 7+8+9+10",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "13",
      ["Realisasi Kinerja dan Anggaran Renstra s.d. Tahun 2024"],
      "12 = 5 + 11",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "14",
      ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. Tahun 2024 (%)"],
      "13 = 12/4 x 100",
      "capaian",
      "capaian",
    ),
    { key: "ket", head: ["Keterangan"], role: "keterangan", num: "14", width: 16 },
  ];
  // planted: the operasi pasar (12) K typed 26; the quarters give 24
  // planted: the pemantauan harga (13) Rp typed 854,600,000; 668,900,000 + 176,700,000 = 845,600,000
  const body: Row[] = rows.map((e) => ({
    id: e.id,
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
      k12: e.id === "s2" ? 26 : k12(e),
      r12: r12(e),
      k13: k13(e),
      r13: e.id === "s1" ? 854_600_000 : e.r6 + r12(e),
      k14: k14(e),
      r14: r14(e),
      ket: e.level ? "data SP2KP" : "",
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
          kode: "Rata-rata Capaian Kinerja dan Realisasi Anggaran",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "prog")}:${x.a("k14", "s2")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "prog")}:${x.a("r14", "s2")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["kode", "ind"],
        cells: () => ({
          kode: "Predikat Kinerja",
          k14: predikat(round(sum(rows.map(k14)) / 4)),
          r14: predikat(round(sum(rows.map(r14)) / 4)),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: sinergi TPID dan Bulog dalam operasi pasar menjelang HBKN.",
    "Faktor penghambat: cuaca ekstrem pada Triwulan IV menaikkan harga cabai dan bawang merah.",
  ]);
  s.gap();
  signature(s, 18, {
    tempat: "Lubuk Sialang, 14 Januari 2025",
    jabatan: ["KEPALA DINAS PERDAGANGAN", "KABUPATEN BATANG SIALANG"],
    nama: "H. ZULFAHMI DT. RAJO BASA, S.E., M.M.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19750823 200212 1 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) => ["8", "9", "10", "11"].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("k12", "s2") },
    rules: ["sum-mismatch"],
    note: "Column 11 K of sub kegiatan 3.30.04.2.01.0003 (operasi pasar) is 26; the four quarters 4 + 8 + 5 + 7 give 24",
    truth: q("k", "s2"),
  });
  b.plant({
    at: { sheet: S, cell: a("r13", "s1") },
    rules: ["sum-mismatch"],
    note: "Column 12 Rp of sub kegiatan 3.30.04.2.01.0001 is 854,600,000; 668,900,000 + 176,700,000 = 845,600,000 (digits swapped)",
    truth: `${a("r6", "s1")}+${a("r12", "s1")}`,
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
  for (const id of ["prog", "keg", "s1", "s2"])
    b.ok({ sheet: S, cell: a("r12", id), rules: ["sum-mismatch"], truth: q("r", id) });
  for (const id of ["prog", "keg", "s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  for (const id of ["keg", "s2"])
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
    truth: `${a("r7", "s1")}+${a("r7", "s2")}`,
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

/** T-C.27 of the Dinas Perdagangan Kota Lembah Mawira (Kalimantan Selatan), Renstra 2025-2029, Rp in thousands. */
export function tc27Disdag(): BookW {
  const b = new BookW(
    "renstra-tc27-disdag-metrologi-lembah-mawira.xlsx",
    "T-C.27 Rencana program dan pendanaan (Dinas Perdagangan)",
    "T-C.27 Renstra 2025-2029 '(dalam ribuan rupiah)'; group headers written once (unmerged), 'Tahun-1 (2025)'..'Tahun-5 (2029)' over Target | Rp; kegiatan Rp = SUM of its sub kegiatan, program Rp = the kegiatan; kondisi akhir Rp = sum of the years; metrologi legal with a level (% UTTP bertanda tera sah) and counts (UTTP ditera, sidang tera, paket standar)",
  );
  const S = "Tabel 6.1";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA LEMBAH MAWIRA", "DINAS PERDAGANGAN"]);
  s.lines([
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Dinas Perdagangan Kota Lembah Mawira 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const rows: P[] = [
    {
      id: "p",
      kode: "3.30.06",
      ur: "PROGRAM STANDARDISASI DAN PERLINDUNGAN KONSUMEN",
      ind: "Persentase UTTP bertanda tera sah yang berlaku",
      sat: "%",
      level: true,
      awal: 71.4,
      k: [74, 77, 80, 83, 86],
    },
    {
      id: "g",
      kode: "3.30.06.2.01",
      ur: "Pelaksanaan Metrologi Legal berupa Tera, Tera Ulang dan Pengawasan",
      ind: "Jumlah UTTP yang ditera dan ditera ulang",
      sat: "unit",
      level: false,
      awal: 11_820,
      k: [12_400, 12_900, 13_300, 13_800, 14_200],
    },
    {
      id: "s1",
      kode: "3.30.06.2.01.0001",
      ur: "Pelayanan Tera/Tera Ulang UTTP di Kantor dan Sidang Tera di Pasar Rakyat",
      ind: "Jumlah sidang tera ulang di pasar rakyat",
      sat: "kali",
      level: false,
      awal: 16,
      k: [18, 20, 20, 22, 22],
      rp: [342_600, 359_700, 377_700, 396_600, 416_400],
    },
    {
      id: "s2",
      kode: "3.30.06.2.01.0002",
      ur: "Pengawasan dan Penyuluhan Metrologi Legal",
      ind: "Persentase SPBU dan pasar rakyat yang diawasi",
      sat: "%",
      level: true,
      awal: 55,
      k: [60, 65, 70, 75, 80],
      rp: [118_300, 124_200, 130_400, 136_900, 143_800],
    },
    {
      id: "s3",
      kode: "3.30.06.2.01.0004",
      ur: "Pengadaan Standar Ukuran dan Peralatan Laboratorium Metrologi",
      ind: "Jumlah paket standar ukuran yang diadakan",
      sat: "paket",
      level: false,
      awal: 1,
      k: [1, 1, 2, 1, 1],
      rp: [265_000, 180_500, 412_000, 150_000, 175_250],
    },
  ];
  const TK = "Target Kinerja Program dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra PD";
  const years = [1, 2, 3, 4, 5];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "1", width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: "2", width: 36 },
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
        head: [TK, `Tahun-${y} (${2024 + y})`, "Target"],
        role: "target",
        year: 2024 + y,
        num: `${4 + 2 * y}`,
        fmt: DEC,
      },
      {
        key: `r${y}`,
        head: [TK, `Tahun-${y} (${2024 + y})`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: `${5 + 2 * y}`,
        fmt: RP,
      },
    ]),
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", num: "16", fmt: DEC },
    { key: "akR", head: [AK, "Rp"], role: "anggaran", num: "17", fmt: RP },
    {
      key: "pj",
      head: ["Perangkat Daerah Penanggung Jawab"],
      role: "penanggung-jawab",
      num: "18",
      width: 16,
    },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: "19", width: 12 },
  ];
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
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
          // planted: kondisi akhir of the sidang tera count typed 104 (the five years give 102)
          akK: p.id === "s1" ? 104 : p.level ? p.k[4] : sum(p.k),
          akR: fx(years.map((y) => x.a(`r${y}`)).join("+")),
          pj: "Dinas Perdagangan (UPTD Metrologi Legal)",
          lok: "Kota Lembah Mawira",
        };
        years.forEach((y) => {
          out[`k${y}`] = p.k[y - 1];
          if (p.rp) out[`r${y}`] = p.rp[y - 1];
          // planted: the kegiatan's 2027 Rp typed 929,100 among SUM formulas (the rows beneath give 920,100)
          else if (p.id === "g")
            out[`r${y}`] = y === 3 ? 929_100 : fx(`SUM(${x.a(`r${y}`, "s1")}:${x.a(`r${y}`, "s3")})`);
          else out[`r${y}`] = fx(x.a(`r${y}`, "g"));
        });
        return out;
      },
    })),
  });
  s.gap();
  s.lines([
    "Keterangan: kondisi akhir indikator persentase = target tahun ke-5; indikator jumlah = akumulasi 5 tahun.",
  ]);
  s.gap();
  signature(s, 12, {
    tempat: "Lembah Mawira, 24 Februari 2025",
    jabatan: ["KEPALA DINAS PERDAGANGAN KOTA LEMBAH MAWIRA"],
    nama: "Hj. NORLIANI RAHMAH, S.E., M.Si.",
    nip: "19780411 200604 2 012",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const yr = (id: string) => years.map((y) => a(`r${y}`, id)).join("+");
  const ks = (id: string) => years.map((y) => a(`k${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("akK", "s1") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir of 'Jumlah sidang tera ulang di pasar rakyat' (a count) is 104; 18 + 20 + 20 + 22 + 22 = 102",
    truth: ks("s1"),
  });
  b.plant({
    at: { sheet: S, cell: a("r3", "g") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "The kegiatan 3.30.06.2.01 Rp for Tahun-3 (2027) is a typed 929,100 among SUM formulas; its sub kegiatan give 377,700 + 130,400 + 412,000 = 920,100",
    truth: `SUM(${a("r3", "s1")}:${a("r3", "s3")})`,
  });
  for (const id of ["p", "s2"])
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
  b.ok({
    sheet: S,
    cell: a("akK", "s3"),
    rules: ["kondisi-akhir-mismatch"],
    truth: ks("s3"),
    trap: a("k5", "s3"),
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
      truth: `"3.30.06.2.01"`,
      actual: `PARENT(${a("kode", id)})`,
    });
  b.ok({
    sheet: S,
    cell: a("kode", "g"),
    rules: ["code-hierarchy"],
    truth: `"3.30.06"`,
    actual: `PARENT(${a("kode", "g")})`,
  });
  return b.finish();
}
