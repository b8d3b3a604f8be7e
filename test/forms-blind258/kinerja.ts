// LKjIP of the DPPKB Pasir Langkai, PK 2025 with the Renstra of the DP2KB Tanjung Manyar, the recap of
// kampung KB per kecamatan and the recap of peserta KB aktif per metode beside the BKB/BKR/BKL groups.
// Every name and number is invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Col, type Row } from "../forms/kit";

/** LKjIP 2024 Tabel 3.2, DPPKB Pasir Langkai: refleksi on TFR and unmet need (one row copied R/T). */
export function lkjipDppkb(): BookW {
  const b = new BookW(
    "lkjip-2024-kampung-kb-pasir-langkai.xlsx",
    "LKjIP pengukuran kinerja (DPPKB)",
    "LKjIP 2024 Tabel 3.2: No | Sasaran (merged) | Indikator | Satuan | Realisasi 2023 | Target | Realisasi | Capaian (%) | Predikat; negative indicators marked (-) in the name; ROUND formulas; Rata-rata row",
  );
  const S = "Tabel 3.2";
  const s = b.sheet(S);
  s.lines(["Tabel 3.2 Pengukuran Kinerja DPPKB Kabupaten Pasir Langkai Tahun 2024"]);
  s.gap();
  const A = "Menurunnya angka kelahiran total";
  const B = "Meningkatnya kesertaan ber-KB modern";
  const C = "Meningkatnya ketahanan keluarga melalui kampung KB";
  const I = [
    {
      id: "i1",
      sas: A,
      ind: "Angka kelahiran total / TFR (-)",
      sat: "anak per WUS",
      neg: true,
      r0: 2.24,
      t: 2.21,
      r: 2.18,
      p: "Sangat Baik",
    },
    {
      id: "i2",
      sas: A,
      ind: "Angka unmet need KB (-)",
      sat: "%",
      neg: true,
      r0: 12.6,
      t: 11.5,
      r: 12.9,
      p: "Sangat Baik",
    },
    {
      id: "i3",
      sas: B,
      ind: "Angka prevalensi kontrasepsi modern (mCPR)",
      sat: "%",
      neg: false,
      r0: 59.7,
      t: 62.5,
      r: 60.8,
      p: "Sangat Baik",
    },
    {
      id: "i4",
      sas: B,
      ind: "Persentase peserta KB aktif MKJP",
      sat: "%",
      neg: false,
      r0: 24.1,
      t: 26,
      r: 24.9,
      p: "Sangat Baik",
    },
    {
      id: "i5",
      sas: C,
      ind: "Persentase kampung KB aktif",
      sat: "%",
      neg: false,
      r0: 61.5,
      t: 85,
      r: 66.2,
      p: "Sangat Baik",
    },
    {
      id: "i6",
      sas: C,
      ind: "Persentase keluarga yang mengikuti BKB",
      sat: "%",
      neg: false,
      r0: 25.2,
      t: 40,
      r: 28.4,
      p: "Cukup",
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "r0", head: ["Realisasi 2023"], role: "realisasi", year: 2023, fmt: DEC },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, fmt: DEC },
    { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024, fmt: DEC },
    { key: "c", head: ["Tahun 2024", "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "p", head: ["Tahun 2024", "Predikat"], role: "predikat", year: 2024 },
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
          r0: x.r0,
          t: x.t,
          r: x.r,
          // planted: unmet need (negative) computed with R/T
          c: fx(
            x.neg && x.id !== "i2"
              ? `ROUND((2*${c.a("t")}-${c.a("r")})/${c.a("t")}*100,2)`
              : `ROUND(${c.a("r")}/${c.a("t")}*100,2)`,
          ),
          p: x.p,
        }),
      })),
      {
        id: "avg",
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata capaian kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i6")}),2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Capaian indikator negatif (-) dihitung dengan rumus refleksi: (2 x Target - Realisasi) / Target x 100.",
    "Predikat: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  const refl = (id: string) => `ROUND((2*${a("t", id)}-${a("r", id)})/${a("t", id)}*100,2)`;
  const rt = (id: string) => `ROUND(${a("r", id)}/${a("t", id)}*100,2)`;
  b.plant({
    at: { sheet: S, cell: a("c", "i2") },
    rules: ["capaian-mismatch"],
    note: "Unmet need KB is a negative indicator; the row computes R/T = 112.17. Refleksi (2T-R)/T gives 87.83",
    truth: refl("i2"),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i5") },
    rules: ["predikat-mismatch"],
    note: "'Sangat Baik' for a capaian of 77.88; the band > 75 to 90 is Baik",
    truth: `PREDIKAT_BAIK(${a("c", "i5")})`,
  });
  b.ok({ sheet: S, cell: a("c", "i1"), rules: ["capaian-mismatch"], truth: refl("i1"), trap: rt("i1") });
  for (const id of ["i3", "i4", "i5", "i6"])
    b.ok({ sheet: S, cell: a("c", id), rules: ["capaian-mismatch"], truth: rt(id) });
  for (const id of ["i1", "i3", "i4", "i6"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  return b.finish();
}

/** PK 2025 of the DP2KB Kota Tanjung Manyar, with its Renstra 2025-2029 targets. */
export function pkDp2kb(): BookW {
  const b = new BookW(
    "pk-2025-dp2kb-tanjung-manyar.xlsx",
    "Perjanjian Kinerja (DP2KB)",
    "PK 2025: statement lines, indicator table (No | Sasaran | Indikator | Satuan | Target 2025) and program table with Jumlah; sheet Renstra 2025-2029 with Kondisi Awal, five years and Kondisi Akhir",
  );
  const R = "Renstra 2025-2029";
  const rs = b.sheet(R);
  rs.lines(["Target Kinerja Sasaran Renstra DP2KB Kota Tanjung Manyar 2025-2029"]);
  rs.gap();
  const ind = [
    {
      id: "tfr",
      sas: "Terkendalinya pertumbuhan penduduk",
      ind: "Angka kelahiran total (TFR)",
      sat: "anak per WUS",
      awal: 2.24,
      k: [2.22, 2.2, 2.18, 2.16, 2.14],
    },
    {
      id: "cpr",
      sas: "Meningkatnya kesertaan ber-KB",
      ind: "Angka prevalensi kontrasepsi modern (mCPR)",
      sat: "%",
      awal: 61,
      k: [62, 63, 64, 65, 66],
    },
    {
      id: "un",
      sas: "Meningkatnya kesertaan ber-KB",
      ind: "Angka unmet need KB",
      sat: "%",
      awal: 12.4,
      k: [11.8, 11.2, 10.6, 10, 9.5],
    },
    {
      id: "kb",
      sas: "Meningkatnya ketahanan keluarga",
      ind: "Persentase kampung KB kategori mandiri",
      sat: "%",
      awal: 8,
      k: [10, 13, 16, 19, 22],
    },
  ];
  const years = [2025, 2026, 2027, 2028, 2029];
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator Sasaran"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, fmt: DEC },
      ...years.map((y, i): Col => ({
        key: `y${i}`,
        head: ["Target", String(y)],
        role: "target",
        year: y,
        fmt: DEC,
      })),
      { key: "ak", head: ["Kondisi Akhir Renstra"], role: "kondisi-akhir", year: 2029, fmt: DEC },
    ],
    headerRows: 2,
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        ...Object.fromEntries(x.k.map((v, j) => [`y${j}`, v])),
        ak: x.k[4],
      },
    })),
  });
  const P = "PK 2025";
  const pk = b.sheet(P);
  letterhead(pk, ["PEMERINTAH KOTA TANJUNG MANYAR", "DINAS PENGENDALIAN PENDUDUK DAN KELUARGA BERENCANA"]);
  pk.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil,",
    "kami yang bertanda tangan di bawah ini berjanji akan mewujudkan target kinerja tahunan sesuai lampiran perjanjian ini.",
  ]);
  pk.gap();
  pk.lines(["Lampiran Perjanjian Kinerja Tahun 2025"]);
  // planted: mCPR target 63 is the Renstra 2026 target; 2025 is 62
  const pkT: Record<string, number> = { tfr: 2.22, cpr: 63, un: 11.8, kb: 10 };
  const it = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 34 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "t", head: ["Target 2025"], role: "target", year: 2025, fmt: DEC },
    ],
    headerRows: 1,
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: { no: i + 1, sas: x.sas, ind: x.ind, sat: x.sat, t: pkT[x.id] },
    })),
  });
  pk.gap();
  const progs = [
    {
      id: "p1",
      ur: "2.14.01 Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
      rp: 8_412_650_000,
    },
    { id: "p2", ur: "2.14.02 Program Pengendalian Penduduk", rp: 1_206_400_000 },
    { id: "p3", ur: "2.14.03 Program Pembinaan Keluarga Berencana (KB)", rp: 4_986_300_000 },
    {
      id: "p4",
      ur: "2.14.04 Program Pemberdayaan dan Peningkatan Keluarga Sejahtera (KS)",
      rp: 1_742_800_000,
    },
  ];
  const at = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ur", head: ["Program"], width: 34 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 40 },
      { key: "ket", head: ["Keterangan"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...progs.map((x, i) => ({ id: x.id, cells: { no: i + 1, ur: x.ur, rp: x.rp, ket: "APBD" } })),
      // planted: SUM one row short
      {
        id: "jml",
        bold: true,
        cells: (c) => ({ ur: "Jumlah", rp: fx(`SUM(${c.a("rp", "p1")}:${c.a("rp", "p3")})`) }),
      },
    ],
  });
  pk.gap();
  signature(pk, 3, {
    tempat: "Tanjung Manyar, 2 Januari 2025",
    jabatan: ["KEPALA DINAS PENGENDALIAN PENDUDUK", "DAN KELUARGA BERENCANA"],
    nama: "H. AHMAD FAUZAN RIDHANI, S.KM., M.Si",
    nip: "19790907 200604 1 012",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: it.a("t", "cpr") },
        { sheet: R, cell: rt.a("y0", "cpr") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK target of mCPR is 63.00, the Renstra 2026 target; the Renstra 2025 target is 62.00",
    truth: `'${R}'!${rt.a("y0", "cpr")}`,
    actual: it.a("t", "cpr"),
  });
  b.plant({
    at: { sheet: P, cell: at.a("rp", "jml") },
    rules: ["sum-mismatch"],
    note: "Jumlah is SUM over the first three programs (14,605,350,000); the four give 16,348,150,000",
    truth: progs.map((x) => at.a("rp", x.id)).join("+"),
  });
  for (const id of ["tfr", "un", "kb"])
    b.ok({
      sheet: P,
      cell: it.a("t", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${rt.a("y0", id)}`,
    });
  for (const x of ind)
    b.ok({
      sheet: R,
      cell: rt.a("ak", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("y4", x.id),
      trap: years.map((_, i) => rt.a(`y${i}`, x.id)).join("+"),
    });
  return b.finish();
}

/** Kampung KB per kecamatan, Pasir Langkai 2024: (7) = (4)+(5)+(6), (8) = (7)/(3), (10) = (9)/(7). */
export function rekapKampungKb(): BookW {
  const b = new BookW(
    "rekap-kampung-kb-per-kecamatan-pasir-langkai.xlsx",
    "Rekap kampung KB per kecamatan (DPPKB)",
    "Kampung KB per kecamatan by klasifikasi (Dasar / Berkembang / Paripurna), formulas (7) = (4)+(5)+(6), (8) = (7)/(3) x 100, (10) = (9)/(7) x 100, Jumlah row whose % are ratios of totals",
  );
  const S = "Kampung KB 2024";
  const s = b.sheet(S);
  s.lines([
    "REKAPITULASI KAMPUNG KB MENURUT KECAMATAN KABUPATEN PASIR LANGKAI",
    "Keadaan s.d. Desember 2024",
  ]);
  s.gap();
  const K = [
    ["Langkai Hilir", 18, 9, 5, 2, 14],
    ["Langkai Hulu", 14, 7, 4, 1, 11],
    ["Kuala Ranah", 22, 12, 6, 3, 17],
    ["Batang Sentajo", 11, 6, 3, 0, 9],
    ["Pangkalan Senggi", 16, 8, 4, 2, 12],
    ["Rantau Paku", 9, 5, 2, 1, 6],
  ] as const;
  const ids = K.map((_, i) => `k${i}`);
  const G = "Kampung KB Terbentuk menurut Klasifikasi";
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
      { key: "kec", head: ["Kecamatan"], role: "lokasi", num: "(2)", width: 20 },
      { key: "desa", head: ["Jumlah Desa/Kelurahan"], num: "(3)", fmt: INT },
      { key: "d", head: [G, "Dasar"], num: "(4)", fmt: INT },
      { key: "bk", head: [G, "Berkembang"], num: "(5)", fmt: INT },
      { key: "pr", head: [G, "Paripurna"], num: "(6)", fmt: INT },
      { key: "j", head: [G, "Jumlah"], num: "(7) = (4)+(5)+(6)", fmt: INT },
      {
        key: "cak",
        head: ["Cakupan Desa ber-Kampung KB (%)"],
        role: "capaian",
        num: "(8) = (7)/(3) x 100",
        fmt: DEC,
      },
      { key: "akt", head: ["Kampung KB Aktif Melapor"], role: "realisasi", year: 2024, num: "(9)", fmt: INT },
      {
        key: "pa",
        head: ["Persentase Kampung KB Aktif (%)"],
        role: "capaian",
        year: 2024,
        num: "(10) = (9)/(7) x 100",
        fmt: DEC,
      },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...K.map((k, i): Row => ({
        id: ids[i],
        cells: (x) => ({
          no: i + 1,
          kec: k[0],
          desa: k[1],
          d: k[2],
          bk: k[3],
          pr: k[4],
          // planted: Batang Sentajo's (7) typed 11; 6+3+0 = 9
          j: i === 3 ? 11 : fx(`${x.a("d")}+${x.a("bk")}+${x.a("pr")}`),
          // planted: Kuala Ranah's (8) with a stale 104.55; 21/22 gives 95.45
          cak: fx(`ROUND(${x.a("j")}/${x.a("desa")}*100,2)`, i === 2 ? 104.55 : undefined),
          akt: k[5],
          pa: fx(`ROUND(${x.a("akt")}/${x.a("j")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "kec"],
        cells: (x) => {
          const col = (k: string) => fx(`SUM(${x.a(k, "k0")}:${x.a(k, "k5")})`);
          return {
            no: "Jumlah",
            desa: col("desa"),
            d: col("d"),
            bk: col("bk"),
            pr: col("pr"),
            j: fx(`${x.a("d")}+${x.a("bk")}+${x.a("pr")}`),
            cak: fx(`ROUND(${x.a("j")}/${x.a("desa")}*100,2)`),
            akt: col("akt"),
            pa: fx(`ROUND(${x.a("akt")}/${x.a("j")}*100,2)`),
          };
        },
      },
    ],
  });
  s.gap();
  s.lines(["Sumber: Rumah Dataku Kampung KB dan laporan PKB kecamatan."]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("j", "k3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Batang Sentajo (7) is a typed 11 in a column of formulas; (4)+(5)+(6) = 6+3+0 = 9",
    truth: `${a("d", "k3")}+${a("bk", "k3")}+${a("pr", "k3")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("cak", "k2") },
    rules: ["capaian-mismatch", "ratio-components-mismatch", "percent-out-of-range"],
    note: "Kuala Ranah (8) shows a stale cached 104.55 (over 100 % of its desa); =ROUND(21/22*100,2) gives 95.45",
    truth: `ROUND(${a("j", "k2")}/${a("desa", "k2")}*100,2)`,
  });
  for (const id of ["k0", "k1", "k2", "k4", "k5"])
    b.ok({
      sheet: S,
      cell: a("j", id),
      rules: ["sum-mismatch"],
      truth: `${a("d", id)}+${a("bk", id)}+${a("pr", id)}`,
    });
  b.ok({
    sheet: S,
    cell: a("pa", "tot"),
    rules: ["capaian-mismatch", "ratio-components-mismatch"],
    truth: `ROUND(${a("akt", "tot")}/${a("j", "tot")}*100,2)`,
    trap: `ROUND(AVERAGE(${a("pa", "k0")}:${a("pa", "k5")}),2)`,
  });
  b.ok({
    sheet: S,
    cell: a("cak", "tot"),
    rules: ["capaian-mismatch", "ratio-components-mismatch"],
    truth: `ROUND(${a("j", "tot")}/${a("desa", "tot")}*100,2)`,
    trap: `ROUND(AVERAGE(${a("cak", "k0")}:${a("cak", "k5")}),2)`,
  });
  for (const k of ["desa", "akt"])
    b.ok({
      sheet: S,
      cell: a(k, "tot"),
      rules: ["sum-mismatch"],
      truth: ids.map((id) => a(k, id)).join("+"),
    });
  return b.finish();
}

/** Peserta KB aktif per metode per triwulan beside BKB/BKR/BKL groups per kecamatan, Tanjung Manyar 2024. */
export function rekapPesertaKb(): BookW {
  const b = new BookW(
    "rekap-peserta-kb-aktif-bkb-bkr-bkl-tanjung-manyar.xlsx",
    "Rekap peserta KB aktif dan kelompok BKB/BKR/BKL (DP2KB)",
    "Two tables side by side: peserta KB aktif per metode (MKJP / non-MKJP sub jumlah SUM, Jumlah) per triwulan with Posisi Desember = Triwulan IV (a stock) and share %; kelompok BKB/BKR/BKL per kecamatan with typed totals",
  );
  const S = "PA dan Poktan 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA TANJUNG MANYAR", "DINAS PENGENDALIAN PENDUDUK DAN KELUARGA BERENCANA"]);
  s.lines(["REKAPITULASI PESERTA KB AKTIF DAN KELOMPOK KEGIATAN (POKTAN) TAHUN 2024"]);
  s.gap();
  const top = s.r;
  const M = [
    ["iud", "IUD", [3120, 3185, 3240, 3302]],
    ["mow", "MOW", [1408, 1415, 1431, 1440]],
    ["mop", "MOP", [96, 98, 101, 104]],
    ["imp", "Implan", [4210, 4356, 4498, 4611]],
    ["mkjp", "Sub Jumlah MKJP", null],
    ["sun", "Suntik", [18450, 18320, 18105, 17980]],
    ["pil", "Pil", [7620, 7515, 7402, 7310]],
    ["kon", "Kondom", [1205, 1190, 1226, 1240]],
    ["non", "Sub Jumlah Non-MKJP", null],
    ["jml", "Jumlah Peserta KB Aktif", null],
  ] as const;
  const q = ["q1", "q2", "q3", "q4"];
  const left = s.table(
    {
      cols: [
        { key: "met", head: ["Metode Kontrasepsi"], role: "indikator", width: 24 },
        ...q.map((k, i): Col => ({
          key: k,
          head: ["Peserta KB Aktif Tahun 2024", `TW ${["I", "II", "III", "IV"][i]}`],
          role: "realisasi",
          year: 2024,
          fmt: INT,
        })),
        { key: "des", head: ["Posisi Desember 2024"], role: "realisasi", year: 2024, fmt: INT },
        { key: "pct", head: ["% thd Jumlah PA"], role: "lainnya", fmt: DEC },
      ],
      headerRows: 2,
      rows: M.map(([id, name, v]): Row => ({
        id,
        bold: v === null,
        cells: (x) => {
          const c: Record<string, string | number | ReturnType<typeof fx>> = { met: name };
          q.forEach((k, i) => {
            if (v) c[k] = v[i];
            else if (id === "mkjp")
              // planted: TW II sub jumlah MKJP sums IUD..MOP only
              c[k] = fx(`SUM(${x.a(k, "iud")}:${x.a(k, i === 1 ? "mop" : "imp")})`);
            else if (id === "non") c[k] = fx(`SUM(${x.a(k, "sun")}:${x.a(k, "kon")})`);
            else c[k] = fx(`${x.a(k, "mkjp")}+${x.a(k, "non")}`);
          });
          c.des = fx(x.a("q4"));
          c.pct = fx(`ROUND(${x.a("des")}/${x.a("des", "jml")}*100,2)`);
          return c;
        },
      })),
    },
    1,
    top,
  );
  const KEC = [
    ["Manyar Barat", 24, 18, 12],
    ["Manyar Timur", 19, 15, 10],
    ["Sungai Lulut Baru", 27, 21, 14],
    ["Banua Anyar Hulu", 15, 12, 9],
    ["Pekauman Laut", 21, 16, 11],
  ] as const;
  const kid = KEC.map((_, i) => `c${i}`);
  const right = s.table(
    {
      cols: [
        { key: "no", head: ["No"], role: "no", width: 5 },
        { key: "kec", head: ["Kecamatan"], role: "lokasi", width: 20 },
        { key: "bkb", head: ["Jumlah Kelompok", "BKB"], role: "realisasi", year: 2024, fmt: INT },
        { key: "bkr", head: ["Jumlah Kelompok", "BKR"], role: "realisasi", year: 2024, fmt: INT },
        { key: "bkl", head: ["Jumlah Kelompok", "BKL"], role: "realisasi", year: 2024, fmt: INT },
        { key: "j", head: ["Jumlah Kelompok", "Total"], role: "realisasi", year: 2024, fmt: INT },
      ],
      headerRows: 2,
      rows: [
        ...KEC.map((k, i) => ({
          id: kid[i],
          cells: { no: i + 1, kec: k[0], bkb: k[1], bkr: k[2], bkl: k[3], j: k[1] + k[2] + k[3] },
        })),
        // planted: BKR total typed 88; the kecamatan give 82
        { id: "tot", bold: true, cells: { kec: "JUMLAH", bkb: 106, bkr: 88, bkl: 56, j: 244 } },
      ],
    },
    10,
    top,
  );
  s.r = Math.max(left.lastDataRow, right.lastDataRow) + 2;
  s.lines(["Keterangan: peserta KB aktif adalah posisi (stok) pada akhir triwulan, bukan penjumlahan."]);
  s.gap();
  signature(s, 10, {
    tempat: "Tanjung Manyar, 10 Januari 2025",
    jabatan: ["Kepala Bidang Keluarga Berencana"],
    nama: "RAHMAWATI NOOR, S.Sos., M.AP",
    nip: "19830214 200903 2 006",
  });
  const la = (k: string, id: string) => left.a(k, id);
  const ra = (k: string, id: string) => right.a(k, id);
  const mk = (k: string) => ["iud", "mow", "mop", "imp"].map((id) => la(k, id)).join("+");
  b.plant({
    at: { sheet: S, cell: la("q2", "mkjp") },
    rules: ["sum-mismatch"],
    note: "Sub Jumlah MKJP TW II is SUM(IUD:MOP), one row short: 4,698; the four MKJP methods give 9,054",
    truth: mk("q2"),
  });
  b.plant({
    at: { sheet: S, cell: ra("bkr", "tot") },
    rules: ["sum-mismatch"],
    note: "JUMLAH BKR is typed 88; the five kecamatan give 82",
    truth: kid.map((id) => ra("bkr", id)).join("+"),
  });
  for (const k of ["q1", "q3", "q4"])
    b.ok({ sheet: S, cell: la(k, "mkjp"), rules: ["sum-mismatch"], truth: mk(k) });
  b.ok({
    sheet: S,
    cell: la("des", "mkjp"),
    rules: ["sum-mismatch"],
    truth: la("q4", "mkjp"),
    trap: q.map((k) => la(k, "mkjp")).join("+"),
  });
  b.ok({
    sheet: S,
    cell: la("des", "jml"),
    rules: ["sum-mismatch"],
    truth: `${la("des", "mkjp")}+${la("des", "non")}`,
    trap: q.map((k) => la(k, "jml")).join("+"),
  });
  b.ok({
    sheet: S,
    cell: la("pct", "mkjp"),
    rules: ["ratio-components-mismatch"],
    truth: `ROUND(${la("des", "mkjp")}/${la("des", "jml")}*100,2)`,
  });
  for (const k of ["bkb", "bkl", "j"])
    b.ok({
      sheet: S,
      cell: ra(k, "tot"),
      rules: ["sum-mismatch"],
      truth: kid.map((id) => ra(k, id)).join("+"),
    });
  for (const id of kid)
    b.ok({
      sheet: S,
      cell: ra("j", id),
      rules: ["sum-mismatch"],
      truth: `${ra("bkb", id)}+${ra("bkr", id)}+${ra("bkl", id)}`,
    });
  return b.finish();
}
