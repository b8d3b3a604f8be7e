// Planning and evaluation tables of a Dinas Pertanian: the E.81 evaluation of the Renja 2024 of an
// NTB kabupaten (K | Rp pairs, "(dalam ribuan rupiah)") and the T-C.27 of a Gorontalo kabupaten's
// Renstra 2025-2029 (target and pagu per year, kondisi akhir). Kepmendagri-shaped codes 3.27.xx.
// Every name and number is invented.
import { BookW, DEC, RP, fmt, fx, letterhead, signature, type Col, type Row } from "../forms/kit";

const pc = (r: string, t: string) => `ROUND(${r}/${t}*100,2)`;

// ======================================= Dinas Pertanian Kabupaten Sembalun Raya, E.81 Renja 2024

type Line = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  tk: number;
  rk: number;
  trp?: number;
  rrp?: number;
};

export function e81Pertanian(): BookW {
  const b = new BookW(
    "evaluasi-e81-renja-distan-sembalun-raya.xlsx",
    "E.81 evaluasi hasil Renja 2024",
    "No | Kode | Program / Kegiatan / Sub Kegiatan | Indikator Kinerja | Satuan | 'Target Renja 2024' > K | Rp | 'Realisasi Renja 2024' > K | Rp | 'Tingkat Capaian (%)' > K | Rp; number row '10 = 8 / 6', '11 = 9 / 7'; Rp in thousands; kegiatan and program Rp add their children; JUMLAH = the program",
  );
  const S = "E.81 Renja 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN SEMBALUN RAYA", "DINAS PERTANIAN"]);
  s.lines(["EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH TAHUN 2024", "(dalam ribuan rupiah)"]);
  s.gap();
  const L: Line[] = [
    {
      id: "p",
      kode: "3.27.02",
      nm: "PROGRAM PENYEDIAAN DAN PENGEMBANGAN SARANA PERTANIAN",
      ind: "Persentase serapan pupuk bersubsidi",
      sat: "%",
      tk: 90,
      rk: 87.35,
    },
    {
      id: "k1",
      kode: "3.27.02.2.01",
      nm: "Pengawasan Penyediaan dan Penyaluran Pupuk Bersubsidi",
      ind: "Jumlah kecamatan yang diawasi penyalurannya",
      sat: "kecamatan",
      tk: 12,
      rk: 12,
    },
    {
      id: "s1",
      kode: "3.27.02.2.01.0001",
      nm: "Pengawasan Penggunaan Sarana Pendukung Pertanian Sesuai dengan Komoditas",
      ind: "Jumlah kios pengecer yang diawasi",
      sat: "kios",
      tk: 96,
      rk: 88,
      trp: 312_450,
      rrp: 287_915,
    },
    {
      id: "s2",
      kode: "3.27.02.2.01.0002",
      nm: "Pengawasan Pupuk Bersubsidi di Tingkat Kabupaten",
      ind: "Jumlah laporan pengawasan pupuk",
      sat: "laporan",
      tk: 12,
      rk: 12,
      trp: 186_300,
      rrp: 179_480,
    },
    {
      id: "k2",
      kode: "3.27.02.2.02",
      nm: "Pengelolaan Sumber Daya Genetik Tanaman Pangan",
      ind: "Jumlah benih padi dan jagung bersertifikat yang disalurkan",
      sat: "ton",
      tk: 145,
      rk: 138.6,
    },
    {
      id: "s3",
      kode: "3.27.02.2.02.0001",
      nm: "Penyediaan Benih Padi dan Jagung Unggul",
      ind: "Jumlah benih yang disalurkan",
      sat: "ton",
      tk: 145,
      rk: 138.6,
      trp: 1_248_750,
      rrp: 1_093_260,
    },
  ];
  const P = "Target Renja 2024";
  const Q = "Realisasi Renja 2024";
  const C = "Tingkat Capaian (%)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: 2, width: 18 },
    { key: "nm", head: ["Program / Kegiatan / Sub Kegiatan"], num: 3, width: 40 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: 4, width: 34 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 5, width: 10 },
    { key: "tk", head: [P, "K"], role: "target", year: 2024, num: 6 },
    { key: "trp", head: [P, "Rp"], role: "anggaran", year: 2024, num: 7, fmt: RP, width: 14 },
    { key: "rk", head: [Q, "K"], role: "realisasi", year: 2024, num: 8 },
    { key: "rrp", head: [Q, "Rp"], role: "realisasi-anggaran", year: 2024, num: 9, fmt: RP, width: 14 },
    { key: "ck", head: [C, "K"], role: "capaian", year: 2024, num: "10 = 8 / 6", fmt: DEC },
    { key: "crp", head: [C, "Rp"], role: "capaian", year: 2024, num: "11 = 9 / 7", fmt: DEC },
  ];
  const sumOf = (c: (k: string, id: string) => string, k: string, ids: string[]) =>
    ids.map((id) => c(k, id)).join("+");
  // planted: the kegiatan k1's realisasi Rp is a typed 476.395 (287.915 + 179.480 give 467.395)
  const typedK1 = 476_395;
  const kids: Record<string, string[]> = { p: ["k1", "k2"], k1: ["s1", "s2"], k2: ["s3"] };
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...L.map((x): Row => ({
        id: x.id,
        cells: (c) => {
          const A = (k: string, id: string) => c.a(k, id);
          const kid = kids[x.id];
          return {
            no: x.id === "p" ? 1 : undefined,
            kode: x.kode,
            nm: x.nm,
            ind: x.ind,
            sat: x.sat,
            tk: fmt(x.tk, x.sat === "%" || x.sat === "ton" ? DEC : "0"),
            rk: fmt(x.rk, x.sat === "%" || x.sat === "ton" ? DEC : "0"),
            trp: kid ? fx(sumOf(A, "trp", kid)) : x.trp,
            rrp: x.id === "k1" ? typedK1 : kid ? fx(sumOf(A, "rrp", kid)) : x.rrp,
            ck: fx(pc(c.a("rk"), c.a("tk"))),
            // planted: the benih sub kegiatan's Rp capaian keeps a stale 78.42 from before December
            crp: fx(pc(c.a("rrp"), c.a("trp")), x.id === "s3" ? 78.42 : undefined),
          };
        },
      })),
      {
        id: "j",
        bold: true,
        span: ["no", "sat"],
        cells: (c) => ({
          no: "JUMLAH",
          trp: fx(c.a("trp", "p")),
          rrp: fx(c.a("rrp", "p")),
          crp: fx(pc(c.a("rrp"), c.a("trp"))),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor penghambat: keterlambatan penyaluran benih jagung musim tanam II akibat kemarau panjang.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Sembalun Lawang, 10 Januari 2025",
    jabatan: ["Kepala Dinas Pertanian,"],
    nama: "BAIQ NURUL HIDAYATI, S.P., M.M.",
    pangkat: "Pembina (IV/a)",
    nip: "19810417 200604 2 012",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("rrp", "k1") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Realisasi Rp of kegiatan 3.27.02.2.01 is a typed 476,395 among formulas; its two sub kegiatan give 287,915 + 179,480 = 467,395",
    truth: sumOf(a, "rrp", ["s1", "s2"]),
  });
  b.plant({
    at: { sheet: S, cell: a("crp", "s3") },
    rules: ["capaian-mismatch"],
    note: "Capaian Rp of sub kegiatan 3.27.02.2.02.0001 is =ROUND(9/7*100,2) with a stale cached 78.42; 1,093,260 / 1,248,750 gives 87.55",
    truth: pc(a("rrp", "s3"), a("trp", "s3")),
  });
  for (const id of ["k1", "k2"])
    b.ok({ sheet: S, cell: a("trp", id), rules: ["sum-mismatch"], truth: sumOf(a, "trp", kids[id]) });
  b.ok({
    sheet: S,
    cell: a("trp", "p"),
    rules: ["sum-mismatch"],
    truth: sumOf(a, "trp", ["k1", "k2"]),
    // the program adds its kegiatan, not every row under it (that counts each sub kegiatan twice)
    trap: `SUM(${a("trp", "k1")}:${a("trp", "s3")})`,
  });
  b.ok({
    sheet: S,
    cell: a("trp", "j"),
    rules: ["sum-mismatch"],
    truth: a("trp", "p"),
    trap: `SUM(${a("trp", "p")}:${a("trp", "s3")})`,
  });
  for (const x of L)
    b.ok({
      sheet: S,
      cell: a("ck", x.id),
      rules: ["capaian-mismatch"],
      truth: pc(a("rk", x.id), a("tk", x.id)),
    });
  for (const id of ["s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("crp", id),
      rules: ["capaian-mismatch"],
      truth: pc(a("rrp", id), a("trp", id)),
    });
  return b.finish();
}

