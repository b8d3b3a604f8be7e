"""What LibreOffice shows of a marked copy's results sheet, through its UNO API.

Saving with `soffice --convert-to` drops view settings, so the frozen header and the hyperlinks
as LibreOffice resolved them are read from the open document instead. Prints one JSON object per
file: the sheet names, whether the first sheet has frozen panes and where, its page style
(landscape, pages wide), and the URL of every hyperlink in its cells.

usage: python3 lo_view.py SOFFICE PROFILE_DIR FILE...
"""
import json
import os
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def main():
    soffice, profile, files = sys.argv[1], sys.argv[2], sys.argv[3:]
    pipe = "cermat_calc_%d" % os.getpid()
    proc = subprocess.Popen(
        [
            soffice,
            "-env:UserInstallation=" + uno.systemPathToFileUrl(profile),
            "--headless",
            "--invisible",
            "--norestore",
            "--nologo",
            "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % pipe,
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    ctx = None
    for _ in range(240):
        try:
            ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
            break
        except Exception:
            time.sleep(0.25)
    if ctx is None:
        proc.kill()
        raise SystemExit("LibreOffice did not answer on its pipe")
    desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    out = []
    try:
        for f in files:
            doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(f)), "_blank", 0, (prop("Hidden", True),))
            if doc is None:
                out.append({"file": f, "loaded": False})
                continue
            sheets = doc.Sheets
            first = sheets.getByIndex(0)
            ctrl = doc.CurrentController
            ctrl.setActiveSheet(first)
            frozen = bool(ctrl.hasFrozenPanes())
            cursor = first.createCursor()
            cursor.gotoEndOfUsedArea(False)
            end = cursor.RangeAddress
            links = []
            for r in range(end.EndRow + 1):
                for c in range(end.EndColumn + 1):
                    cell = first.getCellByPosition(c, r)
                    fields = cell.getTextFields().createEnumeration()
                    while fields.hasMoreElements():
                        field = fields.nextElement()
                        links.append({"row": r + 1, "col": c + 1, "url": field.URL, "text": cell.getString()})
            style = doc.StyleFamilies.getByName("PageStyles").getByName(first.PageStyle)
            out.append(
                {
                    "file": f,
                    "loaded": True,
                    "sheets": list(sheets.getElementNames()),
                    "frozen": frozen,
                    "splitRow": ctrl.getSplitRow() if frozen else 0,
                    "landscape": bool(style.IsLandscape),
                    "pagesWide": style.ScaleToPagesX,
                    "links": links,
                }
            )
            doc.close(True)
    finally:
        try:
            desktop.terminate()
        except Exception:
            pass
        try:
            proc.wait(timeout=30)
        except Exception:
            proc.kill()
    print(json.dumps(out))


if __name__ == "__main__":
    main()
