// The LKjIP 2024 measurement table of the Dinas Pendidikan dan Kebudayaan of a Sulawesi Utara
// kabupaten (PAUD and kesetaraan, an angka putus belajar lower is better) and the PK 2025 of the
// Kepala Bidang PAUD dan PNF of a Jawa Barat kabupaten beside its Renstra 2025-2029 targets.
// Every name and number is invented.
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
  t: number;
  r: number;
  r23: number;
  t26: number;
  neg?: boolean;
};

export function lkjipPaudBolaangTimur(): BookW {
  const b = new BookW(
    "lkjip-capaian-paud-kesetaraan-disdikbud-bolaang-timur.xlsx",
    "LKjIP pengukuran kinerja (Dinas Pendidikan dan Kebudayaan)",
    "LKjIP 2024 Tabel 3.1 of a Dinas Pendidikan dan Kebudayaan in Sulawesi Utara: No | Sasaran (merged) | Indikator Kinerja | Satuan | Realisasi 2023 | 'Tahun 2024' > Target | Realisasi | Capaian (%) | Kategori | Target Akhir Renstra (2026) | Capaian thd Target 2026 (%); refleksi for the angka putus belajar; Rata-rata row with its kategori",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN BOLAANG TIMUR", "DINAS PENDIDIKAN DAN KEBUDAYAAN"]);
  s.lines([
    "Tabel 3.1",
    "Pengukuran Capaian Kinerja Sasaran Bidang PAUD dan Pendidikan Nonformal Tahun 2024",
  ]);
  s.gap();
  const S1 = "Meningkatnya akses dan mutu layanan Pendidikan Anak Usia Dini";
  const S2 = "Meningkatnya layanan pendidikan kesetaraan yang bermutu";
  const rows: Ind[] = [
    { id: "i1", sas: S1, ind: "Angka Partisipasi Kasar (APK) PAUD", t: 74, r: 73.82, r23: 72.14, t26: 77 },
    { id: "i2", sas: S1, ind: "Angka Partisipasi Murni (APM) PAUD", t: 48, r: 45.6, r23: 45.1, t26: 50 },
    {
      id: "i3",
      sas: S1,
      ind: "Persentase anak usia 5-6 tahun yang mengikuti PAUD (SPM)",
      t: 89,
      r: 88.75,
      r23: 86.4,
      t26: 95,
    },
    { id: "i4", sas: S1, ind: "Persentase satuan PAUD terakreditasi", t: 62, r: 64.8, r23: 59.3, t26: 70 },
    {
      id: "i5",
      sas: S1,
      ind: "Persentase guru PAUD berkualifikasi S1 / D-IV",
      t: 58,
      r: 55.1,
      r23: 53.2,
      t26: 62,
    },
    {
      id: "i6",
      sas: S2,
      ind: "Angka putus belajar pendidikan kesetaraan (Paket A/B/C)",
      t: 6,
      r: 4.5,
      r23: 6.8,
      t26: 4,
      neg: true,
    },
    { id: "i7", sas: S2, ind: "Persentase PKBM terakreditasi", t: 68, r: 69.23, r23: 65.38, t26: 80 },
  ];
  const cap = (x: Ind) => round(x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  // planted: i5's capaian is a typed 97.41 (left from a realisasi of 56.50)
  const typed5 = 97.41;
  const shown = (x: Ind) => (x.id === "i5" ? typed5 : cap(x));
  const avg = round(rows.reduce((n, x) => n + shown(x), 0) / rows.length);
  const G = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, fmt: DEC, width: 10 },
    { key: "t", head: [G, "Target"], role: "target", year: 2024, fmt: DEC, width: 9 },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, fmt: DEC, width: 9 },
    { key: "c", head: [G, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    { key: "p", head: [G, "Kategori"], role: "predikat", year: 2024, width: 12 },
    { key: "t26", head: ["Target Akhir Renstra (2026)"], role: "target", year: 2026, fmt: DEC, width: 11 },
    { key: "c26", head: ["Capaian thd Target 2026 (%)"], role: "capaian", year: 2026, fmt: DEC, width: 11 },
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
          sat: "%",
          r23: x.r23,
          t: x.t,
          r: x.r,
          c: x.id === "i5" ? typed5 : fx(x.neg ? refl(c.a("r"), c.a("t")) : rt(c.a("r"), c.a("t"))),
          // planted: "Baik" for APM 95.00 (the band > 90 is Sangat Baik)
          p: x.id === "i2" ? "Baik" : predikatBaik(shown(x)),
          t26: x.t26,
          c26: fx(x.neg ? refl(c.a("r"), c.a("t26")) : rt(c.a("r"), c.a("t26"))),
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata capaian kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i7")}),2)`),
          p: predikatBaik(avg),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan: angka putus belajar semakin kecil semakin baik; capaian = (2 x target - realisasi) / target x 100%.",
    "Kategori: > 90 Sangat Baik; > 75 s.d. 90 Baik; > 65 s.d. 75 Cukup; > 50 s.d. 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Tutuyan Raya, 26 Februari 2025",
    jabatan: ["Kepala Dinas Pendidikan dan Kebudayaan,"],
    nama: "Dra. MEIVA J. PONTOH, M.Pd.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19700512 199403 2 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i5") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "Capaian of the guru PAUD S1 / D-IV is a typed 97.41 among formulas (left from a realisasi of 56.50); 55.10 / 58.00 gives 95.00",
    truth: rt(a("r", "i5"), a("t", "i5")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i2") },
    rules: ["predikat-mismatch"],
    note: "Kategori 'Baik' for the APM PAUD capaian of 95.00 (45.60 against 48.00); the band > 90 of the note is Sangat Baik",
    truth: `PREDIKAT_BAIK(${a("c", "i2")})`,
  });
  for (const x of rows) {
    const R = a("r", x.id);
    if (x.id !== "i5")
      b.ok({
        sheet: S,
        cell: a("c", x.id),
        rules: ["capaian-mismatch", "inconsistent-formula", "percent-out-of-range"],
        truth: x.neg ? refl(R, a("t", x.id)) : rt(R, a("t", x.id)),
        trap: x.neg ? rt(R, a("t", x.id)) : undefined,
      });
    b.ok({
      sheet: S,
      cell: a("c26", x.id),
      rules: ["capaian-mismatch"],
      truth: x.neg ? refl(R, a("t26", x.id)) : rt(R, a("t26", x.id)),
      trap: x.neg ? rt(R, a("t26", x.id)) : undefined,
    });
    if (x.id !== "i2" && x.id !== "i5")
      b.ok({
        sheet: S,
        cell: a("p", x.id),
        rules: ["predikat-mismatch"],
        truth: `PREDIKAT_BAIK(${a("c", x.id)})`,
      });
  }
  b.ok({ sheet: S, cell: a("t26", "i6"), rules: ["target-trend"], truth: "4" });
  return b.finish();
}

