// Performance tables of a Dinas Pertanian: the LKjIP 2024 measurement of an NTB kabupaten (produksi
// padi and jagung, serapan pupuk bersubsidi, penyuluh per BPP, lahan puso lower is better) and the
// PK 2025 of a Gorontalo kabupaten's Kepala Dinas beside the Renstra 2025-2029 targets in ordinal
// years. Every name and number is invented.
import {
  BookW,
  DEC,
  INT,
  fmt,
  fx,
  letterhead,
  predikat,
  round,
  signature,
  type Col,
  type Row,
} from "../forms/kit";

const refl = (R: string, T: string) => `ROUND((2*${T}-${R})/${T}*100,2)`;
const rt = (R: string, T: string) => `ROUND(${R}/${T}*100,2)`;

// =============================================== Dinas Pertanian Kabupaten Tambora Raya, LKjIP 2024

type Ind = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  t: number;
  r: number;
  neg?: boolean;
  f: string;
};

export function lkjipPertanian(): BookW {
  const b = new BookW(
    "lkjip-pengukuran-kinerja-distan-tambora-raya.xlsx",
    "LKjIP pengukuran kinerja (Dinas Pertanian)",
    "LKjIP 2024 Tabel 3.1: No | Sasaran Strategis (merged) | Indikator Kinerja Utama | Satuan | Target 2024 | Realisasi 2024 | Capaian (%) | Kategori; refleksi for the lahan puso (lower is better); footer Rata-rata with its kategori",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN TAMBORA RAYA", "DINAS PERTANIAN"]);
  s.lines(["Tabel 3.1", "Pengukuran Capaian Kinerja Sasaran Strategis Dinas Pertanian Tahun 2024"]);
  s.gap();
  const S1 = "Meningkatnya produksi tanaman pangan";
  const S2 = "Meningkatnya ketersediaan sarana dan penyuluhan pertanian";
  const rows: Ind[] = [
    { id: "i1", sas: S1, ind: "Produksi padi (GKG)", sat: "ton", t: 285_000, r: 279_340, f: INT },
    { id: "i2", sas: S1, ind: "Produksi jagung pipilan kering", sat: "ton", t: 410_000, r: 436_850, f: INT },
    {
      id: "i3",
      sas: S1,
      ind: "Persentase luas lahan puso terhadap luas tanam padi",
      sat: "%",
      t: 2.5,
      r: 1.8,
      neg: true,
      f: DEC,
    },
    {
      id: "i4",
      sas: S2,
      ind: "Persentase serapan pupuk bersubsidi terhadap alokasi",
      sat: "%",
      t: 90,
      r: 86.4,
      f: DEC,
    },
    { id: "i5", sas: S2, ind: "Rasio penyuluh pertanian per BPP", sat: "orang/BPP", t: 8, r: 6.5, f: DEC },
    {
      id: "i6",
      sas: S2,
      ind: "Nilai Tukar Petani subsektor tanaman pangan",
      sat: "indeks",
      t: 105,
      r: 102.35,
      f: DEC,
    },
  ];
  const capOf = (x: Ind) => round(x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  // planted: the penyuluh ratio's capaian is typed 88.75 (6.5 / 8 gives 81.25)
  const typed = 88.75;
  const caps = rows.map((x) => (x.id === "i5" ? typed : capOf(x)));
  const avg = round(caps.reduce((n, v) => n + v, 0) / caps.length);
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 11 },
      { key: "t", head: ["Target 2024"], role: "target", year: 2024, width: 11 },
      { key: "r", head: ["Realisasi 2024"], role: "realisasi", year: 2024, width: 11 },
      { key: "c", head: ["Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
      { key: "p", head: ["Kategori"], role: "predikat", year: 2024, width: 13 },
    ],
    headerRows: 1,
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
          c: x.id === "i5" ? fmt(typed, DEC) : fx(x.neg ? refl(c.a("r"), c.a("t")) : rt(c.a("r"), c.a("t"))),
          // planted: "Tinggi" for the padi's 98.01 (above 90 is Sangat Tinggi)
          p: x.id === "i1" ? "Tinggi" : predikat(caps[k]),
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata Capaian Kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i6")}),2)`),
          p: predikat(avg),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: indikator lahan puso semakin kecil semakin baik; capaian = (2 x target - realisasi) / target x 100%.",
    "Kategori (Permendagri 86/2017): > 90 Sangat Tinggi; > 75 - 90 Tinggi; > 65 - 75 Sedang; > 50 - 65 Rendah; <= 50 Sangat Rendah.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Dompu Utara, 25 Februari 2025",
    jabatan: ["Kepala Dinas Pertanian,"],
    nama: "H. SYAMSUL RIJAL, S.P., M.Si.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19740522 200003 1 009",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i5") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "Capaian of the rasio penyuluh per BPP is a typed 88.75 among ROUND formulas; 6.50 / 8.00 x 100 gives 81.25",
    truth: rt(a("r", "i5"), a("t", "i5")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i1") },
    rules: ["predikat-mismatch"],
    note: "kategori 'Tinggi' for the produksi padi's capaian 98.01; above 90 is Sangat Tinggi by the note",
    truth: `PREDIKAT(${a("c", "i1")})`,
  });
  for (const x of rows) {
    if (x.id === "i5") continue;
    const R = a("r", x.id);
    const T = a("t", x.id);
    b.ok({
      sheet: S,
      cell: a("c", x.id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: x.neg ? refl(R, T) : rt(R, T),
      // the lahan puso is lower is better: its capaian is the refleksi 128.00, not R / T 72.00
      trap: x.neg ? rt(R, T) : undefined,
    });
    if (x.id !== "i1")
      b.ok({
        sheet: S,
        cell: a("p", x.id),
        rules: ["predikat-mismatch"],
        truth: `PREDIKAT(${a("c", x.id)})`,
      });
  }
  return b.finish();
}

// ================================ Dinas Pertanian Kabupaten Paguyaman Raya, PK 2025 and Renstra 2025-2029

type PkInd = { id: string; ind: string; sat: string; awal: number; tg: number[]; neg?: boolean; f: string };

export function pkPertanian(): BookW {
  const b = new BookW(
    "pk-kadis-pertanian-renstra-paguyaman-raya.xlsx",
    "PK 2025 and Renstra 2025-2029 targets (Dinas Pertanian)",
    "sheet 'PK 2025': statement, No | Sasaran Strategis | Indikator Kinerja | Satuan | Target; sheet 'Renstra 2025-2029': No | Indikator Kinerja | Satuan | Kondisi Kinerja Awal (2024) | 'Target Kinerja' > Tahun I (2025) .. Tahun V (2029) | Kondisi Kinerja Akhir Periode Renstra",
  );
  const S = "PK 2025";
  const R = "Renstra 2025-2029";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN PAGUYAMAN RAYA"]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "KEPALA DINAS PERTANIAN",
    "Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini.",
  ]);
  s.gap();
  const rows: PkInd[] = [
    {
      id: "r1",
      ind: "Produksi padi",
      sat: "ton",
      awal: 148_620,
      tg: [151_000, 154_500, 158_000, 161_500, 165_000],
      f: INT,
    },
    {
      id: "r2",
      ind: "Produksi jagung",
      sat: "ton",
      awal: 612_480,
      tg: [620_000, 632_500, 645_000, 657_500, 670_000],
      f: INT,
    },
    {
      id: "r3",
      ind: "Produktivitas padi sawah",
      sat: "ku/ha",
      awal: 50.85,
      tg: [51.2, 51.8, 52.4, 52.9, 53.5],
      f: DEC,
    },
    {
      id: "r4",
      ind: "Persentase kehilangan hasil pasca panen padi",
      sat: "%",
      awal: 10.4,
      tg: [10, 9.5, 9, 8.5, 8],
      neg: true,
      f: DEC,
    },
    {
      id: "r5",
      ind: "Rasio penyuluh pertanian per BPP",
      sat: "orang/BPP",
      awal: 5.8,
      tg: [6, 6.5, 7, 7.5, 8],
      f: DEC,
    },
  ];
  // planted: the PK target of jagung is 632.500, the Renstra's Tahun II (2026)
  const pkT = (x: PkInd) => (x.id === "r2" ? x.tg[1] : x.tg[0]);
  // planted: produktivitas Tahun III typed 5.24 (decimal slipped; 52.40 by the trend)
  const tgOf = (x: PkInd, k: number) => (x.id === "r3" && k === 2 ? 5.24 : x.tg[k]);
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No."], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 32 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 11 },
      { key: "tg", head: ["Target"], role: "target", year: 2025, width: 12 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas:
          i < 4
            ? "Meningkatnya produksi dan produktivitas tanaman pangan"
            : "Meningkatnya kapasitas penyuluhan pertanian",
        ind: x.ind,
        sat: x.sat,
        tg: fmt(pkT(x), x.f),
      },
    })),
  });
  s.gap();
  s.lines(["Limboto Barat, 6 Januari 2025"], 2);
  s.lines(["Pihak Kedua,", "Bupati Paguyaman Raya", "", "", "ISMAIL DJAFAR, S.E."], 2);
  s.r -= 5;
  s.lines(
    [
      "Pihak Pertama,",
      "Kepala Dinas Pertanian",
      "",
      "",
      "Ir. NOVIYANTI A. HULUBANGGA, M.P.",
      "NIP. 19780309 200312 2 004",
    ],
    4,
  );

  const r = b.sheet(R);
  letterhead(r, ["DINAS PERTANIAN KABUPATEN PAGUYAMAN RAYA"]);
  r.lines(["Tabel 6.1", "Indikator Kinerja Perangkat Daerah yang Mengacu pada Tujuan dan Sasaran RPJMD"]);
  r.gap();
  const years = [2025, 2026, 2027, 2028, 2029];
  const ord = ["I", "II", "III", "IV", "V"];
  const tr = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
      { key: "awal", head: ["Kondisi Kinerja Awal (2024)"], role: "kondisi-awal", year: 2024, width: 12 },
      ...years.map((y, k): Col => ({
        key: `y${y}`,
        head: ["Target Kinerja", `Tahun ${ord[k]} (${y})`],
        role: "target",
        year: y,
        width: 11,
      })),
      {
        key: "ak",
        head: ["Kondisi Kinerja Akhir Periode Renstra"],
        role: "kondisi-akhir",
        year: 2029,
        width: 12,
      },
    ],
    headerRows: 2,
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: (c) => ({
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: fmt(x.awal, x.f),
        ...Object.fromEntries(years.map((y, k) => [`y${y}`, fmt(tgOf(x, k), x.f)])),
        ak: fx(`${c.a("y2029")}`),
      }),
    })),
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: t1.a("tg", "r2") },
        { sheet: R, cell: tr.a("y2025", "r2") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of produksi jagung is 632,500 ton, the Renstra's Tahun II (2026); Tahun I (2025) is 620,000",
    truth: `'${R}'!${tr.a("y2025", "r2")}`,
  });
  b.plant({
    at: { sheet: R, cell: tr.a("y2027", "r3") },
    rules: ["target-outlier"],
    note: "Tahun III (2027) target of produktivitas padi sawah is 5.24 ku/ha among 51.20 .. 53.50; the decimal slipped, 52.40 continues the series",
    truth: `ROUND((${tr.a("y2026", "r3")}+${tr.a("y2028", "r3")})/2,1)`,
  });
  for (const x of rows) {
    if (x.id !== "r2")
      b.ok({
        sheet: S,
        cell: t1.a("tg", x.id),
        rules: ["cross-table-mismatch"],
        truth: `'${R}'!${tr.a("y2025", x.id)}`,
      });
    b.ok({
      sheet: R,
      cell: tr.a("ak", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: tr.a("y2029", x.id),
      // the kondisi akhir is the Tahun V target, not the five years added up
      trap: `SUM(${tr.a("y2025", x.id)}:${tr.a("y2029", x.id)})`,
    });
  }
  b.ok({ sheet: R, cell: tr.a("y2029", "r4"), rules: ["target-trend"], truth: "8" });
  return b.finish();
}
