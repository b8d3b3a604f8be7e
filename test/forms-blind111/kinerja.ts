// The LKjIP 2024 measurement table of the Dinas Koperasi dan UKM of Provinsi Sulawesi Tenggara
// (koperasi aktif, koperasi sehat, NPL KUR lower is better, UMKM naik kelas, akses KUR) and the PK
// 2025 of the Dinas Koperasi, UKM of Kabupaten Sebyar Raya (Papua Barat) with its two tables side by
// side, beside the Renstra 2025-2029 targets. Every name and number is invented.
import { BookW, DEC, RP, fmt, fx, letterhead, predikatBaik, round, type Col, type Row } from "../forms/kit";

const refl = (R: string, T: string) => `ROUND((2*${T}-${R})/${T}*100,2)`;
const rt = (R: string, T: string) => `ROUND(${R}/${T}*100,2)`;

// ========================================================= LKjIP 2024, Dinas Koperasi dan UKM Sultra

type Ind = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  r23: number;
  t: number;
  r: number;
  t26: number;
  neg?: boolean;
  f: string;
};

export function lkjipSultra(): BookW {
  const b = new BookW(
    "lkjip-2024-pengukuran-diskop-ukm-sultra.xlsx",
    "LKjIP pengukuran kinerja (Dinas Koperasi dan UKM)",
    "LKjIP 2024 Tabel 3.1 of the Dinas Koperasi dan UKM Provinsi Sulawesi Tenggara: No | Sasaran Strategis (merged) | Indikator Kinerja Utama | Satuan | Realisasi 2023 | 'Tahun 2024' > Target | Realisasi | Capaian (%) | Kategori | Target Akhir Renstra (2026); ROUND capaian formulas, refleksi on the NPL KUR (lower is better); Rata-rata and Kategori footer; scale note under it",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, ["DINAS KOPERASI DAN USAHA KECIL MENENGAH", "PROVINSI SULAWESI TENGGARA"]);
  s.lines(["Tabel 3.1", "Pengukuran Capaian Kinerja Sasaran Strategis Tahun 2024"]);
  s.gap();
  const S1 = "Meningkatnya kualitas kelembagaan koperasi";
  const S2 = "Meningkatnya daya saing usaha mikro, kecil dan menengah";
  const rows: Ind[] = [
    {
      id: "i1",
      sas: S1,
      ind: "Persentase koperasi aktif",
      sat: "%",
      r23: 63.8,
      t: 68,
      r: 66.42,
      t26: 72,
      f: DEC,
    },
    {
      id: "i2",
      sas: S1,
      ind: "Persentase koperasi sehat",
      sat: "%",
      r23: 27.4,
      t: 40,
      r: 31.5,
      t26: 45,
      f: DEC,
    },
    {
      id: "i3",
      sas: S2,
      ind: "Rasio kredit bermasalah (NPL) KUR pada UMKM binaan",
      sat: "%",
      r23: 3.85,
      t: 3.5,
      r: 2.9,
      t26: 2.5,
      neg: true,
      f: DEC,
    },
    {
      id: "i4",
      sas: S2,
      ind: "Jumlah UMKM naik kelas",
      sat: "unit usaha",
      r23: 396,
      t: 450,
      r: 512,
      t26: 550,
      f: "0",
    },
    {
      id: "i5",
      sas: S2,
      ind: "Persentase UMKM binaan yang mengakses KUR",
      sat: "%",
      r23: 14.6,
      t: 25,
      r: 17.8,
      t26: 30,
      f: DEC,
    },
  ];
  const capOf = (x: Ind) => round(x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  if (capOf(rows[4]) !== 71.2 || predikatBaik(71.2) !== "Cukup") throw new Error("lkjip i5");
  // the average as the sheet computes it (with the typed 131.78 of i4)
  const shown = rows.map((x) => (x.id === "i4" ? 131.78 : capOf(x)));
  const avg = round(shown.reduce((n, v) => n + v, 0) / shown.length);
  const G = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, width: 10 },
    { key: "t", head: [G, "Target"], role: "target", year: 2024, width: 10 },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, width: 10 },
    { key: "c", head: [G, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    { key: "p", head: [G, "Kategori"], role: "predikat", year: 2024, width: 12 },
    { key: "t26", head: ["Target Akhir Renstra (2026)"], role: "target", year: 2026, width: 12 },
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
          // planted: the UMKM naik kelas capaian is a typed 131.78 (512 / 450 gives 113.78)
          c: x.id === "i4" ? 131.78 : fx(x.neg ? refl(c.a("r"), c.a("t")) : rt(c.a("r"), c.a("t"))),
          // planted: "Baik" for 71.20 (the band > 65 - 75 is Cukup)
          p: x.id === "i5" ? "Baik" : predikatBaik(capOf(x)),
          t26: fmt(x.t26, x.f),
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata Capaian Kinerja Sasaran",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i5")}),2)`),
          p: predikatBaik(avg),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: NPL KUR semakin rendah semakin baik; capaian = (2 x target - realisasi) / target x 100%.",
    "Kategori: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
    "Sumber: Sistem Informasi Kredit Program (SIKP) dan ODS Koperasi, diolah.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i4") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "Capaian of Jumlah UMKM naik kelas is a typed 131.78 among ROUND formulas; 512 / 450 x 100 gives 113.78 (digits swapped)",
    truth: rt(a("r", "i4"), a("t", "i4")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i5") },
    rules: ["predikat-mismatch"],
    note: "kategori 'Baik' for the capaian 71.20 of the akses KUR (17.80 against 25); the band > 65 - 75 of the note is Cukup",
    truth: `PREDIKAT_BAIK(${a("c", "i5")})`,
  });
  for (const x of rows) {
    if (x.id === "i4") continue;
    const R = a("r", x.id);
    const T = a("t", x.id);
    b.ok({
      sheet: S,
      cell: a("c", x.id),
      rules: x.neg ? ["capaian-mismatch", "inconsistent-formula"] : ["capaian-mismatch"],
      truth: x.neg ? refl(R, T) : rt(R, T),
      // the NPL is lower is better: its capaian is the refleksi 117.14, not R / T 82.86
      trap: x.neg ? rt(R, T) : undefined,
    });
    if (x.id !== "i5")
      b.ok({
        sheet: S,
        cell: a("p", x.id),
        rules: ["predikat-mismatch"],
        truth: `PREDIKAT_BAIK(${a("c", x.id)})`,
      });
  }
  b.ok({
    sheet: S,
    cell: a("p", "avg"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT_BAIK(${a("c", "avg")})`,
  });
  // the NPL's falling path 3.85 -> 3.50 -> 2.50 is right for a lower-is-better rate
  b.ok({ sheet: S, cell: a("t26", "i3"), rules: ["target-trend"], truth: "2.5", trap: a("t", "i3") });
  return b.finish();
}

