// LKjIP, PK with its Renstra, the LTT recap per kecamatan and the subround production recap with the
// alsintan distribution of two invented Dinas Pertanian Tanaman Pangan dan Hortikultura.
import { BookW, DEC, INT, RP, fx, letterhead, predikat, signature, type Col, type Row } from "../forms/kit";

/** LKjIP 2024 of the Distan TPH Bantar Sari: sasaran merged, realisasi 2023 beside, refleksi on negatives. */
export function lkjipPangan(): BookW {
  const b = new BookW(
    "lkjip-2024-capaian-distanpangan-bantar-sari.xlsx",
    "LKjIP pengukuran kinerja (Distan TPH)",
    "LKjIP 2024 Tabel 3.2: No | Sasaran (merged) | Indikator | Satuan | Realisasi 2023 | Target 2024 | Realisasi 2024 | Capaian (%) | Kategori (Permendagri words); ROUND formulas, refleksi on the two negative rows; Rata-rata row; polarity only in the note",
  );
  const S = "Tabel 3.2";
  const s = b.sheet(S);
  s.lines([
    "Tabel 3.2 Capaian Indikator Kinerja Sasaran Dinas Pertanian TPH Kabupaten Bantar Sari Tahun 2024",
  ]);
  s.gap();
  const SA = "Meningkatnya produksi dan produktivitas tanaman pangan";
  const SB = "Meningkatnya kesejahteraan petani tanaman pangan";
  const I = [
    { id: "i1", sas: SA, ind: "Produktivitas padi", sat: "ku/ha", neg: false, r0: 55.2, t: 57.5, r: 55.8 },
    {
      id: "i2",
      sas: SA,
      ind: "Produksi padi (GKG)",
      sat: "ton",
      neg: false,
      r0: 389_420,
      t: 412_000,
      r: 398_760,
    },
    {
      id: "i3",
      sas: SA,
      ind: "Persentase luas puso padi akibat banjir dan kekeringan",
      sat: "%",
      neg: true,
      r0: 1.9,
      t: 1.5,
      r: 1.2,
    },
    {
      id: "i4",
      sas: SA,
      ind: "Luas serangan OPT utama padi",
      sat: "ha",
      neg: true,
      r0: 2_950,
      t: 2_400,
      r: 2_760,
    },
    {
      id: "i5",
      sas: SB,
      ind: "Nilai Tukar Petani (NTP) subsektor tanaman pangan",
      sat: "indeks",
      neg: false,
      r0: 99.6,
      t: 104,
      r: 93.1,
    },
  ];
  const G = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "r0", head: ["Realisasi 2023"], role: "realisasi", year: 2023, fmt: DEC },
    { key: "t", head: [G, "Target"], role: "target", year: 2024, fmt: DEC },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, fmt: DEC },
    { key: "c", head: [G, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "p", head: [G, "Kategori"], role: "predikat", year: 2024 },
  ];
  const cap = (neg: boolean, t: string, r: string) =>
    neg ? `ROUND((2*${t}-${r})/${t}*100,2)` : `ROUND(${r}/${t}*100,2)`;
  const val = (x: (typeof I)[number]) => Math.round(((x.neg ? 2 * x.t - x.r : x.r) / x.t) * 10000) / 100;
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
          // planted: the OPT row (negative) is computed with R / T
          c: fx(cap(x.id === "i4" ? false : x.neg, c.a("t"), c.a("r"))),
          // planted: NTP's 89.52 is labelled Sangat Tinggi
          p: x.id === "i5" ? "Sangat Tinggi" : predikat(val(x)),
        }),
      })),
      {
        id: "avg",
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata capaian kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i5")}),2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Indikator negatif (semakin kecil semakin baik): luas puso dan luas serangan OPT; capaian = (2 x target - realisasi) / target x 100.",
    "Kategori: > 90 Sangat Tinggi; > 75 - 90 Tinggi; > 65 - 75 Sedang; > 50 - 65 Rendah; <= 50 Sangat Rendah.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i4") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Luas serangan OPT (negative) computed with R / T = 115.00; refleksi (2 x 2,400 - 2,760) / 2,400 gives 85.00",
    truth: cap(true, a("t", "i4"), a("r", "i4")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i5") },
    rules: ["predikat-mismatch"],
    note: "Kategori 'Sangat Tinggi' for NTP capaian 89.52 (93.1 / 104); the band > 75 to 90 is Tinggi",
    truth: `PREDIKAT(${a("c", "i5")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "i3"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: cap(true, a("t", "i3"), a("r", "i3")),
    trap: cap(false, a("t", "i3"), a("r", "i3")),
  });
  for (const id of ["i1", "i2", "i5"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: cap(false, a("t", id), a("r", id)),
    });
  for (const id of ["i1", "i2", "i3"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT(${a("c", id)})` });
  return b.finish();
}

