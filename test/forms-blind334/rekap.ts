// The Perjanjian Kinerja beside its Renstra IKU, and two recaps of the Dinas Ketahanan Pangan dan
// Perikanan: produksi ikan budidaya per kecamatan, and angka konsumsi ikan per kecamatan beside the
// cadangan beras pemerintah per triwulan. Every name and number is invented.
import { BookW, DEC, INT, RP, fx, letterhead, round, signature, type Col } from "../forms/kit";

/** PK 2025 of DKPP Kota Batu Layar with sheet "IKU Renstra" (Tahun - 1..5 of Renstra 2025-2029). */
export function pkDkpp(): BookW {
  const b = new BookW(
    "pk-2025-dkpp-batu-layar-334.xlsx",
    "Perjanjian Kinerja (DKPP)",
    "PK 2025: statement lines, indicator table (no Satuan before Target), program table with a SUM Jumlah; sheet IKU Renstra with 'Tahun - 1..5' resolved from 'Renstra 2025-2029' and kondisi akhir",
  );
  const iku = [
    {
      id: "pph",
      ind: "Skor Pola Pangan Harapan (PPH)",
      sat: "skor",
      level: true,
      awal: 84.2,
      k: [85.5, 86.8, 88, 89.2, 90.5],
    },
    {
      id: "aki",
      ind: "Angka konsumsi ikan",
      sat: "kg/kap/th",
      level: true,
      awal: 34.6,
      k: [36, 37.5, 39, 40.5, 42],
    },
    {
      id: "rwn",
      ind: "Persentase kelurahan rentan rawan pangan",
      sat: "%",
      level: true,
      awal: 9.1,
      k: [8.5, 7.8, 7.1, 6.4, 5.8],
    },
    {
      id: "prd",
      ind: "Produksi perikanan budidaya",
      sat: "ton",
      level: false,
      awal: 2150,
      k: [2200, 2280, 2360, 2440, 2520],
    },
  ];
  const R = "IKU Renstra";
  const r = b.sheet(R);
  r.lines(["INDIKATOR KINERJA UTAMA DAN TARGET RENSTRA DKPP KOTA BATU LAYAR 2025-2029"], 1, { bold: true });
  r.gap();
  const rt = r.table({
    cols: [
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 34 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, fmt: DEC },
      ...[1, 2, 3, 4, 5].map((y): Col => ({
        key: `k${y}`,
        head: ["Target", `Tahun - ${y}`],
        role: "target",
        year: 2024 + y,
        fmt: DEC,
      })),
      { key: "ak", head: ["Kondisi Akhir"], role: "kondisi-akhir", fmt: DEC },
    ],
    headerRows: 2,
    rows: iku.map((x) => ({
      id: x.id,
      cells: (c) => ({
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        k1: x.k[0],
        k2: x.k[1],
        k3: x.k[2],
        k4: x.k[3],
        k5: x.k[4],
        ak: x.level ? fx(c.a("k5")) : fx(`SUM(${c.a("k1")}:${c.a("k5")})`),
      }),
    })),
  });
  const S = "PK 2025";
  const s = b.sheet(S);
  letterhead(s, ["PERJANJIAN KINERJA TAHUN 2025", "DINAS KETAHANAN PANGAN DAN PERIKANAN KOTA BATU LAYAR"]);
  s.lines([
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel, kami yang bertanda tangan di bawah ini",
    "berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini.",
  ]);
  s.gap();
  const SAS = [
    "Meningkatnya ketahanan pangan",
    "Meningkatnya konsumsi ikan",
    "Meningkatnya ketahanan pangan",
    "Meningkatnya produksi perikanan",
  ];
  const pt = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 34 },
      { key: "t", head: ["Target"], role: "target", year: 2025, fmt: DEC },
      { key: "sat", head: ["Satuan"], role: "satuan" },
    ],
    headerRows: 1,
    // planted: angka konsumsi ikan 37.5 = Tahun - 2 (2026); 2025 is 36
    rows: iku.map((x, i) => ({
      id: x.id,
      cells: { no: i + 1, sas: SAS[i], ind: x.ind, t: x.id === "aki" ? x.k[1] : x.k[0], sat: x.sat },
    })),
  });
  s.gap();
  const progs = [
    ["Program Peningkatan Diversifikasi dan Ketahanan Pangan Masyarakat", 1_284_650_000],
    ["Program Penanganan Kerawanan Pangan", 556_100_000],
    ["Program Pengelolaan Perikanan Budidaya", 2_017_400_000],
    ["Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 6_942_380_000],
  ] as const;
  const gt = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "pr", head: ["Program"], width: 40 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Keterangan"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...progs.map(([p, v], i) => ({ id: `g${i}`, cells: { no: i + 1, pr: p, rp: v, ket: "APBD" } })),
      // planted: SUM stops one row short (misses the penunjang program)
      {
        id: "jml",
        bold: true,
        cells: (c) => ({ pr: "Jumlah", rp: fx(`SUM(${c.a("rp", "g0")}:${c.a("rp", "g2")})`) }),
      },
    ],
  });
  s.gap();
  signature(s, 3, {
    tempat: "Batu Layar, 3 Januari 2025",
    jabatan: ["Kepala Dinas Ketahanan Pangan dan Perikanan"],
    nama: "BAIQ NURHAYATI, S.Pt., M.P.",
    nip: "19780412 200312 2 007",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: pt.a("t", "aki") },
        { sheet: R, cell: rt.a("k1", "aki") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of angka konsumsi ikan 37.5 is Renstra Tahun - 2 (2026); Tahun - 1 (2025) is 36",
    truth: `'${R}'!${rt.a("k1", "aki")}`,
  });
  b.plant({
    at: { sheet: S, cell: gt.a("rp", "jml") },
    rules: ["sum-mismatch"],
    note: "Jumlah =SUM stops at the third program: 3,858,150,000 instead of 10,800,530,000",
    truth: progs.map((_, i) => gt.a("rp", `g${i}`)).join("+"),
  });
  for (const id of ["pph", "rwn", "prd"])
    b.ok({
      sheet: S,
      cell: pt.a("t", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${rt.a("k1", id)}`,
    });
  b.ok({
    sheet: R,
    cell: rt.a("ak", "aki"),
    rules: ["kondisi-akhir-mismatch"],
    truth: rt.a("k5", "aki"),
    trap: [1, 2, 3, 4, 5].map((y) => rt.a(`k${y}`, "aki")).join("+"),
  });
  b.ok({
    sheet: R,
    cell: rt.a("ak", "rwn"),
    rules: ["kondisi-akhir-mismatch"],
    truth: rt.a("k5", "rwn"),
    trap: [1, 2, 3, 4, 5].map((y) => rt.a(`k${y}`, "rwn")).join("+"),
  });
  b.ok({
    sheet: R,
    cell: rt.a("ak", "prd"),
    rules: ["kondisi-akhir-mismatch"],
    truth: [1, 2, 3, 4, 5].map((y) => rt.a(`k${y}`, "prd")).join("+"),
  });
  return b.finish();
}

/** Produksi perikanan budidaya per kecamatan 2024, Kabupaten Lembah Sirangkak; no No column. */
export function produksiKecamatan(): BookW {
  const b = new BookW(
    "rekap-produksi-ikan-budidaya-per-kecamatan-lembah-sirangkak-2024-334.xlsx",
    "Rekap produksi perikanan budidaya per kecamatan",
    "no No column; number row '(4) = (3)/(2) x 100', '(8) = (5)+(6)+(7)', '(10) = (8)/(9) x 100'; % CBIB and capaian formulas, jumlah produksi formulas; JUMLAH row of SUMs and ratios of totals",
  );
  const S = "Produksi 2024";
  const s = b.sheet(S);
  letterhead(s, ["DINAS KETAHANAN PANGAN DAN PERIKANAN KABUPATEN LEMBAH SIRANGKAK"]);
  s.lines(["REKAPITULASI PRODUKSI PERIKANAN BUDIDAYA MENURUT KECAMATAN TAHUN 2024"], 1, { bold: true });
  s.gap();
  const kec = [
    ["Lubuk Sirangkak", 412, 166, 512.4, 148.6, 61.2, 690],
    ["Koto Tangah Hilir", 285, 97, 338.9, 402.7, 22.5, 780],
    ["Sungai Pua Baru", 190, 54, 211.3, 0, 88.4, 310],
    ["Batang Anai Mudik", 356, 121, 604.8, 96.1, 47.9, 760],
    ["Tanjung Alam Raya", 248, 73, 296.2, 185.3, 30.6, 500],
  ] as const;
  const P = "Produksi (ton)";
  const t = s.table({
    cols: [
      { key: "kec", head: ["Kecamatan"], role: "lokasi", num: "(1)", width: 22 },
      { key: "rtp", head: ["Pembudidaya Ikan", "Jumlah RTP"], num: "(2)", fmt: INT },
      { key: "cb", head: ["Pembudidaya Ikan", "Bersertifikat CBIB"], num: "(3)", fmt: INT },
      { key: "pc", head: ["Pembudidaya Ikan", "% CBIB"], num: "(4) = (3)/(2) x 100", fmt: DEC },
      { key: "kl", head: [P, "Kolam"], role: "realisasi", num: "(5)", fmt: DEC },
      { key: "kj", head: [P, "Keramba Jaring Apung"], role: "realisasi", num: "(6)", fmt: DEC },
      { key: "mp", head: [P, "Minapadi"], role: "realisasi", num: "(7)", fmt: DEC },
      { key: "jm", head: [P, "Jumlah"], role: "realisasi", num: "(8) = (5)+(6)+(7)", fmt: DEC },
      { key: "tg", head: ["Target Produksi (ton)"], role: "target", num: "(9)", fmt: DEC },
      { key: "cp", head: ["Capaian (%)"], role: "capaian", num: "(10) = (8)/(9) x 100", fmt: DEC },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...kec.map(([n, rtp, cb, kl, kj, mp, tg], i) => ({
        id: `k${i}`,
        cells: (c: { a: (k: string, id?: string) => string }) => ({
          kec: n,
          rtp,
          cb,
          // planted: Sungai Pua Baru's % CBIB with a stale cached 108.70 (54/190 = 28.42)
          pc: fx(`ROUND(${c.a("cb")}/${c.a("rtp")}*100,2)`, i === 2 ? 108.7 : undefined),
          kl,
          kj,
          mp,
          // planted: Batang Anai Mudik typed 700.90 without minapadi (748.80)
          jm: i === 3 ? round(kl + kj) : fx(`${c.a("kl")}+${c.a("kj")}+${c.a("mp")}`),
          tg,
          cp: fx(`ROUND(${c.a("jm")}/${c.a("tg")}*100,2)`),
        }),
      })),
      {
        id: "jml",
        bold: true,
        cells: (c) => {
          const S2 = (k: string) => fx(`SUM(${c.a(k, "k0")}:${c.a(k, "k4")})`);
          return {
            kec: "JUMLAH",
            rtp: S2("rtp"),
            cb: S2("cb"),
            pc: fx(`ROUND(${c.a("cb")}/${c.a("rtp")}*100,2)`),
            kl: S2("kl"),
            kj: S2("kj"),
            mp: S2("mp"),
            jm: S2("jm"),
            tg: S2("tg"),
            cp: fx(`ROUND(${c.a("jm")}/${c.a("tg")}*100,2)`),
          };
        },
      },
    ],
  });
  s.gap();
  s.lines(["Sumber: Laporan Statistik Perikanan Budidaya (penyuluh kecamatan), diolah."]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("pc", "k2") },
    rules: ["percent-out-of-range", "ratio-components-mismatch"],
    note: "% CBIB of Sungai Pua Baru shows a stale 108.70; 54 / 190 x 100 = 28.42",
    truth: `ROUND(${a("cb", "k2")}/${a("rtp", "k2")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("jm", "k3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Batang Anai Mudik jumlah typed 700.90 (kolam + KJA); with minapadi 47.90 it is 748.80",
    truth: `${a("kl", "k3")}+${a("kj", "k3")}+${a("mp", "k3")}`,
  });
  b.ok({
    sheet: S,
    cell: a("pc", "jml"),
    rules: ["ratio-components-mismatch"],
    truth: `ROUND(${a("cb", "jml")}/${a("rtp", "jml")}*100,2)`,
    trap: `AVERAGE(${a("pc", "k0")}:${a("pc", "k4")})`,
  });
  for (const id of ["k0", "k1", "k4"]) {
    b.ok({
      sheet: S,
      cell: a("jm", id),
      rules: ["sum-mismatch"],
      truth: `${a("kl", id)}+${a("kj", id)}+${a("mp", id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("cp", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("jm", id)}/${a("tg", id)}*100,2)`,
    });
  }
  for (const id of ["k0", "k1", "k3", "k4"])
    b.ok({
      sheet: S,
      cell: a("pc", id),
      rules: ["percent-out-of-range"],
      truth: `ROUND(${a("cb", id)}/${a("rtp", id)}*100,2)`,
    });
  for (const k of ["rtp", "cb", "kl", "kj", "mp", "tg"])
    b.ok({
      sheet: S,
      cell: a(k, "jml"),
      rules: ["sum-mismatch"],
      truth: kec.map((_, i) => a(k, `k${i}`)).join("+"),
    });
  return b.finish();
}

/** Angka konsumsi ikan per kecamatan beside the cadangan beras per triwulan, Kota Batu Layar 2024. */
export function konsumsiCadangan(): BookW {
  const b = new BookW(
    "rekap-konsumsi-ikan-dan-cadangan-beras-batu-layar-2024-334.xlsx",
    "Rekap konsumsi ikan per kecamatan + cadangan pangan per triwulan",
    "two tables side by side with one empty column: AKI per kecamatan (ratio formulas, Kota row = ratio of totals) and cadangan beras per triwulan (Saldo awal row, stock level, typed Jumlah Rp)",
  );
  const S = "Rekap 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA BATU LAYAR", "DINAS KETAHANAN PANGAN DAN PERIKANAN"]);
  s.lines(["Rekapitulasi Konsumsi Ikan dan Cadangan Pangan Pemerintah Kota Tahun 2024"], 1, { bold: true });
  s.gap();
  const top = s.r;
  const kec = [
    ["Batu Layar Barat", 48_215, 1_812.6],
    ["Batu Layar Timur", 61_904, 2_204.3],
    ["Meninting", 39_587, 1_488.1],
    ["Senggigi Utara", 27_346, 1_121.9],
    ["Lingsar Baru", 44_870, 1_472.4],
    ["Gunung Sari Kota", 35_118, 1_190.5],
  ] as const;
  const TARGET = 36;
  const A = s.table(
    {
      cols: [
        { key: "kec", head: ["Kecamatan"], role: "lokasi", num: "1", width: 20 },
        { key: "pdd", head: ["Jumlah Penduduk (jiwa)"], num: "2", fmt: INT },
        { key: "ton", head: ["Konsumsi Ikan (ton)"], role: "realisasi", num: "3", fmt: DEC },
        { key: "aki", head: ["AKI (kg/kap/th)"], role: "realisasi", num: "4 = 3 x 1000 / 2", fmt: DEC },
        { key: "tg", head: ["Target AKI"], role: "target", num: "5", fmt: DEC },
        { key: "cp", head: ["Capaian (%)"], role: "capaian", num: "6 = 4/5 x 100", fmt: DEC },
      ],
      headerRows: 1,
      numberRow: "plain",
      rows: [
        ...kec.map(([n, p, ton], i) => ({
          id: `k${i}`,
          cells: (c: { a: (k: string, id?: string) => string }) => ({
            kec: n,
            pdd: p,
            ton,
            // planted: Meninting typed 42.59 (the AKI of 2023); 1,488.1 x 1000 / 39,587 = 37.59
            aki: i === 2 ? 42.59 : fx(`ROUND(${c.a("ton")}*1000/${c.a("pdd")},2)`),
            tg: TARGET,
            cp: fx(`ROUND(${c.a("aki")}/${c.a("tg")}*100,2)`),
          }),
        })),
        {
          id: "kota",
          bold: true,
          cells: (c) => ({
            kec: "Kota Batu Layar",
            pdd: fx(`SUM(${c.a("pdd", "k0")}:${c.a("pdd", "k5")})`),
            ton: fx(`SUM(${c.a("ton", "k0")}:${c.a("ton", "k5")})`),
            aki: fx(`ROUND(${c.a("ton")}*1000/${c.a("pdd")},2)`),
            tg: TARGET,
            cp: fx(`ROUND(${c.a("aki")}/${c.a("tg")}*100,2)`),
          }),
        },
      ],
    },
    1,
    top,
  );
  const q = [
    ["Saldo awal 1 Januari", null, null, 42, null],
    ["Triwulan I", 20, 6.5, 0, 118_400_000],
    ["Triwulan II", 15, 11.2, 0, 96_750_000],
    ["Triwulan III", 0, 18.4, 0, 6_410_000],
    ["Triwulan IV", 25, 9.8, 0, 152_900_000],
  ] as const;
  const RP_TOTAL = 118_400_000 + 96_750_000 + 64_100_000 + 152_900_000;
  const B = s.table(
    {
      cols: [
        { key: "tw", head: ["Periode"], width: 20 },
        {
          key: "ad",
          head: ["Cadangan Beras Pemerintah Kota (ton)", "Pengadaan"],
          role: "realisasi",
          fmt: DEC,
        },
        {
          key: "sl",
          head: ["Cadangan Beras Pemerintah Kota (ton)", "Penyaluran"],
          role: "realisasi",
          fmt: DEC,
        },
        {
          key: "st",
          head: ["Cadangan Beras Pemerintah Kota (ton)", "Stok Akhir"],
          role: "realisasi",
          fmt: DEC,
        },
        { key: "rp", head: ["Realisasi Anggaran (Rp)"], role: "realisasi-anggaran", fmt: RP, width: 16 },
      ],
      headerRows: 2,
      rows: [
        ...q.map(([tw, ad, sl, st, rp], i) => ({
          id: `q${i}`,
          cells: (c: { a: (k: string, id?: string) => string }) => ({
            tw,
            ad,
            sl,
            st: i === 0 ? st : fx(`${c.a("st", `q${i - 1}`)}+${c.a("ad")}-${c.a("sl")}`),
            // planted: Triwulan III typed 6,410,000, ten times too small (64,100,000)
            rp,
          }),
        })),
        {
          id: "jml",
          bold: true,
          cells: (c) => ({
            tw: "Jumlah / Posisi Akhir",
            ad: fx(`SUM(${c.a("ad", "q1")}:${c.a("ad", "q4")})`),
            sl: fx(`SUM(${c.a("sl", "q1")}:${c.a("sl", "q4")})`),
            st: fx(c.a("st", "q4")),
            rp: RP_TOTAL,
          }),
        },
      ],
    },
    8,
    top,
  );
  s.gap();
  s.lines(["*) AKI 2024 angka sementara; realisasi anggaran sesuai SP2D."]);
  s.gap();
  signature(s, 8, {
    tempat: "Batu Layar, 20 Januari 2025",
    jabatan: ["Kepala Bidang Ketersediaan dan Distribusi Pangan"],
    nama: "LALU MUHAMMAD ZAINI, S.P.",
    nip: "19830921 201001 1 012",
  });
  const a = A.a.bind(A);
  const c = B.a.bind(B);
  b.plant({
    at: { sheet: S, cell: a("aki", "k2") },
    rules: ["ratio-components-mismatch", "hardcoded-value"],
    note: "Meninting AKI typed 42.59 among formulas; 1,488.1 x 1000 / 39,587 = 37.59",
    truth: `ROUND(${a("ton", "k2")}*1000/${a("pdd", "k2")},2)`,
  });
  b.plant({
    at: { sheet: S, cell: c("rp", "q3") },
    rules: ["number-scale"],
    note: "Triwulan III realisasi typed 6,410,000, a zero short; the typed Jumlah (SP2D) needs 64,100,000",
    truth: `${c("rp", "jml")}-${c("rp", "q1")}-${c("rp", "q2")}-${c("rp", "q4")}`,
  });
  b.ok({
    sheet: S,
    cell: a("aki", "kota"),
    rules: ["ratio-components-mismatch"],
    truth: `ROUND(${a("ton", "kota")}*1000/${a("pdd", "kota")},2)`,
    trap: `AVERAGE(${a("aki", "k0")}:${a("aki", "k5")})`,
  });
  b.ok({
    sheet: S,
    cell: c("st", "jml"),
    rules: ["sum-mismatch"],
    truth: c("st", "q4"),
    trap: ["q1", "q2", "q3", "q4"].map((id) => c("st", id)).join("+"),
  });
  for (const k of ["ad", "sl"])
    b.ok({
      sheet: S,
      cell: c(k, "jml"),
      rules: ["sum-mismatch"],
      truth: ["q1", "q2", "q3", "q4"].map((id) => c(k, id)).join("+"),
    });
  for (const i of [1, 2, 3, 4])
    b.ok({
      sheet: S,
      cell: c("st", `q${i}`),
      rules: ["sum-mismatch"],
      truth: `${c("st", `q${i - 1}`)}+${c("ad", `q${i}`)}-${c("sl", `q${i}`)}`,
    });
  for (const id of ["k0", "k1", "k3", "k4", "k5"]) {
    b.ok({
      sheet: S,
      cell: a("aki", id),
      rules: ["ratio-components-mismatch"],
      truth: `ROUND(${a("ton", id)}*1000/${a("pdd", id)},2)`,
    });
    b.ok({
      sheet: S,
      cell: a("cp", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("aki", id)}/${a("tg", id)}*100,2)`,
    });
  }
  b.ok({
    sheet: S,
    cell: a("pdd", "kota"),
    rules: ["sum-mismatch"],
    truth: kec.map((_, i) => a("pdd", `k${i}`)).join("+"),
  });
  return b.finish();
}
