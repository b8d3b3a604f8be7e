/* A fake Excel host for tests: the part of Office.js that Cermat IKU uses, with its proxy
 * semantics (properties must be loaded and synced before they are read; writes are queued and
 * applied at context.sync) and a counter of round trips. One file serves jest (CommonJS) and the
 * end-to-end test in Chromium (a global `CermatFakeOffice`), so both test the same behaviour. */
(function (root, factory) {
  if (typeof module === "object" && module.exports) module.exports = factory();
  else root.CermatFakeOffice = factory();
})(typeof self !== "undefined" ? self : this, function () {
  "use strict";

  // ---- A1 helpers -------------------------------------------------------------------------
  function colToLetters(col) {
    let s = "";
    for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    return s;
  }
  function lettersToCol(l) {
    let n = 0;
    for (const ch of l.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
    return n;
  }
  function parseCell(a1) {
    const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(a1);
    if (!m) throw new Error("Bad address " + a1);
    return { row: Number(m[2]), col: lettersToCol(m[1]) };
  }
  function parseRange(a1) {
    const bare = a1.includes("!") ? a1.slice(a1.lastIndexOf("!") + 1) : a1;
    const [x, y] = bare.split(":");
    const p = parseCell(x);
    const q = parseCell(y || x);
    return {
      r1: Math.min(p.row, q.row),
      c1: Math.min(p.col, q.col),
      r2: Math.max(p.row, q.row),
      c2: Math.max(p.col, q.col),
    };
  }
  function rangeA1(r) {
    const a = colToLetters(r.c1) + r.r1;
    const b = colToLetters(r.c2) + r.r2;
    return a === b ? a : a + ":" + b;
  }
  function qualify(sheet, r) {
    const name = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : "'" + sheet.replace(/'/g, "''") + "'";
    return name + "!" + rangeA1(r);
  }

  // ---- Recalculation ------------------------------------------------------------------------
  /** Excel recalculates a formula it is given; the fake does so for arithmetic over cell
   * references (+ - * / and parentheses), which is what the fixes write. Anything else: "". */
  function calculate(sheet, formula) {
    const tokens = formula.match(/\$?[A-Z]{1,3}\$?\d+|\d+(?:\.\d+)?|[-+*/()]/g) || [];
    if (tokens.join("") !== formula.replace(/\s+/g, "")) return "";
    let i = 0;
    const value = (t) => {
      if (/^[\d.]+$/.test(t)) return Number(t);
      const { row, col } = parseCell(t.replace(/\$/g, ""));
      const c = cellOf(sheet, row, col);
      return c && typeof c.value === "number" ? c.value : 0;
    };
    const primary = () => {
      const t = tokens[i++];
      if (t === "(") {
        const v = sum();
        i++;
        return v;
      }
      if (t === "-") return -primary();
      return value(t);
    };
    const product = () => {
      let v = primary();
      while (tokens[i] === "*" || tokens[i] === "/") v = tokens[i++] === "*" ? v * primary() : v / primary();
      return v;
    };
    const sum = () => {
      let v = product();
      while (tokens[i] === "+" || tokens[i] === "-") v = tokens[i++] === "+" ? v + product() : v - product();
      return v;
    };
    const v = sum();
    return Number.isFinite(v) ? v : "";
  }

  // ---- The workbook data ------------------------------------------------------------------
  /** sheets: [{ name, cells: { "A1": value | { value, formula, numberFormat } }, merges: ["A1:B1"], protected, visibility, notes: [{ address, content }] }] */
  function createWorkbook(spec) {
    const wb = {
      sheets: [],
      active: 0,
      selection: null,
      editMode: false,
      supported: Object.assign(
        { ExcelApi: "1.18", SharedRuntime: "1.1", CustomFunctionsRuntime: "1.4" },
        spec.supported || {},
      ),
      settings: Object.assign({}, spec.settings || {}),
      syncs: 0,
      maxCellsPerRequest: spec.maxCellsPerRequest || 5000000,
    };
    for (const s of spec.sheets || []) addSheet(wb, s);
    return wb;
  }
  function addSheet(wb, s) {
    const sheet = {
      name: s.name,
      visibility: s.visibility || "Visible",
      protected: !!s.protected,
      cells: new Map(),
      merges: (s.merges || []).map(parseRange),
      cfs: [],
      notes: (s.notes || []).map((n) => ({ address: parseRange(n.address), content: n.content })),
    };
    for (const [a1, v] of Object.entries(s.cells || {})) {
      const { row, col } = parseCell(a1);
      const cell = v !== null && typeof v === "object" ? v : { value: v };
      sheet.cells.set(row + "," + col, {
        value: cell.value === undefined ? (cell.formula ? 0 : "") : cell.value,
        formula: cell.formula,
        numberFormat: cell.numberFormat || "General",
        fill: cell.fill || null,
      });
    }
    wb.sheets.push(sheet);
    return sheet;
  }
  function cellOf(sheet, row, col) {
    return sheet.cells.get(row + "," + col);
  }
  function usedRange(sheet) {
    let r1 = Infinity,
      c1 = Infinity,
      r2 = 0,
      c2 = 0;
    for (const [k, c] of sheet.cells) {
      if (c.value === "" && !c.formula) continue;
      const [r, col] = k.split(",").map(Number);
      r1 = Math.min(r1, r);
      c1 = Math.min(c1, col);
      r2 = Math.max(r2, r);
      c2 = Math.max(c2, col);
    }
    return r2 === 0 ? null : { r1, c1, r2, c2 };
  }
  /** A deep copy of every cell, note and conditional format: to compare before and after. */
  function snapshot(wb) {
    return JSON.stringify(
      wb.sheets.map((s) => ({
        name: s.name,
        cells: [...s.cells.entries()]
          .filter(([, c]) => c.value !== "" || c.formula || c.numberFormat !== "General" || c.fill)
          .sort(),
        notes: s.notes.map((n) => [rangeA1(n.address), n.content]).sort(),
        cfs: s.cfs.map((c) => [rangeA1(c.address), c.formula, c.fill]).sort(),
      })),
    );
  }

  // ---- Proxy objects ------------------------------------------------------------------------
  function propertyNotLoaded(name) {
    const e = new Error(
      "The property '" +
        name +
        "' is not available. Before reading the property's value, call the load method on the containing object and call context.sync().",
    );
    e.code = "PropertyNotLoaded";
    return e;
  }
  function officeError(code, message) {
    const e = new Error(message);
    e.code = code;
    e.name = "RichApi.Error";
    return e;
  }

  class Ctx {
    constructor(wb) {
      this.wb = wb;
      this.queue = [];
      this.pendingLoads = [];
      this.workbook = new WorkbookProxy(this);
    }
    sync() {
      this.wb.syncs++;
      const q = this.queue.splice(0);
      const loads = this.pendingLoads.splice(0);
      return Promise.resolve().then(() => {
        if (this.wb.editMode)
          throw officeError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode.");
        for (const op of q) op();
        for (const l of loads) l();
      });
    }
  }

  class Loadable {
    constructor(ctx, props) {
      this._ctx = ctx;
      this._loaded = new Set();
      this._values = {};
      this._props = props; // name -> () => value (read at sync)
    }
    load(names) {
      const list =
        typeof names === "string"
          ? names.split(",")
          : Array.isArray(names)
            ? names
            : Object.keys(this._props);
      this._ctx.pendingLoads.push(() => {
        const byName = new Map();
        for (const raw of list) {
          const path = raw.trim();
          const name = path.split("/")[0];
          if (!(name in this._props)) continue;
          byName.set(name, (byName.get(name) || []).concat(path));
        }
        for (const [name, paths] of byName) {
          this._values[name] = this._props[name](paths.join(","));
          this._loaded.add(name);
        }
      });
      return this;
    }
    _get(name) {
      if (!this._loaded.has(name)) throw propertyNotLoaded(name);
      return this._values[name];
    }
  }

  class WorkbookProxy {
    constructor(ctx) {
      this.context = ctx;
      this.worksheets = new WorksheetCollection(ctx);
    }
    getSelectedRange() {
      const s = this.context.wb.selection;
      const sheet = s
        ? this.context.wb.sheets.find((x) => x.name === s.sheet)
        : this.context.wb.sheets[this.context.wb.active];
      return new RangeProxy(this.context, sheet, s ? parseRange(s.address) : { r1: 1, c1: 1, r2: 1, c2: 1 });
    }
  }

  class WorksheetCollection extends Loadable {
    constructor(ctx) {
      super(ctx, {
        items: (path) => {
          const items = ctx.wb.sheets.map((s) => new WorksheetProxy(ctx, s));
          const subs = path
            .split(",")
            .map((p) => p.split("/").slice(1).join("/"))
            .filter(Boolean);
          for (const it of items) for (const sub of subs) it._loadNow(sub);
          return items;
        },
      });
    }
    get items() {
      return this._get("items");
    }
    getItem(name) {
      const s = this._ctx.wb.sheets.find((x) => x.name === name);
      if (!s) throw officeError("ItemNotFound", "The requested resource doesn't exist: " + name);
      return new WorksheetProxy(this._ctx, s);
    }
    getActiveWorksheet() {
      return new WorksheetProxy(this._ctx, this._ctx.wb.sheets[this._ctx.wb.active]);
    }
  }

  class WorksheetProxy extends Loadable {
    constructor(ctx, sheet) {
      super(ctx, { name: () => sheet.name, visibility: () => sheet.visibility });
      this._sheet = sheet;
      this.protection = new (class extends Loadable {
        get protected() {
          return this._get("protected");
        }
      })(ctx, { protected: () => sheet.protected });
      this.notes = new NoteCollection(ctx, sheet);
    }
    _loadNow(name) {
      this._values[name] = this._props[name] ? this._props[name]() : undefined;
      this._loaded.add(name);
    }
    get name() {
      return this._get("name");
    }
    get visibility() {
      return this._get("visibility");
    }
    getRange(address) {
      const r = address ? parseRange(address) : { r1: 1, c1: 1, r2: 1048576, c2: 16384 };
      return new RangeProxy(this._ctx, this._sheet, r, !address);
    }
    getRangeByIndexes(rowIndex, columnIndex, rowCount, columnCount) {
      return new RangeProxy(this._ctx, this._sheet, {
        r1: rowIndex + 1,
        c1: columnIndex + 1,
        r2: rowIndex + rowCount,
        c2: columnIndex + columnCount,
      });
    }
    getUsedRangeOrNullObject() {
      return new RangeProxy(this._ctx, this._sheet, null, false, true);
    }
    activate() {
      this._ctx.queue.push(() => (this._ctx.wb.active = this._ctx.wb.sheets.indexOf(this._sheet)));
    }
  }

  class RangeProxy extends Loadable {
    constructor(ctx, sheet, range, whole, used) {
      const area = () => (used ? usedRange(sheet) : range);
      const grid = (pick) => () => {
        const a = area();
        if (!a) return [];
        if ((a.r2 - a.r1 + 1) * (a.c2 - a.c1 + 1) > ctx.wb.maxCellsPerRequest) {
          throw officeError(
            "ResponsePayloadSizeLimitExceeded",
            "The response payload size has exceeded the limit.",
          );
        }
        const out = [];
        for (let r = a.r1; r <= a.r2; r++) {
          const row = [];
          for (let c = a.c1; c <= a.c2; c++) row.push(pick(cellOf(sheet, r, c)));
          out.push(row);
        }
        return out;
      };
      super(ctx, {
        address: () => (area() ? qualify(sheet.name, area()) : ""),
        rowCount: () => (area() ? area().r2 - area().r1 + 1 : 0),
        columnCount: () => (area() ? area().c2 - area().c1 + 1 : 0),
        rowIndex: () => (area() ? area().r1 - 1 : 0),
        columnIndex: () => (area() ? area().c1 - 1 : 0),
        values: grid((c) => (c ? c.value : "")),
        formulas: grid((c) => (c ? (c.formula ? "=" + c.formula : c.value) : "")),
        numberFormat: grid((c) => (c ? c.numberFormat : "General")),
        isNullObject: () => !area(),
      });
      this._sheet = sheet;
      this._area = area;
      this._whole = whole;
      this.conditionalFormats = new ConditionalFormatCollection(ctx, sheet, this);
      this.worksheet = new WorksheetProxy(ctx, sheet);
    }
    get address() {
      return this._get("address");
    }
    get rowCount() {
      return this._get("rowCount");
    }
    get columnCount() {
      return this._get("columnCount");
    }
    get rowIndex() {
      return this._get("rowIndex");
    }
    get columnIndex() {
      return this._get("columnIndex");
    }
    get values() {
      return this._get("values");
    }
    get formulas() {
      return this._get("formulas");
    }
    get numberFormat() {
      return this._get("numberFormat");
    }
    get isNullObject() {
      return this._get("isNullObject");
    }
    set values(v) {
      this._write(v, (cell, x) => {
        cell.value = x;
        cell.formula = undefined;
      });
    }
    set formulas(v) {
      this._write(v, (cell, x, sheet) => {
        if (typeof x === "string" && x.startsWith("=")) {
          cell.formula = x.slice(1);
          cell.value = calculate(sheet, cell.formula);
        } else {
          cell.formula = undefined;
          cell.value = x;
        }
      });
    }
    set numberFormat(v) {
      this._write(v, (cell, x) => {
        cell.numberFormat = x;
      });
    }
    _write(v, apply) {
      const sheet = this._sheet;
      const ctx = this._ctx;
      const a = this._area();
      ctx.queue.push(() => {
        if (sheet.protected)
          throw officeError(
            "AccessDenied",
            "The cell or chart you're trying to change is on a protected sheet.",
          );
        const rows = Array.isArray(v) ? v : [[v]];
        for (let i = 0; i < rows.length; i++) {
          for (let j = 0; j < rows[i].length; j++) {
            const key = a.r1 + i + "," + (a.c1 + j);
            const cell = sheet.cells.get(key) || { value: "", numberFormat: "General", fill: null };
            apply(cell, rows[i][j], sheet);
            sheet.cells.set(key, cell);
          }
        }
      });
    }
    getMergedAreasOrNullObject() {
      const sheet = this._sheet;
      const a = this._area;
      const areas = new Loadable(this._ctx, {
        address: () => {
          const box = a();
          const inside = sheet.merges.filter(
            (m) => box && m.r1 >= box.r1 && m.r2 <= box.r2 && m.c1 >= box.c1 && m.c2 <= box.c2,
          );
          return inside.map((m) => qualify(sheet.name, m)).join(",");
        },
        isNullObject: () => {
          const box = a();
          return (
            !box ||
            !sheet.merges.some((m) => m.r1 >= box.r1 && m.r2 <= box.r2 && m.c1 >= box.c1 && m.c2 <= box.c2)
          );
        },
      });
      Object.defineProperty(areas, "address", {
        get() {
          return this._get("address");
        },
      });
      Object.defineProperty(areas, "isNullObject", {
        get() {
          return this._get("isNullObject");
        },
      });
      return areas;
    }
    select() {
      const sheet = this._sheet;
      const a = this._area();
      this._ctx.queue.push(() => {
        this._ctx.wb.active = this._ctx.wb.sheets.indexOf(sheet);
        this._ctx.wb.selection = { sheet: sheet.name, address: rangeA1(a) };
      });
    }
  }

  class ConditionalFormatCollection extends Loadable {
    constructor(ctx, sheet, range) {
      super(ctx, {
        items: (path) => {
          const a = range._area();
          const mine = sheet.cfs.filter(
            (cf) =>
              range._whole ||
              (a &&
                cf.address.r1 >= a.r1 &&
                cf.address.r2 <= a.r2 &&
                cf.address.c1 >= a.c1 &&
                cf.address.c2 <= a.c2),
          );
          const items = mine.map((cf) => new ConditionalFormatProxy(ctx, sheet, cf));
          if (path.includes("custom")) {
            for (const it of items) {
              if (it._cf.type !== "Custom")
                throw officeError(
                  "InvalidArgument",
                  "custom is only available on custom conditional formats",
                );
              it.custom.rule._values.formula = it._cf.formula;
              it.custom.rule._loaded.add("formula");
            }
          }
          for (const it of items) {
            it._values.type = it._cf.type;
            it._loaded.add("type");
          }
          return items;
        },
      });
      this._sheet = sheet;
      this._range = range;
    }
    get items() {
      return this._get("items");
    }
    add(type) {
      const cf = { type, address: this._range._area(), formula: "", fill: null };
      const sheet = this._sheet;
      const proxy = new ConditionalFormatProxy(this._ctx, sheet, cf);
      this._ctx.queue.push(() => {
        if (sheet.protected) throw officeError("AccessDenied", "The sheet is protected.");
        sheet.cfs.push(cf);
      });
      return proxy;
    }
  }

  class ConditionalFormatProxy extends Loadable {
    constructor(ctx, sheet, cf) {
      super(ctx, { type: () => cf.type });
      this._cf = cf;
      const rule = new Loadable(ctx, { formula: () => cf.formula });
      Object.defineProperty(rule, "formula", {
        get() {
          return this._get("formula");
        },
        set(v) {
          ctx.queue.push(() => (cf.formula = v));
        },
      });
      const fill = {};
      Object.defineProperty(fill, "color", {
        set(v) {
          ctx.queue.push(() => (cf.fill = v));
        },
        get() {
          return cf.fill;
        },
      });
      this.custom = { rule, format: { fill } };
      this._sheet = sheet;
    }
    get type() {
      return this._get("type");
    }
    delete() {
      const sheet = this._sheet;
      const cf = this._cf;
      this._ctx.queue.push(() => {
        if (sheet.protected) throw officeError("AccessDenied", "The sheet is protected.");
        sheet.cfs = sheet.cfs.filter((x) => x !== cf);
      });
    }
    getRange() {
      return new RangeProxy(this._ctx, this._sheet, this._cf.address);
    }
  }

  class NoteCollection extends Loadable {
    constructor(ctx, sheet) {
      super(ctx, {
        items: (path) =>
          sheet.notes.map((n) => {
            const p = new NoteProxy(ctx, sheet, n);
            if (path.includes("content")) {
              p._values.content = n.content;
              p._loaded.add("content");
            }
            return p;
          }),
      });
      this._sheet = sheet;
    }
    get items() {
      return this._get("items");
    }
    add(cellAddress, content) {
      const sheet = this._sheet;
      const note = {
        address: parseRange(
          typeof cellAddress === "string"
            ? cellAddress
            : cellAddress._area
              ? rangeA1(cellAddress._area())
              : "",
        ),
        content,
      };
      this._ctx.queue.push(() => {
        if (sheet.protected) throw officeError("AccessDenied", "The sheet is protected.");
        if (sheet.notes.some((n) => rangeA1(n.address) === rangeA1(note.address)))
          throw officeError("InvalidArgument", "The cell already has a note.");
        sheet.notes.push(note);
      });
      return new NoteProxy(this._ctx, sheet, note);
    }
  }

  class NoteProxy extends Loadable {
    constructor(ctx, sheet, note) {
      super(ctx, { content: () => note.content });
      this._sheet = sheet;
      this._note = note;
    }
    get content() {
      return this._get("content");
    }
    delete() {
      const sheet = this._sheet;
      const note = this._note;
      this._ctx.queue.push(() => (sheet.notes = sheet.notes.filter((n) => n !== note)));
    }
    getLocation() {
      return new RangeProxy(this._ctx, this._sheet, this._note.address);
    }
  }

  // ---- Globals: Office and Excel ------------------------------------------------------------
  function versionAtLeast(have, want) {
    const a = String(have).split(".").map(Number);
    const b = String(want).split(".").map(Number);
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      if ((a[i] || 0) !== (b[i] || 0)) return (a[i] || 0) > (b[i] || 0);
    }
    return true;
  }

  function install(target, wb) {
    const settings = {
      get: (k) => (k in wb.settings ? wb.settings[k] : null),
      set: (k, v) => (wb.settings[k] = v),
      remove: (k) => delete wb.settings[k],
      saveAsync: (cb) => cb && cb({ status: "succeeded" }),
    };
    target.Office = {
      HostType: { Excel: "Excel" },
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
      onReady: (cb) => {
        const info = { host: "Excel", platform: "OfficeOnline" };
        if (cb) setTimeout(() => cb(info), 0);
        return Promise.resolve(info);
      },
      context: {
        displayLanguage: wb.displayLanguage || "id-ID",
        requirements: {
          isSetSupported: (name, v) => name in wb.supported && versionAtLeast(wb.supported[name], v || "1.1"),
        },
        document: { settings },
      },
    };
    target.Excel = {
      run: async (cb) => cb(new Ctx(wb)),
      ConditionalFormatType: { custom: "Custom" },
      ErrorCodes: {
        invalidOperationInCellEditMode: "InvalidOperationInCellEditMode",
        accessDenied: "AccessDenied",
      },
    };
    target.CustomFunctions = target.CustomFunctions || {
      associate: () => undefined,
      Error: function (code, message) {
        this.code = code;
        this.message = message;
      },
    };
    return wb;
  }

  return { createWorkbook, addSheet, install, snapshot, parseRange, rangeA1 };
});
