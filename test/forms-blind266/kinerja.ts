// LKjIP, PK beside its Renstra, the quarterly recap of library visits and the recap of the pustaka
// keliling per kecamatan, for the Dinas Perpustakaan dan Kearsipan of Kabupaten Siantan Hulu
// (Kalimantan Barat) and Kota Rawa Sekar (Jawa Timur). All invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Col, type Row } from "../forms/kit";

const PCT = "0.00%";

/** LKjIP 2024 of the Dispusip Siantan Hulu: capaian as fractions shown in %, refleksi on the negatives. */
export function lkjipPustaka(): BookW {
  const b = new BookW(
    "lkjip-2024-capaian-dispusip-siantan-hulu.xlsx",
    "LKjIP pengukuran kinerja (Dispusip)",
    "LKjIP 2024 Tabel 3.2: No | Sasaran (merged) | Indikator | Satuan | Realisasi 2023 | Target 2024 | Realisasi 2024 | Capaian 2024 (fraction, 0.00% format) | Target Akhir Renstra 2026 | Predikat; refleksi (2T-R)/T on two negative indicators; Rata-rata row",
  );
  const S = "Tabel 3.2";
  const s = b.sheet(S);
  letterhead(s, ["DINAS PERPUSTAKAAN DAN KEARSIPAN KABUPATEN SIANTAN HULU"]);
  s.lines(["Tabel 3.2 Capaian Indikator Kinerja Sasaran Tahun 2024"]);
  s.gap();
  const SAS1 = "Meningkatnya budaya gemar membaca masyarakat";
  const SAS2 = "Meningkatnya kualitas layanan perpustakaan dan kearsipan";
  const I = [
    {
      id: "i1",
      sas: SAS1,
      ind: "Tingkat Gemar Membaca (TGM)",
      sat: "nilai",
      neg: false,
      r0: 61.2,
      t: 63.5,
      r: 64.05,
      ak: 68,
    },
    {
      id: "i2",
      sas: SAS1,
      ind: "Nilai Indeks Pembangunan Literasi Masyarakat (IPLM)",
      sat: "nilai",
      neg: false,
      r0: 58.9,
      t: 62,
      r: 60.15,
      ak: 70,
    },
    {
      id: "i3",
      sas: SAS2,
      ind: "Persentase perpustakaan desa terakreditasi",
      sat: "%",
      neg: false,
      r0: 22.5,
      t: 27.5,
      r: 28.75,
      ak: 40,
    },
    {
      id: "i4",
      sas: SAS2,
      ind: "Persentase koleksi rusak / tidak layak pinjam (*)",
      sat: "%",
      neg: true,
      r0: 9.8,
      t: 8,
      r: 6.9,
      ak: 5,
    },
    {
      id: "i5",
      sas: SAS2,
      ind: "Persentase arsip OPD yang belum tertata (*)",
      sat: "%",
      neg: true,
      r0: 36,
      t: 30,
      r: 33.6,
      ak: 20,
    },
  ];
  const cap = (neg: boolean, t: string, r: string) =>
    neg ? `ROUND((2*${t}-${r})/${t},4)` : `ROUND(${r}/${t},4)`;
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "r0", head: ["Realisasi 2023"], role: "realisasi", year: 2023, fmt: DEC },
      { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, fmt: DEC },
      { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024, fmt: DEC },
      { key: "c", head: ["Tahun 2024", "Capaian"], role: "capaian", year: 2024, fmt: PCT },
      { key: "ak", head: ["Target Akhir Renstra (2026)"], role: "target", fmt: DEC },
      { key: "p", head: ["Predikat"], role: "predikat", year: 2024 },
    ],
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...I.map((x, i): Row => ({
        id: x.id,
        cells: (c) => ({
          no: i + 1,
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          r0: x.r0,
          t: x.t,
          r: x.r,
          // planted: the IPLM capaian carries a stale cached 105.20% (the formula gives 97.02%)
          c: fx(cap(x.neg, c.a("t"), c.a("r")), x.id === "i2" ? 1.052 : undefined),
          ak: x.ak,
          // planted: i5 (88.00%) written "Sangat Baik"
          p: "Sangat Baik",
        }),
      })),
      {
        id: "avg",
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata Capaian",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i5")}),4)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "(*) indikator negatif: capaian = (2 x Target - Realisasi) / Target.",
    "Predikat: > 90% Sangat Baik; > 75% - 90% Baik; > 65% - 75% Cukup; > 50% - 65% Kurang; <= 50% Sangat Kurang.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  const tol = 0.00006;
  b.plant({
    at: { sheet: S, cell: a("c", "i2") },
    rules: ["capaian-mismatch"],
    note: "Capaian IPLM =ROUND(G/F,4) has a stale cached 105.20%; 60.15 / 62 gives 97.02%",
    truth: cap(false, a("t", "i2"), a("r", "i2")),
    tol,
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i5") },
    rules: ["predikat-mismatch"],
    note: "Arsip belum tertata (negative): refleksi (60 - 33.6) / 30 = 88.00%, predikat 'Sangat Baik'; the band > 75 - 90 is Baik",
    truth: `PREDIKAT_BAIK(${a("c", "i5")}*100)`,
  });
  for (const id of ["i4", "i5"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch", "inconsistent-formula"],
      truth: cap(true, a("t", id), a("r", id)),
      trap: `ROUND(${a("r", id)}/${a("t", id)},4)`,
      tol,
    });
  for (const id of ["i1", "i3"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: cap(false, a("t", id), a("r", id)),
      tol,
    });
  for (const id of ["i1", "i3", "i4"])
    b.ok({
      sheet: S,
      cell: a("p", id),
      rules: ["predikat-mismatch"],
      truth: `PREDIKAT_BAIK(${a("c", id)}*100)`,
    });
  return b.finish();
}

