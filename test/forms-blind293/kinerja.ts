// LKjIP, PK with its Renstra, the RTH recap per kecamatan and the recap of pohon ditanam with ISPU of
// the two DLH (Kota Teluk Baruna, Kalimantan Timur; Kabupaten Lembah Sawir, Sumatera Barat). Invented.
import {
  BookW,
  DEC,
  INT,
  RP,
  fx,
  letterhead,
  predikatBaik,
  round,
  signature,
  type Col,
  type Row,
} from "../forms/kit";

/** LKjIP 2024 Tabel 3.2, DLH Kota Teluk Baruna: refleksi on the two negative indicators. */
export function lkjipRth(): BookW {
  const b = new BookW(
    "lkjip-2024-capaian-dlh-teluk-baruna-rth.xlsx",
    "LKjIP pengukuran kinerja (DLH)",
    "LKjIP 2024 Tabel 3.2: No | Sasaran | Indikator | Satuan | Sifat | Target | Realisasi | Capaian | Kategori; ROUND formulas, (2T-R)/T on the negative rows, sasaran merged over its indicators; Rata-rata row",
  );
  const S = "Capaian 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) TAHUN 2024",
    "DINAS LINGKUNGAN HIDUP KOTA TELUK BARUNA",
  ]);
  s.lines(["Tabel 3.2 Capaian Indikator Kinerja Sasaran Tahun 2024"]);
  s.gap();
  const SA = "Meningkatnya kuantitas dan kualitas ruang terbuka hijau";
  const SB = "Meningkatnya kualitas udara perkotaan";
  const I = [
    {
      id: "i1",
      sas: SA,
      ind: "Persentase luas RTH publik terhadap luas wilayah",
      sat: "%",
      pol: "+",
      t: 17.5,
      r: 17.6,
    },
    { id: "i2", sas: SA, ind: "Jumlah pohon yang ditanam", sat: "batang", pol: "+", t: 5_000, r: 5_175 },
    { id: "i3", sas: SA, ind: "Persentase taman kota dalam kondisi rusak", sat: "%", pol: "-", t: 15, r: 18 },
    { id: "i4", sas: SB, ind: "Indeks Kualitas Udara (IKU)", sat: "indeks", pol: "+", t: 86, r: 83.9 },
    { id: "i5", sas: SB, ind: "Jumlah hari ISPU kategori tidak sehat", sat: "hari", pol: "-", t: 12, r: 9 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "pol", head: ["Sifat Indikator"], role: "polaritas" },
    { key: "t", head: ["Target 2024"], role: "target", year: 2024 },
    { key: "r", head: ["Realisasi 2024"], role: "realisasi", year: 2024 },
    { key: "c", head: ["Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "p", head: ["Kategori"], role: "predikat", year: 2024 },
  ];
  const capOf = (pol: string, t: number, r: number) =>
    round(pol === "+" ? (r / t) * 100 : ((2 * t - r) / t) * 100);
  const shown = (x: (typeof I)[number]) => (x.id === "i3" ? capOf("+", x.t, x.r) : capOf(x.pol, x.t, x.r));
  const t = s.table({
    cols,
    headerRows: 1,
    vmerge: ["sas"],
    rows: [
      ...I.map((x, i): Row => ({
        id: x.id,
        cells: (c) => ({
          no: i + 1,
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          pol:
            x.pol === "+" ? "Positif (semakin tinggi semakin baik)" : "Negatif (semakin rendah semakin baik)",
          t: x.t,
          r: x.r,
          // planted: the taman rusak row (negative) divides R by T
          c: fx(
            x.pol === "+" || x.id === "i3"
              ? `ROUND(${c.a("r")}/${c.a("t")}*100,2)`
              : `ROUND((2*${c.a("t")}-${c.a("r")})/${c.a("t")}*100,2)`,
          ),
          // planted: "Baik" for the Indeks Kualitas Udara (97.56 is Sangat Baik)
          p: x.id === "i4" ? "Baik" : predikatBaik(shown(x)),
        }),
      })),
      {
        id: "avg",
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata capaian sasaran",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i5")}),2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Untuk indikator negatif capaian dihitung dengan rumus (2 x Target - Realisasi) / Target x 100%.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Teluk Baruna, 20 Februari 2025",
    jabatan: ["Kepala Dinas Lingkungan Hidup"],
    nama: "Dr. Ir. HENDRA SYAFRUDDIN PARINDING, M.Si.",
    nip: "19720318 199803 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const refl = (id: string) => `ROUND((2*${a("t", id)}-${a("r", id)})/${a("t", id)}*100,2)`;
  const rt = (id: string) => `ROUND(${a("r", id)}/${a("t", id)}*100,2)`;
  b.plant({
    at: { sheet: S, cell: a("c", "i3") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Taman kota rusak is a negative indicator; the cell gives R/T = 18/15 = 120.00 where (2x15-18)/15 = 80.00",
    truth: refl("i3"),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i4") },
    rules: ["predikat-mismatch"],
    note: "Kategori 'Baik' for a capaian of 97.56; above 90 is Sangat Baik",
    truth: `PREDIKAT_BAIK(${a("c", "i4")})`,
  });
  b.ok({ sheet: S, cell: a("c", "i5"), rules: ["capaian-mismatch"], truth: refl("i5"), trap: rt("i5") });
  for (const id of ["i1", "i2", "i4"])
    b.ok({ sheet: S, cell: a("c", id), rules: ["capaian-mismatch"], truth: rt(id) });
  for (const id of ["i1", "i2", "i5"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  return b.finish();
}

/** PK 2025 of the DLH Kabupaten Lembah Sawir with the Renstra 2025-2029 targets on a second sheet. */
export function pkRth(): BookW {
  const b = new BookW(
    "pk-2025-dan-renstra-dlh-lembah-sawir.xlsx",
    "Perjanjian Kinerja (DLH)",
    "Sheet 'Renstra 2025-2029' (kondisi awal, five yearly targets, kondisi akhir by kind of indicator) and sheet 'PK 2025' with the indicator table and the program table with a Jumlah row",
  );
  const R = "Renstra 2025-2029";
  const rs = b.sheet(R);
  rs.lines(["Target Indikator Kinerja Dinas Lingkungan Hidup Kabupaten Lembah Sawir 2025-2029"]);
  rs.gap();
  const I = [
    {
      id: "r1",
      ind: "Persentase luas RTH publik terhadap luas kawasan perkotaan",
      sat: "%",
      flow: false,
      awal: 11.4,
      k: [12.2, 13.1, 14.3, 15.6, 17],
    },
    {
      id: "r2",
      ind: "Jumlah pohon yang ditanam",
      sat: "batang",
      flow: true,
      awal: 2_400,
      k: [3_000, 3_200, 3_500, 3_500, 3_800],
    },
    {
      id: "r3",
      ind: "Jumlah taman kota yang dikelola",
      sat: "taman",
      flow: false,
      awal: 7,
      k: [8, 9, 9, 10, 11],
    },
    {
      id: "r4",
      ind: "Indeks Kualitas Udara",
      sat: "indeks",
      flow: false,
      awal: 84.1,
      k: [84.5, 85, 85.5, 86, 86.5],
    },
  ];
  const Y = [2025, 2026, 2027, 2028, 2029];
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Awal 2024"], role: "kondisi-awal", year: 2024 },
      ...Y.map((y, i): Col => ({
        key: `y${i}`,
        head: ["Target Kinerja", String(y)],
        role: "target",
        year: y,
      })),
      { key: "ka", head: ["Kondisi Akhir 2029"], role: "kondisi-akhir", year: 2029 },
    ],
    headerRows: 2,
    rows: I.map((x, i) => ({
      id: x.id,
      cells: (c) => ({
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        ...Object.fromEntries(x.k.map((v, j) => [`y${j}`, v])),
        ka: x.flow ? fx(`SUM(${c.a("y0")}:${c.a("y4")})`) : x.k[4],
      }),
    })),
  });
  const P = "PK 2025";
  const s = b.sheet(P);
  letterhead(s, ["PERJANJIAN KINERJA TAHUN 2025", "DINAS LINGKUNGAN HIDUP KABUPATEN LEMBAH SAWIR"]);
  const sasaran = "Meningkatnya ketersediaan ruang terbuka hijau dan kualitas udara";
  const pt = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "t", head: ["Target"], role: "target", year: 2025 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    // planted: the pohon target is the Renstra 2026 target (3,200); 2025 is 3,000
    rows: I.map((x, i) => ({
      id: x.id,
      cells: { no: i + 1, sas: sasaran, ind: x.ind, sat: x.sat, t: x.id === "r2" ? x.k[1] : x.k[0] },
    })),
  });
  s.gap();
  const progs = [
    ["2.11.01", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 4_215_380_000],
    ["2.11.07", "Program Pengendalian Pencemaran dan/atau Kerusakan Lingkungan Hidup", 1_386_200_000],
    ["2.11.08", "Program Pengelolaan Keanekaragaman Hayati dan Ruang Terbuka Hijau", 3_927_650_000],
  ] as const;
  const bt = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "kode", head: ["Kode"], role: "kode", width: 30 },
      { key: "prog", head: ["Program"], width: 44 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Keterangan"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...progs.map(([k, n, v], i): Row => ({
        id: `g${i}`,
        cells: { no: i + 1, kode: k, prog: n, rp: v, ket: "APBD" },
      })),
      // planted: SUM one row short (leaves out the RTH program)
      {
        id: "jml",
        span: ["no", "prog"],
        bold: true,
        cells: (c) => ({ no: "Jumlah", rp: fx(`SUM(${c.a("rp", "g0")}:${c.a("rp", "g1")})`) }),
      },
    ],
  });
  s.gap();
  signature(s, 3, {
    tempat: "Sawir, 2 Januari 2025",
    jabatan: ["Kepala Dinas Lingkungan Hidup"],
    nama: "NOVRIZAL DATUAK RAJO BUJANG, S.T., M.T.",
    nip: "19790924 200501 1 009",
  });
  const ren = (k: string, id: string) => `'${R}'!${rt.a(k, id)}`;
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("t", "r2") },
        { sheet: R, cell: rt.a("y0", "r2") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target for pohon ditanam is 3,200 (the Renstra 2026 target); Renstra 2025 is 3,000",
    truth: ren("y0", "r2"),
  });
  b.plant({
    at: { sheet: P, cell: bt.a("rp", "jml") },
    rules: ["sum-mismatch"],
    note: "Jumlah = SUM of two programs out of three: 5,601,580,000 instead of 9,529,230,000",
    truth: ["g0", "g1", "g2"].map((id) => bt.a("rp", id)).join("+"),
  });
  for (const id of ["r1", "r3", "r4"])
    b.ok({
      sheet: P,
      cell: pt.a("t", id),
      rules: ["cross-table-mismatch"],
      truth: ren("y0", id),
      trap: ren("y1", id),
    });
  for (const id of ["r1", "r3", "r4"])
    b.ok({
      sheet: R,
      cell: rt.a("ka", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("y4", id),
      trap: [0, 1, 2, 3, 4].map((i) => rt.a(`y${i}`, id)).join("+"),
    });
  b.ok({
    sheet: R,
    cell: rt.a("ka", "r2"),
    rules: ["kondisi-akhir-mismatch"],
    truth: [0, 1, 2, 3, 4].map((i) => rt.a(`y${i}`, "r2")).join("+"),
  });
  return b.finish();
}

