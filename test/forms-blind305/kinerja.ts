// LKjIP, PK beside its Renstra, the RTLH recap per kecamatan and the kawasan kumuh / PSU recap of two
// Dinas Perumahan dan Kawasan Permukiman (Kalimantan Selatan, Sumatera Barat). All invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Col, type Row } from "../forms/kit";

type Cap = {
  id: string;
  ind: string;
  sat: string;
  neg: boolean;
  r23: number;
  t: number;
  r: number;
  akhir: number;
};

/** LKjIP 2024 Tabel 3.2 of the Disperkim Kota Sungai Rawa: refleksi on the lower-is-better rows. */
export function lkjipPerkim(): BookW {
  const b = new BookW(
    "lkjip-2024-rumah-layak-huni-sungai-rawa.xlsx",
    "LKjIP pengukuran kinerja (Perkim)",
    "LKjIP 2024 Tabel 3.2: No | Sasaran (merged) | Indikator | Satuan | Realisasi 2023 | Target 2024 | Realisasi 2024 | Capaian 2024 (%) | Predikat | Target Akhir Renstra 2026 | Keterangan (arah); plain formulas, refleksi (2T-R)/T where lower is better",
  );
  const S = "Tabel 3.2";
  const s = b.sheet(S);
  s.lines([
    "Tabel 3.2 Capaian Indikator Kinerja Utama Dinas Perumahan Rakyat dan Kawasan Permukiman",
    "Kota Sungai Rawa Tahun 2024",
  ]);
  s.gap();
  const I: Cap[] = [
    {
      id: "i1",
      ind: "Persentase rumah layak huni",
      sat: "%",
      neg: false,
      r23: 86.4,
      t: 88.5,
      r: 88.6,
      akhir: 92,
    },
    {
      id: "i2",
      ind: "Persentase luas kawasan permukiman kumuh",
      sat: "%",
      neg: true,
      r23: 4.6,
      t: 4.2,
      r: 3.9,
      akhir: 3,
    },
    {
      id: "i3",
      ind: "Backlog kepemilikan rumah",
      sat: "unit",
      neg: true,
      r23: 10_120,
      t: 9_800,
      r: 10_450,
      akhir: 8_900,
    },
    {
      id: "i4",
      ind: "Persentase PSU perumahan yang telah diserahkan ke Pemerintah Kota",
      sat: "%",
      neg: false,
      r23: 38.5,
      t: 60,
      r: 43.8,
      akhir: 75,
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 26 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, fmt: DEC },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, fmt: DEC },
    { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024, fmt: DEC },
    { key: "c", head: ["Tahun 2024", "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "p", head: ["Tahun 2024", "Predikat"], role: "predikat", year: 2024 },
    { key: "ak", head: ["Target Akhir Renstra (2026)"], role: "target", fmt: DEC },
    { key: "ket", head: ["Keterangan"], role: "keterangan", width: 20 },
  ];
  const cap = (neg: boolean, t: string, r: string) => (neg ? `(2*${t}-${r})/${t}*100` : `${r}/${t}*100`);
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...I.map((x, i): Row => ({
        id: x.id,
        cells: (c) => ({
          no: i + 1,
          sas: "Meningkatnya kualitas perumahan dan permukiman layak huni",
          ind: x.ind,
          sat: x.sat,
          r23: x.r23,
          t: x.t,
          r: x.r,
          // planted: the backlog row (lower is better) carries the R / T formula
          c: fx(cap(x.neg && x.id !== "i3", c.a("t"), c.a("r"))),
          // planted: PSU 73.00 is 'Cukup', written 'Baik'
          p: { i1: "Sangat Baik", i2: "Sangat Baik", i3: "Sangat Baik", i4: "Baik" }[x.id],
          ak: x.akhir,
          ket: x.neg ? "Semakin rendah semakin baik" : "Semakin tinggi semakin baik",
        }),
      })),
      {
        id: "avg",
        span: ["no", "r"],
        cells: (c) => ({ no: "Rata-rata Capaian", c: fx(`AVERAGE(${c.a("c", "i1")}:${c.a("c", "i4")})`) }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Skala predikat: > 90 Sangat Baik; > 75-90 Baik; > 65-75 Cukup; > 50-65 Kurang; <= 50 Sangat Kurang.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Sungai Rawa, 27 Februari 2025",
    jabatan: ["KEPALA DINAS PERUMAHAN RAKYAT", "DAN KAWASAN PERMUKIMAN"],
    nama: "H. AHMAD RIFANI NOOR, S.T., M.T.",
    nip: "19760318 200212 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i3") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Backlog kepemilikan rumah is lower-is-better but computed R / T = 106.63; refleksi (2 x 9,800 - 10,450) / 9,800 gives 93.37",
    truth: cap(true, a("t", "i3"), a("r", "i3")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i4") },
    rules: ["predikat-mismatch"],
    note: "Predikat 'Baik' for PSU diserahkan at 73.00 (43.8 / 60); the band > 65-75 is Cukup",
    truth: `PREDIKAT_BAIK(${a("c", "i4")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "i2"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: cap(true, a("t", "i2"), a("r", "i2")),
    trap: cap(false, a("t", "i2"), a("r", "i2")),
  });
  b.ok({
    sheet: S,
    cell: a("c", "i1"),
    rules: ["capaian-mismatch"],
    truth: cap(false, a("t", "i1"), a("r", "i1")),
  });
  b.ok({
    sheet: S,
    cell: a("c", "i4"),
    rules: ["capaian-mismatch"],
    truth: cap(false, a("t", "i4"), a("r", "i4")),
  });
  for (const id of ["i1", "i2"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  return b.finish();
}

/** PK 2025 of the Kepala Dinas Perkim Batang Lampu with the Renstra 2025-2029 sheet (Tahun ke-1..5). */
export function pkPerkim(): BookW {
  const b = new BookW(
    "pk-2025-disperkim-batang-lampu.xlsx",
    "PK 2025 with Renstra (Perkim)",
    "sheet 'PK 2025': statement, No | Sasaran | Indikator | Target 2025 | Satuan; Program | Anggaran with a typed Jumlah; sheet 'IKU Renstra': Tahun ke-1..ke-5 (Renstra 2025-2029 in the title) and kondisi akhir",
  );
  const R = "IKU Renstra";
  const P = "PK 2025";
  const ind = [
    { id: "a", ind: "Persentase rumah layak huni", sat: "%", awal: 81.3, k: [83, 84.8, 86.5, 88, 90] },
    {
      id: "b",
      ind: "Persentase luas kawasan permukiman kumuh",
      sat: "%",
      awal: 5.8,
      k: [5.2, 4.6, 4, 3.5, 3],
    },
    { id: "c", ind: "Jumlah RTLH yang diperbaiki", sat: "unit", awal: 240, k: [260, 260, 280, 280, 300] },
  ];
  const rs = b.sheet(R);
  rs.lines(["Indikator Kinerja Utama dan Target Renstra Dinas Perkim Kabupaten Batang Lampu 2025-2029"]);
  rs.gap();
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "ind", head: ["Indikator"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Awal"], role: "kondisi-awal" },
      ...[1, 2, 3, 4, 5].map((n): Col => ({
        key: `y${n}`,
        head: ["Target Tahun", `Tahun ke-${n}`],
        role: "target",
        year: 2024 + n,
      })),
      { key: "ak", head: ["Kondisi Akhir"], role: "kondisi-akhir" },
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
        ak: x.id === "c" ? x.k.reduce((p, q) => p + q, 0) : x.k[4],
      },
    })),
  });
  const pk = b.sheet(P);
  letterhead(pk, [
    "PERJANJIAN KINERJA TAHUN 2025",
    "KEPALA DINAS PERUMAHAN DAN KAWASAN PERMUKIMAN KABUPATEN BATANG LAMPU",
  ]);
  pk.lines([
    "Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini,",
    "dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan.",
  ]);
  pk.gap();
  const pt = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
      { key: "tg", head: ["Target"], role: "target", year: 2025 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
    ],
    headerRows: 1,
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas: i < 2 ? "Meningkatnya kualitas hunian dan lingkungan permukiman" : "Tertanganinya RTLH",
        ind: x.ind,
        // planted: the kumuh target is the Renstra Tahun ke-3 (2027) value
        tg: x.id === "b" ? x.k[2] : x.k[0],
        sat: x.sat,
      },
    })),
  });
  pk.gap();
  const prog = [
    { id: "p1", nm: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", rp: 4_126_870_000 },
    { id: "p2", nm: "Program Pengembangan Perumahan", rp: 6_418_500_000 },
    { id: "p3", nm: "Program Kawasan Permukiman", rp: 2_305_250_000 },
    { id: "p4", nm: "Program Perumahan dan Kawasan Permukiman Kumuh", rp: 3_792_300_000 },
    { id: "p5", nm: "Program Peningkatan Prasarana, Sarana dan Utilitas Umum (PSU)", rp: 1_687_400_000 },
  ];
  const total = prog.reduce((p, x) => p + x.rp, 0);
  const at = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "nm", head: ["Program"], width: 48 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Sumber Dana"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...prog.map((x, i): Row => ({
        id: x.id,
        cells: { no: i + 1, nm: x.nm, rp: x.rp, ket: "APBD Kabupaten" },
      })),
      // planted: Jumlah typed from an earlier draft (PSU programme at 1,867,400,000)
      { id: "j", span: ["no", "nm"], cells: { no: "Jumlah", rp: total + 180_000_000 } },
    ],
  });
  pk.gap();
  signature(pk, 3, {
    tempat: "Lubuk Sikai, 6 Januari 2025",
    jabatan: ["KEPALA DINAS PERUMAHAN DAN KAWASAN PERMUKIMAN"],
    nama: "Ir. DEDI SYAFRIZAL DT. RAJO NAN PUTIAH",
    nip: "19730905 199903 1 003",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("tg", "b") },
        { sheet: R, cell: rt.a("y1", "b") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of % kawasan kumuh is 4.00, the Renstra Tahun ke-3 (2027) target; Tahun ke-1 (2025) is 5.20",
    truth: `'${R}'!${rt.a("y1", "b")}`,
  });
  b.plant({
    at: { sheet: P, cell: at.a("rp", "j") },
    rules: ["sum-mismatch"],
    note: "Jumlah is a typed 18,510,320,000; the five programs add up to 18,330,320,000",
    truth: `SUM(${at.a("rp", "p1")}:${at.a("rp", "p5")})`,
  });
  for (const id of ["a", "c"])
    b.ok({
      sheet: P,
      cell: pt.a("tg", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${rt.a("y1", id)}`,
    });
  const yrs = (id: string) => [1, 2, 3, 4, 5].map((n) => rt.a(`y${n}`, id)).join("+");
  for (const id of ["a", "b"])
    b.ok({
      sheet: R,
      cell: rt.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("y5", id),
      trap: yrs(id),
    });
  b.ok({
    sheet: R,
    cell: rt.a("ak", "c"),
    rules: ["kondisi-akhir-mismatch"],
    truth: yrs("c"),
    trap: rt.a("y5", "c"),
  });
  b.ok({ sheet: R, cell: rt.a("y5", "b"), rules: ["target-trend"], truth: "3" });
  return b.finish();
}

/** RTLH ditangani per kecamatan 2024 (BSPS, DAK, APBD), Disperkim Batang Lampu. */
export function rekapRtlh(): BookW {
  const b = new BookW(
    "rekap-rtlh-bsps-per-kecamatan-batang-lampu.xlsx",
    "Rekap RTLH per kecamatan (Perkim)",
    "Rekap RTLH 2024 per kecamatan: RTLH awal | BSPS | DAK | APBD | Jumlah (7)=(4)+(5)+(6) | % (8)=(7)/(3)x100 | Sisa (9)=(3)-(7) | Pagu APBD (Rp); number row with identities; TOTAL row with the ratio of totals",
  );
  const S = "RTLH 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN BATANG LAMPU",
    "DINAS PERUMAHAN DAN KAWASAN PERMUKIMAN",
    "Bidang Perumahan",
  ]);
  s.lines(["REKAPITULASI PENANGANAN RUMAH TIDAK LAYAK HUNI (RTLH) PER KECAMATAN TAHUN 2024"]);
  s.gap();
  const K = [
    { id: "k1", nm: "Lubuk Sikai", awal: 412, bsps: 60, dak: 25, apbd: 18, pagu: 432_000_000 },
    { id: "k2", nm: "Batang Hilir", awal: 538, bsps: 75, dak: 30, apbd: 22, pagu: 528_000_000 },
    { id: "k3", nm: "Koto Ampalu", awal: 297, bsps: 40, dak: 15, apbd: 12, pagu: 288_000_000 },
    { id: "k4", nm: "Sungai Lasi Mudiak", awal: 355, bsps: 45, dak: 20, apbd: 16, pagu: 384_000_000 },
    { id: "k5", nm: "Tanjung Bonai Aur", awal: 186, bsps: 20, dak: 10, apbd: 8, pagu: 192_000_000 },
  ];
  const D = "RTLH Ditangani Tahun 2024 (unit)";
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)" },
      { key: "nm", head: ["Kecamatan"], role: "lokasi", num: "(2)", width: 20 },
      {
        key: "awal",
        head: ["Jumlah RTLH Awal 2024 (unit)"],
        role: "kondisi-awal",
        year: 2024,
        num: "(3)",
        fmt: INT,
      },
      { key: "bsps", head: [D, "BSPS (APBN)"], role: "realisasi", year: 2024, num: "(4)", fmt: INT },
      { key: "dak", head: [D, "DAK Perumahan"], role: "realisasi", year: 2024, num: "(5)", fmt: INT },
      { key: "apbd", head: [D, "APBD Kabupaten"], role: "realisasi", year: 2024, num: "(6)", fmt: INT },
      { key: "j", head: [D, "Jumlah"], role: "realisasi", year: 2024, num: "(7)=(4)+(5)+(6)", fmt: INT },
      { key: "p", head: ["% Tertangani"], role: "capaian", year: 2024, num: "(8)=(7)/(3)x100", fmt: DEC },
      { key: "sisa", head: ["Sisa RTLH Akhir 2024"], role: "lainnya", num: "(9)=(3)-(7)", fmt: INT },
      {
        key: "pagu",
        head: ["Realisasi Dana APBD (Rp)"],
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
          awal: k.awal,
          bsps: k.bsps,
          dak: k.dak,
          apbd: k.apbd,
          // planted: Koto Ampalu's Jumlah typed 76 (40 + 15 + 12 = 67)
          j: k.id === "k3" ? 76 : fx(`${c.a("bsps")}+${c.a("dak")}+${c.a("apbd")}`),
          p: fx(`ROUND(${c.a("j")}/${c.a("awal")}*100,2)`),
          sisa: fx(`${c.a("awal")}-${c.a("j")}`),
          pagu: k.pagu,
        }),
      })),
      {
        id: "tot",
        span: ["no", "nm"],
        bold: true,
        cells: (c) => {
          const out: Record<string, string | ReturnType<typeof fx>> = { no: "TOTAL" };
          for (const k of ["awal", "bsps", "dak", "apbd", "j", "sisa", "pagu"])
            out[k] = fx(`SUM(${c.a(k, "k1")}:${c.a(k, "k5")})`);
          // planted: stale cached % (from a version without Tanjung Bonai Aur)
          out.p = fx(`ROUND(${c.a("j")}/${c.a("awal")}*100,2)`, 18.42);
          return out;
        },
      },
    ],
  });
  s.gap();
  s.lines(["*) Data BSPS berdasarkan SK penerima bantuan Kementerian PUPR Tahun 2024."]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("j", "k3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah RTLH ditangani of Koto Ampalu is a typed 76 among formulas; 40 + 15 + 12 = 67",
    truth: `${a("bsps", "k3")}+${a("dak", "k3")}+${a("apbd", "k3")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("p", "tot") },
    rules: ["capaian-mismatch"],
    note: "% tertangani of the TOTAL row has a stale cached 18.42; its formula over the totals gives the ratio of totals",
    truth: `ROUND(${a("j", "tot")}/${a("awal", "tot")}*100,2)`,
  });
  for (const id of ["k1", "k2", "k4", "k5"]) {
    b.ok({
      sheet: S,
      cell: a("j", id),
      rules: ["sum-mismatch"],
      truth: `${a("bsps", id)}+${a("dak", id)}+${a("apbd", id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("p", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("j", id)}/${a("awal", id)}*100,2)`,
    });
  }
  for (const k of ["awal", "bsps", "pagu"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "k1")}:${a(k, "k5")})` });
  return b.finish();
}

