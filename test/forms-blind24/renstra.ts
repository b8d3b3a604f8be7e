// The T-C.29 review of a Kalimantan Dinas PUPR's Renstra 2022-2026, s.d. 2024: target at the end of
// the period (K, Rp), "Realisasi Capaian Kinerja dan Anggaran" per year 2022 .. 2024 (K, Rp) and
// "Rasio Capaian pada Akhir Periode" (K, Rp). The ratio of a level (a program's percentage) is the
// 2024 level against the end target; of a count (a kegiatan's km, units, connections) the three
// years added up; of money the three years added up. Every name and number is invented.
import { BookW, DEC, RP, fmt, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";

type TcIn = {
  id: string;
  lv: "p" | "k" | "i";
  kode?: string;
  nama?: string;
  ind: string;
  sat: string;
  /** a count: its ratio adds the years; else a level: the last year */
  flow: boolean;
  tk: number;
  k: [number, number, number];
  /** kegiatan: end target Rp and realised Rp per year */
  rp?: [number, number, number, number];
  f: string;
};

const YEARS = [2022, 2023, 2024];

/** T-C.29 Rekapitulasi evaluasi pencapaian Renstra s.d. 2024 (Dinas PUPR). */
export function tc29Pupr(): BookW {
  const b = new BookW(
    "tc29-rasioakhir-pupr-mahakamtengah.xlsx",
    "T-C.29 review of the Renstra 2022-2026 s.d. 2024 (Dinas PUPR)",
    "T-C.29 of a Dinas Pekerjaan Umum dan Penataan Ruang: No | Kode | Program / Kegiatan | Indikator Kinerja Program (Outcome) / Kegiatan (Output) | Satuan | 'Target Renstra pada Akhir Periode (2026)' > K | Rp | 'Realisasi Capaian Kinerja dan Anggaran' > 2022 | 2023 | 2024, each > K | Rp | 'Rasio Capaian pada Akhir Periode (%)' > K | Rp | Unit Penanggung Jawab; number row 1 .. 16; three header rows; program K levels (ratio = 2024 / target), kegiatan K counts (ratio = the years added up / target), a second indicator without code and Rp; program Rp `SUM(a,b)` of their kegiatan; ratios `ROUND` formulas; JUMLAH of the Rp",
  );
  const S = "T-C.29";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN MAHAKAM TENGAH", "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG"]);
  s.lines([
    "Tabel T-C.29",
    "Rekapitulasi Evaluasi Hasil Pelaksanaan Renstra Dinas PUPR Kabupaten Mahakam Tengah 2022-2026 s.d. Tahun 2024",
  ]);
  s.gap();
  const rows: TcIn[] = [
    {
      id: "p1",
      lv: "p",
      kode: "1.03.02",
      nama: "PROGRAM PENGELOLAAN SUMBER DAYA AIR (SDA)",
      ind: "Persentase luas daerah irigasi kewenangan kabupaten dalam kondisi baik",
      sat: "%",
      flow: false,
      tk: 78,
      k: [66.4, 70.1, 73.8],
      f: DEC,
    },
    {
      id: "k11",
      lv: "k",
      kode: "1.03.02.2.01",
      nama: "Pengelolaan SDA dan Bangunan Pengaman Pantai pada Wilayah Sungai (WS) dalam 1 (satu) Daerah Kabupaten/Kota",
      ind: "Panjang saluran irigasi yang direhabilitasi",
      sat: "km",
      flow: true,
      tk: 85,
      k: [14.2, 17.8, 18.5],
      rp: [52_000_000_000, 8_940_250_000, 10_372_600_000, 11_815_420_000],
      f: "0.0",
    },
    {
      id: "k12",
      lv: "k",
      kode: "1.03.03.2.02",
      nama: "Pengembangan dan Pengelolaan Sistem Irigasi Primer dan Sekunder pada Daerah Irigasi yang Luasnya di Bawah 1000 Ha",
      ind: "Jumlah embung yang dibangun",
      sat: "unit",
      flow: true,
      tk: 10,
      k: [3, 2, 3],
      rp: [16_500_000_000, 2_985_400_000, 2_140_800_000, 3_312_750_000],
      f: "0",
    },
    {
      id: "p2",
      lv: "p",
      kode: "1.03.03",
      nama: "PROGRAM PENGELOLAAN DAN PENGEMBANGAN SISTEM PENYEDIAAN AIR MINUM",
      ind: "Persentase rumah tangga dengan akses air minum layak",
      sat: "%",
      flow: false,
      tk: 85,
      k: [76.4, 79.2, 81.9],
      f: DEC,
    },
    {
      id: "k21",
      lv: "k",
      kode: "1.03.03.2.01",
      nama: "Pengelolaan dan Pengembangan Sistem Penyediaan Air Minum (SPAM) di Daerah Kabupaten/Kota",
      ind: "Jumlah sambungan rumah (SR) baru",
      sat: "SR",
      flow: true,
      tk: 6_500,
      k: [1_240, 1_385, 1_512],
      rp: [38_000_000_000, 6_412_800_000, 7_105_250_000, 7_894_600_000],
      f: "#,##0",
    },
    {
      id: "p3",
      lv: "p",
      kode: "1.03.10",
      nama: "PROGRAM PENYELENGGARAAN JALAN",
      ind: "Persentase panjang jalan kabupaten dalam kondisi mantap",
      sat: "%",
      flow: false,
      tk: 72.5,
      k: [61.2, 64.85, 68.3],
      f: DEC,
    },
    {
      id: "k31",
      lv: "k",
      kode: "1.03.10.2.01",
      nama: "Penyelenggaraan Jalan Kabupaten/Kota",
      ind: "Panjang jalan kabupaten yang ditingkatkan/direkonstruksi",
      sat: "km",
      flow: true,
      tk: 120,
      k: [31.4, 28.75, 33.6],
      rp: [245_000_000_000, 46_820_550_000, 44_105_300_000, 51_660_870_000],
      f: "0.00",
    },
    {
      id: "k31b",
      lv: "i",
      ind: "Jumlah jembatan yang dibangun/direhabilitasi",
      sat: "unit",
      flow: true,
      tk: 18,
      k: [4, 5, 3],
      f: "0",
    },
  ];
  // planted 1 (code-hierarchy): kegiatan k12 coded 1.03.03.2.02 (the air minum program's) under 1.03.02
  const PLANT_CODE = "k12";
  // planted 2: program 1.03.02's realised Rp 2023 typed 12,153,400,000 (the kegiatan give 12,513,400,000)
  const PLANT_S = { id: "p1", year: 1, v: 12_153_400_000 };
  // planted 3: the ratio Rp of kegiatan 1.03.10.2.01 leaves out 2022
  const PLANT_R = "k31";
  const kids = (id: string): TcIn[] => {
    const i = rows.findIndex((x) => x.id === id);
    const out: TcIn[] = [];
    for (let j = i + 1; j < rows.length && rows[j].lv !== "p"; j++) if (rows[j].lv === "k") out.push(rows[j]);
    return out;
  };
  const progs = rows.filter((x) => x.lv === "p");
  const TG = "Target Renstra pada Akhir Periode (2026)";
  const RG = "Realisasi Capaian Kinerja dan Anggaran";
  const RS = "Rasio Capaian pada Akhir Periode (%)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: 2, width: 14 },
    { key: "nama", head: ["Program / Kegiatan"], num: 3, width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (Outcome) / Kegiatan (Output)"],
      role: "indikator",
      num: 4,
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 5, width: 7 },
    { key: "tk", head: [TG, "K"], role: "target", num: 6, width: 9 },
    { key: "trp", head: [TG, "Rp"], role: "anggaran", num: 7, fmt: RP, width: 18 },
    ...YEARS.flatMap((y, i): Col[] => [
      { key: `k${i}`, head: [RG, String(y), "K"], role: "realisasi", year: y, num: 8 + 2 * i, width: 9 },
      {
        key: `r${i}`,
        head: [RG, String(y), "Rp"],
        role: "realisasi-anggaran",
        year: y,
        num: 9 + 2 * i,
        fmt: RP,
        width: 17,
      },
    ]),
    { key: "rk", head: [RS, "K"], role: "capaian", num: 14, fmt: DEC, width: 9 },
    { key: "rr", head: [RS, "Rp"], role: "capaian", num: 15, fmt: DEC, width: 9 },
    { key: "unit", head: ["Unit Penanggung Jawab"], role: "penanggung-jawab", num: 16, width: 16 },
  ];
  const unit = (x: TcIn) =>
    x.kode?.startsWith("1.03.10") || x.id === "k31b"
      ? "Bidang Bina Marga"
      : x.kode?.startsWith("1.03.03.2.01") || x.id === "p2"
        ? "Bidang Cipta Karya"
        : "Bidang SDA";
  let n = 0;
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    rows: [
      ...rows.map((x): Row => ({
        id: x.id,
        bold: x.lv === "p",
        cells: (c) => {
          const F = (v: number) => fmt(v, x.f);
          const cells: Record<string, Cell> = {
            no: x.lv === "p" ? ++n : undefined,
            kode: x.kode,
            nama: x.nama,
            ind: x.ind,
            sat: x.sat,
            tk: F(x.tk),
            unit: unit(x),
          };
          x.k.forEach((v, i) => (cells[`k${i}`] = F(v)));
          cells.rk = x.flow
            ? fx(`ROUND((${c.a("k0")}+${c.a("k1")}+${c.a("k2")})/${c.a("tk")}*100,2)`)
            : fx(`ROUND(${c.a("k2")}/${c.a("tk")}*100,2)`);
          if (x.lv === "k") {
            cells.trp = x.rp![0];
            [1, 2, 3].forEach((j) => (cells[`r${j - 1}`] = x.rp![j]));
          } else if (x.lv === "p") {
            const ks = kids(x.id);
            for (const k of ["trp", "r0", "r1", "r2"])
              cells[k] =
                x.id === PLANT_S.id && k === `r${PLANT_S.year}`
                  ? PLANT_S.v
                  : fx(`SUM(${ks.map((y) => `${c.c(k)}${c.row(y.id)}`).join(",")})`);
          }
          if (x.lv !== "i")
            cells.rr =
              x.id === PLANT_R
                ? fx(`ROUND((${c.a("r1")}+${c.a("r2")})/${c.a("trp")}*100,2)`)
                : fx(`ROUND((${c.a("r0")}+${c.a("r1")}+${c.a("r2")})/${c.a("trp")}*100,2)`);
          return cells;
        },
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "sat"],
        cells: (c) => {
          const cells: Record<string, Cell> = { no: "JUMLAH" };
          for (const k of ["trp", "r0", "r1", "r2"])
            cells[k] = fx(`SUM(${progs.map((y) => `${c.c(k)}${c.row(y.id)}`).join(",")})`);
          cells.rr = fx(`ROUND((${c.a("r0")}+${c.a("r1")}+${c.a("r2")})/${c.a("trp")}*100,2)`);
          return cells;
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan:",
    "- Rasio K indikator program (persentase) = realisasi tahun 2024 / target akhir periode x 100; rasio K indikator kegiatan (jumlah) = jumlah realisasi 2022 s.d. 2024 / target akhir periode x 100.",
    "- Rasio Rp = jumlah realisasi anggaran 2022 s.d. 2024 / pagu Renstra akhir periode x 100.",
  ]);
  s.gap();
  signature(s, 12, {
    tempat: "Long Bagun Ilir, 15 Januari 2025",
    jabatan: ["KEPALA DINAS PEKERJAAN UMUM", "DAN PENATAAN RUANG,"],
    nama: "Ir. SIGIT HUDOYO LEDJIE, M.T.",
    pangkat: "Pembina Utama Muda",
    nip: "19700308 199503 1 009",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("kode", PLANT_CODE) },
    rules: ["code-hierarchy"],
    note: "kegiatan Pengembangan dan Pengelolaan Sistem Irigasi is coded 1.03.03.2.02 (the air minum program's prefix) under program 1.03.02; its code is 1.03.02.2.02",
    truth: a("kode", "p1"),
    actual: `PARENT(${a("kode", PLANT_CODE)})`,
  });
  b.plant({
    at: { sheet: S, cell: a(`r${PLANT_S.year}`, PLANT_S.id) },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "realised Rp 2023 of program 1.03.02 is a typed 12,153,400,000 among SUM formulas; its kegiatan give 10,372,600,000 + 2,140,800,000 = 12,513,400,000 (two digits swapped)",
    truth: kids("p1")
      .map((y) => a("r1", y.id))
      .join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("rr", PLANT_R) },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Rasio Rp of kegiatan 1.03.10.2.01 is `=ROUND((2023 Rp + 2024 Rp)/Target Rp*100,2)` = 39.09, leaving out 2022; (46,820,550,000 + 44,105,300,000 + 51,660,870,000) / 245,000,000,000 gives 58.20",
    truth: `ROUND((${a("r0", PLANT_R)}+${a("r1", PLANT_R)}+${a("r2", PLANT_R)})/${a("trp", PLANT_R)}*100,2)`,
  });
  for (const x of rows) {
    const ks = [a("k0", x.id), a("k1", x.id), a("k2", x.id)];
    b.ok({
      sheet: S,
      cell: a("rk", x.id),
      rules: ["capaian-mismatch"],
      truth: x.flow
        ? `ROUND((${ks.join("+")})/${a("tk", x.id)}*100,2)`
        : `ROUND(${ks[2]}/${a("tk", x.id)}*100,2)`,
      // a level's ratio is its 2024 value, not the years added up; a count's the years added up
      trap: x.flow
        ? `ROUND(${ks[2]}/${a("tk", x.id)}*100,2)`
        : `ROUND((${ks.join("+")})/${a("tk", x.id)}*100,2)`,
    });
    if (x.lv === "k" && x.id !== PLANT_R)
      b.ok({
        sheet: S,
        cell: a("rr", x.id),
        rules: ["capaian-mismatch"],
        truth: `ROUND((${a("r0", x.id)}+${a("r1", x.id)}+${a("r2", x.id)})/${a("trp", x.id)}*100,2)`,
      });
  }
  for (const p of progs) {
    const ks = kids(p.id);
    for (const k of ["trp", "r0", "r1", "r2"])
      if (!(p.id === PLANT_S.id && k === `r${PLANT_S.year}`))
        b.ok({
          sheet: S,
          cell: a(k, p.id),
          rules: ["sum-mismatch"],
          truth: ks.map((y) => a(k, y.id)).join("+"),
        });
    if (p.id !== PLANT_S.id)
      b.ok({
        sheet: S,
        cell: a("rr", p.id),
        rules: ["capaian-mismatch"],
        truth: `ROUND((${a("r0", p.id)}+${a("r1", p.id)}+${a("r2", p.id)})/${a("trp", p.id)}*100,2)`,
      });
  }
  for (const [id, p] of [
    ["k11", "p1"],
    ["k21", "p2"],
    ["k31", "p3"],
  ])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: a("kode", p),
      actual: `PARENT(${a("kode", id)})`,
    });
  for (const k of ["trp", "r0", "r2"])
    b.ok({
      sheet: S,
      cell: a(k, "tot"),
      rules: ["sum-mismatch"],
      truth: progs.map((y) => a(k, y.id)).join("+"),
    });
  return b.finish();
}
