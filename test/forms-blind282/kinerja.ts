// LKjIP, PK with its Renstra, the vitamin A recap per kecamatan and the quarterly PMT / TTD recap of
// the two Dinas Kesehatan (Kabupaten Lembah Sinaru, Sulawesi Barat; Kota Tanjung Pelita, Kalimantan
// Utara) on gizi masyarakat. Every name and number is invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Col, type Row } from "../forms/kit";

const cap = (pol: string, t: string, r: string) =>
  pol === "+" ? `ROUND(${r}/${t}*100,2)` : `ROUND((2*${t}-${r})/${t}*100,2)`;

/** LKjIP 2024 Bab III of the Dinkes Lembah Sinaru: refleksi on the negative gizi indicators. */
export function lkjipGizi(): BookW {
  const b = new BookW(
    "lkjip-2024-gizi-dinkes-lembah-sinaru.xlsx",
    "LKjIP pengukuran kinerja (Dinkes gizi)",
    "LKjIP 2024 Tabel 3.2: No | Sasaran (merged) | Indikator | Satuan | Realisasi 2023 | Target 2024 | Realisasi 2024 | Capaian (%) | Kategori; refleksi (2T-R)/T on prevalensi and ibu hamil KEK; Rata-rata row",
  );
  const S = "Tabel 3.2";
  const s = b.sheet(S);
  s.lines(["Tabel 3.2 Capaian Indikator Kinerja Sasaran Dinas Kesehatan Kabupaten Lembah Sinaru Tahun 2024"]);
  s.gap();
  const I = [
    {
      id: "i1",
      ind: "Prevalensi balita gizi buruk",
      sat: "%",
      pol: "-",
      r0: 1.1,
      t: 0.9,
      r: 0.75,
      p: "Sangat Baik",
    },
    {
      id: "i2",
      ind: "Persentase ibu hamil Kurang Energi Kronis (KEK)",
      sat: "%",
      pol: "-",
      r0: 13.4,
      t: 11,
      r: 12.1,
      p: "Sangat Baik",
    },
    {
      id: "i3",
      ind: "Cakupan bayi mendapat ASI eksklusif",
      sat: "%",
      pol: "+",
      r0: 55.6,
      t: 65,
      r: 58.2,
      p: "Sangat Baik",
    },
    {
      id: "i4",
      ind: "Persentase remaja putri mendapat Tablet Tambah Darah",
      sat: "%",
      pol: "+",
      r0: 48.3,
      t: 60,
      r: 63.9,
      p: "Sangat Baik",
    },
    {
      id: "i5",
      ind: "Cakupan balita 6-59 bulan mendapat vitamin A",
      sat: "%",
      pol: "+",
      r0: 87.1,
      t: 92,
      r: 88.3,
      p: "Sangat Baik",
    },
  ];
  const G = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 26 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 42 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "r0", head: ["Realisasi 2023"], role: "realisasi", year: 2023, fmt: DEC },
    { key: "t", head: [G, "Target"], role: "target", year: 2024, fmt: DEC },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, fmt: DEC },
    { key: "c", head: [G, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "p", head: [G, "Kategori"], role: "predikat", year: 2024 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...I.map((x, i): Row => ({
        id: x.id,
        cells: (c) => ({
          no: i + 1,
          sas: i < 2 ? "Menurunnya masalah gizi masyarakat" : "Meningkatnya cakupan intervensi gizi spesifik",
          ind: x.ind,
          sat: x.sat,
          r0: x.r0,
          t: x.t,
          r: x.r,
          // planted: ibu hamil KEK (negative) has the R / T formula of the positive rows
          c: fx(x.id === "i2" ? cap("+", c.a("t"), c.a("r")) : cap(x.pol, c.a("t"), c.a("r"))),
          // planted: ASI eksklusif 89.54 written "Sangat Baik" (Baik)
          p: x.id === "i3" ? "Sangat Baik" : x.p,
        }),
      })),
      {
        id: "avg",
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata Capaian Kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i5")}),2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Indikator negatif (prevalensi, ibu hamil KEK) dihitung dengan rumus (2 x Target - Realisasi) / Target x 100%.",
    "Kategori: > 90 Sangat Baik; > 75-90 Baik; > 65-75 Cukup; > 50-65 Kurang; <= 50 Sangat Kurang.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i2") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Persentase ibu hamil KEK (negative) computed with R / T = 110.00; refleksi (2 x 11 - 12.1) / 11 gives 90.00",
    truth: cap("-", a("t", "i2"), a("r", "i2")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i3") },
    rules: ["predikat-mismatch"],
    note: "Kategori 'Sangat Baik' for the ASI eksklusif capaian 89.54 (58.2 / 65); the band > 75-90 is Baik",
    truth: `PREDIKAT_BAIK(${a("c", "i3")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "i1"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: cap("-", a("t", "i1"), a("r", "i1")),
    trap: `ROUND(${a("r", "i1")}/${a("t", "i1")}*100,2)`,
  });
  for (const id of ["i3", "i4", "i5"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: cap("+", a("t", id), a("r", id)),
    });
  for (const id of ["i1", "i4", "i5"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  return b.finish();
}

/** PK 2025 of the Dinkes Tanjung Pelita beside its Renstra sheet with Tahun ke-1..5 headers. */
export function pkGizi(): BookW {
  const b = new BookW(
    "pk-2025-gizi-dinkes-tanjung-pelita.xlsx",
    "PK 2025 with Renstra (Dinkes gizi)",
    "sheet 'PK Kadis 2025': statement, No | Sasaran | Indikator Kinerja | Target | Satuan (target before satuan); program table with typed Jumlah; sheet 'IKU Renstra': Kondisi Awal | Tahun ke-1..5 (years from the title 2025-2029) | Kondisi Akhir",
  );
  const R = "IKU Renstra";
  const P = "PK Kadis 2025";
  const ind = [
    { id: "a", ind: "Cakupan bayi mendapat ASI eksklusif", sat: "%", awal: 58.4, k: [62, 65, 68, 71, 74] },
    {
      id: "b",
      ind: "Persentase ibu hamil KEK yang mendapat PMT",
      sat: "%",
      awal: 74.2,
      k: [78, 82, 86, 90, 94],
    },
    {
      id: "c",
      ind: "Prevalensi balita gizi kurang (wasting)",
      sat: "%",
      awal: 8.9,
      k: [8.4, 7.9, 7.3, 6.8, 6.2],
    },
  ];
  const rs = b.sheet(R);
  rs.lines(["Indikator Kinerja Utama Renstra Dinas Kesehatan Kota Tanjung Pelita 2025-2029"]);
  rs.gap();
  const ys = [1, 2, 3, 4, 5];
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "ind", head: ["Indikator"], role: "indikator", width: 42 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Awal"], role: "kondisi-awal", year: 2024 },
      ...ys.map((y): Col => ({
        key: `y${y}`,
        head: ["Target", `Tahun ke-${y}`],
        role: "target",
        year: 2024 + y,
      })),
      { key: "ak", head: ["Kondisi Akhir Renstra"], role: "kondisi-akhir", year: 2029 },
    ],
    headerRows: 2,
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        ...Object.fromEntries(ys.map((y) => [`y${y}`, x.k[y - 1]])),
        ak: x.k[4],
      },
    })),
  });
  const pk = b.sheet(P);
  letterhead(pk, ["PERJANJIAN KINERJA TAHUN 2025", "KEPALA DINAS KESEHATAN KOTA TANJUNG PELITA"]);
  pk.lines([
    "Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini,",
    "dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan.",
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
        sas: "Meningkatnya status gizi ibu dan anak",
        ind: x.ind,
        // planted: the wasting target is the Renstra Tahun ke-3 (2027) value 7.3; 2025 is 8.4
        tg: x.id === "c" ? 7.3 : x.k[0],
        sat: x.sat,
      },
    })),
  });
  pk.gap();
  const prog = [
    { id: "p1", nm: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", rp: 41_386_220_000 },
    {
      id: "p2",
      nm: "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat",
      rp: 63_904_715_000,
    },
    { id: "p3", nm: "Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan", rp: 1_218_400_000 },
    { id: "p4", nm: "Program Pemberdayaan Masyarakat Bidang Kesehatan", rp: 864_350_000 },
  ];
  const at = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "nm", head: ["Program"], width: 50 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 20 },
      { key: "ket", head: ["Sumber Dana"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...prog.map((x, i): Row => ({
        id: x.id,
        cells: { no: i + 1, nm: x.nm, rp: x.rp, ket: i === 1 ? "APBD, DAK Non Fisik" : "APBD" },
      })),
      // planted: Jumlah typed 107,473,685,000; the programs add up to 107,373,685,000
      { id: "j", span: ["no", "nm"], bold: true, cells: { no: "Jumlah", rp: 107_473_685_000 } },
    ],
  });
  pk.gap();
  signature(pk, 3, {
    tempat: "Tanjung Pelita, 6 Januari 2025",
    jabatan: ["KEPALA DINAS KESEHATAN"],
    nama: "dr. YOSEPHINA LIAN BURAU, MPH",
    nip: "19810427 200803 2 002",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("tg", "c") },
        { sheet: R, cell: rt.a("y1", "c") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of prevalensi wasting is 7.3, the Renstra Tahun ke-3 (2027) target; Tahun ke-1 (2025) is 8.4",
    truth: `'${R}'!${rt.a("y1", "c")}`,
  });
  b.plant({
    at: { sheet: P, cell: at.a("rp", "j") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah anggaran is a typed 107,473,685,000; the four programs add up to 107,373,685,000",
    truth: `SUM(${at.a("rp", "p1")}:${at.a("rp", "p4")})`,
  });
  for (const id of ["a", "b"])
    b.ok({
      sheet: P,
      cell: pt.a("tg", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${rt.a("y1", id)}`,
    });
  for (const id of ["a", "c"])
    b.ok({
      sheet: R,
      cell: rt.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("y5", id),
      trap: ys.map((y) => rt.a(`y${y}`, id)).join("+"),
    });
  return b.finish();
}

