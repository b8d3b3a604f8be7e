// LKjIP, Perjanjian Kinerja and two recaps of the UPTD Rumah Potong Hewan of Kabupaten Ranah Sialang
// (Sumatera Barat) and Kota Tanjung Wirasa (Kalimantan Selatan). Every name and number is invented.
import {
  BookW,
  DEC,
  INT,
  RP,
  fx,
  letterhead,
  predikatBaik,
  signature,
  type Col,
  type Row,
} from "../forms/kit";

const capF = (neg: boolean, t: string, r: string) =>
  neg ? `ROUND((2*${t}-${r})/${t}*100,2)` : `ROUND(${r}/${t}*100,2)`;

/** LKjIP 2024 of the Dinas Peternakan Ranah Sialang, Tabel 3.2 Pengukuran Kinerja (RPH indicators). */
export function lkjipRph(): BookW {
  const b = new BookW(
    "lkjip-2024-rph-ranah-sialang.xlsx",
    "LKjIP capaian (UPTD RPH)",
    "LKjIP 2024 Tabel 3.2: Sasaran (merged) | Indikator | Satuan | Realisasi 2023 | Target 2024 | Realisasi 2024 | Capaian (%) | Predikat | Keterangan (polaritas); ROUND formulas, refleksi on the negative rows; Rata-rata row",
  );
  const S = "Tabel 3.2";
  const s = b.sheet(S);
  letterhead(s, [
    "LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2024",
    "DINAS PETERNAKAN DAN KESEHATAN HEWAN KABUPATEN RANAH SIALANG",
  ]);
  s.lines(["Tabel 3.2 Pengukuran Capaian Kinerja Tahun 2024"]);
  s.gap();
  const I = [
    {
      id: "i1",
      ind: "Persentase daging beredar yang memenuhi syarat ASUH",
      sat: "%",
      neg: false,
      r23: 86.4,
      t: 90,
      r: 91.3,
    },
    {
      id: "i2",
      ind: "Persentase ternak potong yang diperiksa ante dan post mortem",
      sat: "%",
      neg: false,
      r23: 84.1,
      t: 95,
      r: 88.6,
    },
    {
      id: "i3",
      ind: "Jumlah kasus penyakit hewan menular yang ditemukan di RPH",
      sat: "kasus",
      neg: true,
      r23: 9,
      t: 6,
      r: 8,
    },
    {
      id: "i4",
      ind: "Persentase karkas dan organ yang diafkir pada pemeriksaan post mortem",
      sat: "%",
      neg: true,
      r23: 2.9,
      t: 2.5,
      r: 2.1,
    },
    {
      id: "i5",
      ind: "Persentase unit usaha produk hewan yang memiliki NKV",
      sat: "%",
      neg: false,
      r23: 28,
      t: 40,
      r: 33,
    },
  ];
  const capOf = (x: (typeof I)[number]) => Math.round(((x.neg ? 2 * x.t - x.r : x.r) / x.t) * 10000) / 100;
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, fmt: DEC },
      { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, fmt: DEC },
      { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024, fmt: DEC },
      { key: "c", head: ["Tahun 2024", "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
      { key: "p", head: ["Predikat"], role: "predikat", width: 14 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 16 },
    ],
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...I.map((x, i): Row => ({
        id: x.id,
        cells: (c) => ({
          no: i + 1,
          sas:
            i < 2
              ? "Meningkatnya jaminan pangan asal hewan yang ASUH"
              : "Menurunnya risiko penyakit hewan dan zoonosis",
          ind: x.ind,
          sat: x.sat,
          r23: x.r23,
          t: x.t,
          r: x.r,
          // planted: the afkir row (negative) copies the positive formula R/T
          c: fx(x.id === "i4" ? capF(false, c.a("t"), c.a("r")) : capF(x.neg, c.a("t"), c.a("r"))),
          // planted: i5 (82.50) written "Sangat Baik"
          p: x.id === "i5" ? "Sangat Baik" : x.id === "i4" ? predikatBaik(84) : predikatBaik(capOf(x)),
          ket: x.neg ? "polaritas negatif" : "polaritas positif",
        }),
      })),
      {
        id: "avg",
        span: ["no", "ind"],
        cells: (c) => ({
          no: "Rata-rata Capaian",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i5")}),2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Capaian indikator negatif dihitung (2 x Target - Realisasi) / Target x 100.",
    "Predikat: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i4") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Karkas diafkir is a negative indicator but uses R/T = 84.00; refleksi (2 x 2.5 - 2.1) / 2.5 gives 116.00",
    truth: capF(true, a("t", "i4"), a("r", "i4")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i5") },
    rules: ["predikat-mismatch"],
    note: "NKV units: capaian 82.50 is written 'Sangat Baik'; the band > 75 - 90 is 'Baik'",
    truth: `PREDIKAT_BAIK(${a("c", "i5")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "i3"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: capF(true, a("t", "i3"), a("r", "i3")),
    trap: `ROUND(${a("r", "i3")}/${a("t", "i3")}*100,2)`,
  });
  for (const id of ["i1", "i2", "i5"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: capF(false, a("t", id), a("r", id)),
    });
  for (const id of ["i1", "i2", "i3"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  return b.finish();
}

/** PK 2025 of the Kepala Dinas Ketahanan Pangan dan Pertanian Tanjung Wirasa, with the Renstra targets. */
export function pkRph(): BookW {
  const b = new BookW(
    "pk-2025-renstra-rph-tanjung-wirasa.xlsx",
    "PK 2025 with Renstra (UPTD RPH)",
    "sheet 'PK 2025': statement, Sasaran | Indikator | Target (value and Satuan in two columns); program table with typed Jumlah; sheet 'Renstra': Kondisi Awal 2024 | Target 2025..2029 | Kondisi Akhir 2029",
  );
  const R = "Renstra";
  const P = "PK 2025";
  const ind = [
    {
      id: "a",
      ind: "Persentase daging yang beredar memenuhi syarat ASUH",
      sat: "%",
      awal: 85.5,
      k: [88, 90, 92, 94, 96],
    },
    {
      id: "b",
      ind: "Persentase RPH dan unit usaha produk hewan bersertifikat NKV",
      sat: "%",
      awal: 30,
      k: [35, 42, 50, 58, 65],
    },
    {
      id: "c",
      ind: "Persentase ternak potong reaktor zoonosis",
      sat: "%",
      awal: 2.1,
      k: [1.8, 1.6, 1.4, 1.2, 1],
    },
  ];
  const pk = b.sheet(P);
  const rs = b.sheet(R);
  rs.lines([
    "Tabel 5.2 Target Indikator Kinerja Renstra 2025-2029",
    "Dinas Ketahanan Pangan dan Pertanian Kota Tanjung Wirasa",
  ]);
  rs.gap();
  const Y = [2025, 2026, 2027, 2028, 2029];
  const rt = rs.table({
    cols: [
      { key: "ind", head: ["Indikator"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024 },
      ...Y.map((y): Col => ({ key: `y${y}`, head: ["Target", String(y)], role: "target", year: y })),
      { key: "ak", head: ["Kondisi Akhir (2029)"], role: "kondisi-akhir", year: 2029 },
    ],
    headerRows: 2,
    rows: ind.map((x) => ({
      id: x.id,
      cells: {
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        ...Object.fromEntries(Y.map((y, i) => [`y${y}`, x.k[i]])),
        ak: x.k[4],
      },
    })),
  });
  letterhead(pk, [
    "PERJANJIAN KINERJA TAHUN 2025",
    "DINAS KETAHANAN PANGAN DAN PERTANIAN KOTA TANJUNG WIRASA",
  ]);
  pk.lines([
    "Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini,",
    "dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan.",
  ]);
  pk.gap();
  const pt = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "sas", head: ["Sasaran"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
      { key: "tg", head: ["Target", "Nilai"], role: "target", year: 2025 },
      { key: "sat", head: ["Target", "Satuan"], role: "satuan" },
    ],
    headerRows: 2,
    vmerge: ["sas"],
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas: "Terjaminnya keamanan pangan asal hewan",
        ind: x.ind,
        // planted: the NKV target is the Renstra 2026 value 42 (2025: 35)
        tg: x.id === "b" ? 42 : x.k[0],
        sat: x.sat,
      },
    })),
  });
  pk.gap();
  const prog = [
    { id: "p1", nm: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", rp: 2_846_720_000 },
    {
      id: "p2",
      nm: "Program Pengendalian Kesehatan Hewan dan Kesehatan Masyarakat Veteriner",
      rp: 1_093_500_000,
    },
    { id: "p3", nm: "Program Penyediaan dan Pengembangan Prasarana Pertanian (RPH)", rp: 1_742_300_000 },
  ];
  const at = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "nm", head: ["Program"], width: 50 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Sumber Dana"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...prog.map((x, i): Row => ({ id: x.id, cells: { no: i + 1, nm: x.nm, rp: x.rp, ket: "APBD" } })),
      // planted: typed Jumlah 5,628,520,000 (the three programs give 5,682,520,000)
      { id: "j", span: ["no", "nm"], cells: { no: "Jumlah", rp: 5_628_520_000 } },
    ],
  });
  pk.gap();
  signature(pk, 3, {
    tempat: "Tanjung Wirasa, 6 Januari 2025",
    jabatan: ["KEPALA DINAS KETAHANAN PANGAN DAN PERTANIAN"],
    nama: "Ir. H. MUHAMMAD RIDHANI SYARIF, M.P.",
    nip: "19710305 199803 1 009",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("tg", "b") },
        { sheet: R, cell: rt.a("y2025", "b") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target for NKV is 42, the Renstra 2026 target; Renstra 2025 is 35",
    truth: `'${R}'!${rt.a("y2025", "b")}`,
  });
  b.plant({
    at: { sheet: P, cell: at.a("rp", "j") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah is a typed 5,628,520,000; the three programs add up to 5,682,520,000",
    truth: `SUM(${at.a("rp", "p1")}:${at.a("rp", "p3")})`,
  });
  for (const id of ["a", "c"])
    b.ok({
      sheet: P,
      cell: pt.a("tg", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${rt.a("y2025", id)}`,
    });
  for (const id of ["a", "b", "c"])
    b.ok({
      sheet: R,
      cell: rt.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("y2029", id),
      trap: Y.map((y) => rt.a(`y${y}`, id)).join("+"),
    });
  return b.finish();
}

/** Rekap pemotongan ternak per triwulan at the RPH Lubuak Tanjuang (Ranah Sialang), with retribusi. */
export function rekapPemotongan(): BookW {
  const b = new BookW(
    "rekap-pemotongan-ternak-rph-lubuak-tanjuang-2024.xlsx",
    "Rekap pemotongan ternak RPH",
    "Rekap per triwulan 2024: Diperiksa ante mortem | Dipotong: Sapi | Kerbau | Kambing/Domba | Jumlah '(6) = (3)+(4)+(5)' | % layak potong '(7) = (6)/(2) x 100' | Retribusi (Rp); Jumlah row with the % of the totals",
  );
  const S = "Rekap RPH 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "UPTD RUMAH POTONG HEWAN LUBUAK TANJUANG",
    "DINAS PETERNAKAN DAN KESEHATAN HEWAN KABUPATEN RANAH SIALANG",
  ]);
  s.lines(["REKAPITULASI PEMOTONGAN TERNAK DAN PENERIMAAN RETRIBUSI RPH TAHUN 2024"]);
  s.gap();
  const Q = [
    { id: "q1", tw: "Triwulan I", dp: 1_342, sp: 1_005, kb: 86, kd: 233, rt: 48_210_000 },
    { id: "q2", tw: "Triwulan II (Idul Adha)", dp: 3_105, sp: 1_862, kb: 141, kd: 1_094, rt: 112_337_500 },
    { id: "q3", tw: "Triwulan III", dp: 1_415, sp: 1_068, kb: 79, kd: 148, rt: 51_020_000 },
    { id: "q4", tw: "Triwulan IV", dp: 1_420, sp: 1_051, kb: 68, kd: 174, rt: 49_650_000 },
  ];
  const D = "Ternak Dipotong (ekor)";
  const t = s.table({
    cols: [
      { key: "tw", head: ["Periode"], num: "(1)", width: 22 },
      { key: "dp", head: ["Diperiksa Ante Mortem (ekor)"], role: "target", year: 2024, num: "(2)", fmt: INT },
      { key: "sp", head: [D, "Sapi"], role: "realisasi", year: 2024, num: "(3)", fmt: INT },
      { key: "kb", head: [D, "Kerbau"], role: "realisasi", year: 2024, num: "(4)", fmt: INT },
      { key: "kd", head: [D, "Kambing / Domba"], role: "realisasi", year: 2024, num: "(5)", fmt: INT },
      { key: "j", head: [D, "Jumlah"], role: "realisasi", year: 2024, num: "(6) = (3)+(4)+(5)", fmt: INT },
      {
        key: "p",
        head: ["% Layak Potong"],
        role: "capaian",
        year: 2024,
        num: "(7) = (6)/(2) x 100",
        fmt: DEC,
      },
      {
        key: "rt",
        head: ["Retribusi RPH (Rp)"],
        role: "realisasi-anggaran",
        year: 2024,
        num: "(8)",
        fmt: RP,
        width: 16,
      },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...Q.map((q): Row => ({
        id: q.id,
        cells: (c) => ({
          tw: q.tw,
          dp: q.dp,
          sp: q.sp,
          kb: q.kb,
          kd: q.kd,
          j: fx(`${c.a("sp")}+${c.a("kb")}+${c.a("kd")}`),
          // planted: Triwulan III's % has a stale cached 90.52
          p: fx(`ROUND(${c.a("j")}/${c.a("dp")}*100,2)`, q.id === "q3" ? 90.52 : undefined),
          rt: q.rt,
        }),
      })),
      {
        id: "tot",
        bold: true,
        cells: (c) => ({
          tw: "Jumlah",
          ...Object.fromEntries(
            ["dp", "sp", "kb", "kd", "j"].map((k) => [k, fx(`SUM(${c.a(k, "q1")}:${c.a(k, "q4")})`)]),
          ),
          p: fx(`ROUND(${c.a("j")}/${c.a("dp")}*100,2)`),
          // planted: retribusi SUM one row short
          rt: fx(`SUM(${c.a("rt", "q1")}:${c.a("rt", "q3")})`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: ternak yang ditolak ante mortem dikembalikan atau dipotong bersyarat di luar rekap ini.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Lubuak Tanjuang, 8 Januari 2025",
    jabatan: ["KEPALA UPTD RUMAH POTONG HEWAN"],
    nama: "drh. RAHMI YULIASTUTI",
    nip: "19850711 201001 2 014",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("p", "q3") },
    rules: ["capaian-mismatch"],
    note: "% layak potong of Triwulan III has a stale cached 90.52; 1,295 / 1,415 x 100 gives 91.52",
    truth: `ROUND(${a("j", "q3")}/${a("dp", "q3")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("rt", "tot") },
    rules: ["sum-mismatch"],
    note: "Jumlah retribusi is =SUM over Triwulan I-III (211,567,500); with Triwulan IV it is 261,217,500",
    truth: `SUM(${a("rt", "q1")}:${a("rt", "q4")})`,
  });
  for (const id of ["q1", "q2", "q3", "q4"])
    b.ok({
      sheet: S,
      cell: a("j", id),
      rules: ["sum-mismatch"],
      truth: `${a("sp", id)}+${a("kb", id)}+${a("kd", id)}`,
    });
  for (const id of ["q1", "q2", "q4"])
    b.ok({
      sheet: S,
      cell: a("p", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("j", id)}/${a("dp", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("p", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(SUM(${a("j", "q1")}:${a("j", "q4")})/SUM(${a("dp", "q1")}:${a("dp", "q4")})*100,2)`,
    trap: `ROUND((${["q1", "q2", "q3", "q4"].map((id) => `${a("j", id)}/${a("dp", id)}`).join("+")})*25,2)`,
  });
  for (const k of ["dp", "j"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "q1")}:${a(k, "q4")})` });
  return b.finish();
}

/** NKV and daging ASUH per kecamatan, Kota Tanjung Wirasa, beside the retribusi RPH per year. */
export function rekapNkvAsuh(): BookW {
  const b = new BookW(
    "rekap-nkv-asuh-kecamatan-tanjung-wirasa-2024.xlsx",
    "Rekap NKV dan ASUH per kecamatan",
    "Per kecamatan: Unit usaha | ber-NKV | % NKV | Sampel diuji | Memenuhi ASUH | % ASUH, TOTAL row with ratios of totals; beside it (one empty column) Retribusi RPH 2022-2024: Target | Realisasi | Capaian (%)",
  );
  const S = "NKV ASUH 2024";
  const s = b.sheet(S);
  s.lines(["REKAPITULASI SERTIFIKASI NKV DAN PENGUJIAN DAGING ASUH KOTA TANJUNG WIRASA TAHUN 2024"]);
  s.gap();
  const K = [
    { id: "k1", nm: "Wirasa Kota", u: 14, n: 9, sd: 120, ok: 112 },
    { id: "k2", nm: "Tanjung Hulu", u: 9, n: 5, sd: 84, ok: 75 },
    { id: "k3", nm: "Pasar Lama", u: 11, n: 6, sd: 96, ok: 88 },
    { id: "k4", nm: "Banua Anyar Timur", u: 6, n: 2, sd: 60, ok: 49 },
  ];
  const top = s.r;
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "nm", head: ["Kecamatan"], role: "lokasi", width: 18 },
      { key: "u", head: ["Sertifikasi NKV", "Unit Usaha Produk Hewan"], fmt: INT },
      { key: "n", head: ["Sertifikasi NKV", "Ber-NKV"], role: "realisasi", year: 2024, fmt: INT },
      { key: "pn", head: ["Sertifikasi NKV", "% Ber-NKV"], role: "capaian", year: 2024, fmt: DEC },
      { key: "sd", head: ["Pengujian Daging", "Sampel Diuji"], fmt: INT },
      { key: "ok", head: ["Pengujian Daging", "Memenuhi ASUH"], role: "realisasi", year: 2024, fmt: INT },
      { key: "pa", head: ["Pengujian Daging", "% ASUH"], role: "capaian", year: 2024, fmt: DEC },
    ],
    headerRows: 2,
    rows: [
      ...K.map((k, i): Row => ({
        id: k.id,
        cells: (c) => ({
          no: i + 1,
          nm: k.nm,
          u: k.u,
          n: k.n,
          // planted: Tanjung Hulu's % typed 180.00 (units / NKV inverted; 5 / 9 = 55.56)
          pn: k.id === "k2" ? 180 : fx(`ROUND(${c.a("n")}/${c.a("u")}*100,2)`),
          sd: k.sd,
          ok: k.ok,
          pa: fx(`ROUND(${c.a("ok")}/${c.a("sd")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        span: ["no", "nm"],
        cells: (c) => ({
          no: "TOTAL",
          ...Object.fromEntries(
            ["u", "n", "sd", "ok"].map((k) => [k, fx(`SUM(${c.a(k, "k1")}:${c.a(k, "k4")})`)]),
          ),
          pn: fx(`ROUND(${c.a("n")}/${c.a("u")}*100,2)`),
          pa: fx(`ROUND(${c.a("ok")}/${c.a("sd")}*100,2)`),
        }),
      },
    ],
  });
  const rt = s.table(
    {
      cols: [
        { key: "th", head: ["Retribusi RPH", "Tahun"] },
        { key: "tg", head: ["Retribusi RPH", "Target (Rp)"], role: "target", fmt: RP, width: 16 },
        { key: "re", head: ["Retribusi RPH", "Realisasi (Rp)"], role: "realisasi", fmt: RP, width: 16 },
        { key: "cp", head: ["Retribusi RPH", "Capaian (%)"], role: "capaian", fmt: DEC },
      ],
      headerRows: 2,
      rows: [
        {
          id: "y22",
          cells: (c) => ({
            th: "2022",
            tg: 310_000_000,
            re: 287_450_000,
            cp: fx(`ROUND(${c.a("re")}/${c.a("tg")}*100,2)`),
          }),
        },
        // planted: 2023 capaian typed 98.01 (341,800,000 / 335,000,000 = 102.03)
        { id: "y23", cells: { th: "2023", tg: 335_000_000, re: 341_800_000, cp: 98.01 } },
        {
          id: "y24",
          cells: (c) => ({
            th: "2024",
            tg: 360_000_000,
            re: 352_125_000,
            cp: fx(`ROUND(${c.a("re")}/${c.a("tg")}*100,2)`),
          }),
        },
      ],
    },
    10,
    top,
  );
  s.gap();
  signature(s, 4, {
    tempat: "Tanjung Wirasa, 10 Januari 2025",
    jabatan: ["KEPALA BIDANG KESEHATAN HEWAN DAN KESMAVET"],
    nama: "drh. NOOR HALIMAH FITRIANI",
    nip: "19880224 201403 2 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("pn", "k2") },
    rules: ["percent-out-of-range", "capaian-mismatch", "hardcoded-value"],
    note: "% ber-NKV of Tanjung Hulu is a typed 180.00 (9 / 5, inverted); 5 / 9 x 100 gives 55.56 and a share cannot exceed 100",
    truth: `ROUND(${a("n", "k2")}/${a("u", "k2")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: rt.a("cp", "y23") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "Capaian retribusi 2023 is a typed 98.01; 341,800,000 / 335,000,000 x 100 gives 102.03",
    truth: `ROUND(${rt.a("re", "y23")}/${rt.a("tg", "y23")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("pa", "tot"),
    rules: ["capaian-mismatch", "sum-mismatch"],
    truth: `ROUND(SUM(${a("ok", "k1")}:${a("ok", "k4")})/SUM(${a("sd", "k1")}:${a("sd", "k4")})*100,2)`,
    trap: `ROUND(AVERAGE(${a("pa", "k1")}:${a("pa", "k4")}),2)`,
  });
  for (const id of ["k1", "k3", "k4"])
    b.ok({
      sheet: S,
      cell: a("pn", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("n", id)}/${a("u", id)}*100,2)`,
    });
  for (const k of ["u", "n", "sd", "ok"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "k1")}:${a(k, "k4")})` });
  b.ok({
    sheet: S,
    cell: rt.a("cp", "y22"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${rt.a("re", "y22")}/${rt.a("tg", "y22")}*100,2)`,
  });
  return b.finish();
}
