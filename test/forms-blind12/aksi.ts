// The Rencana Aksi of a Perjanjian Kinerja with quarterly targets and realisations, and the LKjIP's
// row-wise "Indikator / Target / Realisasi / Capaian (%)" blocks repeated per sasaran on a sheet of
// its own (years 2022-2024 across), of a Dinas Pemberdayaan Perempuan dan Perlindungan Anak. Every
// name and number is invented.
import {
  BookW,
  DEC,
  fmt,
  fx,
  letterhead,
  round,
  signature,
  type Cell,
  type Col,
  type Row,
} from "../forms/kit";

type AkIn = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  /** targets and realisations 2022, 2023, 2024 */
  t: number[];
  r: number[];
  /** cumulative quarterly targets and realisations 2024 ("-" where the indicator is yearly) */
  tq: Array<number | string>;
  rq: Array<number | string>;
  neg?: boolean;
  f: string;
  pj: string;
};

const YS = [2022, 2023, 2024];

/** Rencana Aksi PK 2024 and Capaian Sasaran 2022-2024 of DP3A Kota Pagerwangi. */
export function rencanaAksi(): BookW {
  const b = new BookW(
    "rencana-aksi-baris-dp3a-pagerwangi.xlsx",
    "Rencana Aksi PK and row-wise LKjIP",
    "Rencana Aksi of the PK 2024 of a DP3A: No | Sasaran Strategis (merged) | Indikator Kinerja | Satuan | Target 2024 | Target Triwulan (kumulatif) > I..IV | Realisasi Triwulan (kumulatif) > I..IV | Capaian s.d. Triwulan IV (%) | Penanggung Jawab, number row of letters (a) .. (p), capaian ROUND formulas on TW IV, refleksi on two lower-is-better rows, dashes for a yearly indicator; sheet 'Capaian Sasaran 2022-2024' row-wise: per sasaran a section row, then per indicator the rows Indikator / Target / Realisasi / Capaian (%), years 2022..2024 across, typed capaian (scored on its bounds only)",
  );
  const S = "Rencana Aksi 2024";
  const SB = "Capaian Sasaran 2022-2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA PAGERWANGI",
    "DINAS PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK",
    "Jl. Kartini No. 45 Pagerwangi",
  ]);
  s.lines(["RENCANA AKSI PERJANJIAN KINERJA TAHUN 2024", "Capaian s.d. Triwulan IV"]);
  s.gap();
  const S1 = "Meningkatnya perlindungan perempuan dan anak dari tindak kekerasan";
  const S2 = "Meningkatnya pemenuhan hak anak";
  const S3 = "Meningkatnya pemberdayaan ekonomi perempuan";
  const rows: AkIn[] = [
    {
      id: "i1",
      sas: S1,
      ind: "Persentase kasus kekerasan terhadap perempuan dan anak yang tertangani",
      sat: "%",
      t: [100, 100, 100],
      r: [95.2, 98.45, 98.9],
      tq: [100, 100, 100, 100],
      rq: [96.4, 97.8, 98.5, 98.9],
      f: DEC,
      pj: "Bidang Perlindungan Perempuan dan Anak",
    },
    {
      id: "i2",
      sas: S1,
      ind: "Rasio kekerasan terhadap anak per 10.000 anak",
      sat: "per 10.000 anak",
      t: [3.8, 3.5, 3.2],
      r: [4.1, 3.3, 2.9],
      tq: [0.8, 1.6, 2.4, 3.2],
      rq: [0.9, 1.5, 2.3, 2.9],
      neg: true,
      f: DEC,
      pj: "Bidang Perlindungan Perempuan dan Anak",
    },
    {
      id: "i3",
      sas: S2,
      ind: "Jumlah kelurahan layak anak",
      sat: "kelurahan",
      t: [10, 14, 18],
      r: [10, 13, 17],
      tq: [4, 9, 14, 18],
      rq: [4, 8, 13, 17],
      f: "0",
      pj: "Bidang Pemenuhan Hak Anak",
    },
    {
      id: "i5",
      sas: S2,
      ind: "Persentase perkawinan usia anak",
      sat: "%",
      t: [8.0, 7.2, 6.5],
      r: [8.4, 7.0, 7.1],
      tq: ["-", "-", "-", 6.5],
      rq: ["-", "-", "-", 7.1],
      neg: true,
      f: DEC,
      pj: "Bidang Pemenuhan Hak Anak",
    },
    {
      id: "i4",
      sas: S3,
      ind: "Persentase perempuan pelaku usaha mikro yang mendapat pendampingan",
      sat: "%",
      t: [40, 50, 60],
      r: [42.5, 47.2, 61.5],
      tq: [15, 30, 45, 60],
      rq: [12, 28, 44, 61.5],
      f: DEC,
      pj: "Bidang Pemberdayaan Perempuan",
    },
  ];
  // planted 1: the Rencana Aksi target 2024 of kelurahan layak anak is 20 (quarters climbing to it);
  // the PK and the LKjIP sheet say 18
  const PLANT_X = { id: "i3", v: 20, tq: [4, 9, 14, 20] };
  // planted 2: the capaian 2023 of the kasus tertangani on the row-wise sheet typed 89.45 (98.45)
  const PLANT_C = { id: "i1", i: 1, v: 89.45 };
  const cap = (x: AkIn, i: number) =>
    round(x.neg ? ((2 * x.t[i] - x.r[i]) / x.t[i]) * 100 : (x.r[i] / x.t[i]) * 100);
  if (cap(rows[0], 1) !== 98.45) throw new Error("aksi: i1 2023");
  const L = (i: number) => `(${String.fromCharCode(97 + i)})`;
  const TQ = "Target Triwulan (kumulatif)";
  const RQ = "Realisasi Triwulan (kumulatif)";
  const QN = ["I", "II", "III", "IV"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: L(0), width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", num: L(1), width: 28 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: L(2), width: 38 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: L(3), width: 12 },
    { key: "tg", head: ["Target 2024"], role: "target", year: 2024, num: L(4), width: 10 },
    ...QN.map((q, i): Col => ({
      key: `tq${i}`,
      head: [TQ, q],
      role: "target",
      year: 2024,
      num: L(5 + i),
      width: 8,
    })),
    ...QN.map((q, i): Col => ({
      key: `rq${i}`,
      head: [RQ, q],
      role: "realisasi",
      year: 2024,
      num: L(9 + i),
      width: 8,
    })),
    {
      key: "cp",
      head: ["Capaian s.d. Triwulan IV (%)"],
      role: "capaian",
      year: 2024,
      num: L(13),
      fmt: DEC,
      width: 11,
    },
    { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", num: L(14), width: 26 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    vmerge: ["sas"],
    rows: rows.map((x, k): Row => ({
      id: x.id,
      cells: (c) => {
        const F = (v: number | string) => (typeof v === "number" ? fmt(v, x.f) : v);
        const tq = x.id === PLANT_X.id ? PLANT_X.tq : x.tq;
        const cells: Record<string, Cell> = {
          no: k + 1,
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          tg: F(x.id === PLANT_X.id ? PLANT_X.v : x.t[2]),
          pj: x.pj,
        };
        QN.forEach((_, i) => {
          cells[`tq${i}`] = F(tq[i]);
          cells[`rq${i}`] = F(x.rq[i]);
        });
        const T = c.a("tq3");
        const R = c.a("rq3");
        cells.cp = fx(x.neg ? `ROUND((2*${T}-${R})/${T}*100,2)` : `ROUND(${R}/${T}*100,2)`);
        return cells;
      },
    })),
  });
  s.gap();
  s.lines([
    "Catatan:",
    "1. Target dan realisasi triwulan bersifat kumulatif: target Triwulan IV sama dengan target tahun 2024.",
    "2. Rasio kekerasan terhadap anak dan persentase perkawinan usia anak berpolaritas negatif: capaian = (2 x target - realisasi) / target x 100.",
    "3. Persentase perkawinan usia anak hanya diukur tahunan (data Pengadilan Agama dan KUA).",
  ]);
  s.gap();
  signature(s, 12, {
    tempat: "Pagerwangi, 8 Januari 2025",
    jabatan: ["KEPALA DINAS PEMBERDAYAAN PEREMPUAN", "DAN PERLINDUNGAN ANAK,"],
    nama: "Dra. SRI WAHYUNINGSIH HANDAYANI, M.Si.",
    pangkat: "Pembina Tingkat I",
    nip: "19700925 199603 2 003",
  });

  // ------------------------------------------------------------- the row-wise sheet, per sasaran
  const r = b.sheet(SB);
  letterhead(r, ["PEMERINTAH KOTA PAGERWANGI", "DINAS PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK"]);
  r.lines(["Tabel 3.2", "Perbandingan Target, Realisasi dan Capaian Kinerja Sasaran Tahun 2022 - 2024"]);
  r.gap();
  const bcols: Col[] = [
    { key: "no", head: ["No"], width: 5 },
    { key: "u", head: ["Uraian"], width: 16 },
    ...YS.map((y, i): Col => ({ key: `y${i}`, head: ["Tahun", String(y)], width: 12 })),
    { key: "ket", head: ["Keterangan"], width: 22 },
  ];
  const body: Row[] = [];
  const sasaran = [S1, S2, S3];
  let n = 0;
  sasaran.forEach((sa, j) => {
    body.push({
      id: `s${j}`,
      bold: true,
      span: ["u", "ket"],
      cells: { no: ["I", "II", "III"][j], u: `Sasaran ${j + 1}: ${sa}` },
    });
    for (const x of rows.filter((q) => q.sas === sa)) {
      n++;
      body.push({
        id: `n.${x.id}`,
        span: ["y0", "ket"],
        cells: { no: n, u: "Indikator", y0: `${x.ind} (${x.sat})` },
      });
      const tg: Record<string, Cell> = { u: "Target" };
      const re: Record<string, Cell> = { u: "Realisasi" };
      const cp: Record<string, Cell> = { u: "Capaian (%)", ket: x.neg ? "polaritas negatif" : undefined };
      YS.forEach((_, i) => {
        tg[`y${i}`] = fmt(x.t[i], x.f);
        re[`y${i}`] = fmt(x.r[i], x.f);
        cp[`y${i}`] = fmt(x.id === PLANT_C.id && i === PLANT_C.i ? PLANT_C.v : cap(x, i), DEC);
      });
      body.push(
        { id: `t.${x.id}`, cells: tg },
        { id: `r.${x.id}`, cells: re },
        { id: `c.${x.id}`, cells: cp },
      );
    }
  });
  const tb = r.table({ cols: bcols, headerRows: 2, rows: body });
  r.gap();
  r.lines([
    "Catatan: capaian indikator berpolaritas negatif = (2 x Target - Realisasi) / Target x 100; indikator lainnya = Realisasi / Target x 100.",
    "Target tahun 2024 sesuai Perjanjian Kinerja Tahun 2024.",
  ]);

  const a = (k: string, id: string) => t.a(k, id);
  const B = (i: number, row: string) => `'${SB}'!${tb.a(`y${i}`, row)}`;
  const Bc = (i: number, row: string) => tb.a(`y${i}`, row);
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a("tg", PLANT_X.id) },
        { sheet: SB, cell: Bc(2, `t.${PLANT_X.id}`) },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "the Rencana Aksi target 2024 of kelurahan layak anak is 20 (its quarters climb to 20); the 2024 target on the sheet 'Capaian Sasaran 2022-2024', which the note there says is the PK's, is 18",
    truth: B(2, `t.${PLANT_X.id}`),
  });
  b.plant({
    at: { sheet: SB, cell: Bc(PLANT_C.i, `c.${PLANT_C.id}`) },
    rules: ["capaian-mismatch"],
    note: "capaian 2023 of the kasus kekerasan tertangani is 89.45; realisasi 98.45 / target 100 gives 98.45 (two digits swapped)",
    truth: `ROUND(${Bc(PLANT_C.i, `r.${PLANT_C.id}`)}/${Bc(PLANT_C.i, `t.${PLANT_C.id}`)}*100,2)`,
  });
  for (const x of rows) {
    const T = a("tq3", x.id);
    const R = a("rq3", x.id);
    const over = cap(x, 2) > 100;
    if (x.id !== PLANT_X.id) {
      b.ok({
        sheet: S,
        cell: a("cp", x.id),
        rules: x.neg
          ? ["capaian-mismatch", "inconsistent-formula"]
          : over
            ? ["capaian-mismatch", "percent-out-of-range"]
            : ["capaian-mismatch"],
        truth: x.neg ? `ROUND((2*${T}-${R})/${T}*100,2)` : `ROUND(${R}/${T}*100,2)`,
        trap: x.neg ? `ROUND(${R}/${T}*100,2)` : undefined,
      });
      // the quarters are cumulative: TW IV is the year's target, not the four quarters added up
      b.ok({
        sheet: S,
        cell: a("tq3", x.id),
        rules: ["sum-mismatch"],
        truth: a("tg", x.id),
        trap:
          x.tq.every((v) => typeof v === "number") && x.id !== "i1"
            ? [0, 1, 2, 3].map((i) => a(`tq${i}`, x.id)).join("+")
            : undefined,
      });
      b.ok({ sheet: S, cell: a("tg", x.id), rules: ["cross-table-mismatch"], truth: B(2, `t.${x.id}`) });
    }
    b.ok({
      sheet: S,
      cell: a("rq3", x.id),
      rules: ["sum-mismatch", "cross-table-mismatch"],
      truth: B(2, `r.${x.id}`),
    });
    YS.forEach((_, i) => {
      if (x.id === PLANT_C.id && i === PLANT_C.i) return;
      const Tb = Bc(i, `t.${x.id}`);
      const Rb = Bc(i, `r.${x.id}`);
      b.ok({
        sheet: SB,
        cell: Bc(i, `c.${x.id}`),
        rules: ["capaian-mismatch"],
        truth: x.neg ? `ROUND((2*${Tb}-${Rb})/${Tb}*100,2)` : `ROUND(${Rb}/${Tb}*100,2)`,
        trap: x.neg ? `ROUND(${Rb}/${Tb}*100,2)` : undefined,
      });
    });
  }
  return b.finish();
}
