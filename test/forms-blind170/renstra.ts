// Plans of the Bapenda Provinsi Jawa Timur: the T-C.27 of its Renstra 2025-2029 (program 5.02.04,
// kegiatan and sub kegiatan with SUM formulas, "(dalam ribuan rupiah)", kondisi akhir) and the PK 2025
// of the Kepala Badan with the Renstra targets on a second sheet. Every number is invented.
import { BookW, DEC, RP, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";

const YEARS = [2025, 2026, 2027, 2028, 2029];

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
};

export function tc27BapendaJatim(): BookW {
  const b = new BookW(
    "tc27-renstra-bapenda-jatim-2025-2029.xlsx",
    "T-C.27 Renstra funding of a provincial Bapenda (2025-2029)",
    "T-C.27 of a Jawa Timur Bapenda, Renstra 2025-2029 (dalam ribuan rupiah): Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | Data capaian awal (2024) | 'Target Kinerja Program dan Kerangka Pendanaan' > Tahun 2025 .. 2029 > Target | Rp | Kondisi Kinerja pada Akhir Periode Renstra > Target | Rp | Unit Kerja | Lokasi; program and kegiatan Rp are SUM formulas",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["BADAN PENDAPATAN DAERAH PROVINSI JAWA TIMUR"]);
  s.lines([
    "Tabel 6.1",
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif Badan Pendapatan Daerah Provinsi Jawa Timur Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const subs: Line[] = [
    {
      id: "s1",
      kode: "5.02.04.1.01.0001",
      nm: "Perencanaan Pengelolaan Pendapatan Daerah",
      ind: "Jumlah dokumen kajian potensi dan proyeksi pajak daerah",
      sat: "dokumen",
      awal: 2,
      k: [2, 2, 2, 2, 2],
      rp: [1_845_000, 1_920_500, 1_997_300, 2_077_200, 2_160_300],
      level: false,
    },
    {
      id: "s2",
      kode: "5.02.04.1.01.0006",
      nm: "Penagihan Pajak Kendaraan Bermotor melalui UPT PPD / Samsat",
      ind: "Persentase tunggakan PKB yang tertagih",
      sat: "%",
      awal: 33.4,
      k: [36, 38.5, 41, 43.5, 46],
      rp: [18_450_000, 19_187_500, 19_955_000, 20_753_200, 21_583_300],
      level: true,
    },
    {
      id: "s3",
      kode: "5.02.04.1.02.0013",
      nm: "Pengembangan Layanan Samsat Digital Nasional (SIGNAL) dan e-Samsat",
      ind: "Indeks kepuasan masyarakat terhadap layanan Samsat",
      sat: "indeks",
      awal: 81.2,
      k: [82, 82.75, 83.5, 84.25, 85],
      rp: [9_650_000, 10_036_000, 10_437_400, 10_854_900, 11_289_100],
      level: true,
    },
  ];
  const keg: Line = {
    id: "keg",
    kode: "5.02.04.1.01",
    nm: "Pengelolaan Pendapatan Daerah",
    ind: "Persentase realisasi pajak daerah terhadap target",
    sat: "%",
    awal: 98.7,
    k: [100, 100, 100, 100, 100],
    level: true,
  };
  const prog: Line = {
    id: "prog",
    kode: "5.02.04",
    nm: "PROGRAM PENGELOLAAN PENDAPATAN DAERAH",
    ind: "Persentase kontribusi pajak daerah terhadap PAD",
    sat: "%",
    awal: 71.35,
    k: [71.8, 72.3, 72.8, 73.3, 73.8],
    level: true,
  };
  const yk = YEARS.map((_, i) => `k${i + 1}`);
  const yr = YEARS.map((_, i) => `rp${i + 1}`);
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", width: 18 },
    { key: "nm", head: ["Program, Kegiatan dan Sub Kegiatan"], width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome), Kegiatan dan Sub Kegiatan (output)"],
      role: "indikator",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      fmt: DEC,
      width: 11,
    },
    ...YEARS.flatMap((y, i): Col[] => [
      { key: yk[i], head: [G, `Tahun ${y}`, "Target"], role: "target", year: y, fmt: DEC, width: 9 },
      { key: yr[i], head: [G, `Tahun ${y}`, "Rp"], role: "anggaran", year: y, fmt: RP, width: 13 },
    ]),
    {
      key: "ka",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra PD", "Target"],
      role: "kondisi-akhir",
      fmt: DEC,
      width: 10,
    },
    { key: "kar", head: ["Kondisi Kinerja pada Akhir Periode Renstra PD", "Rp"], fmt: RP, width: 14 },
    { key: "unit", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", width: 14 },
  ];
  const base = (x: Line, unit: string): Record<string, Cell> => {
    const out: Record<string, Cell> = {
      kode: x.kode,
      nm: x.nm,
      ind: x.ind,
      sat: x.sat,
      awal: x.awal,
      unit,
      lok: "Provinsi Jawa Timur",
    };
    yk.forEach((k, i) => (out[k] = x.k[i]));
    return out;
  };
  const s1 = subs[0];
  const trueS1 = s1.rp!.reduce((n, v) => n + v, 0); // 10,000,300
  const rows: Row[] = [
    {
      id: "prog",
      bold: true,
      cells: (c) => {
        const out = base(prog, "Badan Pendapatan Daerah");
        yr.forEach((k) => (out[k] = fx(c.a(k, "keg"))));
        out.ka = fx(c.a("k5"));
        out.kar = fx(yr.map((k) => c.a(k)).join("+"));
        return out;
      },
    },
    {
      id: "keg",
      bold: true,
      cells: (c) => {
        const out = base(keg, "Bidang Pajak Daerah");
        yr.forEach((k) => (out[k] = fx(`SUM(${c.a(k, "s1")}:${c.a(k, "s3")})`)));
        out.ka = fx(c.a("k5"));
        out.kar = fx(yr.map((k) => c.a(k)).join("+"));
        return out;
      },
    },
    ...subs.map((x): Row => ({
      id: x.id,
      cells: (c) => {
        const out = base(
          x,
          x.id === "s1" ? "Bidang Perencanaan dan Pengembangan" : "Bidang Pajak Daerah / UPT PPD",
        );
        yr.forEach((k, i) => (out[k] = x.rp![i]));
        out.ka = x.level ? fx(c.a("k5")) : fx(yk.map((k) => c.a(k)).join("+"));
        // planted: s1's kondisi akhir Rp is typed, 100,000 more than the five years
        out.kar = x.id === "s1" ? trueS1 + 100_000 : fx(yr.map((k) => c.a(k)).join("+"));
        return out;
      },
    })),
  ];
  const t = s.table({ cols, headerRows: 3, rows });
  s.gap();
  s.lines([
    "Sumber: Rancangan Akhir Renstra Bapenda Provinsi Jawa Timur 2025-2029.",
    "Kondisi akhir indikator persentase dan indeks adalah target tahun 2029; indikator jumlah dokumen dijumlahkan.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("kar", "s1") },
    rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
    note: `Kondisi akhir Rp of sub kegiatan 5.02.04.1.01.0001 is a typed ${(trueS1 + 100_000).toLocaleString("en")}; the five years add up to ${trueS1.toLocaleString("en")}`,
    truth: yr.map((k) => a(k, "s1")).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s3") },
    rules: ["code-hierarchy"],
    note: "sub kegiatan Pengembangan Layanan Samsat Digital is coded 5.02.04.1.02.0013 under kegiatan 5.02.04.1.01",
    truth: a("kode", "keg"),
    actual: `PARENT(${a("kode", "s3")})`,
  });
  // traps: kondisi akhir K of levels is the 2029 target, of the documents the sum
  for (const id of ["s2", "s3", "keg", "prog"])
    b.ok({
      sheet: S,
      cell: a("ka", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k5", id),
      trap: yk.map((k) => a(k, id)).join("+"),
    });
  b.ok({
    sheet: S,
    cell: a("ka", "s1"),
    rules: ["kondisi-akhir-mismatch"],
    truth: yk.map((k) => a(k, "s1")).join("+"),
  });
  for (const id of ["s2", "s3", "keg", "prog"])
    b.ok({
      sheet: S,
      cell: a("kar", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: yr.map((k) => a(k, id)).join("+"),
    });
  for (const k of yr) {
    b.ok({
      sheet: S,
      cell: a(k, "keg"),
      rules: ["sum-mismatch"],
      truth: `${a(k, "s1")}+${a(k, "s2")}+${a(k, "s3")}`,
    });
    b.ok({ sheet: S, cell: a(k, "prog"), rules: ["sum-mismatch"], truth: a(k, "keg") });
  }
  for (const id of ["s2", "s3"])
    b.ok({ sheet: S, cell: a("k5", id), rules: ["target-trend", "target-outlier"], truth: a("k5", id) });
  b.ok({
    sheet: S,
    cell: a("kode", "s2"),
    rules: ["code-hierarchy"],
    truth: `PARENT(${a("kode", "s2")})`,
    actual: a("kode", "keg"),
  });
  return b.finish();
}

// ================================================= PK 2025 of the Kepala Bapenda and its Renstra targets

type Pk = { id: string; sas: string; ind: string; sat: string; awal: number; k: number[]; neg?: boolean };

export function pkBapendaJatim(): BookW {
  const b = new BookW(
    "pk-2025-bapenda-jatim-renstra-pendapatan.xlsx",
    "Perjanjian Kinerja 2025 with the Renstra targets (provincial Bapenda)",
    "PK 2025 of a Jawa Timur Bapenda: statement, No | Sasaran Strategis | Indikator Kinerja | Satuan | Target 2025; then No | Kode | Program / Kegiatan | Anggaran (Rp) | Keterangan with program rows = SUM of their kegiatan and JUMLAH = the programs; sheet 'Renstra 2025-2029': No | Indikator | Satuan | Kondisi Awal 2024 | Target Tahun ke-1 .. ke-5 | Kondisi Akhir",
  );
  const P = "PK 2025";
  const R = "Renstra 2025-2029";
  const inds: Pk[] = [
    {
      id: "i1",
      sas: "Meningkatnya pendapatan asli daerah",
      ind: "Persentase realisasi pendapatan asli daerah terhadap target",
      sat: "%",
      awal: 98.7,
      k: [100, 100, 100, 100, 100],
    },
    {
      id: "i2",
      sas: "Meningkatnya pendapatan asli daerah",
      ind: "Persentase kontribusi pajak daerah terhadap PAD",
      sat: "%",
      awal: 71.35,
      k: [71.8, 72.3, 72.8, 73.3, 73.8],
    },
    {
      id: "i3",
      sas: "Meningkatnya kepatuhan wajib pajak kendaraan bermotor",
      ind: "Persentase tunggakan PKB terhadap ketetapan PKB",
      sat: "%",
      awal: 8.9,
      k: [8.4, 7.9, 7.4, 6.9, 6.4],
      neg: true,
    },
    {
      id: "i4",
      sas: "Meningkatnya kepatuhan wajib pajak kendaraan bermotor",
      ind: "Indeks kepuasan masyarakat terhadap layanan Samsat",
      sat: "indeks",
      awal: 81.2,
      k: [82, 82.75, 83.5, 84.25, 85],
    },
  ];
  // Renstra sheet first (the PK refers to it)
  const r = b.sheet(R);
  r.lines([
    "RENSTRA BADAN PENDAPATAN DAERAH PROVINSI JAWA TIMUR 2025-2029",
    "Tabel 5.1 Indikator Kinerja Utama dan Target Kinerja",
  ]);
  r.gap();
  const rt = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", fmt: DEC, width: 11 },
      ...YEARS.map((y, i): Col => ({
        key: `t${i + 1}`,
        head: ["Target Kinerja", `Tahun ke-${i + 1}`],
        role: "target",
        year: y,
        fmt: DEC,
        width: 10,
      })),
      { key: "ka", head: ["Kondisi Akhir Periode Renstra"], role: "kondisi-akhir", fmt: DEC, width: 12 },
    ],
    headerRows: 2,
    rows: inds.map((x, i): Row => ({
      id: x.id,
      cells: (c) => {
        const out: Record<string, Cell> = { no: i + 1, ind: x.ind, sat: x.sat, awal: x.awal };
        x.k.forEach((v, j) => (out[`t${j + 1}`] = v));
        out.ka = fx(c.a("t5"));
        return out;
      },
    })),
  });
  r.gap();
  r.lines(["Catatan: indikator persentase tunggakan PKB semakin kecil semakin baik."]);

  const s = b.sheet(P);
  letterhead(s, ["PEMERINTAH PROVINSI JAWA TIMUR", "BADAN PENDAPATAN DAERAH"]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil,",
    "kami yang bertanda tangan di bawah ini: Kepala Badan Pendapatan Daerah Provinsi Jawa Timur, selanjutnya disebut pihak pertama,",
    "dan Gubernur Jawa Timur selaku atasan pihak pertama, selanjutnya disebut pihak kedua, sepakat atas target kinerja berikut.",
  ]);
  s.gap();
  const pt = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "t", head: ["Target 2025"], role: "target", year: 2025, fmt: DEC, width: 11 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: inds.map((x, i) => ({
      id: x.id,
      // planted: the tunggakan target is the Renstra 2026 value
      cells: { no: i + 1, sas: x.sas, ind: x.ind, sat: x.sat, t: x.id === "i3" ? x.k[1] : x.k[0] },
    })),
  });
  s.gap();
  const progs: Array<{ id: string; kode: string; nm: string; v?: number; ket?: string }> = [
    { id: "p1", kode: "5.01.01", nm: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH PROVINSI" },
    {
      id: "a1",
      kode: "5.01.01.1.02",
      nm: "Administrasi Keuangan Perangkat Daerah",
      v: 148_632_450_000,
      ket: "APBD",
    },
    {
      id: "a2",
      kode: "5.01.01.1.06",
      nm: "Administrasi Umum Perangkat Daerah",
      v: 12_406_180_000,
      ket: "APBD",
    },
    {
      id: "a3",
      kode: "5.01.01.1.09",
      nm: "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah",
      v: 9_875_300_000,
      ket: "APBD",
    },
    { id: "p2", kode: "5.02.04", nm: "PROGRAM PENGELOLAAN PENDAPATAN DAERAH" },
    {
      id: "b1",
      kode: "5.02.04.1.01",
      nm: "Pengelolaan Pendapatan Daerah",
      v: 196_418_750_000,
      ket: "APBD (termasuk biaya pemungutan)",
    },
    {
      id: "b2",
      kode: "5.02.04.1.02",
      nm: "Pengelolaan Pajak Rokok dan Opsen",
      v: 8_254_600_000,
      ket: "APBD",
    },
  ];
  const at = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "kode", head: ["Kode"], role: "kode", width: 16 },
      { key: "nm", head: ["Program / Kegiatan"], width: 44 },
      { key: "v", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 20 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 18 },
    ],
    headerRows: 1,
    rows: [
      ...progs.map((p): Row => ({
        id: p.id,
        bold: !p.v,
        cells: (c) => ({
          no: p.v ? undefined : p.id === "p1" ? 1 : 2,
          kode: p.kode,
          nm: p.nm,
          v:
            p.v ??
            (p.id === "p1"
              ? fx(`SUM(${c.a("v", "a1")}:${c.a("v", "a3")})`)
              : fx(`SUM(${c.a("v", "b1")}:${c.a("v", "b1")})`)),
          ket: p.ket,
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "nm"],
        cells: (c) => ({ no: "JUMLAH", v: fx(`${c.a("v", "p1")}+${c.a("v", "p2")}`) }),
      },
    ],
  });
  s.gap();
  signature(s, 1, {
    tempat: "Surabaya, 3 Januari 2025",
    jabatan: ["Pihak Pertama,", "Kepala Badan Pendapatan Daerah Provinsi Jawa Timur"],
    nama: "Dr. HERU WICAKSONO ADI, S.E., M.M.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19720514 199803 1 006",
  });
  const rtA = (k: string, id: string) => rt.a(k, id);
  const ptA = (id: string) => pt.a("t", id);
  const q = (sh: string, cell: string) => `'${sh}'!${cell}`;
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: ptA("i3") },
        { sheet: R, cell: rtA("t1", "i3") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the tunggakan PKB is 7.90, the Renstra 2026 (Tahun ke-2) target; the Renstra 2025 target is 8.40",
    truth: q(R, rtA("t1", "i3")),
  });
  b.plant({
    at: { sheet: P, cell: at.a("v", "p2") },
    rules: ["sum-mismatch"],
    note: "Program 5.02.04 is a SUM over its first kegiatan only, one row short: 196,418,750,000 instead of 204,673,350,000 (Pengelolaan Pajak Rokok dan Opsen left out)",
    truth: `${at.a("v", "b1")}+${at.a("v", "b2")}`,
  });
  for (const id of ["i1", "i2", "i4"])
    b.ok({ sheet: P, cell: ptA(id), rules: ["cross-table-mismatch"], truth: q(R, rtA("t1", id)) });
  b.ok({
    sheet: P,
    cell: at.a("v", "p1"),
    rules: ["sum-mismatch"],
    truth: `${at.a("v", "a1")}+${at.a("v", "a2")}+${at.a("v", "a3")}`,
  });
  // trap: JUMLAH adds the two programs, not every row above
  b.ok({
    sheet: P,
    cell: at.a("v", "tot"),
    rules: ["sum-mismatch"],
    truth: `${at.a("v", "p1")}+${at.a("v", "p2")}`,
    trap: `SUM(${at.a("v", "p1")}:${at.a("v", "b2")})`,
  });
  // traps: the kondisi akhir is the 2029 target, not the sum
  for (const x of inds)
    b.ok({
      sheet: R,
      cell: rtA("ka", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rtA("t5", x.id),
      trap: [1, 2, 3, 4, 5].map((j) => rtA(`t${j}`, x.id)).join("+"),
    });
  b.ok({ sheet: R, cell: rtA("t5", "i3"), rules: ["target-trend"], truth: rtA("t5", "i3") });
  return b.finish();
}