// ================================ Dinas Pertanian Kabupaten Bulango Raya, T-C.27 Renstra 2025-2029

type Prog = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  awal: number;
  k: number[];
  rp?: number[];
  f: string;
};

export function tc27Pertanian(): BookW {
  const b = new BookW(
    "tc27-renstra-distan-bulango-raya-2025-2029.xlsx",
    "T-C.27 Renstra 2025-2029 (Dinas Pertanian)",
    "Kode | Program dan Kegiatan | Indikator Kinerja Program / Kegiatan | Satuan | Data Capaian pada Tahun Awal Perencanaan (2024) | 'Target Kinerja Program dan Kerangka Pendanaan' > 2025 .. 2029 > Target | Rp | 'Kondisi Kinerja pada Akhir Periode Renstra' > Target | Rp; Rp in millions; program Rp = its kegiatan; kondisi akhir K = 2029, Rp = the five years",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["DINAS PERTANIAN KABUPATEN BULANGO RAYA"]);
  s.lines([
    "Tabel T-C.27 Rencana Program, Kegiatan dan Pendanaan Dinas Pertanian Kabupaten Bulango Raya 2025-2029",
    "(dalam jutaan rupiah)",
  ]);
  s.gap();
  const Y = [2025, 2026, 2027, 2028, 2029];
  const L: Prog[] = [
    {
      id: "p1",
      kode: "3.27.03",
      nm: "PROGRAM PENYEDIAAN DAN PENGEMBANGAN PRASARANA PERTANIAN",
      ind: "Luas areal tanam padi dan jagung yang terlayani irigasi",
      sat: "ha",
      awal: 18_450,
      k: [18_900, 19_350, 19_800, 20_250, 20_700],
      f: "#,##0",
    },
    {
      id: "a1",
      kode: "3.27.03.2.01",
      nm: "Pembangunan Prasarana Pertanian",
      ind: "Panjang jaringan irigasi tersier yang dibangun",
      sat: "km",
      awal: 14,
      k: [15, 16, 16, 17, 18],
      rp: [4_850, 5_120, 5_380, 5_640, 5_910],
      f: "0",
    },
    {
      id: "a2",
      kode: "3.27.03.2.02",
      nm: "Pengelolaan Prasarana Pertanian",
      ind: "Jumlah embung pertanian yang direhabilitasi",
      sat: "unit",
      awal: 6,
      k: [6, 7, 7, 8, 8],
      rp: [1_275, 1_340, 1_410, 1_480, 1_555],
      f: "0",
    },
    {
      id: "p2",
      kode: "3.27.07",
      nm: "PROGRAM PENYULUHAN PERTANIAN",
      ind: "Rasio penyuluh pertanian per BPP",
      sat: "orang/BPP",
      awal: 5.6,
      k: [6, 6.4, 6.8, 7.2, 7.6],
      f: DEC,
    },
    {
      id: "a3",
      kode: "3.27.07.2.01",
      nm: "Pelaksanaan Penyuluhan Pertanian",
      ind: "Persentase kelompok tani yang dibina",
      sat: "%",
      awal: 72.5,
      k: [75, 78, 81, 84, 87],
      rp: [2_360, 2_475, 2_590, 2_720, 2_850],
      f: DEC,
    },
  ];
  const kids: Record<string, string[]> = { p1: ["a1", "a2"], p2: ["a3"] };
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const E = "Kondisi Kinerja pada Akhir Periode Renstra";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", width: 14 },
    { key: "nm", head: ["Program dan Kegiatan"], width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      width: 12,
    },
    ...Y.flatMap((y): Col[] => [
      { key: `k${y}`, head: [G, String(y), "Target"], role: "target", year: y, width: 9 },
      { key: `r${y}`, head: [G, String(y), "Rp"], role: "anggaran", year: y, fmt: RP, width: 10 },
    ]),
    { key: "ek", head: [E, "Target"], role: "kondisi-akhir", year: 2029, width: 10 },
    { key: "er", head: [E, "Rp"], role: "kondisi-akhir", year: 2029, fmt: RP, width: 11 },
  ];
  // planted: program 3.27.03's 2026 pagu is a typed 6.640 (5.120 + 1.340 give 6.460)
  const typedP1 = 6_640;
  const t = s.table({
    cols,
    headerRows: 3,
    rows: L.map((x): Row => ({
      id: x.id,
      cells: (c) => {
        const kid = kids[x.id];
        const out: Record<string, ReturnType<typeof fx> | number | string | ReturnType<typeof fmt>> = {
          kode: x.kode,
          nm: x.nm,
          ind: x.ind,
          sat: x.sat,
          awal: fmt(x.awal, x.f),
          ek: fx(c.a("k2029")),
          // planted: kegiatan 3.27.03.2.02's kondisi akhir Rp leaves 2029 out
          er: fx(
            Y.slice(0, x.id === "a2" ? 4 : 5)
              .map((y) => c.a(`r${y}`))
              .join("+"),
          ),
        };
        Y.forEach((y, i) => {
          out[`k${y}`] = fmt(x.k[i], x.f);
          out[`r${y}`] =
            x.id === "p1" && y === 2026
              ? typedP1
              : kid
                ? fx(kid.map((id) => c.a(`r${y}`, id)).join("+"))
                : x.rp![i];
        });
        return out;
      },
    })),
  });
  s.gap();
  s.lines([
    "Catatan: kondisi akhir target = target tahun 2029; kondisi akhir Rp = jumlah pagu 2025 s.d. 2029.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  const five = (id: string) => Y.map((y) => a(`r${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r2026", "p1") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "pagu 2026 of program 3.27.03 is a typed 6,640 among formulas; its kegiatan give 5,120 + 1,340 = 6,460",
    truth: `${a("r2026", "a1")}+${a("r2026", "a2")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("er", "a2") },
    rules: ["kondisi-akhir-mismatch"],
    note: "kondisi akhir Rp of kegiatan 3.27.03.2.02 adds 2025 .. 2028 only = 5,505; with 2029's 1,555 it is 7,060",
    truth: five("a2"),
  });
  for (const x of L) {
    b.ok({
      sheet: S,
      cell: a("ek", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k2029", x.id),
      trap: `${Y.map((y) => a(`k${y}`, x.id)).join("+")}`,
    });
    if (x.id !== "a2" && x.id !== "p1")
      b.ok({
        sheet: S,
        cell: a("er", x.id),
        rules: ["kondisi-akhir-mismatch"],
        truth: five(x.id),
        // the Rp of the period adds the five years, unlike the target
        trap: a("r2029", x.id),
      });
  }
  for (const y of [2025, 2027, 2028, 2029])
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "p1"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "a1")}+${a(`r${y}`, "a2")}`,
    });
  return b.finish();
}