/** Vitamin A Agustus 2024 per kecamatan, Dinkes Lembah Sinaru: "(5) = (3)+(4)", "(9) = (8)/(5) x 100". */
export function vitaminAKecamatan(): BookW {
  const b = new BookW(
    "rekap-vitamin-a-agustus-2024-lembah-sinaru.xlsx",
    "Rekap vitamin A per kecamatan (Dinkes gizi)",
    "Bulan vitamin A Agustus 2024 per kecamatan: sasaran bayi 6-11 | balita 12-59 | jumlah (5)=(3)+(4) | kapsul biru | kapsul merah | jumlah (8)=(6)+(7) | cakupan (9)=(8)/(5)x100; JUMLAH KABUPATEN row with SUM per column and the cakupan as ratio of totals",
  );
  const S = "Vit A Agst 2024";
  const s = b.sheet(S);
  letterhead(s, ["DINAS KESEHATAN KABUPATEN LEMBAH SINARU", "SEKSI KESEHATAN KELUARGA DAN GIZI"]);
  s.lines(["LAPORAN HASIL PEMBERIAN KAPSUL VITAMIN A BULAN AGUSTUS TAHUN 2024"]);
  s.gap();
  const K = [
    { id: "k1", nm: "Tobadak Hulu", b: 412, a: 3_105, kb: 398, km: 2_874 },
    { id: "k2", nm: "Sinaru Pantai", b: 356, a: 2_688, kb: 331, km: 2_402 },
    { id: "k3", nm: "Budong Raya", b: 287, a: 2_140, kb: 266, km: 1_952 },
    { id: "k4", nm: "Karossa Timur", b: 198, a: 1_523, kb: 171, km: 1_288 },
    { id: "k5", nm: "Pulau Lumu", b: 74, a: 561, kb: 69, km: 533 },
  ];
  const SS = "Sasaran";
  const DD = "Mendapat Kapsul Vitamin A";
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)" },
      { key: "nm", head: ["Kecamatan"], role: "lokasi", num: "(2)", width: 18 },
      { key: "sb", head: [SS, "Bayi 6-11 bulan"], role: "target", year: 2024, num: "(3)", fmt: INT },
      { key: "sa", head: [SS, "Balita 12-59 bulan"], role: "target", year: 2024, num: "(4)", fmt: INT },
      { key: "sj", head: [SS, "Jumlah"], role: "target", year: 2024, num: "(5) = (3)+(4)", fmt: INT },
      { key: "kb", head: [DD, "Biru (bayi)"], role: "realisasi", year: 2024, num: "(6)", fmt: INT },
      { key: "km", head: [DD, "Merah (balita)"], role: "realisasi", year: 2024, num: "(7)", fmt: INT },
      { key: "kj", head: [DD, "Jumlah"], role: "realisasi", year: 2024, num: "(8) = (6)+(7)", fmt: INT },
      { key: "p", head: ["Cakupan (%)"], role: "capaian", year: 2024, num: "(9) = (8)/(5) x 100", fmt: DEC },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...K.map((k, i): Row => ({
        id: k.id,
        cells: (c) => ({
          no: i + 1,
          nm: k.nm,
          sb: k.b,
          sa: k.a,
          sj: fx(`${c.a("sb")}+${c.a("sa")}`),
          kb: k.kb,
          km: k.km,
          kj: fx(`${c.a("kb")}+${c.a("km")}`),
          // planted: Pulau Lumu's cakupan typed 104.26 (602 / 635 = 94.80)
          p: k.id === "k5" ? 104.26 : fx(`ROUND(${c.a("kj")}/${c.a("sj")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        span: ["no", "nm"],
        bold: true,
        cells: (c) => {
          const out: Record<string, string | ReturnType<typeof fx>> = { no: "JUMLAH KABUPATEN" };
          for (const k of ["sb", "sa", "sj", "km", "kj"]) out[k] = fx(`SUM(${c.a(k, "k1")}:${c.a(k, "k5")})`);
          // planted: total kapsul biru one row short (Pulau Lumu left out)
          out.kb = fx(`SUM(${c.a("kb", "k1")}:${c.a("kb", "k4")})`);
          out.p = fx(`ROUND(${c.a("kj")}/${c.a("sj")}*100,2)`);
          return out;
        },
      },
    ],
  });
  s.gap();
  s.lines(["*) Kecamatan Pulau Lumu termasuk sweeping bulan September."]);
  s.gap();
  signature(s, 6, {
    tempat: "Tobadak Hulu, 10 September 2024",
    jabatan: ["Kepala Seksi Kesehatan Keluarga dan Gizi"],
    nama: "HASNAWATI LAMBOGO, S.Gz., M.Kes.",
    nip: "19850716 201001 2 019",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("p", "k5") },
    rules: ["capaian-mismatch", "percent-out-of-range", "hardcoded-value"],
    note: "Cakupan of Pulau Lumu is a typed 104.26 % (more children than sasaran is impossible); (8)/(5) = 602 / 635 gives 94.80",
    truth: `ROUND(${a("kj", "k5")}/${a("sj", "k5")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("kb", "tot") },
    rules: ["sum-mismatch"],
    note: "JUMLAH kapsul biru is =SUM over four kecamatan (1,166); with Pulau Lumu's 69 it is 1,235",
    truth: `SUM(${a("kb", "k1")}:${a("kb", "k5")})`,
  });
  b.ok({
    sheet: S,
    cell: a("p", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(SUM(${a("kj", "k1")}:${a("kj", "k5")})/SUM(${a("sj", "k1")}:${a("sj", "k5")})*100,2)`,
    trap: `ROUND((${["k1", "k2", "k3", "k4"].map((k) => a("p", k)).join("+")}+94.8)/5,2)`,
  });
  for (const id of ["k1", "k2", "k3", "k4"])
    b.ok({
      sheet: S,
      cell: a("p", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("kj", id)}/${a("sj", id)}*100,2)`,
    });
  for (const k of ["sj", "kj"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "k1")}:${a(k, "k5")})` });
  b.ok({
    sheet: S,
    cell: a("sj", "k3"),
    rules: ["sum-mismatch"],
    truth: `${a("sb", "k3")}+${a("sa", "k3")}`,
  });
  return b.finish();
}

/** Quarterly PMT ibu hamil KEK (left) and cumulative TTD remaja putri (right), Dinkes Tanjung Pelita 2024. */
export function pmtTtdTriwulan(): BookW {
  const b = new BookW(
    "rekap-triwulan-pmt-kek-ttd-rematri-tanjung-pelita.xlsx",
    "Rekap triwulan PMT bumil KEK dan TTD remaja putri (Dinkes gizi)",
    "two tables side by side: PMT bumil KEK per triwulan (flows, Pagu | Realisasi | Serapan, Jumlah row with sums and ratios of totals); TTD remaja putri s.d. triwulan (cumulative levels, 'Tahun 2024' row = Triwulan IV)",
  );
  const S = "Rekap Gizi 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA TANJUNG PELITA", "DINAS KESEHATAN - BIDANG KESEHATAN MASYARAKAT"]);
  s.lines(["REKAPITULASI INTERVENSI GIZI SPESIFIK PER TRIWULAN TAHUN 2024"]);
  s.gap();
  const top = s.r;
  const Q = [
    { id: "q1", tw: "Triwulan I", f: 96, d: 81, pg: 254_000_000, re: 248_760_000 },
    { id: "q2", tw: "Triwulan II", f: 118, d: 109, pg: 338_500_000, re: 301_450_000 },
    { id: "q3", tw: "Triwulan III", f: 104, d: 99, pg: 331_000_000, re: 296_820_000 },
    { id: "q4", tw: "Triwulan IV", f: 87, d: 85, pg: 326_500_000, re: 305_115_000 },
  ];
  const t = s.table(
    {
      cols: [
        { key: "tw", head: ["Periode"], num: 1, width: 14 },
        { key: "f", head: ["Bumil KEK Ditemukan (orang)"], role: "target", year: 2024, num: 2, fmt: INT },
        {
          key: "d",
          head: ["Bumil KEK Mendapat PMT (orang)"],
          role: "realisasi",
          year: 2024,
          num: 3,
          fmt: INT,
        },
        { key: "p", head: ["% Mendapat PMT"], role: "capaian", year: 2024, num: "4 = 3/2 x 100", fmt: DEC },
        {
          key: "pg",
          head: ["Anggaran PMT", "Pagu (Rp)"],
          role: "anggaran",
          year: 2024,
          num: 5,
          fmt: RP,
          width: 16,
        },
        {
          key: "re",
          head: ["Anggaran PMT", "Realisasi (Rp)"],
          role: "realisasi-anggaran",
          year: 2024,
          num: 6,
          fmt: RP,
          width: 16,
        },
        {
          key: "sr",
          head: ["Anggaran PMT", "Serapan (%)"],
          role: "capaian",
          year: 2024,
          num: "7 = 6/5 x 100",
          fmt: DEC,
        },
      ],
      headerRows: 2,
      numberRow: "plain",
      rows: [
        ...Q.map((q): Row => ({
          id: q.id,
          cells: (c) => ({
            tw: q.tw,
            f: q.f,
            d: q.d,
            p: fx(`ROUND(${c.a("d")}/${c.a("f")}*100,2)`),
            pg: q.pg,
            re: q.re,
            sr: fx(`ROUND(${c.a("re")}/${c.a("pg")}*100,2)`),
          }),
        })),
        {
          id: "j",
          bold: true,
          cells: (c) => ({
            tw: "Jumlah",
            f: fx(`SUM(${c.a("f", "q1")}:${c.a("f", "q4")})`),
            // planted: typed 347 (81 + 109 + 99 + 85 = 374)
            d: 347,
            p: fx(`ROUND(${c.a("d")}/${c.a("f")}*100,2)`),
            pg: fx(`SUM(${c.a("pg", "q1")}:${c.a("pg", "q4")})`),
            re: fx(`SUM(${c.a("re", "q1")}:${c.a("re", "q4")})`),
            sr: fx(`ROUND(${c.a("re")}/${c.a("pg")}*100,2)`),
          }),
        },
      ],
    },
    1,
    top,
  );
  const T = [
    { id: "t1", tw: "s.d. Triwulan I", sas: 9_640, k: 2_115 },
    { id: "t2", tw: "s.d. Triwulan II", sas: 9_640, k: 4_388 },
    { id: "t3", tw: "s.d. Triwulan III", sas: 9_640, k: 6_027 },
    { id: "t4", tw: "s.d. Triwulan IV", sas: 9_640, k: 7_702 },
  ];
  const u = s.table(
    {
      cols: [
        { key: "tw", head: ["TTD Remaja Putri", "Periode"], width: 16 },
        {
          key: "sas",
          head: ["TTD Remaja Putri", "Sasaran Remaja Putri SMP/SMA"],
          role: "target",
          year: 2024,
          fmt: INT,
        },
        {
          key: "k",
          head: ["TTD Remaja Putri", "Mendapat TTD (kumulatif)"],
          role: "realisasi",
          year: 2024,
          fmt: INT,
        },
        { key: "p", head: ["TTD Remaja Putri", "Cakupan (%)"], role: "capaian", year: 2024, fmt: DEC },
      ],
      headerRows: 2,
      rows: [
        ...T.map((x): Row => ({
          id: x.id,
          cells: (c) => ({
            tw: x.tw,
            sas: x.sas,
            k: x.k,
            // planted: stale cached 35.14 in Triwulan II (4,388 / 9,640 = 45.52)
            p: fx(`ROUND(${c.a("k")}/${c.a("sas")}*100,2)`, x.id === "t2" ? 35.14 : undefined),
          }),
        })),
        {
          id: "y",
          bold: true,
          cells: (c) => ({
            tw: "Tahun 2024",
            sas: fx(c.a("sas", "t4")),
            k: fx(c.a("k", "t4")),
            p: fx(`ROUND(${c.a("k")}/${c.a("sas")}*100,2)`),
          }),
        },
      ],
    },
    9,
    top,
  );
  s.gap();
  signature(s, 9, {
    tempat: "Tanjung Pelita, 8 Januari 2025",
    jabatan: ["Kepala Bidang Kesehatan Masyarakat"],
    nama: "MARTHA INGAN LEJAU, S.KM., M.Kes.",
    nip: "19800203 200501 2 014",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const w = (k: string, id: string) => u.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("d", "j") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah bumil KEK mendapat PMT is a typed 347 (digits swapped); the quarters give 374",
    truth: `SUM(${a("d", "q1")}:${a("d", "q4")})`,
  });
  b.plant({
    at: { sheet: S, cell: w("p", "t2") },
    rules: ["capaian-mismatch"],
    note: "Cakupan TTD s.d. Triwulan II has a stale cached 35.14; its formula gives 45.52 (4,388 / 9,640)",
    truth: `ROUND(${w("k", "t2")}/${w("sas", "t2")}*100,2)`,
  });
  for (const id of ["q1", "q2", "q3", "q4"])
    b.ok({
      sheet: S,
      cell: a("sr", id),
      rules: ["capaian-mismatch", "serapan-over-100"],
      truth: `ROUND(${a("re", id)}/${a("pg", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("re", "j"),
    rules: ["sum-mismatch"],
    truth: `${a("re", "q1")}+${a("re", "q2")}+${a("re", "q3")}+${a("re", "q4")}`,
  });
  b.ok({
    sheet: S,
    cell: a("sr", "j"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(SUM(${a("re", "q1")}:${a("re", "q4")})/SUM(${a("pg", "q1")}:${a("pg", "q4")})*100,2)`,
    trap: `ROUND(AVERAGE(${a("sr", "q1")}:${a("sr", "q4")}),2)`,
  });
  for (const k of ["sas", "k"])
    b.ok({
      sheet: S,
      cell: w(k, "y"),
      rules: ["sum-mismatch"],
      truth: w(k, "t4"),
      trap: `SUM(${w(k, "t1")}:${w(k, "t4")})`,
    });
  b.ok({
    sheet: S,
    cell: w("p", "y"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${w("k", "y")}/${w("sas", "y")}*100,2)`,
  });
  return b.finish();
}
