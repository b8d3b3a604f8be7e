// The revenue recaps a Bapenda really keeps: realisasi pajak daerah per jenis per triwulan against the
// APBD murni and perubahan targets (Kota Tukad Sari, Bali), and PBB-P2 ketetapan (SPPT) against
// realisasi per kecamatan (Kabupaten Bolaang Tondano, Sulawesi Utara). Every name and number is
// invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Col, type Ctx, type Row } from "../forms/kit";

type Jenis = { id: string; no: string; kode: string; nama: string; m: number; p: number; tw: number[] };

export function pajakTriwulanTukadSari(): BookW {
  const b = new BookW(
    "realisasi-pajak-daerah-per-triwulan-bapenda-tukad-sari.xlsx",
    "Laporan realisasi pajak daerah per jenis per triwulan (Bapenda)",
    "Laporan realisasi penerimaan pajak daerah TA 2024 of the Bapenda of Kota Tukad Sari (Bali): No | Kode Rekening | Jenis Pajak Daerah | 'Target APBD 2024' > Murni | Perubahan | 'Realisasi Penerimaan' > Triwulan I..IV | Jumlah s.d. Triwulan IV | % thd Target Perubahan | Selisih (Lebih / Kurang); number row (1)..(12); PBJT subtotal over three sub jenis, the JUMLAH adds the subtotal and the other jenis only",
  );
  const S = "Realisasi PD 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA TUKAD SARI",
    "BADAN PENDAPATAN DAERAH",
    "Jl. Gatot Subroto Timur No. 27, Tukad Sari - Bali",
  ]);
  s.lines([
    "LAPORAN REALISASI PENERIMAAN PAJAK DAERAH PER TRIWULAN",
    "TAHUN ANGGARAN 2024",
    "(dalam rupiah)",
  ]);
  s.gap();
  const J: Jenis[] = [
    {
      id: "p1",
      no: "a.",
      kode: "4.1.01.19.01",
      nama: "PBJT atas Makanan dan/atau Minuman",
      m: 96_500_000_000,
      p: 102_000_000_000,
      tw: [23_184_562_310, 24_906_118_455, 27_412_903_120, 28_377_045_870],
    },
    {
      id: "p2",
      no: "b.",
      kode: "4.1.01.19.02",
      nama: "PBJT atas Jasa Perhotelan",
      m: 412_000_000_000,
      p: 430_000_000_000,
      tw: [98_745_210_660, 101_338_472_915, 118_906_334_240, 121_204_118_605],
    },
    {
      id: "p3",
      no: "c.",
      kode: "4.1.01.19.05",
      nama: "PBJT atas Jasa Kesenian dan Hiburan",
      m: 38_000_000_000,
      p: 35_500_000_000,
      tw: [7_812_450_300, 8_104_227_650, 8_906_112_480, 9_441_380_070],
    },
    {
      id: "r",
      no: "2",
      kode: "4.1.01.09",
      nama: "Pajak Reklame",
      m: 9_200_000_000,
      p: 9_200_000_000,
      tw: [1_846_225_000, 2_118_460_500, 2_304_118_750, 2_512_640_200],
    },
    {
      id: "a",
      no: "3",
      kode: "4.1.01.12",
      nama: "Pajak Air Tanah",
      m: 6_400_000_000,
      p: 6_750_000_000,
      tw: [1_512_300_410, 1_648_905_220, 1_733_410_600, 1_802_118_340],
    },
    {
      id: "b",
      no: "4",
      kode: "4.1.01.15",
      nama: "Pajak Bumi dan Bangunan Perdesaan dan Perkotaan (PBB-P2)",
      m: 78_000_000_000,
      p: 78_000_000_000,
      tw: [4_118_640_200, 12_406_338_910, 38_912_450_600, 19_873_116_420],
    },
    {
      id: "h",
      no: "5",
      kode: "4.1.01.16",
      nama: "Bea Perolehan Hak atas Tanah dan Bangunan (BPHTB)",
      m: 92_000_000_000,
      p: 98_500_000_000,
      tw: [19_406_112_000, 22_918_450_300, 26_104_226_750, 31_886_418_900],
    },
  ];
  const T = "Target APBD 2024";
  const R = "Realisasi Penerimaan";
  const tw = ["t1", "t2", "t3", "t4"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "kode", head: ["Kode Rekening"], role: "kode", num: "(2)", width: 14 },
    { key: "nama", head: ["Jenis Pajak Daerah"], role: "indikator", num: "(3)", width: 40 },
    { key: "m", head: [T, "Murni"], role: "target", year: 2024, num: "(4)", fmt: RP, width: 18 },
    { key: "p", head: [T, "Perubahan"], role: "target", year: 2024, num: "(5)", fmt: RP, width: 18 },
    ...["I", "II", "III", "IV"].map((q, i): Col => ({
      key: tw[i],
      head: [R, `Triwulan ${q}`],
      role: "realisasi",
      year: 2024,
      num: `(${6 + i})`,
      fmt: RP,
      width: 18,
    })),
    {
      key: "j",
      head: [R, "Jumlah s.d. Triwulan IV"],
      role: "realisasi",
      year: 2024,
      num: "(10)=(6)+(7)+(8)+(9)",
      fmt: RP,
      width: 19,
    },
    {
      key: "pct",
      head: ["% thd Target Perubahan"],
      role: "capaian",
      num: "(11)=(10)/(5)x100",
      fmt: DEC,
      width: 11,
    },
    {
      key: "sel",
      head: ["Selisih (Lebih / Kurang)"],
      role: "lainnya",
      num: "(12)=(10)-(5)",
      fmt: RP,
      width: 18,
    },
  ];
  const num = ["m", "p", ...tw, "j"];
  const tail = (x: Ctx, pctTyped?: number) => ({
    pct: pctTyped ?? fx(`ROUND(${x.a("j")}/${x.a("p")}*100,2)`),
    sel: fx(`${x.a("j")}-${x.a("p")}`),
  });
  const jr = J.find((j) => j.id === "r")!;
  const rTrue = Math.round((jr.tw.reduce((n, v) => n + v, 0) / jr.p) * 10_000) / 100;
  const line = (j: Jenis): Row => ({
    id: j.id,
    cells: (x: Ctx) => ({
      no: j.no,
      kode: j.kode,
      nama: j.nama,
      m: j.m,
      p: j.p,
      ...Object.fromEntries(tw.map((k, i) => [k, j.tw[i]])),
      j: fx(`SUM(${x.a("t1")}:${x.a("t4")})`),
      // planted: the reklame % typed over the formula, 94.55 for 95.45
      ...tail(x, j.id === "r" ? 94.55 : undefined),
    }),
  });
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      {
        id: "pbjt",
        bold: true,
        cells: (x: Ctx) => ({
          no: "1",
          kode: "4.1.01.19",
          nama: "Pajak Barang dan Jasa Tertentu (PBJT)",
          ...Object.fromEntries(
            num.map((k) => [
              k,
              // planted: the Murni subtotal leaves the hiburan row out
              fx(`SUM(${x.a(k, "p1")}:${x.a(k, k === "m" ? "p2" : "p3")})`),
            ]),
          ),
          ...tail(x),
        }),
      },
      ...J.map(line),
      {
        id: "tot",
        bold: true,
        span: ["no", "nama"],
        cells: (x: Ctx) => ({
          no: "JUMLAH PAJAK DAERAH",
          ...Object.fromEntries(
            num.map((k) => [k, fx(["pbjt", "r", "a", "b", "h"].map((id) => x.a(k, id)).join("+"))]),
          ),
          ...tail(x),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan:",
    "- Target perubahan sesuai Perda APBD-P Kota Tukad Sari Tahun 2024; realisasi berdasarkan rekonsiliasi dengan BPKAD per 31 Desember 2024.",
    "- Baris JUMLAH = subtotal PBJT (1) ditambah jenis pajak (2) s.d. (5); rincian a - c tidak dijumlahkan lagi.",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Tukad Sari, 15 Januari 2025",
    jabatan: ["KEPALA BADAN PENDAPATAN DAERAH", "KOTA TUKAD SARI,"],
    nama: "I GUSTI NGURAH WIRA ADNYANA, S.E., M.Si.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19720914 199803 1 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("pct", "r") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: `% thd target perubahan of Pajak Reklame is a typed 94.55 among ROUND formulas; (10)/(5) = ${rTrue.toFixed(2)} (digits swapped)`,
    truth: `ROUND(${a("j", "r")}/${a("p", "r")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("m", "pbjt") },
    rules: ["sum-mismatch"],
    note: "The PBJT subtotal of the Target Murni is =SUM over a. and b. only (508,500,000,000); with c. hiburan (38,000,000,000) it is 546,500,000,000",
    truth: `SUM(${a("m", "p1")}:${a("m", "p3")})`,
  });
  for (const j of J)
    b.ok({
      sheet: S,
      cell: a("j", j.id),
      rules: ["sum-mismatch"],
      truth: `SUM(${a("t1", j.id)}:${a("t4", j.id)})`,
    });
  for (const k of ["p", "t1", "t2", "t3", "t4", "j"])
    b.ok({
      sheet: S,
      cell: a(k, "pbjt"),
      rules: ["sum-mismatch"],
      truth: `SUM(${a(k, "p1")}:${a(k, "p3")})`,
    });
  // the JUMLAH adds the subtotal and the other jenis, not every row above it
  for (const k of ["p", "t3", "j"])
    b.ok({
      sheet: S,
      cell: a(k, "tot"),
      rules: ["sum-mismatch"],
      truth: ["pbjt", "r", "a", "b", "h"].map((id) => a(k, id)).join("+"),
      trap: `SUM(${a(k, "pbjt")}:${a(k, "h")})`,
    });
  // the total percentage is the ratio of the totals
  b.ok({
    sheet: S,
    cell: a("pct", "tot"),
    rules: ["capaian-mismatch", "sum-mismatch"],
    truth: `ROUND(${a("j", "tot")}/${a("p", "tot")}*100,2)`,
    trap: `ROUND(AVERAGE(${a("pct", "pbjt")},${a("pct", "r")},${a("pct", "a")},${a("pct", "b")},${a("pct", "h")}),2)`,
  });
  for (const id of ["p1", "p3", "h"])
    b.ok({
      sheet: S,
      cell: a("pct", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("j", id)}/${a("p", id)}*100,2)`,
    });
  b.ok({ sheet: S, cell: a("sel", "p3"), rules: ["sum-mismatch"], truth: `${a("j", "p3")}-${a("p", "p3")}` });
  return b.finish();
}

