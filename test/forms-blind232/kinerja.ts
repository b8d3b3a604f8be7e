// LKjIP, Perjanjian Kinerja and two recaps of the Dinas Lingkungan Hidup of Kabupaten Lembah Arsari
// (Kalimantan Timur) and Kota Tanjung Seruni (Jambi). Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  INT,
  fx,
  letterhead,
  predikatBaik,
  round,
  signature,
  type Col,
  type Row,
} from "../forms/kit";

/** LKjIP 2024 Tabel 3.2 of the DLH Lembah Arsari: capaian formulas, refleksi on negatives. */
export function lkjipDlh(): BookW {
  const b = new BookW(
    "lkjip-2024-dlh-lembah-arsari-kualitas-udara.xlsx",
    "LKjIP capaian (DLH)",
    "LKjIP 2024 Tabel 3.2: Sasaran merged, Arah (+/-) column, ROUND capaian formulas, refleksi on negatives, predikat words, Rata-rata",
  );
  const S = "Tabel 3.2";
  const s = b.sheet(S);
  s.lines(
    [
      "Tabel 3.2 Pengukuran Capaian Kinerja Sasaran Tahun 2024",
      "Dinas Lingkungan Hidup Kabupaten Lembah Arsari",
    ],
    1,
    { bold: true },
  );
  s.gap();
  const ind = [
    {
      id: "a",
      sas: "Meningkatnya kualitas udara",
      ind: "Indeks Kualitas Udara",
      sat: "indeks",
      arah: "+",
      t: 86,
      r: 86.35,
    },
    {
      id: "b",
      sas: "Meningkatnya kualitas udara",
      ind: "Jumlah hari dengan ISPU kategori tidak sehat",
      sat: "hari",
      arah: "-",
      t: 12,
      r: 9,
    },
    {
      id: "c",
      sas: "Meningkatnya kualitas udara",
      ind: "Persentase kendaraan tidak lulus uji emisi",
      sat: "%",
      arah: "-",
      t: 18,
      r: 21.6,
    },
    {
      id: "d",
      sas: "Meningkatnya ketaatan usaha/kegiatan",
      ind: "Persentase pengaduan lingkungan yang diselesaikan",
      sat: "%",
      arah: "+",
      t: 80,
      r: 71.5,
    },
    {
      id: "e",
      sas: "Meningkatnya ketaatan usaha/kegiatan",
      ind: "Persentase usaha/kegiatan taat persetujuan lingkungan",
      sat: "%",
      arah: "+",
      t: 70,
      r: 65.8,
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    { key: "arah", head: ["Arah (+/-)"], role: "polaritas", width: 8 },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, fmt: DEC },
    { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024, fmt: DEC },
    { key: "c", head: ["Tahun 2024", "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "p", head: ["Predikat"], role: "predikat", width: 12 },
  ];
  const cap = (x: (typeof ind)[number]) =>
    round(x.arah === "+" ? (x.r / x.t) * 100 : ((2 * x.t - x.r) / x.t) * 100);
  const body: Row[] = ind.map((x, i) => ({
    id: x.id,
    cells: (c) => ({
      no: i + 1,
      sas: x.sas,
      ind: x.ind,
      sat: x.sat,
      arah: x.arah,
      t: x.t,
      r: x.r,
      // planted: row c (negative) uses R/T
      c:
        x.arah === "+" || x.id === "c"
          ? fx(`ROUND(${c.a("r")}/${c.a("t")}*100,2)`)
          : fx(`ROUND((2*${c.a("t")}-${c.a("r")})/${c.a("t")}*100,2)`),
      // planted: row e gets "Baik" for 94.00
      p: x.id === "e" ? "Baik" : predikatBaik(x.id === "c" ? round((x.r / x.t) * 100) : cap(x)),
    }),
  }));
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...body,
      {
        id: "avg",
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata capaian",
          c: fx(`ROUND(AVERAGE(${c.a("c", "a")}:${c.a("c", "e")}),2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines(["Keterangan: arah (-) dihitung dengan refleksi (2 x Target - Realisasi) / Target x 100%."]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "c") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Kendaraan tidak lulus uji emisi (negative) is computed R/T = 120.00; refleksi (2T-R)/T gives 80.00",
    truth: `ROUND((2*${a("t", "c")}-${a("r", "c")})/${a("t", "c")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("p", "e") },
    rules: ["predikat-mismatch"],
    note: "Predikat Baik for a capaian of 94.00; above 90 is Sangat Baik",
    truth: `PREDIKAT_BAIK(${a("c", "e")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "b"),
    rules: ["capaian-mismatch"],
    truth: `ROUND((2*${a("t", "b")}-${a("r", "b")})/${a("t", "b")}*100,2)`,
    trap: `ROUND(${a("r", "b")}/${a("t", "b")}*100,2)`,
  });
  for (const id of ["a", "d", "e"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r", id)}/${a("t", id)}*100,2)`,
    });
  for (const id of ["a", "b", "d"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  return b.finish();
}

/** PK 2025 of the DLH Kota Tanjung Seruni beside its Renstra sheet. */
export function pkDlh(): BookW {
  const b = new BookW(
    "pk-2025-dlh-tanjung-seruni-dan-renstra.xlsx",
    "PK + Renstra (DLH)",
    "PK 2025 statement, indicator table (Target | Satuan), program table with a typed Jumlah; sheet Renstra 2025-2029 with years in the header and kondisi akhir",
  );
  const R = "Renstra 2025-2029";
  const P = "PK 2025";
  const ind = [
    { id: "a", ind: "Indeks Kualitas Udara", sat: "indeks", y: [84.5, 85, 85.5, 86, 86.5] },
    {
      id: "b",
      ind: "Persentase usaha/kegiatan yang memiliki persetujuan lingkungan",
      sat: "%",
      y: [65, 69, 73, 77, 80],
    },
    { id: "c", ind: "Persentase pengaduan lingkungan yang diselesaikan", sat: "%", y: [75, 78, 81, 84, 87] },
  ];
  const pk = b.sheet(P);
  const rs = b.sheet(R);
  const yrs = [2025, 2026, 2027, 2028, 2029];
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      ...yrs.map((y): Col => ({
        key: `y${y}`,
        head: ["Target", String(y)],
        role: "target",
        year: y,
        fmt: DEC,
      })),
      { key: "ak", head: ["Kondisi Akhir Renstra"], role: "kondisi-akhir", fmt: DEC },
    ],
    headerRows: 2,
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        ...Object.fromEntries(yrs.map((y, j) => [`y${y}`, x.y[j]])),
        ak: x.y[4],
      },
    })),
  });
  letterhead(pk, ["PERJANJIAN KINERJA TAHUN 2025", "DINAS LINGKUNGAN HIDUP KOTA TANJUNG SERUNI"]);
  pk.lines([
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel, kami yang bertanda tangan di bawah ini:",
    "Nama: AGUS SALIM NASUTION, S.T., M.Si.   Jabatan: Kepala Dinas Lingkungan Hidup",
    "berjanji mewujudkan target kinerja tahunan sesuai lampiran perjanjian ini.",
  ]);
  pk.gap();
  const pt = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
      { key: "tg", head: ["Target"], role: "target", year: 2025, fmt: DEC },
      { key: "sat", head: ["Satuan"], role: "satuan" },
    ],
    headerRows: 1,
    rows: ind.map((x, i) => ({
      id: x.id,
      // planted: b takes the 2026 Renstra target
      cells: {
        no: i + 1,
        sas: i === 0 ? "Meningkatnya kualitas udara" : "Meningkatnya ketaatan pelaku usaha",
        ind: x.ind,
        tg: x.id === "b" ? x.y[1] : x.y[0],
        sat: x.sat,
      },
    })),
  });
  pk.gap();
  const progs = [
    ["p1", "Program Perencanaan Lingkungan Hidup", 612_450_000],
    ["p2", "Program Pengendalian Pencemaran dan/atau Kerusakan Lingkungan Hidup", 3_284_900_000],
    ["p3", "Program Pengelolaan Persampahan", 9_876_300_000],
    ["p4", "Program Penanganan Pengaduan Lingkungan Hidup", 487_250_000],
  ] as const;
  const at = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "pr", head: ["Program"], width: 30 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 40 },
      { key: "ket", head: ["Keterangan"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...progs.map(([id, pr, rp], i) => ({ id, cells: { no: i + 1, pr, rp, ket: "APBD" } })),
      // planted: typed Jumlah 14,620,900,000; the programs add up to 14,260,900,000
      {
        id: "j",
        bold: true,
        span: ["no", "pr"] as [string, string],
        cells: { no: "Jumlah", rp: 14_620_900_000 },
      },
    ],
  });
  pk.gap();
  signature(pk, 3, {
    tempat: "Tanjung Seruni, 6 Januari 2025",
    jabatan: ["Kepala Dinas Lingkungan Hidup"],
    nama: "AGUS SALIM NASUTION, S.T., M.Si.",
    nip: "19810415 200604 1 012",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("tg", "b") },
        { sheet: R, cell: rt.a("y2025", "b") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target for persetujuan lingkungan is 69, the Renstra 2026 target; 2025 is 65",
    truth: `'${R}'!${rt.a("y2025", "b")}`,
  });
  b.plant({
    at: { sheet: P, cell: at.a("rp", "j") },
    rules: ["sum-mismatch"],
    note: "Jumlah typed 14,620,900,000; the four programs add up to 14,260,900,000",
    truth: `SUM(${at.a("rp", "p1")}:${at.a("rp", "p4")})`,
  });
  for (const id of ["a", "c"])
    b.ok({
      sheet: P,
      cell: pt.a("tg", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${rt.a("y2025", id)}`,
    });
  for (const id of ["a", "c"])
    b.ok({
      sheet: R,
      cell: rt.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("y2029", id),
      trap: yrs.map((y) => rt.a(`y${y}`, id)).join("+"),
    });
  return b.finish();
}

/** Uji emisi per kecamatan and per triwulan, Lembah Arsari 2024. */
export function rekapUjiEmisi(): BookW {
  const b = new BookW(
    "rekap-uji-emisi-per-kecamatan-lembah-arsari-2024.xlsx",
    "Rekap uji emisi (kecamatan x triwulan)",
    "Kendaraan diuji per triwulan, (7) = (3)+(4)+(5)+(6), lulus / tidak lulus, (10) = (8)/(7) x 100, JUMLAH row with SUM",
  );
  const S = "Uji Emisi 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "DINAS LINGKUNGAN HIDUP KABUPATEN LEMBAH ARSARI",
    "Rekapitulasi Uji Emisi Kendaraan Bermotor per Kecamatan Tahun 2024",
  ]);
  const kec = [
    ["k1", "Sendawar Hulu", [212, 301, 344, 389], 1118],
    ["k2", "Long Arsari", [98, 141, 160, 172], 519],
    ["k3", "Muara Lempake", [305, 412, 455, 498], 1481],
    ["k4", "Tering Baru", [141, 187, 201, 226], 679],
    ["k5", "Damai Seberang", [224, 299, 315, 325], 1001],
  ] as const;
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "kec", head: ["Kecamatan"], num: "(2)", width: 20 },
    ...[1, 2, 3, 4].map((i): Col => ({
      key: `q${i}`,
      head: ["Kendaraan Diuji (unit)", `TW ${"I".repeat(i > 3 ? 1 : i)}${i === 4 ? "V" : ""}`],
      role: "realisasi",
      year: 2024,
      num: `(${i + 2})`,
      fmt: INT,
    })),
    {
      key: "tot",
      head: ["Jumlah Diuji"],
      role: "realisasi",
      year: 2024,
      num: "(7) = (3)+(4)+(5)+(6)",
      fmt: INT,
    },
    { key: "lulus", head: ["Hasil Uji", "Lulus"], num: "(8)", fmt: INT },
    { key: "gagal", head: ["Hasil Uji", "Tidak Lulus"], num: "(9) = (7)-(8)", fmt: INT },
    { key: "pct", head: ["% Lulus"], role: "capaian", num: "(10) = (8)/(7) x 100", fmt: DEC },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...kec.map(([id, nama, q, lulus], i) => ({
        id,
        cells: (c: { a: (k: string, id?: string) => string }) => ({
          no: i + 1,
          kec: nama,
          q1: q[0],
          q2: q[1],
          q3: q[2],
          q4: q[3],
          tot: fx(`SUM(${c.a("q1")}:${c.a("q4")})`),
          lulus,
          gagal: fx(`${c.a("tot")}-${c.a("lulus")}`),
          // planted: k2 typed 104.65 (over 100: more vehicles passing than tested)
          pct: id === "k2" ? 104.65 : fx(`ROUND(${c.a("lulus")}/${c.a("tot")}*100,2)`),
        }),
      })),
      {
        id: "j",
        bold: true,
        span: ["no", "kec"] as [string, string],
        cells: (c: { a: (k: string, id?: string) => string }) => ({
          no: "JUMLAH",
          ...Object.fromEntries(
            ["q1", "q2", "q3", "q4", "tot", "lulus", "gagal"].map((k) => [
              k,
              // planted: TW III total sums k1..k4 only
              fx(`SUM(${c.a(k, "k1")}:${c.a(k, k === "q3" ? "k4" : "k5")})`),
            ]),
          ),
          pct: fx(`ROUND(${c.a("lulus")}/${c.a("tot")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines(["Sumber: Bidang Pengendalian Pencemaran, data uji emisi keliling."]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("pct", "k2") },
    rules: ["percent-out-of-range", "capaian-mismatch", "hardcoded-value"],
    note: "% lulus of Long Arsari typed 104.65; 519 of 571 vehicles passed = 90.89",
    truth: `ROUND(${a("lulus", "k2")}/${a("tot", "k2")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("q3", "j") },
    rules: ["sum-mismatch"],
    note: "JUMLAH TW III is =SUM over four kecamatan (1,160); with Damai Seberang it is 1,475",
    truth: `SUM(${a("q3", "k1")}:${a("q3", "k5")})`,
  });
  b.ok({
    sheet: S,
    cell: a("pct", "j"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("lulus", "j")}/${a("tot", "j")}*100,2)`,
    trap: `ROUND((${["k1", "k2", "k3", "k4", "k5"].map((id) => a("lulus", id) + "/" + a("tot", id)).join("+")})/5*100,2)`,
  });
  for (const k of ["q1", "q4", "lulus"])
    b.ok({ sheet: S, cell: a(k, "j"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "k1")}:${a(k, "k5")})` });
  for (const id of ["k1", "k3", "k5"]) {
    b.ok({
      sheet: S,
      cell: a("tot", id),
      rules: ["sum-mismatch"],
      truth: ["q1", "q2", "q3", "q4"].map((k) => a(k, id)).join("+"),
    });
    b.ok({
      sheet: S,
      cell: a("pct", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("lulus", id)}/${a("tot", id)}*100,2)`,
    });
  }
  return b.finish();
}

