// The LKjIP and Perjanjian Kinerja of two invented Dinas Tenaga Kerja (Kabupaten Lembah Sarimbun,
// Sumatera Barat; Kota Teluk Rangkas, Sulawesi Tengah). Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  predikatBaik,
  round,
  signature,
  type Col,
  type Row,
} from "../forms/kit";

type Ind = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  neg: boolean;
  r23: number;
  t: number;
  r: number;
  akhir: number;
};

/** LKjIP 2024 Tabel 3.1 of the Dinas Tenaga Kerja Kabupaten Lembah Sarimbun. */
export function lkjipDisnaker(): BookW {
  const b = new BookW(
    "lkjip-2024-disnaker-lembah-sarimbun-339.xlsx",
    "LKjIP capaian kinerja (Dinas Tenaga Kerja)",
    "LKjIP 2024 Tabel 3.1: merged Sasaran, Realisasi 2023 before the year group 'Tahun 2024' > Target / Realisasi / Capaian, refleksi formulas on two negative indicators (TPT, kecelakaan kerja), predikat words, target akhir Renstra 2026, Rata-rata footer",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  s.lines(
    ["Tabel 3.1", "Capaian Indikator Kinerja Utama Dinas Tenaga Kerja dan Transmigrasi Tahun 2024"],
    1,
    { bold: true },
  );
  s.gap();
  const A = "Menurunnya tingkat pengangguran terbuka";
  const B = "Meningkatnya kompetensi tenaga kerja";
  const C = "Meningkatnya kondusivitas hubungan industrial dan K3";
  const inds: Ind[] = [
    {
      id: "i1",
      sas: A,
      ind: "Tingkat Pengangguran Terbuka (TPT)",
      sat: "%",
      neg: true,
      r23: 5.42,
      t: 5.1,
      r: 4.86,
      akhir: 4.6,
    },
    {
      id: "i2",
      sas: A,
      ind: "Persentase pencari kerja terdaftar yang ditempatkan",
      sat: "%",
      neg: false,
      r23: 36.4,
      t: 45,
      r: 41.3,
      akhir: 48,
    },
    {
      id: "i3",
      sas: B,
      ind: "Persentase lulusan pelatihan BLK yang bersertifikat kompetensi",
      sat: "%",
      neg: false,
      r23: 55.2,
      t: 60,
      r: 63.6,
      akhir: 65,
    },
    {
      id: "i4",
      sas: C,
      ind: "Persentase kasus perselisihan hubungan industrial yang diselesaikan",
      sat: "%",
      neg: false,
      r23: 81.3,
      t: 85,
      r: 72,
      akhir: 90,
    },
    {
      id: "i5",
      sas: C,
      ind: "Jumlah kasus kecelakaan kerja yang dilaporkan",
      sat: "kasus",
      neg: true,
      r23: 51,
      t: 40,
      r: 46,
      akhir: 30,
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", num: 2, width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: 3, width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4 },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, num: 5, fmt: DEC },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, num: 6, fmt: DEC },
    { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024, num: 7, fmt: DEC },
    { key: "c", head: ["Tahun 2024", "Capaian (%)"], role: "capaian", year: 2024, num: 8, fmt: DEC },
    { key: "pred", head: ["Predikat"], role: "predikat", num: 9 },
    { key: "akhir", head: ["Target Akhir Renstra (2026)"], role: "target", year: 2026, num: 10, fmt: DEC },
  ];
  const cap = (i: Ind) => {
    if (i.id === "i5") return round((i.r / i.t) * 100, 2); // the planted positive formula
    return round(((i.neg ? 2 * i.t - i.r : i.r) / i.t) * 100, 2);
  };
  const rows: Row[] = inds.map((i, n) => ({
    id: i.id,
    cells: (x) => ({
      no: n + 1,
      sas: i.sas,
      ind: i.ind,
      sat: i.sat,
      r23: i.r23,
      t: i.t,
      r: i.r,
      c:
        i.neg && i.id !== "i5"
          ? fx(`ROUND((2*${x.a("t")}-${x.a("r")})/${x.a("t")}*100,2)`)
          : fx(`ROUND(${x.a("r")}/${x.a("t")}*100,2)`),
      pred: i.id === "i4" ? "Sangat Baik" : predikatBaik(cap(i)),
      akhir: i.akhir,
    }),
  }));
  rows.push({
    id: "avg",
    bold: true,
    span: ["no", "r"],
    cells: (x) => ({
      no: "Rata-rata capaian kinerja",
      c: fx(`ROUND(AVERAGE(${x.a("c", "i1")}:${x.a("c", "i5")}),2)`),
    }),
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows, vmerge: ["sas"] });
  s.gap();
  s.lines(["*) TPT hasil Sakernas Agustus 2024; kecelakaan kerja dari laporan BPJS Ketenagakerjaan."]);
  b.plant({
    at: { sheet: S, cell: t.a("c", "i5") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "kecelakaan kerja is lower-is-better but capaian =R/T gives 115.00; the refleksi (2T - R)/T gives 85.00",
    truth: `ROUND((2*${t.a("t", "i5")}-${t.a("r", "i5")})/${t.a("t", "i5")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: t.a("pred", "i4") },
    rules: ["predikat-mismatch"],
    note: '"Sangat Baik" for a capaian of 84.71 (Baik)',
    truth: `PREDIKAT_BAIK(${t.a("c", "i4")})`,
  });
  b.ok({
    sheet: S,
    cell: t.a("c", "i1"),
    rules: ["capaian-mismatch"],
    truth: `ROUND((2*${t.a("t", "i1")}-${t.a("r", "i1")})/${t.a("t", "i1")}*100,2)`,
    trap: `ROUND(${t.a("r", "i1")}/${t.a("t", "i1")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: t.a("c", "i3"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${t.a("r", "i3")}/${t.a("t", "i3")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: t.a("pred", "i2"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT_BAIK(${t.a("c", "i2")})`,
  });
  return b.finish();
}

/** PK 2025 of the Dinas Tenaga Kerja Kota Teluk Rangkas, with its Renstra 2025-2029 IKU sheet. */
export function pkDisnaker(): BookW {
  const b = new BookW(
    "pk-2025-disnaker-teluk-rangkas-339.xlsx",
    "Perjanjian Kinerja + Renstra (Dinas Tenaga Kerja)",
    "PK 2025 (indicator table, then a program table with Jumlah under a caption) + sheet 'Renstra 2025-2029' (calendar years 2025..2029 and Kondisi Akhir)",
  );
  const R = "Renstra 2025-2029";
  const P = "PK 2025";
  const ps = b.sheet(P);
  letterhead(ps, ["PEMERINTAH KOTA TELUK RANGKAS", "DINAS TENAGA KERJA"]);
  ps.lines(["PERJANJIAN KINERJA TAHUN 2025", "KEPALA DINAS TENAGA KERJA KOTA TELUK RANGKAS"], 1, {
    bold: true,
  });
  ps.gap();
  const iku = [
    {
      id: "u1",
      sas: "Menurunnya pengangguran terbuka",
      ind: "Tingkat Pengangguran Terbuka",
      sat: "%",
      level: true,
      awal: 5.46,
      k: [5.2, 4.95, 4.7, 4.45, 4.2],
    },
    {
      id: "u2",
      sas: "Menurunnya pengangguran terbuka",
      ind: "Jumlah tenaga kerja yang ditempatkan",
      sat: "orang",
      level: false,
      awal: 1150,
      k: [1200, 1250, 1300, 1350, 1400],
    },
    {
      id: "u3",
      sas: "Meningkatnya kompetensi tenaga kerja",
      ind: "Persentase lulusan pelatihan yang bersertifikat kompetensi",
      sat: "%",
      level: true,
      awal: 61.5,
      k: [64, 67, 70, 73, 76],
    },
    {
      id: "u4",
      sas: "Meningkatnya kondusivitas hubungan industrial",
      ind: "Persentase kasus perselisihan hubungan industrial yang diselesaikan",
      sat: "%",
      level: true,
      awal: 78,
      k: [80, 82, 84, 86, 88],
    },
  ];
  const pk = ps.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 32 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "t", head: ["Target 2025"], role: "target", year: 2025, fmt: DEC, width: 14 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    // planted: % perselisihan diselesaikan takes the 2026 target (82) of the Renstra
    rows: iku.map((u, n) => ({
      id: u.id,
      cells: { no: n + 1, sas: u.sas, ind: u.ind, sat: u.sat, t: u.id === "u4" ? u.k[1] : u.k[0] },
    })),
  });
  ps.gap();
  ps.lines(["Program dan Anggaran"], 1, { bold: true });
  const progs = [
    { id: "g1", nama: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", rp: 6_482_350_000 },
    { id: "g2", nama: "Program Pelatihan Kerja dan Produktivitas Tenaga Kerja", rp: 3_918_700_000 },
    { id: "g3", nama: "Program Penempatan Tenaga Kerja", rp: 1_276_450_000 },
    { id: "g4", nama: "Program Hubungan Industrial", rp: 842_900_000 },
  ];
  const pg = ps.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "nama", head: ["Program"], role: "lainnya", width: 32 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 44 },
      { key: "ket", head: ["Keterangan"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...progs.map((g, n) => ({ id: g.id, cells: { no: n + 1, nama: g.nama, rp: g.rp, ket: "APBD" } })),
      {
        id: "jml",
        bold: true,
        span: ["no", "nama"] as [string, string],
        // planted: a stale cached total (the programs were revised after the SUM was cached)
        cells: (x) => ({
          no: "Jumlah",
          rp: fx(`SUM(${x.a("rp", "g1")}:${x.a("rp", "g4")})`, 12_610_400_000),
        }),
      },
    ],
  });
  ps.gap();
  signature(ps, 3, {
    tempat: "Teluk Rangkas, 2 Januari 2025",
    jabatan: ["KEPALA DINAS TENAGA KERJA"],
    nama: "Ir. HASNAWATI LAMADJIDO, M.M",
    nip: "19740309 200003 2 006",
  });
  const rs = b.sheet(R);
  rs.lines(["Indikator Kinerja Utama Renstra Dinas Tenaga Kerja 2025-2029"], 1, { bold: true });
  rs.gap();
  const years = [2025, 2026, 2027, 2028, 2029];
  const rt = rs.table({
    cols: [
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, fmt: DEC },
      ...years.map((y): Col => ({
        key: `y${y}`,
        head: ["Target Tahun", String(y)],
        role: "target",
        year: y,
        fmt: DEC,
      })),
      { key: "ka", head: ["Kondisi Akhir (2029)"], role: "kondisi-akhir", year: 2029, fmt: DEC },
    ],
    headerRows: 2,
    rows: iku.map((u) => ({
      id: u.id,
      cells: (x) => ({
        ind: u.ind,
        sat: u.sat,
        awal: u.awal,
        ...Object.fromEntries(years.map((y, i) => [`y${y}`, u.k[i]])),
        ka: u.level ? fx(x.a("y2029")) : fx(`SUM(${x.a("y2025")}:${x.a("y2029")})`),
      }),
    })),
  });
  const ref = (cell: string) => `'${R}'!${cell}`;
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pk.a("t", "u4") },
        { sheet: R, cell: rt.a("y2025", "u4") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target 82 for % perselisihan diselesaikan is the Renstra 2026 target; 2025 is 80",
    truth: ref(rt.a("y2025", "u4")),
  });
  b.plant({
    at: { sheet: P, cell: pg.a("rp", "jml") },
    rules: ["sum-mismatch"],
    note: "stale cached Jumlah 12,610,400,000; the four programs give 12,520,400,000",
    truth: `${pg.a("rp", "g1")}+${pg.a("rp", "g2")}+${pg.a("rp", "g3")}+${pg.a("rp", "g4")}`,
  });
  b.ok({ sheet: P, cell: pk.a("t", "u1"), rules: ["cross-table-mismatch"], truth: ref(rt.a("y2025", "u1")) });
  b.ok({ sheet: P, cell: pk.a("t", "u2"), rules: ["cross-table-mismatch"], truth: ref(rt.a("y2025", "u2")) });
  b.ok({
    sheet: R,
    cell: rt.a("ka", "u1"),
    rules: ["kondisi-akhir-mismatch"],
    truth: rt.a("y2029", "u1"),
    trap: `SUM(${rt.a("y2025", "u1")}:${rt.a("y2029", "u1")})`,
  });
  b.ok({
    sheet: R,
    cell: rt.a("ka", "u2"),
    rules: ["kondisi-akhir-mismatch"],
    truth: `SUM(${rt.a("y2025", "u2")}:${rt.a("y2029", "u2")})`,
  });
  return b.finish();
}
