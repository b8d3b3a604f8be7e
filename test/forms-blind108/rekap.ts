// Recaps an Inspektorat Daerah really keeps: the status of the tindak lanjut of BPK recommendations
// per perangkat daerah of the Provinsi Sulawesi Utara (count and rupiah per status, % penyelesaian),
// and the monthly handling of pengaduan masyarakat of a kabupaten in Jambi (stock carried from month
// to month, with a recap by jenis under it). Every name and number is invented.
import {
  BookW,
  DEC,
  INT,
  RP,
  fx,
  letterhead,
  round,
  signature,
  type Cell,
  type Col,
  type Row,
} from "../forms/kit";

// =========================== Inspektorat Daerah Provinsi Sulawesi Utara, tindak lanjut temuan BPK

type Opd = { id: string; nm: string; tem: number; j: [number, number, number]; n: [number, number, number] };

export function rekapTlBpkSulut(): BookW {
  const b = new BookW(
    "rekap-status-tl-rekomendasi-bpk-inspektorat-sulut-smt2-2024.xlsx",
    "rekap status tindak lanjut rekomendasi BPK per perangkat daerah",
    "posisi s.d. Semester II 2024: No | Perangkat Daerah | Jumlah Temuan | 'Rekomendasi' > Jml | Nilai (Rp) | 'Sesuai Rekomendasi' > Jml | Nilai | 'Belum Sesuai / Dalam Proses' > Jml | Nilai | 'Belum Ditindaklanjuti' > Jml | Nilai | % Penyelesaian | Keterangan; number row (1) .. '(12)=(6)/(4)x100'; typed counts and rupiah, ROUND formulas for the %, JUMLAH row of SUM with the % as the ratio of the totals",
  );
  const S = "Status TL BPK";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH PROVINSI SULAWESI UTARA",
    "INSPEKTORAT DAERAH",
    "Jl. Bethesda Raya No. 17, Manado 95115",
  ]);
  s.lines([
    "REKAPITULASI STATUS TINDAK LANJUT REKOMENDASI HASIL PEMERIKSAAN BPK RI",
    "ATAS LAPORAN KEUANGAN PEMERINTAH PROVINSI SULAWESI UTARA",
    "Posisi s.d. Semester II Tahun 2024",
  ]);
  s.gap();
  const opd: Opd[] = [
    {
      id: "o1",
      nm: "Dinas Pendidikan Daerah",
      tem: 9,
      j: [14, 5, 2],
      n: [1_842_350_000, 612_400_000, 95_000_000],
    },
    {
      id: "o2",
      nm: "Dinas Kesehatan Daerah",
      tem: 6,
      j: [10, 3, 1],
      n: [734_880_500, 288_150_000, 41_600_000],
    },
    {
      id: "o3",
      nm: "Dinas Pekerjaan Umum dan Penataan Ruang",
      tem: 11,
      j: [12, 8, 4],
      n: [3_126_700_000, 2_450_380_000, 684_250_000],
    },
    {
      id: "o4",
      nm: "Badan Pengelolaan Keuangan dan Aset Daerah",
      tem: 5,
      j: [9, 2, 0],
      n: [126_500_000, 48_900_000, 0],
    },
    {
      id: "o5",
      nm: "Badan Pendapatan Daerah",
      tem: 4,
      j: [6, 2, 1],
      n: [312_040_000, 150_000_000, 22_750_000],
    },
    { id: "o6", nm: "Dinas Perhubungan", tem: 3, j: [5, 0, 0], n: [87_300_000, 0, 0] },
    { id: "o7", nm: "Sekretariat DPRD", tem: 7, j: [8, 4, 3], n: [905_125_000, 410_600_000, 388_400_000] },
    {
      id: "o8",
      nm: "RSUD Provinsi Bunaken Raya",
      tem: 4,
      j: [4, 3, 1],
      n: [254_600_000, 199_750_000, 63_800_000],
    },
  ];
  const pctOf = (x: Opd) => round((x.j[0] / sum3(x.j)) * 100);
  const SR = "Rekomendasi";
  const G1 = "Sesuai Rekomendasi";
  const G2 = "Belum Sesuai / Dalam Proses";
  const G3 = "Belum Ditindaklanjuti";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "pd", head: ["Perangkat Daerah"], num: "(2)", width: 36 },
    { key: "tem", head: ["Jumlah Temuan"], num: "(3)", fmt: INT, width: 9 },
    { key: "rj", head: [SR, "Jml"], num: "(4)", fmt: INT, width: 8 },
    { key: "rn", head: [SR, "Nilai (Rp)"], num: "(5)", fmt: RP, width: 17 },
    { key: "sj", head: [G1, "Jml"], num: "(6)", fmt: INT, width: 8 },
    { key: "sn", head: [G1, "Nilai (Rp)"], num: "(7)", fmt: RP, width: 17 },
    { key: "bj", head: [G2, "Jml"], num: "(8)", fmt: INT, width: 8 },
    { key: "bn", head: [G2, "Nilai (Rp)"], num: "(9)", fmt: RP, width: 17 },
    { key: "tj", head: [G3, "Jml"], num: "(10)", fmt: INT, width: 8 },
    { key: "tn", head: [G3, "Nilai (Rp)"], num: "(11)", fmt: RP, width: 17 },
    { key: "pct", head: ["% Penyelesaian"], role: "capaian", num: "(12)=(6)/(4)x100", fmt: DEC, width: 12 },
    { key: "ket", head: ["Keterangan"], role: "keterangan", num: "(13)", width: 20 },
  ];
  const NUM = ["tem", "rj", "rn", "sj", "sn", "bj", "bn", "tj", "tn"];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...opd.map((x, i): Row => ({
        id: x.id,
        cells: (c) => ({
          no: i + 1,
          pd: x.nm,
          tem: x.tem,
          rj: sum3(x.j),
          rn: sum3(x.n),
          sj: x.j[0],
          sn: x.n[0],
          bj: x.j[1],
          bn: x.n[1],
          tj: x.j[2],
          tn: x.n[2],
          // planted: Bapenda's % is a typed 76.67 (6 / 9 gives 66.67)
          pct: x.id === "o5" ? 76.67 : fx(`ROUND(${c.a("sj")}/${c.a("rj")}*100,2)`),
          ket: x.j[2] > 2 ? "Dipantau TPKD" : x.id === "o6" ? "Tuntas" : undefined,
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "pd"],
        cells: (c) => {
          const out: Record<string, Cell> = { no: "JUMLAH" };
          for (const k of NUM)
            // planted: the Nilai rekomendasi stops one row short (RSUD left out)
            out[k] = fx(`SUM(${c.a(k, "o1")}:${c.a(k, k === "rn" ? "o7" : "o8")})`);
          out.pct = fx(`ROUND(${c.a("sj")}/${c.a("rj")}*100,2)`);
          return out;
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan: status sesuai hasil pemutakhiran data tindak lanjut bersama BPK Perwakilan Provinsi Sulawesi Utara.",
    "% Penyelesaian = rekomendasi sesuai / jumlah rekomendasi x 100.",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Manado, 20 Januari 2025",
    jabatan: ["Inspektur Daerah Provinsi Sulawesi Utara,"],
    nama: "Dr. JOUDY R. LUMENTA, S.E., M.Si., Ak.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19720514 199803 1 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const o5 = opd[4];
  b.plant({
    at: { sheet: S, cell: a("pct", "o5") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: `% Penyelesaian of the Badan Pendapatan Daerah is a typed 76.67 among ROUND formulas; 6 / 9 x 100 gives ${pctOf(o5).toFixed(2)}`,
    truth: `ROUND(${a("sj", "o5")}/${a("rj", "o5")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("rn", "tot") },
    rules: ["sum-mismatch"],
    note: "JUMLAH of the Nilai rekomendasi (5) is SUM over the first seven perangkat daerah; the RSUD's 518,150,000 is left out",
    truth: `SUM(${a("rn", "o1")}:${a("rn", "o8")})`,
  });
  for (const x of opd) {
    b.ok({
      sheet: S,
      cell: a("rj", x.id),
      rules: ["sum-mismatch"],
      truth: `${a("sj", x.id)}+${a("bj", x.id)}+${a("tj", x.id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("rn", x.id),
      rules: ["sum-mismatch"],
      truth: `${a("sn", x.id)}+${a("bn", x.id)}+${a("tn", x.id)}`,
    });
    if (x.id !== "o5")
      b.ok({
        sheet: S,
        cell: a("pct", x.id),
        rules: ["capaian-mismatch", "percent-out-of-range"],
        truth: `ROUND(${a("sj", x.id)}/${a("rj", x.id)}*100,2)`,
      });
  }
  for (const k of NUM.filter((k) => k !== "rn"))
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "o1")}:${a(k, "o8")})` });
  // the total % is the ratio of the totals, not the average of the eight percentages
  b.ok({
    sheet: S,
    cell: a("pct", "tot"),
    rules: ["capaian-mismatch", "sum-mismatch"],
    truth: `ROUND(${a("sj", "tot")}/${a("rj", "tot")}*100,2)`,
    trap: `AVERAGE(${a("pct", "o1")}:${a("pct", "o8")})`,
  });
  return b.finish();
}

const sum3 = (x: [number, number, number]) => x[0] + x[1] + x[2];

// =============================== Inspektorat Daerah Kabupaten Tanjung Tembesi (Jambi), pengaduan

const BULAN = [
  "Januari",
  "Februari",
  "Maret",
  "April",
  "Mei",
  "Juni",
  "Juli",
  "Agustus",
  "September",
  "Oktober",
  "November",
  "Desember",
];

export function pengaduanTembesi(): BookW {
  const b = new BookW(
    "rekap-penanganan-pengaduan-bulanan-inspektorat-tanjung-tembesi-2024.xlsx",
    "rekap bulanan penanganan pengaduan masyarakat (Inspektorat)",
    "Tabel 1 per bulan 2024: No | Bulan | Sisa Bulan Lalu | Pengaduan Masuk | Jumlah Ditangani | 'Penyelesaian' > Selesai Diperiksa | Dilimpahkan (APH / instansi lain) | Jumlah | Sisa Akhir Bulan | % Penyelesaian; number row 1 .. '5=3+4', '8=6+7', '9=5-8', '10=8/5x100'; stock carried by formulas month to month; JUMLAH with the January opening and the December closing stock, not sums; Tabel 2 under it by jenis pengaduan with share (%)",
  );
  const S = "Pengaduan 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN TANJUNG TEMBESI",
    "INSPEKTORAT DAERAH",
    "Jl. Lintas Sumatera Km. 4, Muara Tembesi Ilir",
  ]);
  s.lines(["REKAPITULASI PENANGANAN PENGADUAN MASYARAKAT", "TAHUN 2024"]);
  s.gap();
  s.lines(["Tabel 1. Penanganan Pengaduan per Bulan"]);
  const masuk = [7, 5, 9, 6, 8, 11, 6, 7, 10, 8, 9, 5];
  const selesai = [6, 5, 7, 6, 7, 8, 7, 6, 8, 9, 8, 7];
  const limpah = [1, 0, 1, 1, 0, 1, 1, 0, 1, 1, 1, 0];
  const G = "Penyelesaian";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "bln", head: ["Bulan"], num: "2", width: 12 },
    { key: "sa", head: ["Sisa Bulan Lalu"], num: "3", fmt: INT, width: 10 },
    { key: "m", head: ["Pengaduan Masuk"], role: "realisasi", year: 2024, num: "4", fmt: INT, width: 10 },
    { key: "d", head: ["Jumlah Ditangani"], num: "5=3+4", fmt: INT, width: 10 },
    { key: "se", head: [G, "Selesai Diperiksa"], num: "6", fmt: INT, width: 10 },
    { key: "li", head: [G, "Dilimpahkan (APH / Instansi Lain)"], num: "7", fmt: INT, width: 12 },
    { key: "j", head: [G, "Jumlah"], num: "8=6+7", fmt: INT, width: 9 },
    { key: "sk", head: ["Sisa Akhir Bulan"], num: "9=5-8", fmt: INT, width: 10 },
    { key: "p", head: ["% Penyelesaian"], role: "capaian", num: "10=8/5x100", fmt: DEC, width: 11 },
  ];
  const ids = BULAN.map((_, i) => `m${i + 1}`);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...BULAN.map((bl, i): Row => ({
        id: ids[i],
        cells: (c) => ({
          no: i + 1,
          bln: bl,
          sa: i === 0 ? 4 : fx(c.a("sk", ids[i - 1])),
          m: masuk[i],
          d: fx(`${c.a("sa")}+${c.a("m")}`),
          se: selesai[i],
          li: limpah[i],
          j: fx(`${c.a("se")}+${c.a("li")}`),
          sk: fx(`${c.a("d")}-${c.a("j")}`),
          // planted: July divides by the month's new complaints instead of all handled
          p: fx(`ROUND(${c.a("j")}/${c.a(i === 6 ? "m" : "d")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "bln"],
        cells: (c) => ({
          no: "JUMLAH",
          sa: fx(c.a("sa", "m1")),
          // planted: a stale total from before December's complaints were revised (85; the months give 91)
          m: fx(`SUM(${c.a("m", "m1")}:${c.a("m", "m12")})`, 85),
          d: fx(`${c.a("sa")}+${c.a("m")}`),
          se: fx(`SUM(${c.a("se", "m1")}:${c.a("se", "m12")})`),
          li: fx(`SUM(${c.a("li", "m1")}:${c.a("li", "m12")})`),
          j: fx(`SUM(${c.a("j", "m1")}:${c.a("j", "m12")})`),
          sk: fx(c.a("sk", "m12")),
          p: fx(`ROUND(${c.a("j")}/${c.a("d")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines(["Tabel 2. Pengaduan Masuk menurut Substansi"]);
  const jenis: Array<[string, number]> = [
    ["Pengelolaan Dana Desa / ADD", 34],
    ["Pengadaan Barang dan Jasa", 18],
    ["Kepegawaian dan Disiplin ASN", 15],
    ["Pelayanan Publik", 16],
    ["Lainnya", 8],
  ];
  const jids = jenis.map((_, i) => `j${i + 1}`);
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "nm", head: ["Substansi Pengaduan"], width: 30 },
      { key: "n", head: ["Jumlah (kasus)"], role: "realisasi", year: 2024, fmt: INT, width: 10 },
      { key: "p", head: ["Persentase (%)"], fmt: DEC, width: 10 },
    ],
    headerRows: 1,
    rows: [
      ...jenis.map(([nm, n], i): Row => ({
        id: jids[i],
        cells: (c) => ({ no: i + 1, nm, n, p: fx(`ROUND(${c.a("n")}/${c.a("n", "jt")}*100,2)`) }),
      })),
      {
        id: "jt",
        bold: true,
        span: ["no", "nm"],
        cells: (c) => ({
          no: "JUMLAH",
          n: fx(`SUM(${c.a("n", "j1")}:${c.a("n", "j5")})`),
          p: fx(`SUM(${c.a("p", "j1")}:${c.a("p", "j5")})`),
        }),
      },
    ],
  });
  s.gap();
  s.lines(["Sumber: Register Pengaduan Inspektorat Daerah (aplikasi SP4N-LAPOR! dan surat masuk)."]);
  s.gap();
  signature(s, 7, {
    tempat: "Muara Tembesi Ilir, 10 Januari 2025",
    jabatan: ["Inspektur Kabupaten Tanjung Tembesi,"],
    nama: "H. SYAMSUL BAHRI, S.E., M.M.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19740822 199903 1 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("p", "m7") },
    rules: ["percent-out-of-range", "capaian-mismatch", "inconsistent-formula"],
    note: "July's % Penyelesaian is =ROUND(8/4*100,2) = 133.33 (settled over new complaints), unlike the other months' 8/5; 8 / 13 handled gives 61.54",
    truth: `ROUND(${a("j", "m7")}/${a("d", "m7")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("m", "tot") },
    rules: ["sum-mismatch"],
    note: "JUMLAH Pengaduan Masuk is SUM with a stale cached result of 85; the twelve months add up to 91",
    truth: `SUM(${a("m", "m1")}:${a("m", "m12")})`,
  });
  // stocks: the year's opening is January's, its closing December's, neither a sum of months
  b.ok({
    sheet: S,
    cell: a("sa", "tot"),
    rules: ["sum-mismatch"],
    truth: a("sa", "m1"),
    trap: `SUM(${a("sa", "m1")}:${a("sa", "m12")})`,
  });
  b.ok({
    sheet: S,
    cell: a("sk", "tot"),
    rules: ["sum-mismatch"],
    truth: a("sk", "m12"),
    trap: `SUM(${a("sk", "m1")}:${a("sk", "m12")})`,
  });
  for (const k of ["se", "li", "j"])
    b.ok({
      sheet: S,
      cell: a(k, "tot"),
      rules: ["sum-mismatch"],
      truth: `SUM(${a(k, "m1")}:${a(k, "m12")})`,
    });
  ids.forEach((id, i) => {
    b.ok({ sheet: S, cell: a("d", id), rules: ["sum-mismatch"], truth: `${a("sa", id)}+${a("m", id)}` });
    if (i !== 6)
      b.ok({
        sheet: S,
        cell: a("p", id),
        rules: ["percent-out-of-range", "capaian-mismatch", "inconsistent-formula"],
        truth: `ROUND(${a("j", id)}/${a("d", id)}*100,2)`,
      });
  });
  b.ok({
    sheet: S,
    cell: t2.a("n", "jt"),
    rules: ["sum-mismatch", "cross-table-mismatch"],
    truth: `SUM(${a("m", "m1")}:${a("m", "m12")})`,
  });
  b.ok({
    sheet: S,
    cell: t2.a("p", "jt"),
    rules: ["sum-mismatch", "percent-out-of-range"],
    truth: "100",
    tol: 0.02,
  });
  return b.finish();
}