/** PK 2025 of the Kepala Dispusip Kota Rawa Sekar, with the Renstra targets (Tahun ke-1..5). */
export function pkPustaka(): BookW {
  const b = new BookW(
    "pk-2025-dan-renstra-dispusip-rawa-sekar.xlsx",
    "PK 2025 with Renstra (Dispusip)",
    "sheet 'Perjanjian Kinerja': statement, No | Sasaran | Indikator Kinerja | Satuan | Target; program table No | Kode | Program | Anggaran (Rp) | Ket. with a typed Jumlah; sheet 'IKU Renstra': Kondisi Awal | Tahun ke-1..ke-5 (title: 2025-2029) | Kondisi Akhir",
  );
  const P = "Perjanjian Kinerja";
  const R = "IKU Renstra";
  const ind = [
    {
      id: "a",
      ind: "Nilai Indeks Pembangunan Literasi Masyarakat (IPLM)",
      sat: "nilai",
      awal: 62.4,
      k: [65, 68.5, 72, 76, 80],
    },
    {
      id: "b",
      ind: "Tingkat Gemar Membaca (TGM)",
      sat: "nilai",
      awal: 62.9,
      k: [64.2, 66, 67.8, 69.5, 71.2],
    },
    {
      id: "c",
      ind: "Persentase kecamatan terlayani pustaka keliling",
      sat: "%",
      awal: 50,
      k: [57.14, 71.43, 85.71, 100, 100],
    },
    {
      id: "d",
      ind: "Persentase perpustakaan kelurahan terakreditasi",
      sat: "%",
      awal: 11.5,
      k: [15, 20, 25, 30, 35],
    },
  ];
  const pk = b.sheet(P);
  const rs = b.sheet(R);
  rs.lines([
    "Indikator Kinerja Utama dan Target Renstra Dinas Perpustakaan dan Kearsipan Kota Rawa Sekar Tahun 2025-2029",
  ]);
  rs.gap();
  const yk = [1, 2, 3, 4, 5];
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)" },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", num: "(2)", width: 42 },
      { key: "sat", head: ["Satuan"], role: "satuan", num: "(3)" },
      { key: "awal", head: ["Kondisi Awal"], role: "kondisi-awal", num: "(4)", fmt: DEC },
      ...yk.map((y): Col => ({
        key: `y${y}`,
        head: ["Target Tahun", `Tahun ke-${y}`],
        role: "target",
        year: 2024 + y,
        num: `(${4 + y})`,
        fmt: DEC,
      })),
      { key: "ak", head: ["Kondisi Akhir"], role: "kondisi-akhir", num: "(10)", fmt: DEC },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        y1: x.k[0],
        y2: x.k[1],
        y3: x.k[2],
        y4: x.k[3],
        y5: x.k[4],
        ak: x.k[4],
      },
    })),
  });
  letterhead(pk, [
    "PEMERINTAH KOTA RAWA SEKAR",
    "PERJANJIAN KINERJA TAHUN 2025",
    "DINAS PERPUSTAKAAN DAN KEARSIPAN",
  ]);
  pk.lines([
    "Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini,",
    "dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan.",
  ]);
  pk.gap();
  const pt = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "sas", head: ["Sasaran"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 42 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "tg", head: ["Target"], role: "target", year: 2025, fmt: DEC },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas:
          x.id === "a" || x.id === "b"
            ? "Meningkatnya literasi masyarakat"
            : "Meningkatnya jangkauan layanan perpustakaan",
        ind: x.ind,
        sat: x.sat,
        // planted: TGM target 67.80 is the Renstra Tahun ke-3 (2027) value; 2025 is 64.20
        tg: x.id === "b" ? 67.8 : x.k[0],
      },
    })),
  });
  pk.gap();
  const prog = [
    {
      id: "p1",
      kode: "2.23.01",
      nm: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
      rp: 4_125_600_000,
    },
    { id: "p2", kode: "2.23.02", nm: "Program Pembinaan Perpustakaan", rp: 3_287_450_000 },
    {
      id: "p3",
      kode: "2.23.03",
      nm: "Program Pelestarian Koleksi Nasional dan Naskah Kuno",
      rp: 412_800_000,
    },
    { id: "p4", kode: "2.24.02", nm: "Program Pengelolaan Arsip", rp: 1_036_200_000 },
  ];
  const at = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "kode", head: ["Kode"], role: "kode" },
      { key: "nm", head: ["Program"], width: 46 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Ket."], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...prog.map((x, i): Row => ({
        id: x.id,
        cells: { no: i + 1, kode: x.kode, nm: x.nm, rp: x.rp, ket: "APBD 2025" },
      })),
      // planted: Jumlah typed 8,826,050,000 (the four programs give 8,862,050,000)
      { id: "j", span: ["no", "nm"], bold: true, cells: { no: "JUMLAH", rp: 8_826_050_000 } },
    ],
  });
  pk.gap();
  signature(pk, 4, {
    tempat: "Rawa Sekar, 6 Januari 2025",
    jabatan: ["KEPALA DINAS PERPUSTAKAAN DAN KEARSIPAN"],
    nama: "Dra. SITI MUNAWAROH HANDAYANI, M.M.",
    nip: "19700418 199403 2 009",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("tg", "b") },
        { sheet: R, cell: rt.a("y1", "b") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the TGM is 67.80, the Renstra Tahun ke-3 (2027) target; Tahun ke-1 (2025) is 64.20",
    truth: `'${R}'!${rt.a("y1", "b")}`,
  });
  b.plant({
    at: { sheet: P, cell: at.a("rp", "j") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "JUMLAH is a typed 8,826,050,000; the four programs add up to 8,862,050,000",
    truth: `SUM(${at.a("rp", "p1")}:${at.a("rp", "p4")})`,
  });
  for (const id of ["a", "c", "d"])
    b.ok({
      sheet: P,
      cell: pt.a("tg", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${rt.a("y1", id)}`,
    });
  for (const id of ["a", "b", "d"])
    b.ok({
      sheet: R,
      cell: rt.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("y5", id),
      trap: yk.map((y) => rt.a(`y${y}`, id)).join("+"),
    });
  b.ok({ sheet: R, cell: rt.a("y5", "c"), rules: ["target-trend", "percent-out-of-range"], truth: "100" });
  return b.finish();
}

/** Rekap kunjungan perpustakaan per triwulan 2024, Dispusip Siantan Hulu, three services. */
export function rekapKunjungan(): BookW {
  const b = new BookW(
    "rekap-kunjungan-triwulan-2024-siantan-hulu.xlsx",
    "Rekap kunjungan perpustakaan (Dispusip)",
    "Rows are the quarters: Perpustakaan Daerah | Pustaka Keliling | Perpustakaan Desa under 'Kunjungan (orang)', '(5) = (2)+(3)+(4)', Target, '(7) = (5)/(6) x 100', Anggota aktif (a stock: the Jumlah row takes Triwulan IV), Eksemplar dipinjam; Jumlah row",
  );
  const S = "Kunjungan 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN SIANTAN HULU",
    "DINAS PERPUSTAKAAN DAN KEARSIPAN",
    "Bidang Layanan dan Otomasi Perpustakaan",
  ]);
  s.lines(["REKAPITULASI KUNJUNGAN DAN PEMINJAMAN PERPUSTAKAAN TAHUN 2024"]);
  s.gap();
  const Q = [
    { id: "q1", tw: "Triwulan I", pd: 8410, pk: 6230, ds: 5210, tg: 20000, ang: 3120, eks: 9850 },
    { id: "q2", tw: "Triwulan II", pd: 9120, pk: 7040, ds: 6250, tg: 22000, ang: 3385, eks: 11420 },
    { id: "q3", tw: "Triwulan III", pd: 9880, pk: 7620, ds: 6800, tg: 23000, ang: 3610, eks: 12075 },
    { id: "q4", tw: "Triwulan IV", pd: 10240, pk: 7950, ds: 6930, tg: 23000, ang: 3842, eks: 12960 },
  ];
  const K = "Kunjungan (orang)";
  const t = s.table({
    cols: [
      { key: "tw", head: ["Periode"], num: "(1)", width: 14 },
      { key: "pd", head: [K, "Perpustakaan Daerah"], role: "realisasi", year: 2024, num: "(2)", fmt: INT },
      { key: "pk", head: [K, "Pustaka Keliling"], role: "realisasi", year: 2024, num: "(3)", fmt: INT },
      { key: "ds", head: [K, "Perpustakaan Desa"], role: "realisasi", year: 2024, num: "(4)", fmt: INT },
      { key: "j", head: [K, "Jumlah"], role: "realisasi", year: 2024, num: "(5) = (2)+(3)+(4)", fmt: INT },
      { key: "tg", head: ["Target Kunjungan"], role: "target", year: 2024, num: "(6)", fmt: INT },
      { key: "c", head: ["Capaian (%)"], role: "capaian", year: 2024, num: "(7) = (5)/(6) x 100", fmt: DEC },
      { key: "ang", head: ["Anggota Aktif Akhir Periode"], num: "(8)", fmt: INT },
      { key: "eks", head: ["Eksemplar Dipinjam"], num: "(9)", fmt: INT },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...Q.map((q): Row => ({
        id: q.id,
        cells: (c) => ({
          tw: q.tw,
          pd: q.pd,
          pk: q.pk,
          ds: q.ds,
          // planted: Triwulan II's Jumlah typed 22,140 (9,120 + 7,040 + 6,250 = 22,410)
          j: q.id === "q2" ? 22140 : fx(`${c.a("pd")}+${c.a("pk")}+${c.a("ds")}`),
          tg: q.tg,
          c: fx(`ROUND(${c.a("j")}/${c.a("tg")}*100,2)`),
          ang: q.ang,
          eks: q.eks,
        }),
      })),
      {
        id: "tot",
        bold: true,
        cells: (c) => ({
          tw: "Jumlah",
          pd: fx(`SUM(${c.a("pd", "q1")}:${c.a("pd", "q4")})`),
          // planted: Pustaka Keliling total one row short
          pk: fx(`SUM(${c.a("pk", "q1")}:${c.a("pk", "q3")})`),
          ds: fx(`SUM(${c.a("ds", "q1")}:${c.a("ds", "q4")})`),
          j: fx(`SUM(${c.a("j", "q1")}:${c.a("j", "q4")})`),
          tg: fx(`SUM(${c.a("tg", "q1")}:${c.a("tg", "q4")})`),
          c: fx(`ROUND(${c.a("j")}/${c.a("tg")}*100,2)`),
          ang: fx(c.a("ang", "q4")),
          eks: fx(`SUM(${c.a("eks", "q1")}:${c.a("eks", "q4")})`),
        }),
      },
    ],
  });
  s.gap();
  s.lines(["Catatan: anggota aktif adalah posisi akhir triwulan; baris Jumlah memakai posisi Triwulan IV."]);
  s.gap();
  signature(s, 6, {
    tempat: "Nanga Siantan, 8 Januari 2025",
    jabatan: ["KEPALA BIDANG LAYANAN DAN OTOMASI PERPUSTAKAAN"],
    nama: "YULIANA DAYANG SEPANG, S.IPI.",
    nip: "19850312 201001 2 014",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("j", "q2") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah kunjungan of Triwulan II is a typed 22,140 among formulas; 9,120 + 7,040 + 6,250 = 22,410",
    truth: `${a("pd", "q2")}+${a("pk", "q2")}+${a("ds", "q2")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("pk", "tot") },
    rules: ["sum-mismatch"],
    note: "Jumlah Pustaka Keliling is =SUM over Triwulan I-III (20,890); with Triwulan IV's 7,950 it is 28,840",
    truth: `SUM(${a("pk", "q1")}:${a("pk", "q4")})`,
  });
  for (const id of ["q1", "q3", "q4"]) {
    b.ok({
      sheet: S,
      cell: a("j", id),
      rules: ["sum-mismatch"],
      truth: `${a("pd", id)}+${a("pk", id)}+${a("ds", id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("j", id)}/${a("tg", id)}*100,2)`,
    });
  }
  b.ok({
    sheet: S,
    cell: a("ang", "tot"),
    rules: ["sum-mismatch"],
    truth: a("ang", "q4"),
    trap: `SUM(${a("ang", "q1")}:${a("ang", "q4")})`,
  });
  for (const k of ["pd", "ds", "tg", "eks"])
    b.ok({
      sheet: S,
      cell: a(k, "tot"),
      rules: ["sum-mismatch"],
      truth: `${a(k, "q1")}+${a(k, "q2")}+${a(k, "q3")}+${a(k, "q4")}`,
    });
  return b.finish();
}

/** Layanan pustaka keliling per kecamatan 2024, Dispusip Kota Rawa Sekar, beside the fleet table. */
export function puslingKecamatan(): BookW {
  const b = new BookW(
    "pustaka-keliling-per-kecamatan-rawa-sekar.xlsx",
    "Rekap pustaka keliling per kecamatan (Dispusip)",
    "Per kecamatan: Jumlah Kelurahan | Kelurahan Disinggahi | % Terlayani | Frekuensi | Peminjam | Eksemplar | Rata-rata eksemplar per peminjam; TOTAL row with ratios of totals; a fleet table (armada, km, BBM) to the right after one empty column",
  );
  const S = "Pusling 2024";
  const s = b.sheet(S);
  s.lines(["DATA LAYANAN PERPUSTAKAAN KELILING PER KECAMATAN KOTA RAWA SEKAR TAHUN 2024"], 1, { bold: true });
  s.gap();
  const K = [
    { id: "k1", nm: "Rawa Sekar Utara", kel: 9, dis: 7, fr: 24, pm: 1860, eks: 4650 },
    { id: "k2", nm: "Rawa Sekar Selatan", kel: 8, dis: 8, fr: 24, pm: 2140, eks: 5564 },
    { id: "k3", nm: "Kedung Anyar", kel: 6, dis: 4, fr: 18, pm: 980, eks: 2156 },
    { id: "k4", nm: "Sumberpinang", kel: 10, dis: 6, fr: 20, pm: 1320, eks: 3432 },
    { id: "k5", nm: "Pelabuhan Lama", kel: 5, dis: 5, fr: 22, pm: 1510, eks: 3473 },
    { id: "k6", nm: "Gading Rejo", kel: 7, dis: 3, fr: 12, pm: 640, eks: 1088 },
  ];
  const top = s.r;
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "nm", head: ["Kecamatan"], role: "lokasi", width: 20 },
      { key: "kel", head: ["Kelurahan", "Jumlah"], fmt: INT },
      { key: "dis", head: ["Kelurahan", "Disinggahi Pusling"], role: "realisasi", year: 2024, fmt: INT },
      { key: "p", head: ["Kelurahan", "% Terlayani"], role: "capaian", year: 2024, fmt: DEC },
      { key: "fr", head: ["Frekuensi Kunjungan (kali)"], role: "realisasi", year: 2024, fmt: INT },
      { key: "pm", head: ["Peminjam (orang)"], role: "realisasi", year: 2024, fmt: INT },
      { key: "eks", head: ["Eksemplar Dipinjam"], role: "realisasi", year: 2024, fmt: INT },
      { key: "rr", head: ["Rata-rata Eksemplar per Peminjam"], role: "lainnya", fmt: DEC },
    ],
    headerRows: 2,
    rows: [
      ...K.map((k, i): Row => ({
        id: k.id,
        cells: (c) => ({
          no: i + 1,
          nm: k.nm,
          kel: k.kel,
          dis: k.dis,
          // planted: Kedung Anyar typed 75.00 (4 / 6 = 66.67)
          p: k.id === "k3" ? 75 : fx(`ROUND(${c.a("dis")}/${c.a("kel")}*100,2)`),
          fr: k.fr,
          pm: k.pm,
          eks: k.eks,
          rr: fx(`ROUND(${c.a("eks")}/${c.a("pm")},2)`),
        }),
      })),
      {
        id: "tot",
        span: ["no", "nm"],
        bold: true,
        cells: (c) => {
          const out: Record<string, string | ReturnType<typeof fx>> = { no: "TOTAL" };
          for (const k of ["kel", "dis", "pm", "eks"]) out[k] = fx(`SUM(${c.a(k, "k1")}:${c.a(k, "k6")})`);
          // planted: frekuensi total stops at Pelabuhan Lama
          out.fr = fx(`SUM(${c.a("fr", "k1")}:${c.a("fr", "k5")})`);
          out.p = fx(`ROUND(${c.a("dis")}/${c.a("kel")}*100,2)`);
          out.rr = fx(`ROUND(${c.a("eks")}/${c.a("pm")},2)`);
          return out;
        },
      },
    ],
  });
  const ft = s.table(
    {
      cols: [
        { key: "ar", head: ["Armada Pusling"], width: 18 },
        { key: "th", head: ["Tahun Pengadaan"] },
        { key: "km", head: ["Jarak Tempuh 2024 (km)"], role: "realisasi", year: 2024, fmt: INT },
        {
          key: "bbm",
          head: ["Biaya BBM 2024 (Rp)"],
          role: "realisasi-anggaran",
          year: 2024,
          fmt: RP,
          width: 16,
        },
      ],
      headerRows: 2,
      rows: [
        { id: "m1", cells: { ar: "Pusling Roda 4 (L 1473 RS)", th: "2016", km: 9120, bbm: 21_340_000 } },
        { id: "m2", cells: { ar: "Pusling Roda 4 (L 1820 RS)", th: "2021", km: 11480, bbm: 25_870_000 } },
        { id: "m3", cells: { ar: "Motor Baca (3 unit)", th: "2023", km: 6350, bbm: 7_620_000 } },
        {
          id: "j",
          cells: (c) => ({
            ar: "Jumlah",
            km: fx(`SUM(${c.a("km", "m1")}:${c.a("km", "m3")})`),
            bbm: fx(`SUM(${c.a("bbm", "m1")}:${c.a("bbm", "m3")})`),
          }),
        },
      ],
    },
    11,
    top,
  );
  s.gap();
  signature(s, 6, {
    tempat: "Rawa Sekar, 10 Januari 2025",
    jabatan: ["KEPALA SEKSI LAYANAN PERPUSTAKAAN KELILING"],
    nama: "BAYU ADI PRASETYO, A.Md.",
    nip: "19880704 201101 1 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("p", "k3") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "% kelurahan terlayani of Kedung Anyar is a typed 75.00 among formulas; 4 / 6 x 100 = 66.67",
    truth: `ROUND(${a("dis", "k3")}/${a("kel", "k3")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("fr", "tot") },
    rules: ["sum-mismatch"],
    note: "TOTAL frekuensi is =SUM over five kecamatan (108); with Gading Rejo's 12 it is 120",
    truth: `SUM(${a("fr", "k1")}:${a("fr", "k6")})`,
  });
  b.ok({
    sheet: S,
    cell: a("p", "tot"),
    rules: ["capaian-mismatch", "sum-mismatch"],
    truth: `ROUND(SUM(${a("dis", "k1")}:${a("dis", "k6")})/SUM(${a("kel", "k1")}:${a("kel", "k6")})*100,2)`,
    trap: `ROUND(AVERAGE(${a("p", "k1")}:${a("p", "k6")}),2)`,
  });
  b.ok({
    sheet: S,
    cell: a("rr", "tot"),
    rules: ["capaian-mismatch", "sum-mismatch"],
    truth: `ROUND(SUM(${a("eks", "k1")}:${a("eks", "k6")})/SUM(${a("pm", "k1")}:${a("pm", "k6")}),2)`,
    trap: `ROUND(AVERAGE(${a("rr", "k1")}:${a("rr", "k6")}),2)`,
  });
  for (const id of ["k1", "k2", "k4", "k5", "k6"])
    b.ok({
      sheet: S,
      cell: a("p", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("dis", id)}/${a("kel", id)}*100,2)`,
    });
  for (const k of ["kel", "dis", "pm", "eks"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "k1")}:${a(k, "k6")})` });
  b.ok({
    sheet: S,
    cell: ft.a("bbm", "j"),
    rules: ["sum-mismatch"],
    truth: `${ft.a("bbm", "m1")}+${ft.a("bbm", "m2")}+${ft.a("bbm", "m3")}`,
  });
  return b.finish();
}
