// LKjIP, PK with its Renstra, the recap of pupuk bersubsidi per kecamatan and the recap of luas
// tambah tanam (LTT) padi beside the alsintan handed out, of two Dinas Pertanian. All invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Col, type Row } from "../forms/kit";

const PCT = "0.00%";
/** capaian stored as a fraction shown with a % format, four decimals */
const TOLF = 0.00006;

/** LKjIP 2024 Tabel 3.2, Dinas Pertanian Tanah Rejeki: capaian as fractions, refleksi on negatives. */
export function lkjipDistan(): BookW {
  const b = new BookW(
    "lkjip-ltt-pupuk-distan-tanah-rejeki.xlsx",
    "LKjIP pengukuran kinerja (Distan)",
    "LKjIP 2024 Tabel 3.2: No | Sasaran (merged) | Indikator | Satuan | Realisasi 2023 | Target 2024 | Realisasi 2024 | Capaian 2024 as a fraction with a 0.00% format (ROUND(..,4)) | Predikat; refleksi (2T-R)/T on the two negative rows marked *); Rata-rata row",
  );
  const S = "Tabel 3.2";
  const s = b.sheet(S);
  letterhead(s, [
    "LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) TAHUN 2024",
    "DINAS PERTANIAN DAN KETAHANAN PANGAN KABUPATEN TANAH REJEKI",
  ]);
  s.lines(["Tabel 3.2 Capaian Indikator Kinerja Utama Tahun 2024"]);
  s.gap();
  const SA = "Meningkatnya produksi padi";
  const SB = "Meningkatnya ketersediaan sarana produksi pertanian";
  const I = [
    {
      id: "i1",
      sas: SA,
      ind: "Luas tambah tanam (LTT) padi",
      sat: "ha",
      neg: false,
      r0: 44_105,
      t: 48_500,
      r: 42_740,
    },
    { id: "i2", sas: SA, ind: "Produktivitas padi", sat: "ku/ha", neg: false, r0: 55.1, t: 56.2, r: 54.9 },
    {
      id: "i3",
      sas: SA,
      ind: "Persentase kehilangan hasil panen padi *)",
      sat: "%",
      neg: true,
      r0: 9.9,
      t: 9.5,
      r: 8.7,
    },
    {
      id: "i4",
      sas: SB,
      ind: "Persentase penyaluran pupuk bersubsidi sesuai alokasi e-RDKK",
      sat: "%",
      neg: false,
      r0: 86.4,
      t: 95,
      r: 83.6,
    },
    {
      id: "i5",
      sas: SB,
      ind: "Persentase alsintan bantuan dalam kondisi rusak berat *)",
      sat: "%",
      neg: true,
      r0: 14.6,
      t: 12,
      r: 13.8,
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 26 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "r0", head: ["Realisasi 2023"], role: "realisasi", year: 2023 },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024 },
    { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024 },
    { key: "c", head: ["Tahun 2024", "Capaian (%)"], role: "capaian", year: 2024, fmt: PCT },
    { key: "p", head: ["Tahun 2024", "Predikat"], role: "predikat", year: 2024 },
  ];
  const cap = (neg: boolean, t: string, r: string) =>
    neg ? `ROUND((2*${t}-${r})/${t},4)` : `ROUND(${r}/${t},4)`;
  const PRED: Record<string, string> = {
    i1: "Baik",
    i2: "Sangat Baik",
    i3: "Sangat Baik",
    // planted: 88.00 % is Baik
    i4: "Sangat Baik",
    i5: "Baik",
  };
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...I.map((x, i): Row => ({
        id: x.id,
        cells: (c) => ({
          no: i + 1,
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          r0: x.r0,
          t: x.t,
          r: x.r,
          // planted: the LTT capaian keeps a stale cached 97.35 % from the September draft
          c: x.id === "i1" ? fx(cap(false, c.a("t"), c.a("r")), 0.9735) : fx(cap(x.neg, c.a("t"), c.a("r"))),
          p: PRED[x.id],
        }),
      })),
      {
        id: "avg",
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata capaian",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i5")}),4)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "*) indikator negatif (semakin kecil semakin baik): capaian = (2 x target - realisasi) / target.",
    "Predikat: > 90 % Sangat Baik; > 75 - 90 % Baik; > 65 - 75 % Cukup; > 50 - 65 % Kurang; <= 50 % Sangat Kurang.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i1") },
    rules: ["capaian-mismatch"],
    note: "Capaian of LTT padi shows a stale cached 97.35 %; its formula =ROUND(R/T,4) gives 42,740 / 48,500 = 88.12 %",
    truth: cap(false, a("t", "i1"), a("r", "i1")),
    tol: TOLF,
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i4") },
    rules: ["predikat-mismatch"],
    note: "Predikat 'Sangat Baik' for a capaian of 88.00 % (83.6 / 95); the band > 75 - 90 is Baik",
    truth: `PREDIKAT_BAIK(${a("c", "i4")}*100)`,
  });
  for (const id of ["i3", "i5"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch", "inconsistent-formula"],
      truth: cap(true, a("t", id), a("r", id)),
      trap: `ROUND(${a("r", id)}/${a("t", id)},4)`,
      tol: TOLF,
    });
  for (const id of ["i2", "i4"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: cap(false, a("t", id), a("r", id)),
      tol: TOLF,
    });
  for (const id of ["i2", "i3", "i5"])
    b.ok({
      sheet: S,
      cell: a("p", id),
      rules: ["predikat-mismatch"],
      truth: `PREDIKAT_BAIK(${a("c", id)}*100)`,
    });
  return b.finish();
}

