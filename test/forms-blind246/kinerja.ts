// LKjIP, Perjanjian Kinerja and two recaps of the Bagian Kesra Setda (zakat UPZ, insentif guru ngaji
// and marbot, kafilah MTQ, hibah rumah ibadah). Every name and number is invented.
import { BookW, DEC, INT, RP, fx, letterhead, predikatBaik, round, signature, type Col } from "../forms/kit";

/** LKjIP 2024 of the Bagian Kesra Setda Kabupaten Batang Serayu: R/T and refleksi formulas, predikat words. */
export function lkjipKesra(): BookW {
  const b = new BookW(
    "lkjip-2024-bagkesra-batang-serayu-capaian.xlsx",
    "LKjIP capaian (Bagian Kesra)",
    "LKjIP 2024 Tabel 3.2 with a Sifat column, ROUND formulas (R/T and refleksi), predikat words, Rata-rata row",
  );
  const S = "Tabel 3.2";
  const s = b.sheet(S);
  letterhead(s, ["BAGIAN KESEJAHTERAAN RAKYAT SETDA KABUPATEN BATANG SERAYU"]);
  s.lines(["Tabel 3.2 Pengukuran Capaian Kinerja Tahun 2024"]);
  s.gap();
  const ind = [
    {
      id: "i1",
      ind: "Persentase UPZ yang menyetorkan laporan penghimpunan zakat tepat waktu",
      sat: "%",
      neg: false,
      t: 85,
      r: 88.4,
    },
    {
      id: "i2",
      ind: "Persentase rumah ibadah penerima hibah yang menyampaikan LPJ tepat waktu",
      sat: "%",
      neg: false,
      t: 90,
      r: 72.6,
    },
    {
      id: "i3",
      ind: "Persentase hibah rumah ibadah yang menjadi temuan pemeriksaan",
      sat: "%",
      neg: true,
      t: 5,
      r: 4,
    },
    {
      id: "i4",
      ind: "Persentase penerima insentif guru ngaji dan marbot yang tidak tepat sasaran",
      sat: "%",
      neg: true,
      t: 4,
      r: 4.5,
    },
    {
      id: "i5",
      ind: "Jumlah peserta kafilah MTQ yang meraih juara tingkat provinsi",
      sat: "orang",
      neg: false,
      t: 12,
      r: 9,
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "sif", head: ["Sifat"], role: "polaritas" },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, fmt: DEC },
    { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024, fmt: DEC },
    { key: "c", head: ["Tahun 2024", "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "p", head: ["Predikat"], role: "predikat", width: 14 },
  ];
  const cap = (x: (typeof ind)[number]) => round(x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...ind.map((x, i) => ({
        id: x.id,
        cells: (c: { a: (k: string) => string }) => ({
          no: i + 1,
          sas:
            i < 2
              ? "Meningkatnya tata kelola zakat dan hibah keagamaan"
              : "Meningkatnya kualitas kehidupan beragama",
          ind: x.ind,
          sat: x.sat,
          sif: x.neg ? "Negatif" : "Positif",
          t: x.t,
          r: x.r,
          // planted on i4: R/T on a negative indicator
          c: fx(
            x.neg && x.id !== "i4"
              ? `ROUND((2*${c.a("t")}-${c.a("r")})/${c.a("t")}*100,2)`
              : `ROUND(${c.a("r")}/${c.a("t")}*100,2)`,
          ),
          // planted on i2: "Sangat Baik" for 80.67
          p: x.id === "i2" ? "Sangat Baik" : predikatBaik(x.id === "i4" ? 112.5 : cap(x)),
        }),
      })),
      {
        id: "avg",
        span: ["no", "r"] as [string, string],
        cells: (c) => ({
          no: "Rata-rata Capaian",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i5")}),2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: indikator bersifat negatif dihitung dengan rumus (2 x Target - Realisasi) / Target x 100.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  const refl = (id: string) => `ROUND((2*${a("t", id)}-${a("r", id)})/${a("t", id)}*100,2)`;
  const rt = (id: string) => `ROUND(${a("r", id)}/${a("t", id)}*100,2)`;
  b.plant({
    at: { sheet: S, cell: a("c", "i4") },
    rules: ["capaian-mismatch"],
    note: "Negative indicator (tidak tepat sasaran) computed with R/T = 112.50; refleksi gives 87.50",
    truth: refl("i4"),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i2") },
    rules: ["predikat-mismatch"],
    note: "'Sangat Baik' for a capaian of 80.67; the band > 75 to 90 is Baik",
    truth: `PREDIKAT_BAIK(${a("c", "i2")})`,
  });
  b.ok({ sheet: S, cell: a("c", "i3"), rules: ["capaian-mismatch"], truth: refl("i3"), trap: rt("i3") });
  for (const id of ["i1", "i2", "i5"])
    b.ok({ sheet: S, cell: a("c", id), rules: ["capaian-mismatch"], truth: rt(id) });
  for (const id of ["i1", "i3", "i5"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  return b.finish();
}

/** PK 2025 of the Kepala Bagian Kesra, Kota Pantai Mapongka, beside the Renstra targets. */
export function pkKesra(): BookW {
  const b = new BookW(
    "pk-2025-kabag-kesra-pantai-mapongka-dan-renstra.xlsx",
    "Perjanjian Kinerja (Bagian Kesra)",
    "PK 2025 indicator table and program table with Jumlah, plus sheet 'Renstra Kesra 2025-2029' with years in the header",
  );
  const R = "Renstra Kesra 2025-2029";
  const P = "PK 2025";
  const pk = b.sheet(P);
  const rs = b.sheet(R);
  const ind = [
    {
      id: "a",
      ind: "Persentase UPZ aktif yang melaporkan penghimpunan zakat",
      sat: "%",
      k: [70, 74, 78, 82, 86],
      awal: 65.5,
      level: true,
    },
    {
      id: "b",
      ind: "Persentase rumah ibadah penerima hibah yang tertib LPJ",
      sat: "%",
      k: [72, 76, 80, 84, 88],
      awal: 68.4,
      level: true,
    },
    {
      id: "c",
      ind: "Jumlah guru ngaji dan marbot penerima insentif",
      sat: "orang",
      k: [1_850, 1_900, 1_950, 2_000, 2_050],
      awal: 1_820,
      level: true,
    },
  ];
  s0(rs);
  function s0(s: typeof rs) {
    letterhead(s, ["PEMERINTAH KOTA PANTAI MAPONGKA"]);
    s.lines(["Indikator Kinerja dan Target Renstra Bagian Kesejahteraan Rakyat 2025-2029"]);
    s.gap();
  }
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "ind", head: ["Indikator"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Awal 2024"], role: "kondisi-awal", year: 2024, fmt: DEC },
      ...[0, 1, 2, 3, 4].map((i): Col => ({
        key: `y${i}`,
        head: ["Target", `${2025 + i}`],
        role: "target",
        year: 2025 + i,
        fmt: DEC,
      })),
      { key: "ak", head: ["Kondisi Akhir"], role: "kondisi-akhir", fmt: DEC },
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
  letterhead(pk, [
    "PERJANJIAN KINERJA TAHUN 2025",
    "KEPALA BAGIAN KESEJAHTERAAN RAKYAT SETDA KOTA PANTAI MAPONGKA",
  ]);
  // planted: indicator b takes the 2026 target (76) instead of 2025 (72)
  const it = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "t", head: ["Target 2025"], role: "target", year: 2025, fmt: DEC },
    ],
    headerRows: 1,
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas: "Meningkatnya kualitas kehidupan beragama",
        ind: x.ind,
        sat: x.sat,
        t: x.id === "b" ? x.k[1] : x.k[0],
      },
    })),
    vmerge: ["sas"],
  });
  pk.gap();
  const progs = [
    ["Program Pemerintahan dan Kesejahteraan Rakyat", 5_842_600_000],
    ["Program Penunjang Urusan Pemerintahan Daerah (porsi Bagian Kesra)", 1_215_400_000],
    ["Program Fasilitasi Hibah Keagamaan dan MTQ", 3_960_000_000],
  ] as const;
  const bt = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "prog", head: ["Program"], width: 40 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP },
      { key: "ket", head: ["Keterangan"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...progs.map(([p, v], i) => ({ id: `p${i}`, cells: { no: i + 1, prog: p, rp: v, ket: "APBD" } })),
      {
        id: "jml",
        bold: true,
        cells: (x) => ({ prog: "Jumlah", rp: fx(`SUM(${x.a("rp", "p0")}:${x.a("rp", "p1")})`) }),
      },
    ],
  });
  pk.gap();
  signature(pk, 3, {
    tempat: "Pantai Mapongka, 2 Januari 2025",
    jabatan: ["KEPALA BAGIAN KESEJAHTERAAN RAKYAT"],
    nama: "Drs. MUHAMMAD SYARIF TAMMALELE",
    nip: "19711103 199803 1 002",
  });
  const ry = (id: string, i: number) => `'${R}'!${rt.a(`y${i}`, id)}`;
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: it.a("t", "b") },
        { sheet: R, cell: rt.a("y0", "b") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK target 76 is the Renstra 2026 target; Renstra 2025 is 72",
    truth: ry("b", 0),
  });
  b.plant({
    at: { sheet: P, cell: bt.a("rp", "jml") },
    rules: ["sum-mismatch"],
    note: "Jumlah =SUM one row short: 7,058,000,000 instead of 11,018,000,000",
    truth: progs.map((_, i) => bt.a("rp", `p${i}`)).join("+"),
  });
  for (const id of ["a", "c"])
    b.ok({ sheet: P, cell: it.a("t", id), rules: ["cross-table-mismatch"], truth: ry(id, 0) });
  for (const id of ["a", "b"])
    b.ok({
      sheet: R,
      cell: rt.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("y4", id),
      trap: [0, 1, 2, 3, 4].map((i) => rt.a(`y${i}`, id)).join("+"),
    });
  return b.finish();
}

