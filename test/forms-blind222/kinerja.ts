// PK 2025 with its Renstra sheet, the recap of PMT per kecamatan and the recap of vitamin A per
// puskesmas beside the TTD remaja putri per triwulan, of two invented Dinas Kesehatan. All invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Col, type Row } from "../forms/kit";

/** PK 2025 of the Kepala Dinas Kesehatan Wolo Tana, beside the Renstra 2025-2029 (Tahun ke-1..5). */
export function pkGizi(): BookW {
  const b = new BookW(
    "pk-2025-dinkes-gizi-wolo-tana.xlsx",
    "PK 2025 with Renstra (Dinkes gizi)",
    "sheet 'PK 2025': statement, No | Sasaran | Indikator | Target 2025 | Satuan (target before satuan); No | Program | Anggaran (Rp) | Sumber Dana with a typed Jumlah; sheet 'IKU Renstra': Tahun ke-1..ke-5 (years only in the title 2025-2029), Kondisi Akhir",
  );
  const R = "IKU Renstra";
  const P = "PK 2025";
  const ind = [
    {
      id: "a",
      ind: "Prevalensi balita gizi kurang (wasting)",
      sat: "%",
      awal: 8.4,
      k: [7.9, 7.3, 6.8, 6.2, 5.6],
    },
    {
      id: "b",
      ind: "Persentase ibu hamil KEK yang mendapat PMT",
      sat: "%",
      awal: 72,
      k: [76, 80, 84, 88, 92],
    },
    {
      id: "c",
      ind: "Cakupan balita 6-59 bulan mendapat kapsul vitamin A",
      sat: "%",
      awal: 86.5,
      k: [88, 89.5, 91, 92.5, 94],
    },
    {
      id: "d",
      ind: "Persentase remaja putri yang mengonsumsi TTD",
      sat: "%",
      awal: 48,
      k: [55, 62, 68, 74, 80],
    },
  ];
  const pk = b.sheet(P);
  const rs = b.sheet(R);
  rs.lines(["INDIKATOR KINERJA UTAMA DAN TARGET RENSTRA DINAS KESEHATAN KABUPATEN WOLO TANA 2025-2029"]);
  rs.gap();
  const yrs = [1, 2, 3, 4, 5];
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 42 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Awal"], role: "kondisi-awal" },
      ...yrs.map((y): Col => ({
        key: `y${y}`,
        head: ["Target Tahun", `Tahun ke-${y}`],
        role: "target",
        year: 2024 + y,
      })),
      { key: "ak", head: ["Kondisi Akhir Periode Renstra"], role: "kondisi-akhir" },
    ],
    headerRows: 2,
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        ...Object.fromEntries(yrs.map((y) => [`y${y}`, x.k[y - 1]])),
        ak: x.k[4],
      },
    })),
  });
  letterhead(pk, ["PERJANJIAN KINERJA TAHUN 2025", "DINAS KESEHATAN KABUPATEN WOLO TANA"]);
  pk.lines([
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil,",
    "kami yang bertanda tangan di bawah ini berjanji akan mewujudkan target kinerja tahunan sebagai berikut.",
  ]);
  pk.gap();
  const pt = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 42 },
      { key: "tg", head: ["Target"], role: "target", year: 2025 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas: "Meningkatnya status gizi masyarakat",
        ind: x.ind,
        // planted: vitamin A target 89.5 is the Tahun ke-2 (2026) target; 2025 is 88
        tg: x.id === "c" ? x.k[1] : x.k[0],
        sat: x.sat,
      },
    })),
  });
  pk.gap();
  const prog = [
    { id: "p1", nm: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", rp: 18_742_300_000 },
    {
      id: "p2",
      nm: "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat",
      rp: 42_916_850_000,
    },
    { id: "p3", nm: "Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan", rp: 1_284_500_000 },
    { id: "p4", nm: "Program Sediaan Farmasi, Alat Kesehatan dan Makanan Minuman", rp: 736_200_000 },
    { id: "p5", nm: "Program Pemberdayaan Masyarakat Bidang Kesehatan", rp: 512_400_000 },
  ];
  const at = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "nm", head: ["Program"], width: 50 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "sd", head: ["Sumber Dana"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...prog.map((x, i): Row => ({
        id: x.id,
        cells: { no: i + 1, nm: x.nm, rp: x.rp, sd: i === 1 ? "APBD, DAK" : "APBD" },
      })),
      // planted: a typed Jumlah with two digits swapped
      { id: "j", span: ["no", "nm"], cells: { no: "Jumlah", rp: 64_129_250_000 } },
    ],
  });
  pk.gap();
  signature(pk, 3, {
    tempat: "Lasolo Tana, 6 Januari 2025",
    jabatan: ["KEPALA DINAS KESEHATAN KABUPATEN WOLO TANA"],
    nama: "dr. HASNAWATI LA ODE MBAU, M.Kes.",
    nip: "19760318 200604 2 011",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("tg", "c") },
        { sheet: R, cell: rt.a("y1", "c") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the vitamin A coverage is 89.5, the Renstra Tahun ke-2 (2026) target; Tahun ke-1 (2025) is 88",
    truth: `'${R}'!${rt.a("y1", "c")}`,
  });
  b.plant({
    at: { sheet: P, cell: at.a("rp", "j") },
    rules: ["sum-mismatch"],
    note: "Jumlah is a typed 64,129,250,000; the five programs add up to 64,192,250,000",
    truth: `SUM(${at.a("rp", "p1")}:${at.a("rp", "p5")})`,
  });
  for (const id of ["a", "b", "d"])
    b.ok({
      sheet: P,
      cell: pt.a("tg", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${rt.a("y1", id)}`,
    });
  for (const id of ["a", "d"])
    b.ok({
      sheet: R,
      cell: rt.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("y5", id),
      trap: yrs.map((y) => rt.a(`y${y}`, id)).join("+"),
    });
  b.ok({ sheet: R, cell: rt.a("y5", "a"), rules: ["target-trend"], truth: "5.6" });
  return b.finish();
}

/** Rekap PMT per kecamatan, Dinas Kesehatan Batang Silaro 2024: balita gizi kurang and ibu hamil KEK. */
export function rekapPmt(): BookW {
  const b = new BookW(
    "rekap-pmt-balita-bumil-kek-per-kecamatan-batang-silaro.xlsx",
    "Rekap PMT per kecamatan (Dinkes gizi)",
    "Rekap PMT 2024 per kecamatan: Balita Gizi Kurang > Sasaran | Dapat PMT | %; Ibu Hamil KEK > Sasaran | Dapat PMT | %; Jumlah Penerima; Anggaran PMT (Rp); number row '(5) = (4)/(3) x 100', '(9) = (4)+(7)'; JUMLAH row with the ratio of totals",
  );
  const S = "Rekap PMT 2024";
  const s = b.sheet(S);
  letterhead(s, ["DINAS KESEHATAN KABUPATEN BATANG SILARO", "Seksi Kesehatan Keluarga dan Gizi"]);
  s.lines(["REKAPITULASI PEMBERIAN MAKANAN TAMBAHAN (PMT) PEMULIHAN TAHUN 2024"]);
  s.gap();
  const K = [
    { id: "k1", nm: "Lubuk Silaro", bs: 64, bp: 61, hs: 42, hp: 37, rp: 148_650_000 },
    { id: "k2", nm: "Koto Anau Hilir", bs: 51, bp: 47, hs: 33, hp: 30, rp: 116_400_000 },
    { id: "k3", nm: "Sungai Batang Tigo", bs: 38, bp: 41, hs: 29, hp: 24, rp: 98_250_000 },
    { id: "k4", nm: "Pasia Laweh", bs: 72, bp: 66, hs: 47, hp: 41, rp: 163_800_000 },
    { id: "k5", nm: "Rantau Silaro", bs: 45, bp: 40, hs: 26, hp: 23, rp: 94_150_000 },
    { id: "k6", nm: "Bukik Gadang", bs: 29, bp: 27, hs: 18, hp: 15, rp: 61_300_000 },
  ];
  const B = "Balita Gizi Kurang";
  const H = "Ibu Hamil KEK";
  const pct = (n: string, d: string) => fx(`ROUND(${n}/${d}*100,2)`);
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)" },
      { key: "nm", head: ["Kecamatan"], role: "lokasi", num: "(2)", width: 20 },
      { key: "bs", head: [B, "Sasaran (anak)"], role: "target", year: 2024, num: "(3)", fmt: INT },
      { key: "bp", head: [B, "Mendapat PMT"], role: "realisasi", year: 2024, num: "(4)", fmt: INT },
      { key: "bc", head: [B, "%"], role: "capaian", year: 2024, num: "(5) = (4)/(3) x 100", fmt: DEC },
      { key: "hs", head: [H, "Sasaran (orang)"], role: "target", year: 2024, num: "(6)", fmt: INT },
      { key: "hp", head: [H, "Mendapat PMT"], role: "realisasi", year: 2024, num: "(7)", fmt: INT },
      { key: "hc", head: [H, "%"], role: "capaian", year: 2024, num: "(8) = (7)/(6) x 100", fmt: DEC },
      {
        key: "jp",
        head: ["Jumlah Penerima PMT"],
        role: "realisasi",
        year: 2024,
        num: "(9) = (4)+(7)",
        fmt: INT,
      },
      {
        key: "rp",
        head: ["Realisasi Anggaran PMT (Rp)"],
        role: "realisasi-anggaran",
        year: 2024,
        num: "(10)",
        fmt: RP,
        width: 16,
      },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...K.map((k, i): Row => ({
        id: k.id,
        cells: (c) => ({
          no: i + 1,
          nm: k.nm,
          bs: k.bs,
          bp: k.bp,
          bc: pct(c.a("bp"), c.a("bs")),
          hs: k.hs,
          hp: k.hp,
          hc: pct(c.a("hp"), c.a("hs")),
          jp: fx(`${c.a("bp")}+${c.a("hp")}`),
          rp: k.rp,
        }),
      })),
      {
        id: "tot",
        span: ["no", "nm"],
        bold: true,
        cells: (c) => {
          const out: Record<string, string | ReturnType<typeof fx>> = { no: "JUMLAH" };
          for (const k of ["bs", "bp", "hs", "hp", "jp"]) out[k] = fx(`SUM(${c.a(k, "k1")}:${c.a(k, "k6")})`);
          // planted: anggaran one row short
          out.rp = fx(`SUM(${c.a("rp", "k1")}:${c.a("rp", "k5")})`);
          out.bc = pct(c.a("bp"), c.a("bs"));
          out.hc = pct(c.a("hp"), c.a("hs"));
          return out;
        },
      },
    ],
  });
  s.gap();
  s.lines(["Sumber: laporan bulanan puskesmas (e-PPGBM), diolah."]);
  s.gap();
  signature(s, 8, {
    tempat: "Lubuk Silaro, 8 Januari 2025",
    jabatan: ["KEPALA SEKSI KESEHATAN KELUARGA DAN GIZI"],
    nama: "NOVIA RAHMI DT. BANDARO, S.Gz., M.P.H.",
    nip: "19850711 201001 2 016",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("bc", "k3") },
    rules: ["percent-out-of-range"],
    note: "Sungai Batang Tigo: 41 balita got PMT out of 38 sasaran, 107.89 % (a coverage cannot exceed 100 %)",
    truth: "100",
  });
  b.plant({
    at: { sheet: S, cell: a("rp", "tot") },
    rules: ["sum-mismatch"],
    note: "JUMLAH anggaran is =SUM over five kecamatan (621,250,000); with Bukik Gadang's 61,300,000 it is 682,550,000",
    truth: `SUM(${a("rp", "k1")}:${a("rp", "k6")})`,
  });
  b.ok({
    sheet: S,
    cell: a("hc", "tot"),
    rules: ["capaian-mismatch", "sum-mismatch"],
    truth: `ROUND(SUM(${a("hp", "k1")}:${a("hp", "k6")})/SUM(${a("hs", "k1")}:${a("hs", "k6")})*100,2)`,
    trap: `ROUND(AVERAGE(${a("hc", "k1")}:${a("hc", "k6")}),2)`,
  });
  for (const id of ["k1", "k2", "k4", "k5", "k6"])
    b.ok({
      sheet: S,
      cell: a("bc", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("bp", id)}/${a("bs", id)}*100,2)`,
    });
  for (const id of ["k2", "k5"])
    b.ok({ sheet: S, cell: a("jp", id), rules: ["sum-mismatch"], truth: `${a("bp", id)}+${a("hp", id)}` });
  for (const k of ["bs", "hs", "hp"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "k1")}:${a(k, "k6")})` });
  return b.finish();
}

/** Vitamin A per puskesmas (Februari / Agustus) beside TTD remaja putri per triwulan, Dinkes Wolo Tana 2024. */
export function vitaTtd(): BookW {
  const b = new BookW(
    "vitamin-a-puskesmas-ttd-remaja-triwulan-wolo-tana.xlsx",
    "Rekap vitamin A dan TTD (Dinkes gizi)",
    "Left: per puskesmas Sasaran 6-59 bulan | Februari | Agustus (anak) | Cakupan Feb % | Cakupan Agu % | Kapsul = (3)+(4); Jumlah with the ratio of totals. Right, one empty column away: TTD remaja putri per triwulan, cumulative, with a 'Tahun 2024' row that is the Triwulan IV level",
  );
  const S = "Vit A dan TTD 2024";
  const s = b.sheet(S);
  s.lines([
    "CAKUPAN KAPSUL VITAMIN A BALITA DAN TABLET TAMBAH DARAH REMAJA PUTRI KABUPATEN WOLO TANA TAHUN 2024",
  ]);
  s.gap();
  const PK = [
    { id: "p1", nm: "Puskesmas Lasolo Tana", sg: 1_842, f: 1_690, g: 1_735 },
    { id: "p2", nm: "Puskesmas Wawolesea", sg: 1_126, f: 1_004, g: 1_051 },
    { id: "p3", nm: "Puskesmas Molawe Utara", sg: 968, f: 861, g: 902 },
    { id: "p4", nm: "Puskesmas Tinobu Raya", sg: 1_315, f: 1_188, g: 1_219 },
    { id: "p5", nm: "Puskesmas Sawa Pantai", sg: 744, f: 652, g: 688 },
  ];
  const top = s.r;
  const C = "Balita Mendapat Vitamin A";
  const D = "Cakupan (%)";
  const t = s.table({
    cols: [
      { key: "nm", head: ["Puskesmas"], role: "lokasi", num: "1", width: 24 },
      { key: "sg", head: ["Sasaran Balita 6-59 Bulan"], role: "target", year: 2024, num: "2", fmt: INT },
      { key: "f", head: [C, "Februari"], role: "realisasi", year: 2024, num: "3", fmt: INT },
      { key: "g", head: [C, "Agustus"], role: "realisasi", year: 2024, num: "4", fmt: INT },
      { key: "cf", head: [D, "Februari"], role: "capaian", year: 2024, num: "5 = 3/2", fmt: DEC },
      { key: "cg", head: [D, "Agustus"], role: "capaian", year: 2024, num: "6 = 4/2", fmt: DEC },
      { key: "kp", head: ["Kapsul Terpakai"], num: "7 = 3+4", fmt: INT },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...PK.map((p): Row => ({
        id: p.id,
        cells: (c) => ({
          nm: p.nm,
          sg: p.sg,
          f: p.f,
          g: p.g,
          // planted: Molawe Utara's Februari % has a stale cached 92.15 (861 / 968 = 88.95)
          cf: fx(`ROUND(${c.a("f")}/${c.a("sg")}*100,2)`, p.id === "p3" ? 92.15 : undefined),
          cg: fx(`ROUND(${c.a("g")}/${c.a("sg")}*100,2)`),
          kp: fx(`${c.a("f")}+${c.a("g")}`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        cells: (c) => ({
          nm: "Kabupaten",
          sg: fx(`SUM(${c.a("sg", "p1")}:${c.a("sg", "p5")})`),
          f: fx(`SUM(${c.a("f", "p1")}:${c.a("f", "p5")})`),
          g: fx(`SUM(${c.a("g", "p1")}:${c.a("g", "p5")})`),
          cf: fx(`ROUND(${c.a("f")}/${c.a("sg")}*100,2)`),
          cg: fx(`ROUND(${c.a("g")}/${c.a("sg")}*100,2)`),
          kp: fx(`SUM(${c.a("kp", "p1")}:${c.a("kp", "p5")})`),
        }),
      },
    ],
  });
  const Q = [
    { id: "q1", tw: "Triwulan I", s: 6_420, n: 2_310 },
    { id: "q2", tw: "Triwulan II", s: 6_420, n: 3_528 },
    { id: "q3", tw: "Triwulan III", s: 6_420, n: 4_102 },
    { id: "q4", tw: "Triwulan IV", s: 6_420, n: 4_765 },
  ];
  const tt = s.table(
    {
      cols: [
        { key: "tw", head: ["Periode"] },
        { key: "s", head: ["Sasaran Remaja Putri (SMP/SMA)"], role: "target", year: 2024, fmt: INT },
        { key: "n", head: ["Mendapat TTD (kumulatif)"], role: "realisasi", year: 2024, fmt: INT },
        { key: "p", head: ["% Remaja Putri Mendapat TTD"], role: "capaian", year: 2024, fmt: DEC },
      ],
      headerRows: 2,
      rows: [
        ...Q.map((q): Row => ({
          id: q.id,
          cells: (c) => ({
            tw: q.tw,
            s: q.s,
            n: q.n,
            // planted: Triwulan III's % typed 68.90 among formulas (4,102 / 6,420 = 63.89)
            p: q.id === "q3" ? 68.9 : fx(`ROUND(${c.a("n")}/${c.a("s")}*100,2)`),
          }),
        })),
        {
          id: "y",
          bold: true,
          cells: (c) => ({
            tw: "Tahun 2024",
            s: fx(c.a("s", "q4")),
            n: fx(c.a("n", "q4")),
            p: fx(`ROUND(${c.a("n")}/${c.a("s")}*100,2)`),
          }),
        },
      ],
    },
    9,
    top,
  );
  s.gap();
  s.lines(["Catatan: capaian TTD bersifat kumulatif; angka tahunan = posisi Triwulan IV."]);
  s.gap();
  signature(s, 4, {
    tempat: "Lasolo Tana, 13 Januari 2025",
    jabatan: ["KEPALA BIDANG KESEHATAN MASYARAKAT"],
    nama: "WA ODE SITTI RAHMAWATI, S.K.M., M.Kes.",
    nip: "19810502 200502 2 009",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (k: string, id: string) => tt.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("cf", "p3") },
    rules: ["capaian-mismatch"],
    note: "Cakupan Februari of Puskesmas Molawe Utara has a stale cached 92.15; its formula gives 88.95 (861 / 968)",
    truth: `ROUND(${a("f", "p3")}/${a("sg", "p3")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: q("p", "q3") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "% remaja putri mendapat TTD in Triwulan III is a typed 68.90 among formulas; 4,102 / 6,420 gives 63.89",
    truth: `ROUND(${q("n", "q3")}/${q("s", "q3")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("cg", "tot"),
    rules: ["capaian-mismatch", "sum-mismatch"],
    truth: `ROUND(${a("g", "tot")}/${a("sg", "tot")}*100,2)`,
    trap: `ROUND(AVERAGE(${a("cg", "p1")}:${a("cg", "p5")}),2)`,
  });
  for (const id of ["p1", "p2", "p4", "p5"])
    b.ok({
      sheet: S,
      cell: a("cf", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("f", id)}/${a("sg", id)}*100,2)`,
    });
  for (const k of ["sg", "f", "g", "kp"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "p1")}:${a(k, "p5")})` });
  b.ok({
    sheet: S,
    cell: q("n", "y"),
    rules: ["sum-mismatch"],
    truth: q("n", "q4"),
    trap: `SUM(${q("n", "q1")}:${q("n", "q4")})`,
  });
  b.ok({
    sheet: S,
    cell: q("s", "y"),
    rules: ["sum-mismatch"],
    truth: q("s", "q4"),
    trap: `SUM(${q("s", "q1")}:${q("s", "q4")})`,
  });
  for (const id of ["q1", "q2", "q4", "y"])
    b.ok({
      sheet: S,
      cell: q("p", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${q("n", id)}/${q("s", id)}*100,2)`,
    });
  return b.finish();
}
