// The LKjIP 2024 of a BPKAD in Riau, Tabel 3.1 pengukuran kinerja sasaran (capaian R / T, the
// refleksi (2T - R) / T for the lower-is-better rows, Permendagri predikat words, realisasi of 2022
// and 2023 side by side) and Tabel 3.2 under it with the computation of two realisasi. Invented.
import {
  BookW,
  DEC,
  INT,
  fx,
  letterhead,
  predikat,
  signature,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

const rt = (R: string, T: string) => `ROUND(${R}/${T}*100,2)`;
const refl = (R: string, T: string) => `ROUND((2*${T}-${R})/${T}*100,2)`;

type Ind = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  t: number;
  r: number;
  r22: number;
  r23: number;
  neg?: boolean;
};

export function lkjipBpkadRiau(): BookW {
  const b = new BookW(
    "lkjip-2024-pengukuran-kinerja-bpkad-tasik-serai.xlsx",
    "LKjIP 2024 BPKAD (Tabel 3.1 and 3.2)",
    "LKjIP 2024 of a BPKAD in Riau: Tabel 3.1 No | Sasaran Strategis (merged) | Indikator Kinerja | Satuan | 'Tahun 2024' > Target | Realisasi | Capaian (%) | 'Realisasi Tahun Sebelumnya' > 2022 | 2023 | Predikat; refleksi for the lower-is-better rows; Rata-rata row; Tabel 3.2 under it: the computation of the OPD laporan tepat waktu and the bidang tanah bersertifikat",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN TASIK SERAI", "BADAN KEUANGAN DAN ASET DAERAH"]);
  s.lines([
    "BAB III AKUNTABILITAS KINERJA",
    "Tabel 3.1 Pengukuran Kinerja Sasaran Strategis BPKAD Tahun 2024",
  ]);
  s.gap();
  const S1 = "Meningkatnya kualitas pengelolaan keuangan daerah";
  const S2 = "Meningkatnya tertib administrasi barang milik daerah";
  const I: Ind[] = [
    {
      id: "i1",
      sas: S1,
      ind: "Persentase realisasi belanja daerah",
      sat: "%",
      t: 95,
      r: 93.42,
      r22: 89.85,
      r23: 91.6,
    },
    // planted: 112.50 (45 laporan counted against 40 OPD, the UPTD counted too); Tabel 3.2 gives 90.00
    {
      id: "i2",
      sas: S1,
      ind: "Persentase OPD yang menyampaikan laporan realisasi belanja tepat waktu",
      sat: "%",
      t: 90,
      r: 112.5,
      r22: 72.5,
      r23: 82.5,
    },
    {
      id: "i3",
      sas: S2,
      ind: "Persentase bidang tanah Pemda yang bersertifikat",
      sat: "%",
      t: 62,
      r: 58.79,
      r22: 47.3,
      r23: 53.12,
    },
    {
      id: "i4",
      sas: S2,
      ind: "Persentase selisih nilai aset hasil rekonsiliasi SIMDA BMD dan neraca *)",
      sat: "%",
      t: 0.5,
      r: 0.42,
      r22: 0.91,
      r23: 0.64,
      neg: true,
    },
    {
      id: "i5",
      sas: S2,
      ind: "Jumlah temuan BPK atas penatausahaan BMD *)",
      sat: "Temuan",
      t: 4,
      r: 3,
      r22: 7,
      r23: 5,
      neg: true,
    },
  ];
  const T24 = "Tahun 2024";
  const RS = "Realisasi Tahun Sebelumnya";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    { key: "t", head: [T24, "Target"], role: "target", year: 2024, fmt: DEC, width: 9 },
    { key: "r", head: [T24, "Realisasi"], role: "realisasi", year: 2024, fmt: DEC, width: 9 },
    { key: "c", head: [T24, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 9 },
    { key: "r22", head: [RS, "2022"], role: "realisasi", year: 2022, fmt: DEC, width: 9 },
    { key: "r23", head: [RS, "2023"], role: "realisasi", year: 2023, fmt: DEC, width: 9 },
    { key: "p", head: ["Predikat"], role: "predikat", width: 13 },
  ];
  const capOf = (x: Ind) => {
    const v = x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100;
    return Math.round(v * 100) / 100;
  };
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...I.map((x, i): Row => ({
        id: x.id,
        cells: (c: Ctx) => ({
          no: i + 1,
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          t: x.t,
          r: x.r,
          c: fx(x.neg ? refl(c.a("r"), c.a("t")) : rt(c.a("r"), c.a("t"))),
          r22: x.r22,
          r23: x.r23,
          // planted: i3 (94.82) typed "Tinggi"; above 90 is Sangat Tinggi
          p: x.id === "i3" ? "Tinggi" : predikat(capOf(x)),
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "sat"],
        cells: (c: Ctx) => ({
          no: "Rata-rata Capaian Kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i5")}),2)`),
          p: predikat((I.map(capOf).reduce((n, v) => n + v, 0) / I.length) as number),
        }),
      },
    ],
  });
  s.gap();
  s.lines(["*) indikator negatif: capaian = (2 x target - realisasi) / target x 100"]);
  s.gap();
  s.lines(["Tabel 3.2 Perhitungan Realisasi Indikator"]);
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "u", head: ["Uraian"], role: "indikator", width: 44 },
      { key: "v", head: ["Jumlah"], role: "realisasi", year: 2024, fmt: INT },
      { key: "sat", head: ["Satuan"], role: "satuan" },
    ],
    headerRows: 1,
    rows: [
      {
        id: "a",
        cells: { no: "1", u: "Jumlah OPD wajib menyampaikan laporan realisasi belanja", v: 40, sat: "OPD" },
      },
      {
        id: "b",
        cells: {
          no: "2",
          u: "Jumlah OPD yang menyampaikan tepat waktu (paling lambat tanggal 10 bulan berikutnya)",
          v: 36,
          sat: "OPD",
        },
      },
      {
        id: "pc",
        cells: (c: Ctx) => ({ no: "3", u: "Persentase (2 / 1 x 100)", v: fmtPct(c, "b", "a"), sat: "%" }),
      },
      { id: "d", cells: { no: "4", u: "Jumlah bidang tanah milik Pemda (KIB A)", v: 1_126, sat: "Bidang" } },
      {
        id: "e",
        cells: { no: "5", u: "Jumlah bidang tanah yang telah bersertifikat", v: 662, sat: "Bidang" },
      },
      {
        id: "pt",
        cells: (c: Ctx) => ({ no: "6", u: "Persentase (5 / 4 x 100)", v: fmtPct(c, "e", "d"), sat: "%" }),
      },
    ],
  });
  s.gap();
  signature(s, 7, {
    tempat: "Teluk Serai, 25 Februari 2025",
    jabatan: ["Kepala Badan Keuangan dan Aset Daerah,"],
    nama: "ZULKIFLI AMRI, S.E., M.M.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19750912 200003 1 005",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("r", "i2") },
    rules: ["cross-table-mismatch", "percent-out-of-range"],
    note: "Realisasi of the OPD laporan tepat waktu is 112.50 % (45 laporan counted against 40 OPD, the UPTD counted too); Tabel 3.2 gives 36 / 40 = 90.00 %",
    truth: t2.a("v", "pc"),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i3") },
    rules: ["predikat-mismatch"],
    note: "predikat 'Tinggi' for the capaian 94.82 (58.79 against 62); above 90 is Sangat Tinggi",
    truth: `PREDIKAT(${a("c", "i3")})`,
  });
  for (const x of I) {
    const R = a("r", x.id);
    const T = a("t", x.id);
    b.ok({
      sheet: S,
      cell: a("c", x.id),
      rules: x.neg ? ["capaian-mismatch", "inconsistent-formula"] : ["capaian-mismatch"],
      truth: x.neg ? refl(R, T) : rt(R, T),
      // lower is better: the capaian is the refleksi, not R / T
      trap: x.neg ? rt(R, T) : undefined,
    });
    if (x.id !== "i3" && x.id !== "i2")
      b.ok({
        sheet: S,
        cell: a("p", x.id),
        rules: ["predikat-mismatch"],
        truth: `PREDIKAT(${a("c", x.id)})`,
      });
  }
  b.ok({ sheet: S, cell: a("r", "i3"), rules: ["cross-table-mismatch"], truth: t2.a("v", "pt") });
  b.ok({ sheet: S, cell: a("r", "i4"), rules: ["target-trend"], truth: "0.42" });
  return b.finish();
}

function fmtPct(c: Ctx, num: string, den: string) {
  return fx(`ROUND(${c.a("v", num)}/${c.a("v", den)}*100,2)`);
}
