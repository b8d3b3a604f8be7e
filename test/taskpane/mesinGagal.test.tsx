/** @jest-environment jsdom */
// The checker (src/taskpane/engine.ts, with the rules and mathjs) reaches the pane only when a check
// starts. When it cannot be fetched (the add-in's server went away), the planner is told what to
// do, nothing in the workbook changes, and the next Periksa tries again.
import * as React from "react";
import { configure, fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fakeExcel, snapshot } from "../excel/fake";
import { App } from "../../src/taskpane/App";
import { excelHost } from "../../src/excel/excelHost";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const contohWorkbook = require("./workbook.js");

jest.setTimeout(30000);
// (and each wait for the pane: the first check runs the whole engine cold, seconds on a loaded
// machine, where the library waits one)
configure({ asyncUtilTimeout: 10000 });

let tersedia = false;
jest.mock("../../src/taskpane/engine", () => {
  if (!tersedia) throw new Error("Loading chunk pemeriksa failed.");
  return jest.requireActual("../../src/taskpane/engine");
});

(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

it("says what to do when the checker cannot be loaded, changes nothing, and loads it on the next Periksa", async () => {
  const wb = fakeExcel(contohWorkbook());
  const before = snapshot(wb);
  render(
    <FluentProvider theme={webLightTheme}>
      <App host={excelHost} inExcel={true} />
    </FluentProvider>,
  );
  fireEvent.click(screen.getByRole("button", { name: "Periksa" }));
  await screen.findByText(
    /Pemeriksa tidak dapat dimuat .* Tutup dan buka lagi panel Cermat IKU, lalu klik Periksa lagi\./,
  );
  expect(document.querySelectorAll("[data-finding]")).toHaveLength(0);
  expect(snapshot(wb)).toEqual(before);

  tersedia = true;
  jest.resetModules();
  fireEvent.click(screen.getByRole("button", { name: "Periksa" }));
  await screen.findByText(/2 tabel · 1 galat · 1 peringatan/);
});
