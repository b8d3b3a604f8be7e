// The DPMPTSP of a Bangka Belitung kabupaten evaluates its Renja 2024 on the E.81 form (ordinal
// "(n-1)" / "(n-2)" headers, the years in the title, Triwulan I-IV over K | Rp), and the DPMPTSP of a
// Papua Tengah kabupaten plans its Renstra 2025-2029 on the T-C.27 form ("Tahun ke-1 .. ke-5",
// "(dalam ribuan rupiah)"). Flows add their quarters and years; the IKM and the rates are levels.
// Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fmt,
  fx,
  letterhead,
  predikat,
  round,
  signature,
  type Cell,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

// ============================== DPMPTSP Kabupaten Bangka Pesisir Timur, E.81 evaluasi Renja 2024

type Sub = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  level: boolean;
  k5: number;
  rp5: number;
  k6: number;
  rp6: number;
  k7: number;
  rp7: number;
  kq: Array<number | "-">;
  rpq: number[];
};

export function e81Dpmptsp(): BookW {
  const b = new BookW(
    "e81-evaluasi-renja-dpmptsp-bangka-pesisir-timur.xlsx",
    "E.81 evaluasi Renja DPMPTSP 2024",
    "E.81 of a DPMPTSP in Bangka Belitung, year n-1 = 2024 from the title: No | Kode | Urusan / Bidang / Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | (5) Target Renstra akhir periode | (6) Realisasi s.d. Renja tahun lalu (n-2) | (7) Target Renja tahun berjalan (n-1) | 'Realisasi Kinerja pada Triwulan' > I .. IV > K | Rp (three header rows) | (12) = 8+9+10+11 | (13) = 12/7 x 100 | (14) = 6 + 12 | (15) = 14/5 x 100 | Unit PD; the IKM and the SLA rates are levels (Triwulan IV); Rata-rata and Predikat of (15)",
  );
  const S = "E81 Renja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN BANGKA PESISIR TIMUR",
    "DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU",
    "Jl. Jenderal Sudirman No. 41 Toboali Baru, Kepulauan Bangka Belitung",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA DPMPTSP KABUPATEN BANGKA PESISIR TIMUR",
    "Renja Tahun 2024 (n-1), Periode Renstra 2022-2026, posisi s.d. Triwulan IV",
  ]);
  s.gap();
  const subs: Sub[] = [
    {
      id: "s1",
      kode: "2.18.04.2.01.0001",
      nm: "Penyediaan Pelayanan Terpadu Perizinan dan Non Perizinan Berbasis Sistem Pelayanan Perizinan Berusaha Terintegrasi Secara Elektronik",
      ind: "Jumlah dokumen perizinan berusaha melalui OSS RBA yang diterbitkan",
      sat: "dokumen",
      level: false,
      k5: 9_500,
      rp5: 2_850_000_000,
      k6: 5_380,
      rp6: 1_624_300_000,
      k7: 1_900,
      rp7: 584_250_000,
      kq: [412, 538, 497, 603],
      rpq: [96_415_000, 148_730_000, 152_960_000, 171_285_000],
    },
    {
      id: "s2",
      kode: "2.18.04.2.01.0002",
      nm: "Pemantauan Pemenuhan Komitmen Perizinan dan Non Perizinan Penanaman Modal",
      ind: "Jumlah laporan pemantauan pemenuhan komitmen perizinan",
      sat: "laporan",
      level: false,
      k5: 20,
      rp5: 750_000_000,
      k6: 12,
      rp6: 438_600_000,
      k7: 4,
      rp7: 162_500_000,
      kq: [1, 1, 1, 1],
      rpq: [28_750_000, 41_300_000, 39_850_000, 47_925_000],
    },
    {
      id: "s3",
      kode: "2.18.04.2.01.0003",
      nm: "Koordinasi dan Sinkronisasi Pengelolaan Pengaduan dan Survei Kepuasan Masyarakat",
      ind: "Indeks Kepuasan Masyarakat (IKM) layanan perizinan",
      sat: "indeks",
      level: true,
      k5: 85,
      rp5: 900_000_000,
      k6: 81.46,
      rp6: 512_750_000,
      k7: 83,
      rp7: 187_400_000,
      kq: ["-", 82.14, "-", 84.37],
      rpq: [22_600_000, 58_940_000, 31_275_000, 66_830_000],
    },
  ];
  const pair = (
    key: string,
    head: string[],
    num: string,
    kRole: Col["role"],
    rpRole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [...head, "K"], role: kRole, year, num, width: 9 },
    { key: `rp${key}`, head: [...head, "Rp"], role: rpRole, year, num, fmt: RP, width: 15 },
  ];
  const Q = ["I", "II", "III", "IV"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "nm", head: ["Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan"], num: "3", width: 40 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4a", width: 9 },
    ...pair("5", ["Target Renstra PD pada Akhir Periode Renstra"], "5", "target", "anggaran"),
    ...pair(
      "6",
      ["Realisasi Capaian Kinerja Renstra PD s.d. Renja PD Tahun Lalu (n-2)"],
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair(
      "7",
      ["Target Kinerja dan Anggaran Renja PD Tahun Berjalan (n-1) yang Dievaluasi"],
      "7",
      "target",
      "anggaran",
      2024,
    ),
    ...Q.flatMap((q, i) =>
      pair(
        `q${i + 1}`,
        ["Realisasi Kinerja pada Triwulan", q],
        String(8 + i),
        "realisasi",
        "realisasi-anggaran",
        2024,
      ),
    ),
    ...pair(
      "12",
      ["Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi"],
      "12 = 8+9+10+11",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "13",
      ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renja PD (%)"],
      "13 = 12/7 x 100",
      "capaian",
      "capaian",
      2024,
    ),
    ...pair(
      "14",
      ["Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun Berjalan"],
      "14 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "15",
      ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun Berjalan (%)"],
      "15 = 14/5 x 100",
      "capaian",
      "capaian",
    ),
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "16", width: 18 },
  ];
  for (const k of ["k13", "rp13", "k15", "rp15"]) cols.find((c) => c.key === k)!.fmt = DEC;
  const qk = ["kq1", "kq2", "kq3", "kq4"];
  const qr = ["rpq1", "rpq2", "rpq3", "rpq4"];
  const rpKeys = ["rp5", "rp6", "rp7", ...qr, "rp12", "rp14"];
  const tail = (c: Ctx, out: Record<string, Cell>, level: boolean, id?: string) => {
    out.k12 = level ? fx(c.a("kq4")) : fx(qk.map((k) => c.a(k)).join("+"));
    // planted: s1's capaian Renja K divides by the Renstra end target (5) instead of the Renja target (7)
    out.k13 = fx(`ROUND(${c.a("k12")}/${c.a(id === "s1" ? "k5" : "k7")}*100,2)`);
    out.rp13 = fx(`ROUND(${c.a("rp12")}/${c.a("rp7")}*100,2)`);
    out.k14 = level ? fx(c.a("k12")) : fx(`${c.a("k6")}+${c.a("k12")}`);
    out.rp14 = fx(`${c.a("rp6")}+${c.a("rp12")}`);
    out.k15 = fx(`ROUND(${c.a("k14")}/${c.a("k5")}*100,2)`);
    out.rp15 = fx(`ROUND(${c.a("rp14")}/${c.a("rp5")}*100,2)`);
    return out;
  };
  const subRow = (x: Sub, i: number): Row => ({
    id: x.id,
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        no: `${i + 1}`,
        kode: x.kode,
        nm: x.nm,
        ind: x.ind,
        sat: x.sat,
        k5: x.k5,
        rp5: x.rp5,
        k6: x.k6,
        rp6: x.rp6,
        k7: x.k7,
        rp7: x.rp7,
        pj: "Bidang Pelayanan Perizinan",
      };
      qk.forEach((k, j) => (out[k] = x.kq[j]));
      qr.forEach((k, j) => (out[k] = x.rpq[j]));
      tail(c, out, x.level, x.id);
      out.rp12 = fx(qr.map((k) => c.a(k)).join("+"));
      // planted: s2's Rp (12) typed 175,825,000 among formulas; the quarters give 157,825,000
      if (x.id === "s2") out.rp12 = 175_825_000;
      return out;
    },
  });
  const upper = (
    id: string,
    kode: string,
    nm: string,
    ind: string,
    vals: number[],
    from: string,
    bold = false,
  ): Row => ({
    id,
    bold,
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        kode,
        nm,
        ind,
        sat: "%",
        k5: vals[0],
        k6: vals[1],
        k7: vals[2],
        pj: "DPMPTSP",
      };
      qk.forEach((k, j) => (out[k] = vals[3 + j]));
      for (const k of rpKeys)
        out[k] = from === "subs" ? fx(`SUM(${c.a(k, "s1")}:${c.a(k, "s3")})`) : fx(c.a(k, from));
      return tail(c, out, true);
    },
  });
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: [
      {
        id: "urs",
        bold: true,
        cells: { kode: "2", nm: "URUSAN PEMERINTAHAN WAJIB YANG TIDAK BERKAITAN DENGAN PELAYANAN DASAR" },
      },
      { id: "bid", bold: true, cells: { kode: "2.18", nm: "URUSAN PEMERINTAHAN BIDANG PENANAMAN MODAL" } },
      upper(
        "prog",
        "2.18.04",
        "PROGRAM PELAYANAN PENANAMAN MODAL",
        "Persentase layanan perizinan berusaha yang diselesaikan sesuai SLA",
        [98, 94.5, 95, 93.2, 94.8, 95.6, 96.1],
        "keg",
        true,
      ),
      upper(
        "keg",
        "2.18.04.2.01",
        "Pelayanan Perizinan dan Non Perizinan secara Terpadu Satu Pintu di Bidang Penanaman Modal yang Menjadi Kewenangan Daerah Kabupaten/Kota",
        "Persentase permohonan perizinan yang diselesaikan sesuai SOP",
        [95, 91.2, 92, 90.5, 91.8, 93.1, 93.6],
        "subs",
      ),
      ...subs.map(subRow),
      {
        id: "avg",
        bold: true,
        span: ["no", "sat"],
        cells: (c: Ctx) => ({
          no: "Rata-rata capaian kinerja Renstra sub kegiatan (15)",
          k15: fx(`ROUND(AVERAGE(${c.a("k15", "s1")}:${c.a("k15", "s3")}),2)`),
        }),
      },
      {
        id: "pred",
        bold: true,
        span: ["no", "sat"],
        cells: { no: "Predikat kinerja", k15: predikat(85.82) },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: integrasi OSS RBA dengan Mal Pelayanan Publik sejak Triwulan II.",
    "Faktor penghambat: jaringan internet di kecamatan kepulauan belum stabil.",
    "Keterangan: IKM dan persentase SLA adalah nilai posisi (Triwulan IV), tidak dijumlahkan.",
  ]);
  s.gap();
  signature(s, 24, {
    tempat: "Toboali Baru, 27 Januari 2025",
    jabatan: ["Kepala Dinas Penanaman Modal dan PTSP,"],
    nama: "RUSDIANTO HAKIM, S.STP., M.Si.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19780914 199912 1 002",
  });

  const a = (k: string, id: string) => t.a(k, id);
  if (round(((7_430 / 9_500 + 16 / 20 + 84.37 / 85) * 100) / 3) !== 85.82) throw new Error("e81 avg");
  b.plant({
    at: { sheet: S, cell: a("k13", "s1") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Tingkat capaian Renja K (13) of sub kegiatan 2.18.04.2.01.0001 is =ROUND(12/5*100,2) = 21.58, dividing by the Renstra end target 9,500; (13) = 12 / 7: 2,050 / 1,900 gives 107.89",
    truth: `ROUND(${a("k12", "s1")}/${a("k7", "s1")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("rp12", "s2") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Realisasi Rp (12) of sub kegiatan 2.18.04.2.01.0002 is a typed 175,825,000 among formulas; Triwulan I-IV give 157,825,000 (digits swapped)",
    truth: qr.map((k) => a(k, "s2")).join("+"),
  });
  for (const id of ["s3", "keg", "prog"]) {
    b.ok({
      sheet: S,
      cell: a("k12", id),
      rules: ["sum-mismatch"],
      truth: a("kq4", id),
      trap: `SUM(${a("kq1", id)}:${a("kq4", id)})`,
    });
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["sum-mismatch"],
      truth: a("kq4", id),
      trap: `${a("k6", id)}+${a("k12", id)}`,
    });
  }
  for (const id of ["s1", "s2"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: qk.map((k) => a(k, id)).join("+") });
    b.ok({ sheet: S, cell: a("k14", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const id of ["s1", "s3"])
    b.ok({
      sheet: S,
      cell: a("rp12", id),
      rules: ["sum-mismatch"],
      truth: qr.map((k) => a(k, id)).join("+"),
    });
  for (const id of ["s2", "s3", "keg", "prog"])
    b.ok({
      sheet: S,
      cell: a("k13", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k12", id)}/${a("k7", id)}*100,2)`,
    });
  for (const id of ["s1", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("k15", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k14", id)}/${a("k5", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("rp13", "s1"),
    rules: ["capaian-mismatch", "serapan-over-100"],
    truth: `ROUND(${a("rp12", "s1")}/${a("rp7", "s1")}*100,2)`,
  });
  for (const k of ["rp5", "rp6", "rp7", ...qr])
    b.ok({
      sheet: S,
      cell: a(k, "keg"),
      rules: ["sum-mismatch"],
      truth: `${a(k, "s1")}+${a(k, "s2")}+${a(k, "s3")}`,
    });
  b.ok({
    sheet: S,
    cell: a("k15", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("k15", "avg")})`,
  });
  for (const [id, up] of [
    ["s1", "keg"],
    ["s3", "keg"],
    ["keg", "prog"],
  ])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", id)})`,
      actual: a("kode", up),
    });
  return b.finish();
}