// ============================ Kabid PAUD dan PNF, Dinas Pendidikan Kabupaten Cibeureum Girang, PK 2025

type PkInd = { id: string; ind: string; sat: string; awal: number; tg: number[] };

export function pkPaudCibeureum(): BookW {
  const b = new BookW(
    "pk-kabid-paud-pnf-renstra-disdik-cibeureum-girang.xlsx",
    "PK 2025 and Renstra 2025-2029 targets (Bidang PAUD dan PNF)",
    "sheet 'PK Bidang PAUD PNF 2025': statement, No | Sasaran | Indikator Kinerja | Satuan | Target 2025; then No | Program / Kegiatan | Anggaran (Rp) | Keterangan with two programs and their kegiatan and a Jumlah; sheet 'Renstra 2025-2029': No | Indikator | Satuan | Kondisi Awal (2024) | 'Target Tahun ke-' > 1 (2025) .. 5 (2029) | Kondisi Akhir (2029)",
  );
  const S = "PK Bidang PAUD PNF 2025";
  const R = "Renstra 2025-2029";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN CIBEUREUM GIRANG", "DINAS PENDIDIKAN"]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "KEPALA BIDANG PEMBINAAN PAUD DAN PENDIDIKAN NONFORMAL",
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:",
    "Nama : IIS SITI ROHMAH, S.Pd., M.M.Pd. - Jabatan : Kepala Bidang Pembinaan PAUD dan PNF (Pihak Pertama)",
    "Nama : Dr. H. ASEP SAEFUL MILLAH, M.Pd. - Jabatan : Kepala Dinas Pendidikan (Pihak Kedua)",
  ]);
  s.gap();
  const rows: PkInd[] = [
    {
      id: "r1",
      ind: "Angka Partisipasi Kasar (APK) PAUD",
      sat: "%",
      awal: 68.4,
      tg: [70, 71.5, 73, 74.5, 76],
    },
    {
      id: "r2",
      ind: "Persentase anak usia 5-6 tahun yang mengikuti PAUD",
      sat: "%",
      awal: 91.2,
      tg: [92, 93, 94, 95, 96],
    },
    { id: "r3", ind: "Persentase satuan PAUD terakreditasi", sat: "%", awal: 58.2, tg: [61, 64, 67, 70, 73] },
    {
      id: "r4",
      ind: "Persentase guru PAUD berkualifikasi S1 / D-IV",
      sat: "%",
      awal: 52.6,
      tg: [56, 60, 64, 68, 72],
    },
    { id: "r5", ind: "Persentase PKBM terakreditasi", sat: "%", awal: 45, tg: [50, 55, 60, 65, 70] },
  ];
  // planted: the PK target of the guru S1 is 60.00, the Renstra Tahun ke-2 target (Tahun ke-1: 56.00)
  const pkT = (x: PkInd) => (x.id === "r4" ? x.tg[1] : x.tg[0]);
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran"], role: "sasaran", width: 32 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 42 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025, width: 10 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas: i < 4 ? "Meningkatnya akses dan mutu PAUD" : "Meningkatnya mutu layanan pendidikan kesetaraan",
        ind: x.ind,
        sat: x.sat,
        tg: fmt(pkT(x), DEC),
      },
    })),
  });
  s.gap();
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "nm", head: ["Program / Kegiatan"], width: 50 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 12 },
    ],
    headerRows: 1,
    rows: [
      {
        id: "p1",
        cells: (c) => ({
          no: 1,
          nm: "Program Pengelolaan Pendidikan (1.01.02)",
          rp: fx(`${c.a("rp", "k1")}+${c.a("rp", "k2")}`),
          ket: "APBD",
        }),
      },
      {
        id: "k1",
        cells: {
          nm: "- Pengelolaan Pendidikan Anak Usia Dini (1.01.02.2.03)",
          rp: 10_450_000_000,
          ket: "APBD",
        },
      },
      {
        id: "k2",
        cells: {
          nm: "- Pengelolaan Pendidikan Nonformal / Kesetaraan (1.01.02.2.04)",
          rp: 3_720_000_000,
          ket: "APBD",
        },
      },
      {
        id: "p2",
        cells: (c) => ({
          no: 2,
          nm: "Program Pendidik dan Tenaga Kependidikan (1.01.03)",
          rp: fx(`${c.a("rp", "k3")}`),
          ket: "APBD",
        }),
      },
      {
        id: "k3",
        cells: {
          nm: "- Pemerataan Kuantitas dan Kualitas PTK PAUD dan PNF (1.01.03.2.02)",
          rp: 865_400_000,
          ket: "APBD",
        },
      },
      // planted: the Jumlah adds every row, programs and kegiatan alike
      {
        id: "j",
        bold: true,
        span: ["no", "nm"],
        cells: (c) => ({ no: "Jumlah", rp: fx(`SUM(${c.a("rp", "p1")}:${c.a("rp", "k3")})`) }),
      },
    ],
  });
  s.gap();
  s.lines(["Cibeureum, 6 Januari 2025"]);
  s.lines(["Pihak Kedua,", "", "", "", "Dr. H. ASEP SAEFUL MILLAH, M.Pd.", "NIP. 19690823 199412 1 001"], 2);
  s.r -= 6;
  s.lines(["Pihak Pertama,", "", "", "", "IIS SITI ROHMAH, S.Pd., M.M.Pd.", "NIP. 19780916 200312 2 004"], 4);

  const r = b.sheet(R);
  letterhead(r, ["DINAS PENDIDIKAN KABUPATEN CIBEUREUM GIRANG"]);
  r.lines([
    "Target Kinerja Bidang Pembinaan PAUD dan PNF",
    "Rencana Strategis Dinas Pendidikan Tahun 2025-2029",
  ]);
  r.gap();
  const years = [2025, 2026, 2027, 2028, 2029];
  const tr = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator"], role: "indikator", width: 42 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, fmt: DEC, width: 10 },
      ...years.map((y, i): Col => ({
        key: `y${i}`,
        head: ["Target Tahun ke-", `${i + 1} (${y})`],
        role: "target",
        year: y,
        fmt: DEC,
        width: 9,
      })),
      { key: "ak", head: ["Kondisi Akhir (2029)"], role: "kondisi-akhir", year: 2029, fmt: DEC, width: 10 },
    ],
    headerRows: 2,
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: (c) => {
        const out: Record<string, number | string | ReturnType<typeof fx>> = {
          no: i + 1,
          ind: x.ind,
          sat: x.sat,
          awal: x.awal,
          ak: fx(c.a("y4")),
        };
        x.tg.forEach((v, k) => (out[`y${k}`] = v));
        return out;
      },
    })),
  });
  const a2 = (k: string, id: string) => t2.a(k, id);
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: t1.a("tg", "r4") },
        { sheet: R, cell: tr.a("y0", "r4") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the guru PAUD S1 / D-IV is 60.00, the Renstra Tahun ke-2 (2026) target; Tahun ke-1 (2025) is 56.00",
    truth: `'${R}'!${tr.a("y0", "r4")}`,
  });
  b.plant({
    at: { sheet: S, cell: a2("rp", "j") },
    rules: ["sum-mismatch"],
    note: "Jumlah anggaran is =SUM over every row (30,070,800,000), programs and their kegiatan counted twice; the two programs give 15,035,400,000",
    truth: `${a2("rp", "p1")}+${a2("rp", "p2")}`,
  });
  for (const x of rows)
    if (x.id !== "r4")
      b.ok({
        sheet: S,
        cell: t1.a("tg", x.id),
        rules: ["cross-table-mismatch"],
        truth: `'${R}'!${tr.a("y0", x.id)}`,
      });
  b.ok({
    sheet: S,
    cell: a2("rp", "p1"),
    rules: ["sum-mismatch"],
    truth: `${a2("rp", "k1")}+${a2("rp", "k2")}`,
    trap: `SUM(${a2("rp", "k1")}:${a2("rp", "k3")})`,
  });
  b.ok({ sheet: S, cell: a2("rp", "p2"), rules: ["sum-mismatch"], truth: a2("rp", "k3") });
  for (const x of rows)
    b.ok({
      sheet: R,
      cell: tr.a("ak", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: tr.a("y4", x.id),
      trap: `SUM(${tr.a("y0", x.id)}:${tr.a("y4", x.id)})`,
    });
  return b.finish();
}
