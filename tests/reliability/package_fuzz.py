"""Mutations of real packages for the reader fuzz: whole-file bytes, a part's XML, single cells.
Each case is rebuilt from its seed, so a failing case can be written out and read again."""
from __future__ import annotations

import io
import random
import re
import zipfile

JUNK_NUMBERS = ["", "-", "abc", "1e5", "1E-7", "-0", "0x1F", "1,5", "1.234,5", "١٢٣", "nan", "inf", "-inf",
                "NaN", "Infinity", "1_000", " 12 ", "12%", "1e", ".", "+.5", "0.0000000001", "-1", "99999999999999"]
# Numbers past 15 significant digits or 10^15 are not fuzzed: covered by issue 9 number rule.
JUNK_TEXT = ["", " ", "=1+1", "#DIV/0!", "#N/A", "TRUE", "\u00a0", "😀" * 3, "a" * 3000, "<>&", "'", "12,5",
             "DINA", "9999", "-5", "1.5.5", "2026-13-45", "R1C1"]
CELL_KINDS = ["s", "n", "b", "e", "str", "inlineStr", "d", "formula", "formula_cached", "bad_ref", "bad_style", "empty"]


def _element_spans(xml: str) -> list[tuple[int, int]]:
    spans = [m.span() for m in re.finditer(r"<(\w[\w:]*)\b[^>]*/>", xml)]
    spans += [m.span() for m in re.finditer(r"<(\w[\w:]*)\b[^>]*>[^<]*</\1>", xml)]
    return spans


def mutate_bytes(data: bytes, rng: random.Random) -> bytes:
    b = bytearray(data)
    kind = rng.choice(["flip", "truncate", "insert", "zero", "duplicate"])
    if kind == "flip":
        for _ in range(rng.randint(1, 8)):
            b[rng.randrange(len(b))] = rng.randrange(256)
    elif kind == "truncate":
        del b[rng.randrange(len(b)):]
    elif kind == "insert":
        at = rng.randrange(len(b))
        b[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 64)))
    elif kind == "zero":
        at = rng.randrange(len(b))
        b[at:at + rng.randint(1, 512)] = b"\0" * len(b[at:at + 512])
    else:
        at, size = rng.randrange(len(b)), rng.randint(1, 256)
        b[at:at] = b[at:at + size]
    return bytes(b)


def mutate_xml(xml: str, rng: random.Random) -> str:
    kind = rng.choice(["flip", "drop", "duplicate", "attribute", "text", "truncate", "insert"])
    if kind == "flip":
        chars = list(xml)
        for _ in range(rng.randint(1, 5)):
            chars[rng.randrange(len(chars))] = rng.choice('<>/"=&;#x0aZ \n')
        return "".join(chars)
    if kind == "truncate":
        return xml[:rng.randrange(len(xml))]
    if kind == "insert":
        at = rng.randrange(len(xml))
        return xml[:at] + rng.choice(["<x/>", "<c r=\"A1\"><v>1</v></c>", "<row r=\"7\"/>", "<!-- -->", "&amp;",
                                      "<![CDATA[x]]>", "<sheetData/>", "<mergeCell ref=\"A1:ZZ9\"/>"]) + xml[at:]
    spans = _element_spans(xml)
    if not spans:
        return xml[::-1]
    start, end = rng.choice(spans)
    element = xml[start:end]
    if kind == "drop":
        return xml[:start] + xml[end:]
    if kind == "duplicate":
        return xml[:end] + element + xml[end:]
    if kind == "attribute":
        attrs = list(re.finditer(r'(\w[\w:]*)="([^"]*)"', element))
        if attrs:
            a = rng.choice(attrs)
            value = rng.choice(JUNK_NUMBERS + ["A0", "ZZZZZ1", "XFD1048577", "A1:B", "-1", "4294967296", "rId99"])
            element = element[:a.start(2)] + value + element[a.end(2):]
        return xml[:start] + element + xml[end:]
    inner = re.search(r">([^<]*)<", element)
    if inner:
        value = rng.choice(JUNK_NUMBERS + JUNK_TEXT).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        element = element[:inner.start(1)] + value + element[inner.end(1):]
    return xml[:start] + element + xml[end:]


def mutate_cell(xml: str, rng: random.Random) -> str:
    cells = list(re.finditer(r'<c r="([A-Z]+\d+)"([^>]*?)(/>|>.*?</c>)', xml, re.S))
    if not cells:
        return xml
    m = rng.choice(cells)
    ref, kind = m.group(1), rng.choice(CELL_KINDS)
    style = re.search(r' s="\d+"', m.group(2))
    s = style.group(0) if style else ""
    number = rng.choice(JUNK_NUMBERS)
    text = rng.choice(JUNK_TEXT).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    new = {
        "s": f'<c r="{ref}"{s} t="s"><v>{rng.choice(["0", "5", "-1", "99999", "abc", ""])}</v></c>',
        "n": f'<c r="{ref}"{s}><v>{number}</v></c>',
        "b": f'<c r="{ref}"{s} t="b"><v>{rng.choice(["0", "1", "2", "x"])}</v></c>',
        "e": f'<c r="{ref}"{s} t="e"><v>{rng.choice(["#DIV/0!", "#REF!", "#WHAT", ""])}</v></c>',
        "str": f'<c r="{ref}"{s} t="str"><v>{text}</v></c>',
        "inlineStr": f'<c r="{ref}"{s} t="inlineStr"><is><t>{text}</t></is></c>',
        "d": f'<c r="{ref}"{s} t="d"><v>{rng.choice(["2026-01-01", "2026-13-45", "x", "1"])}</v></c>',
        "formula": f'<c r="{ref}"{s}><f>SUM(A1:A2)</f></c>',
        "formula_cached": f'<c r="{ref}"{s}><f>1/0</f><v>{number}</v></c>',
        "bad_ref": f'<c r="{rng.choice(["A0", "XFE1", "A1048577", "1A", "", "AAAAA1"])}"{s}><v>1</v></c>',
        "bad_style": f'<c r="{ref}" s="{rng.choice(["999", "-1", "x"])}"><v>1</v></c>',
        "empty": f'<c r="{ref}"{s}/>',
    }[kind]
    return xml[:m.start()] + new + xml[m.end():]


def rezip(data: bytes, part_filter, mutate, rng: random.Random) -> bytes:
    """The same archive with one part (chosen among those part_filter accepts) mutated."""
    with zipfile.ZipFile(io.BytesIO(data)) as zin:
        names = [n for n in zin.namelist() if part_filter(n)]
        target = rng.choice(names)
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
            for info in zin.infolist():
                body = zin.read(info)
                if info.filename == target:
                    body = mutate(body.decode("utf-8", "replace"), rng).encode("utf-8")
                zout.writestr(info.filename, body)
    return out.getvalue()


def case(base: bytes, kind: str, rng: random.Random) -> bytes:
    if kind == "bytes":
        return mutate_bytes(base, rng)
    if kind == "xml":
        return rezip(base, lambda n: n.endswith((".xml", ".rels")), mutate_xml, rng)
    return rezip(base, lambda n: n.startswith("xl/worksheets/sheet") or n == "xl/sharedStrings.xml",
                 lambda xml, r: mutate_cell(xml, r) if "<c " in xml else mutate_xml(xml, r), rng)
