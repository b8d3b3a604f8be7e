// A sector recap of the Dinas Kesehatan of a Kalimantan Selatan kabupaten: SPM kesehatan 2024 per
// puskesmas (ibu hamil and balita served to standard, capaian = dilayani / sasaran x 100, the JUMLAH
// capaian the ratio of the totals) with, beside it after one empty column, the BOK pagu and realisasi per
// puskesmas and the serapan. Every name and number is invented.
import { BookW, DEC, INT, RP, fx, letterhead, round, signature, type Row } from "../forms/kit";

type Pkm = {
  id: string;
  nm: string;
  bumil: [number, number];
  balita: [number, number];
  pagu: number;
  real: number;
};

export function rekapSpmMeratus(): BookW {
  const b = new BookW(
    "rekap-spm-kesehatan-puskesmas-meratus-selatan-2024.xlsx",
    "sector recap: SPM kesehatan per puskesmas and BOK serapan (Dinas Kesehatan)",
    "Two tables side by side on one sheet of a Dinas Kesehatan in Kalimantan Selatan, 2024. Left: No | Puskesmas | 'Pelayanan Kesehatan Ibu Hamil' > Sasaran | Sesuai Standar | Capaian (%) | 'Pelayanan Kesehatan Balita' > Sasaran | Sesuai Standar | Capaian (%), number row '(5) = (4) / (3) x 100', JUMLAH row whose capaian is the ratio of the totals. Right (after an empty column): No | Puskesmas | 'Bantuan Operasional Kesehatan (BOK) 2024' > Pagu (Rp) | Realisasi (Rp) | Serapan (%), Jumlah row, no number row",
  );
  const S = "SPM Kesehatan 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN MERATUS SELATAN", "DINAS KESEHATAN"]);
  s.lines(["REKAPITULASI CAPAIAN SPM BIDANG KESEHATAN DAN SERAPAN DANA BOK PUSKESMAS", "TAHUN 2024"]);
  s.gap();
  const pkms: Pkm[] = [
    {
      id: "p1",
      nm: "Puskesmas Loksado Hilir",
      bumil: [412, 389],
      balita: [1_650, 1_512],
      pagu: 486_200_000,
      real: 471_935_000,
    },
    {
      id: "p2",
      nm: "Puskesmas Batu Benawa",
      bumil: [538, 521],
      balita: [2_214, 2_040],
      pagu: 512_750_000,
      real: 498_310_500,
    },
    {
      id: "p3",
      nm: "Puskesmas Padang Batung",
      bumil: [467, 402],
      balita: [1_936, 1_712],
      pagu: 498_400_000,
      real: 455_260_000,
    },
    {
      id: "p4",
      nm: "Puskesmas Telaga Langsat",
      bumil: [301, 287],
      balita: [1_254, 1_156],
      pagu: 386_500_000,
      real: 412_650_000,
    },
    {
      id: "p5",
      nm: "Puskesmas Angkinang",
      bumil: [596, 578],
      balita: [2_480, 2_391],
      pagu: 548_900_000,
      real: 548_900_000,
    },
    {
      id: "p6",
      nm: "Puskesmas Simpur",
      bumil: [354, 318],
      balita: [1_428, 1_296],
      pagu: 421_300_000,
      real: 389_145_200,
    },
    {
      id: "p7",
      nm: "Puskesmas Kalumpang",
      bumil: [289, 251],
      balita: [1_173, 1_019],
      pagu: 402_800_000,
      real: 361_470_000,
    },
  ];
  const cap = (n: string, d: string) => `ROUND(${n}/${d}*100,2)`;
  // planted: Batu Benawa's balita capaian is typed, digits swapped
  const typedBalita = 94.12;
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
      { key: "nm", head: ["Puskesmas"], role: "indikator", num: "(2)", width: 26 },
      {
        key: "bs",
        head: ["Pelayanan Kesehatan Ibu Hamil", "Sasaran"],
        role: "target",
        year: 2024,
        num: "(3)",
        fmt: INT,
      },
      {
        key: "br",
        head: ["Pelayanan Kesehatan Ibu Hamil", "Sesuai Standar"],
        role: "realisasi",
        year: 2024,
        num: "(4)",
        fmt: INT,
      },
      {
        key: "bc",
        head: ["Pelayanan Kesehatan Ibu Hamil", "Capaian (%)"],
        role: "capaian",
        year: 2024,
        num: "(5) = (4) / (3) x 100",
        fmt: DEC,
      },
      {
        key: "ls",
        head: ["Pelayanan Kesehatan Balita", "Sasaran"],
        role: "target",
        year: 2024,
        num: "(6)",
        fmt: INT,
      },
      {
        key: "lr",
        head: ["Pelayanan Kesehatan Balita", "Sesuai Standar"],
        role: "realisasi",
        year: 2024,
        num: "(7)",
        fmt: INT,
      },
      {
        key: "lc",
        head: ["Pelayanan Kesehatan Balita", "Capaian (%)"],
        role: "capaian",
        year: 2024,
        num: "(8) = (7) / (6) x 100",
        fmt: DEC,
      },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...pkms.map((x, i): Row => ({
        id: x.id,
        cells: (c) => ({
          no: i + 1,
          nm: x.nm,
          bs: x.bumil[0],
          br: x.bumil[1],
          bc: fx(cap(c.a("br"), c.a("bs"))),
          ls: x.balita[0],
          lr: x.balita[1],
          lc: x.id === "p2" ? typedBalita : fx(cap(c.a("lr"), c.a("ls"))),
        }),
      })),
      {
        id: "j",
        bold: true,
        span: ["no", "nm"],
        cells: (c) => ({
          no: "JUMLAH KABUPATEN",
          bs: fx(`SUM(${c.a("bs", "p1")}:${c.a("bs", "p7")})`),
          br: fx(`SUM(${c.a("br", "p1")}:${c.a("br", "p7")})`),
          bc: fx(cap(c.a("br"), c.a("bs"))),
          ls: fx(`SUM(${c.a("ls", "p1")}:${c.a("ls", "p7")})`),
          lr: fx(`SUM(${c.a("lr", "p1")}:${c.a("lr", "p7")})`),
          lc: fx(cap(c.a("lr"), c.a("ls"))),
        }),
      },
    ],
  });
  const top = t1.top;
  const t2 = s.table(
    {
      cols: [
        { key: "no", head: ["No"], role: "no", width: 5 },
        { key: "nm", head: ["Puskesmas"], role: "indikator", width: 26 },
        {
          key: "pagu",
          head: ["Bantuan Operasional Kesehatan (BOK) 2024", "Pagu (Rp)"],
          role: "anggaran",
          year: 2024,
          fmt: RP,
          width: 16,
        },
        {
          key: "real",
          head: ["Bantuan Operasional Kesehatan (BOK) 2024", "Realisasi (Rp)"],
          role: "realisasi-anggaran",
          year: 2024,
          fmt: RP,
          width: 16,
        },
        {
          key: "ser",
          head: ["Bantuan Operasional Kesehatan (BOK) 2024", "Serapan (%)"],
          role: "capaian",
          year: 2024,
          fmt: DEC,
        },
      ],
      headerRows: 2,
      rows: [
        ...pkms.map((x, i): Row => ({
          id: x.id,
          cells: (c) => ({
            no: i + 1,
            nm: x.nm,
            pagu: x.pagu,
            real: x.real,
            ser: fx(cap(c.a("real"), c.a("pagu"))),
          }),
        })),
        {
          id: "j",
          bold: true,
          span: ["no", "nm"],
          cells: (c) => ({
            no: "Jumlah",
            pagu: fx(`SUM(${c.a("pagu", "p1")}:${c.a("pagu", "p7")})`),
            real: fx(`SUM(${c.a("real", "p1")}:${c.a("real", "p7")})`),
            ser: fx(cap(c.a("real"), c.a("pagu"))),
          }),
        },
      ],
    },
    t1.right + 2,
    top,
  );
  s.r = Math.max(t1.lastDataRow, t2.lastDataRow) + 1;
  s.gap();
  s.lines([
    "Sumber: laporan PWS KIA dan ASIK puskesmas; realisasi BOK menurut register SP2D BPKAD per 31 Desember 2024.",
    "Capaian JUMLAH KABUPATEN dihitung dari jumlah sasaran dan jumlah yang dilayani, bukan rata-rata capaian puskesmas.",
  ]);
  s.gap();
  signature(s, 10, {
    tempat: "Kandangan Selatan, 20 Januari 2025",
    jabatan: ["KEPALA DINAS KESEHATAN", "KABUPATEN MERATUS SELATAN,"],
    nama: "H. NORHALIMAH SARI, S.K.M., M.Kes.",
    pangkat: "Pembina (IV/a)",
    nip: "19780815 200003 2 004",
  });

  const p2 = pkms[1];
  const trueBalita = round((p2.balita[1] / p2.balita[0]) * 100);
  if (Math.abs(trueBalita - typedBalita) < 1) throw new Error("spm p2");
  const p4 = pkms[3];
  if (p4.real <= p4.pagu) throw new Error("spm p4");
  b.plant({
    at: { sheet: S, cell: t1.a("lc", "p2") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: `Capaian balita of Puskesmas Batu Benawa is a typed ${typedBalita} among (7)/(6) formulas; 2,040 / 2,214 gives ${trueBalita.toFixed(2)}`,
    truth: cap(t1.a("lr", "p2"), t1.a("ls", "p2")),
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: t2.a("real", "p4") },
        { sheet: S, cell: t2.a("ser", "p4") },
      ],
    },
    rules: ["serapan-over-100", "percent-out-of-range"],
    note: "Realisasi BOK of Puskesmas Telaga Langsat is 412,650,000 above its pagu of 386,500,000 (serapan 106.77 %); the SP2D register gives 362,650,000 (93.83 %)",
    truth: "362650000",
  });
  for (const x of pkms) {
    b.ok({
      sheet: S,
      cell: t1.a("bc", x.id),
      rules: ["capaian-mismatch"],
      truth: cap(t1.a("br", x.id), t1.a("bs", x.id)),
    });
    if (x.id !== "p2")
      b.ok({
        sheet: S,
        cell: t1.a("lc", x.id),
        rules: ["capaian-mismatch"],
        truth: cap(t1.a("lr", x.id), t1.a("ls", x.id)),
      });
    if (x.id !== "p4")
      b.ok({
        sheet: S,
        cell: t2.a("ser", x.id),
        rules: ["serapan-over-100", "percent-out-of-range"],
        truth: cap(t2.a("real", x.id), t2.a("pagu", x.id)),
      });
  }
  for (const k of ["bs", "br", "ls", "lr"])
    b.ok({
      sheet: S,
      cell: t1.a(k, "j"),
      rules: ["sum-mismatch"],
      truth: pkms.map((x) => t1.a(k, x.id)).join("+"),
    });
  b.ok({
    sheet: S,
    cell: t2.a("pagu", "j"),
    rules: ["sum-mismatch"],
    truth: pkms.map((x) => t2.a("pagu", x.id)).join("+"),
  });
  // the JUMLAH capaian is the ratio of the totals, not the average of the puskesmas capaian
  b.ok({
    sheet: S,
    cell: t1.a("bc", "j"),
    rules: ["capaian-mismatch"],
    truth: cap(t1.a("br", "j"), t1.a("bs", "j")),
    trap: `ROUND(AVERAGE(${t1.a("bc", "p1")}:${t1.a("bc", "p7")}),2)`,
  });
  b.ok({
    sheet: S,
    cell: t1.a("lc", "j"),
    rules: ["capaian-mismatch"],
    truth: cap(t1.a("lr", "j"), t1.a("ls", "j")),
    trap: `SUM(${t1.a("lc", "p1")}:${t1.a("lc", "p7")})`,
  });
  return b.finish();
}
