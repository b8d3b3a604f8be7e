// Revenue and service tables: the pendapatan BLUD 2024 of the NTB RSUD with cumulative "s.d."
// quarters (dalam ribuan rupiah) and the SPM rumah sakit recap 2024 of the Sulawesi Tengah RSUD
// (numerator / denominator). Every number is invented.
import { BookW, DEC, RP, fx, letterhead, round, signature, type Row } from "../forms/kit";

export function pendapatanBlud(): BookW {
  const b = new BookW(
    "pendapatan-blud-rsud-manambai-sumbawa-timur-2024.xlsx",
    "rekap realisasi pendapatan BLUD 2024",
    "No | Jenis Pendapatan BLUD | Target 2024 | 'Realisasi Kumulatif' > s.d. TW I .. s.d. TW IV | % Realisasi | Lebih / (Kurang); (dalam ribuan rupiah); JUMLAH row",
  );
  const S = "Pendapatan BLUD";
  const s = b.sheet(S);
  letterhead(s, [
    "RSUD H. L. MANAMBAI ABDULKADIR",
    "KABUPATEN SUMBAWA TIMUR RAYA - PROVINSI NUSA TENGGARA BARAT",
  ]);
  s.lines(["REKAPITULASI TARGET DAN REALISASI PENDAPATAN BLUD TAHUN ANGGARAN 2024", "(dalam ribuan rupiah)"]);
  s.gap();
  const lines: Array<[string, string, number, number[]]> = [
    [
      "j1",
      "Jasa layanan pasien JKN (BPJS Kesehatan)",
      48_500_000,
      [10_842_300, 22_915_700, 35_604_200, 47_126_850],
    ],
    ["j2", "Jasa layanan pasien umum", 6_200_000, [1_712_400, 3_348_900, 5_096_300, 6_987_450]],
    [
      "j3",
      "Jasa layanan pasien Jasa Raharja dan asuransi lain",
      1_350_000,
      [262_100, 571_800, 843_900, 1_108_250],
    ],
    ["j4", "Hasil kerja sama dengan pihak lain", 420_000, [105_000, 210_000, 315_000, 418_600]],
    ["j5", "Lain-lain pendapatan BLUD yang sah (jasa giro)", 180_000, [38_250, 81_400, 129_700, 176_320]],
  ];
  const Q = ["s.d. TW I", "s.d. TW II", "s.d. TW III", "s.d. TW IV"];
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "u", head: ["Jenis Pendapatan BLUD"], role: "indikator", width: 42 },
      { key: "tg", head: ["Target 2024"], role: "anggaran", year: 2024, fmt: RP, width: 14 },
      ...Q.map((q, i) => ({
        key: `q${i + 1}`,
        head: ["Realisasi Kumulatif", q],
        role: "realisasi-anggaran" as const,
        year: 2024,
        fmt: RP,
        width: 13,
      })),
      { key: "p", head: ["% Realisasi"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
      { key: "lk", head: ["Lebih / (Kurang)"], role: "lainnya", fmt: RP, width: 13 },
    ],
    headerRows: 2,
    rows: [
      ...lines.map(([id, u, tg, q], i): Row => ({
        id,
        cells: (c) => ({
          no: i + 1,
          u,
          tg,
          q1: q[0],
          q2: q[1],
          q3: q[2],
          q4: q[3],
          // planted: the JKN % is typed 79.17 among ROUND formulas
          p: id === "j1" ? 79.17 : fx(`ROUND(${c.a("q4")}/${c.a("tg")}*100,2)`),
          lk: fx(`${c.a("q4")}-${c.a("tg")}`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "u"],
        cells: (c) => ({
          no: "JUMLAH",
          // planted: the Target range stops at j4
          tg: fx(`SUM(${c.a("tg", "j1")}:${c.a("tg", "j4")})`),
          ...Object.fromEntries(
            ["q1", "q2", "q3", "q4"].map((k) => [k, fx(`SUM(${c.a(k, "j1")}:${c.a(k, "j5")})`)]),
          ),
          p: fx(`ROUND(${c.a("q4")}/${c.a("tg")}*100,2)`),
          lk: fx(`${c.a("q4")}-${c.a("tg")}`),
        }),
      },
    ],
  });
  s.gap();
  s.lines(["*) realisasi kumulatif: kolom s.d. TW IV adalah realisasi setahun."]);
  s.gap();
  signature(s, 6, {
    tempat: "Taliwang Timur, 10 Januari 2025",
    jabatan: ["Kepala Bagian Keuangan,"],
    nama: "BAIQ NURUL HIDAYATI, S.E., M.Ak.",
    nip: "19850521 201001 2 015",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("p", "j1") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "% Realisasi of the JKN is a typed 79.17 among ROUND formulas; 47,126,850 / 48,500,000 gives 97.17",
    truth: `ROUND(${a("q4", "j1")}/${a("tg", "j1")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("tg", "tot") },
    rules: ["sum-mismatch"],
    note: "JUMLAH Target is SUM over the first four lines = 56,470,000, the jasa giro's 180,000 left out; the five lines give 56,650,000",
    truth: lines.map(([id]) => a("tg", id)).join("+"),
  });
  for (const [id] of lines.slice(1))
    b.ok({
      sheet: S,
      cell: a("p", id),
      rules:
        id === "j2" ? ["capaian-mismatch", "serapan-over-100", "percent-out-of-range"] : ["capaian-mismatch"],
      truth: `ROUND(${a("q4", id)}/${a("tg", id)}*100,2)`,
      // cumulative columns: the year is s.d. TW IV, not the four columns added
      trap: `ROUND((${a("q1", id)}+${a("q2", id)}+${a("q3", id)}+${a("q4", id)})/${a("tg", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("q4", "tot"),
    rules: ["sum-mismatch"],
    truth: lines.map(([id]) => a("q4", id)).join("+"),
  });
  return b.finish();
}

export function spmRsud(): BookW {
  const b = new BookW(
    "rekap-spm-rumah-sakit-toili-raya-2024.xlsx",
    "rekap capaian SPM rumah sakit 2024",
    "No | Jenis Pelayanan | Indikator SPM | Standar (%) | Numerator | Denominator | Capaian (%) '(7) = (5) / (6) x 100' | Keterangan (Tercapai / Belum); Rata-rata capaian footer",
  );
  const S = "SPM RS 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN BANGGAI PESISIR", "RSUD TOILI RAYA - KOMITE MUTU"]);
  s.lines([
    "Rekapitulasi Capaian Indikator Standar Pelayanan Minimal Rumah Sakit",
    "Januari s.d. Desember 2024",
  ]);
  s.gap();
  const rows: Array<[string, string, string, number, number, number]> = [
    [
      "a1",
      "Gawat Darurat",
      "Pelayanan gawat darurat oleh tenaga bersertifikat BLS/PPGD/GELS/ALS",
      100,
      46,
      48,
    ],
    ["a2", "Rawat Inap", "Kepatuhan identifikasi pasien rawat inap", 100, 4_812, 4_850],
    ["a3", "Rawat Inap", "Visite dokter spesialis pukul 08.00 - 14.00", 80, 6_318, 6_138],
    ["a4", "Rawat Inap", "Kepuasan pasien rawat inap", 90, 1_126, 1_204],
    [
      "a5",
      "Rekam Medis",
      "Kelengkapan pengisian rekam medis 24 jam setelah selesai pelayanan",
      100,
      3_495,
      4_850,
    ],
    ["a6", "Farmasi", "Penulisan resep sesuai formularium", 100, 18_904, 19_377],
  ];
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
      { key: "jp", head: ["Jenis Pelayanan"], role: "sasaran", num: "(2)", width: 16 },
      { key: "ind", head: ["Indikator SPM"], role: "indikator", num: "(3)", width: 44 },
      { key: "st", head: ["Standar (%)"], role: "target", year: 2024, num: "(4)", width: 10 },
      { key: "n", head: ["Pencapaian 2024", "Numerator"], role: "lainnya", num: "(5)", width: 11 },
      { key: "d", head: ["Pencapaian 2024", "Denominator"], role: "lainnya", num: "(6)", width: 11 },
      {
        key: "c",
        head: ["Pencapaian 2024", "Capaian (%)"],
        role: "realisasi",
        year: 2024,
        num: "(7) = (5) / (6) x 100",
        fmt: DEC,
        width: 12,
      },
      { key: "k", head: ["Keterangan"], role: "keterangan", num: "(8)", width: 12 },
    ],
    headerRows: 2,
    numberRow: "plain",
    vmerge: ["jp"],
    rows: [
      ...rows.map(([id, jp, ind, st, n, d], i): Row => ({
        id,
        cells: (c) => ({
          no: i + 1,
          jp,
          ind,
          st,
          n,
          d,
          // planted: the identifikasi pasien is a typed 98.12 (4,812 / 4,850 = 99.22)
          c: id === "a2" ? 98.12 : fx(`ROUND(${c.a("n")}/${c.a("d")}*100,2)`),
          k: (id === "a2" ? 98.12 : round((n / d) * 100)) >= st ? "Tercapai" : "Belum tercapai",
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "st"],
        cells: (c) => ({
          no: "Rata-rata capaian SPM",
          c: fx(`ROUND(AVERAGE(${c.a("c", "a1")}:${c.a("c", "a6")}),2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines(["Sumber: laporan indikator mutu bulanan Komite Mutu RSUD Toili Raya."]);
  s.gap();
  signature(s, 6, {
    tempat: "Luwuk Selatan, 8 Januari 2025",
    jabatan: ["Ketua Komite Mutu,"],
    nama: "dr. FITRIANI LAMADJIDO, M.K.M.",
    nip: "19880917 201403 2 002",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "a2") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "Capaian of the identifikasi pasien is a typed 98.12 among ROUND formulas; 4,812 / 4,850 gives 99.22",
    truth: `ROUND(${a("n", "a2")}/${a("d", "a2")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("c", "a3") },
    rules: ["percent-out-of-range"],
    note: "Capaian of the visite dokter spesialis is 102.93 % (numerator 6,318 above the denominator 6,138, digits swapped); a share of visits is at most 100",
    truth: "100",
  });
  for (const id of ["a1", "a4", "a5", "a6"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("n", id)}/${a("d", id)}*100,2)`,
    });
  return b.finish();
}
