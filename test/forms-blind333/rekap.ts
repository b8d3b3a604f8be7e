// Two Dinas Perhubungan recaps: uji KIR per jenis kendaraan with retribusi pengujian per triwulan beside
// it (Kabupaten Wana Tirta Raya), and parkir tepi jalan umum per kecamatan (Kota Rantau Lestari). Invented.
import { BookW, DEC, INT, RP, fx, signature, type Col, type Row } from "../forms/kit";

/** Uji KIR per jenis kendaraan per triwulan, and retribusi per triwulan one empty column to the right. */
export function rekapUjiKir(): BookW {
  const b = new BookW(
    "rekap-uji-kir-2024-uptd-pkb-wana-tirta-raya-333.xlsx",
    "Rekap uji berkala per jenis kendaraan + retribusi per triwulan (Dinas Perhubungan)",
    "left: No | Jenis Kendaraan | Wajib Uji | Jumlah Diuji TW I..IV | Jumlah | Lulus | Tidak Lulus | % Lulus, JUMLAH row; one empty column; right: Triwulan | Target | Realisasi | Capaian retribusi (Rp), Jumlah row",
  );
  const S = "Rekap PKB 2024";
  const s = b.sheet(S);
  s.lines([
    "REKAPITULASI HASIL PENGUJIAN BERKALA KENDARAAN BERMOTOR TAHUN 2024",
    "UPTD PENGUJIAN KENDARAAN BERMOTOR DINAS PERHUBUNGAN KABUPATEN WANA TIRTA RAYA",
  ]);
  s.gap();
  const J = [
    { id: "mpu", nama: "Mobil Penumpang Umum", wajib: 1840, q: [412, 438, 455, 401], lulus: 1652 },
    { id: "bus", nama: "Mobil Bus", wajib: 214, q: [48, 52, 55, 47], lulus: 194 },
    { id: "pu", nama: "Mobil Barang (Pick Up / Box)", wajib: 3120, q: [702, 745, 768, 731], lulus: 2815 },
    { id: "truk", nama: "Mobil Barang (Truk)", wajib: 2460, q: [561, 590, 603, 577], lulus: 2208 },
    { id: "kg", nama: "Kereta Gandengan / Tempelan", wajib: 96, q: [21, 24, 22, 23], lulus: 84 },
    { id: "kh", nama: "Kendaraan Khusus", wajib: 58, q: [12, 15, 14, 13], lulus: 53 },
  ];
  const TW = ["I", "II", "III", "IV"];
  const D = "Jumlah Kendaraan Diuji";
  const top = s.r;
  const cols: Col[] = [
    { key: "no", head: ["No."], role: "no", width: 5 },
    { key: "jenis", head: ["Jenis Kendaraan"], width: 28 },
    { key: "wajib", head: ["Wajib Uji (unit)"], role: "lainnya", fmt: INT },
    ...TW.map((w, i): Col => ({
      key: `q${i}`,
      head: [D, `TW ${w}`],
      role: "realisasi",
      year: 2024,
      fmt: INT,
      width: 9,
    })),
    { key: "jml", head: [D, "Jumlah"], role: "realisasi", year: 2024, fmt: INT },
    { key: "lulus", head: ["Hasil Uji", "Lulus"], role: "lainnya", fmt: INT },
    { key: "tl", head: ["Hasil Uji", "Tidak Lulus"], role: "lainnya", fmt: INT },
    { key: "pct", head: ["% Lulus"], role: "lainnya", fmt: DEC },
  ];
  const t1 = s.table(
    {
      cols,
      headerRows: 2,
      rows: [
        ...J.map((j, i): Row => ({
          id: j.id,
          cells: (c) => {
            const qs = TW.map((_, k) => c.a(`q${k}`));
            const out: Record<string, number | string | ReturnType<typeof fx>> = {
              no: i + 1,
              jenis: j.nama,
              wajib: j.wajib,
              lulus: j.lulus,
              tl: j.q.reduce((x, y) => x + y, 0) - j.lulus,
              // planted: the truk total typed by hand without TW IV
              jml: j.id === "truk" ? j.q[0] + j.q[1] + j.q[2] : fx(`SUM(${qs[0]}:${qs[3]})`),
              // planted: Mobil Bus % typed the wrong way round (Jumlah / Lulus)
              pct: j.id === "bus" ? 104.12 : fx(`ROUND(${c.a("lulus")}/${c.a("jml")}*100,2)`),
            };
            j.q.forEach((v, k) => (out[`q${k}`] = v));
            return out;
          },
        })),
        {
          id: "tot",
          bold: true,
          span: ["no", "jenis"],
          cells: (c) => {
            const out: Record<string, string | ReturnType<typeof fx>> = { no: "JUMLAH" };
            for (const k of ["wajib", "q0", "q1", "q2", "q3", "jml", "lulus", "tl"])
              out[k] = fx(`SUM(${c.a(k, "mpu")}:${c.a(k, "kh")})`);
            out.pct = fx(`ROUND(${c.a("lulus")}/${c.a("jml")}*100,2)`);
            return out;
          },
        },
      ],
    },
    1,
    top,
  );
  const Q = [
    { id: "tw1", t: 380_000_000, r: 356_420_000 },
    { id: "tw2", t: 420_000_000, r: 431_275_000 },
    { id: "tw3", t: 440_000_000, r: 468_820_000 },
    { id: "tw4", t: 410_000_000, r: 372_905_000 },
  ];
  const RT = "Retribusi Pengujian (Rp)";
  const t2 = s.table(
    {
      cols: [
        { key: "tw", head: ["Triwulan"], width: 10 },
        { key: "t", head: [RT, "Target"], role: "target", year: 2024, fmt: RP, width: 16 },
        { key: "r", head: [RT, "Realisasi"], role: "realisasi", year: 2024, fmt: RP, width: 16 },
        { key: "c", head: [RT, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
      ],
      headerRows: 2,
      rows: [
        ...Q.map((q, i): Row => ({
          id: q.id,
          cells: (c) => ({ tw: TW[i], t: q.t, r: q.r, c: fx(`ROUND(${c.a("r")}/${c.a("t")}*100,2)`) }),
        })),
        {
          id: "jml",
          bold: true,
          cells: (c) => ({
            tw: "Jumlah",
            t: fx(`SUM(${c.a("t", "tw1")}:${c.a("t", "tw4")})`),
            r: fx(`SUM(${c.a("r", "tw1")}:${c.a("r", "tw4")})`),
            c: fx(`ROUND(${c.a("r")}/${c.a("t")}*100,2)`),
          }),
        },
      ],
    },
    t1.right + 2,
    top,
  );
  s.r = t1.lastDataRow + 2;
  s.lines(["Sumber: Sistem Informasi Uji Berkala (BLUe) dan STS retribusi UPTD PKB."]);
  s.gap();
  signature(s, 9, {
    tempat: "Wana Tirta, 8 Januari 2025",
    jabatan: ["Kepala UPTD Pengujian Kendaraan Bermotor"],
    nama: "MUHAMMAD RIZAL TOMBOLOTUTU, S.T.",
    nip: "19840611 201001 1 012",
  });
  const a = (k: string, id: string) => t1.a(k, id);
  const a2 = (k: string, id: string) => t2.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("jml", "truk") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "truk Jumlah typed 1,754 (TW I..III); the four quarters give 2,331",
    truth: TW.map((_, k) => a(`q${k}`, "truk")).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("pct", "bus") },
    rules: ["percent-out-of-range", "ratio-components-mismatch", "hardcoded-value"],
    note: "% lulus of Mobil Bus typed 104.12 (202 / 194); 194 lulus of 202 diuji is 96.04",
    truth: `ROUND(${a("lulus", "bus")}/${a("jml", "bus")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("jml", "mpu"),
    rules: ["sum-mismatch"],
    truth: TW.map((_, k) => a(`q${k}`, "mpu")).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("q0", "tot"),
    rules: ["sum-mismatch"],
    truth: J.map((j) => a("q0", j.id)).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("lulus", "tot"),
    rules: ["sum-mismatch"],
    truth: J.map((j) => a("lulus", j.id)).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("pct", "pu"),
    rules: ["percent-out-of-range", "ratio-components-mismatch"],
    truth: `ROUND(${a("lulus", "pu")}/${a("jml", "pu")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a2("c", "tw3"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a2("r", "tw3")}/${a2("t", "tw3")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a2("r", "jml"),
    rules: ["sum-mismatch"],
    truth: Q.map((q) => a2("r", q.id)).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a2("c", "jml"),
    rules: ["capaian-mismatch", "ratio-components-mismatch"],
    truth: `ROUND(${a2("r", "jml")}/${a2("t", "jml")}*100,2)`,
    trap: `ROUND((${Q.map((q) => a2("c", q.id)).join("+")})/4,2)`,
  });
  return b.finish();
}

/** Parkir tepi jalan umum per kecamatan, (dalam ribuan rupiah), no No column, formula number row. */
export function rekapParkir(): BookW {
  const b = new BookW(
    "rekap-retribusi-parkir-per-kecamatan-2024-rantau-lestari-333.xlsx",
    "Rekap parkir tepi jalan umum per kecamatan (Dinas Perhubungan)",
    "Kecamatan | Titik | Juru Parkir | Retribusi (Rp ribu) Target / Realisasi / Capaian / Kontribusi | Kapasitas SRP / Rata-rata terisi / Okupansi; number row (1)..(10) with '(6) = (5)/(4) x 100'; JUMLAH row",
  );
  const S = "Parkir TJU";
  const s = b.sheet(S);
  s.lines([
    "PEMERINTAH KOTA RANTAU LESTARI - DINAS PERHUBUNGAN",
    "Rekapitulasi Parkir Tepi Jalan Umum per Kecamatan Tahun Anggaran 2024",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const K = [
    { id: "rh", kec: "Rantau Hilir", titik: 48, jukir: 96, kap: 1240, isi: 1015, t: 1_850_000, r: 1_712_400 },
    { id: "rhu", kec: "Rantau Hulu", titik: 35, jukir: 70, kap: 860, isi: 702, t: 1_320_000, r: 1_245_750 },
    {
      id: "tm",
      kec: "Tanjung Medang",
      titik: 52,
      jukir: 118,
      kap: 1420,
      isi: 1288,
      t: 2_140_000,
      r: 2_206_300,
    },
    {
      id: "spb",
      kec: "Sungai Pinang Baru",
      titik: 27,
      jukir: 51,
      kap: 610,
      isi: 433,
      t: 865_000,
      r: 742_900,
    },
    { id: "kl", kec: "Koto Lama", titik: 19, jukir: 38, kap: 450, isi: 366, t: 615_000, r: 598_150 },
  ];
  const RB = "Retribusi Parkir";
  const PK = "Kapasitas dan Okupansi";
  const t = s.table({
    cols: [
      { key: "kec", head: ["Kecamatan"], role: "lokasi", num: "(1)", width: 22 },
      { key: "titik", head: ["Jumlah Titik Parkir"], role: "lainnya", num: "(2)", fmt: INT },
      { key: "jukir", head: ["Juru Parkir (orang)"], role: "lainnya", num: "(3)", fmt: INT },
      { key: "t", head: [RB, "Target"], role: "target", year: 2024, num: "(4)", fmt: RP, width: 14 },
      { key: "r", head: [RB, "Realisasi"], role: "realisasi", year: 2024, num: "(5)", fmt: RP, width: 14 },
      {
        key: "c",
        head: [RB, "Capaian (%)"],
        role: "capaian",
        year: 2024,
        num: "(6) = (5)/(4) x 100",
        fmt: DEC,
      },
      { key: "kon", head: [RB, "Kontribusi (%)"], role: "lainnya", num: "(7) = (5)/Σ(5) x 100", fmt: DEC },
      { key: "kap", head: [PK, "Kapasitas (SRP)"], role: "lainnya", num: "(8)", fmt: INT },
      { key: "isi", head: [PK, "Rata-rata Terisi per Hari"], role: "lainnya", num: "(9)", fmt: INT },
      { key: "oku", head: [PK, "Okupansi (%)"], role: "lainnya", num: "(10) = (9)/(8) x 100", fmt: DEC },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...K.map((k): Row => ({
        id: k.id,
        cells: (c) => ({
          kec: k.kec,
          titik: k.titik,
          jukir: k.jukir,
          t: k.t,
          r: k.r,
          // planted: Rantau Hulu capaian with a stale cached 98.75 (realisasi corrected after calculation)
          c: fx(`ROUND(${c.a("r")}/${c.a("t")}*100,2)`, k.id === "rhu" ? 98.75 : undefined),
          kon: fx(`ROUND(${c.a("r")}/${c.a("r", "jml")}*100,2)`),
          kap: k.kap,
          isi: k.isi,
          oku: fx(`ROUND(${c.a("isi")}/${c.a("kap")}*100,2)`),
        }),
      })),
      {
        id: "jml",
        bold: true,
        cells: (c) => {
          const sm = (k: string, last = "kl") => fx(`SUM(${c.a(k, "rh")}:${c.a(k, last)})`);
          return {
            kec: "JUMLAH",
            // planted: Jumlah titik parkir stops at Sungai Pinang Baru
            titik: sm("titik", "spb"),
            jukir: sm("jukir"),
            t: sm("t"),
            r: sm("r"),
            c: fx(`ROUND(${c.a("r")}/${c.a("t")}*100,2)`),
            kon: 100,
            kap: sm("kap"),
            isi: sm("isi"),
            oku: fx(`ROUND(${c.a("isi")}/${c.a("kap")}*100,2)`),
          };
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: realisasi menurut STS yang disetor ke Kas Daerah s.d. 31 Desember 2024.",
    "Okupansi dihitung dari survei akumulasi parkir pada hari kerja, pukul 07.00-18.00.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Rantau Lestari, 15 Januari 2025",
    jabatan: ["Kepala Bidang Perparkiran"],
    nama: "DESI RAHMAWATI NASUTION, S.E.",
    nip: "19860923 201101 2 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("titik", "jml") },
    rules: ["sum-mismatch"],
    note: "JUMLAH titik parkir =SUM one row short: 162 instead of 181",
    truth: K.map((k) => a("titik", k.id)).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("c", "rhu") },
    rules: ["capaian-mismatch"],
    note: "Rantau Hulu capaian has a stale cached 98.75; 1,245,750 / 1,320,000 gives 94.38",
    truth: `ROUND(${a("r", "rhu")}/${a("t", "rhu")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("r", "jml"),
    rules: ["sum-mismatch"],
    truth: K.map((k) => a("r", k.id)).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("t", "jml"),
    rules: ["sum-mismatch"],
    truth: K.map((k) => a("t", k.id)).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("jukir", "jml"),
    rules: ["sum-mismatch"],
    truth: K.map((k) => a("jukir", k.id)).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("c", "jml"),
    rules: ["capaian-mismatch", "ratio-components-mismatch"],
    truth: `ROUND(${a("r", "jml")}/${a("t", "jml")}*100,2)`,
    trap: `ROUND((${K.map((k) => a("c", k.id)).join("+")})/5,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "tm"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a("r", "tm")}/${a("t", "tm")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("kon", "tm"),
    rules: ["ratio-components-mismatch"],
    truth: `ROUND(${a("r", "tm")}/${a("r", "jml")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("oku", "rh"),
    rules: ["ratio-components-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a("isi", "rh")}/${a("kap", "rh")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("oku", "jml"),
    rules: ["ratio-components-mismatch"],
    truth: `ROUND(${a("isi", "jml")}/${a("kap", "jml")}*100,2)`,
  });
  return b.finish();
}