/** Persetujuan lingkungan and pengaduan of Tanjung Seruni 2024, two tables side by side. */
export function rekapPersetujuanPengaduan(): BookW {
  const b = new BookW(
    "rekap-amdal-uklupl-pengaduan-tanjung-seruni-2024.xlsx",
    "Rekap persetujuan lingkungan + pengaduan (side by side)",
    "Left: documents per jenis (AMDAL, Adendum, UKL-UPL, SPPL) masuk / terbit / % with a typed Jumlah; right: pengaduan per media, diterima / selesai / % with formulas; one empty column between",
  );
  const S = "Rekap 2024";
  const s = b.sheet(S);
  s.lines(
    [
      "REKAPITULASI PERSETUJUAN LINGKUNGAN DAN PENGADUAN LINGKUNGAN HIDUP",
      "Dinas Lingkungan Hidup Kota Tanjung Seruni, Januari - Desember 2024",
    ],
    1,
    { bold: true },
  );
  s.gap();
  const top = s.r;
  const docs = [
    ["d1", "AMDAL", 7, 5],
    ["d2", "Adendum ANDAL dan RKL-RPL", 4, 3],
    ["d3", "UKL-UPL", 46, 39],
    ["d4", "SPPL", 212, 208],
  ] as const;
  const lt = s.table(
    {
      cols: [
        { key: "jenis", head: ["Jenis Dokumen"], width: 26 },
        { key: "masuk", head: ["Permohonan Masuk"], role: "realisasi", year: 2024, fmt: INT },
        { key: "terbit", head: ["Persetujuan Terbit"], role: "realisasi", year: 2024, fmt: INT },
        { key: "pct", head: ["% Terbit"], role: "capaian", fmt: DEC },
      ],
      headerRows: 1,
      rows: [
        ...docs.map(([id, jenis, m, tb]) => ({
          id,
          cells: { jenis, masuk: m, terbit: tb, pct: round((tb / m) * 100) },
        })),
        // planted: typed masuk total 296; 7+4+46+212 = 269
        {
          id: "j",
          bold: true,
          cells: { jenis: "Jumlah", masuk: 296, terbit: 255, pct: round((255 / 269) * 100) },
        },
      ],
    },
    1,
    top,
  );
  const media = [
    ["m1", "Aplikasi SP4N-LAPOR!", 64, 51],
    ["m2", "Datang langsung / surat", 23, 20],
    ["m3", "Call center dan WhatsApp", 41, 30],
  ] as const;
  const rt = s.table(
    {
      cols: [
        { key: "media", head: ["Media Pengaduan"], width: 26 },
        { key: "dit", head: ["Diterima"], role: "realisasi", year: 2024, fmt: INT },
        { key: "sel", head: ["Selesai"], role: "realisasi", year: 2024, fmt: INT },
        { key: "pct", head: ["% Selesai"], role: "capaian", fmt: DEC },
      ],
      headerRows: 1,
      rows: [
        ...media.map(([id, m, d, se]) => ({
          id,
          // planted: m3's % has a stale cached 82.93 (from an earlier 34 selesai)
          cells: (c: { a: (k: string, id?: string) => string }) => ({
            media: m,
            dit: d,
            sel: se,
            pct: fx(`ROUND(${c.a("sel")}/${c.a("dit")}*100,2)`, id === "m3" ? 82.93 : undefined),
          }),
        })),
        {
          id: "j",
          bold: true,
          cells: (c: { a: (k: string, id?: string) => string }) => ({
            media: "Jumlah",
            dit: fx(`SUM(${c.a("dit", "m1")}:${c.a("dit", "m3")})`),
            sel: fx(`SUM(${c.a("sel", "m1")}:${c.a("sel", "m3")})`),
            pct: fx(`ROUND(${c.a("sel")}/${c.a("dit")}*100,2)`),
          }),
        },
      ],
    },
    6,
    top,
  );
  s.gap();
  s.lines(["Catatan: SPPL diterbitkan melalui OSS-RBA; persetujuan AMDAL oleh Komisi Penilai Amdal Kota."]);
  const L = (k: string, id: string) => lt.a(k, id);
  const Rr = (k: string, id: string) => rt.a(k, id);
  b.plant({
    at: { sheet: S, cell: L("masuk", "j") },
    rules: ["sum-mismatch"],
    note: "Jumlah permohonan masuk typed 296; 7 + 4 + 46 + 212 = 269",
    truth: ["d1", "d2", "d3", "d4"].map((id) => L("masuk", id)).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: Rr("pct", "m3") },
    rules: ["capaian-mismatch"],
    note: "% selesai of call center shows a stale 82.93; 30/41 x 100 = 73.17",
    truth: `ROUND(${Rr("sel", "m3")}/${Rr("dit", "m3")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: L("terbit", "j"),
    rules: ["sum-mismatch"],
    truth: ["d1", "d2", "d3", "d4"].map((id) => L("terbit", id)).join("+"),
  });
  b.ok({
    sheet: S,
    cell: Rr("pct", "j"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${Rr("sel", "j")}/${Rr("dit", "j")}*100,2)`,
    trap: `ROUND((${Rr("pct", "m1")}+${Rr("pct", "m2")}+${Rr("sel", "m3")}/${Rr("dit", "m3")}*100)/3,2)`,
  });
  for (const id of ["d1", "d3", "d4"])
    b.ok({
      sheet: S,
      cell: L("pct", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${L("terbit", id)}/${L("masuk", id)}*100,2)`,
    });
  for (const k of ["dit", "sel"])
    b.ok({
      sheet: S,
      cell: Rr(k, "j"),
      rules: ["sum-mismatch"],
      truth: `SUM(${Rr(k, "m1")}:${Rr(k, "m3")})`,
    });
  return b.finish();
}
