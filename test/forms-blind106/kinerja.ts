// Performance tables of a Dinas Pemadam Kebakaran dan Penyelamatan: the LKjIP 2024 measurement of a
// Sumatera Utara kota (capaian as fractions shown with a % format, refleksi for waktu tanggap, kerugian
// and the rasio kejadian, a hidran table under it) and the PK 2025 of a Sulawesi Tengah kabupaten beside
// its Renstra 2025-2029 targets. Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fmt,
  fx,
  letterhead,
  predikatBaik,
  signature,
  sum,
  type Col,
  type Row,
} from "../forms/kit";

const PCT = "0.00%";
const refl = (R: string, T: string) => `(2*${T}-${R})/${T}`;
const rt = (R: string, T: string) => `${R}/${T}`;

// ================================================ Dinas Damkar Kota Tanjung Deli, LKjIP 2024 Tabel 3.1

type Ind = {
  id: string;
  ind: string;
  sat: string;
  r23: number;
  t: number;
  r: number;
  t26: number;
  neg?: boolean;
  f: string;
};

export function lkjipDamkar(): BookW {
  const b = new BookW(
    "lkjip-2024-damkar-tanjung-deli-waktu-tanggap.xlsx",
    "LKjIP pengukuran kinerja (Damkar)",
    "LKjIP 2024 Tabel 3.1 of a Dinas Damkar in Sumatera Utara: No | Sasaran Strategis (merged) | Indikator Kinerja Utama | Satuan | Realisasi 2023 | 'Tahun 2024' > Target | Realisasi | Capaian | Predikat | Target Akhir Renstra 2026; capaian as =R/T or =(2T-R)/T fractions with a 0.00% format; three lower-is-better rows; Rata-rata row; Tabel 3.2 under it: hidran per pos with a Jumlah row whose % is the ratio of the totals",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA TANJUNG DELI", "DINAS PEMADAM KEBAKARAN DAN PENYELAMATAN"]);
  s.lines([
    "Tabel 3.1",
    "Capaian Indikator Kinerja Utama Dinas Pemadam Kebakaran dan Penyelamatan Tahun 2024",
  ]);
  s.gap();
  const rows: Ind[] = [
    {
      id: "i1",
      ind: "Rata-rata waktu tanggap (response time) kejadian kebakaran",
      sat: "menit",
      r23: 16.2,
      t: 15,
      r: 13.4,
      t26: 12,
      neg: true,
      f: DEC,
    },
    {
      id: "i2",
      ind: "Persentase kejadian kebakaran yang tertangani dalam waktu tanggap <= 15 menit",
      sat: "%",
      r23: 82.5,
      t: 85,
      r: 86.4,
      t26: 90,
      f: DEC,
    },
    {
      id: "i3",
      ind: "Nilai kerugian materiil akibat kebakaran",
      sat: "miliar Rp",
      r23: 47.3,
      t: 42.5,
      r: 38.75,
      t26: 35,
      neg: true,
      f: DEC,
    },
    {
      id: "i4",
      ind: "Persentase hidran kebakaran yang berfungsi baik",
      sat: "%",
      r23: 81.4,
      t: 85,
      r: 115.94,
      t26: 92,
      f: DEC,
    },
    {
      id: "i5",
      ind: "Persentase permintaan penyelamatan non kebakaran yang ditindaklanjuti",
      sat: "%",
      r23: 94.1,
      t: 95,
      r: 97.2,
      t26: 98,
      f: DEC,
    },
    {
      id: "i6",
      ind: "Rasio kejadian kebakaran per 100.000 penduduk",
      sat: "rasio",
      r23: 20.4,
      t: 18,
      r: 19.6,
      t26: 15,
      neg: true,
      f: DEC,
    },
  ];
  const S1 = "Meningkatnya kecepatan dan kualitas penanganan kebakaran";
  const S2 = "Menurunnya risiko dan dampak kebakaran di masyarakat";
  const sas = (id: string) => (["i1", "i2", "i5"].includes(id) ? S1 : S2);
  const order = ["i1", "i2", "i5", "i3", "i4", "i6"].map((id) => rows.find((x) => x.id === id)!);
  const capOf = (x: Ind) => (x.neg ? (2 * x.t - x.r) / x.t : x.r / x.t);
  const G = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, width: 11 },
    { key: "t", head: [G, "Target"], role: "target", year: 2024, width: 10 },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, width: 10 },
    { key: "c", head: [G, "Capaian"], role: "capaian", year: 2024, fmt: PCT, width: 10 },
    { key: "p", head: [G, "Predikat"], role: "predikat", year: 2024, width: 12 },
    { key: "t26", head: ["Target Akhir Renstra 2026"], role: "target", year: 2026, width: 12 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...order.map((x, k): Row => ({
        id: x.id,
        cells: (c) => ({
          no: k + 1,
          sas: sas(x.id),
          ind: x.ind,
          sat: x.sat,
          r23: fmt(x.r23, x.f),
          t: fmt(x.t, x.f),
          // planted: the hidran realisasi 115.94 is terpasang / berfungsi (160 / 138), upside down
          r: fmt(x.r, x.f),
          // planted: the kerugian (lower is better) has the R / T formula of the positive rows
          c: fx(x.neg && x.id !== "i3" ? refl(c.a("r"), c.a("t")) : rt(c.a("r"), c.a("t"))),
          p: predikatBaik((x.id === "i3" ? x.r / x.t : capOf(x)) * 100),
          t26: fmt(x.t26, x.f),
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata capaian kinerja",
          c: fx(`AVERAGE(${c.a("c", "i1")}:${c.a("c", "i6")})`),
          p: "Sangat Baik",
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan: indikator waktu tanggap, nilai kerugian dan rasio kejadian semakin kecil semakin baik; capaian = (2 x target - realisasi) / target.",
    "Predikat: > 90% Sangat Baik; > 75% - 90% Baik; > 65% - 75% Cukup; > 50% - 65% Kurang; <= 50% Sangat Kurang.",
  ]);
  s.gap();
  s.lines(["Tabel 3.2", "Kondisi Hidran Kebakaran per Pos Pemadam Tahun 2024"]);
  s.gap();
  const pos: Array<[string, number, number]> = [
    ["Pos Induk Tanjung Deli", 52, 46],
    ["Pos Deli Hilir", 38, 33],
    ["Pos Tembung Baru", 41, 34],
    ["Pos Belawan Raya", 29, 25],
  ];
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "pos", head: ["Pos / Wilayah Manajemen Kebakaran"], role: "lokasi", width: 30 },
      { key: "a", head: ["Hidran Terpasang (unit)"], role: "realisasi", year: 2024, width: 12 },
      { key: "bf", head: ["Hidran Berfungsi Baik (unit)"], role: "realisasi", year: 2024, width: 12 },
      { key: "pc", head: ["Persentase Berfungsi (%)"], role: "capaian", year: 2024, fmt: DEC, width: 12 },
    ],
    headerRows: 1,
    rows: [
      ...pos.map(([nm, a, bf], k): Row => ({
        id: `h${k}`,
        cells: (c) => ({ no: k + 1, pos: nm, a, bf, pc: fx(`ROUND(${c.a("bf")}/${c.a("a")}*100,2)`) }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "pos"],
        cells: (c) => ({
          no: "Jumlah",
          a: fx(`SUM(${c.a("a", "h0")}:${c.a("a", "h3")})`),
          bf: fx(`SUM(${c.a("bf", "h0")}:${c.a("bf", "h3")})`),
          pc: fx(`ROUND(${c.a("bf")}/${c.a("a")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  signature(s, 8, {
    tempat: "Tanjung Deli, 26 Februari 2025",
    jabatan: ["KEPALA DINAS PEMADAM KEBAKARAN", "DAN PENYELAMATAN,"],
    nama: "Ir. HOTMAN PARULIAN SIREGAR, M.T.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19730814 199803 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i3") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Capaian of the nilai kerugian (lower is better by the note) is =R/T = 91.18 %, the formula of the positive rows; (2 x 42.5 - 38.75) / 42.5 gives 108.82 %, as the waktu tanggap row computes",
    truth: refl(a("r", "i3"), a("t", "i3")),
    tol: 0.00006,
  });
  b.plant({
    at: { sheet: S, cell: a("r", "i4") },
    rules: ["percent-out-of-range", "cross-table-mismatch"],
    note: "Realisasi of the persentase hidran berfungsi is 115.94 % (160 terpasang / 138 berfungsi, upside down); Tabel 3.2 gives 138 / 160 = 86.25 %",
    truth: t2.a("pc", "tot"),
  });
  for (const x of rows) {
    if (x.id === "i3" || x.id === "i4") continue;
    const R = a("r", x.id);
    const T = a("t", x.id);
    b.ok({
      sheet: S,
      cell: a("c", x.id),
      rules: x.neg ? ["capaian-mismatch", "inconsistent-formula"] : ["capaian-mismatch"],
      truth: x.neg ? refl(R, T) : rt(R, T),
      trap: x.neg ? rt(R, T) : undefined,
      tol: 0.00006,
    });
    b.ok({
      sheet: S,
      cell: a("p", x.id),
      rules: ["predikat-mismatch"],
      truth: `PREDIKAT_BAIK(${a("c", x.id)}*100)`,
    });
  }
  b.ok({ sheet: S, cell: a("t26", "i1"), rules: ["target-trend"], truth: "12" });
  b.ok({ sheet: S, cell: a("t26", "i6"), rules: ["target-trend"], truth: "15" });
  b.ok({
    sheet: S,
    cell: t2.a("pc", "tot"),
    rules: ["sum-mismatch", "capaian-mismatch"],
    truth: `ROUND(${t2.a("bf", "tot")}/${t2.a("a", "tot")}*100,2)`,
    trap: pos.map((_, k) => t2.a("pc", `h${k}`)).join("+"),
  });
  for (const k of ["a", "bf"])
    b.ok({
      sheet: S,
      cell: t2.a(k, "tot"),
      rules: ["sum-mismatch"],
      truth: pos.map((_, i) => t2.a(k, `h${i}`)).join("+"),
    });
  return b.finish();
}

// ========================= Dinas Damkar Kabupaten Bungku Lalong (Sulawesi Tengah), PK 2025 and Renstra

type PkInd = {
  id: string;
  ind: string;
  sat: string;
  awal: number;
  tg: number[];
  akhir: "last" | "sum";
  f: string;
};

export function pkDamkar(): BookW {
  const b = new BookW(
    "pk-2025-kadis-damkar-bungku-lalong-renstra.xlsx",
    "PK 2025 and Renstra 2025-2029 targets (Damkar)",
    "sheet 'PK 2025': statement, Tabel 1 No | Sasaran | Indikator Kinerja | Satuan | Target 2025; Tabel 2 No | Kode | Program / Kegiatan | Anggaran (Rp) | Keterangan with program and kegiatan lines and a JUMLAH of the programs; sheet 'Renstra 2025-2029': No | Indikator Kinerja | Satuan | Kondisi Awal 2024 | 'Target Capaian Tahun' > 2025 .. 2029 | Kondisi Akhir 2029; waktu tanggap lower is better, a flow summed",
  );
  const S = "PK 2025";
  const R = "Renstra 2025-2029";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN BUNGKU LALONG", "DINAS PEMADAM KEBAKARAN DAN PENYELAMATAN"]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:",
    "Nama : ABDUL HARIS TOMBOLOTUTU, S.T., M.Si. - Jabatan : Kepala Dinas Pemadam Kebakaran dan Penyelamatan",
    "Nama : Dr. Ir. H. SYAMSUL LABADJO, M.P. - Jabatan : Bupati Bungku Lalong",
    "berjanji mewujudkan target kinerja tahunan sesuai lampiran perjanjian ini.",
  ]);
  s.gap();
  const rows: PkInd[] = [
    {
      id: "r1",
      ind: "Rata-rata waktu tanggap penanganan kebakaran",
      sat: "menit",
      awal: 24,
      tg: [22, 20, 19, 17, 15],
      akhir: "last",
      f: "0",
    },
    {
      id: "r2",
      ind: "Persentase armada pemadam dalam kondisi siap operasi",
      sat: "%",
      awal: 78,
      tg: [82, 85, 8.8, 90, 92],
      akhir: "last",
      f: DEC,
    },
    {
      id: "r3",
      ind: "Cakupan Wilayah Manajemen Kebakaran (WMK) yang terlayani",
      sat: "%",
      awal: 41.2,
      tg: [45, 50, 55, 60, 65],
      akhir: "last",
      f: DEC,
    },
    {
      id: "r4",
      ind: "Jumlah kegiatan sosialisasi pencegahan kebakaran di desa/kelurahan",
      sat: "kali",
      awal: 18,
      tg: [24, 24, 30, 30, 36],
      akhir: "sum",
      f: "0",
    },
  ];
  // planted: the PK target of the WMK coverage is 50.00, the Renstra 2026 target (2025: 45.00)
  const pkT = (x: PkInd) => (x.id === "r3" ? x.tg[1] : x.tg[0]);
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 34 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025, width: 10 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: rows.map((x, k) => ({
      id: x.id,
      cells: {
        no: k + 1,
        sas: "Meningkatnya perlindungan masyarakat dari bahaya kebakaran",
        ind: x.ind,
        sat: x.sat,
        tg: fmt(pkT(x), x.f),
      },
    })),
  });
  s.gap();
  const progs: Array<{ id: string; kode: string; nm: string; rp?: number; parts?: string[] }> = [
    {
      id: "p1",
      kode: "1.05.01",
      nm: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
      parts: ["k11", "k12"],
    },
    { id: "k11", kode: "1.05.01.2.02", nm: "Administrasi Keuangan Perangkat Daerah", rp: 2_874_300_000 },
    { id: "k12", kode: "1.05.01.2.06", nm: "Administrasi Umum Perangkat Daerah", rp: 641_250_000 },
    {
      id: "p2",
      kode: "1.05.04",
      nm: "PROGRAM PENCEGAHAN, PENANGGULANGAN, PENYELAMATAN KEBAKARAN DAN PENYELAMATAN NON KEBAKARAN",
      parts: ["k21"],
    },
    {
      id: "k21",
      kode: "1.05.04.2.01",
      nm: "Pencegahan, Pengendalian, Pemadaman, Penyelamatan, dan Penanganan B3 Kebakaran dalam Daerah Kabupaten/Kota",
      rp: 5_186_700_000,
    },
  ];
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "kode", head: ["Kode"], role: "kode", width: 16 },
      { key: "nm", head: ["Program / Kegiatan"], width: 50 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 14 },
    ],
    headerRows: 1,
    rows: [
      ...progs.map((x, k): Row => ({
        id: x.id,
        bold: !!x.parts,
        cells: (c) => ({
          no: x.parts ? (x.id === "p1" ? 1 : 2) : "",
          kode: x.kode,
          nm: x.nm,
          rp: x.parts ? fx(x.parts.map((p) => c.a("rp", p)).join("+")) : x.rp,
          ket: k === 0 ? "APBD 2025" : "APBD",
        }),
      })),
      {
        id: "jml",
        bold: true,
        span: ["no", "nm"],
        cells: (c) => ({ no: "JUMLAH", rp: fx(`${c.a("rp", "p1")}+${c.a("rp", "p2")}`) }),
      },
    ],
  });
  s.gap();
  s.put(s.r, 2, "Bupati Bungku Lalong,");
  s.put(s.r, 4, "Kolonodale, 2 Januari 2025");
  s.r++;
  s.put(s.r, 4, "Kepala Dinas Pemadam Kebakaran dan Penyelamatan,");
  s.r += 4;
  s.put(s.r, 2, "Dr. Ir. H. SYAMSUL LABADJO, M.P.");
  s.put(s.r, 4, "ABDUL HARIS TOMBOLOTUTU, S.T., M.Si.");
  s.r++;
  s.put(s.r, 4, "NIP. 19770302 200212 1 004");

  const w = b.sheet(R);
  letterhead(w, ["DINAS PEMADAM KEBAKARAN DAN PENYELAMATAN KABUPATEN BUNGKU LALONG"]);
  w.lines(["Tabel 4.2 Indikator Kinerja dan Target Renstra Tahun 2025-2029"]);
  w.gap();
  const years = [2025, 2026, 2027, 2028, 2029];
  const G = "Target Capaian Tahun";
  const rt2 = w.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "awal", head: ["Kondisi Awal 2024"], role: "kondisi-awal", year: 2024, width: 10 },
      ...years.map((y, i): Col => ({
        key: `y${i}`,
        head: [G, String(y)],
        role: "target",
        year: y,
        width: 9,
      })),
      { key: "ak", head: ["Kondisi Akhir 2029"], role: "kondisi-akhir", year: 2029, width: 11 },
    ],
    headerRows: 2,
    rows: rows.map((x, k) => ({
      id: x.id,
      cells: {
        no: k + 1,
        ind: x.ind,
        sat: x.sat,
        awal: fmt(x.awal, x.f),
        ...Object.fromEntries(x.tg.map((v, i) => [`y${i}`, fmt(v, x.f)])),
        ak: fmt(x.akhir === "last" ? x.tg[4] : sum(x.tg), x.f),
      },
    })),
  });
  const pk = (id: string) => t1.a("tg", id);
  const rs = (k: string, id: string) => `'${R}'!${rt2.a(k, id)}`;
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: pk("r3") },
        { sheet: R, cell: rt2.a("y0", "r3") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the WMK coverage is 50.00, the Renstra 2026 target; the Renstra 2025 target is 45.00",
    truth: rs("y0", "r3"),
  });
  b.plant({
    at: { sheet: R, cell: rt2.a("y2", "r2") },
    rules: ["target-outlier", "target-trend"],
    note: "2027 target of the persentase armada siap operasi is 8.80 among 85.00 (2026) and 90.00 (2028): 88 typed with a misplaced decimal",
    truth: `(${rt2.a("y1", "r2")}+${rt2.a("y3", "r2")})/2`,
    tol: 0.3,
  });
  for (const id of ["r1", "r2", "r4"])
    b.ok({ sheet: S, cell: pk(id), rules: ["cross-table-mismatch"], truth: rs("y0", id) });
  b.ok({
    sheet: S,
    cell: t2.a("rp", "jml"),
    rules: ["sum-mismatch"],
    truth: `${t2.a("rp", "k11")}+${t2.a("rp", "k12")}+${t2.a("rp", "k21")}`,
    trap: `SUM(${t2.a("rp", "p1")}:${t2.a("rp", "k21")})`,
  });
  for (const id of ["p1", "p2"])
    b.ok({
      sheet: S,
      cell: t2.a("rp", id),
      rules: ["sum-mismatch"],
      truth: progs
        .find((x) => x.id === id)!
        .parts!.map((p) => t2.a("rp", p))
        .join("+"),
    });
  for (const [id, parent] of [
    ["k11", "p1"],
    ["k12", "p1"],
    ["k21", "p2"],
  ])
    b.ok({
      sheet: S,
      cell: t2.a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${t2.a("kode", id)})`,
      actual: t2.a("kode", parent),
    });
  for (const id of ["r1", "r3"])
    b.ok({
      sheet: R,
      cell: rt2.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt2.a("y4", id),
      trap: years.map((_, i) => rt2.a(`y${i}`, id)).join("+"),
    });
  b.ok({
    sheet: R,
    cell: rt2.a("ak", "r4"),
    rules: ["kondisi-akhir-mismatch"],
    truth: years.map((_, i) => rt2.a(`y${i}`, "r4")).join("+"),
    trap: rt2.a("y4", "r4"),
  });
  b.ok({ sheet: R, cell: rt2.a("y4", "r1"), rules: ["target-trend", "target-outlier"], truth: "15" });
  return b.finish();
}
