// Condition tables of the seventy-seventh unseen set: the fleet and hydrant inventory of a Dinas
// Pemadam Kebakaran dan Penyelamatan in Papua Barat Daya (Baik | Rusak Ringan | Rusak Berat | Jumlah,
// % layak operasi as the ratio of the group's own totals) and the road equipment condition of a Dinas
// Perhubungan in two years side by side. Every name and number is invented.
import {
  BookW,
  DEC,
  INT,
  fx,
  letterhead,
  signature,
  sum,
  type Cell,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

type It = { id: string; nama: string; sat: string; b: number; rr: number; rb: number; ket?: string };

/** Data sarana dan prasarana Damkar per 31 Desember 2024: armada and hidran, subtotals per group. */
export function saranaDamkar(): BookW {
  const b = new BookW(
    "kondisi-armada-hidran-damkar-klamono-raya.xlsx",
    "Data kondisi sarana dan prasarana (Dinas Damkar): armada dan hidran",
    "Inventory of fire trucks and hydrants, 31 Desember 2024: No | Jenis Sarana / Prasarana | Satuan | 'Kondisi' > Baik | Rusak Ringan | Rusak Berat | Jumlah | % Layak Operasi | Keterangan; number row (1)..(9) with '(7) = (4)+(5)+(6)' and '(8) = (4)/(7) x 100'; groups A. Armada and B. Hidran with 'Sub Jumlah' rows of SUMs over their own items and % of the subtotals; Jumlah per item as SUM formulas, one typed",
  );
  const S = "Sarpras 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA KLAMONO RAYA",
    "DINAS PEMADAM KEBAKARAN DAN PENYELAMATAN",
    "Jl. Malanu Pantai No. 21, Klamono Raya, Papua Barat Daya 98416",
  ]);
  s.lines(["DATA SARANA DAN PRASARANA PEMADAM KEBAKARAN", "KEADAAN PER 31 DESEMBER 2024"], 1, { bold: true });
  s.gap();
  const A: It[] = [
    { id: "a1", nama: "Mobil pompa (kapasitas 4.000 liter)", sat: "unit", b: 6, rr: 2, rb: 1 },
    { id: "a2", nama: "Mobil tangki air (5.000 liter)", sat: "unit", b: 4, rr: 1, rb: 1 },
    {
      id: "a3",
      nama: "Mobil tangga / snorkel 22 m",
      sat: "unit",
      b: 1,
      rr: 0,
      rb: 1,
      ket: "menunggu suku cadang",
    },
    { id: "a4", nama: "Mobil rescue", sat: "unit", b: 2, rr: 1, rb: 0 },
    { id: "a5", nama: "Mobil komando", sat: "unit", b: 1, rr: 0, rb: 1 },
    { id: "a6", nama: "Sepeda motor pemadam (trail)", sat: "unit", b: 8, rr: 3, rb: 2 },
  ];
  const B: It[] = [
    {
      id: "b1",
      nama: "Hidran pilar kota",
      sat: "titik",
      b: 47,
      rr: 12,
      rb: 9,
      ket: "9 titik tekanan air rendah",
    },
    { id: "b2", nama: "Hidran halaman gedung pemerintah", sat: "titik", b: 15, rr: 4, rb: 3 },
    { id: "b3", nama: "Hidran kering (dry riser) pasar dan terminal", sat: "titik", b: 6, rr: 2, rb: 2 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "nama", head: ["Jenis Sarana / Prasarana"], num: "(2)", width: 38 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(3)", width: 8 },
    { key: "b", head: ["Kondisi", "Baik"], num: "(4)", fmt: INT },
    { key: "rr", head: ["Kondisi", "Rusak Ringan"], num: "(5)", fmt: INT },
    { key: "rb", head: ["Kondisi", "Rusak Berat"], num: "(6)", fmt: INT },
    { key: "j", head: ["Jumlah"], num: "(7) = (4)+(5)+(6)", fmt: INT },
    { key: "p", head: ["% Layak Operasi"], num: "(8) = (4)/(7) x 100", fmt: DEC },
    { key: "ket", head: ["Keterangan"], role: "keterangan", num: "(9)", width: 24 },
  ];
  const item = (x: It, i: number): Row => ({
    id: x.id,
    cells: (c: Ctx) => ({
      no: i + 1,
      nama: x.nama,
      sat: x.sat,
      b: x.b,
      rr: x.rr,
      rb: x.rb,
      // planted: the motors' Jumlah typed 31 (13 with digits swapped)
      j: x.id === "a6" ? 31 : fx(`SUM(${c.a("b")}:${c.a("rb")})`),
      p: fx(`ROUND(${c.a("b")}/${c.a("j")}*100,2)`),
      ket: x.ket ?? "-",
    }),
  });
  const sub = (id: string, first: string, last: string, lastB = last): Row => ({
    id,
    bold: true,
    span: ["no", "sat"],
    cells: (c: Ctx) => ({
      no: "Sub Jumlah",
      b: fx(`SUM(${c.a("b", first)}:${c.a("b", lastB)})`),
      rr: fx(`SUM(${c.a("rr", first)}:${c.a("rr", last)})`),
      rb: fx(`SUM(${c.a("rb", first)}:${c.a("rb", last)})`),
      j: fx(`SUM(${c.a("j", first)}:${c.a("j", last)})`),
      p: fx(`ROUND(${c.a("b")}/${c.a("j")}*100,2)`),
    }),
  });
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      { id: "hA", bold: true, cells: { no: "A.", nama: "ARMADA PEMADAM DAN PENYELAMATAN" } },
      ...A.map(item),
      // planted: Sub Jumlah Baik of the armada stops at the mobil komando (the 8 motors left out)
      sub("sA", "a1", "a6", "a5"),
      { id: "hB", bold: true, cells: { no: "B.", nama: "HIDRAN DAN SUMBER AIR PEMADAM" } },
      ...B.map(item),
      sub("sB", "b1", "b3"),
    ],
  });
  s.gap();
  s.lines([
    "Keterangan: % Layak Operasi per kelompok dihitung dari Sub Jumlah, bukan dijumlahkan dari persentase per jenis.",
    "Satuan armada dan hidran berbeda, sehingga tidak dibuat jumlah seluruhnya.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Klamono Raya, 8 Januari 2025",
    jabatan: ["Kepala Seksi Sarana dan Prasarana,"],
    nama: "MARTHINUS KAMBUAYA, S.T.",
    pangkat: "Penata",
    nip: "19860311 201001 1 012",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("j", "a6") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah of the sepeda motor pemadam is a typed 31 among SUM formulas; 8 + 3 + 2 give 13 (digits swapped)",
    truth: `${a("b", "a6")}+${a("rr", "a6")}+${a("rb", "a6")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("b", "sA") },
    rules: ["sum-mismatch"],
    note: `Sub Jumlah Baik of the armada = SUM of the first five lines (14); the 8 motors of the last line are left out, the six give ${sum(A.map((x) => x.b))}`,
    truth: `SUM(${a("b", "a1")}:${a("b", "a6")})`,
  });
  for (const x of [...A, ...B])
    if (x.id !== "a6")
      b.ok({
        sheet: S,
        cell: a("j", x.id),
        rules: ["sum-mismatch"],
        truth: `${a("b", x.id)}+${a("rr", x.id)}+${a("rb", x.id)}`,
      });
  for (const k of ["rr", "rb"])
    b.ok({ sheet: S, cell: a(k, "sA"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "a1")}:${a(k, "a6")})` });
  for (const k of ["b", "rr", "rb", "j"])
    b.ok({ sheet: S, cell: a(k, "sB"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "b1")}:${a(k, "b3")})` });
  // trap: the group's % is the ratio of its totals, not the sum (or mean) of its items' %
  b.ok({
    sheet: S,
    cell: a("p", "sB"),
    rules: ["sum-mismatch", "percent-out-of-range"],
    truth: `ROUND(SUM(${a("b", "b1")}:${a("b", "b3")})/SUM(${a("j", "b1")}:${a("j", "b3")})*100,2)`,
    trap: `SUM(${a("p", "b1")}:${a("p", "b3")})`,
  });
  for (const id of ["a1", "a3", "a4", "b2"])
    b.ok({
      sheet: S,
      cell: a("p", id),
      rules: ["ratio-components-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("b", id)}/${a("j", id)}*100,2)`,
    });
  return b.finish();
}

