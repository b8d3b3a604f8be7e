// LKjIP, PK with its Renstra, the recap of tindak lanjut rekomendasi BPK per OPD and the recap of
// nilai SAKIP per OPD (with probity audit per triwulan beside it) of two Inspektorat. All invented.
import { BookW, DEC, INT, RP, fx, letterhead, sakip, signature, type Col, type Row } from "../forms/kit";

/** LKjIP 2024 Inspektorat Kota Tanjung Kelambu: refleksi on negatives, a stale cached capaian. */
export function lkjipInspektorat(): BookW {
  const b = new BookW(
    "lkjip-2024-inspektorat-tanjung-kelambu-308.xlsx",
    "LKjIP pengukuran kinerja (Inspektorat)",
    "LKjIP 2024 Tabel 3.2: Sasaran (merged) | Indikator | Satuan | Realisasi 2023 | Target 2024 | Realisasi 2024 | Capaian 2024 (%) | Predikat | Target akhir Renstra 2029 | Capaian thd Renstra (%); refleksi (2T-R)/T on negatives; predikat words",
  );
  const S = "Tabel 3.2";
  const s = b.sheet(S);
  s.lines(["Tabel 3.2 Capaian Indikator Kinerja Utama Inspektorat Kota Tanjung Kelambu Tahun 2024"]);
  s.gap();
  const I = [
    {
      id: "i1",
      sas: "Meningkatnya kualitas pengawasan",
      ind: "Level kapabilitas APIP (IACM)",
      sat: "level",
      neg: false,
      r23: 2.8,
      t: 3,
      r: 3,
      ak: 4,
    },
    {
      id: "i2",
      sas: "Meningkatnya kualitas pengawasan",
      ind: "Persentase rekomendasi BPK yang ditindaklanjuti",
      sat: "%",
      neg: false,
      r23: 76.2,
      t: 80,
      r: 71.5,
      ak: 90,
    },
    {
      id: "i3",
      sas: "Menurunnya penyimpangan",
      ind: "Persentase temuan berulang",
      sat: "%",
      neg: true,
      r23: 14.2,
      t: 12,
      r: 10.2,
      ak: 6,
    },
    {
      id: "i4",
      sas: "Menurunnya penyimpangan",
      ind: "Jumlah kasus kerugian daerah yang belum diselesaikan",
      sat: "kasus",
      neg: true,
      r23: 11,
      t: 9,
      r: 10,
      ak: 4,
    },
    {
      id: "i5",
      sas: "Meningkatnya akuntabilitas kinerja",
      ind: "Nilai rata-rata SAKIP OPD",
      sat: "nilai",
      neg: false,
      r23: 63.4,
      t: 66,
      r: 67.1,
      ak: 75,
    },
  ];
  const cols: Col[] = [
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 26 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, fmt: DEC },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, fmt: DEC },
    { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024, fmt: DEC },
    { key: "c", head: ["Tahun 2024", "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "p", head: ["Tahun 2024", "Predikat"], role: "predikat", year: 2024 },
    { key: "ak", head: ["Target Akhir Renstra (2029)"], role: "target", year: 2029, fmt: DEC },
  ];
  const cap = (neg: boolean, t: string, r: string) =>
    neg ? `ROUND((2*${t}-${r})/${t}*100,2)` : `ROUND(${r}/${t}*100,2)`;
  const pb = (c: number) =>
    c > 90 ? "Sangat Baik" : c > 75 ? "Baik" : c > 65 ? "Cukup" : c > 50 ? "Kurang" : "Sangat Kurang";
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: I.map((x): Row => {
      const c = x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100;
      return {
        id: x.id,
        cells: (ctx) => ({
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          r23: x.r23,
          t: x.t,
          r: x.r,
          // planted: kasus kerugian daerah (negative) with R/T; planted: stale cached 93.75 for i2
          c: fx(
            x.id === "i4" ? cap(false, ctx.a("t"), ctx.a("r")) : cap(x.neg, ctx.a("t"), ctx.a("r")),
            x.id === "i2" ? 93.75 : undefined,
          ),
          p: x.id === "i4" ? "Sangat Baik" : x.id === "i2" ? "Sangat Baik" : pb(c),
          ak: x.ak,
        }),
      };
    }),
  });
  s.gap();
  s.lines([
    "Catatan: indikator negatif dihitung dengan rumus refleksi (2 x Target - Realisasi) / Target x 100.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i4") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Jumlah kasus kerugian daerah belum diselesaikan (negative) computed R/T = 111.11; refleksi (2 x 9 - 10) / 9 gives 88.89",
    truth: cap(true, a("t", "i4"), a("r", "i4")),
  });
  b.plant({
    at: { sheet: S, cell: a("c", "i2") },
    rules: ["capaian-mismatch"],
    note: "=ROUND(R/T*100,2) with a stale cached 93.75; 71.5 / 80 gives 89.38",
    truth: `ROUND(${a("r", "i2")}/${a("t", "i2")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "i3"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: cap(true, a("t", "i3"), a("r", "i3")),
    trap: `ROUND(${a("r", "i3")}/${a("t", "i3")}*100,2)`,
  });
  for (const id of ["i1", "i5"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: cap(false, a("t", id), a("r", id)),
    });
  for (const id of ["i1", "i3", "i5"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  return b.finish();
}

/** PK 2025 of the Inspektur Kabupaten Sungai Manau Raya, beside the Renstra 2021-2026 (Tahun ke-) targets. */
export function pkInspektorat(): BookW {
  const b = new BookW(
    "pk-2025-inspektorat-sungai-manau-raya-308.xlsx",
    "PK 2025 with Renstra (Inspektorat)",
    "sheet 'PK Inspektur 2025': statement, No | Sasaran | Indikator | Target (value) | Satuan; second table Program | Anggaran (Rp) | Ket with a typed Jumlah; sheet 'IKU Renstra': Tahun ke-1..ke-6 (2021-2026 from the title) and Kondisi Akhir",
  );
  const R = "IKU Renstra";
  const P = "PK Inspektur 2025";
  const ind = [
    { id: "a", ind: "Nilai evaluasi SAKIP Kabupaten", sat: "nilai", k: [58.1, 60, 62.5, 65, 67.5, 70] },
    { id: "b", ind: "Level maturitas penyelenggaraan SPIP", sat: "level", k: [2.9, 3.0, 3.1, 3.2, 3.3, 3.4] },
    {
      id: "c",
      ind: "Persentase rekomendasi APIP yang ditindaklanjuti",
      sat: "%",
      k: [70, 74, 78, 82, 85, 88],
    },
  ];
  const rs = b.sheet(R);
  rs.lines([
    "Indikator Kinerja Utama Inspektorat Kabupaten Sungai Manau Raya",
    "Renstra Perangkat Daerah 2021-2026",
  ]);
  rs.gap();
  const Y = [1, 2, 3, 4, 5, 6];
  const rt = rs.table({
    cols: [
      { key: "ind", head: ["Indikator"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      ...Y.map((y): Col => ({
        key: `y${y}`,
        head: ["Target", `Tahun ke-${y}`],
        role: "target",
        year: 2020 + y,
        fmt: DEC,
      })),
      { key: "ak", head: ["Kondisi Akhir Renstra"], role: "kondisi-akhir", fmt: DEC },
    ],
    headerRows: 2,
    rows: ind.map((x) => ({
      id: x.id,
      cells: {
        ind: x.ind,
        sat: x.sat,
        ...Object.fromEntries(Y.map((y) => [`y${y}`, x.k[y - 1]])),
        ak: x.k[5],
      },
    })),
  });
  const pk = b.sheet(P);
  letterhead(pk, ["PERJANJIAN KINERJA TAHUN 2025", "INSPEKTORAT DAERAH KABUPATEN SUNGAI MANAU RAYA"]);
  pk.lines([
    "Pada hari ini Kamis tanggal dua Januari tahun dua ribu dua puluh lima, kami yang bertanda tangan",
    "di bawah ini berjanji akan mewujudkan target kinerja tahunan sesuai lampiran perjanjian ini.",
  ]);
  pk.gap();
  const pt = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
      { key: "tg", head: ["Target"], role: "target", year: 2025, fmt: DEC },
      { key: "sat", head: ["Satuan"], role: "satuan" },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: ind.map((x, i) => ({
      id: x.id,
      // planted: the SPIP target is the Tahun ke-6 (2026) value 3.4; Tahun ke-5 (2025) is 3.3
      cells: {
        no: i + 1,
        sas: "Meningkatnya akuntabilitas penyelenggaraan pemerintahan",
        ind: x.ind,
        tg: x.id === "b" ? x.k[5] : x.k[4],
        sat: x.sat,
      },
    })),
  });
  pk.gap();
  const prog = [
    { id: "p1", nm: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", rp: 4_126_870_000 },
    { id: "p2", nm: "Program Penyelenggaraan Pengawasan", rp: 2_357_400_000 },
    { id: "p3", nm: "Program Perumusan Kebijakan, Pendampingan dan Asistensi", rp: 612_250_000 },
  ];
  const at = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "nm", head: ["Program"], width: 44 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Ket."], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...prog.map((x, i): Row => ({ id: x.id, cells: { no: i + 1, nm: x.nm, rp: x.rp, ket: "APBD 2025" } })),
      // planted: a typed Jumlah 7,069,520,000 (the three programs add up to 7,096,520,000)
      { id: "j", span: ["no", "nm"], bold: true, cells: { no: "JUMLAH", rp: 7_069_520_000 } },
    ],
  });
  pk.gap();
  signature(pk, 3, {
    tempat: "Muara Manau, 2 Januari 2025",
    jabatan: ["INSPEKTUR KABUPATEN SUNGAI MANAU RAYA"],
    nama: "Drs. HENDRA SAPUTRA RASYID, M.M., CGCAE",
    nip: "19710304 199603 1 002",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("tg", "b") },
        { sheet: R, cell: rt.a("y5", "b") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of maturitas SPIP is 3.4, the Renstra Tahun ke-6 (2026) target; Tahun ke-5 (2025) is 3.3",
    truth: `'${R}'!${rt.a("y5", "b")}`,
  });
  b.plant({
    at: { sheet: P, cell: at.a("rp", "j") },
    rules: ["sum-mismatch"],
    note: "JUMLAH typed 7,069,520,000; the three programs add up to 7,096,520,000 (digits swapped)",
    truth: `SUM(${at.a("rp", "p1")}:${at.a("rp", "p3")})`,
  });
  for (const id of ["a", "c"])
    b.ok({
      sheet: P,
      cell: pt.a("tg", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${rt.a("y5", id)}`,
    });
  for (const id of ["a", "b", "c"])
    b.ok({
      sheet: R,
      cell: rt.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("y6", id),
      trap: Y.map((y) => rt.a(`y${y}`, id)).join("+"),
    });
  return b.finish();
}

