// The Renja evaluation (E.81) and the Renstra funding table (T-C.27) of two Dinas Perikanan on
// perikanan budidaya: benih, pokdakan, CBIB and the share of certified fish farmers. All invented.
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

/** E.81 of the Dinas Perikanan Kabupaten Muara Serayu Timur (Jawa Tengah), s.d. Triwulan IV 2024. */
export function e81Budidaya(): BookW {
  const b = new BookW(
    "e81-budidaya-ikan-muara-serayu-timur.xlsx",
    "E.81 Evaluasi Renja (Dinas Perikanan, budidaya)",
    "E.81 2024 with calendar years in the headers, three header rows (Triwulan > I..IV > Kinerja | Keuangan), number row merged over the pairs, a Keterangan column; level row (% pembudidaya ber-CBIB) above three flows; Rata-rata and Predikat rows",
  );
  const S = "Evaluasi Renja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN MUARA SERAYU TIMUR",
    "DINAS PERIKANAN",
    "Jl. Raya Tambak Sari No. 7, Kemangkon Wetan",
  ]);
  s.lines([
    "EVALUASI HASIL PELAKSANAAN RENJA DINAS PERIKANAN TAHUN 2024 (s.d. TRIWULAN IV)",
    "Renstra Dinas Perikanan Tahun 2022-2026",
  ]);
  s.gap();
  const s1: E = {
    id: "s1",
    kode: "3.25.03.2.01.0003",
    ur: "Penyediaan Benih Ikan Air Tawar bagi Pembudidaya Ikan Kecil",
    ind: "Jumlah benih ikan yang didistribusikan",
    sat: "ribu ekor",
    level: false,
    k5: 12_000,
    k6: 6_100,
    k7: 2_500,
    q: [400, 700, 800, 650],
    r5: 7_500_000_000,
    r6: 3_912_400_000,
    r7: 1_640_000_000,
    rq: [212_450_000, 438_900_000, 517_300_000, 402_150_000],
  };
  const s2: E = {
    id: "s2",
    kode: "3.25.03.2.01.0005",
    ur: "Pembinaan Kelompok Pembudidaya Ikan dan Sertifikasi CBIB",
    ind: "Jumlah pokdakan yang dibina",
    sat: "kelompok",
    level: false,
    k5: 150,
    k6: 84,
    k7: 30,
    q: [6, 8, 9, 7],
    r5: 1_950_000_000,
    r6: 1_108_250_000,
    r7: 385_000_000,
    rq: [61_200_000, 98_750_000, 112_400_000, 104_300_000],
  };
  const add = (k: "r5" | "r6" | "r7") => s1[k] + s2[k];
  const rq = [0, 1, 2, 3].map((i) => s1.rq[i] + s2.rq[i]);
  const keg: E = {
    id: "keg",
    kode: "3.25.03.2.01",
    ur: "Pengelolaan Pembudidayaan Ikan di Kolam dan Perairan Umum Daratan",
    ind: "Jumlah pembudidaya ikan yang menerapkan CBIB",
    sat: "orang",
    level: false,
    k5: 600,
    k6: 352,
    k7: 120,
    q: [22, 35, 38, 31],
    r5: add("r5"),
    r6: add("r6"),
    r7: add("r7"),
    rq,
  };
  const prog: E = {
    ...keg,
    id: "prog",
    kode: "3.25.03",
    ur: "PROGRAM PENGELOLAAN PERIKANAN BUDIDAYA",
    ind: "Persentase pembudidaya ikan bersertifikat CBIB",
    sat: "%",
    level: true,
    k5: 45,
    k6: 31.5,
    k7: 36,
    q: [32.4, 33.8, 35.1, 37.2],
  };
  const rows = [prog, keg, s1, s2];
  const k12 = (e: E) => (e.level ? e.q[3] : sum(e.q));
  const k13 = (e: E) => (e.level ? k12(e) : e.k6 + k12(e));
  const r12 = (e: E) => sum(e.rq);
  const r13 = (e: E) => e.r6 + r12(e);
  const k14 = (e: E) => round((k13(e) / e.k5) * 100);
  const r14 = (e: E) => round((r13(e) / e.r5) * 100);
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
  const TW = "Realisasi Kinerja dan Anggaran Triwulan Tahun 2024";
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
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4a", width: 9 },
    ...pair("5", ["Target Renstra Akhir Periode (2026)"], "5", "target", "anggaran"),
    ...pair("6", ["Realisasi Renstra s.d. Renja Tahun 2023"], "6", "realisasi", "realisasi-anggaran", 2023),
    ...pair("7", ["Target Renja Tahun 2024"], "7", "target", "anggaran", 2024),
    ...pair("8", [TW, "I"], "8", "realisasi", "realisasi-anggaran", 2024),
    ...pair("9", [TW, "II"], "9", "realisasi", "realisasi-anggaran", 2024),
    ...pair("10", [TW, "III"], "10", "realisasi", "realisasi-anggaran", 2024),
    ...pair("11", [TW, "IV"], "11", "realisasi", "realisasi-anggaran", 2024),
    ...pair("12", ["Realisasi Renja Tahun 2024"], "12 = 8+9+10+11", "realisasi", "realisasi-anggaran", 2024),
    ...pair(
      "13",
      ["Realisasi Renstra s.d. Tahun 2024"],
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair("14", ["Tingkat Capaian Renstra s.d. 2024 (%)"], "14 = 13/5 x 100", "capaian", "capaian"),
    { key: "pj", head: ["Unit Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 16 },
    { key: "ket", head: ["Ket."], role: "keterangan", num: "16", width: 14 },
  ];
  // planted: s1 column 12 Rp typed 1,507,800,000 (quarters 1,570,800,000); s2 column 13 Rp typed 1,448,900,000 (6 + 12 = 1,484,900,000)
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
      k12: k12(e),
      r12: e.id === "s1" ? 1_507_800_000 : r12(e),
      k13: k13(e),
      r13: e.id === "s2" ? 1_448_900_000 : r13(e),
      k14: k14(e),
      r14: r14(e),
      pj: "Bidang Budidaya",
      ...(e.level ? { ket: "nilai posisi TW IV" } : {}),
    },
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
        span: ["no", "sat"],
        cells: (x) => ({
          no: "Rata-rata Capaian Kinerja dan Realisasi Anggaran (%)",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "prog")}:${x.a("k14", "s2")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "prog")}:${x.a("r14", "s2")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["no", "sat"],
        cells: { no: "Predikat Kinerja", k14: predikat(avgK), r14: predikat(avgR) },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: bantuan benih nila salin dari BPBAT dan pendampingan penyuluh perikanan.",
    "Faktor penghambat: banjir kolam di Kecamatan Kemangkon Wetan pada Triwulan I.",
    "Tindak lanjut: percepatan sertifikasi CBIB bagi pokdakan binaan tahun 2025.",
  ]);
  s.gap();
  signature(s, 22, {
    tempat: "Kemangkon Wetan, 14 Januari 2025",
    jabatan: ["KEPALA DINAS PERIKANAN", "KABUPATEN MUARA SERAYU TIMUR"],
    nama: "Ir. BAMBANG SETIO WIRATMOKO, M.Si.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19710304 199803 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) => ["8", "9", "10", "11"].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r12", "s1") },
    rules: ["sum-mismatch"],
    note: "Column 12 Keuangan of sub kegiatan 3.25.03.2.01.0003 is 1,507,800,000; the four quarters add up to 1,570,800,000",
    truth: q("r", "s1"),
  });
  b.plant({
    at: { sheet: S, cell: a("r13", "s2") },
    rules: ["sum-mismatch"],
    note: "Column 13 Keuangan of sub kegiatan 3.25.03.2.01.0005 is 1,448,900,000; 6 + 12 = 1,108,250,000 + 376,650,000 = 1,484,900,000",
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
  b.ok({ sheet: S, cell: a("r12", "s2"), rules: ["sum-mismatch"], truth: q("r", "s2") });
  b.ok({
    sheet: S,
    cell: a("r13", "s1"),
    rules: ["sum-mismatch"],
    truth: `${a("r6", "s1")}+${q("r", "s1")}`,
  });
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
  ak: "last" | "sum";
  awal: number;
  k: number[];
  rp?: number[];
};

/** T-C.27 of the Dinas Kelautan dan Perikanan Kabupaten Lore Ranu (Sulawesi Tengah), Renstra 2025-2029. */
export function tc27Budidaya(): BookW {
  const b = new BookW(
    "tc27-dkp-budidaya-lore-ranu.xlsx",
    "T-C.27 Rencana program dan pendanaan (DKP, budidaya)",
    "T-C.27 2025-2029 '(dalam ribuan rupiah)', calendar years over Target | Rp, group headers written once (not merged), Lokasi column after the penanggung jawab; kegiatan Rp = SUM of its sub kegiatan, program Rp = kegiatan; a negative level (% kematian ikan) whose kondisi akhir is the lowest, last target",
  );
  const S = "Tabel 5.1";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN LORE RANU", "DINAS KELAUTAN DAN PERIKANAN"]);
  s.lines([
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const rows: P[] = [
    {
      id: "p",
      kode: "3.25.03",
      ur: "PROGRAM PENGELOLAAN PERIKANAN BUDIDAYA",
      ind: "Persentase unit pembudidayaan ikan bersertifikat CBIB",
      sat: "%",
      ak: "last",
      awal: 18.4,
      k: [22, 26, 30, 34, 38],
    },
    {
      id: "p2",
      kode: "",
      ur: "",
      ind: "Persentase kematian ikan budidaya akibat penyakit",
      sat: "%",
      ak: "last",
      awal: 14.2,
      k: [13, 12, 11, 10, 9],
    },
    {
      id: "g",
      kode: "3.25.03.2.01",
      ur: "Pengelolaan Pembudidayaan Ikan di Kolam, Karamba dan Perairan Umum Daratan",
      ind: "Jumlah unit pembudidayaan ikan yang difasilitasi sarana produksi",
      sat: "unit",
      ak: "sum",
      awal: 38,
      k: [40, 45, 50, 55, 60],
    },
    {
      id: "s1",
      kode: "3.25.03.2.01.0002",
      ur: "Penyediaan Benih Ikan Nila dan Lele bagi Pembudidaya",
      ind: "Jumlah benih ikan yang didistribusikan",
      sat: "ribu ekor",
      ak: "sum",
      awal: 850,
      k: [900, 950, 1_000, 1_050, 1_100],
      rp: [624_300, 655_500, 688_300, 722_700, 758_800],
    },
    {
      id: "s2",
      kode: "3.25.03.2.01.0004",
      ur: "Pengendalian Hama dan Penyakit Ikan Budidaya",
      ind: "Jumlah sampel penyakit ikan yang diuji",
      sat: "sampel",
      ak: "sum",
      awal: 120,
      k: [140, 150, 160, 170, 180],
      rp: [186_400, 195_700, 205_500, 215_800, 226_600],
    },
    {
      id: "s3",
      kode: "3.25.03.2.01.0006",
      ur: "Pembinaan Pokdakan dan Sertifikasi Cara Budidaya Ikan yang Baik",
      ind: "Jumlah pokdakan yang dibina",
      sat: "kelompok",
      ak: "sum",
      awal: 24,
      k: [28, 30, 32, 34, 36],
      rp: [142_800, 149_900, 157_400, 165_300, 173_600],
    },
  ];
  const Y = [2025, 2026, 2027, 2028, 2029];
  const G = "Target Kinerja dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja Akhir Periode Renstra (2029)";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "1", width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: "2", width: 34 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "3", width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4" },
    { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, num: "5", fmt: DEC },
    ...Y.flatMap((y, i): Col[] => [
      {
        key: `k${y}`,
        head: [G, String(y), "Target"],
        role: "target",
        year: y,
        num: `${6 + 2 * i}`,
        fmt: DEC,
      },
      { key: `r${y}`, head: [G, String(y), "Rp"], role: "anggaran", year: y, num: `${7 + 2 * i}`, fmt: RP },
    ]),
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", num: "16", fmt: DEC },
    { key: "akR", head: [AK, "Rp"], role: "anggaran", num: "17", fmt: RP },
    { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", num: "18", width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: "19", width: 16 },
  ];
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    groups: "first",
    rows: rows.map((p): Row => ({
      id: p.id,
      bold: !p.rp,
      cells: (x) => {
        const out: Record<string, ReturnType<typeof fx> | number | string> = {
          kode: p.kode,
          ur: p.ur,
          ind: p.ind,
          sat: p.sat,
          awal: p.awal,
          pj: "Bidang Perikanan Budidaya",
          lok: p.rp ? "13 kecamatan" : "Kabupaten",
        };
        // planted: the CBIB % kondisi akhir typed as the 2028 target (34); 2029 is 38
        out.akK = p.id === "p" ? p.k[3] : p.ak === "last" ? p.k[4] : sum(p.k);
        Y.forEach((y, i) => {
          out[`k${y}`] = p.k[i];
          if (p.rp) out[`r${y}`] = p.rp[i];
          else if (p.id === "g")
            // planted: 2027 kegiatan SUM one row short (leaves out .0006)
            out[`r${y}`] = fx(`SUM(${x.a(`r${y}`, "s1")}:${x.a(`r${y}`, y === 2027 ? "s2" : "s3")})`);
          else if (p.id === "p") out[`r${y}`] = fx(x.a(`r${y}`, "g"));
        });
        if (p.id !== "p2") out.akR = fx(Y.map((y) => x.a(`r${y}`)).join("+"));
        return out;
      },
    })),
  });
  s.gap();
  s.lines([
    "Catatan: kondisi akhir persentase = target tahun 2029; kondisi akhir jumlah = akumulasi lima tahun.",
  ]);
  s.gap();
  signature(s, 14, {
    tempat: "Tentena Ranu, 27 Februari 2025",
    jabatan: ["KEPALA DINAS KELAUTAN DAN PERIKANAN"],
    nama: "Dr. ARIFIN TOMBOLOTUTU, S.Pi., M.P.",
    nip: "19760822 200212 1 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const ks = (id: string) => Y.map((y) => a(`k${y}`, id)).join("+");
  const rs = (id: string) => Y.map((y) => a(`r${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r2027", "g") },
    rules: ["sum-mismatch"],
    note: "Kegiatan 3.25.03.2.01 2027 Rp is =SUM over two sub kegiatan (893,800); with Pembinaan Pokdakan's 157,400 it is 1,051,200",
    truth: `SUM(${a("r2027", "s1")}:${a("r2027", "s3")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("akK", "p") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir of the CBIB % is 34, the 2028 target; the 2029 target is 38",
    truth: a("k2029", "p"),
  });
  b.ok({
    sheet: S,
    cell: a("akK", "p2"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k2029", "p2"),
    trap: ks("p2"),
  });
  for (const id of ["g", "s1", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: ks(id),
      ...(id === "g" ? { trap: a("k2029", id) } : {}),
    });
  for (const id of ["s1", "s2", "s3"])
    b.ok({ sheet: S, cell: a("akR", id), rules: ["kondisi-akhir-mismatch", "sum-mismatch"], truth: rs(id) });
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
      truth: `"3.25.03.2.01"`,
      actual: `PARENT(${a("kode", id)})`,
    });
  return b.finish();
}
