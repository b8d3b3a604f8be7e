// An LKjIP table comparing 2022 .. 2024 of the Dinas Perdagangan of Kota Siborongan (Sumatera Utara)
// with the Renstra end target 2026 and the capaian against it, and an IKU matrix of the Dinas
// Pariwisata of Kota Tanjung Serai (Kepulauan Riau) with tourist visits and PAD (yearly flows that the
// office accumulates over the period) beside the length of stay and hotel occupancy (levels). Every
// person and number is invented.
import {
  BookW,
  DEC,
  INT,
  RP,
  fmt,
  fx,
  letterhead,
  predikatBaik,
  round,
  signature,
  type Cell,
  type Col,
  type Row,
} from "../forms/kit";

// =============================================== LKjIP Dinas Perdagangan Kota Siborongan 2024

type LIn = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  r: [number, number, number];
  t: number;
  akhir: number;
  neg?: boolean;
  f: string;
};

export function lkjipDisdagSiborongan(): BookW {
  const b = new BookW(
    "lkjip-tiga-tahun-disdag-siborongan.xlsx",
    "LKjIP perbandingan 2022-2024 (Dinas Perdagangan)",
    "No | Sasaran Strategis (merged) | Indikator Kinerja | Satuan | 'Realisasi Kinerja' > 2022 | 2023 | 2024 | Target 2024 | Capaian 2024 (%) | Predikat | Target Akhir Renstra 2026 | 'Capaian s.d. 2024 terhadap Target Akhir Renstra (%)'; number row (1) .. (11); koefisien variasi harga (lower is better: refleksi formulas), pasar SNI, UTTP bertanda tera sah; capaian by ROUND formulas, predikat typed",
  );
  const S = "Tabel 3.2";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA SIBORONGAN",
    "DINAS PERDAGANGAN",
    "Jl. Sisingamangaraja Lintas No. 27, Siborongan, Sumatera Utara",
  ]);
  s.lines([
    "Tabel 3.2",
    "Perbandingan Realisasi Kinerja Tahun 2022 s.d. 2024 dan Capaian terhadap Target Akhir Renstra 2021-2026",
  ]);
  s.gap();
  const S1 = "Terkendalinya stabilitas harga dan ketersediaan barang kebutuhan pokok";
  const S2 = "Meningkatnya kualitas sarana perdagangan dan perlindungan konsumen";
  const rows: Array<LIn & { sasT: string }> = [
    {
      id: "kv",
      sasT: S1,
      sas: S1,
      ind: "Koefisien variasi harga barang kebutuhan pokok antar waktu (semakin kecil semakin baik)",
      sat: "%",
      r: [6.12, 5.48, 4.6],
      t: 5,
      akhir: 4.5,
      neg: true,
      f: DEC,
    },
    {
      id: "stok",
      sasT: S1,
      sas: S1,
      ind: "Persentase ketersediaan stok barang kebutuhan pokok di pasar rakyat",
      sat: "%",
      r: [88.4, 90.15, 91.3],
      t: 92,
      akhir: 95,
      f: DEC,
    },
    {
      id: "sni",
      sasT: S2,
      sas: S2,
      ind: "Persentase pasar rakyat yang memenuhi SNI 8152:2021",
      sat: "%",
      r: [35, 42, 48.5],
      t: 50,
      akhir: 60,
      f: DEC,
    },
    {
      id: "uttp",
      sasT: S2,
      sas: S2,
      ind: "Persentase UTTP bertanda tera sah yang berlaku",
      sat: "%",
      r: [71.2, 76.8, 82.45],
      t: 80,
      akhir: 90,
      f: DEC,
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", num: "(2)", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "(3)", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)", width: 8 },
    ...[2022, 2023, 2024].map((y, i): Col => ({
      key: `r${y}`,
      head: ["Realisasi Kinerja", String(y)],
      role: "realisasi",
      year: y,
      num: `(${5 + i})`,
      fmt: DEC,
      width: 9,
    })),
    { key: "t", head: ["Target 2024"], role: "target", year: 2024, num: "(8)", fmt: DEC, width: 9 },
    { key: "c", head: ["Capaian 2024 (%)"], role: "capaian", year: 2024, num: "(9)", fmt: DEC, width: 10 },
    { key: "pred", head: ["Predikat"], role: "predikat", year: 2024, num: "(10)", width: 12 },
    {
      key: "ta",
      head: ["Target Akhir Renstra 2026"],
      role: "target",
      year: 2026,
      num: "(11)",
      fmt: DEC,
      width: 10,
    },
    {
      key: "cta",
      head: ["Capaian s.d. 2024 terhadap Target Akhir Renstra (%)"],
      role: "capaian",
      num: "(12)",
      fmt: DEC,
      width: 13,
    },
  ];
  // planted 1: the capaian against the Renstra end target of the UTTP typed 103.06 (82.45 / 80, the 2024
  // target) where 82.45 / 90 = 91.61
  // planted 2: predikat "Baik" for the pasar SNI capaian 97.00 (above 90 is Sangat Baik)
  const cap = (x: LIn, t: number) => round(x.neg ? ((2 * t - x.r[2]) / t) * 100 : (x.r[2] / t) * 100);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    vmerge: ["sas"],
    rows: rows.map((x, k): Row => ({
      id: x.id,
      cells: (c) => {
        const R = c.a("r2024");
        const T = c.a("t");
        const TA = c.a("ta");
        const cells: Record<string, Cell> = {
          no: k + 1,
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          r2022: x.r[0],
          r2023: x.r[1],
          r2024: x.r[2],
          t: x.t,
          ta: x.akhir,
          c: fx(x.neg ? `ROUND((2*${T}-${R})/${T}*100,2)` : `ROUND(${R}/${T}*100,2)`),
          pred: x.id === "sni" ? "Baik" : predikatBaik(cap(x, x.t)),
          cta:
            x.id === "uttp"
              ? fmt(103.06, DEC)
              : fx(x.neg ? `ROUND((2*${TA}-${R})/${TA}*100,2)` : `ROUND(${R}/${TA}*100,2)`),
        };
        return cells;
      },
    })),
  });
  s.gap();
  s.lines([
    "Keterangan:",
    "- Koefisien variasi harga berpolaritas negatif; capaian dihitung (2 x Target - Realisasi) / Target x 100%.",
    "- Predikat: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Siborongan, 21 Februari 2025",
    jabatan: ["KEPALA DINAS PERDAGANGAN", "KOTA SIBORONGAN,"],
    nama: "MARULAK TUA SIHOMBING, S.E., M.M.",
    pangkat: "Pembina Tingkat I",
    nip: "19760412 200212 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const rt = (id: string, tk: string) => `ROUND(${a("r2024", id)}/${a(tk, id)}*100,2)`;
  const refl = (id: string, tk: string) => `ROUND((2*${a(tk, id)}-${a("r2024", id)})/${a(tk, id)}*100,2)`;
  b.plant({
    at: { sheet: S, cell: a("cta", "uttp") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "capaian s.d. 2024 of the UTTP bertanda tera sah against the Renstra end target is typed 103.06 (82.45 / 80.00, the 2024 target); 82.45 / 90.00 gives 91.61, as the other rows compute",
    truth: rt("uttp", "ta"),
  });
  b.plant({
    at: { sheet: S, cell: a("pred", "sni") },
    rules: ["predikat-mismatch"],
    note: "predikat of the pasar rakyat SNI is 'Baik' for a capaian of 97.00 (48.50 / 50.00); above 90 is 'Sangat Baik' by the Keterangan",
    truth: `PREDIKAT_BAIK(${a("c", "sni")})`,
  });
  // traps: the lower-is-better capaian is the refleksi (108.00, not 92.00) and against the end target 97.78
  b.ok({
    sheet: S,
    cell: a("c", "kv"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: refl("kv", "t"),
    trap: rt("kv", "t"),
  });
  b.ok({
    sheet: S,
    cell: a("cta", "kv"),
    rules: ["capaian-mismatch"],
    truth: refl("kv", "ta"),
    trap: rt("kv", "ta"),
  });
  b.ok({
    sheet: S,
    cell: a("c", "uttp"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: rt("uttp", "t"),
  });
  b.ok({ sheet: S, cell: a("c", "stok"), rules: ["capaian-mismatch"], truth: rt("stok", "t") });
  b.ok({ sheet: S, cell: a("cta", "stok"), rules: ["capaian-mismatch"], truth: rt("stok", "ta") });
  b.ok({ sheet: S, cell: a("cta", "sni"), rules: ["capaian-mismatch"], truth: rt("sni", "ta") });
  b.ok({
    sheet: S,
    cell: a("pred", "kv"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT_BAIK(${a("c", "kv")})`,
  });
  b.ok({
    sheet: S,
    cell: a("pred", "stok"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT_BAIK(${a("c", "stok")})`,
  });
  return b.finish();
}

// =============================================== IKU Dinas Pariwisata Kota Tanjung Serai 2022-2026

type IIn = {
  id: string;
  ind: string;
  def: string;
  sat: string;
  awal: number;
  tg: number[];
  flow?: boolean;
  f: string;
};

const YS = [2022, 2023, 2024, 2025, 2026];

export function ikuWisataTanjungSerai(): BookW {
  const b = new BookW(
    "iku-kunjungan-pad-dispar-tanjung-serai.xlsx",
    "IKU 2022-2026 (Dinas Pariwisata)",
    "No | Indikator Kinerja Utama | Definisi Operasional | Satuan | Kondisi Awal (2021) | 'Target Kinerja' > Th. 2022 .. Th. 2026 | 'Kondisi Akhir Renstra (2026)' | Keterangan; the kunjungan and PAD are yearly flows accumulated over the period (SUM, the Keterangan says so), lama tinggal and hunian hotel levels (= the 2026 target); PAD in full rupiah",
  );
  const S = "IKU Dispar";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA TANJUNG SERAI",
    "DINAS PARIWISATA",
    "Jl. Hang Tuah Pesisir No. 3, Tanjung Serai, Kepulauan Riau",
  ]);
  s.lines([
    "LAMPIRAN KEPUTUSAN KEPALA DINAS PARIWISATA KOTA TANJUNG SERAI",
    "INDIKATOR KINERJA UTAMA TAHUN 2022 - 2026",
  ]);
  s.gap();
  const rows: IIn[] = [
    {
      id: "wisman",
      ind: "Jumlah kunjungan wisatawan mancanegara",
      def: "Jumlah kunjungan wisman yang tercatat masuk melalui pelabuhan internasional dalam satu tahun",
      sat: "kunjungan",
      awal: 61_850,
      tg: [142_000, 265_000, 318_000, 352_000, 385_000],
      flow: true,
      f: INT,
    },
    {
      id: "wisnus",
      ind: "Jumlah kunjungan wisatawan nusantara",
      def: "Jumlah perjalanan wisnus ke daya tarik wisata kota dalam satu tahun (survei dan data akomodasi)",
      sat: "perjalanan",
      awal: 412_300,
      tg: [455_000, 498_000, 540_000, 585_000, 630_000],
      flow: true,
      f: INT,
    },
    {
      id: "pad",
      ind: "Pendapatan Asli Daerah sektor pariwisata",
      def: "Realisasi pajak hotel, pajak restoran, pajak hiburan dan retribusi tempat rekreasi dalam satu tahun",
      sat: "Rp",
      awal: 31_462_750_000,
      tg: [34_500_000_000, 38_750_000_000, 42_600_000_000, 46_250_000_000, 50_000_000_000],
      flow: true,
      f: RP,
    },
    {
      id: "lama",
      ind: "Rata-rata lama tinggal wisatawan",
      def: "Jumlah malam menginap tamu / jumlah tamu hotel dan akomodasi lainnya",
      sat: "hari",
      awal: 1.62,
      tg: [1.7, 1.8, 1.9, 2.0, 2.1],
      f: DEC,
    },
    {
      id: "tpk",
      ind: "Tingkat penghunian kamar hotel",
      def: "(Jumlah kamar terpakai / jumlah kamar tersedia) x 100%",
      sat: "%",
      awal: 41.3,
      tg: [48, 55.5, 61.5, 64, 66.5],
      f: DEC,
    },
  ];
  // planted 1: the 2024 target of the hotel occupancy typed 16.50 (61.50 with its digits turned)
  // planted 2: kondisi akhir of the wisnus SUM(2023:2026) misses 2022
  const G = "Target Kinerja";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 34 },
    { key: "def", head: ["Definisi Operasional"], role: "definisi", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 11 },
    { key: "awal", head: ["Kondisi Awal (2021)"], role: "kondisi-awal", year: 2021, width: 15 },
    ...YS.map((y): Col => ({ key: `t${y}`, head: [G, `Th. ${y}`], role: "target", year: y, width: 15 })),
    { key: "akhir", head: ["Kondisi Akhir Renstra (2026)"], role: "kondisi-akhir", year: 2026, width: 17 },
    { key: "ket", head: ["Keterangan"], role: "keterangan", width: 26 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    rows: rows.map((x, k): Row => ({
      id: x.id,
      cells: (c) => {
        const cells: Record<string, Cell> = {
          no: k + 1,
          ind: x.ind,
          def: x.def,
          sat: x.sat,
          awal: fmt(x.awal, x.f),
          ket: x.flow ? "Akumulasi 2022 - 2026" : "Posisi akhir tahun 2026",
        };
        YS.forEach((y, i) => {
          cells[`t${y}`] = fmt(x.id === "tpk" && y === 2024 ? 16.5 : x.tg[i], x.f);
        });
        cells.akhir = x.flow
          ? x.id === "wisnus"
            ? { f: `SUM(${c.a("t2023")}:${c.a("t2026")})` }
            : fx(`SUM(${c.a("t2022")}:${c.a("t2026")})`)
          : fx(c.a("t2026"));
        return cells;
      },
    })),
  });
  for (const x of rows) s.ws.getCell(t.a("akhir", x.id)).numFmt = x.f;
  s.gap();
  s.lines([
    "Catatan: kondisi akhir indikator jumlah kunjungan dan PAD adalah akumulasi lima tahun; lama tinggal dan TPK adalah posisi tahun 2026.",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Tanjung Serai, 9 Maret 2022",
    jabatan: ["KEPALA DINAS PARIWISATA", "KOTA TANJUNG SERAI,"],
    nama: "RAJA HAFIZAH NURUL AINI, S.STP., M.Si.",
    pangkat: "Pembina",
    nip: "19820705 200312 2 001",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const all = (id: string) => `SUM(${a("t2022", id)}:${a("t2026", id)})`;
  b.plant({
    at: { sheet: S, cell: a("t2024", "tpk") },
    rules: ["target-trend", "target-outlier"],
    note: "2024 target of the tingkat penghunian kamar hotel is 16.50 between 55.50 (2023) and 64.00 (2025) of a rising series; 61.50 with its digits turned",
    truth: `(${a("t2023", "tpk")}+${a("t2025", "tpk")})/2`,
  });
  b.plant({
    at: { sheet: S, cell: a("akhir", "wisnus") },
    rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
    note: "kondisi akhir of the kunjungan wisnus (accumulated, by the Keterangan) is =SUM(Th. 2023 : Th. 2026) = 2,253,000, leaving out 2022's 455,000; the five years give 2,708,000 as the wisman and PAD rows compute",
    truth: all("wisnus"),
  });
  // traps: flows accumulate (not the last target); levels end on the 2026 target (not the sum)
  b.ok({
    sheet: S,
    cell: a("akhir", "wisman"),
    rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
    truth: all("wisman"),
    trap: a("t2026", "wisman"),
  });
  b.ok({
    sheet: S,
    cell: a("akhir", "pad"),
    rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
    truth: all("pad"),
    trap: a("t2026", "pad"),
  });
  b.ok({
    sheet: S,
    cell: a("akhir", "lama"),
    rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
    truth: a("t2026", "lama"),
    trap: all("lama"),
  });
  b.ok({
    sheet: S,
    cell: a("akhir", "tpk"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("t2026", "tpk"),
    trap: all("tpk"),
  });
  b.ok({
    sheet: S,
    cell: a("t2024", "wisman"),
    rules: ["target-trend", "target-outlier"],
    truth: "318000",
  });
  b.ok({ sheet: S, cell: a("t2023", "wisman"), rules: ["target-outlier"], truth: "265000" });
  return b.finish();
}