// ==================================== DPMPTSP Kabupaten Kemabu Jaya (Papua Tengah), T-C.27 Renstra

type Line = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  awal: number;
  k: number[];
  rp?: number[];
  level: boolean;
  f: string;
};

export function tc27Dpmptsp(): BookW {
  const b = new BookW(
    "tc27-renstra-dpmptsp-kemabu-jaya-2025-2029.xlsx",
    "T-C.27 Renstra DPMPTSP 2025-2029",
    "T-C.27 of a DPMPTSP in Papua Tengah, '(dalam ribuan rupiah)', years from the title 2025-2029: Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | Data Capaian pada Tahun Awal Perencanaan | 'Target Kinerja Program dan Kerangka Pendanaan' > Tahun ke-1 .. ke-5 > Target | Rp | Kondisi Kinerja pada Akhir Periode Renstra > Target | Rp | Unit Kerja | Lokasi; number row 1 .. 17; two programs and a JUMLAH",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN KEMABU JAYA",
    "DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU",
  ]);
  s.lines([
    "Tabel T-C.27",
    "Rencana Program, Kegiatan, dan Pendanaan DPMPTSP Kabupaten Kemabu Jaya Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const L: Line[] = [
    {
      id: "p1",
      kode: "2.18.04",
      nm: "PROGRAM PELAYANAN PENANAMAN MODAL",
      ind: "Persentase perizinan berusaha yang terbit tepat waktu",
      sat: "%",
      awal: 87.5,
      k: [90, 92, 94, 95, 96],
      level: true,
      f: DEC,
    },
    {
      id: "k1",
      kode: "2.18.04.2.01",
      nm: "Pelayanan Perizinan dan Non Perizinan secara Terpadu Satu Pintu",
      ind: "Jumlah perizinan dan non perizinan yang diterbitkan",
      sat: "dokumen",
      awal: 1_940,
      k: [2_100, 2_250, 2_400, 2_550, 2_700],
      level: false,
      f: "#,##0",
    },
    {
      id: "s1",
      kode: "2.18.04.2.01.0001",
      nm: "Penyediaan Pelayanan Terpadu Perizinan Berbasis OSS RBA",
      ind: "Jumlah pelaku usaha yang difasilitasi perizinan berusaha melalui OSS RBA",
      sat: "pelaku usaha",
      awal: 790,
      k: [820, 850, 8_800, 910, 940],
      rp: [1_245_000, 1_310_500, 1_368_750, 1_422_000, 1_487_250],
      level: false,
      f: "#,##0",
    },
    {
      id: "s2",
      kode: "2.18.04.2.01.0002",
      nm: "Pemantauan Pemenuhan Komitmen Perizinan dan Non Perizinan",
      ind: "Jumlah laporan pemantauan pemenuhan komitmen",
      sat: "laporan",
      awal: 4,
      k: [4, 4, 4, 4, 4],
      rp: [486_300, 512_400, 538_000, 565_250, 590_800],
      level: false,
      f: "0",
    },
    {
      id: "s3",
      kode: "2.18.04.2.01.0003",
      nm: "Pengelolaan Pengaduan dan Survei Kepuasan Masyarakat",
      ind: "Nilai Indeks Kepuasan Masyarakat (IKM)",
      sat: "indeks",
      awal: 81.2,
      k: [82.5, 83.4, 84.3, 85.2, 86],
      rp: [312_750, 328_400, 345_000, 361_600, 379_150],
      level: true,
      f: DEC,
    },
    {
      id: "p2",
      kode: "2.18.06",
      nm: "PROGRAM PENGELOLAAN DATA DAN SISTEM INFORMASI PENANAMAN MODAL",
      ind: "Persentase data penanaman modal (LKPM) yang terverifikasi",
      sat: "%",
      awal: 62.4,
      k: [68, 72, 76, 80, 85],
      level: true,
      f: DEC,
    },
    {
      id: "k2",
      kode: "2.18.06.2.01",
      nm: "Pengelolaan Data dan Informasi Perizinan dan Non Perizinan Berbasis Sistem Pelayanan Informasi",
      ind: "Jumlah dokumen data dan informasi penanaman modal",
      sat: "dokumen",
      awal: 4,
      k: [4, 4, 4, 4, 4],
      level: false,
      f: "0",
    },
    {
      id: "s4",
      kode: "2.18.06.2.01.0001",
      nm: "Pengolahan, Penyajian dan Pemanfaatan Data dan Informasi Perizinan",
      ind: "Jumlah laporan realisasi investasi (LKPM) yang diolah",
      sat: "laporan",
      awal: 4,
      k: [4, 4, 4, 4, 4],
      rp: [268_500, 281_900, 296_000, 310_800, 326_350],
      level: false,
      f: "0",
    },
  ];
  const Y = [1, 2, 3, 4, 5];
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const A = "Kondisi Kinerja pada Akhir Periode Renstra PD";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 18 },
    { key: "nm", head: ["Program / Kegiatan / Sub Kegiatan"], num: 2, width: 40 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: 3,
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4, width: 10 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan"],
      role: "kondisi-awal",
      year: 2024,
      num: 5,
      width: 11,
    },
    ...Y.flatMap((y): Col[] => [
      {
        key: `k${y}`,
        head: [G, `Tahun ke-${y}`, "Target"],
        role: "target",
        year: 2024 + y,
        num: 4 + 2 * y,
        width: 9,
      },
      {
        key: `r${y}`,
        head: [G, `Tahun ke-${y}`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: 5 + 2 * y,
        fmt: RP,
        width: 13,
      },
    ]),
    { key: "ka", head: [A, "Target"], role: "kondisi-akhir", year: 2029, num: 16, width: 10 },
    { key: "ra", head: [A, "Rp"], role: "kondisi-akhir", year: 2029, num: 17, fmt: RP, width: 14 },
    { key: "unit", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: 18, width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: 19, width: 12 },
  ];
  const kids: Record<string, string[]> = { p1: ["k1"], k1: ["s1", "s2", "s3"], p2: ["k2"], k2: ["s4"] };
  const row = (x: Line): Row => ({
    id: x.id,
    bold: x.id.startsWith("p"),
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        kode: x.kode,
        nm: x.nm,
        ind: x.ind,
        sat: x.sat,
        awal: fmt(x.awal, x.f),
        unit: x.id.endsWith("2") || x.id === "s4" ? "Bidang Data dan Informasi" : "Bidang Pelayanan",
        lok: "Kabupaten",
      };
      for (const y of Y) {
        out[`k${y}`] = fmt(x.k[y - 1], x.f);
        out[`r${y}`] = x.rp ? x.rp[y - 1] : fx(kids[x.id].map((k) => c.a(`r${y}`, k)).join("+"));
      }
      // planted: the IKM's kondisi akhir is a typed 84.30 (the mean of the five targets); the last target is 86.00
      out.ka = x.id === "s3" ? fmt(84.3, DEC) : fx(x.level ? c.a("k5") : `SUM(${c.a("k1")}:${c.a("k5")})`);
      out.ra = fx(Y.map((y) => c.a(`r${y}`)).join("+"));
      return out;
    },
  });
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    rows: [
      ...L.map(row),
      {
        id: "j",
        bold: true,
        span: ["kode", "sat"],
        cells: (c: Ctx) => {
          const out: Record<string, Cell> = { kode: "JUMLAH PENDANAAN" };
          for (const y of Y) out[`r${y}`] = fx(`${c.a(`r${y}`, "p1")}+${c.a(`r${y}`, "p2")}`);
          out.ra = fx(Y.map((y) => c.a(`r${y}`)).join("+"));
          return out;
        },
      },
    ],
  });
  s.gap();
  s.lines(["Catatan: target persentase dan indeks adalah nilai posisi; kondisi akhir = target tahun ke-5."]);
  s.gap();
  signature(s, 14, {
    tempat: "Sugapa Baru, 14 Maret 2025",
    jabatan: ["Kepala Dinas Penanaman Modal dan PTSP", "Kabupaten Kemabu Jaya,"],
    nama: "YOHANES MIRIP, S.E., M.M.",
    pangkat: "Pembina (IV/a)",
    nip: "19790605 200604 1 009",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("ka", "s3") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir target of the IKM (a level) is a typed 84.30, the mean of the five targets; it is the Tahun ke-5 target 86.00",
    truth: a("k5", "s3"),
  });
  b.plant({
    at: { sheet: S, cell: a("k3", "s1") },
    rules: ["target-outlier"],
    note: "Tahun ke-3 target of the pelaku usaha difasilitasi OSS RBA is 8,800 among 820, 850, 910, 940 (a zero too many); 880 fits the path",
    truth: "880",
  });
  for (const id of ["p1", "p2"])
    b.ok({
      sheet: S,
      cell: a("ka", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k5", id),
      trap: `SUM(${a("k1", id)}:${a("k5", id)})`,
    });
  for (const id of ["k1", "s2", "k2", "s4"])
    b.ok({
      sheet: S,
      cell: a("ka", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: `SUM(${a("k1", id)}:${a("k5", id)})`,
      trap: id === "k1" ? a("k5", id) : undefined,
    });
  for (const x of L)
    b.ok({
      sheet: S,
      cell: a("ra", x.id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: Y.map((y) => a(`r${y}`, x.id)).join("+"),
    });
  for (const y of [1, 3, 5]) {
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "k1"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "s1")}+${a(`r${y}`, "s2")}+${a(`r${y}`, "s3")}`,
    });
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "j"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "p1")}+${a(`r${y}`, "p2")}`,
      trap: `SUM(${a(`r${y}`, "p1")}:${a(`r${y}`, "s4")})`,
    });
  }
  b.ok({ sheet: S, cell: a("k5", "s3"), rules: ["target-trend", "target-outlier"], truth: "86" });
  for (const [id, up] of [
    ["s1", "k1"],
    ["s4", "k2"],
    ["k2", "p2"],
  ])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", id)})`,
      actual: a("kode", up),
    });
  return b.finish();
}
