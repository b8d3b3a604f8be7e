// LKjIP, PK with its Renstra, the recap of buffer stock logistik and lumbung sosial per kecamatan and
// the recap of korban terdampak dilayani beside the Tagana posts, for the Dinas Sosial of Kabupaten
// Kedung Wulung (Jawa Tengah) and Kota Pasir Lintang (Kalimantan Selatan). All invented.
import {
  BookW,
  DEC,
  INT,
  RP,
  fx,
  letterhead,
  predikatBaik,
  round,
  signature,
  type Col,
  type Row,
} from "../forms/kit";

/** LKjIP 2024 Bab III pengukuran kinerja of the Dinas Sosial Kedung Wulung, with 2023 realisasi. */
export function lkjipBencana(): BookW {
  const b = new BookW(
    "lkjip-2024-dinsos-bencana-kedung-wulung.xlsx",
    "LKjIP pengukuran kinerja (Dinsos, penanganan bencana)",
    "LKjIP 2024 Tabel 3.2: No | Sasaran (merged) | Indikator | Satuan | Realisasi 2023 | Target 2024 | Realisasi 2024 | Capaian 2024 (%) | Predikat; ROUND formulas, refleksi on the negative rows marked (-) in the name; predikat words",
  );
  const S = "Tabel 3.2";
  const s = b.sheet(S);
  letterhead(s, ["DINAS SOSIAL KABUPATEN KEDUNG WULUNG"]);
  s.lines(["Tabel 3.2 Pengukuran Capaian Kinerja Sasaran Tahun 2024"]);
  s.gap();
  const SAS = "Meningkatnya perlindungan sosial bagi korban bencana";
  const I = [
    {
      id: "i1",
      ind: "Persentase korban bencana yang terlayani kebutuhan dasarnya",
      sat: "%",
      neg: false,
      r0: 87.4,
      t: 90,
      r: 92.7,
    },
    {
      id: "i2",
      ind: "Persentase korban bencana yang belum tertangani (-)",
      sat: "%",
      neg: true,
      r0: 9.6,
      t: 8,
      r: 6.4,
    },
    {
      id: "i3",
      ind: "Rata-rata waktu tanggap penyaluran logistik ke lokasi bencana (-)",
      sat: "jam",
      neg: true,
      r0: 32,
      t: 24,
      r: 30,
    },
    {
      id: "i4",
      ind: "Persentase ketersediaan buffer stock logistik di gudang",
      sat: "%",
      neg: false,
      r0: 71.5,
      t: 85,
      r: 78.2,
    },
    {
      id: "i5",
      ind: "Jumlah anggota Tagana yang tersertifikasi",
      sat: "orang",
      neg: false,
      r0: 84,
      t: 120,
      r: 96,
    },
  ];
  const cap = (neg: boolean, t: string, r: string) =>
    neg ? `ROUND((2*${t}-${r})/${t}*100,2)` : `ROUND(${r}/${t}*100,2)`;
  const val = (neg: boolean, t: number, r: number) => round(((neg ? 2 * t - r : r) / t) * 100);
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "r0", head: ["Realisasi 2023"], role: "realisasi", year: 2023, fmt: DEC },
      { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, fmt: DEC },
      { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024, fmt: DEC },
      { key: "c", head: ["Tahun 2024", "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
      { key: "p", head: ["Tahun 2024", "Predikat"], role: "predikat", year: 2024 },
    ],
    headerRows: 2,
    vmerge: ["sas"],
    rows: I.map((x, i): Row => ({
      id: x.id,
      cells: (c) => ({
        no: i + 1,
        sas: SAS,
        ind: x.ind,
        sat: x.sat,
        r0: x.r0,
        t: x.t,
        r: x.r,
        // planted: the waktu tanggap row (negative) has R / T; the buffer stock row a stale cached 96.50
        c:
          x.id === "i3"
            ? fx(cap(false, c.a("t"), c.a("r")))
            : fx(cap(x.neg, c.a("t"), c.a("r")), x.id === "i4" ? 96.5 : undefined),
        p: predikatBaik(x.id === "i3" ? val(false, x.t, x.r) : val(x.neg, x.t, x.r)),
      }),
    })),
  });
  s.gap();
  s.lines([
    "Keterangan: indikator bertanda (-) berpolaritas negatif, capaian = (2 x Target - Realisasi) / Target x 100%.",
    "Predikat: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i3") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Rata-rata waktu tanggap (negative, jam) computed with R / T = 30 / 24 = 125.00; refleksi (2 x 24 - 30) / 24 gives 75.00",
    truth: cap(true, a("t", "i3"), a("r", "i3")),
  });
  b.plant({
    at: { sheet: S, cell: a("c", "i4") },
    rules: ["capaian-mismatch"],
    note: "Buffer stock capaian =ROUND(R/T*100,2) with a stale cached 96.50; 78.2 / 85 gives 92.00",
    truth: cap(false, a("t", "i4"), a("r", "i4")),
  });
  b.ok({
    sheet: S,
    cell: a("c", "i2"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: cap(true, a("t", "i2"), a("r", "i2")),
    trap: `ROUND(${a("r", "i2")}/${a("t", "i2")}*100,2)`,
  });
  for (const id of ["i1", "i5"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: cap(false, a("t", id), a("r", id)),
    });
  for (const id of ["i1", "i2", "i4", "i5"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  return b.finish();
}

/** PK 2025 of the Kepala Dinas Sosial Pasir Lintang, beside the Renstra 2025-2029 (Tahun ke-1..5). */
export function pkBencana(): BookW {
  const b = new BookW(
    "pk-2025-renstra-dinsos-bencana-pasir-lintang.xlsx",
    "PK 2025 with Renstra (Dinsos, penanganan bencana)",
    "sheet 'Renstra': Kondisi Awal | Tahun ke-1..ke-5 (years from the title 2025-2029) | Kondisi Akhir; sheet 'PK 2025': statement, No | Sasaran | Indikator | Satuan | Target, then No | Program | Anggaran (Rp) | Ket with a typed Jumlah",
  );
  const R = "Renstra";
  const P = "PK 2025";
  const rs = b.sheet(R);
  rs.lines(["Target Kinerja Sasaran Renstra Dinas Sosial Kota Pasir Lintang 2025-2029"]);
  rs.gap();
  const I = [
    {
      id: "a",
      ind: "Persentase korban bencana yang terpenuhi kebutuhan dasarnya",
      sat: "%",
      aw: 88,
      k: [90, 92, 94, 96, 98],
    },
    {
      id: "b",
      ind: "Persentase ketersediaan buffer stock logistik bencana",
      sat: "%",
      aw: 70,
      k: [75, 80, 85, 90, 95],
    },
    { id: "c", ind: "Rata-rata waktu tanggap darurat bencana", sat: "jam", aw: 30, k: [28, 26, 24, 22, 20] },
  ];
  const yrs = [1, 2, 3, 4, 5];
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "ind", head: ["Indikator Sasaran"], role: "indikator", width: 46 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "aw", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, fmt: DEC },
      ...yrs.map((y): Col => ({
        key: `y${y}`,
        head: ["Target Tahun", `ke-${y}`],
        role: "target",
        year: 2024 + y,
        fmt: DEC,
      })),
      { key: "ak", head: ["Kondisi Akhir"], role: "kondisi-akhir", fmt: DEC },
    ],
    headerRows: 2,
    rows: I.map((x, i): Row => ({
      id: x.id,
      cells: {
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        aw: x.aw,
        y1: x.k[0],
        y2: x.k[1],
        y3: x.k[2],
        y4: x.k[3],
        y5: x.k[4],
        ak: x.k[4],
      },
    })),
  });
  const pk = b.sheet(P);
  letterhead(pk, ["PEMERINTAH KOTA PASIR LINTANG"]);
  pk.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil,",
    "kami yang bertanda tangan di bawah ini:",
    "Nama    : HJ. NOOR AINAH RAHMADHANI, S.Sos., M.AP.",
    "Jabatan : Kepala Dinas Sosial Kota Pasir Lintang",
    "selanjutnya disebut pihak pertama, berjanji mewujudkan target kinerja tahunan berikut.",
  ]);
  pk.gap();
  pk.lines(["PERJANJIAN KINERJA TAHUN 2025 DINAS SOSIAL KOTA PASIR LINTANG"]);
  pk.gap();
  // planted: the buffer stock target is 80, the Renstra Tahun ke-2 (2026); 2025 is 75
  const tg: Record<string, number> = { a: 90, b: 80, c: 28 };
  const pt = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 46 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025, fmt: DEC },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: I.map((x, i): Row => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas: "Meningkatnya perlindungan sosial korban bencana",
        ind: x.ind,
        sat: x.sat,
        tg: tg[x.id],
      },
    })),
  });
  pk.gap();
  const prog = [
    { id: "p1", nm: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", rp: 6_412_380_000 },
    { id: "p2", nm: "Program Pemberdayaan Sosial", rp: 1_286_500_000 },
    { id: "p3", nm: "Program Rehabilitasi Sosial", rp: 2_145_720_000 },
    { id: "p4", nm: "Program Perlindungan dan Jaminan Sosial", rp: 3_904_150_000 },
    { id: "p5", nm: "Program Penanganan Bencana", rp: 3_227_600_000 },
  ];
  const at = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "nm", head: ["Program"], width: 50 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Ket."], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...prog.map((x, i): Row => ({ id: x.id, cells: { no: i + 1, nm: x.nm, rp: x.rp, ket: "APBD 2025" } })),
      // planted: Jumlah typed 16,967,350,000; the programs add up to 16,976,350,000
      { id: "j", span: ["no", "nm"], bold: true, cells: { no: "Jumlah", rp: 16_967_350_000 } },
    ],
  });
  pk.gap();
  signature(pk, 3, {
    tempat: "Pasir Lintang, 6 Januari 2025",
    jabatan: ["KEPALA DINAS SOSIAL"],
    nama: "HJ. NOOR AINAH RAHMADHANI, S.Sos., M.AP.",
    nip: "19760808 199803 2 004",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("tg", "b") },
        { sheet: R, cell: rt.a("y1", "b") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the buffer stock is 80, the Renstra Tahun ke-2 (2026) target; Tahun ke-1 (2025) is 75",
    truth: `'${R}'!${rt.a("y1", "b")}`,
  });
  b.plant({
    at: { sheet: P, cell: at.a("rp", "j") },
    rules: ["sum-mismatch"],
    note: "Jumlah is a typed 16,967,350,000; the five programs add up to 16,976,350,000",
    truth: `SUM(${at.a("rp", "p1")}:${at.a("rp", "p5")})`,
  });
  for (const id of ["a", "c"])
    b.ok({
      sheet: P,
      cell: pt.a("tg", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${rt.a("y1", id)}`,
    });
  for (const id of ["a", "b", "c"])
    b.ok({
      sheet: R,
      cell: rt.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("y5", id),
      trap: yrs.map((y) => rt.a(`y${y}`, id)).join("+"),
    });
  return b.finish();
}

/** Buffer stock logistik and lumbung sosial per kecamatan, Dinsos Kedung Wulung, 2024. */
export function bufferStock(): BookW {
  const b = new BookW(
    "rekap-buffer-stock-lumbung-sosial-kedung-wulung.xlsx",
    "Rekap buffer stock logistik per kecamatan (Dinsos)",
    "Rekap per kecamatan: Lumbung Sosial | Stok Awal | Penerimaan | Penyaluran | Stok Akhir '(7) = (4)+(5)-(6)' | % Tersalur '(8) = (6)/((4)+(5)) x 100'; JUMLAH row with the ratio of totals",
  );
  const S = "Buffer Stock 2024";
  const s = b.sheet(S);
  letterhead(s, ["DINAS SOSIAL KABUPATEN KEDUNG WULUNG", "Seksi Perlindungan Sosial Korban Bencana"]);
  s.lines([
    "REKAPITULASI BUFFER STOCK LOGISTIK DAN LUMBUNG SOSIAL PER KECAMATAN",
    "Keadaan 31 Desember 2024 (satuan: paket sembako)",
  ]);
  s.gap();
  const K = [
    { id: "k1", nm: "Wulung Kidul", l: 3, aw: 420, tr: 380, sl: 515 },
    { id: "k2", nm: "Kedung Lor", l: 2, aw: 240, tr: 310, sl: 250 },
    { id: "k3", nm: "Sumberejo Wetan", l: 4, aw: 365, tr: 290, sl: 402 },
    { id: "k4", nm: "Tlogopandan", l: 1, aw: 150, tr: 220, sl: 188 },
    { id: "k5", nm: "Gondangsari", l: 2, aw: 275, tr: 260, sl: 331 },
    { id: "k6", nm: "Pringapus Barat", l: 3, aw: 310, tr: 345, sl: 476 },
  ];
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
      { key: "nm", head: ["Kecamatan"], role: "lokasi", num: "(2)", width: 20 },
      { key: "l", head: ["Lumbung Sosial (unit)"], num: "(3)", fmt: INT },
      { key: "aw", head: ["Buffer Stock (paket)", "Stok Awal"], num: "(4)", fmt: INT },
      { key: "tr", head: ["Buffer Stock (paket)", "Penerimaan"], num: "(5)", fmt: INT },
      {
        key: "sl",
        head: ["Buffer Stock (paket)", "Penyaluran"],
        role: "realisasi",
        year: 2024,
        num: "(6)",
        fmt: INT,
      },
      { key: "ak", head: ["Buffer Stock (paket)", "Stok Akhir"], num: "(7) = (4)+(5)-(6)", fmt: INT },
      {
        key: "p",
        head: ["% Tersalur"],
        role: "capaian",
        year: 2024,
        num: "(8) = (6)/((4)+(5)) x 100",
        fmt: DEC,
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
          l: k.l,
          aw: k.aw,
          tr: k.tr,
          sl: k.sl,
          // planted: Tlogopandan's stok akhir typed 218 (150 + 220 - 188 = 182)
          ak: k.id === "k4" ? 218 : fx(`${c.a("aw")}+${c.a("tr")}-${c.a("sl")}`),
          // planted: Kedung Lor's % typed 104.17 = (6)/(4), over 100 (250 / 550 gives 45.45)
          p: k.id === "k2" ? 104.17 : fx(`ROUND(${c.a("sl")}/(${c.a("aw")}+${c.a("tr")})*100,2)`),
        }),
      })),
      {
        id: "tot",
        span: ["no", "nm"],
        bold: true,
        cells: (c) => {
          const out: Record<string, ReturnType<typeof fx> | string> = { no: "JUMLAH" };
          for (const k of ["l", "aw", "tr", "sl", "ak"]) out[k] = fx(`SUM(${c.a(k, "k1")}:${c.a(k, "k6")})`);
          out.p = fx(`ROUND(${c.a("sl")}/(${c.a("aw")}+${c.a("tr")})*100,2)`);
          return out;
        },
      },
    ],
  });
  s.gap();
  signature(s, 6, {
    tempat: "Kedung Wulung, 8 Januari 2025",
    jabatan: ["KEPALA SEKSI PERLINDUNGAN SOSIAL", "KORBAN BENCANA ALAM DAN SOSIAL"],
    nama: "SRI WAHYUNINGSIH, S.Sos.",
    nip: "19800316 200604 2 011",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const pct = (id: string) => `ROUND(${a("sl", id)}/(${a("aw", id)}+${a("tr", id)})*100,2)`;
  b.plant({
    at: { sheet: S, cell: a("ak", "k4") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Stok akhir of Tlogopandan is a typed 218 among formulas; (4)+(5)-(6) = 150 + 220 - 188 = 182",
    truth: `${a("aw", "k4")}+${a("tr", "k4")}-${a("sl", "k4")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("p", "k2") },
    rules: ["percent-out-of-range", "capaian-mismatch", "hardcoded-value"],
    note: "% tersalur of Kedung Lor is a typed 104.17 (= 250 / 240, penyaluran over stok awal only); (6)/((4)+(5)) = 250 / 550 gives 45.45, and no more than 100 % of the stock can be distributed",
    truth: pct("k2"),
  });
  b.ok({
    sheet: S,
    cell: a("p", "tot"),
    rules: ["capaian-mismatch", "sum-mismatch"],
    truth: `ROUND(SUM(${a("sl", "k1")}:${a("sl", "k6")})/(SUM(${a("aw", "k1")}:${a("aw", "k6")})+SUM(${a("tr", "k1")}:${a("tr", "k6")}))*100,2)`,
    trap: `ROUND((${["k1", "k3", "k4", "k5", "k6"].map(pct).join("+")}+${pct("k2")})/6,2)`,
  });
  for (const id of ["k1", "k3", "k4", "k5", "k6"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["capaian-mismatch", "percent-out-of-range"], truth: pct(id) });
  for (const id of ["k1", "k2", "k3", "k5", "k6"])
    b.ok({
      sheet: S,
      cell: a("ak", id),
      rules: ["sum-mismatch"],
      truth: `${a("aw", id)}+${a("tr", id)}-${a("sl", id)}`,
    });
  for (const k of ["l", "aw", "tr", "sl"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "k1")}:${a(k, "k6")})` });
  return b.finish();
}

/** Korban terdampak dilayani per triwulan beside the Tagana posts, Dinsos Pasir Lintang, 2024. */
export function korbanTagana(): BookW {
  const b = new BookW(
    "rekap-korban-terdampak-tagana-pasir-lintang.xlsx",
    "Rekap korban terdampak dilayani dan Tagana (Dinsos)",
    "Two tables side by side, one empty column between: per triwulan Kejadian | Korban Terdampak | Korban Dilayani | % Dilayani | Dana Tanggap Darurat (Rp) with a Jumlah row; per pos Tagana Anggota | Bersertifikat | % with a Total row (ratio of totals)",
  );
  const S = "Korban & Tagana 2024";
  const s = b.sheet(S);
  s.lines([
    "LAPORAN PENANGANAN KORBAN BENCANA DAN KESIAPSIAGAAN TAGANA",
    "DINAS SOSIAL KOTA PASIR LINTANG TAHUN 2024",
  ]);
  s.gap();
  const Q = [
    { id: "q1", tw: "Triwulan I", kj: 7, td: 1_240, dl: 1_185, rp: 186_450_000 },
    { id: "q2", tw: "Triwulan II", kj: 4, td: 615, dl: 602, rp: 94_800_000 },
    { id: "q3", tw: "Triwulan III", kj: 3, td: 288, dl: 288, rp: 41_250_000 },
    { id: "q4", tw: "Triwulan IV", kj: 9, td: 2_075, dl: 1_912, rp: 297_600_000 },
  ];
  const top = s.r;
  const t = s.table({
    cols: [
      { key: "tw", head: ["Periode"], num: "1", width: 14 },
      { key: "kj", head: ["Kejadian Bencana (kali)"], role: "realisasi", year: 2024, num: "2", fmt: INT },
      { key: "td", head: ["Korban (jiwa)", "Terdampak"], num: "3", fmt: INT },
      { key: "dl", head: ["Korban (jiwa)", "Dilayani"], role: "realisasi", year: 2024, num: "4", fmt: INT },
      { key: "p", head: ["% Dilayani"], role: "capaian", year: 2024, num: "5 = 4/3 x 100", fmt: DEC },
      {
        key: "rp",
        head: ["Dana Tanggap Darurat (Rp)"],
        role: "realisasi-anggaran",
        year: 2024,
        num: "6",
        fmt: RP,
        width: 17,
      },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...Q.map((q): Row => ({
        id: q.id,
        cells: (c) => ({
          tw: q.tw,
          kj: q.kj,
          td: q.td,
          dl: q.dl,
          p: fx(`ROUND(${c.a("dl")}/${c.a("td")}*100,2)`),
          rp: q.rp,
        }),
      })),
      {
        id: "tot",
        bold: true,
        cells: (c) => ({
          tw: "Jumlah",
          kj: fx(`SUM(${c.a("kj", "q1")}:${c.a("kj", "q4")})`),
          td: fx(`SUM(${c.a("td", "q1")}:${c.a("td", "q4")})`),
          dl: fx(`SUM(${c.a("dl", "q1")}:${c.a("dl", "q4")})`),
          p: fx(`ROUND(${c.a("dl")}/${c.a("td")}*100,2)`),
          // planted: the year's dana typed 602,100,000; the quarters add up to 620,100,000
          rp: 602_100_000,
        }),
      },
    ],
  });
  const P = [
    { id: "t1", pos: "Pos Tagana Lintang Utara", n: 38, s: 21 },
    { id: "t2", pos: "Pos Tagana Lintang Selatan", n: 45, s: 30 },
    { id: "t3", pos: "Pos Tagana Banua Hilir", n: 27, s: 12 },
    { id: "t4", pos: "Pos Tagana Pelabuhan", n: 32, s: 25 },
  ];
  const gt = s.table(
    {
      cols: [
        { key: "pos", head: ["Pos Tagana"], role: "lokasi", width: 26 },
        { key: "n", head: ["Anggota Aktif (orang)"], fmt: INT },
        { key: "s", head: ["Bersertifikat (orang)"], role: "realisasi", year: 2024, fmt: INT },
        { key: "p", head: ["% Bersertifikat"], role: "capaian", year: 2024, fmt: DEC },
      ],
      headerRows: 3,
      rows: [
        ...P.map((x, i): Row => ({
          id: x.id,
          cells: (c) => ({
            pos: x.pos,
            n: x.n,
            s: x.s,
            // planted: Banua Hilir's % divides by the next row's anggota (12 / 32 instead of 12 / 27)
            p: fx(`ROUND(${c.a("s")}/${x.id === "t3" ? c.a("n", P[i + 1].id) : c.a("n")}*100,2)`),
          }),
        })),
        {
          id: "tot",
          bold: true,
          cells: (c) => ({
            pos: "Total",
            n: fx(`SUM(${c.a("n", "t1")}:${c.a("n", "t4")})`),
            s: fx(`SUM(${c.a("s", "t1")}:${c.a("s", "t4")})`),
            p: fx(`ROUND(${c.a("s")}/${c.a("n")}*100,2)`),
          }),
        },
      ],
    },
    8,
    top,
  );
  s.gap();
  s.lines(["*) % pada baris Jumlah/Total dihitung dari jumlah, bukan rata-rata baris."]);
  s.gap();
  signature(s, 8, {
    tempat: "Pasir Lintang, 10 Januari 2025",
    jabatan: ["KEPALA BIDANG PERLINDUNGAN DAN JAMINAN SOSIAL"],
    nama: "MUHAMMAD RIDHANI ARSYAD, S.E.",
    nip: "19820514 200801 1 009",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const g = (k: string, id: string) => gt.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("rp", "tot") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah dana tanggap darurat is a typed 602,100,000; the four quarters add up to 620,100,000",
    truth: `SUM(${a("rp", "q1")}:${a("rp", "q4")})`,
  });
  b.plant({
    at: { sheet: S, cell: g("p", "t3") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "% bersertifikat of Pos Banua Hilir divides by the next row's anggota (12 / 32 = 37.50); 12 / 27 gives 44.44",
    truth: `ROUND(${g("s", "t3")}/${g("n", "t3")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("p", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("dl", "tot")}/${a("td", "tot")}*100,2)`,
    trap: `ROUND(AVERAGE(${a("p", "q1")}:${a("p", "q4")}),2)`,
  });
  b.ok({
    sheet: S,
    cell: g("p", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(SUM(${g("s", "t1")}:${g("s", "t4")})/SUM(${g("n", "t1")}:${g("n", "t4")})*100,2)`,
    trap: `ROUND((${["t1", "t2", "t3", "t4"].map((id) => `${g("s", id)}/${g("n", id)}*100`).join("+")})/4,2)`,
  });
  for (const id of ["q1", "q2", "q3", "q4"])
    b.ok({
      sheet: S,
      cell: a("p", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("dl", id)}/${a("td", id)}*100,2)`,
    });
  for (const k of ["kj", "td", "dl"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "q1")}:${a(k, "q4")})` });
  for (const id of ["t1", "t2", "t4"])
    b.ok({
      sheet: S,
      cell: g("p", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${g("s", id)}/${g("n", id)}*100,2)`,
    });
  for (const k of ["n", "s"])
    b.ok({ sheet: S, cell: g(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${g(k, "t1")}:${g(k, "t4")})` });
  return b.finish();
}
