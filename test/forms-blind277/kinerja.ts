// LKjIP, PK with its Renstra, the production recap per kecamatan and komoditas, and the quarterly
// recap of benih and fish survival of two Dinas Perikanan (Jawa Tengah, Sulawesi Tengah). All invented.
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

type Cells = Record<string, ReturnType<typeof fx> | number | string>;

/** LKjIP 2024, Dinas Perikanan Muara Serayu Timur: refleksi on two negative rows, one typed capaian. */
export function lkjipBudidaya(): BookW {
  const b = new BookW(
    "lkjip-budidaya-kematian-ikan-muara-serayu-timur.xlsx",
    "LKjIP pengukuran kinerja (Dinas Perikanan, budidaya)",
    "LKjIP 2024 Tabel 3.2: No | Sasaran (merged) | Indikator | Satuan | Realisasi 2023 | Target 2024 | Realisasi 2024 | Capaian (%) | Predikat | Target Akhir Renstra; refleksi formulas on the negative rows (kematian ikan, kasus wabah); Rata-rata row",
  );
  const S = "Tabel 3.2";
  const s = b.sheet(S);
  letterhead(s, [
    "LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) TAHUN 2024",
    "DINAS PERIKANAN KABUPATEN MUARA SERAYU TIMUR",
  ]);
  s.lines(["Tabel 3.2 Capaian Indikator Kinerja Sasaran Tahun 2024"]);
  s.gap();
  const SAS1 = "Meningkatnya produksi perikanan budidaya";
  const SAS2 = "Meningkatnya mutu dan kesehatan ikan budidaya";
  const I = [
    {
      id: "i1",
      sas: SAS1,
      ind: "Produksi perikanan budidaya",
      sat: "ton",
      pol: "+",
      r23: 16_880,
      t: 18_500,
      r: 17_240,
      ak: 20_000,
    },
    {
      id: "i2",
      sas: SAS1,
      ind: "Jumlah pokdakan kelas madya dan utama",
      sat: "kelompok",
      pol: "+",
      r23: 36,
      t: 40,
      r: 43,
      ak: 55,
    },
    {
      id: "i3",
      sas: SAS2,
      ind: "Persentase pembudidaya ikan bersertifikat CBIB",
      sat: "%",
      pol: "+",
      r23: 29.8,
      t: 32,
      r: 27.5,
      ak: 45,
    },
    {
      id: "i4",
      sas: SAS2,
      ind: "Persentase kematian ikan budidaya akibat penyakit",
      sat: "%",
      pol: "-",
      r23: 12.9,
      t: 12,
      r: 10.2,
      ak: 9,
    },
    {
      id: "i5",
      sas: SAS2,
      ind: "Jumlah kasus wabah penyakit ikan (KHV / TiLV)",
      sat: "kasus",
      pol: "-",
      r23: 8,
      t: 6,
      r: 7,
      ak: 3,
    },
  ];
  const cap = (pol: string, t: string, r: string) =>
    pol === "+" ? `ROUND(${r}/${t}*100,2)` : `ROUND((2*${t}-${r})/${t}*100,2)`;
  const val = (x: (typeof I)[number]) =>
    round(x.pol === "+" ? (x.r / x.t) * 100 : ((2 * x.t - x.r) / x.t) * 100);
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023 },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024 },
    { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024 },
    { key: "c", head: ["Tahun 2024", "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "p", head: ["Tahun 2024", "Predikat"], role: "predikat", year: 2024 },
    { key: "ak", head: ["Target Akhir Renstra 2026"], role: "target" },
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
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          r23: x.r23,
          t: x.t,
          r: x.r,
          // planted: the production capaian typed 98.19 (17,240 / 18,500 = 93.19)
          c: x.id === "i1" ? 98.19 : fx(cap(x.pol, c.a("t"), c.a("r"))),
          // planted: "Cukup" for the CBIB row (85.94 is Baik)
          p: x.id === "i3" ? "Cukup" : predikatBaik(val(x)),
          ak: x.ak,
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
    "Indikator negatif (kematian ikan, kasus wabah) dihitung dengan rumus (2 x Target - Realisasi) / Target x 100.",
    "Predikat: > 90 Sangat Baik; > 75 s.d. 90 Baik; > 65 s.d. 75 Cukup; > 50 s.d. 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i1") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "Capaian of produksi perikanan budidaya is a typed 98.19 among formulas; 17,240 / 18,500 x 100 = 93.19",
    truth: cap("+", a("t", "i1"), a("r", "i1")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i3") },
    rules: ["predikat-mismatch"],
    note: "Predikat 'Cukup' for a capaian of 85.94 (27.5 / 32); the band > 75 to 90 is Baik",
    truth: `PREDIKAT_BAIK(${a("c", "i3")})`,
  });
  for (const id of ["i4", "i5"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch", "inconsistent-formula"],
      truth: cap("-", a("t", id), a("r", id)),
      trap: `ROUND(${a("r", id)}/${a("t", id)}*100,2)`,
    });
  for (const id of ["i2", "i3"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: cap("+", a("t", id), a("r", id)),
    });
  for (const id of ["i1", "i2", "i4", "i5"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  return b.finish();
}

/** PK 2025 of the Kepala DKP Lore Ranu, beside the Renstra 2025-2029 targets. */
export function pkBudidaya(): BookW {
  const b = new BookW(
    "pk-2025-renstra-budidaya-lore-ranu.xlsx",
    "PK 2025 with Renstra (DKP, budidaya)",
    "sheet 'Renstra DKP': Kondisi Awal 2024 | Target 2025..2029 | Kondisi Akhir 2029 with a kondisi akhir of a flow (sum) and of a negative % (last target); sheet 'PK 2025': statement, indicator table with Sasaran merged, program table with Kode and Pagu (Rp) with a typed Jumlah",
  );
  const R = "Renstra DKP";
  const P = "PK 2025";
  const Y = [2025, 2026, 2027, 2028, 2029];
  const ind = [
    {
      id: "a",
      ind: "Produksi perikanan budidaya",
      sat: "ton",
      awal: 9_850,
      k: [10_200, 10_650, 11_100, 11_600, 12_150],
      ak: "last",
    },
    {
      id: "b",
      ind: "Persentase unit pembudidayaan ikan bersertifikat CBIB",
      sat: "%",
      awal: 18.4,
      k: [22, 26, 30, 34, 38],
      ak: "last",
    },
    {
      id: "c",
      ind: "Persentase kematian ikan budidaya akibat penyakit",
      sat: "%",
      awal: 14.2,
      k: [13, 12, 11, 10, 9],
      ak: "last",
    },
    {
      id: "d",
      ind: "Jumlah benih ikan yang didistribusikan",
      sat: "ribu ekor",
      awal: 850,
      k: [900, 950, 1_000, 1_050, 1_100],
      ak: "sum",
    },
  ];
  const rs = b.sheet(R);
  rs.lines([
    "Tabel 4.2 Indikator Kinerja dan Target Renstra Dinas Kelautan dan Perikanan Kabupaten Lore Ranu 2025-2029",
  ]);
  rs.gap();
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "ind", head: ["Indikator"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Awal 2024"], role: "kondisi-awal", year: 2024 },
      ...Y.map((y): Col => ({ key: `y${y}`, head: ["Target", String(y)], role: "target", year: y })),
      { key: "ak", head: ["Kondisi Akhir 2029"], role: "kondisi-akhir", year: 2029 },
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
        ak: x.ak === "sum" ? x.k.reduce((p, q) => p + q, 0) : x.k[4],
      },
    })),
  });
  const pk = b.sheet(P);
  letterhead(pk, [
    "PERJANJIAN KINERJA TAHUN 2025",
    "KEPALA DINAS KELAUTAN DAN PERIKANAN KABUPATEN LORE RANU",
  ]);
  pk.lines([
    "Pada hari ini, Kamis tanggal dua Januari tahun dua ribu dua puluh lima, kami yang bertanda tangan di bawah ini",
    "sepakat mewujudkan target kinerja jangka pendek sebagaimana tercantum di bawah ini.",
  ]);
  pk.gap();
  const pt = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "sas", head: ["Sasaran"], role: "sasaran", width: 32 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "tg", head: ["Target"], role: "target", year: 2025 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas: "Meningkatnya produksi dan kesehatan ikan budidaya",
        ind: x.ind,
        // planted: the CBIB target is the Renstra 2027 value 30 (2025: 22)
        tg: x.id === "b" ? 30 : x.k[0],
        sat: x.sat,
      },
    })),
  });
  pk.gap();
  const prog = [
    {
      id: "p1",
      kd: "3.25.01",
      nm: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
      rp: 6_482_350_000,
    },
    { id: "p2", kd: "3.25.03", nm: "Program Pengelolaan Perikanan Budidaya", rp: 4_917_600_000 },
    { id: "p3", kd: "3.25.04", nm: "Program Pengawasan Sumber Daya Kelautan dan Perikanan", rp: 735_400_000 },
    { id: "p4", kd: "3.25.05", nm: "Program Pengolahan dan Pemasaran Hasil Perikanan", rp: 1_186_250_000 },
  ];
  const at = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "kd", head: ["Kode"], role: "kode" },
      { key: "nm", head: ["Program"], width: 48 },
      { key: "rp", head: ["Pagu Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Keterangan"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...prog.map((x, i): Row => ({
        id: x.id,
        cells: { no: i + 1, kd: x.kd, nm: x.nm, rp: x.rp, ket: "APBD 2025" },
      })),
      // planted: Jumlah typed 13,231,600,000 (the programs add up to 13,321,600,000)
      { id: "j", span: ["no", "nm"], bold: true, cells: { no: "Jumlah", rp: 13_231_600_000 } },
    ],
  });
  pk.gap();
  signature(pk, 4, {
    tempat: "Tentena Ranu, 2 Januari 2025",
    jabatan: ["KEPALA DINAS KELAUTAN DAN PERIKANAN"],
    nama: "Dr. ARIFIN TOMBOLOTUTU, S.Pi., M.P.",
    nip: "19760822 200212 1 003",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("tg", "b") },
        { sheet: R, cell: rt.a("y2025", "b") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the CBIB share is 30, the Renstra 2027 target; the Renstra 2025 target is 22",
    truth: `'${R}'!${rt.a("y2025", "b")}`,
  });
  b.plant({
    at: { sheet: P, cell: at.a("rp", "j") },
    rules: ["sum-mismatch"],
    note: "Jumlah is a typed 13,231,600,000; the four programs add up to 13,321,600,000",
    truth: `SUM(${at.a("rp", "p1")}:${at.a("rp", "p4")})`,
  });
  for (const id of ["a", "c", "d"])
    b.ok({
      sheet: P,
      cell: pt.a("tg", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${rt.a("y2025", id)}`,
    });
  const all = (id: string) => Y.map((y) => rt.a(`y${y}`, id)).join("+");
  for (const id of ["b", "c"])
    b.ok({
      sheet: R,
      cell: rt.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("y2029", id),
      trap: all(id),
    });
  b.ok({
    sheet: R,
    cell: rt.a("ak", "d"),
    rules: ["kondisi-akhir-mismatch"],
    truth: all("d"),
    trap: rt.a("y2029", "d"),
  });
  return b.finish();
}

/** Produksi ikan budidaya per kecamatan and komoditas, Dinas Perikanan Muara Serayu Timur, 2024. */
export function produksiKomoditas(): BookW {
  const b = new BookW(
    "produksi-budidaya-komoditas-kecamatan-muara-serayu-timur.xlsx",
    "Rekap produksi ikan budidaya per kecamatan (Dinas Perikanan)",
    "per kecamatan: Nila | Lele | Gurame | Patin | Mas under 'Produksi per Komoditas (ton)', Jumlah '(8) = (3)+...+(7)', Target, Capaian '(10) = (8)/(9) x 100', Kontribusi '(11) = (8)/Jumlah (8) x 100'; JUMLAH row with the ratio of totals; a footnote *) angka sementara",
  );
  const S = "Produksi 2024";
  const s = b.sheet(S);
  letterhead(s, ["DINAS PERIKANAN KABUPATEN MUARA SERAYU TIMUR", "Bidang Perikanan Budidaya"]);
  s.lines(["PRODUKSI IKAN BUDIDAYA MENURUT KECAMATAN DAN KOMODITAS TAHUN 2024*)"]);
  s.gap();
  const KOM = ["nila", "lele", "gurame", "patin", "mas"];
  const K = [
    { id: "k1", nm: "Kemangkon Wetan", v: [412.6, 538.2, 96.4, 61.3, 44.8], tg: 1_120 },
    { id: "k2", nm: "Bukateja Kidul", v: [286.1, 702.5, 154.7, 22.6, 31.2], tg: 1_250 },
    { id: "k3", nm: "Sokaraja Lor", v: [198.4, 311.9, 212.3, 0, 18.5], tg: 760 },
    { id: "k4", nm: "Rembang Tirta", v: [355.8, 244.0, 58.9, 88.2, 27.4], tg: 740 },
    { id: "k5", nm: "Kalimanah Baru", v: [142.3, 389.6, 77.1, 15.4, 12.9], tg: 700 },
    { id: "k6", nm: "Padamara Timur", v: [97.5, 168.4, 41.6, 9.8, 22.7], tg: 360 },
  ];
  const G = "Produksi per Komoditas (ton)";
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
      { key: "nm", head: ["Kecamatan"], role: "lokasi", num: "(2)", width: 18 },
      ...KOM.map((k, i): Col => ({
        key: k,
        head: [G, k[0].toUpperCase() + k.slice(1)],
        role: "realisasi",
        year: 2024,
        num: `(${3 + i})`,
        fmt: "#,##0.0",
      })),
      {
        key: "j",
        head: ["Jumlah Produksi (ton)"],
        role: "realisasi",
        year: 2024,
        num: "(8) = (3)+(4)+(5)+(6)+(7)",
        fmt: "#,##0.0",
      },
      { key: "tg", head: ["Target 2024 (ton)"], role: "target", year: 2024, num: "(9)", fmt: INT },
      { key: "c", head: ["Capaian (%)"], role: "capaian", year: 2024, num: "(10) = (8)/(9) x 100", fmt: DEC },
      {
        key: "kt",
        head: ["Kontribusi thd Kabupaten (%)"],
        role: "lainnya",
        num: "(11) = (8)/Jumlah (8) x 100",
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
          ...Object.fromEntries(KOM.map((m, j) => [m, k.v[j]])),
          j: fx(`SUM(${c.a("nila")}:${c.a("mas")})`),
          tg: k.tg,
          // planted: Kalimanah Baru's capaian typed 97.04 (637.3 / 700 = 91.04)
          c: k.id === "k5" ? 97.04 : fx(`ROUND(${c.a("j")}/${c.a("tg")}*100,2)`),
          kt: fx(`ROUND(${c.a("j")}/${c.a("j", "tot")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        span: ["no", "nm"],
        bold: true,
        cells: (c) => {
          const out: Cells = { no: "JUMLAH" };
          for (const m of [...KOM, "j", "tg"])
            // planted: the Lele total leaves out Padamara Timur
            out[m] = fx(`SUM(${c.a(m, "k1")}:${c.a(m, m === "lele" ? "k5" : "k6")})`);
          out.c = fx(`ROUND(${c.a("j")}/${c.a("tg")}*100,2)`);
          out.kt = fx(`ROUND(SUM(${c.a("kt", "k1")}:${c.a("kt", "k6")}),0)`);
          return out;
        },
      },
    ],
  });
  s.gap();
  s.lines(["*) angka sementara, hasil rekap laporan penyuluh perikanan per Januari 2025."]);
  s.gap();
  signature(s, 9, {
    tempat: "Kemangkon Wetan, 20 Januari 2025",
    jabatan: ["KEPALA BIDANG PERIKANAN BUDIDAYA"],
    nama: "SRI HANDAYANI PURBASARI, S.Pi.",
    nip: "19820517 200604 2 011",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const ids = K.map((k) => k.id);
  b.plant({
    at: { sheet: S, cell: a("c", "k5") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "Capaian of Kalimanah Baru is a typed 97.04 among formulas; 637.3 / 700 x 100 = 91.04",
    truth: `ROUND(${a("j", "k5")}/${a("tg", "k5")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("lele", "tot") },
    rules: ["sum-mismatch"],
    note: "JUMLAH Lele is =SUM over five kecamatan (2,186.2); with Padamara Timur's 168.4 it is 2,354.6",
    truth: `SUM(${a("lele", "k1")}:${a("lele", "k6")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(SUM(${a("j", "k1")}:${a("j", "k6")})/SUM(${a("tg", "k1")}:${a("tg", "k6")})*100,2)`,
    trap: `ROUND(AVERAGE(${a("c", "k1")}:${a("c", "k6")}),2)`,
  });
  for (const id of ["k1", "k2", "k3", "k4", "k6"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("j", id)}/${a("tg", id)}*100,2)`,
    });
  for (const id of ["k2", "k4"])
    b.ok({ sheet: S, cell: a("j", id), rules: ["sum-mismatch"], truth: KOM.map((m) => a(m, id)).join("+") });
  for (const id of ["k1", "k3"])
    b.ok({
      sheet: S,
      cell: a("kt", id),
      rules: ["percent-out-of-range", "ratio-components-mismatch"],
      truth: `ROUND(${a("j", id)}/${a("j", "tot")}*100,2)`,
    });
  for (const m of ["nila", "gurame", "j", "tg"])
    b.ok({
      sheet: S,
      cell: a(m, "tot"),
      rules: ["sum-mismatch"],
      truth: ids.map((id) => a(m, id)).join("+"),
    });
  return b.finish();
}

/** Benih distribution and fish survival per triwulan, DKP Lore Ranu 2024: two tables side by side. */
export function benihTriwulan(): BookW {
  const b = new BookW(
    "benih-kelangsungan-hidup-triwulan-lore-ranu.xlsx",
    "Rekap triwulan benih dan kelangsungan hidup ikan (DKP)",
    "two tables side by side, one empty column between: distribusi benih per triwulan (target, realisasi, capaian, pokdakan penerima, Jumlah) and benih ditebar / ikan mati / kasus penyakit / tingkat kematian / kelangsungan hidup (SR) per triwulan with a Jumlah row of ratios of totals",
  );
  const S = "Rekap TW 2024";
  const s = b.sheet(S);
  letterhead(s, ["DINAS KELAUTAN DAN PERIKANAN KABUPATEN LORE RANU", "UPTD Balai Benih Ikan Ranu Kodi"]);
  s.lines(["REKAPITULASI DISTRIBUSI BENIH DAN KESEHATAN IKAN PER TRIWULAN TAHUN 2024 (ribu ekor)"]);
  s.gap();
  const Q = [
    { id: "q1", tw: "Triwulan I", tg: 200, r: 186, pk: 11, tb: 640, m: 71.4, ks: 3 },
    { id: "q2", tw: "Triwulan II", tg: 250, r: 262, pk: 14, tb: 820, m: 84.6, ks: 2 },
    { id: "q3", tw: "Triwulan III", tg: 300, r: 288, pk: 16, tb: 910, m: 118.3, ks: 5 },
    { id: "q4", tw: "Triwulan IV", tg: 250, r: 241, pk: 12, tb: 760, m: 66.9, ks: 1 },
  ];
  const top = s.r;
  const lt = s.table({
    cols: [
      { key: "tw", head: ["Periode"], num: "(1)", width: 14 },
      { key: "tg", head: ["Target Distribusi Benih"], role: "target", year: 2024, num: "(2)", fmt: INT },
      { key: "r", head: ["Realisasi Distribusi Benih"], role: "realisasi", year: 2024, num: "(3)", fmt: INT },
      { key: "c", head: ["Capaian (%)"], role: "capaian", year: 2024, num: "(4) = (3)/(2) x 100", fmt: DEC },
      { key: "pk", head: ["Pokdakan Penerima (kelompok)"], role: "lainnya", num: "(5)", fmt: INT },
    ],
    headerRows: 1,
    numberRow: "plain",
    rows: [
      ...Q.map((q): Row => ({
        id: q.id,
        cells: (c) => ({
          tw: q.tw,
          tg: q.tg,
          r: q.r,
          c: fx(`ROUND(${c.a("r")}/${c.a("tg")}*100,2)`),
          pk: q.pk,
        }),
      })),
      {
        id: "tot",
        bold: true,
        cells: (c) => ({
          tw: "Jumlah",
          tg: fx(`SUM(${c.a("tg", "q1")}:${c.a("tg", "q4")})`),
          r: fx(`SUM(${c.a("r", "q1")}:${c.a("r", "q4")})`),
          c: fx(`ROUND(${c.a("r")}/${c.a("tg")}*100,2)`),
          // planted: typed 58; the quarters give 53
          pk: 58,
        }),
      },
    ],
  });
  const rt = s.table(
    {
      cols: [
        { key: "tw", head: ["Triwulan"], num: "(6)", width: 14 },
        { key: "tb", head: ["Benih Ditebar"], role: "lainnya", num: "(7)", fmt: INT },
        { key: "m", head: ["Ikan Mati"], role: "lainnya", num: "(8)", fmt: "#,##0.0" },
        { key: "ks", head: ["Kasus Penyakit Ikan"], role: "lainnya", num: "(9)", fmt: INT },
        { key: "mr", head: ["Tingkat Kematian (%)"], role: "lainnya", num: "(10) = (8)/(7) x 100", fmt: DEC },
        {
          key: "sr",
          head: ["Kelangsungan Hidup / SR (%)"],
          role: "lainnya",
          num: "(11) = 100 - (10)",
          fmt: DEC,
        },
      ],
      headerRows: 1,
      numberRow: "plain",
      rows: [
        ...Q.map((q): Row => ({
          id: q.id,
          cells: (c) => ({
            tw: q.tw.replace("Triwulan ", "TW "),
            tb: q.tb,
            m: q.m,
            ks: q.ks,
            mr: fx(`ROUND(${c.a("m")}/${c.a("tb")}*100,2)`),
            // planted: TW III survival typed 104.60 (100 - 13.00 = 87.00)
            sr: q.id === "q3" ? 104.6 : fx(`100-${c.a("mr")}`),
          }),
        })),
        {
          id: "tot",
          bold: true,
          cells: (c) => ({
            tw: "Jumlah",
            tb: fx(`SUM(${c.a("tb", "q1")}:${c.a("tb", "q4")})`),
            m: fx(`SUM(${c.a("m", "q1")}:${c.a("m", "q4")})`),
            ks: fx(`SUM(${c.a("ks", "q1")}:${c.a("ks", "q4")})`),
            mr: fx(`ROUND(${c.a("m")}/${c.a("tb")}*100,2)`),
            sr: fx(`100-${c.a("mr")}`),
          }),
        },
      ],
    },
    lt.right + 2,
    top,
  );
  s.gap();
  s.lines(["Catatan: persentase pada baris Jumlah dihitung dari jumlah, bukan rata-rata triwulan."]);
  s.gap();
  signature(s, 8, {
    tempat: "Tentena Ranu, 8 Januari 2025",
    jabatan: ["KEPALA UPTD BALAI BENIH IKAN RANU KODI"],
    nama: "YULIANA PALIMBONG, S.Pi., M.Si.",
    nip: "19850311 201001 2 014",
  });
  const la = (k: string, id: string) => lt.a(k, id);
  const ra = (k: string, id: string) => rt.a(k, id);
  b.plant({
    at: { sheet: S, cell: la("pk", "tot") },
    rules: ["sum-mismatch"],
    note: "Jumlah pokdakan penerima is a typed 58; 11 + 14 + 16 + 12 = 53",
    truth: `SUM(${la("pk", "q1")}:${la("pk", "q4")})`,
  });
  b.plant({
    at: { sheet: S, cell: ra("sr", "q3") },
    rules: ["percent-out-of-range", "ratio-components-mismatch"],
    note: "Kelangsungan hidup of Triwulan III is a typed 104.60 %, above 100; 100 - 118.3 / 910 x 100 = 87.00",
    truth: `100-ROUND(${ra("m", "q3")}/${ra("tb", "q3")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: la("c", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(SUM(${la("r", "q1")}:${la("r", "q4")})/SUM(${la("tg", "q1")}:${la("tg", "q4")})*100,2)`,
    trap: `ROUND(AVERAGE(${la("c", "q1")}:${la("c", "q4")}),2)`,
  });
  b.ok({
    sheet: S,
    cell: ra("mr", "tot"),
    rules: ["ratio-components-mismatch", "sum-mismatch"],
    truth: `ROUND(SUM(${ra("m", "q1")}:${ra("m", "q4")})/SUM(${ra("tb", "q1")}:${ra("tb", "q4")})*100,2)`,
    trap: `${ra("mr", "q1")}+${ra("mr", "q2")}+${ra("mr", "q3")}+${ra("mr", "q4")}`,
  });
  for (const id of ["q1", "q2", "q3", "q4"])
    b.ok({
      sheet: S,
      cell: la("c", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${la("r", id)}/${la("tg", id)}*100,2)`,
    });
  for (const id of ["q1", "q2", "q4"])
    b.ok({ sheet: S, cell: ra("sr", id), rules: ["percent-out-of-range"], truth: `100-${ra("mr", id)}` });
  for (const k of ["tb", "m", "ks"])
    b.ok({
      sheet: S,
      cell: ra(k, "tot"),
      rules: ["sum-mismatch"],
      truth: Q.map((q) => ra(k, q.id)).join("+"),
    });
  for (const k of ["tg", "r"])
    b.ok({
      sheet: S,
      cell: la(k, "tot"),
      rules: ["sum-mismatch"],
      truth: Q.map((q) => la(k, q.id)).join("+"),
    });
  return b.finish();
}
