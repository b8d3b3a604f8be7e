// The Perjanjian Kinerja beside its Renstra, the recap of daerah irigasi condition per kecamatan and
// the recap of OP (AKNOP) per daerah irigasi per triwulan with the pengendali banjir list beside it,
// of the two invented Dinas PUPR bidang SDA (Sekayu Hulu, Sumatera Selatan; Pinrang Timur, Sulawesi
// Selatan). Every name and number is invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Col, type Row } from "../forms/kit";

/** PK 2025 of the Kepala Dinas PUPR Pinrang Timur, with the Renstra SDA 2025-2029 targets. */
export function pkSda(): BookW {
  const b = new BookW(
    "pk-2025-dan-renstra-sda-pupr-pinrang-timur.xlsx",
    "PK 2025 with Renstra (PUPR SDA)",
    "sheet 'PK 2025': statement text, Sasaran | Indikator | Satuan | Target 2025, then Program | Anggaran (Rp) | Ket. with JUMLAH; sheet 'Renstra SDA 2025-2029': Kondisi Awal 2024 | Target 2025..2029 | Kondisi Akhir 2029",
  );
  const R = "Renstra SDA 2025-2029";
  const P = "PK 2025";
  const ind = [
    {
      id: "a",
      ind: "Persentase daerah irigasi kewenangan kabupaten dalam kondisi baik",
      sat: "%",
      awal: 58.4,
      k: [61, 64, 67, 70, 73],
    },
    { id: "b", ind: "Persentase P3A/GP3A aktif berbadan hukum", sat: "%", awal: 46, k: [50, 55, 60, 65, 70] },
    {
      id: "c",
      ind: "Luas kawasan terlindungi dari genangan banjir",
      sat: "ha",
      awal: 980,
      k: [1200, 1450, 1700, 1950, 2200],
    },
  ];
  const pk = b.sheet(P);
  const rs = b.sheet(R);
  rs.lines(
    ["Indikator Kinerja Utama dan Target Renstra Dinas PUPR (Bidang SDA) Kabupaten Pinrang Timur 2025-2029"],
    1,
    { bold: true },
  );
  rs.gap();
  const ys = [2025, 2026, 2027, 2028, 2029];
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, fmt: DEC },
      ...ys.map((y): Col => ({
        key: `k${y}`,
        head: ["Target Tahun", String(y)],
        role: "target",
        year: y,
        fmt: DEC,
      })),
      { key: "akh", head: ["Kondisi Akhir Renstra (2029)"], role: "kondisi-akhir", year: 2029, fmt: DEC },
    ],
    headerRows: 2,
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        ...Object.fromEntries(ys.map((y, j) => [`k${y}`, x.k[j]])),
        akh: x.k[4],
      },
    })),
  });
  letterhead(pk, [
    "PERJANJIAN KINERJA TAHUN 2025",
    "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG KABUPATEN PINRANG TIMUR",
  ]);
  pk.lines([
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil,",
    "kami yang bertanda tangan di bawah ini berjanji akan mewujudkan target kinerja sebagaimana tercantum di bawah ini.",
  ]);
  pk.gap();
  const T1 = pk.table({
    cols: [
      { key: "no", head: ["No."], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 34 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "t", head: ["Target 2025"], role: "target", year: 2025, fmt: DEC },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: [
      {
        id: "a",
        cells: { no: 1, sas: "Meningkatnya kinerja jaringan irigasi", ind: ind[0].ind, sat: "%", t: 61 },
      },
      // planted: 55 is the Renstra target of 2026; 2025 is 50
      {
        id: "b",
        cells: { no: 2, sas: "Meningkatnya kinerja jaringan irigasi", ind: ind[1].ind, sat: "%", t: 55 },
      },
      { id: "c", cells: { no: 3, sas: "Menurunnya risiko banjir", ind: ind[2].ind, sat: "ha", t: 1200 } },
    ],
  });
  pk.gap();
  const progs = [
    {
      id: "p1",
      kode: "1.03.01",
      nm: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
      rp: 6_412_500_000,
    },
    { id: "p2", kode: "1.03.02", nm: "Program Pengelolaan Sumber Daya Air (SDA)", rp: 14_830_000_000 },
    {
      id: "p3",
      kode: "1.03.05",
      nm: "Program Pengelolaan dan Pengembangan Sistem Drainase",
      rp: 2_975_400_000,
    },
  ];
  // planted: JUMLAH typed 24,117,900,000; the three programs give 24,217,900,000
  const T2 = pk.table({
    cols: [
      { key: "no", head: ["No."], role: "no", width: 5 },
      { key: "kode", head: ["Kode"], role: "kode", width: 10 },
      { key: "nm", head: ["Program"], width: 44 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Ket."], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...progs.map((p, i): Row => ({
        id: p.id,
        cells: { no: i + 1, kode: p.kode, nm: p.nm, rp: p.rp, ket: "APBD" },
      })),
      { id: "jml", span: ["no", "nm"], bold: true, cells: { no: "JUMLAH", rp: 24_117_900_000 } },
    ],
  });
  pk.gap();
  signature(pk, 3, {
    tempat: "Lasape Timur, 6 Januari 2025",
    jabatan: ["KEPALA DINAS PEKERJAAN UMUM", "DAN PENATAAN RUANG"],
    nama: "ANDI MUH. RUSLAN PATTAWARI, S.T., M.Eng.",
    nip: "19780305 200604 1 011",
  });
  const rq = (k: string, id: string) => `'${R}'!${rt.a(k, id)}`;
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: T1.a("t", "b") },
        { sheet: R, cell: rt.a("k2025", "b") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK target of Persentase P3A/GP3A aktif berbadan hukum is 55, the Renstra target of 2026; the Renstra 2025 target is 50",
    truth: rq("k2025", "b"),
  });
  b.plant({
    at: { sheet: P, cell: T2.a("rp", "jml") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "JUMLAH typed 24,117,900,000; the three programs add up to 24,217,900,000",
    truth: `SUM(${T2.a("rp", "p1")}:${T2.a("rp", "p3")})`,
  });
  for (const id of ["a", "c"])
    b.ok({ sheet: P, cell: T1.a("t", id), rules: ["cross-table-mismatch"], truth: rq("k2025", id) });
  for (const id of ["a", "b"])
    b.ok({
      sheet: R,
      cell: rt.a("akh", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("k2029", id),
      trap: ys.map((y) => rt.a(`k${y}`, id)).join("+"),
    });
  return b.finish();
}

/** Kondisi daerah irigasi per kecamatan, Dinas PUPR Sekayu Hulu, 2024. */
export function rekapKondisiDi(): BookW {
  const b = new BookW(
    "rekap-kondisi-di-per-kecamatan-2024-sekayu-hulu.xlsx",
    "Rekap kondisi daerah irigasi per kecamatan (PUPR SDA)",
    "per kecamatan: Jumlah DI | luas baik / rusak ringan / rusak berat (ha) | (7) = (4)+(5)+(6) | (8) = (4)/(7) x 100 | P3A/GP3A; JUMLAH row with SUMs and the % of totals",
  );
  const S = "Kondisi DI 2024";
  const s = b.sheet(S);
  letterhead(s, ["DINAS PUPR KABUPATEN SEKAYU HULU - BIDANG SUMBER DAYA AIR"]);
  s.lines([
    "REKAPITULASI KONDISI JARINGAN DAERAH IRIGASI KEWENANGAN KABUPATEN PER KECAMATAN",
    "Keadaan s.d. 31 Desember 2024",
  ]);
  s.gap();
  const K = [
    { id: "k1", nm: "Sekayu Ilir", di: 7, b: 1245, rr: 310, rb: 122, p3a: 9 },
    { id: "k2", nm: "Muara Lawang", di: 5, b: 860, rr: 295, rb: 210, p3a: 6 },
    { id: "k3", nm: "Tebing Sari", di: 9, b: 1930, rr: 402, rb: 168, p3a: 12 },
    { id: "k4", nm: "Sungai Keruh Hulu", di: 4, b: 512, rr: 188, rb: 260, p3a: 4 },
    { id: "k5", nm: "Babat Toman Ulu", di: 6, b: 1104, rr: 356, rb: 95, p3a: 7 },
    { id: "k6", nm: "Lais Tengah", di: 3, b: 398, rr: 140, rb: 87, p3a: 3 },
  ];
  const L = "Luas Layanan DI menurut Kondisi Jaringan (ha)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "nm", head: ["Kecamatan"], role: "lokasi", num: "(2)", width: 22 },
    { key: "di", head: ["Jumlah DI (buah)"], role: "lainnya", num: "(3)", fmt: INT },
    { key: "b", head: [L, "Baik"], role: "lainnya", num: "(4)", fmt: INT },
    { key: "rr", head: [L, "Rusak Ringan"], role: "lainnya", num: "(5)", fmt: INT },
    { key: "rb", head: [L, "Rusak Berat"], role: "lainnya", num: "(6)", fmt: INT },
    { key: "j", head: [L, "Jumlah"], role: "lainnya", num: "(7) = (4)+(5)+(6)", fmt: INT },
    {
      key: "pct",
      head: ["Persentase Kondisi Baik (%)"],
      role: "capaian",
      num: "(8) = (4)/(7) x 100",
      fmt: DEC,
    },
    { key: "p3a", head: ["P3A/GP3A Terbentuk"], role: "lainnya", num: "(9)", fmt: INT },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...K.map((k, i): Row => ({
        id: k.id,
        cells: (x) => ({
          no: i + 1,
          nm: k.nm,
          di: k.di,
          b: k.b,
          rr: k.rr,
          rb: k.rb,
          j: fx(`${x.a("b")}+${x.a("rr")}+${x.a("rb")}`),
          // planted: Sungai Keruh Hulu's % typed 187.50, the inverse (7)/(4)
          pct: k.id === "k4" ? 187.5 : fx(`ROUND(${x.a("b")}/${x.a("j")}*100,2)`),
          p3a: k.p3a,
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "nm"],
        cells: (x) => {
          const col = (k: string, last = "k6") => fx(`SUM(${x.a(k, "k1")}:${x.a(k, last)})`);
          return {
            no: "JUMLAH",
            di: col("di"),
            b: col("b"),
            rr: col("rr"),
            // planted: the range stops one row short (k5)
            rb: col("rb", "k5"),
            j: col("j"),
            pct: fx(`ROUND(${x.a("b")}/${x.a("j")}*100,2)`),
            p3a: col("p3a"),
          };
        },
      },
    ],
  });
  s.gap();
  s.lines(["Sumber: hasil penelusuran jaringan irigasi (PAI) dan IKSI 2024, Seksi Irigasi."]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("rb", "tot") },
    rules: ["sum-mismatch"],
    note: "JUMLAH rusak berat = SUM over five kecamatan (855); the six give 942 (Lais Tengah left out)",
    truth: `SUM(${a("rb", "k1")}:${a("rb", "k6")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("pct", "k4") },
    rules: ["ratio-components-mismatch", "percent-out-of-range"],
    note: "Sungai Keruh Hulu % kondisi baik typed 187.50 (960 / 512, inverted); 512 / 960 x 100 = 53.33",
    truth: `ROUND(${a("b", "k4")}/${a("j", "k4")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("pct", "tot"),
    rules: ["ratio-components-mismatch", "capaian-mismatch"],
    truth: `ROUND(${a("b", "tot")}/${a("j", "tot")}*100,2)`,
    trap: `ROUND(AVERAGE(${a("pct", "k1")}:${a("pct", "k6")}),2)`,
  });
  for (const k of ["b", "di", "j"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "k1")}:${a(k, "k6")})` });
  for (const id of ["k1", "k6"]) {
    b.ok({
      sheet: S,
      cell: a("j", id),
      rules: ["sum-mismatch"],
      truth: `${a("b", id)}+${a("rr", id)}+${a("rb", id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("pct", id),
      rules: ["ratio-components-mismatch"],
      truth: `ROUND(${a("b", id)}/${a("j", id)}*100,2)`,
    });
  }
  return b.finish();
}

