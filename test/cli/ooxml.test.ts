import {
  Splice,
  children,
  findElement,
  getAttr,
  relativeTarget,
  removeAttr,
  resolveTarget,
  schemaName,
  setAttr,
  tags,
  uniqueElement,
} from "../../src/cli/ooxml";

describe("tags of an XML text, with their offsets", () => {
  it("skips comments, CDATA and instructions, and reads '>' inside a quoted value as text", () => {
    const xml = `<?xml version="1.0"?><!-- <x> --><a k="1>2" j='<'><![CDATA[<y/>]]><p:b/></a>`;
    expect([...tags(xml)].map((t) => `${t.kind} ${t.prefix}${t.name} ${xml.slice(t.start, t.end)}`)).toEqual([
      `open a <a k="1>2" j='<'>`,
      "empty p:b <p:b/>",
      "close a </a>",
    ]);
  });

  it("finds an element's end, its children, and a unique element from the back", () => {
    const xml = "<w><d><r><c/></r><r/></d><m/></w>";
    const d = findElement(xml, "d")!;
    expect(xml.slice(d.start, d.elementEnd)).toBe("<d><r><c/></r><r/></d>");
    expect(children(xml, d).map((c) => xml.slice(c.start, c.elementEnd))).toEqual(["<r><c/></r>", "<r/>"]);
    expect(uniqueElement(xml, "w")!.contentEnd).toBe(xml.length - 4);
  });

  it("names an AlternateContent block after what it offers", () => {
    const xml =
      '<mc:AlternateContent><mc:Choice Requires="x14"><controls/></mc:Choice></mc:AlternateContent>';
    expect(schemaName(xml, findElement(xml, "AlternateContent")!)).toBe("controls");
  });
});

describe("attributes", () => {
  it("reads, sets, adds and removes one attribute without touching the others", () => {
    const tag = '<c r="A1" s="3" spans="1:2">';
    expect(getAttr(tag, "s")).toBe("3");
    expect(setAttr(tag, "s", "12")).toBe('<c r="A1" s="12" spans="1:2">');
    expect(setAttr('<c r="A1"/>', "s", "4")).toBe('<c r="A1" s="4"/>');
    expect(removeAttr(tag, "spans")).toBe('<c r="A1" s="3">');
    expect(getAttr('<sheet name="R &amp; D"/>', "name")).toBe("R & D");
    expect(setAttr("<x/>", "v", 'a"b\nc')).toBe('<x v="a&quot;b&#10;c"/>');
  });
});

describe("Splice", () => {
  it("puts an insertion before a replacement at the same offset, whatever the order they were made in", () => {
    const s = new Splice("<a><b/></a>");
    s.replace(3, 4, '<b x="1"/>');
    s.insert(3, "<new/>");
    s.insert(3, "<newer/>");
    expect(s.apply()).toBe('<a><new/><newer/><b x="1"/></a>');
  });

  it("refuses edits that overlap", () => {
    const s = new Splice("abcdef");
    s.replace(1, 3, "X");
    s.replace(2, 1, "Y");
    expect(() => s.apply()).toThrow(/overlapping/);
  });
});

describe("part names", () => {
  it("resolves relationship targets and writes relative ones", () => {
    expect(resolveTarget("xl/worksheets/sheet1.xml", "../comments1.xml")).toBe("xl/comments1.xml");
    expect(resolveTarget("xl/workbook.xml", "/xl/styles.xml")).toBe("xl/styles.xml");
    expect(resolveTarget("", "xl/workbook.xml")).toBe("xl/workbook.xml");
    expect(relativeTarget("xl/worksheets/sheet1.xml", "xl/drawings/vmlDrawing1.vml")).toBe(
      "../drawings/vmlDrawing1.vml",
    );
    expect(relativeTarget("xl/workbook.xml", "xl/worksheets/sheet3.xml")).toBe("worksheets/sheet3.xml");
  });
});