/** RTH publik per kecamatan, Kota Teluk Baruna, keadaan 31 Desember 2024. */
export function rekapRthKecamatan(): BookW {
  const b = new BookW(
    "rekap-luas-rth-publik-per-kecamatan-teluk-baruna.xlsx",
    "Rekap RTH publik per kecamatan (DLH)",
    "Per kecamatan: luas wilayah (2), taman (3), hutan kota (4), jalur hijau (5), '(6) = (3)+(4)+(5)', '(7) = (6)/(2) x 100', pohon; Jumlah row whose % is the ratio of the totals",
  );
  const S = "RTH Kecamatan";
  const s = b.sheet(S);
  s.lines(
    [
      "REKAPITULASI LUAS RUANG TERBUKA HIJAU PUBLIK PER KECAMATAN",
      "Kota Teluk Baruna, keadaan 31 Desember 2024",
    ],
    1,
    { bold: true },
  );
  s.gap();
  const K = [
    ["Baruna Utara", 2_845.6, 112.4, 168.3, 96.7, 14_820],
    ["Baruna Kota", 1_126.3, 148.9, 22.5, 61.8, 9_305],
    ["Sungai Lais", 4_310.8, 74.2, 402.6, 88.1, 21_460],
    ["Tanjung Ruhui", 3_562.4, 56.8, 251.9, 70.4, 12_775],
    ["Loa Pinang", 5_208.9, 41.3, 533.7, 102.6, 18_940],
  ] as const;
  const G = "Luas RTH Publik (ha)";
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(0)", width: 5 },
      { key: "kec", head: ["Kecamatan"], role: "lokasi", num: "(1)", width: 20 },
      { key: "luas", head: ["Luas Wilayah (ha)"], role: "lainnya", num: "(2)", fmt: DEC },
      { key: "tm", head: [G, "Taman Kota"], role: "lainnya", num: "(3)", fmt: DEC },
      { key: "hk", head: [G, "Hutan Kota"], role: "lainnya", num: "(4)", fmt: DEC },
      { key: "jh", head: [G, "Jalur Hijau & Sempadan"], role: "lainnya", num: "(5)", fmt: DEC },
      { key: "jml", head: [G, "Jumlah"], role: "lainnya", num: "(6) = (3)+(4)+(5)", fmt: DEC },
      {
        key: "pct",
        head: ["Proporsi RTH Publik (%)"],
        role: "capaian",
        num: "(7) = (6)/(2) x 100",
        fmt: DEC,
      },
      { key: "ph", head: ["Jumlah Pohon Tercatat (batang)"], role: "lainnya", num: "(8)", fmt: INT },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...K.map(([kec, luas, tm, hk, jh, ph], i): Row => ({
        id: `k${i}`,
        cells: (c) => ({
          no: i + 1,
          kec,
          luas,
          tm,
          hk,
          jh,
          // planted: Sungai Lais's Jumlah carries a stale cached 546.90 (the cells give 564.90)
          jml: fx(`${c.a("tm")}+${c.a("hk")}+${c.a("jh")}`, i === 2 ? 546.9 : undefined),
          pct: fx(`ROUND(${c.a("jml")}/${c.a("luas")}*100,2)`),
          ph,
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "kec"],
        cells: (c) => ({
          no: "Jumlah",
          luas: fx(`SUM(${c.a("luas", "k0")}:${c.a("luas", "k4")})`),
          tm: fx(`SUM(${c.a("tm", "k0")}:${c.a("tm", "k4")})`),
          // planted: the hutan kota total stops one row short (Loa Pinang left out)
          hk: fx(`SUM(${c.a("hk", "k0")}:${c.a("hk", "k3")})`),
          jh: fx(`SUM(${c.a("jh", "k0")}:${c.a("jh", "k4")})`),
          jml: fx(`SUM(${c.a("jml", "k0")}:${c.a("jml", "k4")})`),
          pct: fx(`ROUND(${c.a("jml")}/${c.a("luas")}*100,2)`),
          ph: fx(`SUM(${c.a("ph", "k0")}:${c.a("ph", "k4")})`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Sumber: inventarisasi RTH Bidang Pertamanan DLH, diolah. Target nasional RTH publik 20% dari luas wilayah kota.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  const col = (k: string) => [0, 1, 2, 3, 4].map((i) => a(k, `k${i}`)).join("+");
  b.plant({
    at: { sheet: S, cell: a("jml", "k2") },
    rules: ["sum-mismatch"],
    note: "Jumlah (6) of Sungai Lais caches 546.90; 74.20 + 402.60 + 88.10 = 564.90 (stale result)",
    truth: `${a("tm", "k2")}+${a("hk", "k2")}+${a("jh", "k2")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("hk", "tot") },
    rules: ["sum-mismatch"],
    note: "Total hutan kota = SUM of four kecamatan (845.30); the five give 1,379.00",
    truth: col("hk"),
  });
  for (const i of [0, 1, 3, 4])
    b.ok({
      sheet: S,
      cell: a("jml", `k${i}`),
      rules: ["sum-mismatch"],
      truth: `${a("tm", `k${i}`)}+${a("hk", `k${i}`)}+${a("jh", `k${i}`)}`,
    });
  for (const i of [0, 1, 3, 4])
    b.ok({
      sheet: S,
      cell: a("pct", `k${i}`),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("jml", `k${i}`)}/${a("luas", `k${i}`)}*100,2)`,
    });
  for (const k of ["luas", "tm", "jh", "ph"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: col(k) });
  b.ok({
    sheet: S,
    cell: a("pct", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("jml", "tot")}/${a("luas", "tot")}*100,2)`,
    trap: `ROUND(AVERAGE(${a("pct", "k0")}:${a("pct", "k4")}),2)`,
  });
  return b.finish();
}

/** Pohon ditanam per lokasi and triwulan, beside the ISPU per stasiun, Kabupaten Lembah Sawir 2024. */
export function rekapPohonIspu(): BookW {
  const b = new BookW(
    "rekap-penanaman-pohon-dan-ispu-lembah-sawir-2024.xlsx",
    "Rekap penanaman pohon dan ISPU (DLH)",
    "Two tables side by side from the same header row: pohon ditanam per lokasi with TW I-IV, Jumlah, bibit hidup and % hidup (Jumlah row with % as ratio of totals); ISPU per stasiun per triwulan with the yearly average (not a sum)",
  );
  const S = "Pohon dan ISPU 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "DINAS LINGKUNGAN HIDUP KABUPATEN LEMBAH SAWIR",
    "Rekapitulasi Penanaman Pohon dan Indeks Standar Pencemar Udara Tahun 2024",
  ]);
  const top = s.r;
  const L = [
    ["Hutan Kota Bukit Gadang", 1_200, [180, 420, 390, 260], 1_104],
    ["Jalur Hijau Jl. Lintas Sumatera", 1_000, [150, 310, 280, 245], 918],
    ["Sempadan Batang Sawir", 800, [90, 260, 240, 185], 744],
    ["Taman Kota Pasar Lamo", 400, [60, 120, 110, 95], 371],
  ] as const;
  const TW = "Realisasi Tanam (batang)";
  const t1 = s.table(
    {
      cols: [
        { key: "no", head: ["No"], role: "no", width: 5 },
        { key: "lok", head: ["Lokasi Penanaman"], role: "lokasi", width: 28 },
        { key: "tg", head: ["Target (batang)"], role: "target", year: 2024, fmt: INT },
        { key: "q1", head: [TW, "TW I"], role: "realisasi", year: 2024, fmt: INT },
        { key: "q2", head: [TW, "TW II"], role: "realisasi", year: 2024, fmt: INT },
        { key: "q3", head: [TW, "TW III"], role: "realisasi", year: 2024, fmt: INT },
        { key: "q4", head: [TW, "TW IV"], role: "realisasi", year: 2024, fmt: INT },
        { key: "jml", head: [TW, "Jumlah"], role: "realisasi", year: 2024, fmt: INT },
        { key: "hd", head: ["Bibit Hidup (batang)"], role: "lainnya", fmt: INT },
        { key: "ph", head: ["Persentase Hidup (%)"], role: "capaian", fmt: DEC },
      ],
      headerRows: 2,
      rows: [
        ...L.map(([lok, tg, q, hd], i): Row => ({
          id: `l${i}`,
          cells: (c) => ({
            no: i + 1,
            lok,
            tg,
            q1: q[0],
            q2: q[1],
            q3: q[2],
            q4: q[3],
            // planted: the Jl. Lintas Sumatera Jumlah typed 1,085; the quarters give 985
            jml: i === 1 ? 1_085 : fx(`SUM(${c.a("q1")}:${c.a("q4")})`),
            hd,
            // planted: Sempadan Batang Sawir % hidup typed 104.35 (bibit hidup 744 of 775)
            ph: i === 2 ? 104.35 : fx(`ROUND(${c.a("hd")}/${c.a("jml")}*100,2)`),
          }),
        })),
        {
          id: "tot",
          bold: true,
          span: ["no", "lok"],
          cells: (c) => ({
            no: "Jumlah",
            ...Object.fromEntries(
              ["tg", "q1", "q2", "q3", "q4", "jml", "hd"].map((k) => [
                k,
                fx(`SUM(${c.a(k, "l0")}:${c.a(k, "l3")})`),
              ]),
            ),
            ph: fx(`ROUND(${c.a("hd")}/${c.a("jml")}*100,2)`),
          }),
        },
      ],
    },
    1,
    top,
  );
  const ST = [
    ["Stasiun Pasar Sawir", [62, 71, 88, 58]],
    ["Stasiun Hutan Kota Bukit Gadang", [38, 41, 57, 36]],
    ["Stasiun Simpang Empat Lintas", [74, 79, 96, 69]],
  ] as const;
  const IQ = "Nilai ISPU rata-rata";
  const t2 = s.table(
    {
      cols: [
        { key: "no", head: ["No"], role: "no", width: 5 },
        { key: "st", head: ["Stasiun Pemantau"], role: "lokasi", width: 28 },
        { key: "q1", head: [IQ, "TW I"], role: "realisasi", year: 2024 },
        { key: "q2", head: [IQ, "TW II"], role: "realisasi", year: 2024 },
        { key: "q3", head: [IQ, "TW III"], role: "realisasi", year: 2024 },
        { key: "q4", head: [IQ, "TW IV"], role: "realisasi", year: 2024 },
        { key: "th", head: [IQ, "Tahunan"], role: "realisasi", year: 2024, fmt: DEC },
        { key: "kat", head: ["Kategori"], role: "keterangan", width: 12 },
      ],
      headerRows: 2,
      rows: ST.map(([st, q], i): Row => ({
        id: `u${i}`,
        cells: (c) => {
          const avg = round((q[0] + q[1] + q[2] + q[3]) / 4);
          return {
            no: i + 1,
            st,
            q1: q[0],
            q2: q[1],
            q3: q[2],
            q4: q[3],
            th: fx(`ROUND(AVERAGE(${c.a("q1")}:${c.a("q4")}),2)`),
            kat: avg <= 50 ? "Baik" : avg <= 100 ? "Sedang" : "Tidak Sehat",
          };
        },
      })),
    },
    13,
    top,
  );
  s.r = Math.max(t1.lastDataRow, t2.lastDataRow) + 2;
  s.lines(["Kategori ISPU: 0-50 Baik; 51-100 Sedang; 101-200 Tidak Sehat (PermenLHK P.14/2020)."]);
  s.gap();
  signature(s, 8, {
    tempat: "Sawir, 10 Januari 2025",
    jabatan: ["Kepala Bidang Penataan dan Pertamanan"],
    nama: "YULIASTRI MAHARANI, S.Hut., M.Si.",
    nip: "19850507 201001 2 018",
  });
  const a = (k: string, id: string) => t1.a(k, id);
  const q = (id: string) => `${a("q1", id)}+${a("q2", id)}+${a("q3", id)}+${a("q4", id)}`;
  b.plant({
    at: { sheet: S, cell: a("jml", "l1") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah of Jalur Hijau Jl. Lintas Sumatera typed 1,085; TW I-IV give 150+310+280+245 = 985",
    truth: q("l1"),
  });
  b.plant({
    at: { sheet: S, cell: a("ph", "l2") },
    rules: ["percent-out-of-range", "capaian-mismatch"],
    note: "Persentase hidup typed 104.35 for 744 living of 775 planted; 744/775 x 100 = 96.00 (cannot exceed 100)",
    truth: `ROUND(${a("hd", "l2")}/${a("jml", "l2")}*100,2)`,
  });
  for (const id of ["l0", "l2", "l3"])
    b.ok({ sheet: S, cell: a("jml", id), rules: ["sum-mismatch"], truth: q(id) });
  for (const id of ["l0", "l3"])
    b.ok({
      sheet: S,
      cell: a("ph", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("hd", id)}/${a("jml", id)}*100,2)`,
    });
  for (const k of ["tg", "q1", "q2", "q3", "q4", "hd"])
    b.ok({
      sheet: S,
      cell: a(k, "tot"),
      rules: ["sum-mismatch"],
      truth: [0, 1, 2, 3].map((i) => a(k, `l${i}`)).join("+"),
    });
  for (const id of ["u0", "u1", "u2"]) {
    const c = (k: string) => t2.a(k, id);
    b.ok({
      sheet: S,
      cell: c("th"),
      rules: ["sum-mismatch"],
      truth: `ROUND((${c("q1")}+${c("q2")}+${c("q3")}+${c("q4")})/4,2)`,
      trap: `${c("q1")}+${c("q2")}+${c("q3")}+${c("q4")}`,
    });
  }
  return b.finish();
}