/** Kawasan kumuh per triwulan (ha) beside the PSU perumahan diserahkan per pengembang, Kota Sungai Rawa. */
export function rekapKumuhPsu(): BookW {
  const b = new BookW(
    "kawasan-kumuh-triwulan-psu-diserahkan-sungai-rawa.xlsx",
    "Rekap kawasan kumuh dan PSU (Perkim)",
    "Left: kawasan kumuh 2024 per triwulan: luas awal (level), ditangani (ha, flow), sisa (level), Jumlah row (flow summed, level = TW IV); right, one empty column between: PSU perumahan per pengembang, wajib | diserahkan | %, Jumlah with the ratio of totals",
  );
  const S = "Kumuh & PSU 2024";
  const s = b.sheet(S);
  s.lines([
    "DINAS PERUMAHAN RAKYAT DAN KAWASAN PERMUKIMAN KOTA SUNGAI RAWA",
    "Capaian Penanganan Kawasan Kumuh dan Penyerahan PSU Tahun 2024",
  ]);
  s.gap();
  const Q = [
    { id: "q1", tw: "Triwulan I", awal: 118.4, tg: 2.1, rp: 845_600_000 },
    { id: "q2", tw: "Triwulan II", awal: 116.3, tg: 4.35, rp: 1_612_250_000 },
    { id: "q3", tw: "Triwulan III", awal: 111.95, tg: 5.2, rp: 1_948_700_000 },
    { id: "q4", tw: "Triwulan IV", awal: 106.75, tg: 3.05, rp: 1_206_900_000 },
  ];
  const top = s.r;
  const t = s.table({
    cols: [
      { key: "tw", head: ["Periode"], num: "1", width: 14 },
      {
        key: "awal",
        head: ["Luas Kumuh Awal Periode (ha)"],
        role: "kondisi-awal",
        year: 2024,
        num: "2",
        fmt: DEC,
      },
      { key: "tg", head: ["Luas Ditangani (ha)"], role: "realisasi", year: 2024, num: "3", fmt: DEC },
      {
        key: "sisa",
        head: ["Luas Kumuh Akhir Periode (ha)"],
        role: "realisasi",
        year: 2024,
        num: "4 = 2 - 3",
        fmt: DEC,
      },
      {
        key: "rp",
        head: ["Realisasi Anggaran (Rp)"],
        role: "realisasi-anggaran",
        year: 2024,
        num: "5",
        fmt: RP,
        width: 16,
      },
    ],
    headerRows: 1,
    numberRow: "plain",
    rows: [
      ...Q.map((q): Row => ({
        id: q.id,
        cells: (c) => ({
          tw: q.tw,
          awal: q.awal,
          tg: q.tg,
          sisa: fx(`${c.a("awal")}-${c.a("tg")}`),
          rp: q.rp,
        }),
      })),
      {
        id: "j",
        bold: true,
        cells: (c) => ({
          tw: "Tahun 2024",
          awal: fx(c.a("awal", "q1")),
          // planted: the year's ha ditangani typed 15.70; the quarters give 14.70
          tg: 15.7,
          sisa: fx(c.a("sisa", "q4")),
          rp: fx(`SUM(${c.a("rp", "q1")}:${c.a("rp", "q4")})`),
        }),
      },
    ],
  });
  const P = [
    { id: "d1", nm: "PT Griya Banua Sejahtera", w: 12, d: 9 },
    { id: "d2", nm: "CV Martapura Land", w: 8, d: 8 },
    { id: "d3", nm: "PT Intan Rawa Residence", w: 15, d: 6 },
    { id: "d4", nm: "Koperasi Perumahan Barito Permai", w: 5, d: 2 },
  ];
  const pt = s.table(
    {
      cols: [
        { key: "nm", head: ["Pengembang Perumahan"], width: 30 },
        { key: "w", head: ["PSU Wajib Diserahkan (lokasi)"], role: "target", year: 2024, fmt: INT },
        { key: "d", head: ["PSU Telah Diserahkan (lokasi)"], role: "realisasi", year: 2024, fmt: INT },
        { key: "p", head: ["% Penyerahan"], role: "capaian", year: 2024, fmt: DEC },
      ],
      headerRows: 1,
      rows: [
        ...P.map((p): Row => ({
          id: p.id,
          cells: (c) => ({
            nm: p.nm,
            w: p.w,
            d: p.d,
            // planted: CV Martapura Land typed 125.00 (8 of 8 is 100)
            p: p.id === "d2" ? 125 : fx(`ROUND(${c.a("d")}/${c.a("w")}*100,2)`),
          }),
        })),
        {
          id: "j",
          bold: true,
          cells: (c) => ({
            nm: "Jumlah",
            w: fx(`SUM(${c.a("w", "d1")}:${c.a("w", "d4")})`),
            d: fx(`SUM(${c.a("d", "d1")}:${c.a("d", "d4")})`),
            p: fx(`ROUND(${c.a("d")}/${c.a("w")}*100,2)`),
          }),
        },
      ],
    },
    7,
    top,
  );
  s.gap();
  signature(s, 3, {
    tempat: "Sungai Rawa, 8 Januari 2025",
    jabatan: ["KEPALA BIDANG KAWASAN PERMUKIMAN"],
    nama: "RAHMILA HAYATI, S.T., M.Eng.",
    nip: "19850412 201001 2 017",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("tg", "j") },
    rules: ["sum-mismatch"],
    note: "Luas ditangani for the year is 15.70 ha; the four quarters give 2.10 + 4.35 + 5.20 + 3.05 = 14.70",
    truth: ["q1", "q2", "q3", "q4"].map((id) => a("tg", id)).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: pt.a("p", "d2") },
    rules: ["percent-out-of-range", "capaian-mismatch", "hardcoded-value"],
    note: "% penyerahan PSU of CV Martapura Land is a typed 125.00; 8 of 8 lokasi is 100.00 and more than all cannot be handed over",
    truth: `ROUND(${pt.a("d", "d2")}/${pt.a("w", "d2")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("sisa", "j"),
    rules: ["sum-mismatch"],
    truth: a("sisa", "q4"),
    trap: `SUM(${a("sisa", "q1")}:${a("sisa", "q4")})`,
  });
  b.ok({
    sheet: S,
    cell: a("awal", "j"),
    rules: ["sum-mismatch"],
    truth: a("awal", "q1"),
    trap: `SUM(${a("awal", "q1")}:${a("awal", "q4")})`,
  });
  b.ok({
    sheet: S,
    cell: a("rp", "j"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("rp", "q1")}:${a("rp", "q4")})`,
  });
  for (const id of ["q2", "q3", "q4"])
    b.ok({
      sheet: S,
      cell: a("awal", id),
      rules: ["sum-mismatch"],
      truth: "ROUND(" + a("sisa", `q${Number(id[1]) - 1}`) + ",2)",
    });
  b.ok({
    sheet: S,
    cell: pt.a("p", "j"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND(SUM(${pt.a("d", "d1")}:${pt.a("d", "d4")})/SUM(${pt.a("w", "d1")}:${pt.a("w", "d4")})*100,2)`,
    trap: `ROUND(AVERAGE(${pt.a("p", "d1")}:${pt.a("p", "d4")}),2)`,
  });
  for (const id of ["d1", "d3", "d4"])
    b.ok({
      sheet: S,
      cell: pt.a("p", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${pt.a("d", id)}/${pt.a("w", id)}*100,2)`,
    });
  return b.finish();
}