/** PK 2025 of the Kepala Dinas Pertanian Padang Sawah Tinggi, beside the Renstra targets (Tahun ke-). */
export function pkDistan(): BookW {
  const b = new BookW(
    "pk-2025-renstra-distan-padang-sawah-tinggi.xlsx",
    "PK 2025 with Renstra (Distan)",
    "sheet 'Lampiran PK 2025': statement, No | Sasaran | Indikator | Satuan | Target 2025; No | Kode | Program | Anggaran (Rp) | Sumber Dana with a typed Jumlah; sheet 'Target Renstra': Kondisi Awal | Tahun ke-1..ke-5 (years only in the title 2025-2029) | Kondisi Akhir, a negative indicator decreasing",
  );
  const R = "Target Renstra";
  const P = "Lampiran PK 2025";
  const ind = [
    { id: "a", ind: "Produktivitas padi", sat: "ku/ha", awal: 52.4, k: [53, 53.6, 54.2, 54.8, 55.5] },
    {
      id: "b",
      ind: "Persentase petani penerima pupuk bersubsidi yang memiliki kartu tani aktif",
      sat: "%",
      awal: 61,
      k: [66, 71, 76, 81, 86],
    },
    {
      id: "c",
      ind: "Persentase kehilangan hasil panen padi",
      sat: "%",
      awal: 10.8,
      k: [10.2, 9.6, 9, 8.5, 8],
    },
    {
      id: "d",
      ind: "Indeks Pertanaman (IP) padi",
      sat: "indeks",
      awal: 1.62,
      k: [1.68, 1.74, 1.8, 1.86, 1.92],
    },
  ];
  const pk = b.sheet(P);
  const rs = b.sheet(R);
  rs.lines([
    "TARGET INDIKATOR KINERJA UTAMA RENSTRA DINAS PERTANIAN TANAMAN PANGAN DAN HORTIKULTURA",
    "KABUPATEN PADANG SAWAH TINGGI TAHUN 2025-2029",
  ]);
  rs.gap();
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Awal"], role: "kondisi-awal" },
      ...[1, 2, 3, 4, 5].map((y): Col => ({
        key: `y${y}`,
        head: ["Target Tahun", `Tahun ke-${y}`],
        role: "target",
        year: 2024 + y,
      })),
      { key: "ak", head: ["Kondisi Akhir Renstra"], role: "kondisi-akhir" },
    ],
    headerRows: 2,
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        y1: x.k[0],
        y2: x.k[1],
        y3: x.k[2],
        y4: x.k[3],
        y5: x.k[4],
        ak: x.k[4],
      },
    })),
  });
  letterhead(pk, [
    "PERJANJIAN KINERJA TAHUN 2025",
    "DINAS PERTANIAN TANAMAN PANGAN DAN HORTIKULTURA KABUPATEN PADANG SAWAH TINGGI",
  ]);
  pk.lines([
    "Pada hari ini, Kamis tanggal dua bulan Januari tahun dua ribu dua puluh lima, kami yang bertanda tangan",
    "di bawah ini berjanji akan mewujudkan target kinerja tahunan sesuai lampiran perjanjian ini.",
  ]);
  pk.gap();
  const pt = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas:
          x.id === "b"
            ? "Meningkatnya akses petani terhadap pupuk bersubsidi"
            : "Meningkatnya produksi dan produktivitas padi",
        ind: x.ind,
        sat: x.sat,
        // planted: the kartu tani target is the Renstra Tahun ke-2 (2026) value 71; 2025 is 66
        tg: x.id === "b" ? 71 : x.k[0],
      },
    })),
  });
  pk.gap();
  const prog = [
    {
      id: "p1",
      kode: "3.27.01",
      nm: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
      rp: 6_245_800_000,
      sd: "APBD",
    },
    {
      id: "p2",
      kode: "3.27.02",
      nm: "Program Penyediaan dan Pengembangan Sarana Pertanian",
      rp: 9_876_450_000,
      sd: "APBD, DAK Fisik",
    },
    {
      id: "p3",
      kode: "3.27.03",
      nm: "Program Penyediaan dan Pengembangan Prasarana Pertanian",
      rp: 4_312_000_000,
      sd: "APBD, DAK Fisik",
    },
    { id: "p4", kode: "3.27.07", nm: "Program Penyuluhan Pertanian", rp: 2_158_300_000, sd: "APBD" },
  ];
  const at = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "kode", head: ["Kode"], role: "kode" },
      { key: "nm", head: ["Program"], width: 48 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "sd", head: ["Sumber Dana"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...prog.map((x, i): Row => ({
        id: x.id,
        cells: { no: i + 1, kode: x.kode, nm: x.nm, rp: x.rp, sd: x.sd },
      })),
      // planted: Jumlah typed 22,952,550,000; the four programs add up to 22,592,550,000
      { id: "j", span: ["no", "nm"], bold: true, cells: { no: "Jumlah", rp: 22_952_550_000 } },
    ],
  });
  pk.gap();
  signature(pk, 3, {
    tempat: "Padang Sawah Tinggi, 2 Januari 2025",
    jabatan: ["KEPALA DINAS PERTANIAN TANAMAN PANGAN DAN HORTIKULTURA"],
    nama: "Ir. ZULKIFLI DATUAK RAJO MANGKUTO, M.Si.",
    nip: "19750409 200003 1 003",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("tg", "b") },
        { sheet: R, cell: rt.a("y1", "b") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the kartu tani indicator is 71, the Renstra Tahun ke-2 (2026) target; Tahun ke-1 (2025) is 66",
    truth: `'${R}'!${rt.a("y1", "b")}`,
  });
  b.plant({
    at: { sheet: P, cell: at.a("rp", "j") },
    rules: ["sum-mismatch"],
    note: "Jumlah is a typed 22,952,550,000; the four programs add up to 22,592,550,000 (digits swapped)",
    truth: `SUM(${at.a("rp", "p1")}:${at.a("rp", "p4")})`,
  });
  for (const id of ["a", "c", "d"])
    b.ok({
      sheet: P,
      cell: pt.a("tg", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${rt.a("y1", id)}`,
    });
  for (const id of ["a", "b", "c", "d"])
    b.ok({
      sheet: R,
      cell: rt.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("y5", id),
      trap: [1, 2, 3, 4, 5].map((y) => rt.a(`y${y}`, id)).join("+"),
    });
  b.ok({ sheet: R, cell: rt.a("y5", "c"), rules: ["target-trend"], truth: "8" });
  return b.finish();
}

/** Rekap penebusan pupuk bersubsidi per kecamatan 2024, Dinas Pertanian Tanah Rejeki. */
export function rekapPupuk(): BookW {
  const b = new BookW(
    "rekap-tebus-pupuk-bersubsidi-kecamatan-tanah-rejeki.xlsx",
    "Rekap penebusan pupuk bersubsidi per kecamatan (Distan)",
    "Per kecamatan: Petani e-RDKK | Urea: Alokasi / Realisasi Tebus / % | NPK: Alokasi / Realisasi Tebus / % | Total realisasi; number row '(6) = (5)/(4) x 100', '(10) = (5)+(8)'; JUMLAH row with % as the ratio of totals",
  );
  const S = "Rekap Pupuk 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "DINAS PERTANIAN DAN KETAHANAN PANGAN KABUPATEN TANAH REJEKI",
    "Bidang Prasarana dan Sarana Pertanian",
  ]);
  s.lines([
    "REKAPITULASI ALOKASI DAN REALISASI PENEBUSAN PUPUK BERSUBSIDI PER KECAMATAN",
    "Tahun Anggaran 2024 (satuan: ton)",
  ]);
  s.gap();
  const K = [
    { id: "k1", nm: "Sumberagung", pt: 4_215, ua: 1_860, ur: 1_712.4, na: 1_540, nr: 1_388.6 },
    { id: "k2", nm: "Karangrejo Wetan", pt: 3_870, ua: 1_655, ur: 1_590.2, na: 1_395, nr: 1_301.5 },
    { id: "k3", nm: "Ngrandu Kidul", pt: 2_940, ua: 1_240, ur: 1_131.8, na: 1_020, nr: 868.4 },
    { id: "k4", nm: "Tegalsari Lor", pt: 5_102, ua: 2_310, ur: 2_188.5, na: 1_905, nr: 1_776 },
    { id: "k5", nm: "Wonomerto Asri", pt: 3_388, ua: 1_480, ur: 1_276.3, na: 1_210, nr: 1_092.7 },
    { id: "k6", nm: "Gempolsewu Baru", pt: 2_655, ua: 1_125, ur: 1_019.6, na: 930, nr: 802.9 },
  ];
  const U = "Pupuk Urea";
  const N = "Pupuk NPK Phonska";
  const T1 = "#,##0.0";
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
      { key: "nm", head: ["Kecamatan"], role: "lokasi", num: "(2)", width: 20 },
      { key: "pt", head: ["Petani Terdaftar e-RDKK (orang)"], num: "(3)", fmt: INT },
      { key: "ua", head: [U, "Alokasi"], role: "target", year: 2024, num: "(4)", fmt: T1 },
      { key: "ur", head: [U, "Realisasi Tebus"], role: "realisasi", year: 2024, num: "(5)", fmt: T1 },
      { key: "up", head: [U, "%"], role: "capaian", year: 2024, num: "(6) = (5)/(4) x 100", fmt: DEC },
      { key: "na", head: [N, "Alokasi"], role: "target", year: 2024, num: "(7)", fmt: T1 },
      { key: "nr", head: [N, "Realisasi Tebus"], role: "realisasi", year: 2024, num: "(8)", fmt: T1 },
      { key: "np", head: [N, "%"], role: "capaian", year: 2024, num: "(9) = (8)/(7) x 100", fmt: DEC },
      {
        key: "tot",
        head: ["Total Realisasi Tebus"],
        role: "realisasi",
        year: 2024,
        num: "(10) = (5)+(8)",
        fmt: T1,
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
          pt: k.pt,
          ua: k.ua,
          ur: k.ur,
          // planted: Ngrandu Kidul's Urea % typed 109.13 (1,131.8 / 1,240 = 91.27)
          up: k.id === "k3" ? 109.13 : fx(`ROUND(${c.a("ur")}/${c.a("ua")}*100,2)`),
          na: k.na,
          nr: k.nr,
          np: fx(`ROUND(${c.a("nr")}/${c.a("na")}*100,2)`),
          tot: fx(`${c.a("ur")}+${c.a("nr")}`),
        }),
      })),
      {
        id: "j",
        bold: true,
        span: ["no", "nm"],
        cells: (c) => {
          const out: Record<string, string | ReturnType<typeof fx>> = { no: "JUMLAH" };
          for (const k of ["pt", "ua", "ur", "na", "tot"])
            out[k] = fx(`SUM(${c.a(k, "k1")}:${c.a(k, "k6")})`);
          // planted: NPK realisasi stops at Wonomerto Asri
          out.nr = fx(`SUM(${c.a("nr", "k1")}:${c.a("nr", "k5")})`);
          out.up = fx(`ROUND(${c.a("ur")}/${c.a("ua")}*100,2)`);
          out.np = fx(`ROUND(${c.a("nr")}/${c.a("na")}*100,2)`);
          return out;
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Sumber: e-RDKK 2024 dan rekap penebusan kios pengecer (i-Pubers), diolah.",
    "% JUMLAH = realisasi total / alokasi total.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Tanah Rejeki, 10 Januari 2025",
    jabatan: ["KEPALA BIDANG PRASARANA DAN SARANA PERTANIAN"],
    nama: "SITI NURJANAH RAHAYU, S.P., M.M.",
    nip: "19810527 200604 2 011",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("up", "k3") },
    rules: ["capaian-mismatch", "percent-out-of-range", "hardcoded-value"],
    note: "Urea % of Ngrandu Kidul is a typed 109.13 among formulas (realisasi tebus cannot exceed the alokasi); 1,131.8 / 1,240 x 100 = 91.27",
    truth: `ROUND(${a("ur", "k3")}/${a("ua", "k3")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("nr", "j") },
    rules: ["sum-mismatch"],
    note: "JUMLAH NPK realisasi is =SUM over five kecamatan (6,427.2); with Gempolsewu Baru's 802.9 it is 7,230.1",
    truth: `SUM(${a("nr", "k1")}:${a("nr", "k6")})`,
  });
  b.ok({
    sheet: S,
    cell: a("up", "j"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(SUM(${a("ur", "k1")}:${a("ur", "k6")})/SUM(${a("ua", "k1")}:${a("ua", "k6")})*100,2)`,
    trap: `ROUND(AVERAGE(${a("up", "k1")}:${a("up", "k6")}),2)`,
  });
  for (const k of ["pt", "ua", "ur", "na", "tot"])
    b.ok({ sheet: S, cell: a(k, "j"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "k1")}:${a(k, "k6")})` });
  for (const id of ["k1", "k2", "k4", "k5", "k6"])
    b.ok({
      sheet: S,
      cell: a("up", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("ur", id)}/${a("ua", id)}*100,2)`,
    });
  for (const id of ["k1", "k3", "k6"]) {
    b.ok({
      sheet: S,
      cell: a("np", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("nr", id)}/${a("na", id)}*100,2)`,
    });
    b.ok({ sheet: S, cell: a("tot", id), rules: ["sum-mismatch"], truth: `${a("ur", id)}+${a("nr", id)}` });
  }
  return b.finish();
}

