// A Renstra T-C.27 funding table of a Dinas Perdagangan for 2025-2029 in millions of rupiah: no
// Tujuan / Sasaran columns, group headings written once without merges, a number row, every kegiatan
// and program Rp a formula over the rows beneath, kondisi akhir Rp the five years added, kondisi akhir
// K by the kind of the indicator (rates and stocks the last target, counts the sum, as the note says).
// Every name and number is invented.
import { BookW, DEC, fmt, fx, letterhead, signature, sum, type Cell, type Col, type Row } from "../forms/kit";
import { JT } from "./util";

type TcIn = {
  id: string;
  lvl: "prog" | "keg" | "sub";
  kode: string;
  nama: string;
  ind: string;
  sat: string;
  awal: number | string;
  t: number[];
  /** how the kondisi akhir K follows: the last target (rates, stocks) or the sum (counts per year) */
  akhir: "last" | "sum";
  rp?: number[];
  of?: string[];
  f: string;
};

const YEARS = [2025, 2026, 2027, 2028, 2029];

/** T-C.27 Renstra 2025-2029 of Dinas Perdagangan, Kabupaten Gunungtalang (Rp juta). */
export function tc27Perdagangan(): BookW {
  const b = new BookW(
    "tc27-rpjuta-disdag-gunungtalang.xlsx",
    "T-C.27 in millions without Tujuan / Sasaran (Dinas Perdagangan)",
    "T-C.27 Renstra 2025-2029 of a Dinas Perdagangan: Kode | Program / Kegiatan / Sub Kegiatan | Indikator Kinerja | Satuan | Kondisi Kinerja Awal (2024) | 'Target Kinerja dan Kerangka Pendanaan' > 2025 .. 2029 > Target | Rp (juta) | 'Kondisi Kinerja pada Akhir Periode Renstra (2029)' > Target | Rp (juta) | Perangkat Daerah Penanggung Jawab | Lokasi; group headings written once without merges; number row 1 .. 18; '(dalam jutaan rupiah)' under the title; kegiatan Rp = kegiatan's sub kegiatan, program Rp = its kegiatan (formulas), a typed program figure; kondisi akhir Rp = the five years; kondisi akhir K last target for rates and stocks, sum for counts (note); a JUMLAH row",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN GUNUNGTALANG",
    "DINAS PERDAGANGAN",
    "Jl. Pasar Induk No. 21, Gunungtalang",
  ]);
  s.lines(
    [
      "Tabel T-C.27",
      "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Dinas Perdagangan Kabupaten Gunungtalang Tahun 2025-2029",
    ],
    1,
    { bold: true },
  );
  s.lines(["(dalam jutaan rupiah)"]);
  s.gap();
  const rows: TcIn[] = [
    {
      id: "p1",
      lvl: "prog",
      kode: "3.30.03",
      nama: "Program Peningkatan Sarana Distribusi Perdagangan",
      ind: "Persentase pasar rakyat dalam kondisi baik",
      sat: "%",
      awal: 46.67,
      t: [53.33, 60, 66.67, 73.33, 80],
      akhir: "last",
      of: ["g1"],
      f: DEC,
    },
    {
      id: "g1",
      lvl: "keg",
      kode: "3.30.03.2.01",
      nama: "Pembangunan dan Pengelolaan Sarana Distribusi Perdagangan",
      ind: "Jumlah pasar rakyat yang direvitalisasi",
      sat: "unit",
      awal: 1,
      t: [1, 1, 1, 1, 1],
      akhir: "sum",
      of: ["s1", "s2"],
      f: "0",
    },
    {
      id: "s1",
      lvl: "sub",
      kode: "3.30.03.2.01.0001",
      nama: "Pembangunan dan Pengembangan Pasar Rakyat",
      ind: "Jumlah pasar rakyat yang dibangun atau direvitalisasi",
      sat: "unit",
      awal: 1,
      t: [1, 1, 1, 1, 1],
      akhir: "sum",
      rp: [2_450, 2_610.5, 2_785, 2_960.75, 3_150],
      f: "0",
    },
    {
      id: "s2",
      lvl: "sub",
      kode: "3.30.03.2.01.0006",
      nama: "Pembinaan terhadap Pengelola Sarana Distribusi Perdagangan",
      ind: "Jumlah pasar rakyat yang dikelola sesuai SNI 8152:2021",
      sat: "unit",
      awal: 7,
      t: [8, 9, 10, 11, 12],
      akhir: "last",
      rp: [385.4, 402.15, 418.9, 436.2, 454.8],
      f: "0",
    },
    {
      id: "p2",
      lvl: "prog",
      kode: "3.30.04",
      nama: "Program Stabilisasi Harga Barang Kebutuhan Pokok dan Barang Penting",
      ind: "Koefisien variasi harga barang kebutuhan pokok",
      sat: "%",
      awal: 9.8,
      t: [9.2, 8.8, 8.4, 8, 7.5],
      akhir: "last",
      of: ["g2", "g3"],
      f: DEC,
    },
    {
      id: "g2",
      lvl: "keg",
      kode: "3.30.04.2.01",
      nama: "Menjamin Ketersediaan Barang Kebutuhan Pokok dan Barang Penting di Tingkat Daerah Kabupaten/Kota",
      ind: "Jumlah laporan ketersediaan dan harga barang kebutuhan pokok dan barang penting",
      sat: "laporan",
      awal: 12,
      t: [12, 12, 12, 12, 12],
      akhir: "sum",
      of: ["s3", "s4"],
      f: "0",
    },
    {
      id: "s3",
      lvl: "sub",
      kode: "3.30.04.2.01.0001",
      nama: "Penyediaan Data dan Informasi Harga dan Stok Barang Kebutuhan Pokok",
      ind: "Jumlah laporan hasil pemantauan harga dan stok",
      sat: "laporan",
      awal: 12,
      t: [12, 12, 12, 12, 12],
      akhir: "sum",
      rp: [186.5, 195.8, 205.6, 215.9, 226.7],
      f: "0",
    },
    {
      id: "s4",
      lvl: "sub",
      kode: "3.30.04.2.01.0003",
      nama: "Pelaksanaan Operasi Pasar dan Pasar Murah",
      ind: "Jumlah kegiatan pasar murah yang dilaksanakan",
      sat: "kali",
      awal: 22,
      t: [24, 24, 26, 26, 28],
      akhir: "sum",
      rp: [612, 642.6, 674.75, 708.5, 743.9],
      f: "0",
    },
    {
      id: "g3",
      lvl: "keg",
      kode: "3.30.04.2.02",
      nama: "Pengendalian Harga, Informasi Ketersediaan Stok dan Pasokan Barang Kebutuhan Pokok dan Barang Penting di Tingkat Pasar Kabupaten/Kota",
      ind: "Jumlah pasar yang dipantau harga dan pasokannya",
      sat: "pasar",
      awal: 5,
      t: [6, 6, 7, 7, 8],
      akhir: "last",
      of: ["s5", "s6"],
      f: "0",
    },
    {
      id: "s5",
      lvl: "sub",
      kode: "3.30.04.2.02.0001",
      nama: "Pemantauan Harga dan Pasokan Barang Kebutuhan Pokok di Pasar Rakyat",
      ind: "Jumlah pasar yang dipantau harga dan pasokannya",
      sat: "pasar",
      awal: 5,
      t: [6, 6, 7, 7, 8],
      akhir: "last",
      rp: [148.25, 155.6, 163.4, 171.55, 180.15],
      f: "0",
    },
    {
      id: "s6",
      lvl: "sub",
      kode: "3.30.04.2.01.0004",
      nama: "Pengawasan Distribusi dan Penyaluran Barang Penting",
      ind: "Jumlah laporan pengawasan distribusi barang penting (LPG 3 kg dan pupuk bersubsidi)",
      sat: "laporan",
      awal: 4,
      t: [4, 4, 4, 4, 4],
      akhir: "sum",
      rp: [96.4, 101.2, 106.25, 111.55, 117.15],
      f: "0",
    },
    {
      id: "p3",
      lvl: "prog",
      kode: "3.30.06",
      nama: "Program Standardisasi dan Perlindungan Konsumen",
      ind: "Persentase alat ukur, takar, timbang dan perlengkapannya (UTTP) bertanda tera sah yang berlaku",
      sat: "%",
      awal: 72,
      t: [76, 80, 84, 88, 92],
      akhir: "last",
      of: ["g4"],
      f: DEC,
    },
    {
      id: "g4",
      lvl: "keg",
      kode: "3.30.06.2.01",
      nama: "Pelaksanaan Metrologi Legal berupa Tera, Tera Ulang dan Pengawasan",
      ind: "Jumlah UTTP yang ditera dan ditera ulang",
      sat: "unit",
      awal: 6_120,
      t: [6_500, 7_000, 7_500, 8_000, 8_500],
      akhir: "sum",
      of: ["s7", "s8"],
      f: "#,##0",
    },
    {
      id: "s7",
      lvl: "sub",
      kode: "3.30.06.2.01.0001",
      nama: "Pelayanan Tera dan Tera Ulang UTTP",
      ind: "Jumlah UTTP yang ditera dan ditera ulang",
      sat: "unit",
      awal: 6_120,
      t: [6_500, 7_000, 7_500, 8_000, 8_500],
      akhir: "sum",
      rp: [524.6, 551.8, 579.4, 608.35, 638.75],
      f: "#,##0",
    },
    {
      id: "s8",
      lvl: "sub",
      kode: "3.30.06.2.01.0002",
      nama: "Pengawasan Metrologi Legal terhadap UTTP, BDKT dan Satuan Ukuran",
      ind: "Jumlah pelaku usaha yang diawasi",
      sat: "pelaku usaha",
      awal: 140,
      t: [150, 160, 170, 180, 190],
      akhir: "sum",
      rp: [132.8, 139.45, 146.4, 153.75, 161.4],
      f: "#,##0",
    },
  ];
  // planted 1: kondisi akhir Rp of the pasar murah adds 2025 .. 2028 only (the 2029 column left out)
  const PLANT_AK = "s4";
  // planted 2: sub kegiatan coded 3.30.04.2.01.0004 under kegiatan 3.30.04.2.02
  const PLANT_CODE = "s6";
  // planted 3: the 2027 Rp of program 3.30.03 is a typed 3,023.90 among formulas; its kegiatan gives 3,203.90
  const PLANT_TYPED = { id: "p1", year: 2, v: 3_023.9 };
  const byId = new Map(rows.map((x) => [x.id, x]));
  const rpOf = (id: string, i: number): number => {
    const x = byId.get(id)!;
    return x.rp ? x.rp[i] : sum(x.of!.map((o) => rpOf(o, i)));
  };
  const G = "Target Kinerja dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra (2029)";
  let n = 0;
  const num = () => ++n;
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: num(), width: 17 },
    { key: "nama", head: ["Program / Kegiatan / Sub Kegiatan"], num: num(), width: 36 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: num(), width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: num(), width: 9 },
    { key: "awal", head: ["Kondisi Kinerja Awal (2024)"], role: "kondisi-awal", num: num(), width: 10 },
    ...YEARS.flatMap((y): Col[] => [
      { key: `t${y}`, head: [G, String(y), "Target"], role: "target", year: y, num: num(), width: 9 },
      {
        key: `rp${y}`,
        head: [G, String(y), "Rp (juta)"],
        role: "anggaran",
        year: y,
        num: num(),
        fmt: JT,
        width: 12,
      },
    ]),
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", num: num(), width: 10 },
    { key: "akRp", head: [AK, "Rp (juta)"], num: num(), fmt: JT, width: 13 },
    {
      key: "pj",
      head: ["Perangkat Daerah Penanggung Jawab"],
      role: "penanggung-jawab",
      num: num(),
      width: 18,
    },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: num(), width: 16 },
  ];
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    groups: "first",
    rows: [
      ...rows.map((x): Row => ({
        id: x.id,
        bold: x.lvl !== "sub",
        cells: (c) => {
          const cells: Record<string, Cell> = {
            kode: x.kode,
            nama: x.nama,
            ind: x.ind,
            sat: x.sat,
            awal: typeof x.awal === "number" ? fmt(x.awal, x.f) : x.awal,
            pj: "Dinas Perdagangan",
            lok:
              x.lvl === "prog"
                ? "Kabupaten Gunungtalang"
                : x.id === "s1"
                  ? "Pasar Kalibening, Pasar Tegalombo, Pasar Rejosari"
                  : "Kabupaten Gunungtalang",
          };
          YEARS.forEach((y, i) => {
            cells[`t${y}`] = fmt(x.t[i], x.f);
            if (x.id === PLANT_TYPED.id && i === PLANT_TYPED.year) cells[`rp${y}`] = PLANT_TYPED.v;
            else
              cells[`rp${y}`] = x.of ? fx(`SUM(${x.of.map((o) => c.a(`rp${y}`, o)).join(",")})`) : x.rp![i];
          });
          cells.akK = fmt(x.akhir === "last" ? x.t[4] : sum(x.t), x.f);
          const ys = x.id === PLANT_AK ? YEARS.slice(0, 4) : YEARS;
          cells.akRp = fx(ys.map((y) => c.a(`rp${y}`)).join("+"));
          return cells;
        },
      })),
      {
        id: "jml",
        bold: true,
        span: ["kode", "sat"],
        cells: (c) => {
          const cells: Record<string, Cell> = { kode: "JUMLAH" };
          for (const y of YEARS)
            cells[`rp${y}`] = fx(["p1", "p2", "p3"].map((p) => c.a(`rp${y}`, p)).join("+"));
          cells.akRp = fx(YEARS.map((y) => c.a(`rp${y}`)).join("+"));
          return cells;
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan:",
    "1. Kondisi kinerja pada akhir periode Renstra untuk indikator persentase, koefisien variasi dan jumlah pasar yang dikelola / dipantau (kondisi) = target tahun 2029.",
    "2. Untuk indikator jumlah per tahun (pasar direvitalisasi, laporan, kegiatan pasar murah, UTTP ditera, pelaku usaha diawasi) = akumulasi target 2025 s.d. 2029.",
    "3. Koefisien variasi harga berpolaritas negatif (semakin kecil semakin baik).",
  ]);
  s.gap();
  signature(s, 14, {
    tempat: "Gunungtalang, 14 Maret 2025",
    jabatan: ["KEPALA DINAS PERDAGANGAN", "KABUPATEN GUNUNGTALANG,"],
    nama: "Hj. RATNA SARI DEWANTI, S.E., M.M.",
    pangkat: "Pembina Tingkat I",
    nip: "19760311 200112 2 004",
  });

  // ----------------------------------------------------------------------------------- claims
  const a = (k: string, id: string) => t.a(k, id);
  const years = (id: string, ys = YEARS) => ys.map((y) => a(`rp${y}`, id)).join("+");
  const x4 = byId.get(PLANT_AK)!;
  b.plant({
    at: { sheet: S, cell: a("akRp", PLANT_AK) },
    rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
    note: `Kondisi akhir Rp of sub kegiatan Pelaksanaan Operasi Pasar dan Pasar Murah is =2025+2026+2027+2028 (${sum(x4.rp!.slice(0, 4)).toFixed(2)}), the 2029 column left out; the five years give ${sum(x4.rp!).toFixed(2)}`,
    truth: years(PLANT_AK),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", PLANT_CODE) },
    rules: ["code-hierarchy"],
    note: "Sub kegiatan Pengawasan Distribusi dan Penyaluran Barang Penting is coded 3.30.04.2.01.0004 (kegiatan 3.30.04.2.01) under kegiatan 3.30.04.2.02; its code is 3.30.04.2.02.0002",
    truth: a("kode", "g3"),
    actual: `PARENT(${a("kode", PLANT_CODE)})`,
  });
  b.plant({
    at: { sheet: S, cell: a(`rp${YEARS[PLANT_TYPED.year]}`, PLANT_TYPED.id) },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: `The 2027 Rp of program 3.30.03 is a typed ${PLANT_TYPED.v.toFixed(2)} among SUM formulas; its kegiatan 3.30.03.2.01 gives ${rpOf("g1", 2).toFixed(2)} (2,785.00 + 418.90)`,
    truth: a("rp2027", "g1"),
  });
  const subs = (id: string): string[] => {
    const x = byId.get(id)!;
    return x.of ? [...x.of, ...x.of.flatMap(subs)] : [];
  };
  for (const x of rows) {
    const last = a("t2029", x.id);
    const all = YEARS.map((y) => a(`t${y}`, x.id)).join("+");
    b.ok({
      sheet: S,
      cell: a("akK", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: x.akhir === "last" ? last : all,
      trap: x.akhir === "last" ? all : last,
    });
    if (x.id !== PLANT_AK && x.id !== PLANT_TYPED.id)
      b.ok({
        sheet: S,
        cell: a("akRp", x.id),
        rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
        truth: years(x.id),
      });
    if (x.of)
      YEARS.forEach((y, i) => {
        if (x.id === PLANT_TYPED.id && i === PLANT_TYPED.year) return;
        const deep = subs(x.id);
        b.ok({
          sheet: S,
          cell: a(`rp${y}`, x.id),
          rules: ["sum-mismatch"],
          truth: x.of!.map((o) => a(`rp${y}`, o)).join("+"),
          // a program adds its kegiatan, not its kegiatan and their sub kegiatan together
          trap: x.lvl === "prog" ? deep.map((o) => a(`rp${y}`, o)).join("+") : undefined,
        });
      });
    if (x.lvl === "sub" && x.id !== PLANT_CODE) {
      const parent = rows.filter((p) => p.of?.includes(x.id))[0];
      b.ok({
        sheet: S,
        cell: a("kode", x.id),
        rules: ["code-hierarchy"],
        truth: a("kode", parent.id),
        actual: `PARENT(${a("kode", x.id)})`,
      });
    }
  }
  // the coefficient of variation is lower is better: its falling targets are right
  b.ok({ sheet: S, cell: a("t2027", "p2"), rules: ["target-trend"], truth: "8.4" });
  YEARS.forEach((y) => {
    if (y === 2027) return;
    b.ok({
      sheet: S,
      cell: a(`rp${y}`, "jml"),
      rules: ["sum-mismatch"],
      truth: ["p1", "p2", "p3"].map((p) => a(`rp${y}`, p)).join("+"),
      trap: rows.map((x) => a(`rp${y}`, x.id)).join("+"),
    });
  });
  return b.finish();
}
