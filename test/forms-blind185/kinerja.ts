// Performance tables of a Dinas Kesehatan and its puskesmas: the LKjIP 2024 measurement of a Sulawesi
// Tenggara kabupaten (akreditasi paripurna, PKP kategori baik, SPM ibu hamil; AKI, AKB and stunting
// lower is better) with the akreditasi computation under it, and the PK 2025 of a Jawa Tengah
// Kepala Dinas beside the Renstra Dinkes 2025-2029 targets in ordinal years. Invented throughout.
import { BookW, DEC, fmt, fx, letterhead, predikat, signature, type Col, type Row } from "../forms/kit";

const refl = (R: string, T: string) => `ROUND((2*${T}-${R})/${T}*100,2)`;
const rt = (R: string, T: string) => `ROUND(${R}/${T}*100,2)`;

// ============================== Dinas Kesehatan Kabupaten Konawe Laut, LKjIP 2024 Tabel 3.1

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

export function lkjipDinkesKonaweLaut(): BookW {
  const b = new BookW(
    "lkjip-dinkes-akreditasi-pkp-konawe-laut.xlsx",
    "LKjIP 2024 measurement table (Dinkes, puskesmas)",
    "No | Sasaran (merged) | Indikator Kinerja | Satuan | 'Tahun Kedua (2024)' > Target | Realisasi | Capaian (%) | Predikat | Realisasi 2023; number row 1 .. 9; ROUND formulas, refleksi for AKI / AKB / stunting; Rata-rata and predikat (Permendagri 86 scale); Tabel 3.2 akreditasi computation",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, ["DINAS KESEHATAN KABUPATEN KONAWE LAUT"]);
  s.lines([
    "Tabel 3.1",
    "Pengukuran Kinerja Sasaran Strategis Dinas Kesehatan Tahun 2024 (tahun kedua Renstra 2023-2026)",
  ]);
  s.gap();
  const S1 = "Meningkatnya mutu pelayanan kesehatan dasar di puskesmas";
  const S2 = "Meningkatnya derajat kesehatan ibu dan anak";
  const rows: Ind[] = [
    {
      id: "i1",
      sas: S1,
      ind: "Persentase puskesmas terakreditasi paripurna",
      sat: "%",
      t: 40,
      r: 36.84,
      r23: 26.32,
      f: DEC,
    },
    {
      id: "i2",
      sas: S1,
      ind: "Persentase puskesmas BLUD dengan hasil PKP kategori kinerja baik",
      sat: "%",
      t: 60,
      r: 42.11,
      r23: 36.84,
      f: DEC,
    },
    {
      id: "i3",
      sas: S1,
      ind: "Cakupan pelayanan kesehatan ibu hamil sesuai standar (SPM)",
      sat: "%",
      t: 100,
      r: 87.45,
      r23: 84.1,
      f: DEC,
    },
    {
      id: "i4",
      sas: S2,
      ind: "Angka kematian ibu",
      sat: "per 100.000 KH",
      t: 180,
      r: 214,
      r23: 236,
      neg: true,
      f: "0",
    },
    {
      id: "i5",
      sas: S2,
      ind: "Angka kematian bayi",
      sat: "per 1.000 KH",
      t: 12,
      r: 10.4,
      r23: 13.2,
      neg: true,
      f: "0.0",
    },
    {
      id: "i6",
      sas: S2,
      ind: "Prevalensi balita stunting",
      sat: "%",
      t: 22,
      r: 24.6,
      r23: 27.3,
      neg: true,
      f: DEC,
    },
  ];
  const cap = (x: Ind) => (x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  if (predikat(cap(rows[1])) !== "Sedang") throw new Error("lkjip i2");
  const G = "Tahun Kedua (2024)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", num: 2, width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: 3, width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4, width: 12 },
    { key: "t", head: [G, "Target"], role: "target", year: 2024, num: 5, width: 10 },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, num: 6, width: 10 },
    { key: "c", head: [G, "Capaian (%)"], role: "capaian", year: 2024, num: 7, fmt: DEC, width: 10 },
    { key: "p", head: [G, "Predikat"], role: "predikat", year: 2024, num: 8, width: 13 },
    { key: "r23", head: ["Realisasi Tahun 2023"], role: "realisasi", year: 2023, num: 9, width: 11 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    vmerge: ["sas"],
    rows: [
      ...rows.map((x, k): Row => ({
        id: x.id,
        cells: (c) => ({
          no: k + 1,
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          t: fmt(x.t, x.f),
          r: fmt(x.r, x.f),
          // planted: the AKI (lower is better) has the R / T formula of the positive rows
          c: fx(x.neg && x.id !== "i4" ? refl(c.a("r"), c.a("t")) : rt(c.a("r"), c.a("t"))),
          // planted: "Tinggi" for 70.18 (the band > 65 - 75 is Sedang)
          p: x.id === "i2" ? "Tinggi" : predikat(cap(x)),
          r23: fmt(x.r23, x.f),
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata capaian kinerja sasaran",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i6")}),2)`),
          p: "Sangat Tinggi",
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: AKI, AKB dan prevalensi stunting semakin kecil semakin baik; capaian = (2 x target - realisasi) / target x 100%.",
    "Skala: > 90 Sangat Tinggi; > 75 s.d. 90 Tinggi; > 65 s.d. 75 Sedang; > 50 s.d. 65 Rendah; <= 50 Sangat Rendah.",
  ]);
  s.gap();
  s.lines(["Tabel 3.2", "Perhitungan Persentase Puskesmas Terakreditasi Paripurna Tahun 2024"]);
  s.gap();
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], width: 5 },
      { key: "u", head: ["Uraian"], role: "indikator", width: 44 },
      { key: "v", head: ["Tahun 2024"], role: "realisasi", year: 2024, fmt: DEC, width: 12 },
    ],
    headerRows: 1,
    rows: [
      { id: "n", cells: { no: "a", u: "Jumlah puskesmas (19 puskesmas, 11 BLUD)", v: fmt(19, "0") } },
      {
        id: "m",
        cells: {
          no: "b",
          u: "Puskesmas dengan status akreditasi Paripurna (Kemenkes, 2024)",
          v: fmt(7, "0"),
        },
      },
      {
        id: "pc",
        cells: (c) => ({
          no: "c",
          u: "Persentase (b / a x 100)",
          v: fx(`ROUND(${c.a("v", "m")}/${c.a("v", "n")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  signature(s, 6, {
    tempat: "Lasolo, 26 Februari 2025",
    jabatan: ["Kepala Dinas Kesehatan,"],
    nama: "dr. HASNAWATI TOSEPU, M.P.H.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19730914 200212 2 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i4") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Capaian of the angka kematian ibu (lower is better by the note) is =ROUND(R/T*100,2) = 118.89; (2 x 180 - 214) / 180 gives 81.11, as the AKB and stunting rows compute",
    truth: refl(a("r", "i4"), a("t", "i4")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i2") },
    rules: ["predikat-mismatch"],
    note: "predikat 'Tinggi' for the capaian of 70.18 (42.11 against 60); the band > 65 s.d. 75 of the note is Sedang",
    truth: `PREDIKAT(${a("c", "i2")})`,
  });
  for (const x of rows) {
    if (x.id === "i4") continue;
    const R = a("r", x.id);
    const T = a("t", x.id);
    b.ok({
      sheet: S,
      cell: a("c", x.id),
      rules: x.neg
        ? ["capaian-mismatch", "inconsistent-formula", "percent-out-of-range"]
        : ["capaian-mismatch", "percent-out-of-range"],
      truth: x.neg ? refl(R, T) : rt(R, T),
      // lower is better: the refleksi, not R / T
      trap: x.neg ? rt(R, T) : undefined,
    });
    if (x.id !== "i2")
      b.ok({
        sheet: S,
        cell: a("p", x.id),
        rules: ["predikat-mismatch"],
        truth: `PREDIKAT(${a("c", x.id)})`,
      });
  }
  b.ok({ sheet: S, cell: a("r", "i1"), rules: ["cross-table-mismatch"], truth: t2.a("v", "pc") });
  return b.finish();
}

// ============================== Dinas Kesehatan Kabupaten Wonosegoro, PK 2025 and Renstra 2025-2029

type PkInd = { id: string; ind: string; sat: string; awal: number; tg: number[]; neg?: boolean; f: string };

export function pkDinkesWonosegoro(): BookW {
  const b = new BookW(
    "pk-kadinkes-renstra-dinkes-wonosegoro.xlsx",
    "PK 2025 and Renstra Dinkes 2025-2029 targets",
    "sheet 'PK 2025': statement, No | Sasaran | Indikator Kinerja | Satuan | Target 2025; sheet 'Renstra 2025-2029': No | Indikator Kinerja Tujuan / Sasaran | Satuan | Kondisi Awal (2024) | 'Target Kinerja Tahun ke-' > I (2025) .. V (2029) | Kondisi Akhir Renstra (2029)",
  );
  const S = "PK 2025";
  const R = "Renstra 2025-2029";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN WONOSEGORO", "DINAS KESEHATAN"]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Pihak Pertama: dr. BAMBANG SETYO NUGROHO, M.M.R., Kepala Dinas Kesehatan",
    "Pihak Kedua: Ir. SRI HANDAYANI KUSUMANINGRUM, M.Si., Bupati Wonosegoro",
  ]);
  s.gap();
  const rows: PkInd[] = [
    {
      id: "r1",
      ind: "Persentase puskesmas terakreditasi paripurna",
      sat: "%",
      awal: 31.58,
      tg: [42.11, 52.63, 63.16, 73.68, 84.21],
      f: DEC,
    },
    {
      id: "r2",
      ind: "Persentase puskesmas BLUD dengan hasil PKP kategori kinerja baik",
      sat: "%",
      awal: 65,
      tg: [70, 75, 80, 85, 90],
      f: DEC,
    },
    {
      id: "r3",
      ind: "Angka kematian ibu",
      sat: "per 100.000 KH",
      awal: 98.6,
      tg: [95, 92, 89, 86, 83],
      neg: true,
      f: "0.0",
    },
    {
      id: "r4",
      ind: "Indeks Keluarga Sehat (IKS)",
      sat: "indeks",
      awal: 0.34,
      tg: [0.36, 0.38, 4.0, 0.42, 0.44],
      f: DEC,
    },
    {
      id: "r5",
      ind: "Persentase realisasi pendapatan BLUD puskesmas terhadap target RBA",
      sat: "%",
      awal: 96.2,
      tg: [97, 97.5, 98, 98.5, 99],
      f: DEC,
    },
  ];
  // planted: the PK target of the PKP indicator is 75.00, the Renstra target of year II (year I: 70.00)
  const pkTarget = (x: PkInd) => (x.id === "r2" ? x.tg[1] : x.tg[0]);
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 34 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 46 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 12 },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025, width: 12 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas:
          i < 2
            ? "Meningkatnya mutu layanan puskesmas"
            : i < 4
              ? "Meningkatnya derajat kesehatan keluarga"
              : "Meningkatnya kemandirian keuangan BLUD puskesmas",
        ind: x.ind,
        sat: x.sat,
        tg: fmt(pkTarget(x), x.f),
      },
    })),
  });
  s.gap();
  s.lines(["Wonosegoro, 2 Januari 2025", "Pihak Kedua,                                   Pihak Pertama,"], 2);
  s.gap(3);
  s.lines(["Ir. SRI HANDAYANI KUSUMANINGRUM, M.Si.      dr. BAMBANG SETYO NUGROHO, M.M.R."], 2);

  const r = b.sheet(R);
  letterhead(r, ["RENCANA STRATEGIS DINAS KESEHATAN KABUPATEN WONOSEGORO 2025-2029"]);
  r.lines(["Tabel 5.1 Indikator Kinerja Dinas Kesehatan yang Mengacu pada Tujuan dan Sasaran RPJMD"]);
  r.gap();
  const ord = ["I", "II", "III", "IV", "V"];
  const years = [2025, 2026, 2027, 2028, 2029];
  const tr = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator Kinerja Tujuan / Sasaran"], role: "indikator", width: 46 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 12 },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, width: 10 },
      ...years.map((y, k): Col => ({
        key: `y${y}`,
        head: ["Target Kinerja Tahun ke-", `${ord[k]} (${y})`],
        role: "target",
        year: y,
        width: 9,
      })),
      { key: "ak", head: ["Kondisi Akhir Renstra (2029)"], role: "kondisi-akhir", year: 2029, width: 11 },
    ],
    headerRows: 2,
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: (c) => ({
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: fmt(x.awal, x.f),
        ...Object.fromEntries(years.map((y, k) => [`y${y}`, fmt(x.tg[k], x.f)])),
        ak: fx(`${c.a("y2029")}`),
      }),
    })),
  });
  r.gap();
  r.lines(["Catatan: AKI semakin kecil semakin baik; IKS dihitung dari 12 indikator PIS-PK (0 - 1)."]);

  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: t1.a("tg", "r2") },
        { sheet: R, cell: tr.a("y2025", "r2") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the PKP kategori baik is 75.00, the Renstra target of year II (2026); the Renstra year I (2025) target is 70.00",
    truth: `'${R}'!${tr.a("y2025", "r2")}`,
  });
  b.plant({
    at: { sheet: R, cell: tr.a("y2027", "r4") },
    rules: ["target-outlier"],
    note: "IKS target of year III (2027) is 4.00, the decimal point slipped; the index runs 0 - 1 and the row climbs 0.36, 0.38, .., 0.42, 0.44, so 0.40",
    truth: `ROUND((${tr.a("y2026", "r4")}+${tr.a("y2028", "r4")})/2,2)`,
  });
  for (const x of rows)
    if (x.id !== "r2")
      b.ok({
        sheet: S,
        cell: t1.a("tg", x.id),
        rules: ["cross-table-mismatch"],
        truth: `'${R}'!${tr.a("y2025", x.id)}`,
      });
  for (const x of rows) {
    b.ok({
      sheet: R,
      cell: tr.a("ak", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: tr.a("y2029", x.id),
      // a rate's kondisi akhir is the year V target, not the five years added up
      trap: `SUM(${tr.a("y2025", x.id)}:${tr.a("y2029", x.id)})`,
    });
  }
  b.ok({ sheet: R, cell: tr.a("y2029", "r3"), rules: ["target-trend"], truth: "83" });
  return b.finish();
}