/** PK 2025 of the Kepala Distan TPH Ogan Lengkas beside its Renstra 2025-2029 targets. */
export function pkPangan(): BookW {
  const b = new BookW(
    "pk-2025-renstra-distan-ogan-lengkas.xlsx",
    "PK 2025 with Renstra (Distan TPH)",
    "sheet 'Renstra TPH' first: Kondisi Awal 2024 | Target 2025..2029 | Kondisi Akhir 2029; sheet 'Lampiran PK 2025': statement, No | Indikator Kinerja Utama | Satuan | Target 2025 | Sumber Data; Program | Anggaran (Rp) with a Jumlah formula",
  );
  const R = "Renstra TPH";
  const P = "Lampiran PK 2025";
  const ind = [
    {
      id: "a",
      ind: "Produktivitas padi",
      sat: "ku/ha",
      awal: 52.4,
      k: [53, 53.8, 54.5, 55.2, 56],
      src: "BPS / KSA",
    },
    {
      id: "b",
      ind: "Produksi padi (GKG)",
      sat: "ton",
      awal: 286_400,
      k: [292_000, 298_500, 305_000, 311_500, 318_000],
      src: "BPS / KSA",
    },
    {
      id: "c",
      ind: "Nilai Tukar Petani tanaman pangan",
      sat: "indeks",
      awal: 101.8,
      k: [102.5, 103, 103.5, 104, 104.5],
      src: "BPS",
    },
    {
      id: "d",
      ind: "Luas Tambah Tanam padi",
      sat: "ha",
      awal: 61_250,
      k: [62_000, 62_800, 63_500, 64_200, 65_000],
      src: "SIMLUHTAN",
    },
  ];
  const rs = b.sheet(R);
  const pk = b.sheet(P);
  rs.lines([
    "Indikator Kinerja Utama dan Target Renstra Dinas Pertanian TPH Kabupaten Ogan Lengkas 2025-2029",
  ]);
  rs.gap();
  const Y = [2025, 2026, 2027, 2028, 2029];
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "ind", head: ["Indikator"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Awal 2024"], role: "kondisi-awal", year: 2024, fmt: DEC },
      ...Y.map((y): Col => ({
        key: `y${y}`,
        head: ["Target", String(y)],
        role: "target",
        year: y,
        fmt: DEC,
      })),
      { key: "ak", head: ["Kondisi Akhir 2029"], role: "kondisi-akhir", year: 2029, fmt: DEC },
    ],
    headerRows: 2,
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        ...Object.fromEntries(Y.map((y, j) => [`y${y}`, x.k[j]])),
        ak: x.k[4],
      },
    })),
  });
  letterhead(pk, ["PERJANJIAN KINERJA TAHUN 2025", "KEPALA DINAS PERTANIAN TANAMAN PANGAN DAN HORTIKULTURA"]);
  pk.lines(["Pihak pertama berjanji mewujudkan target kinerja tahunan sesuai lampiran perjanjian ini."]);
  pk.gap();
  const pt = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025, fmt: DEC },
      { key: "src", head: ["Sumber Data"], role: "sumber-data" },
    ],
    headerRows: 1,
    rows: ind.map((x, i) => ({
      id: x.id,
      // planted: the produksi target is the Renstra 2026 value
      cells: { no: i + 1, ind: x.ind, sat: x.sat, tg: x.id === "b" ? x.k[1] : x.k[0], src: x.src },
    })),
  });
  pk.gap();
  const prog = [
    { id: "p1", nm: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten", rp: 9_418_250_000 },
    { id: "p2", nm: "Program Penyediaan dan Pengembangan Sarana Pertanian", rp: 6_732_400_000 },
    { id: "p3", nm: "Program Penyediaan dan Pengembangan Prasarana Pertanian", rp: 8_915_600_000 },
    { id: "p4", nm: "Program Pengendalian dan Penanggulangan Bencana Pertanian", rp: 1_204_800_000 },
    { id: "p5", nm: "Program Penyuluhan Pertanian", rp: 2_376_150_000 },
  ];
  const at = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "nm", head: ["Program"], width: 48 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
    ],
    headerRows: 1,
    rows: [
      ...prog.map((x, i): Row => ({ id: x.id, cells: { no: i + 1, nm: x.nm, rp: x.rp } })),
      {
        id: "j",
        bold: true,
        span: ["no", "nm"],
        // planted: cached result from before the penyuluhan program was added
        cells: (c) => ({
          no: "Jumlah",
          rp: fx(`SUM(${c.a("rp", "p1")}:${c.a("rp", "p5")})`, 26_271_050_000),
        }),
      },
    ],
  });
  pk.gap();
  signature(pk, 2, {
    tempat: "Tanjung Lengkas, 6 Januari 2025",
    jabatan: ["KEPALA DINAS PERTANIAN TANAMAN PANGAN DAN HORTIKULTURA"],
    nama: "Drs. H. ZULKARNAIN MUSLIHAT, M.Si.",
    nip: "19720304 199803 1 009",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("tg", "b") },
        { sheet: R, cell: rt.a("y2025", "b") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 produksi padi target 298,500 ton is the Renstra 2026 target; the 2025 target is 292,000",
    truth: `'${R}'!${rt.a("y2025", "b")}`,
  });
  b.plant({
    at: { sheet: P, cell: at.a("rp", "j") },
    rules: ["sum-mismatch"],
    note: "Jumlah =SUM over the five programs has a stale cached 26,271,050,000 (without penyuluhan); the five programs give 28,647,200,000",
    truth: `SUM(${at.a("rp", "p1")}:${at.a("rp", "p5")})`,
  });
  for (const id of ["a", "c", "d"])
    b.ok({
      sheet: P,
      cell: pt.a("tg", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${rt.a("y2025", id)}`,
    });
  for (const id of ["a", "c"])
    b.ok({
      sheet: R,
      cell: rt.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("y2029", id),
      trap: Y.map((y) => rt.a(`y${y}`, id)).join("+"),
    });
  return b.finish();
}

/** LTT padi per kecamatan, musim tanam Okmar 2024/2025, Distan TPH Bantar Sari. */
export function lttKecamatan(): BookW {
  const b = new BookW(
    "rekap-ltt-padi-per-kecamatan-bantar-sari.xlsx",
    "Rekap LTT padi per kecamatan (Distan TPH)",
    "LTT per kecamatan by lahan (irigasi / tadah hujan / lahan kering) under a merged 'Realisasi LTT (ha)'; number row '(6) = (3)+(4)+(5)', '(8) = (6)/(7) x 100', '(9) = (6)/(6) Jumlah x 100'; JUMLAH row with the ratio of totals",
  );
  const S = "LTT Okmar 2024-2025";
  const s = b.sheet(S);
  letterhead(s, [
    "DINAS PERTANIAN TANAMAN PANGAN DAN HORTIKULTURA KABUPATEN BANTAR SARI",
    "Bidang Tanaman Pangan",
  ]);
  s.lines(["REKAPITULASI LUAS TAMBAH TANAM (LTT) PADI MUSIM TANAM OKTOBER 2024 - MARET 2025"]);
  s.gap();
  const K = [
    { id: "k1", nm: "Sidomulyo", ir: 4_215, th: 1_380, lk: 95, sr: 5_900 },
    { id: "k2", nm: "Karangrejo", ir: 3_640, th: 2_105, lk: 210, sr: 6_200 },
    { id: "k3", nm: "Bantar Wetan", ir: 5_120, th: 640, lk: 0, sr: 5_500 },
    { id: "k4", nm: "Gunungsari", ir: 1_270, th: 2_860, lk: 1_415, sr: 5_800 },
    { id: "k5", nm: "Pesisir Kidul", ir: 2_980, th: 1_725, lk: 160, sr: 3_900 },
    { id: "k6", nm: "Tegalwangi", ir: 2_455, th: 930, lk: 540, sr: 4_300 },
  ];
  const L = "Realisasi LTT (ha)";
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
      { key: "nm", head: ["Kecamatan"], role: "lokasi", num: "(2)", width: 18 },
      { key: "ir", head: [L, "Sawah Irigasi"], role: "realisasi", num: "(3)", fmt: INT },
      { key: "th", head: [L, "Sawah Tadah Hujan"], role: "realisasi", num: "(4)", fmt: INT },
      { key: "lk", head: [L, "Lahan Kering (Gogo)"], role: "realisasi", num: "(5)", fmt: INT },
      { key: "j", head: [L, "Jumlah"], role: "realisasi", num: "(6) = (3)+(4)+(5)", fmt: INT },
      { key: "sr", head: ["Sasaran LTT (ha)"], role: "target", num: "(7)", fmt: INT },
      { key: "c", head: ["Capaian (%)"], role: "capaian", num: "(8) = (6)/(7) x 100", fmt: DEC },
      { key: "sh", head: ["Kontribusi thd Kabupaten (%)"], role: "lainnya", num: "(9)", fmt: DEC },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...K.map((k, i): Row => ({
        id: k.id,
        cells: (c) => ({
          no: i + 1,
          nm: k.nm,
          ir: k.ir,
          th: k.th,
          lk: k.lk,
          j: fx(`${c.a("ir")}+${c.a("th")}+${c.a("lk")}`),
          sr: k.sr,
          // planted: Karangrejo's capaian keeps a stale cached 88.06 from an older tadah hujan figure
          c: fx(`ROUND(${c.a("j")}/${c.a("sr")}*100,2)`, k.id === "k2" ? 88.06 : undefined),
          sh: fx(`ROUND(${c.a("j")}/${c.a("j", "tot")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "nm"],
        cells: (c) => ({
          no: "JUMLAH",
          ir: fx(`SUM(${c.a("ir", "k1")}:${c.a("ir", "k6")})`),
          // planted: the tadah hujan total stops one row short (Tegalwangi left out)
          th: fx(`SUM(${c.a("th", "k1")}:${c.a("th", "k5")})`),
          lk: fx(`SUM(${c.a("lk", "k1")}:${c.a("lk", "k6")})`),
          j: fx(`SUM(${c.a("j", "k1")}:${c.a("j", "k6")})`),
          sr: fx(`SUM(${c.a("sr", "k1")}:${c.a("sr", "k6")})`),
          c: fx(`ROUND(${c.a("j")}/${c.a("sr")}*100,2)`),
          sh: fx(`ROUND(${c.a("j")}/${c.a("j")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines(["Sumber: laporan harian LTT Koordinator POPT dan penyuluh kecamatan, diolah."]);
  s.gap();
  signature(s, 7, {
    tempat: "Bantar Sari, 4 April 2025",
    jabatan: ["Kepala Bidang Tanaman Pangan"],
    nama: "RATNA KUSUMANINGRUM, S.P., M.Agr.",
    nip: "19811107 200604 2 013",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const ids = K.map((k) => k.id);
  b.plant({
    at: { sheet: S, cell: a("c", "k2") },
    rules: ["capaian-mismatch"],
    note: "Capaian of Karangrejo has a stale cached 88.06; its formula over (6) 5,955 / (7) 6,200 gives 96.05",
    truth: `ROUND(${a("j", "k2")}/${a("sr", "k2")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("th", "tot") },
    rules: ["sum-mismatch"],
    note: "JUMLAH sawah tadah hujan is =SUM one row short (8,710); with Tegalwangi's 930 it is 9,640",
    truth: ids.map((id) => a("th", id)).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("c", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("j", "tot")}/${a("sr", "tot")}*100,2)`,
    trap: `ROUND((${ids.map((id) => `${a("j", id)}/${a("sr", id)}`).join("+")})*100/6,2)`,
  });
  for (const k of ["ir", "lk", "j", "sr"])
    b.ok({
      sheet: S,
      cell: a(k, "tot"),
      rules: ["sum-mismatch"],
      truth: ids.map((id) => a(k, id)).join("+"),
    });
  for (const id of ["k1", "k4", "k6"]) {
    b.ok({
      sheet: S,
      cell: a("j", id),
      rules: ["sum-mismatch"],
      truth: `${a("ir", id)}+${a("th", id)}+${a("lk", id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("j", id)}/${a("sr", id)}*100,2)`,
    });
  }
  b.ok({
    sheet: S,
    cell: a("sh", "k3"),
    rules: ["percent-out-of-range"],
    truth: `ROUND(${a("j", "k3")}/${a("j", "tot")}*100,2)`,
  });
  return b.finish();
}

/** Produksi padi per subround and the alsintan distribution side by side, Distan TPH Ogan Lengkas. */
export function produksiAlsintan(): BookW {
  const b = new BookW(
    "produksi-gkg-subround-alsintan-ogan-lengkas.xlsx",
    "Rekap produksi padi dan alsintan (Distan TPH)",
    "left: Subround | Luas Panen (ha) | Produktivitas (ku/ha) | Produksi GKG (ton) '(4) = (2) x (3) / 10'; Jumlah row with produktivitas = produksi / luas panen x 10; right (one empty column between, shorter): Jenis alsintan | Poktan sasaran | Poktan penerima | % penerima | Unit, with Jumlah",
  );
  const S = "Produksi dan Alsintan";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN OGAN LENGKAS", "DINAS PERTANIAN TANAMAN PANGAN DAN HORTIKULTURA"]);
  s.lines(["Luas Panen, Produktivitas dan Produksi Padi serta Distribusi Alsintan Tahun 2024"]);
  s.gap();
  const SR = [
    { id: "sr1", nm: "Subround I (Jan-Apr)", lp: 28_460, pv: 53.84 },
    { id: "sr2", nm: "Subround II (Mei-Ags)", lp: 17_935, pv: 50.12 },
    { id: "sr3", nm: "Subround III (Sep-Des)", lp: 9_870, pv: 47.65 },
  ];
  const top = s.r;
  const pt = s.table({
    cols: [
      { key: "nm", head: ["Subround"], num: "(1)", width: 22 },
      { key: "lp", head: ["Luas Panen (ha)"], role: "realisasi", year: 2024, num: "(2)", fmt: INT },
      { key: "pv", head: ["Produktivitas (ku/ha)"], role: "realisasi", year: 2024, num: "(3)", fmt: DEC },
      {
        key: "pr",
        head: ["Produksi GKG (ton)"],
        role: "realisasi",
        year: 2024,
        num: "(4) = (2) x (3) / 10",
        fmt: DEC,
      },
    ],
    headerRows: 1,
    numberRow: "plain",
    rows: [
      ...SR.map((x): Row => ({
        id: x.id,
        cells: (c) => ({
          nm: x.nm,
          lp: x.lp,
          pv: x.pv,
          // planted: subround II production typed 98,620.45 (17,935 x 50.12 / 10 = 89,890.22)
          pr: x.id === "sr2" ? 98_620.45 : fx(`ROUND(${c.a("lp")}*${c.a("pv")}/10,2)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        cells: (c) => ({
          nm: "Jumlah / Rata-rata",
          lp: fx(`SUM(${c.a("lp", "sr1")}:${c.a("lp", "sr3")})`),
          pr: fx(`SUM(${c.a("pr", "sr1")}:${c.a("pr", "sr3")})`),
          pv: 51.57,
        }),
      },
    ],
  });
  const J = [
    { id: "j1", nm: "Traktor roda dua", ps: 48, pn: 46, u: 46 },
    { id: "j2", nm: "Pompa air", ps: 36, pn: 31, u: 35 },
    { id: "j3", nm: "Combine harvester", ps: 12, pn: 9, u: 9 },
  ];
  const at = s.table(
    {
      cols: [
        { key: "nm", head: ["Jenis Alsintan"], width: 20 },
        { key: "ps", head: ["Poktan Sasaran"], role: "target", year: 2024, fmt: INT },
        { key: "pn", head: ["Poktan Penerima"], role: "realisasi", year: 2024, fmt: INT },
        { key: "pc", head: ["% Poktan Penerima"], role: "capaian", year: 2024, fmt: DEC },
        { key: "u", head: ["Unit"], role: "lainnya", fmt: INT },
      ],
      headerRows: 2,
      rows: [
        ...J.map((x): Row => ({
          id: x.id,
          cells: (c) => ({
            nm: x.nm,
            ps: x.ps,
            pn: x.pn,
            // planted: the pompa air % typed 113.89, over 100 (31 of 36 poktan)
            pc: x.id === "j2" ? 113.89 : fx(`ROUND(${c.a("pn")}/${c.a("ps")}*100,2)`),
            u: x.u,
          }),
        })),
        {
          id: "tot",
          bold: true,
          cells: (c) => ({
            nm: "Jumlah",
            ps: fx(`SUM(${c.a("ps", "j1")}:${c.a("ps", "j3")})`),
            pn: fx(`SUM(${c.a("pn", "j1")}:${c.a("pn", "j3")})`),
            pc: fx(`ROUND(${c.a("pn")}/${c.a("ps")}*100,2)`),
            u: fx(`SUM(${c.a("u", "j1")}:${c.a("u", "j3")})`),
          }),
        },
      ],
    },
    pt.right + 2,
    top,
  );
  s.gap();
  s.lines([
    "Produktivitas Jumlah = produksi / luas panen x 10 (bukan rata-rata subround). Sumber: KSA BPS, diolah.",
  ]);
  const a = (k: string, id: string) => pt.a(k, id);
  const q = (k: string, id: string) => at.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("pr", "sr2") },
    rules: ["ratio-components-mismatch", "hardcoded-value"],
    note: "Produksi GKG of subround II is a typed 98,620.45 among formulas; 17,935 ha x 50.12 ku/ha / 10 = 89,890.22 ton",
    truth: `ROUND(${a("lp", "sr2")}*${a("pv", "sr2")}/10,2)`,
  });
  b.plant({
    at: { sheet: S, cell: q("pc", "j2") },
    rules: ["percent-out-of-range", "capaian-mismatch"],
    note: "% poktan penerima pompa air typed 113.89 (over 100 is impossible: 31 of 36 poktan); 31 / 36 gives 86.11",
    truth: `ROUND(${q("pn", "j2")}/${q("ps", "j2")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("lp", "tot"),
    rules: ["sum-mismatch"],
    truth: `${a("lp", "sr1")}+${a("lp", "sr2")}+${a("lp", "sr3")}`,
  });
  for (const id of ["sr1", "sr3"])
    b.ok({
      sheet: S,
      cell: a("pr", id),
      rules: ["ratio-components-mismatch"],
      truth: `ROUND(${a("lp", id)}*${a("pv", id)}/10,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("pv", "tot"),
    rules: ["sum-mismatch", "ratio-components-mismatch"],
    truth: `ROUND((${a("lp", "sr1")}*${a("pv", "sr1")}+${a("lp", "sr2")}*${a("pv", "sr2")}+${a("lp", "sr3")}*${a("pv", "sr3")})/${a("lp", "tot")},2)`,
    trap: `ROUND((${a("pv", "sr1")}+${a("pv", "sr2")}+${a("pv", "sr3")})/3,2)`,
  });
  for (const id of ["j1", "j3", "tot"])
    b.ok({
      sheet: S,
      cell: q("pc", id),
      rules: ["percent-out-of-range", "capaian-mismatch"],
      truth: `ROUND(${q("pn", id)}/${q("ps", id)}*100,2)`,
    });
  for (const k of ["ps", "pn", "u"])
    b.ok({
      sheet: S,
      cell: q(k, "tot"),
      rules: ["sum-mismatch"],
      truth: `${q(k, "j1")}+${q(k, "j2")}+${q(k, "j3")}`,
    });
  return b.finish();
}
