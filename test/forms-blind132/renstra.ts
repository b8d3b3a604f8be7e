// Renstra tables of a Dinas Pendidikan: the T-C.27 (program, kegiatan, sub kegiatan with targets and
// funding per year, in thousands of rupiah) of a Sumatera Selatan kabupaten, and the PK 2025 of another
// Sumatera Selatan kabupaten's Kepala Dinas beside its Renstra 2024-2026 targets. Every name and number
// is invented.
import { BookW, DEC, INT, fmt, letterhead, signature, type Col, type Row } from "../forms/kit";

type Ln = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  awal?: number;
  t: number[];
  rp: number[];
};

export function tc27Disdik(): BookW {
  const b = new BookW(
    "tc27-renstra-disdik-muara-lematang.xlsx",
    "T-C.27 Renstra program, kegiatan, sub kegiatan and funding (Dinas Pendidikan)",
    "T-C.27 of a Dinas Pendidikan in Sumatera Selatan, Renstra 2024-2026: Kode | Program / Kegiatan / Sub Kegiatan | Indikator Kinerja | Satuan | Kondisi Awal (2023) | 'Target Kinerja Program dan Kerangka Pendanaan' > Tahun ke-1 (2024) .. Tahun ke-3 (2026) > Target | Rp | 'Kondisi Kinerja pada Akhir Periode Renstra' > Target | Rp | Unit Kerja; number row 1 .. 14; Rp in thousands, typed",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN MUARA LEMATANG", "DINAS PENDIDIKAN"]);
  s.lines([
    "Tabel T-C.27",
    "Rencana Program, Kegiatan dan Pendanaan Dinas Pendidikan Kabupaten Muara Lematang Tahun 2024-2026",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const subs: Ln[] = [
    {
      id: "s11",
      kode: "1.01.02.2.01.0009",
      nm: "Rehabilitasi Sedang/Berat Ruang Kelas Sekolah",
      ind: "Jumlah ruang kelas SD yang direhabilitasi",
      sat: "ruang",
      t: [42, 48, 54],
      rp: [6_930_000, 7_920_000, 8_910_000],
    },
    {
      id: "s12",
      kode: "1.01.02.2.01.0017",
      nm: "Pengelolaan Dana BOS Daerah (BOSDA) Sekolah Dasar",
      ind: "Jumlah SD penerima BOSDA",
      sat: "sekolah",
      t: [186, 186, 188],
      rp: [4_185_000, 4_320_000, 4_460_000],
    },
    {
      id: "s21",
      kode: "1.01.02.2.02.0009",
      nm: "Rehabilitasi Sedang/Berat Ruang Kelas Sekolah",
      ind: "Jumlah ruang kelas SMP yang direhabilitasi",
      sat: "ruang",
      t: [18, 21, 24],
      rp: [3_240_000, 3_780_000, 4_320_000],
    },
    // planted: coded under kegiatan 1.01.02.2.01 while it sits under 1.01.02.2.02
    {
      id: "s22",
      kode: "1.01.02.2.01.0018",
      nm: "Pengelolaan Dana BOS Daerah (BOSDA) Sekolah Menengah Pertama",
      ind: "Jumlah SMP penerima BOSDA",
      sat: "sekolah",
      t: [52, 52, 53],
      rp: [2_340_000, 2_418_000, 2_496_000],
    },
    {
      id: "s31",
      kode: "1.01.02.2.03.0009",
      nm: "Rehabilitasi Sedang/Berat Ruang Kelas Satuan PAUD",
      ind: "Jumlah ruang kelas PAUD yang direhabilitasi",
      sat: "ruang",
      t: [12, 14, 16],
      rp: [1_260_000, 1_470_000, 1_680_000],
    },
    {
      id: "s32",
      kode: "1.01.02.2.03.0017",
      nm: "Pengelolaan Dana BOP PAUD Daerah",
      ind: "Jumlah lembaga PAUD penerima BOP Daerah",
      sat: "lembaga",
      t: [214, 220, 226],
      rp: [1_712_000, 1_760_000, 1_808_000],
    },
  ];
  const add = (ids: string[]) =>
    [0, 1, 2].map((y) => ids.reduce((n, id) => n + subs.find((x) => x.id === id)!.rp[y], 0));
  const keg: Ln[] = [
    {
      id: "k1",
      kode: "1.01.02.2.01",
      nm: "Pengelolaan Pendidikan Sekolah Dasar",
      ind: "Persentase SD dengan ruang kelas kondisi baik",
      sat: "%",
      awal: 71.4,
      t: [75, 79, 83],
      rp: add(["s11", "s12"]),
    },
    {
      id: "k2",
      kode: "1.01.02.2.02",
      nm: "Pengelolaan Pendidikan Sekolah Menengah Pertama",
      ind: "Persentase SMP dengan ruang kelas kondisi baik",
      sat: "%",
      awal: 74.6,
      t: [78, 81.5, 85],
      rp: add(["s21", "s22"]),
    },
    {
      id: "k3",
      kode: "1.01.02.2.03",
      nm: "Pengelolaan Pendidikan Anak Usia Dini (PAUD)",
      ind: "APK PAUD usia 3-6 tahun",
      sat: "%",
      awal: 38.5,
      t: [41, 43.5, 46],
      rp: add(["s31", "s32"]),
    },
  ];
  const prog: Ln = {
    id: "p",
    kode: "1.01.02",
    nm: "PROGRAM PENGELOLAAN PENDIDIKAN",
    ind: "Angka Partisipasi Murni SD/MI",
    sat: "%",
    awal: 96.2,
    t: [96.8, 97.3, 97.8],
    rp: [0, 1, 2].map((y) => keg.reduce((n, k) => n + k.rp[y], 0)),
  };
  const order = [prog, keg[0], subs[0], subs[1], keg[1], subs[2], subs[3], keg[2], subs[4], subs[5]];
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const yrs = ["Tahun ke-1 (2024)", "Tahun ke-2 (2025)", "Tahun ke-3 (2026)"];
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra (2026)";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 18 },
    { key: "nm", head: ["Program / Kegiatan / Sub Kegiatan"], num: 2, width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan / Sub Kegiatan (output)"],
      role: "indikator",
      num: 3,
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4, width: 9 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2023)"],
      role: "kondisi-awal",
      year: 2023,
      num: 5,
      width: 11,
    },
    ...yrs.flatMap((y, i): Col[] => [
      { key: `t${i}`, head: [G, y, "Target"], role: "target", year: 2024 + i, num: 6 + 2 * i, width: 9 },
      {
        key: `rp${i}`,
        head: [G, y, "Rp"],
        role: "anggaran",
        year: 2024 + i,
        num: 7 + 2 * i,
        fmt: INT,
        width: 14,
      },
    ]),
    { key: "ak", head: [AK, "Target"], role: "kondisi-akhir", year: 2026, num: 12, width: 9 },
    { key: "akrp", head: [AK, "Rp"], role: "kondisi-akhir", year: 2026, num: 13, fmt: INT, width: 15 },
    { key: "uk", head: ["Unit Kerja Penanggung Jawab"], role: "penanggung-jawab", num: 14, width: 16 },
  ];
  const pct = (x: Ln) => x.sat === "%";
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    rows: order.map((x): Row => ({
      id: x.id,
      bold: x.id === "p",
      cells: {
        kode: x.kode,
        nm: x.nm,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal === undefined ? "-" : fmt(x.awal, DEC),
        ...Object.fromEntries(
          x.t.flatMap((v, i) => [
            [`t${i}`, pct(x) ? fmt(v, DEC) : v],
            [`rp${i}`, x.rp[i]],
          ]),
        ),
        ak: pct(x) ? fmt(x.t[2], DEC) : x.t[0] + x.t[1] + x.t[2],
        // planted: 10,440,000 typed for sub kegiatan s21 (3,240,000 + 3,780,000 + 4,320,000 = 11,340,000)
        akrp: x.id === "s21" ? 10_440_000 : x.rp[0] + x.rp[1] + x.rp[2],
        uk: x.kode.includes(".2.03")
          ? "Bidang PAUD dan PNF"
          : x.kode.includes(".2.02")
            ? "Bidang Pembinaan SMP"
            : "Bidang Pembinaan SD",
      },
    })),
  });
  s.gap();
  s.lines([
    "Catatan: kondisi akhir indikator persentase = target tahun ke-3; indikator jumlah (output) = kumulatif tiga tahun.",
  ]);
  s.gap();
  signature(s, 11, {
    tempat: "Muara Lematang, 12 Februari 2024",
    jabatan: ["Kepala Dinas Pendidikan,"],
    nama: "Drs. HERMANSYAH AZHARI, M.Pd.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19700514 199403 1 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("akrp", "s21") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir Rp of sub kegiatan 1.01.02.2.02.0009 (rehabilitasi ruang kelas SMP) is 10,440,000 (thousand); the three years give 3,240,000 + 3,780,000 + 4,320,000 = 11,340,000 (digits swapped)",
    truth: `${a("rp0", "s21")}+${a("rp1", "s21")}+${a("rp2", "s21")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s22") },
    rules: ["code-hierarchy"],
    note: "sub kegiatan BOSDA SMP is coded 1.01.02.2.01.0018 (a sub kegiatan of Pengelolaan Pendidikan SD) under kegiatan 1.01.02.2.02",
    truth: a("kode", "k2"),
    actual: `PARENT(${a("kode", "s22")})`,
  });
  const kids: Record<string, string[]> = { k1: ["s11", "s12"], k2: ["s21", "s22"], k3: ["s31", "s32"] };
  for (const [k, ss] of Object.entries(kids))
    for (const y of ["rp0", "rp1", "rp2"])
      b.ok({ sheet: S, cell: a(y, k), rules: ["sum-mismatch"], truth: ss.map((x) => a(y, x)).join("+") });
  for (const y of ["rp0", "rp1", "rp2"])
    b.ok({
      sheet: S,
      cell: a(y, "p"),
      rules: ["sum-mismatch"],
      truth: ["k1", "k2", "k3"].map((k) => a(y, k)).join("+"),
      // the program adds its kegiatan, not every row under it (the sub kegiatan would count twice)
      trap: `SUM(${a(y, "k1")}:${a(y, "s32")})`,
    });
  for (const id of ["k1", "k3", "p"])
    b.ok({
      sheet: S,
      cell: a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("t2", id),
      trap: `${a("t0", id)}+${a("t1", id)}+${a("t2", id)}`,
    });
  for (const id of ["s11", "s32", "k2"])
    b.ok({
      sheet: S,
      cell: a("akrp", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: `${a("rp0", id)}+${a("rp1", id)}+${a("rp2", id)}`,
    });
  for (const id of ["s11", "s21", "s31"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: a("kode", id === "s11" ? "k1" : id === "s21" ? "k2" : "k3"),
      actual: `PARENT(${a("kode", id)})`,
    });
  return b.finish();
}

type PkInd = { id: string; ind: string; sat: string; awal: number; tg: number[]; sas: string };

export function pkDisdik(): BookW {
  const b = new BookW(
    "pk-kadisdik-renstra-ogan-rambang.xlsx",
    "PK 2025 and Renstra 2024-2026 targets (Dinas Pendidikan)",
    "sheet 'PK 2025': No | Sasaran Strategis | Indikator Kinerja | Satuan | Target 2025 with the two parties side by side; sheet 'Renstra 2024-2026': No | Indikator | Satuan | Kondisi Awal (2023) | 'Target Tahun' > 2024 | 2025 | 2026 | Kondisi Akhir Renstra (2026); one lower-is-better row (angka putus sekolah SD)",
  );
  const S = "PK 2025";
  const R = "Renstra 2024-2026";
  const SA = "Meningkatnya akses dan partisipasi pendidikan anak usia dini dan pendidikan dasar";
  const SB = "Meningkatnya mutu layanan satuan pendidikan";
  const rows: PkInd[] = [
    { id: "r1", sas: SA, ind: "Angka Partisipasi Kasar (APK) PAUD", sat: "%", awal: 52.3, tg: [55, 58, 61] },
    {
      id: "r2",
      sas: SA,
      ind: "Angka Partisipasi Murni (APM) SD/MI",
      sat: "%",
      awal: 95.4,
      tg: [96, 96.6, 97.2],
    },
    {
      id: "r3",
      sas: SA,
      ind: "Angka Partisipasi Murni (APM) SMP/MTs",
      sat: "%",
      awal: 78.1,
      tg: [79.5, 81, 82.5],
    },
    { id: "r4", sas: SA, ind: "Angka Putus Sekolah SD", sat: "%", awal: 0.42, tg: [0.38, 0.34, 0.3] },
    {
      id: "r5",
      sas: SB,
      ind: "Persentase ruang kelas SD dan SMP dalam kondisi baik",
      sat: "%",
      awal: 68.2,
      tg: [72, 76, 80],
    },
  ];
  const extra: PkInd = {
    id: "r6",
    sas: SB,
    ind: "Persentase guru SD dan SMP bersertifikat pendidik",
    sat: "%",
    awal: 61.7,
    tg: [64, 67, 70],
  };
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN OGAN RAMBANG", "DINAS PENDIDIKAN"]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Pihak Pertama: AGUSTINA MARLINA, S.Pd., M.Si., Kepala Dinas Pendidikan; Pihak Kedua: H. RUSDI JAYADI, S.H., M.H., Bupati Ogan Rambang",
    "Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini.",
  ]);
  s.gap();
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 36 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025, width: 10 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    // planted: the APM SMP target is 82.50, the Renstra 2026 target (2025: 81.00)
    rows: rows.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas: x.sas,
        ind: x.ind,
        sat: x.sat,
        tg: fmt(x.id === "r3" ? x.tg[2] : x.tg[1], DEC),
      },
    })),
  });
  s.gap();
  s.lines([
    "Program: Pengelolaan Pendidikan, Anggaran Rp 41.862.500.000,- (APBD 2025, termasuk BOSDA dan DAK Fisik rehabilitasi)",
  ]);
  s.gap();
  const top = s.r;
  signature(s, 2, {
    tempat: "Pihak Kedua,",
    jabatan: ["Bupati Ogan Rambang"],
    nama: "H. RUSDI JAYADI, S.H., M.H.",
    nip: "-",
  });
  s.r = top;
  signature(s, 4, {
    tempat: "Muara Rambang, 3 Januari 2025",
    jabatan: ["Pihak Pertama,", "Kepala Dinas Pendidikan"],
    nama: "AGUSTINA MARLINA, S.Pd., M.Si.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19760822 200003 2 004",
  });

  const r = b.sheet(R);
  r.lines(["TARGET KINERJA RENSTRA DINAS PENDIDIKAN KABUPATEN OGAN RAMBANG 2024-2026"], 1, { bold: true });
  r.gap();
  const all = [...rows, extra];
  const t2 = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
      { key: "awal", head: ["Kondisi Awal (2023)"], role: "kondisi-awal", year: 2023, width: 10 },
      { key: "y0", head: ["Target Tahun", "2024"], role: "target", year: 2024, width: 9 },
      { key: "y1", head: ["Target Tahun", "2025"], role: "target", year: 2025, width: 9 },
      { key: "y2", head: ["Target Tahun", "2026"], role: "target", year: 2026, width: 9 },
      { key: "ak", head: ["Kondisi Akhir Renstra (2026)"], role: "kondisi-akhir", year: 2026, width: 11 },
    ],
    headerRows: 2,
    rows: all.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: fmt(x.awal, DEC),
        y0: fmt(x.tg[0], DEC),
        // planted: 6.70 typed for 67.00 (guru bersertifikat 2025)
        y1: fmt(x.id === "r6" ? 6.7 : x.tg[1], DEC),
        y2: fmt(x.tg[2], DEC),
        ak: fmt(x.tg[2], DEC),
      },
    })),
  });
  r.gap();
  r.lines(["Catatan: Angka Putus Sekolah SD semakin kecil semakin baik."]);

  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: t1.a("tg", "r3") },
        { sheet: R, cell: t2.a("y1", "r3") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the APM SMP/MTs is 82.50, the Renstra 2026 target; the Renstra 2025 target is 81.00",
    truth: `'${R}'!${t2.a("y1", "r3")}`,
  });
  b.plant({
    at: { sheet: R, cell: t2.a("y1", "r6") },
    rules: ["target-outlier"],
    note: "Renstra 2025 target of the guru bersertifikat is 6.70 between 64.00 (2024) and 70.00 (2026): a slipped decimal of 67.00",
    truth: `(${t2.a("y0", "r6")}+${t2.a("y2", "r6")})/2`,
    tol: 0.6,
  });
  for (const id of ["r1", "r2", "r4", "r5"])
    b.ok({
      sheet: S,
      cell: t1.a("tg", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${t2.a("y1", id)}`,
    });
  for (const id of ["r1", "r4"])
    b.ok({
      sheet: R,
      cell: t2.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: t2.a("y2", id),
      trap: `${t2.a("y0", id)}+${t2.a("y1", id)}+${t2.a("y2", id)}`,
    });
  // the falling targets of the angka putus sekolah are the right direction (lower is better)
  b.ok({ sheet: R, cell: t2.a("y1", "r4"), rules: ["target-trend"], truth: "0.34" });
  b.ok({ sheet: R, cell: t2.a("y2", "r4"), rules: ["target-trend"], truth: "0.3" });
  return b.finish();
}