/** Rekap tindak lanjut rekomendasi BPK per OPD, Inspektorat Sungai Manau Raya, status per 31 Desember 2024. */
export function rekapTlBpk(): BookW {
  const b = new BookW(
    "rekap-tl-rekomendasi-bpk-per-opd-sungai-manau-raya-308.xlsx",
    "Rekap tindak lanjut rekomendasi BPK per OPD (Inspektorat)",
    "Rekap TLHP BPK per OPD: jumlah rekomendasi, sesuai / belum sesuai / belum ditindaklanjuti / tidak dapat ditindaklanjuti, nilai rekomendasi (Rp) and nilai disetor (Rp), % sesuai; number row '(3) = (4)+(5)+(6)+(7)', '(8) = (4)/(3) x 100'; TOTAL row with the ratio of totals",
  );
  const S = "TLHP BPK 2024";
  const s = b.sheet(S);
  letterhead(s, ["INSPEKTORAT DAERAH KABUPATEN SUNGAI MANAU RAYA"]);
  s.lines([
    "REKAPITULASI PEMANTAUAN TINDAK LANJUT REKOMENDASI HASIL PEMERIKSAAN BPK RI",
    "Posisi per 31 Desember 2024",
  ]);
  s.gap();
  const O = [
    {
      id: "o1",
      opd: "Dinas Pekerjaan Umum dan Penataan Ruang",
      s: 48,
      bs: 9,
      bt: 6,
      td: 1,
      nr: 3_412_600_000,
      ns: 2_187_450_000,
    },
    {
      id: "o2",
      opd: "Dinas Pendidikan dan Kebudayaan",
      s: 35,
      bs: 5,
      bt: 3,
      td: 0,
      nr: 1_265_300_000,
      ns: 1_010_900_000,
    },
    { id: "o3", opd: "Dinas Kesehatan", s: 27, bs: 6, bt: 4, td: 2, nr: 884_750_000, ns: 512_300_000 },
    {
      id: "o4",
      opd: "Badan Pengelolaan Keuangan dan Aset Daerah",
      s: 22,
      bs: 2,
      bt: 1,
      td: 0,
      nr: 406_200_000,
      ns: 398_800_000,
    },
    { id: "o5", opd: "Sekretariat DPRD", s: 16, bs: 4, bt: 5, td: 0, nr: 1_137_900_000, ns: 341_250_000 },
  ];
  const ST = "Status Tindak Lanjut";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "opd", head: ["Perangkat Daerah"], num: "(2)", width: 40 },
    { key: "n", head: ["Jumlah Rekomendasi"], role: "target", num: "(3) = (4)+(5)+(6)+(7)", fmt: INT },
    { key: "s", head: [ST, "Sesuai"], role: "realisasi", num: "(4)", fmt: INT },
    { key: "bs", head: [ST, "Belum Sesuai"], role: "lainnya", num: "(5)", fmt: INT },
    { key: "bt", head: [ST, "Belum Ditindaklanjuti"], role: "lainnya", num: "(6)", fmt: INT },
    { key: "td", head: [ST, "Tidak Dapat Ditindaklanjuti"], role: "lainnya", num: "(7)", fmt: INT },
    { key: "p", head: ["% Sesuai"], role: "capaian", num: "(8) = (4)/(3) x 100", fmt: DEC },
    { key: "nr", head: ["Nilai Rekomendasi (Rp)"], role: "anggaran", num: "(9)", fmt: RP, width: 18 },
    {
      key: "ns",
      head: ["Nilai Disetor ke Kas Daerah (Rp)"],
      role: "realisasi-anggaran",
      num: "(10)",
      fmt: RP,
      width: 18,
    },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...O.map((o, i): Row => ({
        id: o.id,
        cells: (c) => ({
          no: i + 1,
          opd: o.opd,
          // planted: Dinas Kesehatan's jumlah typed 41 (27+6+4+2 = 39)
          n: o.id === "o3" ? 41 : fx(`SUM(${c.a("s")}:${c.a("td")})`),
          s: o.s,
          bs: o.bs,
          bt: o.bt,
          td: o.td,
          // planted: Sekretariat DPRD's % typed 106.67 (16 of 25 is 64.00)
          p: o.id === "o5" ? 106.67 : fx(`ROUND(${c.a("s")}/${c.a("n")}*100,2)`),
          nr: o.nr,
          ns: o.ns,
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "opd"],
        cells: (c) => {
          const out: Record<string, string | ReturnType<typeof fx>> = { no: "TOTAL" };
          for (const k of ["n", "s", "bs", "bt", "td", "nr", "ns"])
            out[k] = fx(`SUM(${c.a(k, "o1")}:${c.a(k, "o5")})`);
          out.p = fx(`ROUND(${c.a("s")}/${c.a("n")}*100,2)`);
          return out;
        },
      },
    ],
  });
  s.gap();
  signature(s, 8, {
    tempat: "Muara Manau, 10 Januari 2025",
    jabatan: ["INSPEKTUR"],
    nama: "Drs. HENDRA SAPUTRA RASYID, M.M., CGCAE",
    nip: "19710304 199603 1 002",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const parts = (id: string) => ["s", "bs", "bt", "td"].map((k) => a(k, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("n", "o3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah rekomendasi of Dinas Kesehatan typed 41 among SUM formulas; 27 + 6 + 4 + 2 = 39",
    truth: parts("o3"),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "o5") },
    rules: ["percent-out-of-range", "ratio-components-mismatch", "hardcoded-value"],
    note: "% sesuai of Sekretariat DPRD typed 106.67 (over 100, impossible for a share); 16 / 25 x 100 = 64.00",
    truth: `ROUND(${a("s", "o5")}/${a("n", "o5")}*100,2)`,
  });
  for (const id of ["o1", "o2", "o4", "o5"])
    b.ok({ sheet: S, cell: a("n", id), rules: ["sum-mismatch"], truth: parts(id) });
  for (const id of ["o1", "o2", "o4"])
    b.ok({
      sheet: S,
      cell: a("p", id),
      rules: ["ratio-components-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("s", id)}/${a("n", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("p", "tot"),
    rules: ["ratio-components-mismatch"],
    truth: `ROUND(${a("s", "tot")}/${a("n", "tot")}*100,2)`,
    trap: `ROUND(AVERAGE(${a("p", "o1")}:${a("p", "o5")}),2)`,
  });
  for (const k of ["s", "nr", "ns"])
    b.ok({
      sheet: S,
      cell: a(k, "tot"),
      rules: ["sum-mismatch"],
      truth: ["o1", "o2", "o3", "o4", "o5"].map((id) => a(k, id)).join("+"),
    });
  return b.finish();
}

/** Nilai SAKIP per OPD (components, nilai, predikat) with the probity audit per triwulan beside it, Kota Tanjung Kelambu. */
export function sakipOpd(): BookW {
  const b = new BookW(
    "nilai-sakip-opd-probity-tanjung-kelambu-308.xlsx",
    "Rekap nilai SAKIP per OPD and probity audit per triwulan (Inspektorat)",
    "Hasil evaluasi AKIP OPD 2024: Perencanaan (30) | Pengukuran (30) | Pelaporan (15) | Evaluasi Internal (25) | Nilai = sum | Predikat (letter); Rata-rata row; beside it after an empty column: probity audit per triwulan, paket | nilai HPS (Rp) | temuan, Jumlah row",
  );
  const S = "AKIP OPD 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA TANJUNG KELAMBU", "INSPEKTORAT"]);
  s.lines(["HASIL EVALUASI AKUNTABILITAS KINERJA INSTANSI PEMERINTAH (AKIP) PERANGKAT DAERAH TAHUN 2024"]);
  s.gap();
  const top = s.r;
  const O = [
    { id: "d1", opd: "Badan Perencanaan Pembangunan Daerah", v: [24.1, 22.6, 11.8, 18.3] },
    { id: "d2", opd: "Dinas Kesehatan", v: [22.5, 21.3, 11.2, 16.4] },
    { id: "d3", opd: "Dinas Perhubungan", v: [19.2, 17.8, 9.6, 13.1] },
    { id: "d4", opd: "Kecamatan Kelambu Hilir", v: [17.4, 15.9, 8.7, 11.6] },
    { id: "d5", opd: "Dinas Sosial", v: [24, 20.5, 11.5, 14] },
  ];
  const K = "Komponen (bobot)";
  const t = s.table(
    {
      cols: [
        { key: "no", head: ["No"], role: "no" },
        { key: "opd", head: ["Perangkat Daerah"], width: 36 },
        { key: "c1", head: [K, "Perencanaan Kinerja (30)"], role: "lainnya", fmt: DEC },
        { key: "c2", head: [K, "Pengukuran Kinerja (30)"], role: "lainnya", fmt: DEC },
        { key: "c3", head: [K, "Pelaporan Kinerja (15)"], role: "lainnya", fmt: DEC },
        { key: "c4", head: [K, "Evaluasi Akuntabilitas Kinerja Internal (25)"], role: "lainnya", fmt: DEC },
        { key: "nilai", head: ["Nilai AKIP"], role: "realisasi", year: 2024, fmt: DEC },
        { key: "pred", head: ["Predikat"], role: "predikat", year: 2024 },
      ],
      headerRows: 2,
      rows: [
        ...O.map((o, i): Row => ({
          id: o.id,
          cells: (c) => ({
            no: i + 1,
            opd: o.opd,
            c1: o.v[0],
            c2: o.v[1],
            c3: o.v[2],
            c4: o.v[3],
            // planted: Dinas Perhubungan's nilai typed 62.70 (components give 59.70)
            nilai: o.id === "d3" ? 62.7 : fx(`SUM(${c.a("c1")}:${c.a("c4")})`),
            // planted: Kecamatan Kelambu Hilir 53.60 graded "B" (50 < x <= 60 is CC)
            pred: o.id === "d4" ? "B" : sakip(o.id === "d3" ? 62.7 : o.v[0] + o.v[1] + o.v[2] + o.v[3]),
          }),
        })),
        {
          id: "avg",
          span: ["no", "opd"],
          cells: (c) => ({
            no: "Rata-rata",
            nilai: fx(`ROUND(AVERAGE(${c.a("nilai", "d1")}:${c.a("nilai", "d5")}),2)`),
          }),
        },
      ],
    },
    1,
    top,
  );
  const Q = [
    { id: "q1", tw: "Triwulan I", pk: 2, hps: 4_850_000_000, tm: 1 },
    { id: "q2", tw: "Triwulan II", pk: 5, hps: 18_320_500_000, tm: 3 },
    { id: "q3", tw: "Triwulan III", pk: 4, hps: 11_746_200_000, tm: 2 },
    { id: "q4", tw: "Triwulan IV", pk: 1, hps: 2_105_000_000, tm: 0 },
  ];
  const pt = s.table(
    {
      cols: [
        { key: "tw", head: ["Probity Audit 2024", "Periode"], width: 14 },
        { key: "pk", head: ["Probity Audit 2024", "Paket Diaudit"], role: "realisasi", year: 2024, fmt: INT },
        {
          key: "hps",
          head: ["Probity Audit 2024", "Nilai HPS (Rp)"],
          role: "anggaran",
          year: 2024,
          fmt: RP,
          width: 18,
        },
        { key: "tm", head: ["Probity Audit 2024", "Temuan"], role: "lainnya", fmt: INT },
      ],
      headerRows: 2,
      rows: [
        ...Q.map((q): Row => ({ id: q.id, cells: { tw: q.tw, pk: q.pk, hps: q.hps, tm: q.tm } })),
        {
          id: "j",
          bold: true,
          cells: (c) => ({
            tw: "Jumlah",
            pk: fx(`SUM(${c.a("pk", "q1")}:${c.a("pk", "q4")})`),
            hps: fx(`SUM(${c.a("hps", "q1")}:${c.a("hps", "q4")})`),
            tm: fx(`SUM(${c.a("tm", "q1")}:${c.a("tm", "q4")})`),
          }),
        },
      ],
    },
    10,
    top,
  );
  s.r = Math.max(t.lastDataRow, pt.lastDataRow) + 1;
  s.gap();
  s.lines(["Predikat SAKIP: AA > 90; A > 80-90; BB > 70-80; B > 60-70; CC > 50-60; C > 30-50; D 0-30."]);
  s.gap();
  signature(s, 6, {
    tempat: "Tanjung Kelambu, 28 Februari 2025",
    jabatan: ["INSPEKTUR KOTA TANJUNG KELAMBU"],
    nama: "Hj. RATNA DEWI ASMARA, S.E., M.Ak., QIA",
    nip: "19760821 200212 2 005",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const comp = (id: string) => ["c1", "c2", "c3", "c4"].map((k) => a(k, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("nilai", "d3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Nilai AKIP of Dinas Perhubungan typed 62.70 among SUM formulas; 19.2 + 17.8 + 9.6 + 13.1 = 59.70",
    truth: comp("d3"),
  });
  b.plant({
    at: { sheet: S, cell: a("pred", "d4") },
    rules: ["sakip-grade-mismatch"],
    note: "Kecamatan Kelambu Hilir scores 53.60 but is graded B; > 50 to 60 is CC",
    truth: `SAKIP(${a("nilai", "d4")})`,
  });
  for (const id of ["d1", "d2", "d4", "d5"])
    b.ok({ sheet: S, cell: a("nilai", id), rules: ["sum-mismatch"], truth: comp(id) });
  for (const id of ["d1", "d2"])
    b.ok({
      sheet: S,
      cell: a("pred", id),
      rules: ["sakip-grade-mismatch"],
      truth: `SAKIP(${a("nilai", id)})`,
    });
  // trap: Dinas Sosial scores exactly 70.00, which is B (the lower bound of BB is exclusive)
  b.ok({
    sheet: S,
    cell: a("pred", "d5"),
    rules: ["sakip-grade-mismatch"],
    truth: `SAKIP(${a("nilai", "d5")})`,
    trap: `"BB"`,
  });
  for (const k of ["pk", "hps"])
    b.ok({
      sheet: S,
      cell: pt.a(k, "j"),
      rules: ["sum-mismatch"],
      truth: ["q1", "q2", "q3", "q4"].map((id) => pt.a(k, id)).join("+"),
    });
  return b.finish();
}
