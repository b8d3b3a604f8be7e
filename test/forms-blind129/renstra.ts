// A T-C.27 of the Dinas Pertanian of a Kepulauan Riau kabupaten (irrigation and embung, "(dalam ribuan
// rupiah)", Tahun ke-1..5 resolved from the title "Renstra 2025-2029", SUM formulas for the kegiatan and
// program) and a Perjanjian Kinerja 2025 of the Kepala DKP Provinsi Sulawesi Tengah beside its Renstra
// 2025-2029 targets. Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  signature,
  type Cell,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

type Line = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  level: boolean;
  awal: number;
  k: number[];
  rp: number[];
};

export function tc27Bunguran(): BookW {
  const b = new BookW(
    "tc27-renstra-distan-irigasi-bunguran-selatan-2025-2029.xlsx",
    "T-C.27 Renstra Dinas Pertanian (irigasi)",
    "T-C.27 of the Dinas Pertanian Kabupaten Bunguran Selatan (Kepulauan Riau), Renstra 2025-2029, (dalam ribuan rupiah): Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | Data Capaian Awal (2024) | 'Target Kinerja Program dan Kerangka Pendanaan' > Tahun ke-1 .. ke-5 > Target | Rp | Kondisi Kinerja pada Akhir Periode Renstra > Target | Rp | Unit Kerja | Lokasi; SUM formulas for the kegiatan and program Rp",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN BUNGURAN SELATAN", "DINAS PERTANIAN DAN KETAHANAN PANGAN"]);
  s.lines([
    "Tabel 6.1 Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif",
    "Renstra Dinas Pertanian dan Ketahanan Pangan Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const subs: Line[] = [
    {
      id: "s1",
      kode: "3.27.03.2.02.0001",
      nm: "Pembangunan, Rehabilitasi dan Pemeliharaan Jaringan Irigasi Usaha Tani",
      ind: "Luas jaringan irigasi tersier yang direhabilitasi",
      sat: "Ha",
      level: false,
      awal: 85,
      k: [120, 130, 140, 150, 160],
      rp: [1_845_000, 1_962_500, 2_104_000, 2_230_750, 2_368_400],
    },
    {
      id: "s2",
      kode: "3.27.03.2.02.0004",
      nm: "Pembangunan, Rehabilitasi dan Pemeliharaan Embung Pertanian dan Bangunan Konservasi Air",
      ind: "Jumlah embung pertanian yang dibangun",
      sat: "unit",
      level: false,
      awal: 2,
      k: [3, 3, 4, 4, 4],
      rp: [1_260_000, 1_305_000, 1_712_400, 1_748_000, 1_796_300],
    },
    {
      id: "s3",
      kode: "3.27.03.2.01.0007",
      nm: "Pembangunan, Rehabilitasi dan Pemeliharaan Jalan Usaha Tani",
      ind: "Panjang jalan usaha tani yang dibangun",
      sat: "km",
      level: false,
      awal: 6.5,
      k: [8, 8, 9, 9, 10],
      rp: [936_800, 948_200, 1_054_600, 1_071_900, 1_188_250],
    },
  ];
  const yrs = [1, 2, 3, 4, 5];
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 18 },
    { key: "nm", head: ["Program, Kegiatan dan Sub Kegiatan"], num: 2, width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome), Kegiatan dan Sub Kegiatan (output)"],
      role: "indikator",
      num: 3,
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4, width: 8 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: 5,
      fmt: DEC,
    },
    ...yrs.flatMap((y): Col[] => [
      {
        key: `k${y}`,
        head: [G, `Tahun ke-${y}`, "Target"],
        role: "target",
        year: 2024 + y,
        num: 5 + 2 * y - 1,
        fmt: DEC,
        width: 9,
      },
      {
        key: `rp${y}`,
        head: [G, `Tahun ke-${y}`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: 5 + 2 * y,
        fmt: RP,
        width: 13,
      },
    ]),
    {
      key: "ka",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra PD", "Target"],
      role: "kondisi-akhir",
      year: 2029,
      num: 16,
      fmt: DEC,
      width: 9,
    },
    {
      key: "rpa",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra PD", "Rp"],
      role: "kondisi-akhir",
      year: 2029,
      num: 17,
      fmt: RP,
      width: 14,
    },
    { key: "unit", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: 18, width: 18 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: 19, width: 16 },
  ];
  const s1akhir = subs[0].rp.reduce((n, v) => n + v, 0);
  const lineRow = (x: Line): Row => ({
    id: x.id,
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        kode: x.kode,
        nm: x.nm,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        unit: "Bidang Prasarana dan Sarana Pertanian",
        lok: "7 kecamatan",
      };
      yrs.forEach((y, i) => {
        out[`k${y}`] = x.k[i];
        out[`rp${y}`] = x.rp[i];
      });
      out.ka = fx(`SUM(${c.a("k1")},${c.a("k2")},${c.a("k3")},${c.a("k4")},${c.a("k5")})`);
      // planted: s1's kondisi akhir Rp typed (an earlier draft's total)
      out.rpa =
        x.id === "s1"
          ? s1akhir - 418_500
          : fx(`SUM(${c.a("rp1")},${c.a("rp2")},${c.a("rp3")},${c.a("rp4")},${c.a("rp5")})`);
      return out;
    },
  });
  const sumRp = (c: Ctx, from: string, to: string) => {
    const out: Record<string, Cell> = {};
    for (const y of yrs) out[`rp${y}`] = fx(`SUM(${c.a(`rp${y}`, from)}:${c.a(`rp${y}`, to)})`);
    out.rpa = fx(`SUM(${c.a("rp1")},${c.a("rp2")},${c.a("rp3")},${c.a("rp4")},${c.a("rp5")})`);
    return out;
  };
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    rows: [
      {
        id: "prog",
        bold: true,
        cells: (c: Ctx) => ({
          kode: "3.27.03",
          nm: "PROGRAM PENYEDIAAN DAN PENGEMBANGAN PRASARANA PERTANIAN",
          ind: "Persentase luas sawah terlayani jaringan irigasi tersier dalam kondisi baik",
          sat: "%",
          awal: 61.4,
          k1: 64,
          k2: 66.5,
          k3: 69,
          k4: 71.5,
          k5: 74,
          ka: fx(c.a("k5")),
          ...sumRp(c, "keg", "keg"),
          unit: "Dinas Pertanian dan Ketahanan Pangan",
          lok: "Kabupaten",
        }),
      },
      {
        id: "keg",
        cells: (c: Ctx) => ({
          kode: "3.27.03.2.02",
          nm: "Pembangunan Prasarana Pertanian",
          ind: "Persentase prasarana pertanian yang dibangun sesuai rencana",
          sat: "%",
          awal: 88,
          k1: 90,
          k2: 92,
          k3: 94,
          k4: 95,
          k5: 96,
          ka: fx(c.a("k5")),
          ...sumRp(c, "s1", "s3"),
          unit: "Bidang Prasarana dan Sarana Pertanian",
          lok: "Kabupaten",
        }),
      },
      ...subs.map(lineRow),
    ],
  });
  s.gap();
  s.lines(["Sumber: Rancangan Akhir Renstra Dinas Pertanian dan Ketahanan Pangan 2025-2029 (diolah)."]);
  s.gap();
  signature(s, 16, {
    tempat: "Ranai Selatan, 3 Juli 2025",
    jabatan: ["KEPALA DINAS PERTANIAN DAN KETAHANAN PANGAN,"],
    nama: "HENDRA SYAFRIZAL, S.P., M.M.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19760515 200212 1 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const rpSum = (id: string) => `SUM(${yrs.map((y) => a(`rp${y}`, id)).join(",")})`;
  b.plant({
    at: { sheet: S, cell: a("rpa", "s1") },
    rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
    note: `Kondisi akhir Rp of sub kegiatan 3.27.03.2.02.0001 is a typed ${(s1akhir - 418_500).toLocaleString("en")} (thousands); the five years add up to ${s1akhir.toLocaleString("en")}`,
    truth: rpSum("s1"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s3") },
    rules: ["code-hierarchy"],
    note: "Sub kegiatan Jalan Usaha Tani is coded 3.27.03.2.01.0007 under kegiatan 3.27.03.2.02 (and summed into it)",
    truth: a("kode", "keg"),
    actual: `PARENT(${a("kode", "s3")})`,
  });
  // traps: the program's and kegiatan's rates end at the 2029 target, not the sum of the five years
  for (const id of ["prog", "keg"])
    b.ok({
      sheet: S,
      cell: a("ka", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k5", id),
      trap: `SUM(${yrs.map((y) => a(`k${y}`, id)).join(",")})`,
    });
  for (const id of ["s1", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("ka", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: `SUM(${yrs.map((y) => a(`k${y}`, id)).join(",")})`,
      trap: a("k5", id),
    });
  for (const id of ["s2", "s3", "keg", "prog"])
    b.ok({
      sheet: S,
      cell: a("rpa", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: rpSum(id),
    });
  for (const y of yrs) {
    b.ok({
      sheet: S,
      cell: a(`rp${y}`, "keg"),
      rules: ["sum-mismatch"],
      truth: `${a(`rp${y}`, "s1")}+${a(`rp${y}`, "s2")}+${a(`rp${y}`, "s3")}`,
    });
    b.ok({ sheet: S, cell: a(`rp${y}`, "prog"), rules: ["sum-mismatch"], truth: a(`rp${y}`, "keg") });
  }
  for (const id of ["s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", id)})`,
      actual: a("kode", "keg"),
    });
  return b.finish();
}

type Pk = { id: string; sas: string; nm: string; sat: string; neg: boolean; awal: number; k: number[] };

export function pkSulteng(): BookW {
  const b = new BookW(
    "pk-2025-kadis-kp-sulteng-renstra-2025-2029.xlsx",
    "Perjanjian Kinerja 2025 with the Renstra DKP 2025-2029",
    "PK 2025 of the Kepala DKP Provinsi Sulawesi Tengah: statement, No | Sasaran Strategis | Indikator Kinerja | Satuan | Target 2025, then No | Program | Anggaran (Rp) | Keterangan with a Jumlah row; sheet 'Renstra DKP' with Kondisi Awal 2024 | Target 2025 .. 2029 | Kondisi Akhir 2029",
  );
  const P = "PK 2025";
  const R = "Renstra DKP";
  const S1 = "Meningkatnya pengelolaan ruang laut dan pulau-pulau kecil yang berkelanjutan";
  const S2 = "Meningkatnya nilai tambah dan daya saing produk kelautan dan perikanan";
  const I: Pk[] = [
    {
      id: "i1",
      sas: S1,
      nm: "Persentase kawasan konservasi perairan yang dikelola efektif",
      sat: "%",
      neg: false,
      awal: 71.4,
      k: [73, 75, 77, 79, 80],
    },
    {
      id: "i2",
      sas: S1,
      nm: "Persentase luas ekosistem pesisir dalam kondisi rusak",
      sat: "%",
      neg: true,
      awal: 18.6,
      k: [17.5, 16.2, 15, 13.8, 12.5],
    },
    {
      id: "i3",
      sas: S2,
      nm: "Nilai Tukar Nelayan (NTN)",
      sat: "indeks",
      neg: false,
      awal: 104.8,
      k: [105.5, 106.3, 107, 107.8, 108.5],
    },
    {
      id: "i4",
      sas: S2,
      nm: "Jumlah pulau kecil yang difasilitasi pengelolaan dan pemanfaatannya",
      sat: "pulau",
      neg: false,
      awal: 9,
      k: [4, 5, 5, 6, 6],
    },
  ];
  // the Renstra sheet
  const r = b.sheet(R);
  r.lines(
    [
      "RENCANA STRATEGIS DINAS KELAUTAN DAN PERIKANAN PROVINSI SULAWESI TENGAH 2025-2029",
      "Tabel 5.1 Indikator Kinerja Utama dan Target",
    ],
    1,
    { bold: true },
  );
  r.gap();
  const rt = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, fmt: DEC },
      ...[0, 1, 2, 3, 4].map((i): Col => ({
        key: `y${i}`,
        head: ["Target Kinerja", String(2025 + i)],
        role: "target",
        year: 2025 + i,
        fmt: DEC,
        width: 9,
      })),
      { key: "ak", head: ["Kondisi Akhir (2029)"], role: "kondisi-akhir", year: 2029, fmt: DEC },
    ],
    headerRows: 2,
    rows: I.map((x, i): Row => ({
      id: x.id,
      cells: (c: Ctx) => ({
        no: i + 1,
        ind: x.nm,
        sat: x.sat,
        awal: x.awal,
        ...Object.fromEntries(x.k.map((v, j) => [`y${j}`, v])),
        ak: x.id === "i4" ? fx(`SUM(${c.a("y0")}:${c.a("y4")})`) : fx(c.a("y4")),
      }),
    })),
  });
  // the PK sheet
  const s = b.sheet(P);
  letterhead(s, ["PEMERINTAH PROVINSI SULAWESI TENGAH", "DINAS KELAUTAN DAN PERIKANAN"]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil,",
    "kami yang bertanda tangan di bawah ini: Dr. Ir. MOH. ARIFIN LAMADJIDO, M.Si., Kepala Dinas Kelautan dan Perikanan,",
    "berjanji akan mewujudkan target kinerja tahunan sesuai lampiran perjanjian ini.",
  ]);
  s.gap();
  s.lines(["PERJANJIAN KINERJA TAHUN 2025 DINAS KELAUTAN DAN PERIKANAN PROVINSI SULAWESI TENGAH"], 1, {
    bold: true,
  });
  s.gap();
  const pt = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 36 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "t", head: ["Target 2025"], role: "target", year: 2025, fmt: DEC, width: 10 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    // planted: i3's PK target is the Renstra 2026 target 106.30 (2025: 105.50)
    rows: I.map((x, i): Row => ({
      id: x.id,
      cells: { no: i + 1, sas: x.sas, ind: x.nm, sat: x.sat, t: x.id === "i3" ? x.k[1] : x.k[0] },
    })),
  });
  s.gap();
  const progs = [
    { id: "p1", nm: "Program Penunjang Urusan Pemerintahan Daerah Provinsi", rp: 18_462_715_400 },
    { id: "p2", nm: "Program Pengelolaan Kelautan, Pesisir dan Pulau-Pulau Kecil", rp: 9_875_340_000 },
    { id: "p3", nm: "Program Pengelolaan Perikanan Tangkap", rp: 12_306_918_250 },
    { id: "p4", nm: "Program Pengawasan Sumber Daya Kelautan dan Perikanan", rp: 3_418_260_000 },
    { id: "p5", nm: "Program Pengolahan dan Pemasaran Hasil Perikanan", rp: 2_764_105_700 },
  ];
  const total = progs.reduce((n, p) => n + p.rp, 0);
  const at = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "prog", head: ["Program"], width: 36 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 44 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 9 },
    ],
    headerRows: 1,
    rows: [
      ...progs.map((p, i): Row => ({ id: p.id, cells: { no: i + 1, prog: p.nm, rp: p.rp, ket: "APBD" } })),
      {
        id: "jml",
        bold: true,
        span: ["no", "prog"],
        // planted: a stale cached total, before Program 3's revision (+ 250,000,000) in the APBD-P
        cells: (c: Ctx) => ({
          no: "Jumlah",
          rp: fx(`SUM(${c.a("rp", "p1")}:${c.a("rp", "p5")})`, total - 250_000_000),
        }),
      },
    ],
  });
  s.gap();
  signature(s, 2, {
    tempat: "Gubernur Sulawesi Tengah,",
    jabatan: [],
    nama: "H. ANWAR HAFID RAHMAN",
    nip: "-",
  });
  const a = (k: string, id: string) => pt.a(k, id);
  const ra = (k: string, id: string) => rt.a(k, id);
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: a("t", "i3") },
        { sheet: R, cell: ra("y0", "i3") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the Nilai Tukar Nelayan is 106.30, the Renstra 2026 target; the Renstra 2025 target is 105.50",
    truth: `'${R}'!${ra("y0", "i3")}`,
  });
  b.plant({
    at: { sheet: P, cell: at.a("rp", "jml") },
    rules: ["sum-mismatch"],
    note: `Jumlah of the anggaran is =SUM over the five programs with a stale cached ${(total - 250_000_000).toLocaleString("en")}; the programs add up to ${total.toLocaleString("en")}`,
    truth: `SUM(${at.a("rp", "p1")}:${at.a("rp", "p5")})`,
  });
  for (const id of ["i1", "i2", "i4"])
    b.ok({ sheet: P, cell: a("t", id), rules: ["cross-table-mismatch"], truth: `'${R}'!${ra("y0", id)}` });
  // traps: the falling rate (lower is better) ends at its 2029 target; the pulau count adds the years
  b.ok({
    sheet: R,
    cell: ra("ak", "i2"),
    rules: ["kondisi-akhir-mismatch"],
    truth: ra("y4", "i2"),
    trap: `SUM(${ra("y0", "i2")}:${ra("y4", "i2")})`,
  });
  b.ok({
    sheet: R,
    cell: ra("ak", "i4"),
    rules: ["kondisi-akhir-mismatch"],
    truth: `SUM(${ra("y0", "i4")}:${ra("y4", "i4")})`,
    trap: ra("y4", "i4"),
  });
  for (const id of ["i1", "i3"])
    b.ok({ sheet: R, cell: ra("ak", id), rules: ["kondisi-akhir-mismatch"], truth: ra("y4", id) });
  b.ok({ sheet: R, cell: ra("y4", "i2"), rules: ["target-trend"], truth: ra("y4", "i2") });
  return b.finish();
}