// ============================================ Dinas Perhubungan Kota Mariat Raya, perlengkapan jalan

type Pj = {
  id: string;
  nama: string;
  sat: string;
  y23: [number, number, number];
  y24: [number, number, number];
};

/** Kondisi perlengkapan jalan 2023 and 2024 side by side (Dinas Perhubungan). */
export function perlengkapanDishub(): BookW {
  const b = new BookW(
    "perlengkapan-jalan-dishub-mariat-raya.xlsx",
    "Kondisi perlengkapan jalan dua tahun (Dinas Perhubungan)",
    "Road equipment condition of a kota Dinas Perhubungan: No | Uraian Perlengkapan Jalan | Sat. | 'Keadaan Akhir 2023' > B | RR | RB | Jml | 'Keadaan Akhir 2024' > B | RR | RB | Jml | Ket.; merged group headers, no number row; Jml as SUM formulas with cached results; a TOTAL row only for the items counted in unit",
  );
  const S = "Perlengkapan Jalan";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA MARIAT RAYA", "DINAS PERHUBUNGAN", "Bidang Lalu Lintas Jalan"]);
  s.lines(["Tabel II.4 Kondisi Perlengkapan Jalan Kota Mariat Raya Tahun 2023 - 2024"], 1, { bold: true });
  s.gap();
  const P: Pj[] = [
    { id: "p1", nama: "Rambu lalu lintas", sat: "buah", y23: [612, 148, 57], y24: [688, 131, 64] },
    {
      id: "p2",
      nama: "Alat Pemberi Isyarat Lalu Lintas (APILL)",
      sat: "simpang",
      y23: [14, 3, 1],
      y24: [16, 2, 1],
    },
    {
      id: "p3",
      nama: "Penerangan Jalan Umum (PJU)",
      sat: "titik",
      y23: [2_846, 412, 193],
      y24: [3_127, 388, 214],
    },
    { id: "p4", nama: "Warning light", sat: "unit", y23: [22, 6, 4], y24: [25, 5, 4] },
    { id: "p5", nama: "Cermin tikungan (convex mirror)", sat: "unit", y23: [38, 9, 5], y24: [41, 8, 7] },
    {
      id: "p6",
      nama: "Pagar pengaman jalan (guard rail)",
      sat: "meter",
      y23: [1_860, 240, 95],
      y24: [2_120, 205, 110],
    },
    { id: "p7", nama: "Halte angkutan umum", sat: "unit", y23: [27, 8, 3], y24: [31, 6, 4] },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "nama", head: ["Uraian Perlengkapan Jalan"], width: 36 },
    { key: "sat", head: ["Sat."], role: "satuan", width: 8 },
    { key: "b23", head: ["Keadaan Akhir 2023", "B"], fmt: INT },
    { key: "rr23", head: ["Keadaan Akhir 2023", "RR"], fmt: INT },
    { key: "rb23", head: ["Keadaan Akhir 2023", "RB"], fmt: INT },
    { key: "j23", head: ["Keadaan Akhir 2023", "Jml"], fmt: INT },
    { key: "b24", head: ["Keadaan Akhir 2024", "B"], fmt: INT },
    { key: "rr24", head: ["Keadaan Akhir 2024", "RR"], fmt: INT },
    { key: "rb24", head: ["Keadaan Akhir 2024", "RB"], fmt: INT },
    { key: "j24", head: ["Keadaan Akhir 2024", "Jml"], fmt: INT },
    { key: "ket", head: ["Ket."], role: "keterangan", width: 20 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    rows: P.map((x, i) => ({
      id: x.id,
      cells: (c: Ctx) => {
        const out: Record<string, Cell> = {
          no: i + 1,
          nama: x.nama,
          sat: x.sat,
          b23: x.y23[0],
          rr23: x.y23[1],
          rb23: x.y23[2],
          j23: fx(`SUM(${c.a("b23")}:${c.a("rb23")})`),
          b24: x.y24[0],
          rr24: x.y24[1],
          rb24: x.y24[2],
          // planted: the PJU 2024 total keeps the cached result of an older draft (3,592)
          j24:
            x.id === "p3"
              ? fx(`SUM(${c.a("b24")}:${c.a("rb24")})`, 3_592)
              : fx(`SUM(${c.a("b24")}:${c.a("rb24")})`),
          ket: x.id === "p3" ? "termasuk PJU tenaga surya" : "-",
        };
        return out;
      },
    })),
  });
  s.gap();
  s.lines([
    "B = baik, RR = rusak ringan, RB = rusak berat.",
    "Sumber: Hasil inventarisasi Bidang Lalu Lintas Jalan.",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Mariat Raya, 20 Januari 2025",
    jabatan: ["Kepala Dinas Perhubungan,"],
    nama: "ABNER SAFLAFO, S.Sos., M.Si.",
    pangkat: "Pembina Tingkat I",
    nip: "19740905 199903 1 007",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("j24", "p3") },
    rules: ["sum-mismatch"],
    note: `Jml 2024 of the PJU is =SUM(B:RB) with a stale cached 3,592; 3,127 + 388 + 214 give ${sum(P[2].y24)}`,
    truth: `${a("b24", "p3")}+${a("rr24", "p3")}+${a("rb24", "p3")}`,
  });
  for (const x of P) {
    b.ok({
      sheet: S,
      cell: a("j23", x.id),
      rules: ["sum-mismatch"],
      truth: `${a("b23", x.id)}+${a("rr23", x.id)}+${a("rb23", x.id)}`,
    });
    if (x.id !== "p3")
      b.ok({
        sheet: S,
        cell: a("j24", x.id),
        rules: ["sum-mismatch"],
        truth: `${a("b24", x.id)}+${a("rr24", x.id)}+${a("rb24", x.id)}`,
      });
  }
  return b.finish();
}
