// An LKjIP 2024 measurement table of the Dinas Kehutanan Provinsi Nusa Tenggara Barat: a "Sifat"
// column (Maksimal / Minimal), capaian formulas with refleksi (2T - R) / T for the lower-is-better
// indicators (burned area, hotspots), predikat words, a rata-rata and predikat footer. Every number
// is invented.
import {
  BookW,
  DEC,
  fx,
  letterhead,
  predikatBaik,
  round,
  signature,
  type Cell,
  type Ctx,
} from "../forms/kit";

export function lkjipDishutNtb(): BookW {
  const b = new BookW(
    "lkjip-2024-dishut-ntb-pengukuran.xlsx",
    "LKjIP 2024 measurement table of a Dinas Kehutanan",
    "LKjIP 2024 of Dinas Kehutanan Provinsi NTB: No | Sasaran | IKU | Satuan | Sifat | Realisasi 2023 | Target 2024 | Realisasi 2024 | Capaian (%) | Predikat | Target akhir Renstra; refleksi formulas on the Minimal rows, predikat words, rata-rata footer",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, ["DINAS KEHUTANAN PROVINSI NUSA TENGGARA BARAT"]);
  s.lines(["Tabel 3.1 Pengukuran Capaian Kinerja Sasaran Strategis Tahun 2024"]);
  s.gap();
  const rows = [
    {
      sas: "Meningkatnya luas tutupan lahan",
      ind: "Persentase luas lahan kritis yang terehabilitasi",
      sat: "%",
      neg: false,
      r23: 10.4,
      t: 12.5,
      r: 11.8,
      akh: 20,
    },
    {
      sas: "Meningkatnya luas tutupan lahan",
      ind: "Luas areal kebakaran hutan dan lahan",
      sat: "Ha",
      neg: true,
      r23: 905,
      t: 850,
      r: 712,
      akh: 600,
    },
    {
      sas: "Meningkatnya luas tutupan lahan",
      ind: "Jumlah titik panas (hotspot) dengan tingkat kepercayaan tinggi",
      sat: "titik",
      neg: true,
      r23: 148,
      t: 120,
      r: 131,
      akh: 80,
    },
    {
      sas: "Meningkatnya kesejahteraan masyarakat sekitar hutan",
      ind: "Jumlah kelompok tani hutan yang naik kelas",
      sat: "kelompok",
      neg: false,
      r23: 41,
      t: 60,
      r: 47,
      akh: 75,
    },
    {
      sas: "Meningkatnya kesejahteraan masyarakat sekitar hutan",
      ind: "Nilai produksi hasil hutan bukan kayu",
      sat: "Rp miliar",
      neg: false,
      r23: 31.7,
      t: 38.5,
      r: 35.2,
      akh: 50,
    },
    {
      sas: "Meningkatnya kesejahteraan masyarakat sekitar hutan",
      ind: "Persentase KUPS perhutanan sosial kelas Gold dan Platinum",
      sat: "%",
      neg: false,
      r23: 17.9,
      t: 25,
      r: 20.6,
      akh: 35,
    },
  ];
  const capOf = (x: (typeof rows)[number], wrongPolarity = false) =>
    round(((x.neg && !wrongPolarity ? 2 * x.t - x.r : x.r) / x.t) * 100);
  const caps = rows.map((x, i) => capOf(x, i === 2));
  const avg = round(caps.reduce((n, v) => n + v, 0) / caps.length);
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", num: 2, width: 28 },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", num: 3, width: 36 },
      { key: "sat", head: ["Satuan"], role: "satuan", num: 4, width: 10 },
      { key: "sif", head: ["Sifat Indikator"], role: "polaritas", num: 5, width: 10 },
      {
        key: "r23",
        head: ["Realisasi 2023"],
        role: "realisasi",
        year: 2023,
        num: 6,
        fmt: "#,##0.##",
        width: 11,
      },
      {
        key: "t",
        head: ["Tahun 2024", "Target"],
        role: "target",
        year: 2024,
        num: 7,
        fmt: "#,##0.##",
        width: 10,
      },
      {
        key: "r",
        head: ["Tahun 2024", "Realisasi"],
        role: "realisasi",
        year: 2024,
        num: 8,
        fmt: "#,##0.##",
        width: 10,
      },
      {
        key: "cap",
        head: ["Tahun 2024", "Capaian (%)"],
        role: "capaian",
        year: 2024,
        num: 9,
        fmt: DEC,
        width: 10,
      },
      { key: "pred", head: ["Tahun 2024", "Kategori"], role: "predikat", num: 10, width: 12 },
      {
        key: "akh",
        head: ["Target Akhir Renstra (2026)"],
        role: "target",
        num: 11,
        fmt: "#,##0.##",
        width: 12,
      },
    ],
    headerRows: 2,
    numberRow: "plain",
    vmerge: ["sas"],
    rows: [
      ...rows.map((x, i) => ({
        id: `i${i + 1}`,
        cells: (c: Ctx): Record<string, Cell> => ({
          no: i + 1,
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          sif: x.neg ? "Minimal" : "Maksimal",
          r23: x.r23,
          t: x.t,
          r: x.r,
          // planted: the hotspot row keeps the R/T formula of the rows above it
          cap:
            x.neg && i !== 2
              ? fx(`ROUND((2*${c.a("t")}-${c.a("r")})/${c.a("t")}*100,2)`)
              : fx(`ROUND(${c.a("r")}/${c.a("t")}*100,2)`),
          // planted: the KUPS row is called Sangat Baik at 82.40
          pred: i === 5 ? "Sangat Baik" : predikatBaik(caps[i]),
          akh: x.akh,
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (c: Ctx) => ({
          no: "Rata-rata Capaian Kinerja",
          cap: fx(`ROUND(AVERAGE(${c.a("cap", "i1")}:${c.a("cap", "i6")}),2)`),
          pred: predikatBaik(avg),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan: capaian indikator bersifat minimal dihitung (2 x Target - Realisasi) / Target x 100%.",
    "Kategori: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Mataram, 27 Februari 2025",
    jabatan: ["Kepala Dinas Kehutanan", "Provinsi Nusa Tenggara Barat,"],
    nama: "Ir. LALU MUHAMAD SAPTAJI, M.P.",
    nip: "19710306 199803 1 007",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("cap", "i3") },
    rules: ["capaian-mismatch"],
    note: "Hotspots (Minimal) use =R/T: 131 / 120 gives 109.17; refleksi (2 x 120 - 131) / 120 gives 90.83",
    truth: `ROUND((2*${a("t", "i3")}-${a("r", "i3")})/${a("t", "i3")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("pred", "i6") },
    rules: ["predikat-mismatch"],
    note: "KUPS Gold/Platinum: 'Sangat Baik' for a capaian of 82.40; the band > 75 - 90 is Baik",
    truth: `PREDIKAT_BAIK(${a("cap", "i6")})`,
  });
  b.ok({
    sheet: S,
    cell: a("cap", "i2"),
    rules: ["capaian-mismatch"],
    truth: `ROUND((2*${a("t", "i2")}-${a("r", "i2")})/${a("t", "i2")}*100,2)`,
    trap: `ROUND(${a("r", "i2")}/${a("t", "i2")}*100,2)`,
  });
  for (const i of [1, 4, 5, 6])
    b.ok({
      sheet: S,
      cell: a("cap", `i${i}`),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r", `i${i}`)}/${a("t", `i${i}`)}*100,2)`,
    });
  for (const i of [1, 2, 4, 5])
    b.ok({
      sheet: S,
      cell: a("pred", `i${i}`),
      rules: ["predikat-mismatch"],
      truth: `PREDIKAT_BAIK(${a("cap", `i${i}`)})`,
    });
  b.ok({
    sheet: S,
    cell: a("pred", "avg"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT_BAIK(${a("cap", "avg")})`,
  });
  return b.finish();
}
