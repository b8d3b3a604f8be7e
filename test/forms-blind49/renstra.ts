// The Renstra evaluations: a T-C.29-like review of Renstra achievement of the Dinas Ketahanan Pangan
// Kota Banua Lima (Kalimantan Selatan) and an E.80 evaluation of the Renstra 2022-2026 of the Dinas
// Lingkungan Hidup Kota Tambak Anyar (Jawa Tengah), K and Rp per year. Every office, person and number
// is invented.
import {
  BookW,
  DEC,
  INT,
  RP,
  fmt,
  fx,
  signature,
  type Cell,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

/** T-C.29-like review of Renstra achievement 2024, Dinas Ketahanan Pangan Kota Banua Lima. */
export function tc29DkpBanuaLima(): BookW {
  const b = new BookW(
    "t-c29-reviu-capaian-renstra-dkp-kota-banua-lima-2024.xlsx",
    "T-C.29 review of Renstra achievement",
    "No | Indikator | Satuan | Target Akhir Renstra (2026) | Target 2024 | Realisasi 2024 | Tingkat Capaian 2024 (%) | Realisasi s.d. 2023 | Realisasi s.d. 2024 | Tingkat Capaian Renstra s.d. 2024 (%); levels, two lower-is-better shares, two flows",
  );
  const S = "T-C.29";
  const s = b.sheet(S);
  s.lines(
    [
      "Tabel T-C.29",
      "Reviu Pencapaian Renstra Dinas Ketahanan Pangan Kota Banua Lima s.d. Tahun 2024",
      "Renstra 2022-2026",
    ],
    1,
    { bold: true },
  );
  s.gap();
  type I = {
    id: string;
    ind: string;
    sat: string;
    ak: number;
    t: number;
    r: number;
    sd: number;
    kind: "lvl" | "neg" | "flow";
    f: string;
  };
  const inds: I[] = [
    {
      id: "t1",
      ind: "Skor Pola Pangan Harapan (PPH)",
      sat: "poin",
      ak: 90,
      t: 86,
      r: 87.3,
      sd: 84.9,
      kind: "lvl",
      f: DEC,
    },
    {
      id: "t2",
      ind: "Prevalensi ketidakcukupan konsumsi pangan (PoU)",
      sat: "%",
      ak: 7,
      t: 8,
      r: 7.6,
      sd: 8.4,
      kind: "neg",
      f: DEC,
    },
    {
      id: "t3",
      ind: "Persentase kelurahan rentan rawan pangan",
      sat: "%",
      ak: 4,
      t: 5,
      r: 4.6,
      sd: 5.3,
      kind: "neg",
      f: DEC,
    },
    {
      id: "t4",
      ind: "Jumlah kelompok Pekarangan Pangan Lestari (P2L) yang dibina",
      sat: "kelompok",
      ak: 60,
      t: 12,
      r: 13,
      sd: 31,
      kind: "flow",
      f: INT,
    },
    {
      id: "t5",
      ind: "Jumlah sampel pangan segar yang diuji keamanannya",
      sat: "sampel",
      ak: 1500,
      t: 320,
      r: 355,
      sd: 640,
      kind: "flow",
      f: INT,
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No", "1"], role: "no", width: 4 },
    { key: "ind", head: ["Indikator Kinerja Sasaran / Program", "2"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan", "3"], role: "satuan", width: 10 },
    {
      key: "ak",
      head: ["Target Kinerja Akhir Renstra (2026)", "4"],
      role: "kondisi-akhir",
      year: 2026,
      width: 12,
    },
    { key: "t", head: ["Target Tahun 2024", "5"], role: "target", year: 2024, width: 10 },
    { key: "r", head: ["Realisasi Tahun 2024", "6"], role: "realisasi", year: 2024, width: 10 },
    {
      key: "c",
      head: ["Tingkat Capaian 2024 (%)", "7 = 6/5 x 100"],
      role: "capaian",
      year: 2024,
      fmt: DEC,
      width: 11,
    },
    { key: "sd0", head: ["Realisasi Kinerja s.d. 2023", "8"], role: "realisasi", year: 2023, width: 11 },
    { key: "sd", head: ["Realisasi Kinerja s.d. 2024", "9"], role: "realisasi", year: 2024, width: 11 },
    {
      key: "cr",
      head: ["Tingkat Capaian Renstra s.d. 2024 (%)", "10 = 9/4 x 100"],
      role: "capaian",
      fmt: DEC,
      width: 12,
    },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    rows: inds.map((x, k): Row => ({
      id: x.id,
      cells: (c: Ctx) => {
        const o: Record<string, Cell> = {
          no: k + 1,
          ind: x.ind,
          sat: x.sat,
          ak: fmt(x.ak, x.f),
          t: fmt(x.t, x.f),
          r: fmt(x.r, x.f),
          sd0: fmt(x.sd, x.f),
        };
        // planted (t3): the positive formula on a lower-is-better share
        o.c =
          x.kind === "neg" && x.id !== "t3"
            ? fx(`ROUND((2*${c.a("t")}-${c.a("r")})/${c.a("t")}*100,2)`)
            : fx(`ROUND(${c.a("r")}/${c.a("t")}*100,2)`);
        // planted (t4): s.d. 2024 typed without this year's groups
        o.sd = x.kind === "flow" ? (x.id === "t4" ? 41 : fx(`${c.a("sd0")}+${c.a("r")}`)) : fx(c.a("r"));
        o.cr =
          x.kind === "neg"
            ? fx(`ROUND((2*${c.a("ak")}-${c.a("sd")})/${c.a("ak")}*100,2)`)
            : fx(`ROUND(${c.a("sd")}/${c.a("ak")}*100,2)`);
        return o;
      },
    })),
  });
  s.gap();
  s.lines([
    "*) indikator PoU dan kelurahan rentan rawan pangan semakin kecil semakin baik: capaian = (2 x target - realisasi) / target x 100.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Banua Lima, 17 Maret 2025",
    jabatan: ["Kepala Dinas Ketahanan Pangan,"],
    nama: "Ir. H. GUSTI MUHAMMAD RIDHANI, M.P.",
    pangkat: "Pembina Utama Muda",
    nip: "19680822 199503 1 002",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "t3") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "kelurahan rentan rawan pangan (lower is better): 4.60 / 5.00 x 100 = 92.00 while the PoU row and the footnote use the refleksi: (10 - 4.6) / 5 x 100 = 108.00",
    truth: `ROUND((2*${a("t", "t3")}-${a("r", "t3")})/${a("t", "t3")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("sd", "t4") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "P2L groups s.d. 2024 typed 41; 31 (s.d. 2023) + 13 (2024) = 44",
    truth: `${a("sd0", "t4")}+${a("r", "t4")}`,
  });
  b.ok({
    sheet: S,
    cell: a("sd", "t1"),
    rules: ["sum-mismatch"],
    truth: a("r", "t1"),
    trap: `${a("sd0", "t1")}+${a("r", "t1")}`,
  });
  b.ok({
    sheet: S,
    cell: a("sd", "t5"),
    rules: ["sum-mismatch"],
    truth: `${a("sd0", "t5")}+${a("r", "t5")}`,
    trap: a("r", "t5"),
  });
  b.ok({
    sheet: S,
    cell: a("c", "t2"),
    rules: ["capaian-mismatch"],
    truth: `ROUND((2*${a("t", "t2")}-${a("r", "t2")})/${a("t", "t2")}*100,2)`,
    trap: `${a("r", "t2")}/${a("t", "t2")}*100`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "t5"),
    rules: ["percent-out-of-range"],
    truth: `ROUND(${a("r", "t5")}/${a("t", "t5")}*100,2)`,
  });
  return b.finish();
}