type Kec = { id: string; nama: string; desa: number; sl: number; sr: number; rl: number; rr: number };

export function pbbKecamatanBolaang(): BookW {
  const b = new BookW(
    "ketetapan-realisasi-pbb-p2-per-kecamatan-bolaang-tondano.xlsx",
    "Ketetapan (SPPT) dan realisasi PBB-P2 per kecamatan (Bapenda)",
    "Daftar ketetapan dan realisasi PBB-P2 tahun pajak 2024 per kecamatan of the Bapenda of Kabupaten Bolaang Tondano (Sulawesi Utara): No | Kecamatan | Jml Desa/Kel | 'Ketetapan (SPPT)' > Lembar | Rupiah | 'Realisasi Pembayaran' > Lembar | Rupiah | 'Persentase' > Lembar (%) | Rupiah (%) | Tunggakan (Rp); number row 1..10 with 8=6/4, 9=7/5, 10=5-7; group headers written once (not merged); TOTAL row",
  );
  const S = "PBB-P2 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN BOLAANG TONDANO",
    "BADAN PENDAPATAN DAERAH",
    "Kompleks Perkantoran Bukit Sinar, Lolak Selatan",
  ]);
  s.lines([
    "DAFTAR KETETAPAN DAN REALISASI PBB-P2 MENURUT KECAMATAN",
    "TAHUN PAJAK 2024 (POSISI S.D. 31 DESEMBER 2024)",
  ]);
  s.gap();
  const K: Kec[] = [
    { id: "k1", nama: "Lolak Selatan", desa: 14, sl: 9_846, sr: 1_284_655_214, rl: 8_112, rr: 1_094_318_400 },
    { id: "k2", nama: "Sangkub Hilir", desa: 11, sl: 6_218, sr: 512_904_880, rl: 4_905, rr: 402_117_560 },
    { id: "k3", nama: "Bintauna Raya", desa: 12, sl: 7_405, sr: 618_330_125, rl: 5_662, rr: 471_806_950 },
    { id: "k4", nama: "Pinogaluman Timur", desa: 9, sl: 4_927, sr: 377_418_600, rl: 3_318, rr: 256_902_345 },
    {
      id: "k5",
      nama: "Tondano Pantai",
      desa: 16,
      sl: 11_362,
      sr: 1_906_227_450,
      rl: 9_884,
      rr: 1_702_449_810,
    },
    { id: "k6", nama: "Kaidipang Utara", desa: 8, sl: 3_846, sr: 241_606_090, rl: 2_481, rr: 158_224_700 },
    {
      id: "k7",
      nama: "Bolangitang Tengah",
      desa: 10,
      sl: 5_731,
      sr: 463_912_770,
      rl: 4_508,
      rr: 371_460_115,
    },
  ];
  const G1 = "Ketetapan (SPPT)";
  const G2 = "Realisasi Pembayaran";
  const G3 = "Persentase";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "kec", head: ["Kecamatan"], role: "lokasi", num: 2, width: 22 },
    { key: "desa", head: ["Jml Desa/ Kel"], num: 3, fmt: INT, width: 8 },
    { key: "sl", head: [G1, "Lembar"], role: "target", year: 2024, num: 4, fmt: INT, width: 10 },
    { key: "sr", head: [G1, "Rupiah"], role: "target", year: 2024, num: 5, fmt: RP, width: 17 },
    { key: "rl", head: [G2, "Lembar"], role: "realisasi", year: 2024, num: 6, fmt: INT, width: 10 },
    { key: "rr", head: [G2, "Rupiah"], role: "realisasi", year: 2024, num: 7, fmt: RP, width: 17 },
    { key: "pl", head: [G3, "Lembar (%)"], role: "capaian", num: "8=6/4", fmt: DEC, width: 10 },
    { key: "pr", head: [G3, "Rupiah (%)"], role: "capaian", num: "9=7/5", fmt: DEC, width: 10 },
    { key: "tg", head: ["Tunggakan (Rp)"], role: "lainnya", num: "10=5-7", fmt: RP, width: 16 },
  ];
  const sumK = (k: string, x: Ctx) => `SUM(${x.a(k, "k1")}:${x.a(k, "k7")})`;
  const trueRl = K.reduce((n, k) => n + k.rl, 0);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    groups: "first",
    rows: [
      ...K.map((k, i): Row => ({
        id: k.id,
        cells: (x: Ctx) => ({
          no: i + 1,
          kec: k.nama,
          desa: k.desa,
          sl: k.sl,
          sr: k.sr,
          rl: k.rl,
          rr: k.rr,
          pl: fx(`ROUND(${x.a("rl")}/${x.a("sl")}*100,2)`),
          // planted: Pinogaluman Timur's rupiah % divides by the next row's ketetapan
          pr: fx(`ROUND(${x.a("rr")}/${k.id === "k4" ? x.a("sr", "k5") : x.a("sr")}*100,2)`),
          tg: fx(`${x.a("sr")}-${x.a("rr")}`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "kec"],
        cells: (x: Ctx) => ({
          no: "TOTAL",
          desa: fx(sumK("desa", x)),
          sl: fx(sumK("sl", x)),
          sr: fx(sumK("sr", x)),
          // planted: a stale result from before Bintauna Raya's 5,662 lembar were posted (5,266)
          rl: fx(sumK("rl", x), trueRl - 396),
          rr: fx(sumK("rr", x)),
          pl: fx(`ROUND(${x.a("rl")}/${x.a("sl")}*100,2)`),
          pr: fx(`ROUND(${x.a("rr")}/${x.a("sr")}*100,2)`),
          tg: fx(sumK("tg", x)),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Sumber: SISMIOP Bapenda Kab. Bolaang Tondano, rekonsiliasi Bank SulutGo per 31-12-2024.",
    "Persentase baris TOTAL = realisasi total / ketetapan total x 100.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Lolak Selatan, 8 Januari 2025",
    jabatan: ["KEPALA BIDANG PBB DAN BPHTB,"],
    nama: "JOHANIS R. MANOPPO, S.Sos., M.AP.",
    nip: "19790622 200501 1 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("pr", "k4") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Persentase rupiah of Pinogaluman Timur divides its realisasi by the ketetapan of the next row (Tondano Pantai): 13.48; 256,902,345 / 377,418,600 gives 68.07",
    truth: `ROUND(${a("rr", "k4")}/${a("sr", "k4")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("rl", "tot") },
    rules: ["sum-mismatch"],
    note: `TOTAL lembar realisasi is =SUM over the seven kecamatan with a stale cached result of ${(trueRl - 396).toLocaleString("en")}; the rows give ${trueRl.toLocaleString("en")}`,
    truth: `SUM(${a("rl", "k1")}:${a("rl", "k7")})`,
  });
  for (const k of K) {
    b.ok({
      sheet: S,
      cell: a("tg", k.id),
      rules: ["sum-mismatch"],
      truth: `${a("sr", k.id)}-${a("rr", k.id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("pl", k.id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("rl", k.id)}/${a("sl", k.id)}*100,2)`,
    });
  }
  for (const k of ["sl", "sr", "rr", "tg"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "k1")}:${a(k, "k7")})` });
  b.ok({
    sheet: S,
    cell: a("pr", "tot"),
    rules: ["capaian-mismatch", "sum-mismatch"],
    truth: `ROUND(${a("rr", "tot")}/${a("sr", "tot")}*100,2)`,
    trap: `ROUND(AVERAGE(${a("pr", "k1")}:${a("pr", "k7")}),2)`,
  });
  return b.finish();
}