/** Rekap penghimpunan ZIS per UPZ per triwulan 2024, Kota Pantai Mapongka. */
export function rekapZis(): BookW {
  const b = new BookW(
    "rekap-penghimpunan-zis-upz-triwulan-pantai-mapongka-2024.xlsx",
    "Rekap penghimpunan zakat per UPZ",
    "per UPZ: target, TW I-IV, '(8) = (4)+(5)+(6)+(7)', '(9) = (8)/(3) x 100', share of the total; Jumlah row with ratio of totals",
  );
  const S = "Rekap ZIS 2024";
  const s = b.sheet(S);
  letterhead(s, ["BAZNAS KOTA PANTAI MAPONGKA - BAGIAN KESRA SETDA"]);
  s.lines(["Rekapitulasi Penghimpunan Zakat, Infak dan Sedekah melalui UPZ Tahun 2024 (Rupiah)"]);
  s.gap();
  const upz = [
    ["UPZ Sekretariat Daerah", 1_200_000_000, [262_450_000, 281_900_000, 305_120_000, 347_800_000]],
    ["UPZ Dinas Pendidikan", 2_450_000_000, [598_300_000, 612_750_000, 587_900_000, 702_400_000]],
    ["UPZ RSUD Mapongka", 860_000_000, [190_200_000, 205_600_000, 211_300_000, 236_850_000]],
    ["UPZ Kementerian Agama Kota", 640_000_000, [158_000_000, 161_250_000, 149_800_000, 177_400_000]],
    ["UPZ BUMD dan Perbankan", 1_500_000_000, [301_700_000, 344_200_000, 366_900_000, 412_650_000]],
  ] as const;
  const tw = ["q1", "q2", "q3", "q4"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)" },
    { key: "upz", head: ["Unit Pengumpul Zakat"], num: "(2)", width: 30 },
    { key: "t", head: ["Target Penghimpunan"], role: "target", year: 2024, num: "(3)", fmt: RP },
    ...tw.map((k, i): Col => ({
      key: k,
      head: ["Realisasi Penghimpunan", `Triwulan ${["I", "II", "III", "IV"][i]}`],
      role: "realisasi",
      year: 2024,
      num: `(${4 + i})`,
      fmt: RP,
    })),
    {
      key: "j",
      head: ["Realisasi Penghimpunan", "Jumlah"],
      role: "realisasi",
      year: 2024,
      num: "(8) = (4)+(5)+(6)+(7)",
      fmt: RP,
    },
    { key: "c", head: ["Capaian (%)"], role: "capaian", num: "(9) = (8)/(3) x 100", fmt: DEC },
    { key: "sh", head: ["Kontribusi (%)"], role: "lainnya", num: "(10)", fmt: DEC },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...upz.map(([n, tg, q], i) => ({
        id: `u${i}`,
        cells: (x: { a: (k: string, id?: string) => string }) => ({
          no: i + 1,
          upz: n,
          t: tg,
          ...Object.fromEntries(q.map((v, j) => [tw[j], v])),
          // planted on u1: a typed Jumlah (2,519,350,000; the quarters give 2,501,350,000)
          j: i === 1 ? 2_519_350_000 : fx(tw.map((k) => x.a(k)).join("+")),
          // planted on u3: a stale cached capaian
          c:
            i === 3
              ? fx(`ROUND(${x.a("j")}/${x.a("t")}*100,2)`, 92.4)
              : fx(`ROUND(${x.a("j")}/${x.a("t")}*100,2)`),
          sh: fx(`ROUND(${x.a("j")}/${x.a("j", "tot")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        cells: (x) => ({
          upz: "JUMLAH",
          ...Object.fromEntries(
            ["t", ...tw, "j"].map((k) => [k, fx(`SUM(${x.a(k, "u0")}:${x.a(k, "u4")})`)]),
          ),
          c: fx(`ROUND(${x.a("j")}/${x.a("t")}*100,2)`),
          sh: fx(`ROUND(SUM(${x.a("sh", "u0")}:${x.a("sh", "u4")}),2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines(["Sumber: laporan bulanan UPZ yang diverifikasi BAZNAS Kota Pantai Mapongka."]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("j", "u1") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah of UPZ Dinas Pendidikan typed 2,519,350,000; the quarters give 2,501,350,000",
    truth: tw.map((k) => a(k, "u1")).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("c", "u3") },
    rules: ["capaian-mismatch"],
    note: "Stale cached capaian 92.40 of UPZ Kemenag; the formula gives 646,450,000/640,000,000 = 101.01",
    truth: `ROUND(${a("j", "u3")}/${a("t", "u3")}*100,2)`,
  });
  for (const id of ["u0", "u2", "u4"]) {
    b.ok({ sheet: S, cell: a("j", id), rules: ["sum-mismatch"], truth: tw.map((k) => a(k, id)).join("+") });
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("j", id)}/${a("t", id)}*100,2)`,
    });
  }
  b.ok({
    sheet: S,
    cell: a("c", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("j", "tot")}/${a("t", "tot")}*100,2)`,
    trap: `AVERAGE(${a("c", "u0")}:${a("c", "u4")})`,
  });
  b.ok({
    sheet: S,
    cell: a("t", "tot"),
    rules: ["sum-mismatch"],
    truth: upz.map((_, i) => a("t", `u${i}`)).join("+"),
  });
  return b.finish();
}

/** Insentif guru ngaji / marbot per kecamatan beside the kafilah MTQ per cabang, Batang Serayu 2024. */
export function insentifMtq(): BookW {
  const b = new BookW(
    "insentif-guru-ngaji-marbot-dan-kafilah-mtq-batang-serayu-2024.xlsx",
    "Rekap insentif per kecamatan and kafilah MTQ",
    "two tables side by side: per kecamatan guru ngaji | marbot | jumlah | terverifikasi | %; kafilah per cabang putra | putri | jumlah",
  );
  const S = "Rekap Kesra 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN BATANG SERAYU", "BAGIAN KESEJAHTERAAN RAKYAT SETDA"]);
  s.lines(["Rekap Penerima Insentif Guru Ngaji dan Marbot per Kecamatan dan Kafilah MTQ Tahun 2024"]);
  s.gap();
  const kec = [
    ["Muara Serayu", 312, 96, 398],
    ["Batang Hilir", 245, 71, 309],
    ["Sungai Lintang", 188, 62, 240],
    ["Rantau Pandan", 276, 88, 351],
    ["Tanjung Batu", 219, 57, 270],
  ] as const;
  const top = s.r;
  const L = s.table(
    {
      cols: [
        { key: "kec", head: ["Kecamatan"], role: "lokasi", num: "(1)", width: 18 },
        { key: "g", head: ["Penerima (orang)", "Guru Ngaji"], role: "realisasi", num: "(2)", fmt: INT },
        { key: "m", head: ["Penerima (orang)", "Marbot"], role: "realisasi", num: "(3)", fmt: INT },
        { key: "j", head: ["Penerima (orang)", "Jumlah"], role: "realisasi", num: "(4) = (2)+(3)", fmt: INT },
        { key: "v", head: ["Terverifikasi (orang)"], role: "realisasi", num: "(5)", fmt: INT },
        { key: "p", head: ["% Terverifikasi"], role: "capaian", num: "(6) = (5)/(4) x 100", fmt: DEC },
      ],
      headerRows: 2,
      numberRow: "plain",
      rows: [
        ...kec.map(([n, g, m, v], i) => ({
          id: `k${i}`,
          cells: (x: { a: (k: string) => string }) => ({
            kec: n,
            g,
            m,
            j: fx(`${x.a("g")}+${x.a("m")}`),
            v,
            // planted on k2: 104.17 = (4)/(5) typed, over 100 where impossible (truth 96.00)
            p: i === 2 ? 104.17 : fx(`ROUND(${x.a("v")}/${x.a("j")}*100,2)`),
          }),
        })),
        {
          id: "tot",
          bold: true,
          cells: (x) => ({
            kec: "TOTAL",
            // planted: SUM one row short for guru ngaji
            g: fx(`SUM(${x.a("g", "k0")}:${x.a("g", "k3")})`),
            m: fx(`SUM(${x.a("m", "k0")}:${x.a("m", "k4")})`),
            j: fx(`SUM(${x.a("j", "k0")}:${x.a("j", "k4")})`),
            v: fx(`SUM(${x.a("v", "k0")}:${x.a("v", "k4")})`),
            p: fx(`ROUND(${x.a("v")}/${x.a("j")}*100,2)`),
          }),
        },
      ],
    },
    1,
    top,
  );
  const cab = [
    ["Tilawah Dewasa", 2, 2],
    ["Tahfiz 10 Juz", 3, 2],
    ["Tafsir Bahasa Arab", 1, 1],
    ["Fahmil Quran", 3, 3],
  ] as const;
  const M = s.table(
    {
      cols: [
        { key: "cab", head: ["Cabang MTQ"], width: 20 },
        { key: "pa", head: ["Kafilah", "Putra"], role: "realisasi", fmt: INT },
        { key: "pi", head: ["Kafilah", "Putri"], role: "realisasi", fmt: INT },
        { key: "j", head: ["Kafilah", "Jumlah"], role: "realisasi", fmt: INT },
      ],
      headerRows: 2,
      rows: [
        ...cab.map(([n, pa, pi], i) => ({ id: `c${i}`, cells: { cab: n, pa, pi, j: pa + pi } })),
        { id: "tot", cells: { cab: "Jumlah", pa: 9, pi: 8, j: 17 } },
      ],
    },
    8,
    top,
  );
  s.gap();
  signature(s, 8, {
    tempat: "Muara Serayu, 30 Desember 2024",
    jabatan: ["KEPALA BAGIAN KESEJAHTERAAN RAKYAT"],
    nama: "H. ZULKIFLI ARRASYID, S.Ag., M.Si.",
    nip: "19760821 200312 1 006",
  });
  const a = (k: string, id: string) => L.a(k, id);
  const col5 = (k: string) => kec.map((_, i) => a(k, `k${i}`)).join("+");
  b.plant({
    at: { sheet: S, cell: a("g", "tot") },
    rules: ["sum-mismatch"],
    note: "TOTAL guru ngaji =SUM one row short (1,021 instead of 1,240)",
    truth: col5("g"),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "k2") },
    rules: ["percent-out-of-range", "capaian-mismatch"],
    note: "% terverifikasi of Sungai Lintang typed 104.17 (= (4)/(5)); 240/250 x 100 = 96.00 and it cannot pass 100",
    truth: `ROUND(${a("v", "k2")}/${a("j", "k2")}*100,2)`,
  });
  for (const k of ["m", "j", "v"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: col5(k) });
  b.ok({
    sheet: S,
    cell: a("p", "tot"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a("v", "tot")}/${a("j", "tot")}*100,2)`,
    trap: `AVERAGE(${a("p", "k0")}:${a("p", "k4")})`,
  });
  for (const id of ["k0", "k4"])
    b.ok({
      sheet: S,
      cell: a("p", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("v", id)}/${a("j", id)}*100,2)`,
    });
  const m = (k: string, id: string) => M.a(k, id);
  for (const k of ["pa", "pi", "j"])
    b.ok({
      sheet: S,
      cell: m(k, "tot"),
      rules: ["sum-mismatch"],
      truth: cab.map((_, i) => m(k, `c${i}`)).join("+"),
    });
  b.ok({ sheet: S, cell: m("j", "c1"), rules: ["sum-mismatch"], truth: `${m("pa", "c1")}+${m("pi", "c1")}` });
  return b.finish();
}
