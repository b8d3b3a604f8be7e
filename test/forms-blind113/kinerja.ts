// Performance tables of two Dinas Perhubungan: the LKjIP 2024 measurement table of the Provinsi
// Kalimantan Selatan office (2023 and 2024 side by side, capaian as ROUND formulas, refleksi for the
// lower-is-better ferry waiting time and accident rate, predikat in the Baik words, a Rata-rata row),
// and the Perjanjian Kinerja 2025 of a kota in Sumatera Barat beside its Renstra 2025-2029 targets
// ("Tahun ke-1 .. ke-5", years only in the title). Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fmt,
  fx,
  letterhead,
  predikatBaik,
  round,
  signature,
  type Col,
  type Row,
} from "../forms/kit";

const refl = (R: string, T: string) => `ROUND((2*${T}-${R})/${T}*100,2)`;
const rt = (R: string, T: string) => `ROUND(${R}/${T}*100,2)`;

type Ind = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  t23: number;
  r23: number;
  t: number;
  r: number;
  neg?: boolean;
};

export function lkjipDishubKalsel(): BookW {
  const b = new BookW(
    "lkjip-pengukuran-dishub-prov-kalsel-2024.xlsx",
    "LKjIP pengukuran kinerja (Dinas Perhubungan)",
    "LKjIP 2024 Tabel 3.1 of the Dinas Perhubungan Provinsi Kalimantan Selatan: No | Sasaran Strategis (merged) | Indikator Kinerja | Satuan | 'Tahun 2023' > Target | Realisasi | Capaian (%) | 'Tahun 2024' > Target | Realisasi | Capaian (%) | Predikat; number row (1) .. (11) with '(7) = (6)/(5) x 100'; refleksi on the lower-is-better rows; Rata-rata capaian row with predikat",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, ["DINAS PERHUBUNGAN PROVINSI KALIMANTAN SELATAN", "Jl. Jenderal Sudirman No. 9 Banjarmasin"]);
  s.lines(["Tabel 3.1", "Pengukuran Kinerja Dinas Perhubungan Provinsi Kalimantan Selatan Tahun 2024"]);
  s.gap();
  const A = "Meningkatnya kinerja pelayanan transportasi darat dan penyeberangan";
  const B = "Meningkatnya keselamatan lalu lintas di jalan provinsi";
  const rows: Ind[] = [
    {
      id: "i1",
      sas: A,
      ind: "Persentase terminal penumpang tipe B yang memenuhi SPM",
      sat: "%",
      t23: 50,
      r23: 50,
      t: 60,
      r: 62.5,
    },
    {
      id: "i2",
      sas: A,
      ind: "Indeks kepuasan masyarakat terhadap layanan pelabuhan penyeberangan",
      sat: "indeks",
      t23: 78,
      r23: 78.4,
      t: 80,
      r: 79.12,
    },
    {
      id: "i3",
      sas: A,
      ind: "Rata-rata waktu tunggu kapal di pelabuhan penyeberangan",
      sat: "jam",
      t23: 3.25,
      r23: 3.4,
      t: 3,
      r: 2.7,
      neg: true,
    },
    {
      id: "i4",
      sas: B,
      ind: "Angka kecelakaan lalu lintas di jalan provinsi per 10.000 kendaraan",
      sat: "kejadian",
      t23: 4.9,
      r23: 5.12,
      t: 4.6,
      r: 4.83,
      neg: true,
    },
    {
      id: "i5",
      sas: B,
      ind: "Persentase ruas jalan provinsi yang dilengkapi fasilitas perlengkapan jalan",
      sat: "%",
      t23: 60,
      r23: 61.5,
      t: 64,
      r: 52.3,
    },
    {
      id: "i6",
      sas: B,
      ind: "Persentase kendaraan angkutan umum AKDP yang laik jalan",
      sat: "%",
      t23: 85,
      r23: 83.1,
      t: 87,
      r: 86.05,
    },
  ];
  const cap = (x: Ind) => round(x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  const capShown = (x: Ind) => (x.id === "i4" ? round((x.r / x.t) * 100) : cap(x));
  if (cap(rows[4]) !== 81.72 || predikatBaik(81.72) !== "Baik") throw new Error("lkjip i5");
  const avg = round(rows.reduce((n, x) => n + capShown(x), 0) / rows.length);
  const G3 = "Tahun 2023";
  const G4 = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", num: "(2)", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "(3)", width: 42 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)", width: 9 },
    { key: "t23", head: [G3, "Target"], role: "target", year: 2023, num: "(5)", fmt: DEC, width: 9 },
    { key: "r23", head: [G3, "Realisasi"], role: "realisasi", year: 2023, num: "(6)", fmt: DEC, width: 9 },
    {
      key: "c23",
      head: [G3, "Capaian (%)"],
      role: "capaian",
      year: 2023,
      num: "(7) = (6)/(5) x 100",
      fmt: DEC,
      width: 11,
    },
    { key: "t", head: [G4, "Target"], role: "target", year: 2024, num: "(8)", fmt: DEC, width: 9 },
    { key: "r", head: [G4, "Realisasi"], role: "realisasi", year: 2024, num: "(9)", fmt: DEC, width: 9 },
    {
      key: "c",
      head: [G4, "Capaian (%)"],
      role: "capaian",
      year: 2024,
      num: "(10) = (9)/(8) x 100",
      fmt: DEC,
      width: 11,
    },
    { key: "p", head: [G4, "Predikat"], role: "predikat", year: 2024, num: "(11)", width: 12 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    vmerge: ["sas"],
    rows: [
      ...rows.map((x, i): Row => ({
        id: x.id,
        cells: (c) => ({
          no: i + 1,
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          t23: x.t23,
          r23: x.r23,
          c23: fx(x.neg ? refl(c.a("r23"), c.a("t23")) : rt(c.a("r23"), c.a("t23"))),
          t: x.t,
          r: x.r,
          // planted: the accident rate (lower is better) has the R / T formula of the positive rows in 2024
          c: fx(x.neg && x.id !== "i4" ? refl(c.a("r"), c.a("t")) : rt(c.a("r"), c.a("t"))),
          // planted: "Sangat Baik" for the perlengkapan jalan's 81.72 (the band > 75 - 90 is Baik)
          p: x.id === "i5" ? "Sangat Baik" : predikatBaik(capShown(x)),
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "sat"],
        cells: (c) => ({
          no: "Rata-rata Capaian Kinerja",
          c23: fx(`ROUND(AVERAGE(${c.a("c23", "i1")}:${c.a("c23", "i6")}),2)`),
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i6")}),2)`),
          p: predikatBaik(avg),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: indikator nomor 3 dan 4 semakin kecil semakin baik; capaian = (2 x target - realisasi) / target x 100%.",
    "Predikat: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
    "*) Angka kecelakaan 2024 data sementara Ditlantas Polda Kalimantan Selatan.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Banjarbaru, 25 Februari 2025",
    jabatan: ["Kepala Dinas Perhubungan", "Provinsi Kalimantan Selatan,"],
    nama: "Drs. H. MUHAMMAD RIZANI NOOR, M.Si.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19700923 199203 1 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i4") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "2024 capaian of the accident rate (lower is better by the note) is =ROUND(R/T*100,2) = 105.00; (2 x 4.60 - 4.83) / 4.60 gives 95.00, as its 2023 cell and the waiting time compute",
    truth: refl(a("r", "i4"), a("t", "i4")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i5") },
    rules: ["predikat-mismatch"],
    note: "predikat 'Sangat Baik' for a capaian of 81.72 (52.30 against 64.00); the band > 75 - 90 of the note is Baik",
    truth: `PREDIKAT_BAIK(${a("c", "i5")})`,
  });
  for (const x of rows) {
    for (const [ck, rk, tk] of [
      ["c23", "r23", "t23"],
      ["c", "r", "t"],
    ] as const) {
      if (x.id === "i4" && ck === "c") continue;
      const R = a(rk, x.id);
      const T = a(tk, x.id);
      b.ok({
        sheet: S,
        cell: a(ck, x.id),
        rules: x.neg ? ["capaian-mismatch", "inconsistent-formula"] : ["capaian-mismatch"],
        truth: x.neg ? refl(R, T) : rt(R, T),
        trap: x.neg ? rt(R, T) : undefined,
      });
    }
    if (x.id !== "i5" && x.id !== "i4")
      b.ok({
        sheet: S,
        cell: a("p", x.id),
        rules: ["predikat-mismatch"],
        truth: `PREDIKAT_BAIK(${a("c", x.id)})`,
      });
  }
  // above 100 is a capaian, not a percentage out of range
  b.ok({ sheet: S, cell: a("c", "i1"), rules: ["percent-out-of-range"], truth: "104.17" });
  return b.finish();
}

// ====================================================== PK 2025 and Renstra, Kota Bukit Sikumpar

type PkInd = { id: string; ind: string; sat: string; awal: number; tg: number[]; neg?: boolean; f: string };

export function pkDishubBukitSikumpar(): BookW {
  const b = new BookW(
    "pk-2025-kadishub-bukit-sikumpar-renstra.xlsx",
    "PK 2025 and Renstra 2025-2029 targets (Dinas Perhubungan)",
    "sheet 'PK 2025': statement, No | Sasaran Strategis | Indikator Kinerja | Target | Satuan (target before the unit), then No | Kode | Program | Anggaran (Rp) | Keterangan with a JUMLAH SUM; sheet 'Renstra 2025-2029': No | Indikator | Satuan | Kondisi Awal | 'Target Capaian' > Tahun ke-1 .. ke-5 | Kondisi Akhir Renstra, years only in the title",
  );
  const S = "PK 2025";
  const R = "Renstra 2025-2029";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA BUKIT SIKUMPAR", "DINAS PERHUBUNGAN"]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:",
    "Nama : Ir. HENDRA SYAFRIZAL DT. RAJO BASA, M.T. - Jabatan : Kepala Dinas Perhubungan, selanjutnya disebut pihak pertama",
    "Nama : H. ERMAN ZULFADLI, S.H., M.M. - Jabatan : Wali Kota Bukit Sikumpar, selanjutnya disebut pihak kedua",
  ]);
  s.gap();
  const rows: PkInd[] = [
    {
      id: "r1",
      ind: "Persentase kendaraan wajib uji yang lulus uji berkala",
      sat: "%",
      awal: 92.6,
      tg: [93, 93.5, 94, 94.5, 95],
      f: DEC,
    },
    {
      id: "r2",
      ind: "Persentase lampu penerangan jalan umum (PJU) yang menyala",
      sat: "%",
      awal: 84.3,
      tg: [86, 88, 90, 92, 94],
      f: DEC,
    },
    {
      id: "r3",
      ind: "Persentase halte dan terminal tipe C dalam kondisi baik",
      sat: "%",
      awal: 70,
      tg: [72.5, 75, 77.5, 80, 85],
      f: DEC,
    },
    {
      id: "r4",
      ind: "Jumlah titik rawan kecelakaan lalu lintas di jalan kota",
      sat: "titik",
      awal: 14,
      tg: [13, 12, 10, 9, 8],
      neg: true,
      f: "0",
    },
    {
      id: "r5",
      ind: "Indeks kepuasan masyarakat terhadap layanan pengujian kendaraan bermotor",
      sat: "indeks",
      awal: 81.2,
      tg: [82, 82.5, 83, 83.5, 84],
      f: DEC,
    },
  ];
  // planted: the PK target of the PJU rate is the Renstra 2026 target
  const pkT = (x: PkInd) => (x.id === "r2" ? x.tg[1] : x.tg[0]);
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 34 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 46 },
      { key: "tg", head: ["Target"], role: "target", year: 2025, width: 10 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas:
          i < 3
            ? "Meningkatnya kualitas sarana dan prasarana perhubungan kota"
            : "Meningkatnya keselamatan dan pelayanan transportasi darat",
        ind: x.ind,
        tg: fmt(pkT(x), x.f),
        sat: x.sat,
      },
    })),
  });
  s.gap();
  const prog: Array<[string, string, string, number]> = [
    ["p1", "2.15.01", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 4_812_365_200],
    ["p2", "2.15.02", "Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan (LLAJ)", 11_274_906_500],
    ["p3", "2.15.03", "Program Pengelolaan Pelayaran", 1_065_420_000],
  ];
  const total = prog.reduce((n, p) => n + p[3], 0);
  const STALE = total + 450_000_000;
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "kode", head: ["Kode"], role: "kode", width: 10 },
      { key: "nm", head: ["Program"], width: 50 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 14 },
    ],
    headerRows: 1,
    rows: [
      ...prog.map(([id, kode, nm, rp], i): Row => ({
        id,
        cells: { no: i + 1, kode, nm, rp, ket: "APBD Kota" },
      })),
      {
        id: "j",
        bold: true,
        span: ["no", "nm"],
        // planted: a stale result, the total before program 2.15.02 was cut by 450,000,000 in the DPA
        cells: (c) => ({ no: "JUMLAH", rp: fx(`SUM(${c.a("rp", "p1")}:${c.a("rp", "p3")})`, STALE) }),
      },
    ],
  });
  s.gap();
  s.lines(["Bukit Sikumpar, 2 Januari 2025"], 4);
  s.lines(["Pihak Kedua,", "Wali Kota Bukit Sikumpar", "", "", "H. ERMAN ZULFADLI, S.H., M.M."], 2);
  s.r -= 5;
  s.lines(
    ["Pihak Pertama,", "Kepala Dinas Perhubungan", "", "", "Ir. HENDRA SYAFRIZAL DT. RAJO BASA, M.T."],
    4,
  );

  const r = b.sheet(R);
  letterhead(r, ["DINAS PERHUBUNGAN KOTA BUKIT SIKUMPAR"]);
  r.lines([
    "Tabel 7.1 Indikator Kinerja Dinas Perhubungan yang Mengacu pada Tujuan dan Sasaran RPJMD",
    "Renstra 2025-2029",
  ]);
  r.gap();
  const TC = "Target Capaian Setiap Tahun";
  const tr = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator"], role: "indikator", width: 46 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "awal", head: ["Kondisi Kinerja pada Awal Periode RPJMD"], role: "kondisi-awal", width: 12 },
      ...[1, 2, 3, 4, 5].map((k): Col => ({
        key: `y${k}`,
        head: [TC, `Tahun ke-${k}`],
        role: "target",
        year: 2024 + k,
        width: 9,
      })),
      { key: "ak", head: ["Kondisi Kinerja pada Akhir Periode RPJMD"], role: "kondisi-akhir", width: 12 },
    ],
    headerRows: 2,
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: (c) => ({
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: fmt(x.awal, x.f),
        ...Object.fromEntries(x.tg.map((v, k) => [`y${k + 1}`, fmt(v, x.f)])),
        ak: fx(c.a("y5")),
      }),
    })),
  });

  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: t1.a("tg", "r2") },
        { sheet: R, cell: tr.a("y1", "r2") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the PJU menyala rate is 88.00, the Renstra Tahun ke-2 (2026) target; the Tahun ke-1 (2025) target is 86.00",
    truth: `'${R}'!${tr.a("y1", "r2")}`,
  });
  b.plant({
    at: { sheet: S, cell: t2.a("rp", "j") },
    rules: ["sum-mismatch"],
    note: `JUMLAH is =SUM over the three programs with a stale cached result of ${STALE.toLocaleString("en")}; the programs add up to ${total.toLocaleString("en")}`,
    truth: prog.map(([id]) => t2.a("rp", id)).join("+"),
  });
  for (const x of rows) {
    if (x.id !== "r2")
      b.ok({
        sheet: S,
        cell: t1.a("tg", x.id),
        rules: ["cross-table-mismatch"],
        truth: `'${R}'!${tr.a("y1", x.id)}`,
      });
    b.ok({
      sheet: R,
      cell: tr.a("ak", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: tr.a("y5", x.id),
      trap: `SUM(${tr.a("y1", x.id)}:${tr.a("y5", x.id)})`,
    });
  }
  b.ok({ sheet: R, cell: tr.a("y5", "r4"), rules: ["target-trend"], truth: "8" });
  b.ok({ sheet: R, cell: tr.a("y3", "r4"), rules: ["target-trend", "target-outlier"], truth: "10" });
  return b.finish();
}
