"""Fill a package in LibreOffice Calc through UNO and save it as .xlsx, like a person would.

Run with the system Python that has `uno`:  python3 calc_fill.py IN.xlsx OUT.xlsx PIPE_NAME CELL=VALUE...
A value that parses as a number is set as a number; `'text` sets text. Soffice must be listening on
the pipe (the test starts it).
"""
import sys
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def connect(pipe):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(300):
        try:
            return resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        except Exception:
            time.sleep(0.2)
    raise SystemExit("soffice did not answer")


def main():
    src, dst, pipe, *assignments = sys.argv[1:]
    ctx = connect(pipe)
    desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(src), "_blank", 0, (prop("Hidden", True),))
    try:
        sheet = doc.Sheets.getByName("Isian")
        for item in assignments:
            ref, value = item.split("=", 1)
            cell = sheet.getCellRangeByName(ref)
            if value.startswith("'"):
                cell.setString(value[1:])
            else:
                cell.setValue(float(value))
        doc.storeToURL(uno.systemPathToFileUrl(dst), (prop("FilterName", "Calc MS Excel 2007 XML"),))
    finally:
        doc.close(True)
    try:
        desktop.terminate()
    except Exception:
        pass


main()
