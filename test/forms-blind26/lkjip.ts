// An LKjIP table laid out by rows (each indicator a block of Target / Realisasi / Capaian (%) rows
// under the years 2023 and 2024) of a Dinas Kesehatan, and an E.81 of a Dinas Perikanan whose
// realisation columns are cumulative ("s.d. Triwulan I" .. "s.d. Triwulan IV"), not per quarter.
// Eastern Indonesia offices; every name and number is invented.
import { BookW, DEC, RP, fx, letterhead, signature, type Col, type Row } from "../forms/kit";
import { refl, rt } from "./common";

type Blk = { ind: string; sat: string; t: [number, number]; r: [number, number]; neg?: boolean };

/** LKjIP 2024 Tabel 3.2 of Dinas Kesehatan Kota Wairasa (Maluku), row-wise. */
export function lkjipBaris(): BookW {
  const b = new BookW(
    "lkjip-baris-uraian-dinkes-wairasa.xlsx",
    "LKjIP (Dinas Kesehatan), row-wise",
    "No | Sasaran / Indikator | Satuan | Uraian (Target / Realisasi / Capaian (%)) | 2023 | 2024 | Ket.; capaian rows as formulas, refleksi for the negative indicators",
  );
  const S = "Tabel 3.2";
  const s = b.sheet(S);
  s.lines([
    "Tabel 3.2",
    "Perbandingan Target, Realisasi dan Capaian Kinerja Tahun 2023 dan Tahun 2024",
    "Dinas Kesehatan Kota Wairasa",
  ]);
  s.gap();
  const blks: Blk[] = [
    { ind: "Angka Kematian Ibu (AKI)", sat: "per 100.000 KH", t: [165, 150], r: [158, 142], neg: true },
    { ind: "Angka Kematian Bayi (AKB)", sat: "per 1.000 KH", t: [14.5, 13.8], r: [15.1, 12.9], neg: true },
    { ind: "Prevalensi balita stunting", sat: "%", t: [22, 19.5], r: [21.4, 20.3], neg: true },
    { ind: "Cakupan kepesertaan Jaminan Kesehatan Nasional (UHC)", sat: "%", t: [95, 97], r: [96.2, 98.35] },
    { ind: "Indeks Keluarga Sehat (IKS)", sat: "indeks", t: [0.32, 0.36], r: [0.3, 0.34] },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "ind", head: ["Sasaran Strategis / Indikator Kinerja"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 14 },
    { key: "ur", head: ["Uraian"], width: 14 },
    { key: "y23", head: ["Tahun", "2023"], width: 11 },
    { key: "y24", head: ["Tahun", "2024"], width: 11 },
    { key: "ket", head: ["Ket."], role: "polaritas", width: 12 },
  ];
  const rows: Row[] = [
    {
      id: "sas",
      bold: true,
      cells: { no: "I", ind: "Sasaran: Meningkatnya derajat kesehatan masyarakat Kota Wairasa" },
    },
  ];
  blks.forEach((x, i) => {
    rows.push({
      id: `t${i}`,
      cells: {
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        ur: "Target",
        y23: x.t[0],
        y24: x.t[1],
        ket: x.neg ? "Negatif" : "Positif",
      },
    });
    rows.push({ id: `r${i}`, cells: { ur: "Realisasi", y23: x.r[0], y24: x.r[1] } });
    rows.push({
      id: `c${i}`,
      cells: (c) => {
        const f = (y: string) => (x.neg ? refl : rt)(c.a(y, `r${i}`), c.a(y, `t${i}`));
        return {
          ur: "Capaian (%)",
          y23: fx(f("y23")),
          // planted 1: the UHC 2024 capaian divides by the 2023 target
          // planted 2: the stunting 2024 capaian keeps the cached result of a draft
          y24:
            i === 3
              ? fx(rt(c.a("y24", `r${i}`), c.a("y23", `t${i}`)))
              : i === 2
                ? fx(f("y24"), 104.1)
                : fx(f("y24")),
        };
      },
    });
  });
  const t = s.table({ cols, headerRows: 2, rows });
  for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
    const u = s.ws.getCell(r, 4).value;
    if (u === "Capaian (%)") for (const c of [5, 6]) s.ws.getCell(r, c).numFmt = DEC;
  }
  s.gap();
  s.lines([
    "Ket.: indikator Negatif = semakin rendah realisasi semakin baik, capaian = (2 x target - realisasi) / target x 100;",
    "indikator Positif: capaian = realisasi / target x 100.",
  ]);
  s.gap();
  signature(s, 5, {
    tempat: "Wairasa, 12 Februari 2025",
    jabatan: ["Kepala Dinas Kesehatan", "Kota Wairasa,"],
    nama: "dr. AGUSTINA LATUPARISA, M.Kes.",
    pangkat: "Pembina Tingkat I",
    nip: "19780514 200501 2 011",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("y24", "c3") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "capaian 2024 of the UHC divides the 2024 realisasi by the 2023 target: 98.35 / 95 = 103.53; against the 2024 target of 97 it is 101.39",
    truth: rt(a("y24", "r3"), a("y24", "t3")),
  });
  b.plant({
    at: { sheet: S, cell: a("y24", "c2") },
    rules: ["capaian-mismatch"],
    note: "capaian 2024 of the stunting prevalence (negative) is the refleksi formula with a stale cached 104.10; (2 x 19.5 - 20.3) / 19.5 x 100 gives 95.90",
    truth: refl(a("y24", "r2"), a("y24", "t2")),
  });
  // negative indicators: the refleksi, not R / T
  for (const [i, y] of [
    [0, "y23"],
    [0, "y24"],
    [1, "y23"],
    [1, "y24"],
    [2, "y23"],
  ] as Array<[number, string]>)
    b.ok({
      sheet: S,
      cell: a(y, `c${i}`),
      rules: ["capaian-mismatch"],
      truth: refl(a(y, `r${i}`), a(y, `t${i}`)),
      trap: rt(a(y, `r${i}`), a(y, `t${i}`)),
    });
  b.ok({
    sheet: S,
    cell: a("y23", "c3"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: rt(a("y23", "r3"), a("y23", "t3")),
  });
  for (const y of ["y23", "y24"])
    b.ok({ sheet: S, cell: a(y, "c4"), rules: ["capaian-mismatch"], truth: rt(a(y, "r4"), a(y, "t4")) });
  // falling targets of a negative indicator
  b.ok({ sheet: S, cell: a("y24", "t0"), rules: ["target-trend"], truth: a("y24", "t0") });
  return b.finish();
}

