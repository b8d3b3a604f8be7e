// LKjIP, PK with its Renstra, and two recaps of the Dinas Peternakan dan Kesehatan Hewan of
// Kabupaten Rangga Marapu (NTT) and Kabupaten Pangonan (Jawa Timur): rabies, PMK, inseminasi
// buatan and kelahiran, RPH and daging ASUH. Every office, person and number is invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Col, type Row } from "../forms/kit";

const pos = (t: string, r: string) => `ROUND(${r}/${t}*100,2)`;
const refl = (t: string, r: string) => `ROUND((2*${t}-${r})/${t}*100,2)`;

/** LKjIP 2024 capaian IKU, Disnakkeswan Rangga Marapu: refleksi on negatives, end-of-Renstra target. */
export function lkjipNakeswan(): BookW {
  const b = new BookW(
    "lkjip-iku-rabies-ib-rangga-marapu-2024.xlsx",
    "LKjIP capaian IKU (Disnakkeswan)",
    "LKjIP 2024 Tabel 3.2: No | Sasaran (merged) | Indikator | Satuan | Realisasi 2023 | Target 2024 | Realisasi 2024 | Capaian 2024 (%) | Predikat | Target Akhir Renstra 2026; ROUND formulas, refleksi (2T-R)/T for the negative rows; Rata-rata row; predikat scale in a note",
  );
  const S = "Tabel 3.2";
  const s = b.sheet(S);
  letterhead(s, ["DINAS PETERNAKAN DAN KESEHATAN HEWAN KABUPATEN RANGGA MARAPU"]);
  s.lines(["Tabel 3.2 Capaian Indikator Kinerja Utama Tahun 2024"]);
  s.gap();
  const SR = "Terkendalinya rabies dan penyakit hewan menular";
  const SP = "Meningkatnya populasi dan produktivitas ternak";
  const I = [
    {
      id: "i1",
      sas: SR,
      ind: "Cakupan vaksinasi rabies pada HPR",
      sat: "%",
      neg: false,
      r23: 68.2,
      t: 75,
      r: 73.8,
      ak: 85,
    },
    {
      id: "i2",
      sas: SR,
      ind: "Jumlah kasus gigitan HPR",
      sat: "kasus",
      neg: true,
      r23: 602,
      t: 560,
      r: 510,
      ak: 450,
    },
    {
      id: "i3",
      sas: SR,
      ind: "Persentase desa tertular rabies",
      sat: "%",
      neg: true,
      r23: 15.1,
      t: 12,
      r: 14.5,
      ak: 8,
    },
    {
      id: "i4",
      sas: SP,
      ind: "Persentase kebuntingan hasil IB (conception rate)",
      sat: "%",
      neg: false,
      r23: 55.2,
      t: 65,
      r: 58.4,
      ak: 70,
    },
    {
      id: "i5",
      sas: SP,
      ind: "Persentase RPH bersertifikat NKV",
      sat: "%",
      neg: false,
      r23: 25,
      t: 50,
      r: 50,
      ak: 75,
    },
  ];
  const G = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 26 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, fmt: DEC },
    { key: "t", head: [G, "Target"], role: "target", year: 2024, fmt: DEC },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, fmt: DEC },
    { key: "c", head: [G, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "p", head: [G, "Predikat"], role: "predikat", year: 2024 },
    { key: "ak", head: ["Target Akhir Renstra (2026)"], role: "target", fmt: DEC },
  ];
  const words: Record<string, string> = {
    i1: "Sangat Baik",
    i2: "Sangat Baik",
    i3: "Baik",
    i4: "Sangat Baik",
    i5: "Sangat Baik",
  };
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...I.map((x, n): Row => ({
        id: x.id,
        cells: (c) => ({
          no: n + 1,
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          r23: x.r23,
          t: x.t,
          r: x.r,
          // planted: the NKV row's cached result 75.00 is from an older realisasi (formula gives 100)
          c: x.neg
            ? fx(refl(c.a("t"), c.a("r")))
            : fx(pos(c.a("t"), c.a("r")), x.id === "i5" ? 75 : undefined),
          // planted: the conception rate (89.85) is called Sangat Baik
          p: words[x.id],
          ak: x.ak,
        }),
      })),
      {
        id: "avg",
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata Capaian IKU",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i5")}),2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Indikator kasus gigitan HPR dan desa tertular rabies bersifat negatif: capaian = (2 x target - realisasi) / target x 100.",
    "Predikat: > 90 Sangat Baik; > 75 s.d. 90 Baik; > 65 s.d. 75 Cukup; > 50 s.d. 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i5") },
    rules: ["capaian-mismatch"],
    note: "Capaian of Persentase RPH bersertifikat NKV shows a stale cached 75.00; the formula on T 50 and R 50 gives 100.00",
    truth: pos(a("t", "i5"), a("r", "i5")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i4") },
    rules: ["predikat-mismatch"],
    note: "Predikat 'Sangat Baik' for a conception rate capaian of 89.85 (58.4 / 65); the band > 75 to 90 is Baik",
    truth: `PREDIKAT_BAIK(${a("c", "i4")})`,
  });
  for (const id of ["i2", "i3"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch", "inconsistent-formula"],
      truth: refl(a("t", id), a("r", id)),
      trap: pos(a("t", id), a("r", id)),
    });
  for (const id of ["i1", "i4"])
    b.ok({ sheet: S, cell: a("c", id), rules: ["capaian-mismatch"], truth: pos(a("t", id), a("r", id)) });
  for (const id of ["i1", "i2", "i3"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  return b.finish();
}

/** PK 2025 of the Disnakkeswan Pangonan beside its Renstra (Tahun ke-1..5, years only in the title). */
export function pkNakeswan(): BookW {
  const b = new BookW(
    "pk-2025-renstra-disnakkeswan-pangonan.xlsx",
    "PK 2025 with Renstra (Disnakkeswan)",
    "sheet 'PK 2025': statement, No | Sasaran | Indikator Kinerja | Target | Satuan; Kode | Program | Anggaran (Rp) | Ket with a typed Jumlah; sheet 'Renstra': Kondisi Awal | Tahun ke-1..ke-5 | Kondisi Akhir, period 2025-2029 in the title only",
  );
  const P = "PK 2025";
  const R = "Renstra";
  const ind = [
    { id: "a", ind: "Cakupan vaksinasi PMK pada sapi", sat: "%", awal: 61, k: [65, 70, 75, 80, 85] },
    {
      id: "b",
      ind: "Persentase kebuntingan hasil IB (conception rate)",
      sat: "%",
      awal: 60,
      k: [62, 64, 66, 68, 70],
    },
    {
      id: "c",
      ind: "Persentase daging beredar yang memenuhi syarat ASUH",
      sat: "%",
      awal: 82,
      k: [84, 86, 88, 90, 92],
    },
    {
      id: "d",
      ind: "Prevalensi PMK pada ternak ruminansia",
      sat: "%",
      awal: 3.2,
      k: [2.8, 2.4, 2, 1.6, 1.2],
    },
  ];
  const pk = b.sheet(P);
  const rs = b.sheet(R);
  rs.lines([
    "Indikator Kinerja Utama dan Target Renstra Dinas Peternakan dan Kesehatan Hewan",
    "Kabupaten Pangonan Periode 2025-2029",
  ]);
  rs.gap();
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "ind", head: ["Indikator"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Awal"], role: "kondisi-awal", fmt: DEC },
      ...[1, 2, 3, 4, 5].map((y): Col => ({
        key: `y${y}`,
        head: ["Target", `Tahun ke-${y}`],
        role: "target",
        year: 2024 + y,
        fmt: DEC,
      })),
      { key: "ak", head: ["Kondisi Akhir Periode Renstra"], role: "kondisi-akhir", fmt: DEC },
    ],
    headerRows: 2,
    rows: ind.map((x, i) => {
      const cells: Record<string, number | string> = {
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        ak: x.k[4],
      };
      x.k.forEach((v, j) => (cells[`y${j + 1}`] = v));
      return { id: x.id, cells };
    }),
  });
  letterhead(pk, [
    "PERJANJIAN KINERJA TAHUN 2025",
    "DINAS PETERNAKAN DAN KESEHATAN HEWAN KABUPATEN PANGONAN",
  ]);
  pk.lines([
    "Pada hari ini, Kamis tanggal dua bulan Januari tahun dua ribu dua puluh lima, yang bertanda tangan di bawah ini",
    "sepakat untuk mewujudkan target kinerja tahunan sebagaimana tercantum dalam lampiran perjanjian ini.",
  ]);
  pk.gap();
  const pt = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "tg", head: ["Target"], role: "target", year: 2025, fmt: DEC },
      { key: "sat", head: ["Satuan"], role: "satuan" },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas:
          i < 2
            ? "Meningkatnya kesehatan dan produktivitas ternak"
            : "Terjaminnya pangan asal hewan yang ASUH",
        ind: x.ind,
        // planted: the conception-rate target is the Tahun ke-2 (2026) value 64; 2025 is 62
        tg: x.id === "b" ? 64 : x.k[0],
        sat: x.sat,
      },
    })),
  });
  pk.gap();
  const prog = [
    {
      id: "p1",
      kode: "3.27.01",
      nm: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
      rp: 6_482_350_000,
    },
    {
      id: "p2",
      kode: "3.27.02",
      nm: "Program Penyediaan dan Pengembangan Sarana Pertanian",
      rp: 2_916_400_000,
    },
    {
      id: "p3",
      kode: "3.27.04",
      nm: "Program Pengendalian Kesehatan Hewan dan Kesehatan Masyarakat Veteriner",
      rp: 4_137_800_000,
    },
    { id: "p4", kode: "3.27.07", nm: "Program Penyuluhan Pertanian", rp: 1_208_650_000 },
  ];
  const at = pk.table({
    cols: [
      { key: "kode", head: ["Kode"], role: "kode" },
      { key: "nm", head: ["Program"], width: 50 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Ket."], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...prog.map((x): Row => ({ id: x.id, cells: { kode: x.kode, nm: x.nm, rp: x.rp, ket: "APBD" } })),
      // planted: Jumlah typed 14,475,200,000 (the programs add up to 14,745,200,000)
      { id: "j", span: ["kode", "nm"], bold: true, cells: { kode: "Jumlah", rp: 14_475_200_000 } },
    ],
  });
  pk.gap();
  signature(pk, 3, {
    tempat: "Pangonan, 2 Januari 2025",
    jabatan: ["KEPALA DINAS PETERNAKAN DAN KESEHATAN HEWAN"],
    nama: "drh. BAMBANG SETYO WIDODO, M.P.",
    nip: "19720905 199903 1 004",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("tg", "b") },
        { sheet: R, cell: rt.a("y1", "b") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the conception rate is 64, the Renstra Tahun ke-2 (2026) target; Tahun ke-1 (2025) is 62",
    truth: `${R}!${rt.a("y1", "b")}`,
  });
  b.plant({
    at: { sheet: P, cell: at.a("rp", "j") },
    rules: ["sum-mismatch"],
    note: "Jumlah is a typed 14,475,200,000; the four programs add up to 14,745,200,000",
    truth: `SUM(${at.a("rp", "p1")}:${at.a("rp", "p4")})`,
  });
  for (const id of ["a", "c", "d"])
    b.ok({
      sheet: P,
      cell: pt.a("tg", id),
      rules: ["cross-table-mismatch"],
      truth: `${R}!${rt.a("y1", id)}`,
    });
  for (const id of ["a", "d"])
    b.ok({
      sheet: R,
      cell: rt.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("y5", id),
      trap: [1, 2, 3, 4, 5].map((y) => rt.a(`y${y}`, id)).join("+"),
    });
  b.ok({ sheet: R, cell: rt.a("y5", "d"), rules: ["target-trend"], truth: "1.2" });
  return b.finish();
}