/** OP (AKNOP) per daerah irigasi per triwulan with the pengendali banjir list beside it, Pinrang Timur 2024. */
export function rekapAknop(): BookW {
  const b = new BookW(
    "rekap-op-aknop-per-di-triwulan-2024-pinrang-timur.xlsx",
    "Rekap realisasi OP per daerah irigasi (PUPR SDA)",
    "left: DI | Luas fungsional | Pagu OP | TW I..IV | Jumlah | Serapan (%) with Jumlah row; right, one blank column away: prasarana pengendali banjir (embung, tanggul) with dimension and condition",
  );
  const S = "OP Irigasi 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN PINRANG TIMUR", "DINAS PUPR - BIDANG SUMBER DAYA AIR"]);
  s.lines([
    "Rekapitulasi Realisasi Biaya Operasi dan Pemeliharaan Jaringan Irigasi per DI per Triwulan Tahun 2024",
  ]);
  s.gap();
  const D = [
    {
      id: "d1",
      nm: "DI Salu Bone",
      ha: 1850,
      pagu: 412_000_000,
      q: [88_400_000, 102_750_000, 110_300_000, 96_850_000],
    },
    {
      id: "d2",
      nm: "DI Lamasi Hilir",
      ha: 1240,
      pagu: 285_500_000,
      q: [61_200_000, 70_800_000, 74_150_000, 72_900_000],
    },
    {
      id: "d3",
      nm: "DI Tappareng Timur",
      ha: 960,
      pagu: 214_000_000,
      q: [40_500_000, 52_300_000, 55_800_000, 49_600_000],
    },
    {
      id: "d4",
      nm: "DI Bulu Cenrana",
      ha: 720,
      pagu: 168_250_000,
      q: [35_000_000, 41_200_000, 44_900_000, 39_100_000],
    },
    {
      id: "d5",
      nm: "DI Kalosi Ulu",
      ha: 455,
      pagu: 102_400_000,
      q: [20_150_000, 25_600_000, 27_300_000, 24_800_000],
    },
  ];
  const top = s.r;
  const RQ = "Realisasi per Triwulan (Rp)";
  const tw = ["I", "II", "III", "IV"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "nm", head: ["Daerah Irigasi"], role: "lokasi", width: 22 },
    { key: "ha", head: ["Luas Fungsional (ha)"], role: "lainnya", fmt: INT },
    { key: "pagu", head: ["Pagu OP (Rp)"], role: "anggaran", year: 2024, fmt: RP, width: 16 },
    ...tw.map((n, i): Col => ({
      key: `q${i}`,
      head: [RQ, n],
      role: "realisasi-anggaran",
      year: 2024,
      fmt: RP,
      width: 15,
    })),
    { key: "j", head: ["Jumlah Realisasi (Rp)"], role: "realisasi-anggaran", year: 2024, fmt: RP, width: 16 },
    { key: "ser", head: ["Serapan (%)"], role: "capaian", fmt: DEC },
  ];
  // planted: DI Tappareng Timur's Jumlah typed 218,200,000; the quarters give 198,200,000
  const t = s.table(
    {
      cols,
      headerRows: 2,
      rows: [
        ...D.map((d, i): Row => ({
          id: d.id,
          cells: (x) => ({
            no: i + 1,
            nm: d.nm,
            ha: d.ha,
            pagu: d.pagu,
            q0: d.q[0],
            q1: d.q[1],
            q2: d.q[2],
            q3: d.q[3],
            j: d.id === "d3" ? 218_200_000 : fx(`SUM(${x.a("q0")}:${x.a("q3")})`),
            ser: fx(`ROUND(${x.a("j")}/${x.a("pagu")}*100,2)`),
          }),
        })),
        {
          id: "tot",
          bold: true,
          span: ["no", "nm"],
          cells: (x) => {
            const col = (k: string) => `SUM(${x.a(k, "d1")}:${x.a(k, "d5")})`;
            return {
              no: "Jumlah",
              ha: fx(col("ha")),
              pagu: fx(col("pagu")),
              q0: fx(col("q0")),
              q1: fx(col("q1")),
              // planted: a stale cached result (the formula gives 312,450,000)
              q2: fx(col("q2"), 321_450_000),
              q3: fx(col("q3")),
              j: fx(col("j")),
              ser: fx(`ROUND(${x.a("j")}/${x.a("pagu")}*100,2)`),
            };
          },
        },
      ],
    },
    1,
    top,
  );
  const side = s.table(
    {
      cols: [
        { key: "no", head: ["No"], role: "no", width: 5 },
        { key: "nm", head: ["Prasarana Pengendali Banjir"], role: "lainnya", width: 26 },
        { key: "jenis", head: ["Jenis"], role: "keterangan" },
        { key: "dim", head: ["Kapasitas / Panjang"], role: "lainnya", fmt: INT },
        { key: "sat", head: ["Satuan"], role: "satuan" },
        { key: "kond", head: ["Kondisi"], role: "keterangan" },
      ],
      headerRows: 2,
      rows: [
        { cells: { no: 1, nm: "Embung Bulu Lampe", jenis: "Embung", dim: 45_000, sat: "m3", kond: "Baik" } },
        {
          cells: {
            no: 2,
            nm: "Embung Allakuang Timur",
            jenis: "Embung",
            dim: 32_500,
            sat: "m3",
            kond: "Rusak ringan",
          },
        },
        {
          cells: {
            no: 3,
            nm: "Tanggul S. Saddang Kiri",
            jenis: "Tanggul",
            dim: 2_350,
            sat: "m",
            kond: "Baik",
          },
        },
        {
          cells: {
            no: 4,
            nm: "Tanggul S. Bila Hilir",
            jenis: "Tanggul",
            dim: 1_800,
            sat: "m",
            kond: "Rusak berat",
          },
        },
      ],
    },
    13,
    top,
  );
  void side;
  s.gap();
  s.lines(["Serapan = Jumlah Realisasi / Pagu OP x 100; baris Jumlah dihitung dari total, bukan rata-rata."]);
  s.gap();
  signature(s, 8, {
    tempat: "Lasape Timur, 10 Januari 2025",
    jabatan: ["Kepala Bidang Sumber Daya Air"],
    nama: "MUHAMMAD IQBAL LATANRO, S.T.",
    nip: "19850921 201001 1 014",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const qsum = (id: string) => [0, 1, 2, 3].map((i) => a(`q${i}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("j", "d3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah Realisasi of DI Tappareng Timur typed 218,200,000 among SUM formulas; the four quarters give 198,200,000",
    truth: qsum("d3"),
  });
  b.plant({
    at: { sheet: S, cell: a("q2", "tot") },
    rules: ["sum-mismatch"],
    note: "Jumlah TW III shows a stale cached 321,450,000; its SUM gives 312,450,000",
    truth: `SUM(${a("q2", "d1")}:${a("q2", "d5")})`,
  });
  b.ok({
    sheet: S,
    cell: a("ser", "tot"),
    rules: ["ratio-components-mismatch", "capaian-mismatch"],
    truth: `ROUND(${a("j", "tot")}/${a("pagu", "tot")}*100,2)`,
    trap: `ROUND(AVERAGE(${a("ser", "d1")}:${a("ser", "d5")}),2)`,
  });
  for (const id of ["d1", "d2", "d5"]) {
    b.ok({ sheet: S, cell: a("j", id), rules: ["sum-mismatch"], truth: qsum(id) });
    b.ok({
      sheet: S,
      cell: a("ser", id),
      rules: ["capaian-mismatch", "serapan-over-100"],
      truth: `ROUND(${a("j", id)}/${a("pagu", id)}*100,2)`,
    });
  }
  for (const k of ["pagu", "q0", "q3"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "d1")}:${a(k, "d5")})` });
  return b.finish();
}
