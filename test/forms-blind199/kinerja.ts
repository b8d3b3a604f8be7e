// Performance tables of two Dinas Perhubungan: the LKjIP 2024 measurement of a kabupaten in Jawa
// Tengah (PJU menyala, PJU bermeter, kecelakaan and waktu penanganan PJU padam lower is better,
// rambu and APILL) with the five Permendagri levels, and the PK 2025 of a kabupaten in Sulawesi
// Selatan beside its Renstra 2025-2029 with ordinal years. Every name and number is invented.
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
  type Col,
  type Row,
} from "../forms/kit";

const refl = (R: string, T: string) => `ROUND((2*${T}-${R})/${T}*100,2)`;
const rt = (R: string, T: string) => `ROUND(${R}/${T}*100,2)`;

// ======================================================== Dinas Perhubungan Kabupaten Sokawera Kidul

type Ind = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  t: number;
  r: number;
  r23: number;
  r22: number;
  neg?: boolean;
  f: string;
};

export function lkjipPju(): BookW {
  const b = new BookW(
    "lkjip-pju-menyala-dishub-sokawera-kidul.xlsx",
    "LKjIP pengukuran kinerja (Dinas Perhubungan)",
    "LKjIP 2024 Tabel 3.1 of a Dinas Perhubungan in Jawa Tengah: No | Sasaran Strategis (merged) | Indikator Kinerja | Satuan | 'Kinerja Tahun 2024' > Target | Realisasi | Capaian (%) | Kategori | 'Realisasi Tahun Sebelumnya' > 2023 | 2022; number row (1) .. (10) with (7) = (6) / (5) x 100; refleksi for the two lower-is-better rows; Permendagri levels typed; Rata-rata row",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, ["DINAS PERHUBUNGAN KABUPATEN SOKAWERA KIDUL"]);
  s.lines(["Tabel 3.1", "Pengukuran Capaian Kinerja Sasaran Strategis Tahun 2024"]);
  s.gap();
  const S1 = "Meningkatnya kualitas layanan penerangan jalan umum";
  const S2 = "Meningkatnya keselamatan lalu lintas di jalan kabupaten";
  const rows: Ind[] = [
    {
      id: "i1",
      sas: S1,
      ind: "Persentase titik PJU yang menyala",
      sat: "%",
      t: 95,
      r: 92.4,
      r23: 90.15,
      r22: 87.6,
      f: DEC,
    },
    {
      id: "i2",
      sas: S1,
      ind: "Persentase titik PJU bermeter",
      sat: "%",
      t: 60,
      r: 44.1,
      r23: 38.7,
      r22: 31.25,
      f: DEC,
    },
    {
      id: "i3",
      sas: S1,
      ind: "Rata-rata waktu penanganan aduan PJU padam",
      sat: "jam",
      t: 48,
      r: 36,
      r23: 52,
      r22: 60,
      neg: true,
      f: "0",
    },
    {
      id: "i4",
      sas: S2,
      ind: "Jumlah kecelakaan lalu lintas pada ruas jalan kabupaten",
      sat: "kejadian",
      t: 120,
      r: 96,
      r23: 131,
      r22: 142,
      neg: true,
      f: "0",
    },
    {
      id: "i5",
      sas: S2,
      ind: "Persentase rambu lalu lintas dalam kondisi baik",
      sat: "%",
      t: 85,
      r: 81.6,
      r23: 78.4,
      r22: 74.9,
      f: DEC,
    },
    {
      id: "i6",
      sas: S2,
      ind: "Persentase simpang ber-APILL yang berfungsi",
      sat: "%",
      t: 90,
      r: 88.9,
      r23: 86.2,
      r22: 83.35,
      f: DEC,
    },
  ];
  const capOf = (x: Ind) => round(x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  if (capOf(rows[1]) !== 73.5 || predikat(73.5) !== "Sedang") throw new Error("lkjip i2");
  const G = "Kinerja Tahun 2024";
  const H = "Realisasi Tahun Sebelumnya";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", num: "(2)", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "(3)", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)", width: 9 },
    { key: "t", head: [G, "Target"], role: "target", year: 2024, num: "(5)", width: 9 },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, num: "(6)", width: 9 },
    {
      key: "c",
      head: [G, "Capaian (%)"],
      role: "capaian",
      year: 2024,
      num: "(7) = (6) / (5) x 100",
      fmt: DEC,
      width: 10,
    },
    { key: "p", head: [G, "Kategori"], role: "predikat", year: 2024, num: "(8)", width: 12 },
    { key: "r23", head: [H, "2023"], role: "realisasi", year: 2023, num: "(9)", width: 9 },
    { key: "r22", head: [H, "2022"], role: "realisasi", year: 2022, num: "(10)", width: 9 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    vmerge: ["sas"],
    rows: [
      ...rows.map((x, k): Row => ({
        id: x.id,
        cells: (c) => ({
          no: k + 1,
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          t: fmt(x.t, x.f),
          r: fmt(x.r, x.f),
          // planted: the waktu penanganan (lower is better) has the R / T formula
          c: fx(x.id === "i4" ? refl(c.a("r"), c.a("t")) : rt(c.a("r"), c.a("t"))),
          // planted: "Tinggi" for 73.50 (the band > 65 - 75 is Sedang)
          p: x.id === "i2" ? "Tinggi" : predikat(capOf(x)),
          r23: fmt(x.r23, x.f),
          r22: fmt(x.r22, x.f),
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata Capaian Kinerja Sasaran",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i6")}),2)`),
          p: "Sangat Tinggi",
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: indikator 3 dan 4 semakin kecil semakin baik; capaian = (2 x target - realisasi) / target x 100%.",
    "Kategori (Permendagri 86/2017): > 90 Sangat Tinggi; > 75 - 90 Tinggi; > 65 - 75 Sedang; > 50 - 65 Rendah; <= 50 Sangat Rendah.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i3") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Capaian of the waktu penanganan PJU padam (lower is better by the note) is =ROUND(R/T*100,2) = 75.00; (2 x 48 - 36) / 48 gives 125.00, as the kecelakaan row computes",
    truth: refl(a("r", "i3"), a("t", "i3")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i2") },
    rules: ["predikat-mismatch"],
    note: "Kategori 'Tinggi' for 73.50 (44.10 against 60); the band > 65 - 75 of the note is Sedang",
    truth: `PREDIKAT(${a("c", "i2")})`,
  });
  for (const x of rows) {
    if (x.id === "i3") continue;
    const R = a("r", x.id);
    const T = a("t", x.id);
    b.ok({
      sheet: S,
      cell: a("c", x.id),
      rules: x.id === "i4" ? ["capaian-mismatch", "inconsistent-formula"] : ["capaian-mismatch"],
      truth: x.neg ? refl(R, T) : rt(R, T),
      trap: x.id === "i4" ? rt(R, T) : undefined,
    });
    if (x.id !== "i2")
      b.ok({
        sheet: S,
        cell: a("p", x.id),
        rules: ["predikat-mismatch"],
        truth: `PREDIKAT(${a("c", x.id)})`,
      });
  }
  return b.finish();
}

// ===================================================== Dinas Perhubungan Kabupaten Bontolempangan Raya

type Ren = { id: string; ind: string; sat: string; awal: number; tg: number[]; flow?: boolean; f: string };

export function pkPju(): BookW {
  const b = new BookW(
    "pk-kadishub-renstra-pju-bontolempangan.xlsx",
    "PK 2025 and Renstra 2025-2029 targets (Dinas Perhubungan)",
    "sheet 'PK 2025': No | Sasaran Strategis | Indikator Kinerja | Satuan | Target 2025, then No | Program | Anggaran (Rp) | Keterangan with a Jumlah; sheet 'Renstra 2025-2029': No | Indikator Kinerja | Satuan | Kondisi Awal (2024) | 'Target Kinerja' > Tahun ke-1 .. Tahun ke-5 | Kondisi Akhir Renstra; the years only in the title; a flow (titik PJU baru) whose kondisi akhir is the sum, levels take the fifth year",
  );
  const R = "Renstra 2025-2029";
  const rs = b.sheet(R);
  letterhead(rs, ["DINAS PERHUBUNGAN KABUPATEN BONTOLEMPANGAN RAYA"]);
  rs.lines([
    "Tabel 6.1 Indikator Kinerja Perangkat Daerah yang Mengacu pada Tujuan dan Sasaran RPJMD",
    "Renstra Dinas Perhubungan Tahun 2025-2029",
  ]);
  rs.gap();
  const ren: Ren[] = [
    {
      id: "r1",
      ind: "Persentase titik PJU yang menyala",
      sat: "%",
      awal: 88.5,
      tg: [90, 91.5, 93, 94.5, 96],
      f: DEC,
    },
    { id: "r2", ind: "Persentase titik PJU bermeter", sat: "%", awal: 52, tg: [58, 64, 70, 76, 82], f: DEC },
    {
      id: "r3",
      ind: "Jumlah titik PJU baru terpasang",
      sat: "titik",
      awal: 310,
      tg: [350, 400, 400, 450, 450],
      flow: true,
      f: "#,##0",
    },
    {
      id: "r4",
      ind: "Persentase perlengkapan jalan (rambu, marka, APILL) dalam kondisi baik",
      sat: "%",
      awal: 74,
      tg: [76, 78, 80, 82, 85],
      f: DEC,
    },
    {
      id: "r5",
      ind: "Rata-rata waktu penanganan aduan PJU padam",
      sat: "jam",
      awal: 60,
      tg: [48, 44, 40, 36, 30],
      f: "0",
    },
  ];
  const Y = ["1", "2", "3", "4", "5"];
  const tr = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
      { key: "awal", head: ["Kondisi Kinerja Awal (2024)"], role: "kondisi-awal", year: 2024, width: 11 },
      ...Y.map((y, i): Col => ({
        key: `y${i}`,
        head: ["Target Kinerja", `Tahun ke-${y}`],
        role: "target",
        year: 2025 + i,
        width: 9,
      })),
      {
        key: "ak",
        head: ["Kondisi Kinerja pada Akhir Periode Renstra"],
        role: "kondisi-akhir",
        year: 2029,
        width: 12,
      },
    ],
    headerRows: 2,
    rows: ren.map((x, k): Row => ({
      id: x.id,
      cells: (c) => ({
        no: k + 1,
        ind: x.ind,
        sat: x.sat,
        awal: fmt(x.awal, x.f),
        ...Object.fromEntries(x.tg.map((v, i) => [`y${i}`, fmt(v, x.f)])),
        // planted: the kondisi akhir of the PJU bermeter is the fourth year's 76
        ak: x.flow ? fx(`SUM(${c.a("y0")}:${c.a("y4")})`) : x.id === "r2" ? fmt(76, DEC) : fmt(x.tg[4], x.f),
      }),
    })),
  });
  rs.gap();
  rs.lines(["Keterangan: Tahun ke-1 s.d. ke-5 = 2025 s.d. 2029; indikator 5 semakin kecil semakin baik."]);

  const S = "PK 2025";
  const s = b.sheet(S);
  s.lines(["PERJANJIAN KINERJA TAHUN 2025", "DINAS PERHUBUNGAN KABUPATEN BONTOLEMPANGAN RAYA"], 1, {
    bold: true,
  });
  s.gap();
  s.lines([
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil,",
    "kami yang bertanda tangan di bawah ini bersepakat atas target kinerja berikut.",
  ]);
  s.gap();
  const SS = "Meningkatnya kualitas layanan PJU dan perlengkapan jalan";
  const pkRows = ren.filter((x) => x.id !== "r3");
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 32 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025, width: 10 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: pkRows.map((x, k): Row => ({
      id: x.id,
      // planted: the PJU menyala carries the Renstra's year 2 target (91.50, 2025 is 90.00)
      cells: { no: k + 1, sas: SS, ind: x.ind, sat: x.sat, tg: fmt(x.id === "r1" ? 91.5 : x.tg[0], x.f) },
    })),
  });
  s.gap();
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "pr", head: ["Program"], width: 50 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 12 },
    ],
    headerRows: 1,
    rows: [
      {
        id: "p1",
        cells: {
          no: 1,
          pr: "2.15.01 Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
          rp: 9_842_615_000,
          ket: "APBD",
        },
      },
      {
        id: "p2",
        cells: {
          no: 2,
          pr: "2.15.02 Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan (LLAJ)",
          rp: 7_316_480_000,
          ket: "APBD",
        },
      },
      {
        id: "j",
        bold: true,
        span: ["no", "pr"],
        cells: (c) => ({ no: "Jumlah", rp: fx(`${c.a("rp", "p1")}+${c.a("rp", "p2")}`) }),
      },
    ],
  });
  s.gap();
  signature(s, 2, {
    tempat: "Pihak Kedua,",
    jabatan: ["KEPALA DINAS PERHUBUNGAN"],
    nama: "Dr. H. ANDI SYAMSUL BAHRI, S.Sos., M.Si.",
    nip: "19720308 199503 1 002",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a("tg", "r1") },
        { sheet: R, cell: tr.a("y0", "r1") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the PJU menyala is 91.50, the Renstra's Tahun ke-2 (2026) target; Tahun ke-1 (2025) is 90.00",
    truth: `'${R}'!${tr.a("y0", "r1")}`,
  });
  b.plant({
    at: { sheet: R, cell: tr.a("ak", "r2") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir of the PJU bermeter (a level) is 76.00, the Tahun ke-4 target; Tahun ke-5 (2029) is 82.00",
    truth: tr.a("y4", "r2"),
  });
  for (const x of pkRows)
    if (x.id !== "r1")
      b.ok({
        sheet: S,
        cell: a("tg", x.id),
        rules: ["cross-table-mismatch"],
        truth: `'${R}'!${tr.a("y0", x.id)}`,
      });
  for (const x of ren) {
    if (x.id === "r2") continue;
    b.ok({
      sheet: R,
      cell: tr.a("ak", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: x.flow ? `SUM(${tr.a("y0", x.id)}:${tr.a("y4", x.id)})` : tr.a("y4", x.id),
      // a flow adds its years, a level is its last year
      trap: x.flow ? tr.a("y4", x.id) : `SUM(${tr.a("y0", x.id)}:${tr.a("y4", x.id)})`,
    });
  }
  b.ok({ sheet: R, cell: tr.a("y4", "r5"), rules: ["target-trend"], truth: "30" });
  b.ok({
    sheet: S,
    cell: t2.a("rp", "j"),
    rules: ["sum-mismatch"],
    truth: `${t2.a("rp", "p1")}+${t2.a("rp", "p2")}`,
  });
  return b.finish();
}