// ================================== PK 2025 and Renstra, Dinas Koperasi, UKM Kabupaten Sebyar Raya

type PkInd = {
  id: string;
  ind: string;
  sat: string;
  awal: number;
  tg: number[];
  flow?: boolean;
  neg?: boolean;
  f: string;
};

export function pkSebyar(): BookW {
  const b = new BookW(
    "pk-2025-kadis-koperasi-ukm-sebyar-raya.xlsx",
    "PK 2025 and Renstra 2025-2029 targets (Dinas Koperasi, UKM)",
    "sheet 'PK 2025': statement, then two tables side by side separated by one empty column: No | Sasaran Strategis | Indikator Kinerja | Satuan | Target 2025, and No | Program | Anggaran (Rp) | Sumber Dana with a typed Jumlah; sheet 'Renstra 2025-2029': No | Indikator | Satuan | Kondisi Awal 2024 | 'Target Tahun ke-' > 1..5 (years only in the title) | Kondisi Akhir",
  );
  const S = "PK 2025";
  const R = "Renstra 2025-2029";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN SEBYAR RAYA", "DINAS KOPERASI, USAHA KECIL DAN MENENGAH"]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Pada hari ini Kamis tanggal dua bulan Januari tahun dua ribu dua puluh lima, kami yang bertanda tangan di bawah ini:",
    "Nama: YOHANIS K. WAINGGAI, S.E., M.M. - Jabatan: Kepala Dinas Koperasi, Usaha Kecil dan Menengah, selanjutnya disebut pihak pertama",
    "Nama: Dr. MARTHEN L. INDOW, M.Si. - Jabatan: Bupati Sebyar Raya, selanjutnya disebut pihak kedua",
  ]);
  s.gap();
  const rows: PkInd[] = [
    { id: "r1", ind: "Persentase koperasi aktif", sat: "%", awal: 54.2, tg: [56, 58, 60, 62, 64], f: DEC },
    {
      id: "r2",
      ind: "Persentase koperasi sehat",
      sat: "%",
      awal: 18.5,
      tg: [20, 22.5, 25, 27.5, 30],
      f: DEC,
    },
    {
      id: "r3",
      ind: "Jumlah usaha mikro yang naik kelas menjadi usaha kecil",
      sat: "unit usaha",
      awal: 32,
      tg: [35, 40, 45, 50, 55],
      flow: true,
      f: "0",
    },
    {
      id: "r4",
      ind: "Persentase kredit bermasalah (NPL) KUR usaha mikro binaan",
      sat: "%",
      awal: 4.8,
      tg: [4.5, 4.2, 3.9, 3.6, 3.3],
      neg: true,
      f: DEC,
    },
  ];
  // planted: the PK target of koperasi aktif is the baseline 54.20, not the Renstra Tahun ke-1 target 56.00
  const pkT = (x: PkInd) => (x.id === "r1" ? x.awal : x.tg[0]);
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 38 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025, width: 10 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas:
          i < 2 ? "Meningkatnya kualitas kelembagaan koperasi" : "Meningkatnya usaha mikro yang naik kelas",
        ind: x.ind,
        sat: x.sat,
        tg: fmt(pkT(x), x.f),
      },
    })),
  });
  const progs: Array<[string, string, number]> = [
    ["g1", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 3_412_860_000],
    ["g2", "Program Pemberdayaan dan Perlindungan Koperasi", 1_842_500_000],
    ["g3", "Program Pemberdayaan Usaha Menengah, Usaha Kecil, dan Usaha Mikro (UMKM)", 967_300_000],
    ["g4", "Program Pengembangan UMKM", 2_183_400_000],
  ];
  const total = progs.reduce((n, p) => n + p[2], 0);
  if (total !== 8_406_060_000) throw new Error("pk total");
  const t2 = s.table(
    {
      cols: [
        { key: "no", head: ["No"], role: "no", width: 5 },
        { key: "pr", head: ["Program"], width: 40 },
        { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 17 },
        { key: "sd", head: ["Sumber Dana"], role: "keterangan", width: 12 },
      ],
      headerRows: 1,
      rows: [
        ...progs.map(([id, pr, rp], i): Row => ({
          id,
          cells: { no: i + 1, pr, rp, sd: i === 3 ? "APBD / DAK" : "APBD" },
        })),
        // planted: the typed Jumlah is 100,000,000 too high
        { id: "j", bold: true, span: ["no", "pr"], cells: { no: "Jumlah", rp: total + 100_000_000 } },
      ],
    },
    7,
    t1.top,
  );
  s.r = Math.max(t1.lastDataRow, t2.lastDataRow) + 2;
  s.lines(["Sebyar, 2 Januari 2025"], 3);
  s.lines(["Pihak Kedua,", "BUPATI SEBYAR RAYA", "", "", "Dr. MARTHEN L. INDOW, M.Si."], 2);
  s.r -= 5;
  s.lines(
    [
      "Pihak Pertama,",
      "KEPALA DINAS",
      "",
      "",
      "YOHANIS K. WAINGGAI, S.E., M.M.",
      "NIP. 19760503 200312 1 009",
    ],
    8,
  );

  const r = b.sheet(R);
  letterhead(r, ["DINAS KOPERASI, USAHA KECIL DAN MENENGAH KABUPATEN SEBYAR RAYA"]);
  r.lines(["Target Indikator Kinerja Utama", "Rencana Strategis Tahun 2025-2029"]);
  r.gap();
  const tr = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, width: 10 },
      ...[1, 2, 3, 4, 5].map((y): Col => ({
        key: `y${y}`,
        head: ["Target Tahun ke-", String(y)],
        role: "target",
        year: 2024 + y,
        width: 9,
      })),
      { key: "ak", head: ["Kondisi Akhir Renstra"], role: "kondisi-akhir", width: 11 },
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
        ak: x.flow ? fx(`SUM(${c.a("y1")}:${c.a("y5")})`) : fx(c.a("y5")),
      }),
    })),
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: t1.a("tg", "r1") },
        { sheet: R, cell: tr.a("y1", "r1") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the Persentase koperasi aktif is 54.20, the kondisi awal 2024; the Renstra Tahun ke-1 (2025) target is 56.00",
    truth: `'${R}'!${tr.a("y1", "r1")}`,
  });
  b.plant({
    at: { sheet: S, cell: t2.a("rp", "j") },
    rules: ["sum-mismatch"],
    note: "the typed Jumlah anggaran is 8,506,060,000; the four programs add up to 8,406,060,000",
    truth: progs.map(([id]) => t2.a("rp", id)).join("+"),
  });
  for (const x of rows.slice(1))
    b.ok({
      sheet: S,
      cell: t1.a("tg", x.id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${tr.a("y1", x.id)}`,
    });
  for (const x of rows) {
    const all = `${tr.a("y1", x.id)}+${tr.a("y2", x.id)}+${tr.a("y3", x.id)}+${tr.a("y4", x.id)}+${tr.a("y5", x.id)}`;
    b.ok({
      sheet: R,
      cell: tr.a("ak", x.id),
      rules: ["kondisi-akhir-mismatch"],
      // a count of units naik kelas adds up its years; the rates keep the Tahun ke-5 target
      truth: x.flow ? all : tr.a("y5", x.id),
      trap: x.flow ? tr.a("y5", x.id) : all,
    });
  }
  b.ok({ sheet: R, cell: tr.a("y5", "r4"), rules: ["target-trend"], truth: "3.3" });
  return b.finish();
}