type E81In = {
  id: string;
  kode: string;
  nama: string;
  ind: string;
  sat: string;
  tk: number;
  rk: [number, number, number, number];
  trp?: number;
  rrp?: [number, number, number, number];
  of?: string[];
  pj: string;
};

/** E.81 evaluasi Renja 2024 (s.d. Triwulan IV) of Dinas Perikanan Kota Wairasa, cumulative columns. */
export function e81Kumulatif(): BookW {
  const b = new BookW(
    "e81-sd-triwulan-diskan-wairasa.xlsx",
    "E.81 (Dinas Perikanan), cumulative quarters",
    "E.81 with 'Realisasi Kinerja dan Anggaran Kumulatif' > s.d. Triwulan I .. IV > K | Rp, program Rp as SUM of kegiatan, capaian = s.d. Triwulan IV / target",
  );
  const S = "E81 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA WAIRASA", "DINAS PERIKANAN"]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KOTA WAIRASA",
    "Renja Perangkat Daerah Kota Wairasa Tahun 2024, posisi s.d. Triwulan IV",
    "Indikator dan target kinerja perangkat daerah yang mengacu pada sasaran RKPD: Meningkatnya produksi perikanan",
  ]);
  s.gap();
  const rows: E81In[] = [
    {
      id: "p1",
      kode: "3.25.03",
      nama: "Program Pengelolaan Perikanan Tangkap",
      ind: "Produksi perikanan tangkap",
      sat: "ton",
      tk: 18500,
      rk: [4120, 8950, 13870, 19240],
      of: ["k1", "k2"],
      pj: "Bidang Perikanan Tangkap",
    },
    {
      id: "k1",
      kode: "3.25.03.2.02",
      nama: "Pemberdayaan Nelayan Kecil dalam Daerah Kabupaten/Kota",
      ind: "Jumlah nelayan kecil yang diberdayakan",
      sat: "orang",
      tk: 450,
      rk: [60, 185, 310, 436],
      trp: 1_245_600_000,
      rrp: [186_400_000, 512_750_000, 884_100_000, 1_198_350_000],
      pj: "Bidang Perikanan Tangkap",
    },
    {
      id: "k2",
      kode: "3.25.03.2.03",
      nama: "Pengelolaan dan Penyelenggaraan Tempat Pelelangan Ikan (TPI)",
      ind: "Jumlah TPI yang dikelola",
      sat: "unit",
      tk: 3,
      rk: [3, 3, 3, 3],
      trp: 865_000_000,
      rrp: [142_500_000, 398_600_000, 611_250_000, 842_700_000],
      pj: "UPTD TPI",
    },
    {
      id: "p2",
      kode: "3.25.04",
      nama: "Program Pengelolaan Perikanan Budidaya",
      ind: "Produksi perikanan budidaya",
      sat: "ton",
      tk: 6200,
      rk: [1310, 2870, 4460, 5985],
      of: ["k3", "k4"],
      pj: "Bidang Perikanan Budidaya",
    },
    {
      id: "k3",
      kode: "3.25.04.2.03",
      nama: "Pemberdayaan Pembudi Daya Ikan Kecil",
      ind: "Jumlah pembudi daya ikan kecil yang difasilitasi",
      sat: "orang",
      tk: 280,
      rk: [0, 95, 190, 274],
      trp: 742_300_000,
      rrp: [38_900_000, 254_600_000, 468_150_000, 721_880_000],
      pj: "Bidang Perikanan Budidaya",
    },
    {
      id: "k4",
      kode: "3.25.04.2.04",
      nama: "Pengelolaan Pembudidayaan Ikan",
      ind: "Jumlah benih ikan yang didistribusikan",
      sat: "ekor",
      tk: 1_500_000,
      rk: [250_000, 640_000, 1_120_000, 1_565_000],
      trp: 518_000_000,
      rrp: [61_200_000, 187_450_000, 352_900_000, 509_260_000],
      pj: "Balai Benih Ikan",
    },
  ];
  const TW = "Realisasi Kinerja dan Anggaran Kumulatif";
  const q = ["s.d. Triwulan I", "s.d. Triwulan II", "s.d. Triwulan III", "s.d. Triwulan IV"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: 2, width: 14 },
    { key: "nama", head: ["Program / Kegiatan"], num: 3, width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (Outcome) / Kegiatan (Output)"],
      role: "indikator",
      num: 4,
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 5, width: 8 },
    { key: "tk", head: ["Target Renja Tahun 2024", "K"], role: "target", year: 2024, num: 6, fmt: "#,##0" },
    {
      key: "trp",
      head: ["Target Renja Tahun 2024", "Rp"],
      role: "anggaran",
      year: 2024,
      num: 6,
      fmt: RP,
      width: 16,
    },
  ];
  q.forEach((h, i) => {
    cols.push({ key: `q${i}k`, head: [TW, h, "K"], role: "realisasi", year: 2024, num: 7 + i, fmt: "#,##0" });
    cols.push({
      key: `q${i}rp`,
      head: [TW, h, "Rp"],
      role: "realisasi-anggaran",
      year: 2024,
      num: 7 + i,
      fmt: RP,
      width: 16,
    });
  });
  cols.push({
    key: "ck",
    head: ["Tingkat Capaian Tahun 2024 (%)", "K"],
    role: "capaian",
    year: 2024,
    num: 11,
    fmt: DEC,
  });
  cols.push({
    key: "crp",
    head: ["Tingkat Capaian Tahun 2024 (%)", "Rp"],
    role: "capaian",
    year: 2024,
    num: 11,
    fmt: DEC,
  });
  cols.push({ key: "pj", head: ["Unit Penanggung Jawab"], role: "penanggung-jawab", num: 12, width: 22 });
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: [
      ...rows.map((x, n): Row => ({
        id: x.id,
        bold: !!x.of,
        cells: (c) => {
          const out: Record<string, unknown> = {
            no: n + 1,
            kode: x.kode,
            nama: x.nama,
            ind: x.ind,
            sat: x.sat,
            tk: x.tk,
            pj: x.pj,
          };
          x.rk.forEach((v, i) => (out[`q${i}k`] = v));
          for (const k of ["trp", "q0rp", "q1rp", "q2rp", "q3rp"]) {
            if (x.of) out[k] = fx(`SUM(${x.of.map((y) => c.a(k, y)).join(",")})`);
            else out[k] = k === "trp" ? x.trp : x.rrp![Number(k[1])];
          }
          // planted: the program 3.25.03's Rp s.d. Triwulan IV typed, two digits swapped
          if (x.id === "p1") out.q3rp = 2_014_050_000;
          out.ck = fx(rt(c.a("q3k"), c.a("tk")));
          // planted: the kegiatan 3.25.03.2.02 adds the four cumulative columns over the target
          out.crp =
            x.id === "k1"
              ? fx(
                  `ROUND((${["q0rp", "q1rp", "q2rp", "q3rp"].map((k) => c.a(k)).join("+")})/${c.a("trp")}*100,2)`,
                )
              : fx(rt(c.a("q3rp"), c.a("trp")));
          return out as never;
        },
      })),
      {
        id: "jml",
        bold: true,
        span: ["no", "sat"],
        cells: (c) => {
          const out: Record<string, unknown> = { no: "JUMLAH" };
          for (const k of ["trp", "q0rp", "q1rp", "q2rp", "q3rp"])
            out[k] = fx(`${c.a(k, "p1")}+${c.a(k, "p2")}`);
          out.crp = fx(rt(c.a("q3rp"), c.a("trp")));
          out.pj = "-";
          return out as never;
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: realisasi kinerja dan anggaran ditulis kumulatif sejak awal tahun sampai dengan akhir triwulan berkenaan.",
  ]);
  s.gap();
  signature(s, 12, {
    tempat: "Wairasa, 15 Januari 2025",
    jabatan: ["KEPALA DINAS PERIKANAN", "KOTA WAIRASA,"],
    nama: "Ir. FREDRIK A. SOPACUA, M.Si.",
    pangkat: "Pembina Tingkat I",
    nip: "19711120 199803 1 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const sumQ = (k: string, id: string) => ["q0", "q1", "q2", "q3"].map((x) => a(`${x}${k}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("q3rp", "p1") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Rp s.d. Triwulan IV of the program 3.25.03 is a typed 2,014,050,000 among SUM formulas; its kegiatan 1,198,350,000 + 842,700,000 give 2,041,050,000",
    truth: `${a("q3rp", "k1")}+${a("q3rp", "k2")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("crp", "k1") },
    rules: ["capaian-mismatch", "serapan-over-100", "percent-out-of-range", "inconsistent-formula"],
    note: "tingkat capaian Rp of kegiatan 3.25.03.2.02 adds the four cumulative columns: 2,781,600,000 / 1,245,600,000 = 223.31; s.d. Triwulan IV 1,198,350,000 / 1,245,600,000 gives 96.21",
    truth: rt(a("q3rp", "k1"), a("trp", "k1")),
  });
  // cumulative columns: the year is s.d. Triwulan IV, not the quarters added
  for (const id of ["p1", "k4"])
    b.ok({
      sheet: S,
      cell: a("ck", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: rt(a("q3k", id), a("tk", id)),
      trap: `ROUND((${sumQ("k", id)})/${a("tk", id)}*100,2)`,
    });
  for (const id of ["k1", "k2", "p2", "k3"])
    b.ok({
      sheet: S,
      cell: a("ck", id),
      rules: ["capaian-mismatch"],
      truth: rt(a("q3k", id), a("tk", id)),
      trap: `ROUND((${sumQ("k", id)})/${a("tk", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("q3k", "k2"),
    rules: ["sum-mismatch"],
    truth: a("tk", "k2"),
    trap: sumQ("k", "k2"),
  });
  for (const id of ["k2", "k3", "k4"])
    b.ok({
      sheet: S,
      cell: a("crp", id),
      rules: ["capaian-mismatch", "serapan-over-100"],
      truth: rt(a("q3rp", id), a("trp", id)),
    });
  for (const k of ["trp", "q0rp", "q1rp", "q2rp"])
    b.ok({ sheet: S, cell: a(k, "p1"), rules: ["sum-mismatch"], truth: `${a(k, "k1")}+${a(k, "k2")}` });
  for (const k of ["trp", "q3rp"])
    b.ok({ sheet: S, cell: a(k, "p2"), rules: ["sum-mismatch"], truth: `${a(k, "k3")}+${a(k, "k4")}` });
  b.ok({
    sheet: S,
    cell: a("trp", "jml"),
    rules: ["sum-mismatch"],
    truth: ["k1", "k2", "k3", "k4"].map((y) => a("trp", y)).join("+"),
  });
  for (const [id, p] of [
    ["k1", "3.25.03"],
    ["k2", "3.25.03"],
    ["k3", "3.25.04"],
    ["k4", "3.25.04"],
  ])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `"${p}"`,
      actual: `PARENT(${a("kode", id)})`,
    });
  return b.finish();
}
