// Planning and evaluation tables of government sections in Lampung: the E.81 evaluation of the
// Renja 2024 of the Bagian Tata Pemerintahan of a kabupaten's Setda (ordinal (n-2) / (n-1) headers,
// Kinerja / Keuangan pairs, quarters grouped under one header, a level indicator whose year is its
// Triwulan IV value), and the T-C.27 of a kecamatan's Renstra 2025-2029 for its kelurahan programs
// ("Tahun ke-1 .. ke-5", "(dalam ribuan rupiah)"). Every name and number is invented.
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
  type Ctx,
  type Row,
} from "../forms/kit";

// ========================== Bagian Tata Pemerintahan Setda Kabupaten Way Sekampung Raya, E.81 2024

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
  kq: number[];
  rpq: number[];
};

export function e81Tapem(): BookW {
  const b = new BookW(
    "e81-renja-tapem-setda-way-sekampung-raya.xlsx",
    "E.81 evaluasi Renja (Bagian Tata Pemerintahan)",
    "E.81 s.d. Triwulan IV 2024 of a Bagian Tata Pemerintahan in Lampung: No | Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | (5) Target Renstra akhir periode | (6) Realisasi s.d. Renja tahun lalu (n-2) | (7) Target Renja tahun berjalan (n-1) | 'Realisasi Kinerja pada Triwulan' > I..IV | (12) | (13) | (14), each Kinerja | Keuangan; number row merged over the pairs ('12 = 8+9+10+11', '13 = 6 + 12', '14 = 13/5 x 100%'); Rata-rata and Predikat footer",
  );
  const S = "E.81 Tapem";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN WAY SEKAMPUNG RAYA",
    "SEKRETARIAT DAERAH - BAGIAN TATA PEMERINTAHAN",
    "Jl. Ir. H. Juanda No. 12 Sukadana Ilir, Kode Pos 34194",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA BAGIAN TATA PEMERINTAHAN",
    "KABUPATEN WAY SEKAMPUNG RAYA",
    "Periode Pelaksanaan: s.d. Triwulan IV Tahun 2024 (Renstra 2021-2026)",
  ]);
  s.gap();
  const subs: Sub[] = [
    {
      id: "s1",
      kode: "4.01.02.2.01.0001",
      nm: "Fasilitasi Pelaksanaan Otonomi Daerah",
      ind: "Jumlah dokumen LPPD, LKPJ dan RLPPD yang tersusun tepat waktu",
      sat: "dokumen",
      level: false,
      k5: 15,
      rp5: 1_950_000_000,
      k6: 9,
      rp6: 1_102_600_000,
      k7: 3,
      rp7: 385_000_000,
      kq: [1, 1, 1, 0],
      rpq: [62_400_000, 118_250_000, 96_700_000, 98_150_000],
    },
    {
      id: "s2",
      kode: "4.01.02.2.01.0002",
      nm: "Fasilitasi Penataan Wilayah dan Penegasan Batas Desa",
      ind: "Persentase segmen batas desa yang telah ditegaskan",
      sat: "%",
      level: true,
      k5: 75,
      rp5: 2_400_000_000,
      k6: 45.2,
      rp6: 1_287_450_000,
      k7: 60,
      rp7: 512_300_000,
      kq: [48.5, 52.3, 57.1, 61.9],
      rpq: [88_600_000, 141_900_000, 152_350_000, 119_875_000],
    },
    {
      id: "s3",
      kode: "4.01.02.2.01.0003",
      nm: "Fasilitasi Kerja Sama Daerah",
      ind: "Jumlah dokumen kerja sama daerah yang difasilitasi",
      sat: "dokumen",
      level: false,
      k5: 25,
      rp5: 1_475_000_000,
      k6: 13,
      rp6: 829_800_000,
      k7: 6,
      rp7: 318_500_000,
      kq: [1, 2, 2, 1],
      rpq: [54_300_000, 87_650_000, 91_200_000, 73_850_000],
    },
  ];
  const Q = ["I", "II", "III", "IV"];
  const K = "Kinerja";
  const RPH = "Keuangan (Rp)";
  const pair = (
    key: string,
    head: string[],
    num: string,
    kRole: Col["role"],
    rpRole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [...head, K], role: kRole, year, num, width: 9 },
    { key: `rp${key}`, head: [...head, RPH], role: rpRole, year, num, fmt: RP, width: 16 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "nm", head: ["Program / Kegiatan / Sub Kegiatan"], num: "3", width: 34 },
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
      ["Realisasi Capaian Kinerja Renstra PD s.d. Renja Tahun Lalu (n-2)"],
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair(
      "7",
      ["Target Kinerja dan Anggaran Renja Tahun Berjalan (n-1) yang Dievaluasi"],
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
      ["Realisasi Capaian Kinerja dan Anggaran Renja yang Dievaluasi"],
      "12 = 8+9+10+11",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "13",
      ["Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun n-1"],
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    {
      key: "k14",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. n-1 (%)", K],
      role: "capaian",
      num: "14 = 13/5 x 100%",
      fmt: DEC,
      width: 9,
    },
    {
      key: "rp14",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. n-1 (%)", RPH],
      role: "capaian",
      num: "14 = 13/5 x 100%",
      fmt: DEC,
      width: 9,
    },
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 16 },
  ];
  const qk = ["kq1", "kq2", "kq3", "kq4"];
  const qr = ["rpq1", "rpq2", "rpq3", "rpq4"];
  // planted: the Rp (12) of s3 is a typed total with two digits swapped (370,000,000 for 307,000,000)
  const typedS3 = 370_000_000;
  if (sum(subs[2].rpq) !== 307_000_000) throw new Error("e81 s3");
  const subRow = (x: Sub, i: number): Row => ({
    id: x.id,
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        no: `1.1.${i + 1}`,
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
        pj: "Subbag Otda dan Kewilayahan",
      };
      qk.forEach((k, j) => (out[k] = x.kq[j]));
      qr.forEach((k, j) => (out[k] = x.rpq[j]));
      out.k12 = x.level ? fx(c.a("kq4")) : fx(qk.map((k) => c.a(k)).join("+"));
      out.rp12 = x.id === "s3" ? typedS3 : fx(qr.map((k) => c.a(k)).join("+"));
      out.k13 = x.level ? fx(c.a("k12")) : fx(`${c.a("k6")}+${c.a("k12")}`);
      out.rp13 = fx(`${c.a("rp6")}+${c.a("rp12")}`);
      out.k14 = fx(`ROUND(${c.a("k13")}/${c.a("k5")}*100,2)`);
      out.rp14 = fx(`ROUND(${c.a("rp13")}/${c.a("rp5")}*100,2)`);
      return out;
    },
  });
  const rpKeys = ["rp5", "rp6", "rp7", ...qr, "rp12", "rp13"];
  const kegRow: Row = {
    id: "keg",
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        no: "1.1",
        kode: "4.01.02.2.01",
        nm: "Pelaksanaan Kebijakan Pemerintahan",
        ind: "Jumlah laporan penyelenggaraan tata pemerintahan yang disampaikan",
        sat: "laporan",
        k5: 20,
        k6: 12,
        k7: 4,
        kq1: 1,
        kq2: 1,
        kq3: 1,
        kq4: 1,
        pj: "Bagian Tata Pemerintahan",
      };
      for (const k of rpKeys) out[k] = fx(`SUM(${c.a(k, "s1")}:${c.a(k, "s3")})`);
      out.k12 = fx(qk.map((k) => c.a(k)).join("+"));
      out.k13 = fx(`${c.a("k6")}+${c.a("k12")}`);
      out.k14 = fx(`ROUND(${c.a("k13")}/${c.a("k5")}*100,2)`);
      out.rp14 = fx(`ROUND(${c.a("rp13")}/${c.a("rp5")}*100,2)`);
      return out;
    },
  };
  const progRow: Row = {
    id: "prog",
    bold: true,
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        no: "1",
        kode: "4.01.02",
        nm: "PROGRAM PEMERINTAHAN DAN KESEJAHTERAAN RAKYAT",
        ind: "Persentase rekomendasi kebijakan tata pemerintahan yang ditindaklanjuti",
        sat: "%",
        k5: 85,
        k6: 72.5,
        k7: 78,
        kq1: 70,
        kq2: 73.5,
        kq3: 76,
        kq4: 80.25,
        pj: "Bagian Tata Pemerintahan",
      };
      for (const k of rpKeys) out[k] = fx(c.a(k, "keg"));
      out.k12 = fx(c.a("kq4"));
      out.k13 = fx(c.a("k12"));
      out.k14 = fx(`ROUND(${c.a("k13")}/${c.a("k5")}*100,2)`);
      out.rp14 = fx(`ROUND(${c.a("rp13")}/${c.a("rp5")}*100,2)`);
      return out;
    },
  };
  const k14 = (x: Sub) => round(((x.level ? x.kq[3] : x.k6 + sum(x.kq)) / x.k5) * 100);
  const avgK = round(sum(subs.map(k14)) / subs.length);
  const truePred = predikat(avgK);
  // planted: the predikat of the average is one band too high
  const wrongPred = truePred === "Tinggi" ? "Sangat Tinggi" : "Tinggi";
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: [
      progRow,
      kegRow,
      ...subs.map(subRow),
      {
        id: "avg",
        bold: true,
        span: ["no", "sat"],
        cells: (c: Ctx) => ({
          no: "Rata-rata capaian kinerja sub kegiatan (%)",
          k14: fx(`ROUND(AVERAGE(${c.a("k14", "s1")}:${c.a("k14", "s3")}),2)`),
        }),
      },
      {
        id: "pred",
        bold: true,
        span: ["no", "sat"],
        cells: { no: "Predikat kinerja", k14: wrongPred },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: dukungan Badan Informasi Geospasial dalam penegasan batas desa secara kartometrik.",
    "Faktor penghambat: 4 (empat) segmen batas desa di Kecamatan Sekampung Udik masih dalam proses mediasi.",
    "Tindak lanjut: percepatan rapat Tim Penegasan Batas Desa (PBD) pada Triwulan I 2025.",
    "Predikat: > 90 Sangat Tinggi; > 75 - 90 Tinggi; > 65 - 75 Sedang; > 50 - 65 Rendah; <= 50 Sangat Rendah.",
  ]);
  s.gap();
  signature(s, 20, {
    tempat: "Sukadana Ilir, 17 Januari 2025",
    jabatan: ["Kepala Bagian Tata Pemerintahan,"],
    nama: "RIDWAN SYAHPUTRA, S.STP., M.Si.",
    pangkat: "Pembina (IV/a)",
    nip: "19820615 200112 1 003",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("rp12", "s3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Realisasi Rp (12) of sub kegiatan 4.01.02.2.01.0003 is a typed 370,000,000 among '8+9+10+11' formulas; the four quarters give 307,000,000 (two digits swapped)",
    truth: qr.map((k) => a(k, "s3")).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "pred") },
    rules: ["predikat-mismatch"],
    note: `predikat "${wrongPred}" for the average capaian ${avgK.toFixed(2)}; the band of the note under the table gives ${truePred}`,
    truth: `PREDIKAT(${a("k14", "avg")})`,
  });
  // the batas desa rate and the program rate are levels
  b.ok({
    sheet: S,
    cell: a("k12", "s2"),
    rules: ["sum-mismatch"],
    truth: a("kq4", "s2"),
    trap: qk.map((k) => a(k, "s2")).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("k13", "s2"),
    rules: ["sum-mismatch"],
    truth: a("kq4", "s2"),
    trap: `${a("k6", "s2")}+${a("k12", "s2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("k12", "prog"),
    rules: ["sum-mismatch"],
    truth: a("kq4", "prog"),
    trap: qk.map((k) => a(k, "prog")).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("k13", "prog"),
    rules: ["sum-mismatch"],
    truth: a("kq4", "prog"),
    trap: `${a("k6", "prog")}+${a("k12", "prog")}`,
  });
  for (const id of ["s1", "s3", "keg"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: qk.map((k) => a(k, id)).join("+") });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const id of ["s1", "s2", "s3", "keg", "prog"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  for (const id of ["s1", "s2"]) {
    b.ok({
      sheet: S,
      cell: a("rp12", id),
      rules: ["sum-mismatch"],
      truth: qr.map((k) => a(k, id)).join("+"),
    });
    b.ok({
      sheet: S,
      cell: a("rp13", id),
      rules: ["sum-mismatch"],
      truth: `${a("rp6", id)}+${a("rp12", id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("rp14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("rp13", id)}/${a("rp5", id)}*100,2)`,
    });
  }
  for (const k of ["rp5", "rp6", "rp7", ...qr])
    b.ok({
      sheet: S,
      cell: a(k, "keg"),
      rules: ["sum-mismatch"],
      truth: `${a(k, "s1")}+${a(k, "s2")}+${a(k, "s3")}`,
    });
  b.ok({
    sheet: S,
    cell: a("k14", "avg"),
    rules: ["capaian-mismatch"],
    truth: `ROUND((${a("k14", "s1")}+${a("k14", "s2")}+${a("k14", "s3")})/3,2)`,
  });
  for (const id of ["s1", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", id)})`,
      actual: a("kode", "keg"),
    });
  return b.finish();
}

// ============== Kecamatan Sukabumi Indah, Kota Tanjung Karang Raya: T-C.27 Renstra 2025-2029 (kelurahan)

type Line = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  level: boolean;
  awal: number;
  k: number[];
  rp?: number[];
  bold?: boolean;
};

