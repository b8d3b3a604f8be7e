// The PBB-P2 tables of two Bapenda: ketetapan (SPPT) and realisasi per kecamatan in a kabupaten of Jawa
// Tengah (Sindangraya), and the piutang PBB-P2 per buku in a kabupaten of Sulawesi Selatan (Tanete
// Riaja). Every name and number is invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Col, type Ctx, type Row } from "../forms/kit";

export function pbbKecamatanSindangraya(): BookW {
  const b = new BookW(
    "ketetapan-realisasi-pbb-p2-kecamatan-bapenda-sindangraya.xlsx",
    "Rekap ketetapan dan realisasi PBB-P2 per kecamatan (Bapenda)",
    "No | Kecamatan | 'Ketetapan (SPPT) Tahun 2024' > Jumlah SPPT | Pokok Ketetapan | 'Realisasi Penerimaan (Rp)' > s.d. Triwulan III | Triwulan IV | Jumlah | % Realisasi | Tunggakan; number row with '7 = 5 + 6', '8 = 7 / 4 x 100', '9 = 4 - 7'; TOTAL row",
  );
  const S = "PBB-P2 Kecamatan";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN SINDANGRAYA",
    "BADAN PENDAPATAN DAERAH",
    "Jl. Pemuda No. 41 Sindangraya, Jawa Tengah",
  ]);
  s.lines([
    "REKAPITULASI KETETAPAN DAN REALISASI PBB-P2 PER KECAMATAN",
    "TAHUN PAJAK 2024 (posisi 31 Desember 2024)",
  ]);
  s.gap();
  const K = [
    { id: "k1", nama: "Sindang", sppt: 38_412, pokok: 6_284_517_000, tw3: 4_102_336_500, tw4: 1_377_904_200 },
    {
      id: "k2",
      nama: "Karangjati",
      sppt: 29_877,
      pokok: 3_915_260_000,
      tw3: 2_486_110_400,
      tw4: 812_447_300,
    },
    {
      id: "k3",
      nama: "Wonorejo Kidul",
      sppt: 24_105,
      pokok: 2_408_733_000,
      tw3: 1_512_908_700,
      tw4: 498_216_800,
    },
    { id: "k4", nama: "Tegalsari", sppt: 31_660, pokok: 4_127_905_000, tw3: 2_731_482_100, tw4: 751_133_100 },
    {
      id: "k5",
      nama: "Pringapus Wetan",
      sppt: 19_342,
      pokok: 1_876_440_000,
      tw3: 1_104_872_600,
      tw4: 396_518_900,
    },
    {
      id: "k6",
      nama: "Selomerto Baru",
      sppt: 22_918,
      pokok: 2_165_092_000,
      tw3: 1_398_405_300,
      tw4: 421_760_700,
    },
    {
      id: "k7",
      nama: "Kedungwaru Lor",
      sppt: 27_506,
      pokok: 3_340_128_000,
      tw3: 2_209_614_800,
      tw4: 689_302_500,
    },
  ];
  const G1 = "Ketetapan (SPPT) Tahun 2024";
  const G2 = "Realisasi Penerimaan (Rp)";
  const cols: Col[] = [
    { key: "no", head: ["No."], role: "no", num: 1, width: 5 },
    { key: "kec", head: ["Kecamatan"], role: "lokasi", num: 2, width: 20 },
    { key: "sppt", head: [G1, "Jumlah SPPT (lembar)"], num: 3, fmt: INT, width: 12 },
    {
      key: "pokok",
      head: [G1, "Pokok Ketetapan (Rp)"],
      role: "target",
      year: 2024,
      num: 4,
      fmt: RP,
      width: 17,
    },
    { key: "tw3", head: [G2, "s.d. Triwulan III"], num: 5, fmt: RP, width: 17 },
    { key: "tw4", head: [G2, "Triwulan IV"], num: 6, fmt: RP, width: 17 },
    { key: "jml", head: [G2, "Jumlah"], role: "realisasi", year: 2024, num: "7 = 5 + 6", fmt: RP, width: 17 },
    {
      key: "pct",
      head: ["% Realisasi"],
      role: "capaian",
      year: 2024,
      num: "8 = 7 / 4 x 100",
      fmt: DEC,
      width: 11,
    },
    { key: "tgk", head: ["Tunggakan (Rp)"], num: "9 = 4 - 7", fmt: RP, width: 17 },
  ];
  const TYPED = 3_428_615_200; // Tegalsari: 2,731,482,100 + 751,133,100 = 3,482,615,200
  const sumCol = (k: string, x: Ctx) => `SUM(${x.a(k, "k1")}:${x.a(k, "k7")})`;
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...K.map((k, i): Row => ({
        id: k.id,
        cells: (x: Ctx) => ({
          no: i + 1,
          kec: k.nama,
          sppt: k.sppt,
          pokok: k.pokok,
          tw3: k.tw3,
          tw4: k.tw4,
          jml: k.id === "k4" ? TYPED : fx(`${x.a("tw3")}+${x.a("tw4")}`),
          // planted: Pringapus Wetan divides the s.d. Triwulan III column by the ketetapan
          pct: fx(`ROUND(${x.a(k.id === "k5" ? "tw3" : "jml")}/${x.a("pokok")}*100,2)`),
          tgk: fx(`${x.a("pokok")}-${x.a("jml")}`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "kec"],
        cells: (x: Ctx) => ({
          no: "TOTAL",
          sppt: fx(sumCol("sppt", x)),
          pokok: fx(sumCol("pokok", x)),
          tw3: fx(sumCol("tw3", x)),
          tw4: fx(sumCol("tw4", x)),
          jml: fx(`${x.a("tw3")}+${x.a("tw4")}`),
          pct: fx(`ROUND(${x.a("jml")}/${x.a("pokok")}*100,2)`),
          tgk: fx(`${x.a("pokok")}-${x.a("jml")}`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan:",
    "- Realisasi termasuk pembayaran melalui Bank Jateng, kantor pos dan marketplace s.d. 31 Desember 2024.",
    "- Persentase baris TOTAL dihitung dari jumlah realisasi dibagi jumlah ketetapan.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Sindangraya, 8 Januari 2025",
    jabatan: ["KEPALA BIDANG PBB-P2 DAN BPHTB,"],
    nama: "BAMBANG SETYO NUGROHO, S.E., M.Si.",
    pangkat: "Pembina (IV/a)",
    nip: "19760912 200212 1 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("jml", "k4") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah realisasi of Tegalsari is a typed 3,428,615,200 among 5 + 6 formulas; 2,731,482,100 + 751,133,100 give 3,482,615,200 (digits swapped)",
    truth: `${a("tw3", "k4")}+${a("tw4", "k4")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("pct", "k5") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "% Realisasi of Pringapus Wetan divides the s.d. Triwulan III column (5) by the ketetapan (58.88); the Jumlah (7) 1,501,391,500 / 1,876,440,000 gives 80.01",
    truth: `ROUND(${a("jml", "k5")}/${a("pokok", "k5")}*100,2)`,
  });
  for (const k of K) {
    if (k.id !== "k4")
      b.ok({
        sheet: S,
        cell: a("jml", k.id),
        rules: ["sum-mismatch"],
        truth: `${a("tw3", k.id)}+${a("tw4", k.id)}`,
      });
    if (k.id !== "k4" && k.id !== "k5")
      b.ok({
        sheet: S,
        cell: a("pct", k.id),
        rules: ["capaian-mismatch"],
        truth: `ROUND(${a("jml", k.id)}/${a("pokok", k.id)}*100,2)`,
      });
  }
  b.ok({
    sheet: S,
    cell: a("jml", "tot"),
    rules: ["sum-mismatch"],
    truth: `${a("tw3", "tot")}+${a("tw4", "tot")}`,
  });
  b.ok({
    sheet: S,
    cell: a("tgk", "tot"),
    rules: ["sum-mismatch"],
    truth: `${a("pokok", "tot")}-SUM(${a("tw3", "k1")}:${a("tw4", "k7")})`,
  });
  for (const k of ["sppt", "pokok", "tw3", "tw4"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "k1")}:${a(k, "k7")})` });
  b.ok({
    sheet: S,
    cell: a("tgk", "k5"),
    rules: ["sum-mismatch"],
    truth: `${a("pokok", "k5")}-${a("tw3", "k5")}-${a("tw4", "k5")}`,
  });
  // trap: the TOTAL % is the ratio of the totals, not the sum (or average) of the kecamatan rows
  b.ok({
    sheet: S,
    cell: a("pct", "tot"),
    rules: ["percent-out-of-range"],
    truth: `ROUND(${a("jml", "tot")}/${a("pokok", "tot")}*100,2)`,
    trap: `SUM(${a("pct", "k1")}:${a("pct", "k7")})`,
  });
  return b.finish();
}

export function piutangBukuTaneteRiaja(): BookW {
  const b = new BookW(
    "piutang-pbb-p2-per-buku-bapenda-tanete-riaja.xlsx",
    "Mutasi piutang PBB-P2 per buku (Bapenda)",
    "(dalam ribuan rupiah) No | Buku | Rentang Pokok Ketetapan | Saldo Piutang 1 Januari 2024 | Penambahan (Ketetapan 2024) | 'Pengurangan' > Pembayaran | Penghapusan / Koreksi | Saldo Piutang 31 Desember 2024; number row (1) .. (8) = (4) + (5) - (6) - (7); JUMLAH row",
  );
  const S = "Piutang per Buku";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN TANETE RIAJA",
    "BADAN PENDAPATAN DAERAH",
    "Jl. Poros Bulu Dua No. 7, Sulawesi Selatan",
  ]);
  s.lines([
    "MUTASI PIUTANG PAJAK BUMI DAN BANGUNAN PERDESAAN DAN PERKOTAAN MENURUT BUKU",
    "TAHUN ANGGARAN 2024",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const B = [
    {
      id: "b1",
      buku: "Buku I",
      rentang: "s.d. 100.000",
      awal: 1_284_615,
      tam: 2_906_430,
      bayar: 2_512_880,
      hapus: 96_205,
    },
    {
      id: "b2",
      buku: "Buku II",
      rentang: "100.001 s.d. 500.000",
      awal: 2_417_302,
      tam: 4_118_765,
      bayar: 3_602_417,
      hapus: 151_330,
    },
    {
      id: "b3",
      buku: "Buku III",
      rentang: "500.001 s.d. 2.000.000",
      awal: 1_863_940,
      tam: 2_274_508,
      bayar: 1_905_162,
      hapus: 48_716,
    },
    {
      id: "b4",
      buku: "Buku IV",
      rentang: "2.000.001 s.d. 5.000.000",
      awal: 905_118,
      tam: 1_036_220,
      bayar: 842_905,
      hapus: 12_480,
    },
    {
      id: "b5",
      buku: "Buku V",
      rentang: "di atas 5.000.000",
      awal: 2_738_456,
      tam: 3_415_880,
      bayar: 2_967_304,
      hapus: 205_611,
    },
  ];
  const P = "Pengurangan";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "buku", head: ["Buku"], num: "(2)", width: 10 },
    { key: "rent", head: ["Rentang Pokok Ketetapan (Rp)"], num: "(3)", width: 22 },
    { key: "awal", head: ["Saldo Piutang 1 Januari 2024"], num: "(4)", fmt: RP, width: 15 },
    { key: "tam", head: ["Penambahan (Ketetapan 2024)"], num: "(5)", fmt: RP, width: 15 },
    {
      key: "bayar",
      head: [P, "Pembayaran"],
      role: "realisasi-anggaran",
      year: 2024,
      num: "(6)",
      fmt: RP,
      width: 15,
    },
    { key: "hapus", head: [P, "Penghapusan / Koreksi"], num: "(7)", fmt: RP, width: 15 },
    {
      key: "akhir",
      head: ["Saldo Piutang 31 Desember 2024"],
      num: "(8) = (4)+(5)-(6)-(7)",
      fmt: RP,
      width: 17,
    },
  ];
  const bIII = B[2];
  const trueIII = bIII.awal + bIII.tam - bIII.bayar - bIII.hapus; // 2,184,570
  const typedIII = trueIII + bIII.hapus; // the penghapusan left out: 2,233,286
  const trueHapus = B.reduce((n, x) => n + x.hapus, 0);
  const sumCol = (k: string, x: Ctx) => `SUM(${x.a(k, "b1")}:${x.a(k, "b5")})`;
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...B.map((k, i): Row => ({
        id: k.id,
        cells: (x: Ctx) => ({
          no: i + 1,
          buku: k.buku,
          rent: k.rentang,
          awal: k.awal,
          tam: k.tam,
          bayar: k.bayar,
          hapus: k.hapus,
          akhir:
            k.id === "b3" ? typedIII : fx(`${x.a("awal")}+${x.a("tam")}-${x.a("bayar")}-${x.a("hapus")}`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "rent"],
        cells: (x: Ctx) => ({
          no: "JUMLAH",
          awal: fx(sumCol("awal", x)),
          tam: fx(sumCol("tam", x)),
          bayar: fx(sumCol("bayar", x)),
          // planted: a stale cached result, before Buku V's koreksi of 205,611 was entered
          hapus: fx(sumCol("hapus", x), trueHapus - 205_611),
          akhir: fx(sumCol("akhir", x)),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan:",
    "- Penghapusan / koreksi berdasarkan Keputusan Bupati tentang penghapusan piutang PBB-P2 kedaluwarsa dan hasil verifikasi objek ganda.",
    "- Saldo akhir sesuai neraca per 31 Desember 2024 (unaudited).",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Tanete, 15 Januari 2025",
    jabatan: ["KEPALA BADAN PENDAPATAN DAERAH", "KABUPATEN TANETE RIAJA,"],
    nama: "Drs. ANDI MAPPASOMBA RAHIM, M.M.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19700228 199503 1 002",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const akhir = (id: string) => `${a("awal", id)}+${a("tam", id)}-${a("bayar", id)}-${a("hapus", id)}`;
  b.plant({
    at: { sheet: S, cell: a("akhir", "b3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Saldo akhir of Buku III is a typed 2,233,286 among (4)+(5)-(6)-(7) formulas: the penghapusan 48,716 left out; 1,863,940 + 2,274,508 - 1,905,162 - 48,716 give 2,184,570",
    truth: akhir("b3"),
  });
  b.plant({
    at: { sheet: S, cell: a("hapus", "tot") },
    rules: ["sum-mismatch"],
    note: "JUMLAH of the penghapusan / koreksi is =SUM with a stale cached 308,731 (before Buku V's 205,611 was entered); the five rows give 514,342",
    truth: `SUM(${a("hapus", "b1")}:${a("hapus", "b5")})`,
  });
  for (const id of ["b1", "b2", "b4"])
    b.ok({ sheet: S, cell: a("akhir", id), rules: ["sum-mismatch"], truth: akhir(id) });
  // trap: the saldo akhir takes the penghapusan off too, not only the payments
  b.ok({
    sheet: S,
    cell: a("akhir", "b5"),
    rules: ["sum-mismatch"],
    truth: akhir("b5"),
    trap: `${a("awal", "b5")}+${a("tam", "b5")}-${a("bayar", "b5")}`,
  });
  for (const k of ["awal", "tam", "bayar"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "b1")}:${a(k, "b5")})` });
  return b.finish();
}
