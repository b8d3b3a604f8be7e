// Performance documents: the Perjanjian Kinerja Perubahan 2024 of the Dinas Kelautan dan Perikanan
// of Provinsi Sulawesi Tenggara (Target Awal | Target Perubahan | Alasan, a program budget table, and
// the Renstra targets on a second sheet), and the LKjIP 2024 of the Dinas Pariwisata of Kabupaten
// Mandoweri (Sulawesi Tenggara), realisasi 2022 | 2023 | 2024 against the target 2024 and the target
// akhir RPJMD 2026 with a capaian against each. Every person and number is invented.
import {
  BookW,
  DEC,
  INT,
  RP,
  fx,
  letterhead,
  predikatBaik,
  signature,
  type Cell,
  type Col,
  type Row,
} from "../forms/kit";

type Pk = { id: string; sas: string; ind: string; sat: string; awal: number; ubah: number; why?: string };

/** PK Perubahan 2024 with the Renstra 2021-2026 targets, DKP Provinsi Sulawesi Tenggara. */
export function pkPerubahanDkpSultra(): BookW {
  const b = new BookW(
    "pk-perubahan-2024-dkp-provinsi-sulawesi-tenggara.xlsx",
    "Perjanjian Kinerja Perubahan (target awal | target perubahan | alasan) with program budget and Renstra targets",
    "sheet PK-P 2024: No | Sasaran Strategis (merged) | Indikator Kinerja Utama | Satuan | 'Target 2024' > Awal / Perubahan | Alasan Perubahan, then No | Program | Anggaran Awal (Rp) | Anggaran Perubahan (Rp) | Keterangan with Jumlah; sheet Renstra: No | Indikator | Satuan | Kondisi Awal (2021) | Target 2022 .. 2026 | Kondisi Akhir 2026",
  );
  const S = "PK-P 2024";
  const R = "Renstra 2021-2026";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH PROVINSI SULAWESI TENGGARA", "DINAS KELAUTAN DAN PERIKANAN"]);
  s.lines(["PERJANJIAN KINERJA PERUBAHAN TAHUN 2024", "Lampiran Perjanjian Kinerja Kepala Dinas"], 1, {
    bold: true,
  });
  s.gap();
  const SA = "Meningkatnya produksi dan nilai tambah perikanan";
  const SB = "Terjaganya kelestarian sumber daya kelautan dan perikanan";
  const pk: Pk[] = [
    {
      id: "i1",
      sas: SA,
      ind: "Produksi perikanan tangkap",
      sat: "ton",
      awal: 248_500,
      ubah: 241_000,
      why: "Cuaca ekstrem Januari - Maret dan kenaikan harga BBM nelayan",
    },
    { id: "i2", sas: SA, ind: "Produksi perikanan budidaya", sat: "ton", awal: 412_300, ubah: 412_300 },
    // planted: the NTN Awal copied from the Renstra 2025 column (109.60); the 2024 target is 108.40
    { id: "i3", sas: SA, ind: "Nilai Tukar Nelayan (NTN)", sat: "indeks", awal: 109.6, ubah: 109.6 },
    { id: "i4", sas: SA, ind: "Tingkat konsumsi ikan", sat: "kg/kapita/tahun", awal: 58.2, ubah: 58.2 },
    {
      id: "i5",
      sas: SB,
      ind: "Persentase kawasan konservasi perairan yang dikelola secara efektif",
      sat: "%",
      awal: 62,
      ubah: 64,
      why: "Tambahan pendampingan dari mitra konservasi",
    },
    {
      id: "i6",
      sas: SB,
      ind: "Persentase hasil perikanan yang tidak memenuhi standar mutu",
      sat: "%",
      awal: 4.8,
      ubah: 4.8,
    },
  ];
  const T = "Target 2024";
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 14 },
      { key: "awal", head: [T, "Awal"], role: "target", year: 2024, width: 11 },
      { key: "ubah", head: [T, "Perubahan"], role: "target", year: 2024, width: 11 },
      { key: "why", head: ["Alasan Perubahan"], role: "keterangan", width: 34 },
    ],
    headerRows: 2,
    vmerge: ["sas"],
    rows: pk.map((x, i): Row => ({
      id: x.id,
      cells: { no: i + 1, sas: x.sas, ind: x.ind, sat: x.sat, awal: x.awal, ubah: x.ubah, why: x.why },
    })),
  });
  s.gap();
  const pg: Array<[string, string, number, number]> = [
    ["g1", "Program Pengelolaan Perikanan Tangkap", 18_462_500_000, 17_985_300_000],
    ["g2", "Program Pengelolaan Perikanan Budidaya", 12_318_750_000, 12_318_750_000],
    ["g3", "Program Pengolahan dan Pemasaran Hasil Perikanan", 6_845_200_000, 7_120_650_000],
    ["g4", "Program Pengelolaan Kelautan, Pesisir dan Pulau-Pulau Kecil", 9_506_400_000, 9_874_100_000],
    ["g5", "Program Pengawasan Sumber Daya Kelautan dan Perikanan", 4_215_800_000, 4_386_900_000],
  ];
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "prog", head: ["Program"], width: 30 },
      { key: "a0", head: ["Anggaran Awal (Rp)"], role: "anggaran", year: 2024, fmt: RP, width: 40 },
      { key: "a1", head: ["Anggaran Perubahan (Rp)"], role: "anggaran", year: 2024, fmt: RP, width: 14 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 11 },
    ],
    headerRows: 1,
    rows: [
      ...pg.map(([id, n, a0, a1], i): Row => ({
        id,
        cells: { no: i + 1, prog: n, a0, a1, ket: "APBD Perubahan" },
      })),
      {
        id: "jml",
        bold: true,
        span: ["no", "prog"],
        cells: (c) => ({
          no: "Jumlah",
          a0: fx(`SUM(${c.a("a0", "g1")}:${c.a("a0", "g5")})`),
          // planted: the SUM stops at the kelautan program
          a1: fx(`SUM(${c.a("a1", "g1")}:${c.a("a1", "g4")})`),
        }),
      },
    ],
  });
  s.gap();
  s.lines(["Kendari, 2 Oktober 2024"], 5);
  s.lines(["Gubernur Sulawesi Tenggara,"], 1);
  s.r -= 1;
  s.lines(["Kepala Dinas Kelautan dan Perikanan,"], 5);
  s.gap(3);
  s.lines(["H. ANDI MAPPASOLONG RAHIM"], 1);
  s.r -= 1;
  s.lines(["Ir. WA ODE SITTI NURHAYATI, M.Si.", "NIP. 19700818 199603 2 005"], 5);

  // the Renstra targets
  const r = b.sheet(R);
  r.lines(
    [
      "RENSTRA DINAS KELAUTAN DAN PERIKANAN PROVINSI SULAWESI TENGGARA 2021-2026",
      "Target Indikator Kinerja Utama",
    ],
    1,
    {
      bold: true,
    },
  );
  r.gap();
  const rv: Record<string, [number, number[], "end" | "last"]> = {
    i1: [221_400, [229_000, 238_500, 248_500, 258_000, 268_000], "last"],
    i2: [368_900, [381_000, 396_500, 412_300, 428_000, 445_000], "last"],
    i3: [104.2, [105.8, 107.1, 108.4, 109.6, 110.8], "last"],
    i4: [52.6, [54.3, 56.2, 58.2, 60.1, 62.0], "last"],
    i5: [48, [52, 57, 62, 66, 70], "last"],
    i6: [7.4, [6.5, 5.6, 4.8, 4.1, 3.5], "last"],
  };
  const ycols: Col[] = [2022, 2023, 2024, 2025, 2026].map((y) => ({
    key: `y${y}`,
    head: ["Target", String(y)],
    role: "target",
    year: y,
    width: 10,
  }));
  const t3 = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 14 },
      { key: "ka", head: ["Kondisi Awal (2021)"], role: "kondisi-awal", year: 2021, width: 11 },
      ...ycols,
      { key: "kk", head: ["Kondisi Akhir Renstra (2026)"], role: "kondisi-akhir", year: 2026, width: 12 },
    ],
    headerRows: 2,
    rows: pk.map((x, i): Row => ({
      id: x.id,
      cells: (c) => {
        const [ka, ys] = rv[x.id];
        const out: Record<string, Cell> = { no: i + 1, ind: x.ind, sat: x.sat, ka };
        ys.forEach((v, j) => (out[`y${2022 + j}`] = v));
        out.kk = fx(c.a("y2026"));
        return out;
      },
    })),
  });
  r.gap();
  r.lines(["Indikator 6 bersifat negatif: target menurun setiap tahun."]);
  const a1 = (k: string, id: string) => t1.a(k, id);
  const a2 = (k: string, id: string) => t2.a(k, id);
  const a3 = (k: string, id: string) => t3.a(k, id);
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a1("awal", "i3") },
        { sheet: S, cell: a1("ubah", "i3") },
        { sheet: R, cell: a3("y2024", "i3") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK target 2024 (Awal, carried into the Perubahan) of the Nilai Tukar Nelayan is 109.60, the Renstra 2025 target; the Renstra 2024 target is 108.40",
    truth: `'${R}'!${a3("y2024", "i3")}`,
  });
  b.plant({
    at: { sheet: S, cell: a2("a1", "jml") },
    rules: ["sum-mismatch"],
    note: "Jumlah Anggaran Perubahan =SUM stops at the kelautan program (47,298,800,000); with the pengawasan program (4,386,900,000) the five give 51,685,700,000",
    truth: `SUM(${a2("a1", "g1")}:${a2("a1", "g5")})`,
  });
  b.ok({
    sheet: S,
    cell: a2("a0", "jml"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a2("a0", "g1")}:${a2("a0", "g5")})`,
  });
  for (const id of ["i2", "i4", "i6"])
    b.ok({
      sheet: S,
      cell: a1("awal", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${a3("y2024", id)}`,
    });
  // traps: the kondisi akhir of levels and rates is the 2026 target, not the sum of the years
  for (const id of ["i3", "i4", "i5", "i6"])
    b.ok({
      sheet: R,
      cell: a3("kk", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a3("y2026", id),
      trap: `SUM(${a3("y2022", id)}:${a3("y2026", id)})`,
    });
  // the lower-is-better share of off-standard catch falls on purpose
  b.ok({ sheet: R, cell: a3("y2026", "i6"), rules: ["target-trend"], truth: "3.5" });
  b.ok({ sheet: R, cell: a3("y2024", "i6"), rules: ["target-trend"], truth: "4.8" });
  return b.finish();
}