/** LTT padi per triwulan (with a running s.d. column) beside the alsintan handed out, Padang Sawah Tinggi. */
export function lttAlsintan(): BookW {
  const b = new BookW(
    "rekap-ltt-padi-alsintan-padang-sawah-tinggi.xlsx",
    "Rekap LTT padi dan bantuan alsintan (Distan)",
    "Left: Periode | Target LTT | Realisasi LTT | Realisasi s.d. Triwulan (running) | Capaian (%); number row '(4) = (4) sebelumnya + (3)'; Jumlah row (capaian = ratio of totals, s.d. blank). Right, after one empty column: Jenis alsintan | Unit | Nilai bantuan (Rp) with a Jumlah row; different heights",
  );
  const S = "LTT dan Alsintan 2024";
  const s = b.sheet(S);
  s.lines([
    "DINAS PERTANIAN TANAMAN PANGAN DAN HORTIKULTURA KABUPATEN PADANG SAWAH TINGGI",
    "Capaian Luas Tambah Tanam (LTT) Padi dan Penyaluran Bantuan Alsintan Tahun 2024",
  ]);
  s.gap();
  const Q = [
    { id: "q1", nm: "Triwulan I (Jan-Mar)", tg: 7_800, re: 7_215.5 },
    { id: "q2", nm: "Triwulan II (Apr-Jun)", tg: 9_400, re: 9_862 },
    { id: "q3", nm: "Triwulan III (Jul-Sep)", tg: 6_200, re: 5_480.25 },
    { id: "q4", nm: "Triwulan IV (Okt-Des)", tg: 8_600, re: 8_104 },
  ];
  const HA = "#,##0.00";
  const top = s.r;
  const t = s.table({
    cols: [
      { key: "nm", head: ["Periode"], num: "(1)", width: 22 },
      { key: "tg", head: ["Target LTT (ha)"], role: "target", year: 2024, num: "(2)", fmt: INT },
      { key: "re", head: ["Realisasi LTT (ha)"], role: "realisasi", year: 2024, num: "(3)", fmt: HA },
      {
        key: "sd",
        head: ["Realisasi s.d. Triwulan (ha)"],
        role: "realisasi",
        year: 2024,
        num: "(4) = (4) sebelumnya + (3)",
        fmt: HA,
      },
      { key: "cp", head: ["Capaian (%)"], role: "capaian", year: 2024, num: "(5) = (3)/(2) x 100", fmt: DEC },
    ],
    headerRows: 1,
    numberRow: "plain",
    rows: [
      ...Q.map((q, i): Row => ({
        id: q.id,
        cells: (c) => ({
          nm: q.nm,
          tg: q.tg,
          re: q.re,
          // planted: Triwulan III's running total typed 22,757.75 (17,077.50 + 5,480.25 = 22,557.75)
          sd:
            i === 0
              ? fx(c.a("re"))
              : q.id === "q3"
                ? 22_757.75
                : fx(`${c.a("sd", Q[i - 1].id)}+${c.a("re")}`),
          cp: fx(`ROUND(${c.a("re")}/${c.a("tg")}*100,2)`),
        }),
      })),
      {
        id: "j",
        bold: true,
        cells: (c) => ({
          nm: "Jumlah 2024",
          tg: fx(`SUM(${c.a("tg", "q1")}:${c.a("tg", "q4")})`),
          re: fx(`SUM(${c.a("re", "q1")}:${c.a("re", "q4")})`),
          cp: fx(`ROUND(${c.a("re")}/${c.a("tg")}*100,2)`),
        }),
      },
    ],
  });
  const A = [
    { id: "a1", nm: "Traktor roda 2", n: 18, rp: 468_000_000 },
    { id: "a2", nm: "Traktor roda 4", n: 3, rp: 1_185_000_000 },
    { id: "a3", nm: "Pompa air 3 inci", n: 42, rp: 399_000_000 },
    { id: "a4", nm: "Rice transplanter", n: 6, rp: 522_000_000 },
    { id: "a5", nm: "Combine harvester sedang", n: 4, rp: 1_760_000_000 },
  ];
  const at = s.table(
    {
      cols: [
        { key: "nm", head: ["Jenis Alsintan"], width: 24 },
        { key: "n", head: ["Jumlah (unit)"], role: "realisasi", year: 2024, fmt: INT },
        {
          key: "rp",
          head: ["Nilai Bantuan (Rp)"],
          role: "realisasi-anggaran",
          year: 2024,
          fmt: RP,
          width: 18,
        },
      ],
      headerRows: 1,
      rows: [
        ...A.map((x): Row => ({ id: x.id, cells: { nm: x.nm, n: x.n, rp: x.rp } })),
        {
          id: "j",
          bold: true,
          cells: (c) => ({
            nm: "Jumlah",
            n: fx(`SUM(${c.a("n", "a1")}:${c.a("n", "a5")})`),
            // planted: stale cached result from before the combine harvester was revised to 1.76 billion
            rp: fx(`SUM(${c.a("rp", "a1")}:${c.a("rp", "a5")})`, 3_334_000_000),
          }),
        },
      ],
    },
    7,
    top,
  );
  s.gap();
  s.lines([
    "Catatan: capaian Jumlah = realisasi setahun / target setahun; LTT Triwulan II melampaui target karena percepatan tanam.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Padang Sawah Tinggi, 8 Januari 2025",
    jabatan: ["KEPALA BIDANG TANAMAN PANGAN"],
    nama: "RINA FEBRIANTI SUTAN BASA, S.P.",
    nip: "19860212 201001 2 014",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("sd", "q3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Realisasi s.d. Triwulan III is a typed 22,757.75 among formulas; s.d. Triwulan II 17,077.50 + 5,480.25 = 22,557.75",
    truth: `${a("sd", "q2")}+${a("re", "q3")}`,
  });
  b.plant({
    at: { sheet: S, cell: at.a("rp", "j") },
    rules: ["sum-mismatch"],
    note: "Jumlah nilai bantuan =SUM(...) shows a stale cached 3,334,000,000; the five rows add up to 4,334,000,000",
    truth: `${at.a("rp", "a1")}+${at.a("rp", "a2")}+${at.a("rp", "a3")}+${at.a("rp", "a4")}+${at.a("rp", "a5")}`,
  });
  b.ok({
    sheet: S,
    cell: a("cp", "j"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(SUM(${a("re", "q1")}:${a("re", "q4")})/SUM(${a("tg", "q1")}:${a("tg", "q4")})*100,2)`,
    trap: `ROUND(AVERAGE(${a("cp", "q1")}:${a("cp", "q4")}),2)`,
  });
  b.ok({
    sheet: S,
    cell: a("sd", "q2"),
    rules: ["sum-mismatch"],
    truth: `${a("re", "q1")}+${a("re", "q2")}`,
    trap: a("re", "q2"),
  });
  for (const k of ["tg", "re"])
    b.ok({ sheet: S, cell: a(k, "j"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "q1")}:${a(k, "q4")})` });
  for (const id of ["q1", "q2", "q3", "q4"])
    b.ok({
      sheet: S,
      cell: a("cp", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("re", id)}/${a("tg", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: at.a("n", "j"),
    rules: ["sum-mismatch"],
    truth: `SUM(${at.a("n", "a1")}:${at.a("n", "a5")})`,
  });
  return b.finish();
}