export function tc27Kelurahan(): BookW {
  const b = new BookW(
    "tc27-renstra-kecamatan-sukabumi-indah-kelurahan.xlsx",
    "T-C.27 Renstra Kecamatan (program kelurahan)",
    "T-C.27 of a kecamatan of a Lampung city, Renstra 2025-2029, '(dalam ribuan rupiah)': Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | Data Capaian Awal (2024) | 'Target Kinerja Program dan Kerangka Pendanaan' > Tahun ke-1 .. ke-5 > Target | Rp | 'Kondisi Kinerja pada Akhir Periode Renstra' > Target | Rp | Unit Kerja | Lokasi; plain number row 1..19; program = kegiatan A + kegiatan B, kegiatan = SUM of sub kegiatan, kondisi akhir Rp = SUM of the years",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA TANJUNG KARANG RAYA", "KECAMATAN SUKABUMI INDAH"]);
  s.lines([
    "Tabel T-C.27",
    "Rencana Program, Kegiatan, dan Pendanaan Kecamatan Sukabumi Indah Kota Tanjung Karang Raya",
    "Renstra Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const years = [2025, 2026, 2027, 2028, 2029];
  const subsA: Line[] = [
    {
      id: "a1",
      kode: "7.01.03.2.01.0001",
      nm: "Fasilitasi Penyelenggaraan Musyawarah Perencanaan Pembangunan Kelurahan",
      ind: "Jumlah dokumen hasil musrenbang kelurahan",
      sat: "dokumen",
      level: false,
      awal: 7,
      k: [7, 7, 7, 7, 7],
      rp: [84_500, 88_750, 93_200, 97_850, 102_700],
    },
    {
      id: "a2",
      kode: "7.01.03.2.01.0002",
      nm: "Peningkatan Kapasitas Lembaga Kemasyarakatan Kelurahan",
      ind: "Persentase LPM, RT dan PKK kelurahan yang aktif",
      sat: "%",
      level: true,
      awal: 71.4,
      k: [74, 77, 80, 83, 86],
      rp: [236_400, 248_200, 260_600, 273_650, 287_350],
    },
  ];
  const subsB: Line[] = [
    {
      id: "b1",
      kode: "7.01.03.2.02.0001",
      nm: "Pembangunan Sarana dan Prasarana Lingkungan Kelurahan (Dana Kelurahan)",
      ind: "Jumlah paket sarana prasarana lingkungan kelurahan yang dibangun",
      sat: "paket",
      level: false,
      awal: 12,
      k: [14, 14, 15, 15, 16],
      rp: [2_765_000, 2_810_000, 2_905_500, 2_960_000, 3_050_750],
    },
    {
      id: "b2",
      // planted: coded under program 7.01.02 while it stands under kegiatan 7.01.03.2.02
      kode: "7.01.02.2.02.0002",
      nm: "Pemeliharaan Sarana dan Prasarana Kelurahan",
      ind: "Persentase sarana prasarana kelurahan dalam kondisi baik",
      sat: "%",
      level: true,
      awal: 64.5,
      k: [68, 71, 74, 77, 80],
      rp: [412_300, 428_800, 445_950, 463_800, 482_350],
    },
  ];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 18 },
    { key: "nm", head: ["Program / Kegiatan / Sub Kegiatan"], num: 2, width: 38 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: 3,
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4, width: 9 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: 5,
      width: 11,
    },
    ...years.flatMap((y, i): Col[] => [
      {
        key: `k${i + 1}`,
        head: ["Target Kinerja Program dan Kerangka Pendanaan", `Tahun ke-${i + 1}`, "Target"],
        role: "target",
        year: y,
        num: 6 + 2 * i,
        width: 8,
      },
      {
        key: `rp${i + 1}`,
        head: ["Target Kinerja Program dan Kerangka Pendanaan", `Tahun ke-${i + 1}`, "Rp"],
        role: "anggaran",
        year: y,
        num: 7 + 2 * i,
        fmt: RP,
        width: 13,
      },
    ]),
    {
      key: "akk",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Target"],
      role: "kondisi-akhir",
      year: 2029,
      num: 16,
      width: 9,
    },
    {
      key: "akr",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Rp"],
      role: "kondisi-akhir",
      year: 2029,
      num: 17,
      fmt: RP,
      width: 14,
    },
    { key: "unit", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: 18, width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: 19, width: 16 },
  ];
  const Y = [1, 2, 3, 4, 5];
  // planted: the kondisi akhir Rp of a2 is typed, two digits swapped
  const a2sum = sum(subsA[1].rp!);
  const a2typed = 1_360_200;
  if (a2sum !== 1_306_200) throw new Error(`tc27 a2 ${a2sum}`);
  const line = (x: Line, lok: string, rpOf: (c: Ctx, y: number) => Cell, unit: string): Row => ({
    id: x.id,
    bold: x.bold,
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        kode: x.kode,
        nm: x.nm,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        unit,
        lok,
      };
      Y.forEach((y) => {
        out[`k${y}`] = x.k[y - 1];
        out[`rp${y}`] = rpOf(c, y);
      });
      out.akk = x.level ? fx(c.a("k5")) : fx(`SUM(${Y.map((y) => c.a(`k${y}`)).join(",")})`);
      out.akr = x.id === "a2" ? a2typed : fx(`SUM(${Y.map((y) => c.a(`rp${y}`)).join(",")})`);
      return out;
    },
  });
  const sub = (x: Line) => line(x, "7 kelurahan", (_c, y) => x.rp![y - 1], "Seksi PMK");
  const keg = (id: string, x: Omit<Line, "id">, from: string, to: string) =>
    line(
      { ...x, id },
      "Kecamatan Sukabumi Indah",
      (c, y) => fx(`SUM(${c.a(`rp${y}`, from)}:${c.a(`rp${y}`, to)})`),
      "Seksi PMK",
    );
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    rows: [
      line(
        {
          id: "p",
          kode: "7.01.03",
          nm: "PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN",
          ind: "Indeks partisipasi masyarakat kelurahan dalam pembangunan",
          sat: "indeks",
          level: true,
          awal: 68.2,
          k: [69.5, 71, 72.5, 74, 75.5],
          bold: true,
        },
        "Kecamatan Sukabumi Indah",
        (c, y) => fx(`${c.a(`rp${y}`, "ka")}+${c.a(`rp${y}`, "kb")}`),
        "Camat",
      ),
      keg(
        "ka",
        {
          kode: "7.01.03.2.01",
          nm: "Pemberdayaan Masyarakat dan Lembaga Kemasyarakatan Kelurahan",
          ind: "Jumlah kegiatan pembinaan lembaga kemasyarakatan kelurahan yang dilaksanakan",
          sat: "kegiatan",
          level: false,
          awal: 10,
          k: [12, 12, 14, 14, 16],
        },
        "a1",
        "a2",
      ),
      ...subsA.map(sub),
      keg(
        "kb",
        {
          kode: "7.01.03.2.02",
          nm: "Pembangunan dan Pemeliharaan Sarana dan Prasarana Kelurahan",
          ind: "Persentase kelurahan dengan sarana prasarana lingkungan memadai",
          sat: "%",
          level: true,
          awal: 57.14,
          k: [57.14, 71.43, 71.43, 85.71, 100],
        },
        "b1",
        "b2",
      ),
      ...subsB.map(sub),
    ],
  });
  s.gap();
  s.lines([
    "Keterangan: kondisi akhir target indikator persentase dan indeks = target tahun ke-5; indikator jumlah = akumulasi lima tahun.",
  ]);
  s.gap();
  signature(s, 14, {
    tempat: "Tanjung Karang Raya, 20 Juni 2025",
    jabatan: ["Camat Sukabumi Indah,"],
    nama: "Hj. NURLELA MARDIANA, S.Sos., M.M.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19760904 199803 2 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const yrs = (id: string) => `SUM(${Y.map((y) => a(`rp${y}`, id)).join(",")})`;
  b.plant({
    at: { sheet: S, cell: a("akr", "a2") },
    rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
    note: `Kondisi akhir Rp of sub kegiatan 7.01.03.2.01.0002 is a typed 1,360,200 (ribu) among SUM formulas; its five years add up to ${a2sum.toLocaleString("en")}`,
    truth: yrs("a2"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "b2") },
    rules: ["code-hierarchy"],
    note: "sub kegiatan Pemeliharaan Sarana dan Prasarana Kelurahan is coded 7.01.02.2.02.0002 (program 7.01.02) under kegiatan 7.01.03.2.02; its code is 7.01.03.2.02.0002",
    truth: `${a("kode", "kb")}&".0002"`,
  });
  for (const id of ["p", "ka", "a1", "kb", "b1", "b2"])
    b.ok({ sheet: S, cell: a("akr", id), rules: ["kondisi-akhir-mismatch", "sum-mismatch"], truth: yrs(id) });
  // kondisi akhir K: the last target for rates and indices, the five years added for counts
  for (const id of ["p", "a2", "kb", "b2"])
    b.ok({
      sheet: S,
      cell: a("akk", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k5", id),
      trap: `SUM(${Y.map((y) => a(`k${y}`, id)).join(",")})`,
    });
  for (const id of ["ka", "a1", "b1"])
    b.ok({
      sheet: S,
      cell: a("akk", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: `SUM(${Y.map((y) => a(`k${y}`, id)).join(",")})`,
      trap: a("k5", id),
    });
  for (const y of Y) {
    // the program is its two kegiatan, not every row under it added up
    b.ok({
      sheet: S,
      cell: a(`rp${y}`, "p"),
      rules: ["sum-mismatch"],
      truth: `${a(`rp${y}`, "ka")}+${a(`rp${y}`, "kb")}`,
      trap: `SUM(${a(`rp${y}`, "ka")}:${a(`rp${y}`, "b2")})`,
    });
    b.ok({
      sheet: S,
      cell: a(`rp${y}`, "ka"),
      rules: ["sum-mismatch"],
      truth: `${a(`rp${y}`, "a1")}+${a(`rp${y}`, "a2")}`,
    });
    b.ok({
      sheet: S,
      cell: a(`rp${y}`, "kb"),
      rules: ["sum-mismatch"],
      truth: `${a(`rp${y}`, "b1")}+${a(`rp${y}`, "b2")}`,
    });
  }
  for (const [id, par] of [
    ["a1", "ka"],
    ["a2", "ka"],
    ["b1", "kb"],
    ["ka", "p"],
    ["kb", "p"],
  ])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", id)})`,
      actual: a("kode", par),
    });
  // rising targets of the positive rates
  b.ok({ sheet: S, cell: a("k5", "a2"), rules: ["target-trend", "target-outlier"], truth: "86" });
  b.ok({ sheet: S, cell: a("k5", "b2"), rules: ["target-trend", "target-outlier"], truth: "80" });
  return b.finish();
}
