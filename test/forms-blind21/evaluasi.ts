// The Bappeda's E.79 evaluation of the RKPD 2024 of Kabupaten Gamkonora, Triwulan IV: one row per
// program with the bidang urusan as section rows, K and Rp for every numbered column, the quarters I-IV
// and the realisation s.d. Triwulan IV. Levels (rates, prevalences) take the Triwulan IV value, flows
// (tons landed, visitors) add their quarters; Rp always adds. Every name and number is invented.
import { BookW, DEC, RP, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";
import { KAB, PROV, codeOk, refl, rt } from "./common";

type EIn = {
  id: string;
  bid: [string, string];
  kode: string;
  nama: string;
  ind: string;
  level: boolean;
  neg?: boolean;
  k5: number;
  rp5: number;
  k6: number;
  rp6: number;
  k7: number;
  rp7: number;
  q: [number, number, number, number];
  qrp: [number, number, number, number];
  pd: string;
  f: string;
};

/** E.79 Evaluasi terhadap Hasil RKPD Kabupaten Gamkonora Tahun 2024. */
export function e79Rkpd(): BookW {
  const b = new BookW(
    "e79-rkpd-tw4-bappeda-gamkonora.xlsx",
    "E.79 Evaluasi terhadap hasil RKPD (Triwulan IV)",
    "E.79 of a Kabupaten's RKPD 2024: No | Kode | Urusan / Bidang Urusan / Program | Indikator Kinerja Program (Outcome) | K and Rp under 'Target RPJMD pada Akhir Periode (2026)', 'Realisasi Capaian RPJMD s.d. RKPD Tahun 2023', 'Target RKPD Tahun 2024', 'Realisasi Kinerja pada Triwulan' > I .. IV, 'Realisasi Capaian Kinerja dan Anggaran RKPD s.d. Triwulan IV 2024', 'Realisasi Kinerja dan Anggaran RPJMD s.d. Tahun 2024', 'Tingkat Capaian RPJMD s.d. Tahun 2024 (%)' | Perangkat Daerah Penanggung Jawab; three header rows; number row 1 .. 15 merged over the K/Rp pairs with '12 = 8+9+10+11', '13 = 6 + 12', '14 = 13 / 5 x 100'; bidang urusan as section rows",
  );
  const S = "E.79 TW IV 2024";
  const s = b.sheet(S);
  s.put(1, 26, "Formulir E.79", { bold: true });
  letterhead(s, [
    `PEMERINTAH ${KAB}`,
    PROV,
    "BADAN PERENCANAAN PEMBANGUNAN, PENELITIAN DAN PENGEMBANGAN DAERAH",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENCANA KERJA PEMERINTAH DAERAH (RKPD) KABUPATEN GAMKONORA TAHUN 2024",
    "Periode Pelaksanaan: Triwulan IV (1 Oktober s.d. 31 Desember 2024)",
    "Indikator dan target kinerja RPJMD Kabupaten Gamkonora Tahun 2021-2026 yang hendak dicapai",
  ]);
  s.gap();
  const rows: EIn[] = [
    {
      id: "r1",
      bid: ["1.02", "URUSAN PEMERINTAHAN BIDANG KESEHATAN"],
      kode: "1.02.02",
      nama: "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat",
      ind: "Prevalensi balita stunting (%)",
      level: true,
      neg: true,
      k5: 14,
      rp5: 186_400_000_000,
      k6: 22.1,
      rp6: 98_760_500_000,
      k7: 19.5,
      rp7: 41_250_000_000,
      q: [21.4, 20.6, 19.9, 18.8],
      qrp: [6_184_300_000, 9_862_150_000, 10_945_700_000, 12_603_820_000],
      pd: "Dinas Kesehatan",
      f: DEC,
    },
    {
      id: "r2",
      bid: ["1.03", "URUSAN PEMERINTAHAN BIDANG PEKERJAAN UMUM DAN PENATAAN RUANG"],
      kode: "1.03.10",
      nama: "Program Penyelenggaraan Jalan",
      ind: "Persentase panjang jalan kabupaten dalam kondisi mantap (%)",
      level: true,
      k5: 72,
      rp5: 412_500_000_000,
      k6: 61.35,
      rp6: 236_840_200_000,
      k7: 65,
      rp7: 88_400_000_000,
      q: [61.35, 61.9, 63.2, 64.45],
      qrp: [4_126_500_000, 18_740_300_000, 27_915_600_000, 34_602_850_000],
      pd: "Dinas Pekerjaan Umum dan Penataan Ruang",
      f: DEC,
    },
    {
      id: "r3",
      bid: ["2.12", "URUSAN PEMERINTAHAN BIDANG ADMINISTRASI KEPENDUDUKAN DAN PENCATATAN SIPIL"],
      kode: "2.12.02",
      nama: "Program Pendaftaran Penduduk",
      ind: "Persentase penduduk wajib KTP yang memiliki KTP-el (%)",
      level: true,
      k5: 99,
      rp5: 9_800_000_000,
      k6: 94.2,
      rp6: 5_640_300_000,
      k7: 96.5,
      rp7: 1_950_000_000,
      q: [94.6, 95.4, 96.1, 96.85],
      qrp: [286_400_000, 452_150_000, 538_900_000, 604_250_000],
      pd: "Dinas Kependudukan dan Pencatatan Sipil",
      f: DEC,
    },
    {
      id: "r4",
      bid: ["3.25", "URUSAN PEMERINTAHAN BIDANG KELAUTAN DAN PERIKANAN"],
      kode: "3.25.03",
      nama: "Program Pengelolaan Perikanan Tangkap",
      ind: "Produksi perikanan tangkap (ton)",
      level: false,
      k5: 128_000,
      rp5: 21_600_000_000,
      k6: 73_460,
      rp6: 11_875_400_000,
      k7: 25_500,
      rp7: 4_350_000_000,
      q: [5_820, 6_140, 7_360, 6_930],
      qrp: [512_300_000, 986_450_000, 1_284_700_000, 1_418_250_000],
      pd: "Dinas Kelautan dan Perikanan",
      f: "#,##0",
    },
    {
      id: "r5",
      bid: ["3.26", "URUSAN PEMERINTAHAN BIDANG PARIWISATA"],
      kode: "3.26.02",
      nama: "Program Peningkatan Daya Tarik Destinasi Pariwisata",
      ind: "Jumlah kunjungan wisatawan (orang)",
      level: false,
      k5: 185_000,
      rp5: 14_250_000_000,
      k6: 96_420,
      rp6: 7_364_800_000,
      k7: 34_000,
      rp7: 2_900_000_000,
      q: [6_215, 7_840, 9_960, 11_385],
      qrp: [218_400_000, 604_750_000, 842_300_000, 1_096_850_000],
      pd: "Dinas Pariwisata",
      f: "#,##0",
    },
  ];
  // planted 1: Rp s.d. TW IV of program 2.12.02 typed 1,818,700,000 among formulas (the quarters give
  // 1,881,700,000); planted 2: tingkat capaian K of the visitors divides by the RKPD 2024 target
  const TYPED = { id: "r3", v: 1_818_700_000 };
  const WRONG = "r5";
  const K = "K";
  const R = "Rp";
  const pair = (
    key: string,
    head: string[],
    kr: Col["role"],
    rr: Col["role"],
    num: string,
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [...head, K], role: kr, year, num, width: 10 },
    { key: `rp${key}`, head: [...head, R], role: rr, year, num, fmt: RP, width: 17 },
  ];
  const TW = "Realisasi Kinerja pada Triwulan";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 10 },
    { key: "nama", head: ["Urusan / Bidang Urusan Pemerintahan Daerah dan Program"], num: "3", width: 36 },
    { key: "ind", head: ["Indikator Kinerja Program (Outcome)"], role: "indikator", num: "4", width: 34 },
    ...pair("5", ["Target RPJMD pada Akhir Periode (2026)"], "target", "anggaran", "5"),
    ...pair(
      "6",
      ["Realisasi Capaian RPJMD s.d. RKPD Tahun 2023"],
      "realisasi",
      "realisasi-anggaran",
      "6",
      2023,
    ),
    ...pair("7", ["Target RKPD Tahun 2024"], "target", "anggaran", "7", 2024),
    ...(["I", "II", "III", "IV"] as const).flatMap((q, i) =>
      pair(`q${i + 1}`, [TW, q], "realisasi", "realisasi-anggaran", String(8 + i), 2024),
    ),
    ...pair(
      "12",
      ["Realisasi Capaian Kinerja dan Anggaran RKPD s.d. Triwulan IV 2024"],
      "realisasi",
      "realisasi-anggaran",
      "12 = 8+9+10+11",
      2024,
    ),
    ...pair(
      "13",
      ["Realisasi Kinerja dan Anggaran RPJMD s.d. Tahun 2024"],
      "realisasi",
      "realisasi-anggaran",
      "13 = 6 + 12",
      2024,
    ),
    {
      key: "k14",
      head: ["Tingkat Capaian RPJMD s.d. Tahun 2024 (%)", K],
      role: "capaian",
      num: "14 = 13 / 5 x 100",
      fmt: DEC,
      width: 10,
    },
    {
      key: "rp14",
      head: ["Tingkat Capaian RPJMD s.d. Tahun 2024 (%)", R],
      role: "capaian",
      num: "14 = 13 / 5 x 100",
      fmt: DEC,
      width: 10,
    },
    {
      key: "pd",
      head: ["Perangkat Daerah Penanggung Jawab"],
      role: "penanggung-jawab",
      num: "15",
      width: 26,
    },
  ];
  const body: Row[] = [];
  let no = 0;
  for (const x of rows) {
    body.push({ id: `b${x.id}`, bold: true, cells: { kode: x.bid[0], nama: x.bid[1] } });
    no++;
    const n = no;
    body.push({
      id: x.id,
      cells: (c) => {
        const F = (v: number) => ({ v, fmt: x.f });
        const cells: Record<string, Cell> = {
          no: n,
          kode: x.kode,
          nama: x.nama,
          ind: x.ind,
          k5: F(x.k5),
          rp5: x.rp5,
          k6: F(x.k6),
          rp6: x.rp6,
          k7: F(x.k7),
          rp7: x.rp7,
          pd: x.pd,
        };
        x.q.forEach((v, i) => {
          cells[`kq${i + 1}`] = F(v);
          cells[`rpq${i + 1}`] = x.qrp[i];
        });
        const qs = (p: string) => [1, 2, 3, 4].map((i) => c.a(`${p}q${i}`)).join("+");
        cells.k12 = fx(x.level ? c.a("kq4") : qs("k"));
        cells.rp12 = x.id === TYPED.id ? TYPED.v : fx(qs("rp"));
        cells.k13 = fx(x.level ? c.a("k12") : `${c.a("k6")}+${c.a("k12")}`);
        cells.rp13 = fx(`${c.a("rp6")}+${c.a("rp12")}`);
        cells.k14 = fx(
          x.id === WRONG
            ? rt(c.a("k12"), c.a("k7"))
            : x.neg
              ? refl(c.a("k13"), c.a("k5"))
              : rt(c.a("k13"), c.a("k5")),
        );
        cells.rp14 = fx(rt(c.a("rp13"), c.a("rp5")));
        return cells;
      },
    });
  }
  const t = s.table({ cols, headerRows: 3, numberRow: "pairs", rows: body });
  s.gap();
  s.lines([
    "Catatan:",
    "- Indikator persentase/prevalensi: realisasi s.d. triwulan IV dan s.d. tahun 2024 adalah posisi capaian terakhir (triwulan IV), bukan penjumlahan triwulan.",
    "- Indikator jumlah (produksi, kunjungan): realisasi adalah penjumlahan triwulan I s.d. IV dan akumulasi sejak tahun 2022.",
    "- Prevalensi balita stunting berpolaritas negatif: tingkat capaian = (2 x target - realisasi) / target x 100.",
    "Faktor pendorong: dukungan DAK Fisik bidang jalan dan kesehatan; faktor penghambat: cuaca ekstrem triwulan III di perairan Teluk Kao.",
  ]);
  s.gap();
  signature(s, 20, {
    tempat: "Gamkonora, 27 Januari 2025",
    jabatan: ["KEPALA BAPPEDA DAN LITBANG", "KABUPATEN GAMKONORA,"],
    nama: "Ir. ABDULLAH M. SOULISA, M.T.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19720915 199903 1 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("rp12", TYPED.id) },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Rp s.d. Triwulan IV of Program Pendaftaran Penduduk is a typed 1,818,700,000 among formulas; 286,400,000 + 452,150,000 + 538,900,000 + 604,250,000 give 1,881,700,000 (two digits swapped)",
    truth: [1, 2, 3, 4].map((i) => a(`rpq${i}`, TYPED.id)).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("k14", WRONG) },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "tingkat capaian RPJMD K of the kunjungan wisatawan is =ROUND(12 / 7 x 100) = 104.12 (35,400 / 34,000, the Renja capaian); 13 / 5 x 100 gives 131,820 / 185,000 = 71.25",
    truth: rt(a("k13", WRONG), a("k5", WRONG)),
  });
  for (const x of rows) {
    const qs = (p: string) => [1, 2, 3, 4].map((i) => a(`${p}q${i}`, x.id)).join("+");
    codeOk(b, S, a("kode", x.id), a("kode", `b${x.id}`));
    b.ok({
      sheet: S,
      cell: a("k12", x.id),
      rules: ["sum-mismatch"],
      truth: x.level ? a("kq4", x.id) : qs("k"),
      trap: x.level ? qs("k") : undefined,
    });
    b.ok({
      sheet: S,
      cell: a("k13", x.id),
      rules: ["sum-mismatch"],
      truth: x.level ? a("k12", x.id) : `${a("k6", x.id)}+${a("k12", x.id)}`,
      trap: x.level ? `${a("k6", x.id)}+${a("k12", x.id)}` : undefined,
    });
    if (x.id !== WRONG)
      b.ok({
        sheet: S,
        cell: a("k14", x.id),
        rules: ["capaian-mismatch"],
        truth: x.neg ? refl(a("k13", x.id), a("k5", x.id)) : rt(a("k13", x.id), a("k5", x.id)),
        trap: x.neg ? rt(a("k13", x.id), a("k5", x.id)) : undefined,
      });
    if (x.id === TYPED.id) continue; // rp13 and rp14 follow the typed rp12
    b.ok({ sheet: S, cell: a("rp12", x.id), rules: ["sum-mismatch", "hardcoded-value"], truth: qs("rp") });
    b.ok({
      sheet: S,
      cell: a("rp13", x.id),
      rules: ["sum-mismatch"],
      truth: `${a("rp6", x.id)}+${qs("rp")}`,
    });
    b.ok({
      sheet: S,
      cell: a("rp14", x.id),
      rules: ["capaian-mismatch"],
      truth: rt(a("rp13", x.id), a("rp5", x.id)),
    });
  }
  return b.finish();
}
