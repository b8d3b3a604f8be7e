// Money tables of a Dinas Kesehatan on kesehatan ibu dan anak: the E.81 evaluation of the Renja 2024
// of a Banten kabupaten's Dinkes (K | Rp pairs, quarters, a level and two flows) and the T-C.27 of a
// Sulawesi Utara kabupaten's Dinkes Renstra 2025-2029 "(dalam ribuan rupiah)". Every name and number is invented.
import { BookW, DEC, RP, fmt, fx, letterhead, predikat, signature, type Col, type Row } from "../forms/kit";

const cap = (a: string, b: string) => `ROUND(${a}/${b}*100,2)`;

// ====================================== Dinas Kesehatan Kabupaten Cimanuk Hilir (Banten), E.81 2024

type E = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  level: boolean;
  k: number[]; // 5, 6, 7, q1..q4
  rp?: number[]; // 5, 6, 7, q1..q4 (typed on sub kegiatan only)
};

export function e81Kia(): BookW {
  const b = new BookW(
    "evaluasi-e81-renja-kia-dinkes-cimanuk-hilir.xlsx",
    "E.81 evaluasi hasil Renja (Dinkes, KIA)",
    "E.81 2024 of a Dinkes in Banten: No | Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | K | Rp pairs (5) target akhir Renstra 2026, (6) s.d. 2023, (7) Renja 2024, (8)-(11) Triwulan I-IV, '12 = 8+9+10+11', '13 = 6 + 12', '14 = 13 / 5 x 100'; number row merged over the pairs; the K6 and persalinan rates are levels (Triwulan IV), the ibu hamil and neonatal counts flows; Rata-rata and Predikat rows",
  );
  const S = "E81 Dinkes 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN CIMANUK HILIR",
    "DINAS KESEHATAN",
    "Jl. Raya Labuan Km. 4 Cimanuk Hilir, Banten",
  ]);
  s.lines([
    "Evaluasi terhadap Hasil Renja Perangkat Daerah Lingkup Kabupaten Cimanuk Hilir",
    "Renja Perangkat Daerah Dinas Kesehatan Kabupaten Cimanuk Hilir Periode Pelaksanaan Tahun 2024",
    "Indikator dan target kinerja Perangkat Daerah Kabupaten yang mengacu pada sasaran RKPD Kabupaten",
  ]);
  s.gap();
  const rows: E[] = [
    {
      id: "prog",
      kode: "1.02.02",
      nm: "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT",
      ind: "Persentase ibu hamil yang mendapatkan pelayanan antenatal K6",
      sat: "%",
      level: true,
      k: [90, 78.5, 82, 61.3, 70.25, 77.8, 83.4],
    },
    {
      id: "keg",
      kode: "1.02.02.2.02",
      nm: "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
      ind: "Persentase persalinan di fasilitas pelayanan kesehatan",
      sat: "%",
      level: true,
      k: [95, 91.2, 92.5, 88.4, 90.1, 91.6, 93.05],
    },
    {
      id: "s1",
      kode: "1.02.02.2.02.0001",
      nm: "Pengelolaan Pelayanan Kesehatan Ibu Hamil",
      ind: "Jumlah ibu hamil yang mendapatkan pelayanan kesehatan sesuai standar",
      sat: "orang",
      level: false,
      k: [126000, 62410, 21300, 5120, 5410, 5380, 5290],
      rp: [4850000000, 2310450000, 845000000, 148200000, 205750000, 221400000, 236900000],
    },
    {
      id: "s2",
      kode: "1.02.02.2.02.0003",
      nm: "Pengelolaan Pelayanan Kesehatan Bayi Baru Lahir",
      ind: "Jumlah bayi baru lahir yang mendapatkan kunjungan neonatal lengkap (KN1-KN3)",
      sat: "bayi",
      level: false,
      k: [118000, 58930, 20150, 4870, 5020, 5110, 4960],
      rp: [3600000000, 1705300000, 640000000, 121500000, 158300000, 170250000, 162400000],
    },
  ];
  const pair = (
    key: string,
    head: string,
    num: string,
    kRole: Col["role"],
    rpRole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [head, "K"], role: kRole, year, num, width: 9 },
    { key: `rp${key}`, head: [head, "Rp"], role: rpRole, year, num, fmt: RP, width: 16 },
  ];
  const Q = ["I", "II", "III", "IV"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "nm", head: ["Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan"], num: "3", width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    ...pair("5", "Target Renstra PD pada Tahun 2026 (Akhir Periode Renstra PD)", "5", "target", "anggaran"),
    ...pair(
      "6",
      "Realisasi Capaian Kinerja Renstra PD s.d. Renja PD Tahun Lalu (2023)",
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair(
      "7",
      "Target Kinerja dan Anggaran Renja PD Tahun Berjalan (2024) yang Dievaluasi",
      "7",
      "target",
      "anggaran",
      2024,
    ),
    ...Q.flatMap((q, i) =>
      pair(
        `q${i + 1}`,
        `Realisasi Kinerja Triwulan ${q}`,
        String(8 + i),
        "realisasi",
        "realisasi-anggaran",
        2024,
      ),
    ),
    ...pair(
      "12",
      "Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi",
      "12 = 8+9+10+11",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "13",
      "Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun 2024",
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "14",
      "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun 2024 (%)",
      "14 = 13 / 5 x 100",
      "capaian",
      "capaian",
    ),
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 18 },
  ];
  const base = ["5", "6", "7", "q1", "q2", "q3", "q4"];
  const subs = ["s1", "s2"];
  const body: Row[] = rows.map((x, n) => ({
    id: x.id,
    bold: !x.rp,
    cells: (c) => {
      const o: Record<string, ReturnType<typeof fx> | number | string | ReturnType<typeof fmt>> = {
        no: n + 1,
        kode: x.kode,
        nm: x.nm,
        ind: x.ind,
        sat: x.sat,
        pj: "Bidang Kesehatan Masyarakat",
      };
      base.forEach((k, i) => {
        o[`k${k}`] = x.level ? fmt(x.k[i], DEC) : fmt(x.k[i], "#,##0");
        if (x.rp) o[`rp${k}`] = x.rp[i];
        else if (x.id === "keg") o[`rp${k}`] = fx(subs.map((id) => c.a(`rp${k}`, id)).join("+"));
        else o[`rp${k}`] = fx(c.a(`rp${k}`, "keg"));
      });
      const q = (p: string) => ["q1", "q2", "q3", "q4"].map((k) => c.a(`${p}${k}`)).join("+");
      // levels: the yearly K is Triwulan IV's, the s.d. K the latest level
      o.k12 = fx(x.level ? c.a("kq4") : q("k"));
      o.k13 = fx(x.level ? c.a("k12") : `${c.a("k6")}+${c.a("k12")}`);
      // planted: the program's K capaian keeps its cached result from Triwulan III (78.5 / 90)
      o.k14 = x.id === "prog" ? fx(cap(c.a("k13"), c.a("k5")), 87.22) : fx(cap(c.a("k13"), c.a("k5")));
      if (x.rp) {
        // planted: the neonatal sub kegiatan adds Triwulan I-III only
        o.rp12 = fx(x.id === "s2" ? ["q1", "q2", "q3"].map((k) => c.a(`rp${k}`)).join("+") : q("rp"));
        o.rp13 = fx(`${c.a("rp6")}+${c.a("rp12")}`);
      } else if (x.id === "keg") {
        o.rp12 = fx(subs.map((id) => c.a("rp12", id)).join("+"));
        o.rp13 = fx(subs.map((id) => c.a("rp13", id)).join("+"));
      } else {
        o.rp12 = fx(c.a("rp12", "keg"));
        o.rp13 = fx(c.a("rp13", "keg"));
      }
      o.rp14 = fx(cap(c.a("rp13"), c.a("rp5")));
      return o;
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
        bold: true,
        span: ["no", "sat"],
        cells: (c) => ({
          no: "Rata-rata capaian kinerja dan realisasi anggaran",
          k14: fx(`ROUND(AVERAGE(${c.a("k14", "prog")}:${c.a("k14", "s2")}),2)`),
          rp14: fx(`ROUND(AVERAGE(${c.a("rp14", "prog")}:${c.a("rp14", "s2")}),2)`),
        }),
      },
      {
        id: "pred",
        bold: true,
        span: ["no", "sat"],
        cells: { no: "Predikat kinerja", k14: "Tinggi", rp14: "Sedang" },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: kelas ibu hamil aktif di 42 puskesmas; pendampingan bidan desa.",
    "Faktor penghambat: akses geografis di wilayah selatan; keterlambatan pencairan BOK Triwulan I.",
  ]);
  s.gap();
  signature(s, 20, {
    tempat: "Cimanuk Hilir, 17 Januari 2025",
    jabatan: ["Kepala Dinas Kesehatan", "Kabupaten Cimanuk Hilir,"],
    nama: "dr. HJ. RATNA SARI DEWI, M.K.M.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19720511 200212 2 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const quarters = (p: string, id: string) =>
    ["q1", "q2", "q3", "q4"].map((k) => a(`${p}${k}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("rp12", "s2") },
    rules: ["sum-mismatch", "inconsistent-formula"],
    note: "Realisasi Rp (12) of sub kegiatan 1.02.02.2.02.0003 adds Triwulan I-III only (450,050,000); with Triwulan IV's 162,400,000 it is 612,450,000, as the ibu hamil row adds",
    truth: quarters("rp", "s2"),
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "prog") },
    rules: ["capaian-mismatch"],
    note: "Tingkat capaian K (14) of the program is =ROUND(13/5*100,2) with a stale cached 87.22 (the Triwulan III level 78.5 / 90); 83.40 / 90 gives 92.67",
    truth: cap(a("k13", "prog"), a("k5", "prog")),
  });
  for (const id of ["prog", "keg"]) {
    b.ok({
      sheet: S,
      cell: a("k12", id),
      rules: ["sum-mismatch"],
      truth: a("kq4", id),
      trap: quarters("k", id),
    });
    b.ok({
      sheet: S,
      cell: a("k13", id),
      rules: ["sum-mismatch"],
      truth: a("k12", id),
      trap: `${a("k6", id)}+${a("k12", id)}`,
    });
  }
  b.ok({ sheet: S, cell: a("k12", "s1"), rules: ["sum-mismatch"], truth: quarters("k", "s1") });
  b.ok({ sheet: S, cell: a("k12", "s2"), rules: ["sum-mismatch"], truth: quarters("k", "s2") });
  b.ok({
    sheet: S,
    cell: a("rp12", "s1"),
    rules: ["sum-mismatch", "inconsistent-formula"],
    truth: quarters("rp", "s1"),
  });
  b.ok({
    sheet: S,
    cell: a("k13", "s1"),
    rules: ["sum-mismatch"],
    truth: `${a("k6", "s1")}+${a("k12", "s1")}`,
  });
  b.ok({
    sheet: S,
    cell: a("rp5", "keg"),
    rules: ["sum-mismatch"],
    truth: `${a("rp5", "s1")}+${a("rp5", "s2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("rp7", "keg"),
    rules: ["sum-mismatch"],
    truth: `${a("rp7", "s1")}+${a("rp7", "s2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("k14", "keg"),
    rules: ["capaian-mismatch"],
    truth: cap(a("k13", "keg"), a("k5", "keg")),
  });
  b.ok({
    sheet: S,
    cell: a("rp14", "s1"),
    rules: ["capaian-mismatch"],
    truth: cap(a("rp13", "s1"), a("rp5", "s1")),
  });
  if (predikat(80.96) !== "Tinggi") throw new Error("e81 predikat");
  return b.finish();
}

// ============================== Dinas Kesehatan Kabupaten Minahasa Pesisir (Sulawesi Utara), T-C.27

type T = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  awal: number;
  k: number[];
  akhirK: "sum" | "last";
  rp?: number[];
  f: string;
};

export function tc27Kia(): BookW {
  const b = new BookW(
    "tc27-renstra-kia-dinkes-minahasa-pesisir.xlsx",
    "T-C.27 rencana program dan pendanaan indikatif (Dinkes, KIA)",
    "T-C.27 Renstra Dinkes 2025-2029 of a kabupaten in Sulawesi Utara, '(dalam ribuan rupiah)': Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | Data Capaian Awal (2024) | 'Target Kinerja Program dan Kerangka Pendanaan' > '2025 (Tahun ke-1)' .. '2029 (Tahun ke-5)' > Target | Rp | Kondisi Kinerja pada Akhir Periode Renstra > Target | Rp | Unit PJ | Lokasi; unmerged group headers written once; kegiatan Rp = its three sub kegiatan, kondisi akhir Rp = G+I+K+M+O",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN MINAHASA PESISIR", "DINAS KESEHATAN"]);
  s.lines([
    "Tabel T-C.27",
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif Dinas Kesehatan Kabupaten Minahasa Pesisir Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const rows: T[] = [
    {
      id: "prog",
      kode: "1.02.02",
      nm: "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat",
      ind: "Angka kematian ibu (per 100.000 kelahiran hidup)",
      sat: "per 100.000 KH",
      awal: 112,
      k: [108, 104, 100, 96, 92],
      akhirK: "last",
      f: "0",
    },
    {
      id: "keg",
      kode: "1.02.02.2.02",
      nm: "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
      ind: "Persentase bayi usia kurang dari 6 bulan yang mendapat ASI eksklusif",
      sat: "%",
      awal: 68.4,
      k: [70, 72, 74, 76, 78],
      akhirK: "last",
      f: DEC,
    },
    {
      id: "s1",
      kode: "1.02.02.2.02.0001",
      nm: "Pengelolaan Pelayanan Kesehatan Ibu Hamil",
      ind: "Jumlah ibu hamil yang mendapatkan pelayanan antenatal K6",
      sat: "orang",
      awal: 19850,
      k: [20100, 20300, 20450, 20600, 20750],
      akhirK: "sum",
      rp: [612500, 640000, 668750, 695000, 720400],
      f: "#,##0",
    },
    {
      id: "s2",
      kode: "1.02.02.2.02.0003",
      nm: "Pengelolaan Pelayanan Kesehatan Bayi Baru Lahir",
      ind: "Jumlah bayi baru lahir yang mendapatkan kunjungan neonatal lengkap",
      sat: "bayi",
      awal: 18920,
      k: [19300, 19500, 19650, 19800, 19950],
      akhirK: "sum",
      rp: [655000, 678400, 694250, 712600, 728000],
      f: "#,##0",
    },
    {
      id: "s3",
      kode: "1.02.02.2.01.0005",
      nm: "Pengelolaan Pelayanan Kesehatan Balita",
      ind: "Jumlah balita yang mendapatkan pelayanan kesehatan sesuai standar",
      sat: "balita",
      awal: 74300,
      k: [75000, 75500, 76000, 76500, 77000],
      akhirK: "sum",
      rp: [410000, 425500, 440000, 452750, 468000],
      f: "#,##0",
    },
  ];
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const years = [2025, 2026, 2027, 2028, 2029];
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra PD (2029)";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", width: 18 },
    { key: "nm", head: ["Program / Kegiatan / Sub Kegiatan"], width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan / Sub Kegiatan (output)"],
      role: "indikator",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      width: 12,
    },
    ...years.flatMap((y, i): Col[] => [
      { key: `k${i}`, head: [G, `${y} (Tahun ke-${i + 1})`, "Target"], role: "target", year: y, width: 9 },
      {
        key: `rp${i}`,
        head: [G, `${y} (Tahun ke-${i + 1})`, "Rp"],
        role: "anggaran",
        year: y,
        fmt: RP,
        width: 12,
      },
    ]),
    { key: "ak", head: [AK, "Target"], role: "kondisi-akhir", year: 2029, width: 10 },
    { key: "arp", head: [AK, "Rp"], role: "kondisi-akhir", year: 2029, fmt: RP, width: 13 },
    { key: "pj", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", width: 14 },
  ];
  const subs = ["s1", "s2", "s3"];
  const t = s.table({
    cols,
    headerRows: 3,
    groups: "first",
    rows: rows.map((x): Row => ({
      id: x.id,
      bold: !x.rp,
      cells: (c) => {
        const o: Record<string, ReturnType<typeof fx> | number | string | ReturnType<typeof fmt>> = {
          kode: x.kode,
          nm: x.nm,
          ind: x.ind,
          sat: x.sat,
          awal: fmt(x.awal, x.f),
          pj: "Bidang Kesmas",
          lok: "Kabupaten",
        };
        x.k.forEach((v, i) => {
          o[`k${i}`] = fmt(v, x.f);
          if (x.rp) o[`rp${i}`] = x.rp[i];
          else if (x.id === "keg") o[`rp${i}`] = fx(subs.map((id) => c.a(`rp${i}`, id)).join("+"));
          else o[`rp${i}`] = fx(c.a(`rp${i}`, "keg"));
        });
        o.ak =
          x.akhirK === "last" ? fmt(x.k[4], x.f) : fx([0, 1, 2, 3, 4].map((i) => c.a(`k${i}`)).join("+"));
        // planted: the neonatal sub kegiatan's kondisi akhir Rp typed with two digits swapped
        o.arp = x.id === "s2" ? 3486250 : fx([0, 1, 2, 3, 4].map((i) => c.a(`rp${i}`)).join("+"));
        return o;
      },
    })),
  });
  s.gap();
  s.lines([
    "Keterangan: angka kematian ibu semakin kecil semakin baik; kondisi akhir indikator persentase = target tahun 2029.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  const five = (p: string, id: string) => [0, 1, 2, 3, 4].map((i) => a(`${p}${i}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("arp", "s2") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir Rp of sub kegiatan 1.02.02.2.02.0003 is a typed 3,486,250 (ribuan); the five years 655,000 + 678,400 + 694,250 + 712,600 + 728,000 give 3,468,250",
    truth: five("rp", "s2"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s3") },
    rules: ["code-hierarchy"],
    note: "sub kegiatan Pengelolaan Pelayanan Kesehatan Balita is coded 1.02.02.2.01.0005 under kegiatan 1.02.02.2.02 (it should be 1.02.02.2.02.0005)",
    truth: a("kode", "keg"),
    actual: `PARENT(${a("kode", "s3")})`,
  });
  for (const id of ["prog", "keg"])
    b.ok({
      sheet: S,
      cell: a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k4", id),
      trap: five("k", id),
    });
  b.ok({ sheet: S, cell: a("ak", "s1"), rules: ["kondisi-akhir-mismatch"], truth: five("k", "s1") });
  b.ok({ sheet: S, cell: a("arp", "s1"), rules: ["kondisi-akhir-mismatch"], truth: five("rp", "s1") });
  b.ok({ sheet: S, cell: a("arp", "keg"), rules: ["kondisi-akhir-mismatch"], truth: five("rp", "keg") });
  b.ok({
    sheet: S,
    cell: a("rp0", "keg"),
    rules: ["sum-mismatch"],
    truth: subs.map((id) => a("rp0", id)).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("rp4", "keg"),
    rules: ["sum-mismatch"],
    truth: subs.map((id) => a("rp4", id)).join("+"),
  });
  b.ok({ sheet: S, cell: a("k4", "prog"), rules: ["target-trend"], truth: "92" });
  b.ok({
    sheet: S,
    cell: a("kode", "s1"),
    rules: ["code-hierarchy"],
    truth: a("kode", "keg"),
    actual: `PARENT(${a("kode", "s1")})`,
  });
  return b.finish();
}
