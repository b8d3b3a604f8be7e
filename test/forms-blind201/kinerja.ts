// Performance tables of two Dinas Kesehatan on kesehatan jiwa and NAPZA: the LKjIP 2024 measurement
// table of Kabupaten Tojo Lembah Raya (Sulawesi Tengah) with the refleksi written as
// (1 + (1 - R / T)) x 100 on the lower-is-better rows and the SPM computation under it; and the PK 2025
// of the Kepala Bidang Pelayanan Kesehatan of Kabupaten Dompu Raya (Nusa Tenggara Barat) beside the
// Renstra 2025-2029 targets. Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fmt,
  fx,
  letterhead,
  predikat,
  round,
  sum,
  signature,
  type Col,
  type Row,
} from "../forms/kit";

type Ind = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  t: number;
  r: number;
  r23: number;
  neg?: boolean;
  f: string;
};

const rt = (R: string, T: string) => `ROUND(${R}/${T}*100,2)`;
const refl = (R: string, T: string) => `ROUND((1+(1-${R}/${T}))*100,2)`;

export function lkjipKeswa(): BookW {
  const b = new BookW(
    "lkjip-pengukuran-odgj-pasung-napza-dinkes-tojo-lembah.xlsx",
    "LKjIP pengukuran kinerja (Dinas Kesehatan)",
    "LKjIP 2024 Tabel 3.1 of the Dinas Kesehatan Kabupaten Tojo Lembah Raya: No | Sasaran (merged) | Indikator Kinerja | Satuan | Realisasi 2023 | 'Tahun 2024' > Target | Realisasi | Capaian (%) | Tingkat Capaian; refleksi (1+(1-R/T))x100 on the two lower-is-better rows; Rata-rata and Predikat rows; Tabel 3.2 under it: the SPM ODGJ berat computation",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, ["DINAS KESEHATAN KABUPATEN TOJO LEMBAH RAYA"]);
  s.lines(["Tabel 3.1 Pengukuran Kinerja Sasaran Dinas Kesehatan Tahun 2024"]);
  s.gap();
  const S1 = "Meningkatnya akses dan mutu pelayanan kesehatan jiwa";
  const S2 = "Menurunnya dampak penyalahgunaan NAPZA";
  const rows: Ind[] = [
    {
      id: "i1",
      sas: S1,
      ind: "Persentase ODGJ berat yang mendapat pelayanan kesehatan sesuai standar",
      sat: "%",
      t: 90,
      r: 92.4,
      r23: 78.4,
      f: DEC,
    },
    {
      id: "i2",
      sas: S1,
      ind: "Persentase ODGJ dipasung yang dibebaskan dan ditangani",
      sat: "%",
      t: 85,
      r: 85.71,
      r23: 71.43,
      f: DEC,
    },
    {
      id: "i3",
      sas: S1,
      ind: "Jumlah kasus pemasungan ODGJ baru",
      sat: "kasus",
      t: 5,
      r: 3,
      r23: 6,
      neg: true,
      f: "0",
    },
    {
      id: "i4",
      sas: S2,
      ind: "Angka kekambuhan klien rehabilitasi medis NAPZA",
      sat: "%",
      t: 30,
      r: 33.6,
      r23: 36.2,
      neg: true,
      f: DEC,
    },
    {
      id: "i5",
      sas: S2,
      ind: "Persentase penyalahguna NAPZA yang mendapat layanan rehabilitasi medis",
      sat: "%",
      t: 75,
      r: 61.8,
      r23: 55.4,
      f: DEC,
    },
  ];
  const cap = (x: Ind) => round(x.neg ? (1 + (1 - x.r / x.t)) * 100 : (x.r / x.t) * 100);
  const I5_TYPED = 84.2;
  const shown = (x: Ind) => (x.id === "i5" ? I5_TYPED : cap(x));
  if (cap(rows[3]) !== 88 || cap(rows[4]) !== 82.4) throw new Error("lkjip capaian");
  const avg = round(sum(rows.map(shown)) / rows.length);
  const G = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, width: 10 },
    { key: "t", head: [G, "Target"], role: "target", year: 2024, width: 9 },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, width: 9 },
    { key: "c", head: [G, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    { key: "p", head: [G, "Tingkat Capaian"], role: "predikat", year: 2024, width: 13 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...rows.map((x, k): Row => ({
        id: x.id,
        cells: (c) => ({
          no: k + 1,
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          r23: fmt(x.r23, x.f),
          t: fmt(x.t, x.f),
          r: fmt(x.r, x.f),
          // planted: a typed capaian for the rehabilitasi medis
          c: x.id === "i5" ? I5_TYPED : fx(x.neg ? refl(c.a("r"), c.a("t")) : rt(c.a("r"), c.a("t"))),
          // planted: "Sangat Tinggi" for the relapse's 88.00
          p: x.id === "i4" ? "Sangat Tinggi" : predikat(shown(x)),
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata Capaian Kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i5")}),2)`),
        }),
      },
      {
        id: "pred",
        bold: true,
        span: ["no", "r"],
        cells: { no: "Predikat Kinerja Dinas Kesehatan", c: predikat(avg) },
      },
    ],
  });
  s.gap();
  s.lines([
    "*) Indikator 3 dan 4 berpolaritas negatif: capaian = (1 + (1 - realisasi / target)) x 100%.",
    "Tingkat capaian: > 90 Sangat Tinggi; > 75 - 90 Tinggi; > 65 - 75 Sedang; > 50 - 65 Rendah; <= 50 Sangat Rendah.",
  ]);
  s.gap();
  s.lines(["Tabel 3.2 Perhitungan Capaian SPM Pelayanan Kesehatan ODGJ Berat Tahun 2024"]);
  s.gap();
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], width: 5 },
      { key: "u", head: ["Komponen"], role: "indikator", width: 44 },
      { key: "v", head: ["Jumlah"], role: "realisasi", year: 2024, width: 12 },
    ],
    headerRows: 1,
    rows: [
      { id: "est", cells: { no: "1", u: "Sasaran ODGJ berat (estimasi prevalensi Riskesdas)", v: 421 } },
      { id: "lay", cells: { no: "2", u: "ODGJ berat yang mendapat pelayanan sesuai standar", v: 389 } },
      {
        id: "pc",
        cells: (c) => ({
          no: "3",
          u: "Persentase (2 / 1 x 100%)",
          v: fx(`ROUND(${c.a("v", "lay")}/${c.a("v", "est")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  signature(s, 7, {
    tempat: "Ampana Lembah, 26 Februari 2025",
    jabatan: ["Kepala Dinas Kesehatan,"],
    nama: "dr. MOH. RIZAL LAMAKARATE, M.Kes.",
    nip: "19760514 200604 1 011",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i5") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "Capaian of the rehabilitasi medis is a typed 84.20 among ROUND formulas; 61.80 / 75.00 x 100 gives 82.40",
    truth: rt(a("r", "i5"), a("t", "i5")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i4") },
    rules: ["predikat-mismatch"],
    note: "Tingkat capaian 'Sangat Tinggi' for the relapse's 88.00 (refleksi of 33.60 against 30.00); > 75 - 90 is Tinggi",
    truth: `PREDIKAT(${a("c", "i4")})`,
  });
  for (const x of rows.filter((x) => x.id !== "i5")) {
    const R = a("r", x.id);
    const T = a("t", x.id);
    b.ok({
      sheet: S,
      cell: a("c", x.id),
      rules: x.neg ? ["capaian-mismatch", "inconsistent-formula"] : ["capaian-mismatch"],
      truth: x.neg ? refl(R, T) : rt(R, T),
      // lower is better: the refleksi, not R / T
      trap: x.neg ? rt(R, T) : undefined,
    });
    if (x.id !== "i4")
      b.ok({
        sheet: S,
        cell: a("p", x.id),
        rules: ["predikat-mismatch"],
        truth: `PREDIKAT(${a("c", x.id)})`,
      });
  }
  b.ok({ sheet: S, cell: a("c", "pred"), rules: ["predikat-mismatch"], truth: `PREDIKAT(${a("c", "avg")})` });
  b.ok({ sheet: S, cell: a("r", "i1"), rules: ["cross-table-mismatch"], truth: t2.a("v", "pc") });
  return b.finish();
}

// =================================== PK 2025 Kepala Bidang Pelayanan Kesehatan, Kabupaten Dompu Raya

type PkInd = { id: string; ind: string; sat: string; awal: number; tg: number[]; neg?: boolean; f: string };

export function pkKeswa(): BookW {
  const b = new BookW(
    "pk-kabid-yankes-keswa-renstra-dinkes-dompu-raya.xlsx",
    "PK 2025 and Renstra 2025-2029 targets (Bidang Pelayanan Kesehatan)",
    "sheet 'PK Kabid Yankes 2025': statement; Tabel Kinerja No | Sasaran | Indikator Kinerja | Target 2025 | Satuan; Tabel Anggaran No | Kode | Sub Kegiatan | Anggaran (Rp) | Sumber Dana with a typed Jumlah; sheet 'Renstra 2025-2029': No | Indikator | Satuan | Kondisi Awal (2024) | 'Target Tahun ke-' > 1 (2025) .. 5 (2029) | Kondisi Akhir",
  );
  const S = "PK Kabid Yankes 2025";
  const R = "Renstra 2025-2029";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN DOMPU RAYA", "DINAS KESEHATAN"]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Pada hari ini Kamis tanggal dua bulan Januari tahun dua ribu dua puluh lima, kami yang bertanda tangan di bawah ini:",
    "Nama: NI KOMANG AYU SRIWAHYUNI, S.Kep., Ns., M.Kes. - Jabatan: Kepala Bidang Pelayanan Kesehatan (Pihak Pertama)",
    "Nama: H. SYAMSUL HIDAYAT, S.KM., M.M. - Jabatan: Kepala Dinas Kesehatan (Pihak Kedua)",
  ]);
  s.gap();
  const rows: PkInd[] = [
    {
      id: "r1",
      ind: "Persentase ODGJ berat yang mendapat pelayanan kesehatan sesuai standar",
      sat: "%",
      awal: 88.5,
      tg: [92, 95, 97, 99, 100],
      f: DEC,
    },
    {
      id: "r2",
      ind: "Jumlah ODGJ yang masih dipasung",
      sat: "orang",
      awal: 12,
      tg: [9, 7, 5, 3, 1],
      neg: true,
      f: "0",
    },
    {
      id: "r3",
      ind: "Persentase penyalahguna NAPZA yang mendapat rehabilitasi medis",
      sat: "%",
      awal: 52.6,
      tg: [60, 64, 68, 72, 76],
      f: DEC,
    },
    {
      id: "r4",
      ind: "Persentase puskesmas yang menyelenggarakan layanan kesehatan jiwa",
      sat: "%",
      awal: 47.62,
      tg: [55, 65, 75, 85, 100],
      f: DEC,
    },
  ];
  // planted: the PK target of r3 is 64.00, the Renstra Tahun ke-2 (2026) target
  const pkT = (x: PkInd) => (x.id === "r3" ? x.tg[1] : x.tg[0]);
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 46 },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025, width: 10 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas:
          i < 2
            ? "Meningkatnya pelayanan kesehatan jiwa sesuai standar"
            : "Meningkatnya layanan rehabilitasi medis NAPZA",
        ind: x.ind,
        tg: fmt(pkT(x), x.f),
        sat: x.sat,
      },
    })),
  });
  s.gap();
  const subs: Array<[string, string, string, number]> = [
    [
      "a1",
      "1.02.02.2.02.0033",
      "Pengelolaan Pelayanan Kesehatan Orang dengan Gangguan Jiwa Berat",
      1_184_250_000,
    ],
    ["a2", "1.02.02.2.02.0034", "Pengelolaan Pelayanan Kesehatan Jiwa Bebas Pasung", 402_600_000],
    [
      "a3",
      "1.02.02.2.02.0035",
      "Pengelolaan Pelayanan Rehabilitasi Medis Pecandu, Penyalahguna dan Korban NAPZA",
      655_875_000,
    ],
    ["a4", "1.02.02.2.02.0036", "Pengelolaan Pelayanan Kesehatan Jiwa dan NAPZA di FKTP", 238_400_000],
  ];
  const total = sum(subs.map((x) => x[3]));
  const TYPED = 2_418_125_000;
  if (total !== 2_481_125_000) throw new Error("pk total");
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "kode", head: ["Kode"], role: "kode", width: 19 },
      { key: "nm", head: ["Sub Kegiatan"], width: 46 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 17 },
      { key: "sd", head: ["Sumber Dana"], role: "keterangan", width: 12 },
    ],
    headerRows: 1,
    rows: [
      ...subs.map(([id, kode, nm, rp], i): Row => ({
        id,
        cells: { no: i + 1, kode, nm, rp, sd: i === 2 ? "DAK Non Fisik" : "DAU" },
      })),
      { id: "j", bold: true, span: ["no", "nm"], cells: { no: "Jumlah", rp: TYPED } },
    ],
  });
  s.gap();
  s.lines(["Dompu Raya, 2 Januari 2025"], 2);
  s.lines(["Pihak Kedua,", "", "", "", "H. SYAMSUL HIDAYAT, S.KM., M.M.", "NIP. 19710918 199403 1 006"], 2);
  s.r -= 6;
  s.lines(
    [
      "Pihak Pertama,",
      "",
      "",
      "",
      "NI KOMANG AYU SRIWAHYUNI, S.Kep., Ns., M.Kes.",
      "NIP. 19820406 200604 2 013",
    ],
    4,
  );

  const r = b.sheet(R);
  letterhead(r, ["DINAS KESEHATAN KABUPATEN DOMPU RAYA"]);
  r.lines([
    "Tabel 5.2 Target Indikator Kinerja Bidang Pelayanan Kesehatan",
    "Renstra Dinas Kesehatan Tahun 2025-2029",
  ]);
  r.gap();
  const Y = [1, 2, 3, 4, 5];
  const tr = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator"], role: "indikator", width: 46 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, width: 10 },
      ...Y.map((y): Col => ({
        key: `y${y}`,
        head: ["Target Tahun ke-", `${y} (${2024 + y})`],
        role: "target",
        year: 2024 + y,
        width: 10,
      })),
      { key: "ak", head: ["Kondisi Akhir"], role: "kondisi-akhir", year: 2029, width: 10 },
    ],
    headerRows: 2,
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: (c) => ({
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: fmt(x.awal, x.f),
        ...Object.fromEntries(Y.map((y, k) => [`y${y}`, fmt(x.tg[k], x.f)])),
        ak: fx(c.a("y5")),
      }),
    })),
  });

  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: t1.a("tg", "r3") },
        { sheet: R, cell: tr.a("y1", "r3") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the rehabilitasi medis NAPZA is 64.00, the Renstra Tahun ke-2 (2026) target; the Renstra Tahun ke-1 (2025) target is 60.00",
    truth: `'${R}'!${tr.a("y1", "r3")}`,
  });
  b.plant({
    at: { sheet: S, cell: t2.a("rp", "j") },
    rules: ["sum-mismatch"],
    note: "Jumlah anggaran is a typed 2,418,125,000; the four sub kegiatan add up to 2,481,125,000 (digits swapped)",
    truth: subs.map(([id]) => t2.a("rp", id)).join("+"),
  });
  for (const x of rows.filter((x) => x.id !== "r3"))
    b.ok({
      sheet: S,
      cell: t1.a("tg", x.id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${tr.a("y1", x.id)}`,
    });
  for (const x of rows)
    b.ok({
      sheet: R,
      cell: tr.a("ak", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: tr.a("y5", x.id),
      trap: Y.map((y) => tr.a(`y${y}`, x.id)).join("+"),
    });
  b.ok({ sheet: R, cell: tr.a("y5", "r2"), rules: ["target-trend"], truth: "1" });
  b.ok({ sheet: R, cell: tr.a("y5", "r4"), rules: ["target-trend", "percent-out-of-range"], truth: "100" });
  b.ok({
    sheet: S,
    cell: t2.a("kode", "a2"),
    rules: ["code-hierarchy"],
    truth: `PARENT(${t2.a("kode", "a2")})`,
    actual: `PARENT(${t2.a("kode", "a1")})`,
  });
  return b.finish();
}