type Lk = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  r22: number;
  r23: number;
  t: number;
  r: number;
  t26: number;
  neg?: boolean;
  fmt?: string;
};

/** LKjIP 2024, Dinas Pariwisata Kabupaten Mandoweri. */
export function lkjipPariwisataMandoweri(): BookW {
  const b = new BookW(
    "lkjip-2024-dinas-pariwisata-kabupaten-mandoweri.xlsx",
    "LKjIP capaian (realisasi 2022 | 2023 | 2024, target 2024, target akhir RPJMD 2026, capaian against each, predikat)",
    "No | Sasaran (merged) | Indikator Kinerja | Satuan | 'Realisasi' > 2022 / 2023 | 'Tahun 2024' > Target / Realisasi / Capaian (%) | Target Akhir RPJMD 2026 | Capaian thd Target Akhir (%) | Predikat; ROUND formulas, refleksi on the lower-is-better rows named in the note",
  );
  const S = "Capaian IKU 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN MANDOWERI", "DINAS PARIWISATA"]);
  s.lines(
    [
      "LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) TAHUN 2024",
      "Tabel 3.1 Perbandingan Realisasi Kinerja Tahun 2022 - 2024 dan Capaian terhadap Target Akhir RPJMD",
    ],
    1,
    { bold: true },
  );
  s.gap();
  const SA = "Meningkatnya daya tarik pariwisata daerah";
  const SB = "Meningkatnya kualitas tata kelola destinasi dan layanan pariwisata";
  const lk: Lk[] = [
    {
      id: "w1",
      sas: SA,
      ind: "Jumlah kunjungan wisatawan nusantara",
      sat: "orang",
      r22: 182_450,
      r23: 214_860,
      t: 240_000,
      r: 236_915,
      t26: 300_000,
      fmt: INT,
    },
    {
      id: "w2",
      sas: SA,
      ind: "Jumlah kunjungan wisatawan mancanegara",
      sat: "orang",
      r22: 1_280,
      r23: 2_145,
      t: 2_600,
      r: 3_012,
      t26: 3_500,
      fmt: INT,
    },
    {
      id: "w3",
      sas: SA,
      ind: "Kontribusi sektor pariwisata terhadap PAD",
      sat: "%",
      r22: 3.42,
      r23: 3.86,
      t: 4.2,
      r: 3.95,
      t26: 5,
      fmt: DEC,
    },
    {
      id: "w4",
      sas: SA,
      ind: "Rata-rata lama tinggal wisatawan",
      sat: "hari",
      r22: 1.8,
      r23: 2.1,
      t: 2.4,
      r: 1.7,
      t26: 3,
      fmt: DEC,
    },
    {
      id: "w5",
      sas: SB,
      ind: "Persentase destinasi wisata dalam kondisi rusak / tidak layak",
      sat: "%",
      r22: 28.5,
      r23: 24,
      t: 20,
      r: 21.6,
      t26: 15,
      neg: true,
      fmt: DEC,
    },
    {
      id: "w6",
      sas: SB,
      ind: "Rata-rata waktu penerbitan perizinan berusaha sektor pariwisata",
      sat: "hari",
      r22: 14,
      r23: 10,
      t: 7,
      r: 8,
      t26: 5,
      neg: true,
      fmt: DEC,
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", width: 28 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "r22", head: ["Realisasi", "2022"], role: "realisasi", year: 2022, width: 11 },
    { key: "r23", head: ["Realisasi", "2023"], role: "realisasi", year: 2023, width: 11 },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, width: 11 },
    { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024, width: 11 },
    { key: "c", head: ["Tahun 2024", "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    { key: "t26", head: ["Target Akhir RPJMD 2026"], role: "target", year: 2026, width: 12 },
    { key: "c26", head: ["Capaian thd Target Akhir (%)"], role: "capaian", year: 2026, fmt: DEC, width: 12 },
    { key: "pr", head: ["Predikat"], role: "predikat", width: 12 },
  ];
  const cap = (neg: boolean | undefined, r: string, t: string) =>
    neg ? `ROUND((2*${t}-${r})/${t}*100,2)` : `ROUND(${r}/${t}*100,2)`;
  const rows: Row[] = lk.map((x, i) => ({
    id: x.id,
    cells: (c): Record<string, Cell> => {
      const f = (v: number) => (x.fmt ? { v, fmt: x.fmt } : v);
      // planted: the perizinan row (lower is better) takes the positive formula R / T
      const neg = x.id === "w6" ? false : x.neg;
      const capCell = fx(cap(neg, c.a("r"), c.a("t")));
      const v = neg ? (2 * x.t - x.r) / x.t : x.r / x.t;
      const words = predikatBaik(Math.round(v * 10000) / 100);
      return {
        no: i + 1,
        sas: x.sas,
        ind: x.ind,
        sat: x.sat,
        r22: f(x.r22),
        r23: f(x.r23),
        t: f(x.t),
        r: f(x.r),
        c: capCell,
        t26: f(x.t26),
        c26: fx(cap(x.neg, c.a("r"), c.a("t26"))),
        // planted: lama tinggal 70.83 falls in > 65 - 75 (Cukup), typed Baik
        pr: x.id === "w4" ? "Baik" : words,
      };
    },
  }));
  const t = s.table({ cols, headerRows: 2, rows, vmerge: ["sas"] });
  s.gap();
  s.lines([
    "Catatan:",
    "1) Indikator nomor 5 dan 6 bersifat negatif (semakin kecil semakin baik); capaian = (2 x Target - Realisasi) / Target x 100.",
    "2) Predikat: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
    "3) Realisasi 2024 wisatawan mancanegara melampaui target karena event Festival Teluk Mandoweri.",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Mandoweri, 14 Februari 2025",
    jabatan: ["Kepala Dinas Pariwisata", "Kabupaten Mandoweri"],
    nama: "LA ODE HARUMBAWA KAIMUDDIN, S.E., M.M.",
    pangkat: "Pembina Utama Muda",
    nip: "19750903 200112 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "w6") },
    rules: ["capaian-mismatch"],
    note: "capaian 2024 of the waktu penerbitan perizinan (lower is better by note 1) is =ROUND(R/T*100,2) = 114.29 (8 days against 7); (2 x 7 - 8) / 7 gives 85.71",
    truth: `ROUND((2*${a("t", "w6")}-${a("r", "w6")})/${a("t", "w6")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("pr", "w4") },
    rules: ["predikat-mismatch"],
    note: "predikat Baik for the lama tinggal capaian 70.83 (1.7 against 2.4); the band > 65 - 75 of note 2 is Cukup",
    truth: `PREDIKAT_BAIK(${a("c", "w4")})`,
  });
  // traps: refleksi on the lower-is-better destinasi rusak, above-target visitors
  b.ok({
    sheet: S,
    cell: a("c", "w5"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: `ROUND((2*${a("t", "w5")}-${a("r", "w5")})/${a("t", "w5")}*100,2)`,
    trap: `ROUND(${a("r", "w5")}/${a("t", "w5")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("c26", "w5"),
    rules: ["capaian-mismatch"],
    truth: `ROUND((2*${a("t26", "w5")}-${a("r", "w5")})/${a("t26", "w5")}*100,2)`,
    trap: `ROUND(${a("r", "w5")}/${a("t26", "w5")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "w2"),
    rules: ["percent-out-of-range", "capaian-mismatch"],
    truth: `ROUND(${a("r", "w2")}/${a("t", "w2")}*100,2)`,
    trap: "100",
  });
  b.ok({
    sheet: S,
    cell: a("c26", "w1"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("r", "w1")}/${a("t26", "w1")}*100,2)`,
  });
  for (const id of ["w1", "w2", "w3", "w5"])
    b.ok({
      sheet: S,
      cell: a("pr", id),
      rules: ["predikat-mismatch"],
      truth: `PREDIKAT_BAIK(${a("c", id)})`,
    });
  return b.finish();
}
