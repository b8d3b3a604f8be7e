// An LKjIP 2024 measurement table of a Disperindag in Jawa Tengah (capaian formulas, refleksi for the
// lower-is-better rows, predikat words, capaian against the Renstra end target) and a PK 2025 of a
// Disperindag in Gorontalo beside its Renstra 2025-2029 targets (ordinal "Tahun ke-" headers).
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

const rt = (r: string, t: string) => `ROUND(${r}/${t}*100,2)`;
const refl = (r: string, t: string) => `ROUND((2*${t}-${r})/${t}*100,2)`;

type L = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  t: number;
  r: number;
  r23: number;
  t26: number;
  neg?: boolean;
};

export function lkjipSindoro(): BookW {
  const b = new BookW(
    "lkjip-2024-pengukuran-disperindag-kab-sindoro-kidul.xlsx",
    "LKjIP 2024 measurement table (Disperindag)",
    "LKjIP 2024 Tabel 3.1 of a Disperindag in Jawa Tengah: No | Sasaran Strategis (merged) | Indikator Kinerja Utama | Satuan | 'Tahun 2024' > Target | Realisasi | Capaian (%) | Predikat | Realisasi 2023 | 'Target Akhir Renstra (2026)' > Target | Capaian s.d. 2024 (%); ROUND formulas, refleksi for the two lower-is-better rows; typed predikat; Rata-rata row; notes below",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN SINDORO KIDUL", "DINAS PERINDUSTRIAN DAN PERDAGANGAN"]);
  s.lines(["Tabel 3.1", "Pengukuran Capaian Kinerja Sasaran Strategis Tahun 2024"]);
  s.gap();
  const S1 = "Meningkatnya stabilitas harga dan kualitas sarana perdagangan";
  const S2 = "Meningkatnya daya saing industri kecil dan menengah";
  const S3 = "Meningkatnya tertib ukur dan perlindungan konsumen";
  const rows: L[] = [
    {
      id: "i1",
      sas: S1,
      ind: "Persentase pasar rakyat yang dikelola sesuai SNI 8152:2021",
      sat: "%",
      t: 40,
      r: 42.86,
      r23: 35.71,
      t26: 50,
    },
    {
      id: "i2",
      sas: S1,
      ind: "Koefisien variasi harga barang kebutuhan pokok",
      sat: "%",
      t: 9,
      r: 7.6,
      r23: 9.85,
      t26: 8,
      neg: true,
    },
    { id: "i3", sas: S2, ind: "Pertumbuhan jumlah IKM", sat: "%", t: 3.5, r: 3.12, r23: 2.94, t26: 4 },
    {
      id: "i4",
      sas: S3,
      ind: "Persentase UTTP bertanda tera sah yang berlaku",
      sat: "%",
      t: 80,
      r: 76.3,
      r23: 71.45,
      t26: 90,
    },
    {
      id: "i5",
      sas: S3,
      ind: "Jumlah kasus barang beredar tidak sesuai ketentuan",
      sat: "kasus",
      t: 12,
      r: 15,
      r23: 17,
      t26: 8,
      neg: true,
    },
  ];
  const cap = (x: L) => round(x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  const I3_TYPED = 91.14; // planted: typed; 3.12 / 3.5 gives 89.14
  const G = "Tahun 2024";
  const A = "Target Akhir Renstra (2026)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    { key: "t", head: [G, "Target"], role: "target", year: 2024, width: 9 },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, width: 9 },
    { key: "c", head: [G, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 9 },
    { key: "p", head: [G, "Predikat"], role: "predikat", year: 2024, width: 12 },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, width: 9 },
    { key: "t26", head: [A, "Target"], role: "target", year: 2026, width: 9 },
    { key: "c26", head: [A, "Capaian s.d. 2024 (%)"], role: "capaian", fmt: DEC, width: 11 },
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
          t: fmt(x.t, x.sat === "%" ? DEC : "0"),
          r: fmt(x.r, x.sat === "%" ? DEC : "0"),
          c: x.id === "i3" ? I3_TYPED : fx(x.neg ? refl(c.a("r"), c.a("t")) : rt(c.a("r"), c.a("t"))),
          // planted: i4's 95.38 is Sangat Baik
          p: x.id === "i4" ? "Baik" : predikatBaik(x.id === "i3" ? I3_TYPED : cap(x)),
          r23: fmt(x.r23, x.sat === "%" ? DEC : "0"),
          t26: fmt(x.t26, x.sat === "%" ? DEC : "0"),
          c26: fx(x.neg ? refl(c.a("r"), c.a("t26")) : rt(c.a("r"), c.a("t26"))),
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata capaian kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i5")}),2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: indikator 2 dan 5 semakin kecil semakin baik; capaian = (2 x target - realisasi) / target x 100%.",
    "Predikat: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
    "*) realisasi pertumbuhan IKM angka sementara (SIINas per 31 Desember 2024).",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Sindoro Kidul, 27 Februari 2025",
    jabatan: ["Kepala Dinas Perindustrian dan Perdagangan"],
    nama: "Ir. ENDANG SRI WAHYUNINGSIH, M.T.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19730511 199903 2 005",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i3") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "Capaian of the IKM growth is a typed 91.14 among ROUND formulas; 3.12 / 3.50 x 100 gives 89.14",
    truth: rt(a("r", "i3"), a("t", "i3")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i4") },
    rules: ["predikat-mismatch"],
    note: "Predikat 'Baik' for the UTTP tera sah capaian of 95.38; the band > 90 of the note is Sangat Baik",
    truth: `PREDIKAT_BAIK(${a("c", "i4")})`,
  });
  for (const x of rows) {
    const R = a("r", x.id);
    if (x.id !== "i3")
      b.ok({
        sheet: S,
        cell: a("c", x.id),
        rules: ["capaian-mismatch", "inconsistent-formula"],
        truth: x.neg ? refl(R, a("t", x.id)) : rt(R, a("t", x.id)),
        // lower is better: the refleksi, not R / T
        trap: x.neg ? rt(R, a("t", x.id)) : undefined,
      });
    b.ok({
      sheet: S,
      cell: a("c26", x.id),
      rules: ["capaian-mismatch"],
      truth: x.neg ? refl(R, a("t26", x.id)) : rt(R, a("t26", x.id)),
      trap: x.neg ? rt(R, a("t26", x.id)) : undefined,
    });
    if (x.id !== "i4" && x.id !== "i3")
      b.ok({
        sheet: S,
        cell: a("p", x.id),
        rules: ["predikat-mismatch"],
        truth: `PREDIKAT_BAIK(${a("c", x.id)})`,
      });
  }
  b.ok({
    sheet: S,
    cell: a("c", "i1"),
    rules: ["percent-out-of-range"],
    truth: rt(a("r", "i1"), a("t", "i1")),
  });
  return b.finish();
}

// ====================================== PK 2025 and Renstra 2025-2029, Disperindag Kota Tapa Bulango

type P = { id: string; ind: string; sat: string; awal: number; tg: number[]; neg?: boolean };

export function pkTapaBulango(): BookW {
  const b = new BookW(
    "pk-2025-kadis-perindag-renstra-kota-tapa-bulango.xlsx",
    "PK 2025 with the Renstra 2025-2029 targets (Disperindag)",
    "sheet 'PK 2025': statement, No | Sasaran Strategis | Indikator Kinerja | Satuan | Target; then No | Kode | Program | Anggaran (Rp) | Keterangan with a typed Jumlah; sheet 'Renstra 2025-2029': No | Indikator | Satuan | Kondisi Awal | 'Target Kinerja' > Tahun ke-1 .. ke-5 (years from the title) | Kondisi Akhir (formula = Tahun ke-5)",
  );
  const S = "PK 2025";
  const R = "Renstra 2025-2029";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA TAPA BULANGO",
    "DINAS PERINDUSTRIAN DAN PERDAGANGAN",
    "Jl. Nani Wartabone No. 9",
  ]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Pihak pertama berjanji akan mewujudkan target kinerja tahunan sesuai lampiran perjanjian ini dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan.",
    "PIHAK PERTAMA : MOH. RIZAL PAKAYA, S.T., M.Si. - Kepala Dinas Perindustrian dan Perdagangan",
    "PIHAK KEDUA : Wali Kota Tapa Bulango",
  ]);
  s.gap();
  const rows: P[] = [
    {
      id: "r1",
      ind: "Persentase pasar rakyat dalam kondisi baik",
      sat: "%",
      awal: 52.5,
      tg: [55, 60, 65, 70, 75],
    },
    {
      id: "r2",
      ind: "Koefisien variasi harga bahan pokok antarwaktu",
      sat: "%",
      awal: 9.1,
      tg: [8.5, 8, 7.5, 7, 6.5],
      neg: true,
    },
    { id: "r3", ind: "Pertumbuhan jumlah IKM", sat: "%", awal: 2.7, tg: [3, 3.25, 3.5, 3.75, 4] },
    {
      id: "r4",
      ind: "Persentase UTTP bertanda tera sah yang berlaku",
      sat: "%",
      awal: 78.4,
      tg: [82, 85, 88, 91, 94],
    },
  ];
  // planted: the PK 2025 target of the koefisien variasi is the end-period target 6.50 (Renstra 2025: 8.50)
  const pkT = (x: P) => (x.id === "r2" ? x.tg[4] : x.tg[0]);
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 34 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 42 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
      { key: "tg", head: ["Target"], role: "target", year: 2025, width: 10 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas:
          i < 2
            ? "Meningkatnya kelancaran distribusi dan stabilitas harga"
            : "Meningkatnya daya saing IKM dan tertib ukur",
        ind: x.ind,
        sat: x.sat,
        tg: fmt(pkT(x), DEC),
      },
    })),
  });
  s.gap();
  const progs: Array<[string, string, string, number]> = [
    ["g1", "3.30.01", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 4_812_650_000],
    ["g2", "3.30.03", "Program Peningkatan Sarana Distribusi Perdagangan", 3_275_400_000],
    ["g3", "3.30.04", "Program Stabilisasi Harga Barang Kebutuhan Pokok dan Barang Penting", 612_850_000],
    ["g4", "3.30.06", "Program Standardisasi dan Perlindungan Konsumen", 498_300_000],
    ["g5", "3.31.02", "Program Perencanaan dan Pembangunan Industri", 736_920_000],
  ];
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "kode", head: ["Kode"], role: "kode", width: 10 },
      { key: "nm", head: ["Program"], width: 50 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 12 },
    ],
    headerRows: 1,
    rows: [
      ...progs.map(([id, kode, nm, rp], i): Row => ({
        id,
        cells: { no: i + 1, kode, nm, rp, ket: "APBD 2025" },
      })),
      // planted: the Jumlah leaves out the metrologi program (9,437,820,000; the five give 9,936,120,000)
      { id: "j", bold: true, span: ["no", "nm"], cells: { no: "Jumlah", rp: 9_437_820_000 } },
    ],
  });
  s.gap();
  s.lines(["Tapa Bulango, 6 Januari 2025"], 2);
  s.lines(["PIHAK KEDUA,", "Wali Kota Tapa Bulango", "", "", "", "Dr. ARIFIN DJAFAR, M.Si."], 2);
  s.r -= 6;
  s.lines(["PIHAK PERTAMA,", "Kepala Dinas", "", "", "", "MOH. RIZAL PAKAYA, S.T., M.Si."], 4);

  const r = b.sheet(R);
  letterhead(r, ["DINAS PERINDUSTRIAN DAN PERDAGANGAN KOTA TAPA BULANGO"]);
  r.lines(["Tabel 7.1 Indikator Kinerja yang Mengacu pada Tujuan dan Sasaran RPJMD", "Renstra 2025-2029"]);
  r.gap();
  const tr = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
      { key: "ind", head: ["Indikator"], role: "indikator", num: "2", width: 42 },
      { key: "sat", head: ["Satuan"], role: "satuan", num: "3", width: 8 },
      {
        key: "awal",
        head: ["Kondisi Kinerja pada Awal Periode RPJMD"],
        role: "kondisi-awal",
        year: 2024,
        num: "4",
        width: 12,
      },
      ...[1, 2, 3, 4, 5].map((y): Col => ({
        key: `y${y}`,
        head: ["Target Kinerja", `Tahun ke-${y}`],
        role: "target",
        year: 2024 + y,
        num: String(4 + y),
        fmt: DEC,
        width: 9,
      })),
      {
        key: "ak",
        head: ["Kondisi Kinerja pada Akhir Periode RPJMD"],
        role: "kondisi-akhir",
        year: 2029,
        num: "10",
        fmt: DEC,
        width: 12,
      },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: (c) => ({
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: fmt(x.awal, DEC),
        ...Object.fromEntries(x.tg.map((v, k) => [`y${k + 1}`, v])),
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
    note: "PK 2025 target of the koefisien variasi harga is 6.50, the Renstra end-period (Tahun ke-5) target; the Renstra Tahun ke-1 (2025) target is 8.50",
    truth: `'${R}'!${tr.a("y1", "r2")}`,
  });
  b.plant({
    at: { sheet: S, cell: t2.a("rp", "j") },
    rules: ["sum-mismatch"],
    note: "Jumlah anggaran is a typed 9,437,820,000, the five programs without 3.30.06 (498,300,000); the five programs add up to 9,936,120,000",
    truth: `SUM(${t2.a("rp", "g1")}:${t2.a("rp", "g5")})`,
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
    b.ok({ sheet: R, cell: tr.a("y5", x.id), rules: ["target-trend"], truth: String(x.tg[4]) });
  }
  return b.finish();
}