/** Rekap inseminasi buatan dan kelahiran per kecamatan 2024, Disnakkeswan Pangonan. */
export function rekapIb(): BookW {
  const b = new BookW(
    "rekap-ib-kelahiran-kecamatan-pangonan-2024.xlsx",
    "Rekap IB dan kelahiran per kecamatan (Disnakkeswan)",
    "Per kecamatan: Target akseptor | Realisasi akseptor | Capaian (%) | Bunting (PKB+) | Lahir jantan | betina | Jumlah lahir | Conception rate (%); number row '(5) = (4)/(3) x 100', '(9) = (7)+(8)', '(10) = (6)/(4) x 100'; JUMLAH row with ratios of the totals",
  );
  const S = "IB 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN PANGONAN",
    "DINAS PETERNAKAN DAN KESEHATAN HEWAN - UPT INSEMINASI BUATAN",
  ]);
  s.lines(["REKAPITULASI PELAYANAN INSEMINASI BUATAN (IB) DAN KELAHIRAN HASIL IB TAHUN 2024"]);
  s.gap();
  const K = [
    { id: "k1", nm: "Wonoasri Lor", tg: 1_850, ak: 1_912, bt: 1_204, lj: 512, lb: 538 },
    { id: "k2", nm: "Kedungrejo Kidul", tg: 2_100, ak: 2_046, bt: 1_371, lj: 601, lb: 584 },
    { id: "k3", nm: "Pangonan Kota", tg: 420, ak: 388, bt: 241, lj: 97, lb: 112 },
    { id: "k4", nm: "Sumberlawang Wetan", tg: 2_600, ak: 2_715, bt: 1_846, lj: 803, lb: 789 },
    { id: "k5", nm: "Tegalsapi", tg: 1_500, ak: 1_390, bt: 862, lj: 388, lb: 361 },
    { id: "k6", nm: "Ngrambe Lor", tg: 980, ak: 1_004, bt: 653, lj: 279, lb: 301 },
  ];
  const L = "Kelahiran Hasil IB (ekor)";
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
      { key: "nm", head: ["Kecamatan"], role: "lokasi", num: "(2)", width: 20 },
      { key: "tg", head: ["Akseptor IB (ekor)", "Target"], role: "target", year: 2024, num: "(3)", fmt: INT },
      {
        key: "ak",
        head: ["Akseptor IB (ekor)", "Realisasi"],
        role: "realisasi",
        year: 2024,
        num: "(4)",
        fmt: INT,
      },
      { key: "cp", head: ["Capaian (%)"], role: "capaian", year: 2024, num: "(5) = (4)/(3) x 100", fmt: DEC },
      { key: "bt", head: ["Bunting (PKB +)"], num: "(6)", fmt: INT },
      { key: "lj", head: [L, "Jantan"], num: "(7)", fmt: INT },
      { key: "lb", head: [L, "Betina"], num: "(8)", fmt: INT },
      { key: "lt", head: [L, "Jumlah"], num: "(9) = (7)+(8)", fmt: INT },
      {
        key: "cr",
        head: ["Conception Rate (%)"],
        role: "capaian",
        year: 2024,
        num: "(10) = (6)/(4) x 100",
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
          tg: k.tg,
          ak: k.ak,
          cp: fx(`ROUND(${c.a("ak")}/${c.a("tg")}*100,2)`),
          bt: k.bt,
          lj: k.lj,
          lb: k.lb,
          lt: fx(`${c.a("lj")}+${c.a("lb")}`),
          // planted: Tegalsapi's conception rate typed 112.40 (862 / 1,390 = 62.01)
          cr: k.id === "k5" ? 112.4 : fx(`ROUND(${c.a("bt")}/${c.a("ak")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "nm"],
        cells: (c) => {
          const out: Record<string, string | ReturnType<typeof fx>> = { no: "JUMLAH" };
          for (const k of ["tg", "ak", "bt", "lb"]) out[k] = fx(`SUM(${c.a(k, "k1")}:${c.a(k, "k6")})`);
          // planted: Jumlah lahir jantan sums five kecamatan only
          out.lj = fx(`SUM(${c.a("lj", "k1")}:${c.a("lj", "k5")})`);
          out.lt = fx(`${c.a("lj")}+${c.a("lb")}`);
          out.cp = fx(`ROUND(${c.a("ak")}/${c.a("tg")}*100,2)`);
          out.cr = fx(`ROUND(${c.a("bt")}/${c.a("ak")}*100,2)`);
          return out;
        },
      },
    ],
  });
  s.gap();
  s.lines(["Sumber: laporan inseminator (iSIKHNAS) s.d. 31 Desember 2024."]);
  s.gap();
  signature(s, 7, {
    tempat: "Pangonan, 10 Januari 2025",
    jabatan: ["KEPALA UPT INSEMINASI BUATAN"],
    nama: "SRI WAHYUNINGSIH, S.Pt.",
    nip: "19810422 200604 2 011",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("cr", "k5") },
    rules: ["capaian-mismatch", "percent-out-of-range", "hardcoded-value"],
    note: "Conception rate of Tegalsapi is a typed 112.40 in a column of formulas (bunting cannot exceed akseptor); 862 / 1,390 x 100 = 62.01",
    truth: `ROUND(${a("bt", "k5")}/${a("ak", "k5")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("lj", "tot") },
    rules: ["sum-mismatch"],
    note: "JUMLAH lahir jantan is =SUM over five kecamatan (2,401); with Ngrambe Lor's 279 it is 2,680",
    truth: `SUM(${a("lj", "k1")}:${a("lj", "k6")})`,
  });
  const all = (k: string) => `${a(k, "k1")}:${a(k, "k6")}`;
  b.ok({
    sheet: S,
    cell: a("cp", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(SUM(${all("ak")})/SUM(${all("tg")})*100,2)`,
    trap: `ROUND(AVERAGE(${all("cp")}),2)`,
  });
  b.ok({
    sheet: S,
    cell: a("cr", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(SUM(${all("bt")})/SUM(${all("ak")})*100,2)`,
    trap: `ROUND(AVERAGE(${all("cr")}),2)`,
  });
  for (const id of ["k1", "k4", "k6"])
    b.ok({
      sheet: S,
      cell: a("cp", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("ak", id)}/${a("tg", id)}*100,2)`,
    });
  for (const id of ["k1", "k2", "k3", "k4", "k6"])
    b.ok({
      sheet: S,
      cell: a("cr", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("bt", id)}/${a("ak", id)}*100,2)`,
    });
  for (const k of ["tg", "ak", "bt", "lb"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${all(k)})` });
  for (const id of ["k2", "k3"])
    b.ok({ sheet: S, cell: a("lt", id), rules: ["sum-mismatch"], truth: `${a("lj", id)}+${a("lb", id)}` });
  return b.finish();
}

/** Vaksinasi rabies per triwulan beside the ASUH checks at the RPH, Disnakkeswan Rangga Marapu 2024. */
export function rekapRabiesAsuh(): BookW {
  const b = new BookW(
    "rekap-vaksinasi-rabies-daging-asuh-rangga-marapu-2024.xlsx",
    "Rekap triwulan rabies dan daging ASUH (Disnakkeswan)",
    "Two tables side by side: vaksinasi rabies per triwulan (Populasi HPR a stock | Anjing | Kucing | Kera | Jumlah '(6) = (3)+(4)+(5)' | Cakupan '(7) = (6)/(2) x 100'; Tahun 2024 row with the TW IV population and the ratio of totals) and pemeriksaan daging ASUH at the RPH (Sampel | Memenuhi | Tidak | % ASUH, typed Jumlah)",
  );
  const S = "Rekap Triwulan 2024";
  const s = b.sheet(S);
  letterhead(s, ["DINAS PETERNAKAN DAN KESEHATAN HEWAN KABUPATEN RANGGA MARAPU"]);
  s.lines(["REKAPITULASI VAKSINASI RABIES DAN PENGAWASAN DAGING ASUH PER TRIWULAN TAHUN 2024"]);
  s.gap();
  const Q = [
    { id: "q1", tw: "Triwulan I", pop: 33_800, an: 5_480, ku: 590, ke: 30, sp: 96, ms: 84 },
    { id: "q2", tw: "Triwulan II", pop: 34_100, an: 6_650, ku: 725, ke: 25, sp: 136, ms: 124 },
    { id: "q3", tw: "Triwulan III", pop: 34_400, an: 6_110, ku: 650, ke: 40, sp: 142, ms: 133 },
    { id: "q4", tw: "Triwulan IV", pop: 34_550, an: 4_690, ku: 490, ke: 20, sp: 180, ms: 172 },
  ];
  const top = s.r;
  const V = "HPR Divaksinasi (ekor)";
  const t = s.table({
    cols: [
      { key: "tw", head: ["Periode"], num: "(1)", width: 14 },
      { key: "pop", head: ["Populasi HPR (ekor)"], num: "(2)", fmt: INT },
      { key: "an", head: [V, "Anjing"], role: "realisasi", year: 2024, num: "(3)", fmt: INT },
      { key: "ku", head: [V, "Kucing"], role: "realisasi", year: 2024, num: "(4)", fmt: INT },
      { key: "ke", head: [V, "Kera"], role: "realisasi", year: 2024, num: "(5)", fmt: INT },
      { key: "j", head: [V, "Jumlah"], role: "realisasi", year: 2024, num: "(6) = (3)+(4)+(5)", fmt: INT },
      { key: "c", head: ["Cakupan (%)"], role: "capaian", year: 2024, num: "(7) = (6)/(2) x 100", fmt: DEC },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...Q.map((q): Row => ({
        id: q.id,
        cells: (c) => ({
          tw: q.tw,
          pop: q.pop,
          an: q.an,
          ku: q.ku,
          ke: q.ke,
          j: fx(`${c.a("an")}+${c.a("ku")}+${c.a("ke")}`),
          // planted: Triwulan III's cakupan has a stale cached 21.35 (6,800 / 34,400 = 19.77)
          c: fx(`ROUND(${c.a("j")}/${c.a("pop")}*100,2)`, q.id === "q3" ? 21.35 : undefined),
        }),
      })),
      {
        id: "tot",
        bold: true,
        cells: (c) => {
          const out: Record<string, string | ReturnType<typeof fx>> = {
            tw: "Tahun 2024",
            pop: fx(c.a("pop", "q4")),
          };
          for (const k of ["an", "ku", "ke", "j"]) out[k] = fx(`SUM(${c.a(k, "q1")}:${c.a(k, "q4")})`);
          out.c = fx(`ROUND(${c.a("j")}/${c.a("pop")}*100,2)`);
          return out;
        },
      },
    ],
  });
  const u = s.table(
    {
      cols: [
        { key: "tw", head: ["Triwulan"], width: 10 },
        {
          key: "sp",
          head: ["Pemeriksaan Daging di RPH", "Sampel Diperiksa"],
          role: "target",
          year: 2024,
          fmt: INT,
        },
        {
          key: "ms",
          head: ["Pemeriksaan Daging di RPH", "Memenuhi ASUH"],
          role: "realisasi",
          year: 2024,
          fmt: INT,
        },
        { key: "tm", head: ["Pemeriksaan Daging di RPH", "Tidak Memenuhi"], fmt: INT },
        { key: "p", head: ["% ASUH"], role: "capaian", year: 2024, fmt: DEC },
      ],
      headerRows: 2,
      rows: [
        ...Q.map((q, i): Row => ({
          id: q.id,
          cells: (c) => ({
            tw: ["I", "II", "III", "IV"][i],
            sp: q.sp,
            ms: q.ms,
            tm: q.sp - q.ms,
            p: fx(`ROUND(${c.a("ms")}/${c.a("sp")}*100,2)`),
          }),
        })),
        {
          id: "j",
          cells: (c) => ({
            tw: "Jumlah",
            // planted: Jumlah sampel typed 565 (96 + 136 + 142 + 180 = 554)
            sp: 565,
            ms: 513,
            tm: 41,
            p: fx(`ROUND(${c.a("ms")}/(${c.a("ms")}+${c.a("tm")})*100,2)`),
          }),
        },
      ],
    },
    9,
    top,
  );
  s.gap();
  s.lines([
    "Catatan: populasi HPR adalah kondisi akhir triwulan; baris Tahun 2024 memakai populasi Triwulan IV.",
  ]);
  s.gap();
  signature(s, 4, {
    tempat: "Waingapu Marapu, 8 Januari 2025",
    jabatan: ["KEPALA BIDANG KESEHATAN HEWAN DAN KESMAVET"],
    nama: "drh. MARTHEN UMBU LEDE",
    nip: "19840611 201001 1 009",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const all = (k: string) => `${a(k, "q1")}:${a(k, "q4")}`;
  b.plant({
    at: { sheet: S, cell: a("c", "q3") },
    rules: ["capaian-mismatch"],
    note: "Cakupan of Triwulan III shows a stale cached 21.35; its formula gives 6,800 / 34,400 x 100 = 19.77",
    truth: `ROUND(${a("j", "q3")}/${a("pop", "q3")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: u.a("sp", "j") },
    rules: ["sum-mismatch"],
    note: "Jumlah sampel daging is a typed 565; the four quarters give 554 (= 513 memenuhi + 41 tidak)",
    truth: `SUM(${u.a("sp", "q1")}:${u.a("sp", "q4")})`,
  });
  b.ok({
    sheet: S,
    cell: a("pop", "tot"),
    rules: ["sum-mismatch"],
    truth: a("pop", "q4"),
    trap: `SUM(${all("pop")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "tot"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND(SUM(${all("j")})/${a("pop", "q4")}*100,2)`,
    trap: `${a("c", "q1")}+${a("c", "q2")}+${a("c", "q3")}+${a("c", "q4")}`,
  });
  for (const k of ["an", "ku", "ke", "j"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${all(k)})` });
  for (const id of ["q1", "q2", "q4"]) {
    b.ok({
      sheet: S,
      cell: a("j", id),
      rules: ["sum-mismatch"],
      truth: `${a("an", id)}+${a("ku", id)}+${a("ke", id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("j", id)}/${a("pop", id)}*100,2)`,
    });
  }
  for (const k of ["ms", "tm"])
    b.ok({
      sheet: S,
      cell: u.a(k, "j"),
      rules: ["sum-mismatch"],
      truth: `SUM(${u.a(k, "q1")}:${u.a(k, "q4")})`,
    });
  b.ok({
    sheet: S,
    cell: u.a("p", "j"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(SUM(${u.a("ms", "q1")}:${u.a("ms", "q4")})/SUM(${u.a("sp", "q1")}:${u.a("sp", "q4")})*100,2)`,
    trap: `ROUND(AVERAGE(${u.a("p", "q1")}:${u.a("p", "q4")}),2)`,
  });
  return b.finish();
}
