/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
// (Node's builds of exceljs' dependencies: the list's reader is loaded for real when a file is picked.)
// The pane's checks use the nomenclature list kept in the browser (src/taskpane/berkas): the codes
// of the open workbook are checked against it (code-unknown, code-renamed), and not without it.
import * as React from "react";
import { TextDecoder, TextEncoder } from "util";
import { configure, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fakeExcel } from "../excel/fake";
import { App } from "../../src/taskpane/App";
import { excelHost } from "../../src/excel/excelHost";
import { bacaCsv, bacaNomenklatur } from "../../src/core/nomenklatur";
import type { Nomenklatur } from "../../src/core/nomenklatur";
import { penyimpanMemori } from "../../src/taskpane/berkas/daftarNomenklatur";
import { RENJA, daftarCsv } from "../core/nomenklatur/daftarUji";

jest.setTimeout(30000);
// (and each wait for the pane: the first check runs the whole engine cold, seconds on a loaded
// machine, where the library waits one)
configure({ asyncUtilTimeout: 10000 });

// jsdom has no TextEncoder / TextDecoder; the browser has them (the CSV reader decodes with them)
Object.assign(globalThis, { TextEncoder, TextDecoder });

(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

const cells = Object.fromEntries(
  RENJA.flatMap((r, i) => r.map((v, c) => [`${String.fromCharCode(65 + c)}${i + 1}`, v])),
);

function pane(daftar?: Nomenklatur): void {
  fakeExcel({ sheets: [{ name: "Renja 2026", cells }] });
  const penyimpan = penyimpanMemori(daftar ? { daftar, dimuat: "2026-01-05" } : undefined);
  render(
    <FluentProvider theme={webLightTheme}>
      <App host={excelHost} inExcel={true} penyimpan={penyimpan} />
    </FluentProvider>,
  );
}

const codeFindings = (): string[] =>
  [...document.querySelectorAll("[data-card]")]
    .filter((c) => /code-(unknown|renamed)/.test(c.textContent ?? ""))
    .map((c) => `${/code-(unknown|renamed)/.exec(c.textContent ?? "")![0]} ${c.getAttribute("data-card")}`)
    .sort();

async function periksa(): Promise<void> {
  fireEvent.click(screen.getByRole("button", { name: "Periksa" }));
  await screen.findByText(/tabel · \d+ galat/);
}

it("checks the codes against the kept list", async () => {
  const hasil = bacaNomenklatur(bacaCsv(daftarCsv()), "daftar.csv");
  if (!hasil.ok) throw new Error("list");
  pane(hasil.daftar);
  // the list is loaded from the store before the check
  fireEvent.click(screen.getByRole("button", { name: "Pengaturan" }));
  await screen.findByText(/daftar\.csv: .* kode, dimuat 2026-01-05/);
  await periksa();
  expect(codeFindings()).toEqual([
    "code-renamed Renja 2026!A7",
    "code-renamed Renja 2026!A8",
    "code-unknown Renja 2026!A6",
  ]);
});

it("checks only the codes' shape without a list", async () => {
  pane();
  await periksa();
  expect(codeFindings()).toEqual([]);
});

it("loads a list picked in Pengaturan, says it is kept for this session only without IndexedDB, and removes it", async () => {
  pane();
  fireEvent.click(screen.getByRole("button", { name: "Pengaturan" }));
  await screen.findByText(/Belum ada daftar/);
  const file = new File([daftarCsv()], "daftar.csv", { type: "text/csv" });
  // jsdom's File has no arrayBuffer(); the browser's has
  Object.defineProperty(file, "arrayBuffer", {
    value: async () => new TextEncoder().encode(daftarCsv()).buffer,
  });
  fireEvent.change(screen.getByLabelText("Muat daftar nomenklatur..."), { target: { files: [file] } });
  await waitFor(() =>
    expect(document.body.textContent).toMatch(/Daftar daftar\.csv \(.* kode\) dipakai sampai panel ditutup/),
  );
  await periksa();
  expect(codeFindings()).toContain("code-unknown Renja 2026!A6");
  fireEvent.click(screen.getByRole("button", { name: "Hapus daftar" }));
  await screen.findByText("Daftar nomenklatur dihapus dari komputer ini.");
  expect(codeFindings()).toEqual([]);
});
