// The Renja evaluation (E.81) and the Renstra funding table (T-C.27) of two invented Dinas Pertanian
// Tanaman Pangan dan Hortikultura: produktivitas padi, LTT, alsintan, benih bersertifikat, irigasi tersier.
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

/** E.81 of the Distan TPH Kabupaten Bantar Sari (Jawa Tengah), s.d. Triwulan IV 2024, years in the header. */
export function e81Pangan(): BookW {
  const b = new BookW(
    "e81-evaluasi-renja-distanpangan-bantar-sari.xlsx",
    "E.81 Evaluasi Renja (Distan TPH)",
    "E.81 2024 with calendar headers (Renstra 2021-2026, realisasi 2021-2023, Renja 2024); Kinerja | Keuangan (Rp) pairs; plain number row 1..24; program with a level (produktivitas ku/ha), kegiatan LTT, two sub kegiatan; Rata-rata and Predikat rows",
  );
  const S = "Evaluasi Renja 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN BANTAR SARI", "DINAS PERTANIAN TANAMAN PANGAN DAN HORTIKULTURA"]);
  s.lines([
    "Tabel Evaluasi Hasil Pelaksanaan Renja Perangkat Daerah Tahun 2024",
    "Periode pelaksanaan: Triwulan I s.d. IV Tahun Anggaran 2024 (Renstra PD 2021-2026)",
  ]);
  s.gap();
  const subs: E[] = [
    {
      id: "s1",
      kode: "3.27.02.2.01.0004",
      ur: "Penyediaan dan Distribusi Alat dan Mesin Pertanian (Alsintan) Prapanen dan Pascapanen",
      ind: "Jumlah unit alsintan yang didistribusikan ke poktan",
      sat: "unit",
      level: false,
      k5: 240,
      k6: 142,
      k7: 40,
      q: [0, 12, 18, 8],
      r5: 14_500_000_000,
      r6: 8_912_400_000,
      r7: 2_650_000_000,
      rq: [0, 845_200_000, 1_120_750_000, 603_480_000],
    },
    {
      id: "s2",
      kode: "3.27.02.2.01.0007",
      ur: "Penyediaan Benih Padi Bersertifikat bagi Kelompok Tani",
      ind: "Luas tanam padi dengan benih bersertifikat",
      sat: "ha",
      level: false,
      k5: 18_000,
      k6: 11_250,
      k7: 3_500,
      q: [1_200, 650, 1_100, 480],
      r5: 6_800_000_000,
      r6: 4_105_600_000,
      r7: 1_180_000_000,
      rq: [312_400_000, 188_900_000, 296_150_000, 341_250_000],
    },
  ];
  const add = (k: "r5" | "r6" | "r7") => sum(subs.map((x) => x[k]));
  const rq = [0, 1, 2, 3].map((i) => sum(subs.map((x) => x.rq[i])));
  const keg: E = {
    id: "keg",
    kode: "3.27.02.2.01",
    ur: "Pengawasan Penyediaan dan Peredaran Sarana Pertanian",
    ind: "Luas Tambah Tanam (LTT) padi",
    sat: "ha",
    level: false,
    k5: 312_000,
    k6: 198_450,
    k7: 64_000,
    q: [18_250, 14_120, 16_880, 15_410],
    r5: add("r5"),
    r6: add("r6"),
    r7: add("r7"),
    rq,
  };
  const prog: E = {
    ...keg,
    id: "prog",
    kode: "3.27.02",
    ur: "PROGRAM PENYEDIAAN DAN PENGEMBANGAN SARANA PERTANIAN",
    ind: "Produktivitas padi",
    sat: "ku/ha",
    level: true,
    k5: 58,
    k6: 54.6,
    k7: 56,
    q: [53.1, 55.4, 55.9, 56.3],
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
    n: number,
    role: Col["role"],
    rrole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [g, "Kinerja"], role, year, num: n, fmt: DEC, width: 10 },
    { key: `r${key}`, head: [g, "Keuangan (Rp)"], role: rrole, year, num: n + 1, fmt: RP, width: 16 },
  ];
  const cols: Col[] = [
    { key: "kode", head: ["Kode Rekening"], role: "kode", num: 1, width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: 2, width: 36 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: 3, width: 32 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4, width: 8 },
    ...pair("5", "Target Renstra s.d. Tahun 2026", 5, "target", "anggaran"),
    ...pair("6", "Realisasi Renstra 2021-2023", 7, "realisasi", "realisasi-anggaran", 2023),
    ...pair("7", "Target Renja 2024", 9, "target", "anggaran", 2024),
    ...pair("8", "Realisasi Triwulan I 2024", 11, "realisasi", "realisasi-anggaran", 2024),
    ...pair("9", "Realisasi Triwulan II 2024", 13, "realisasi", "realisasi-anggaran", 2024),
    ...pair("10", "Realisasi Triwulan III 2024", 15, "realisasi", "realisasi-anggaran", 2024),
    ...pair("11", "Realisasi Triwulan IV 2024", 17, "realisasi", "realisasi-anggaran", 2024),
    ...pair("12", "Realisasi Renja 2024", 19, "realisasi", "realisasi-anggaran", 2024),
    ...pair("13", "Realisasi Renstra s.d. 2024", 21, "realisasi", "realisasi-anggaran", 2024),
    ...pair("14", "Tingkat Capaian Renstra s.d. 2024 (%)", 23, "capaian", "capaian"),
  ];
  // planted: alsintan realisasi Rp 2024 typed 2,596,430,000; the quarters give 2,569,430,000
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
      r12: e.id === "s1" ? 2_596_430_000 : r12(e),
      k13: k13(e),
      r13: e.r6 + r12(e),
      k14: k14(e),
      r14: r14(e),
    },
  }));
  const avgK = round(sum(rows.map(k14)) / rows.length);
  const avgR = round(sum(rows.map(r14)) / rows.length);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...body,
      {
        id: "avg",
        span: ["kode", "sat"],
        cells: (x) => ({
          kode: "Rata-rata Capaian Kinerja dan Realisasi Anggaran",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "prog")}:${x.a("k14", "s2")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "prog")}:${x.a("r14", "s2")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["kode", "sat"],
        // planted: the Kinerja predikat says Sangat Tinggi for an average of 84.49
        cells: { kode: "Predikat Kinerja", k14: "Sangat Tinggi", r14: predikat(avgR) },
      },
    ],
  });
  s.gap();
  s.lines(["Catatan: produktivitas padi adalah angka tingkat (ku/ha), bukan dijumlahkan antar triwulan."]);
  s.gap();
  signature(s, 20, {
    tempat: "Bantar Sari, 17 Januari 2025",
    jabatan: ["KEPALA DINAS PERTANIAN TANAMAN PANGAN", "DAN HORTIKULTURA"],
    nama: "Ir. SUHARDJONO WIBISONO, M.P.",
    pangkat: "Pembina Tk. I (IV/b)",
    nip: "19690821 199503 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) => ["8", "9", "10", "11"].map((n) => a(`${p}${n}`, id)).join("+");
  if (predikat(avgK) === "Sangat Tinggi") throw new Error("the planted predikat is right");
  b.plant({
    at: { sheet: S, cell: a("r12", "s1") },
    rules: ["sum-mismatch"],
    note: "Realisasi Renja 2024 Rp of sub kegiatan 3.27.02.2.01.0004 (alsintan) is 2,596,430,000; the four quarters add up to 2,569,430,000",
    truth: q("r", "s1"),
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "pred") },
    rules: ["predikat-mismatch"],
    note: "Predikat 'Sangat Tinggi' for an average capaian of 84.49; the band > 75 to 90 is Tinggi",
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
    cell: a("r5", "keg"),
    rules: ["sum-mismatch"],
    truth: `${a("r5", "s1")}+${a("r5", "s2")}`,
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

/** T-C.27 of the Distan TPH Kabupaten Ogan Lengkas (Sumatera Selatan), Renstra 2025-2029, Rp in thousands. */
export function tc27Pangan(): BookW {
  const b = new BookW(
    "tc27-renstra-pendanaan-distan-ogan-lengkas.xlsx",
    "T-C.27 Rencana program dan pendanaan (Distan TPH)",
    "T-C.27 Renstra 2025-2029 '(dalam ribuan rupiah)', group headers written once (unmerged); Tahun ke-1..5 > Target | Rp; a Lokasi column; kegiatan Rp = SUM of its sub kegiatan, program Rp = kegiatan; kondisi akhir Rp = sum of the five years; IP padi (level) and irigasi tersier (flow)",
  );
  const S = "Tabel 6.1";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN OGAN LENGKAS", "DINAS PERTANIAN TANAMAN PANGAN DAN HORTIKULTURA"]);
  s.lines([
    "Rencana Program, Kegiatan dan Pendanaan Dinas Pertanian TPH Kabupaten Ogan Lengkas 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const rows: P[] = [
    {
      id: "p",
      kode: "3.27.03",
      ur: "PROGRAM PENYEDIAAN DAN PENGEMBANGAN PRASARANA PERTANIAN",
      ind: "Indeks Pertanaman (IP) padi sawah",
      sat: "IP",
      level: true,
      awal: 1.82,
      k: [1.88, 1.94, 2.0, 2.05, 2.1],
    },
    {
      id: "g",
      kode: "3.27.03.2.01",
      ur: "Pengembangan Prasarana Pertanian",
      ind: "Luas jaringan irigasi tersier yang direhabilitasi",
      sat: "ha",
      level: false,
      awal: 850,
      k: [900, 950, 1_000, 1_000, 1_050],
    },
    {
      id: "s1",
      kode: "3.27.03.2.01.0001",
      ur: "Pembangunan Prasarana Pertanian (Jaringan Irigasi Tersier)",
      ind: "Luas layanan jaringan irigasi tersier yang dibangun",
      sat: "ha",
      level: false,
      awal: 520,
      k: [550, 580, 600, 600, 640],
      rp: [3_412_500, 3_596_000, 3_720_800, 3_755_000, 4_010_600],
    },
    {
      id: "s2",
      kode: "3.27.03.2.01.0002",
      ur: "Pengembangan Jalan Usaha Tani",
      ind: "Persentase poktan terlayani jalan usaha tani",
      sat: "%",
      level: true,
      awal: 41.5,
      k: [45, 49, 53, 57, 60],
      rp: [1_865_000, 1_958_300, 2_056_200, 2_159_000, 2_267_000],
    },
    {
      id: "s3",
      kode: "3.27.02.2.01.0005",
      ur: "Pembangunan Embung dan Dam Parit Pertanian",
      ind: "Jumlah embung pertanian yang dibangun",
      sat: "unit",
      level: false,
      awal: 6,
      k: [8, 8, 10, 10, 12],
      rp: [2_240_000, 2_352_000, 2_940_000, 3_087_000, 3_704_400],
    },
  ];
  const TK = "Target Kinerja dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra";
  const years = [1, 2, 3, 4, 5];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: 2, width: 34 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: 3, width: 34 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4 },
    {
      key: "awal",
      head: ["Kondisi Kinerja Awal (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: 5,
      fmt: DEC,
    },
    ...years.flatMap((y): Col[] => [
      {
        key: `k${y}`,
        head: [TK, `Tahun ke-${y}`, "Target"],
        role: "target",
        year: 2024 + y,
        num: 4 + 2 * y,
        fmt: DEC,
      },
      {
        key: `r${y}`,
        head: [TK, `Tahun ke-${y}`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: 5 + 2 * y,
        fmt: RP,
      },
    ]),
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", num: 16, fmt: DEC },
    { key: "akR", head: [AK, "Rp"], role: "anggaran", num: 17, fmt: RP },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: 18, width: 16 },
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
          akK: p.level ? p.k[4] : sum(p.k),
          lok: p.rp ? "Kecamatan sentra padi" : "Kabupaten",
        };
        years.forEach((y) => {
          out[`k${y}`] = p.k[y - 1];
          if (p.rp) out[`r${y}`] = p.rp[y - 1];
          // planted: the kegiatan's Tahun ke-3 SUM stops one row short (leaves out the embung)
          else if (p.id === "g")
            out[`r${y}`] = fx(`SUM(${x.a(`r${y}`, "s1")}:${x.a(`r${y}`, y === 3 ? "s2" : "s3")})`);
          else out[`r${y}`] = fx(x.a(`r${y}`, "g"));
        });
        out.akR = fx(years.map((y) => x.a(`r${y}`)).join("+"));
        return out;
      },
    })),
  });
  s.gap();
  s.lines(["Keterangan: kondisi akhir indikator tingkat (IP, persentase) = target tahun ke-5."]);
  s.gap();
  signature(s, 12, {
    tempat: "Tanjung Lengkas, 24 Februari 2025",
    jabatan: ["KEPALA DINAS PERTANIAN TANAMAN PANGAN", "DAN HORTIKULTURA"],
    nama: "Drs. H. ZULKARNAIN MUSLIHAT, M.Si.",
    nip: "19720304 199803 1 009",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const yr = (id: string) => years.map((y) => a(`r${y}`, id)).join("+");
  const ks = (id: string) => years.map((y) => a(`k${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r3", "g") },
    rules: ["sum-mismatch"],
    note: "Kegiatan 3.27.03.2.01 Tahun ke-3 Rp is =SUM over two sub kegiatan (5,777,000); with the embung's 2,940,000 it is 8,717,000",
    truth: `${a("r3", "s1")}+${a("r3", "s2")}+${a("r3", "s3")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s3") },
    rules: ["code-hierarchy"],
    note: "Sub kegiatan Pembangunan Embung is coded 3.27.02.2.01.0005 under kegiatan 3.27.03.2.01",
    truth: `"3.27.03.2.01"`,
    actual: `PARENT(${a("kode", "s3")})`,
  });
  for (const id of ["p", "s2"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k5", id),
      trap: ks(id),
    });
  for (const id of ["g", "s1"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: ks(id),
      trap: a("k5", id),
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
  for (const id of ["s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `"3.27.03.2.01"`,
      actual: `PARENT(${a("kode", id)})`,
    });
  return b.finish();
}
