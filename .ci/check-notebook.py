#!/usr/bin/env python3
"""Checks a freshly executed notebook against the committed one.

usage: check-notebook.py COMMITTED.ipynb EXECUTED.ipynb

Fails (exit 1) when the executed notebook has any error output (an `error` output or a stderr stream) or when its code
cells or their outputs differ from the committed ones. Execution counts, cell ids, metadata and timings are ignored,
and so are the two values the .NET Interactive kernel varies between runs: the HTTP port context in its startup script
and the NuGet packages folder in its "Loading extension script" line. Images (image/png, as matplotlib draws them in
the Python notebook) are compared by their pixel size only: their bytes vary with the font and library versions of
the machine, while the tables and text around them are compared exactly.
"""
import base64
import difflib
import json
import re
import struct
import sys

VOLATILE = [
    (re.compile(r"context: '\d+\.Microsoft\.DotNet\.Interactive\.Http\.HttpPort'"), "context: 'N.Microsoft.DotNet.Interactive.Http.HttpPort'"),
    (re.compile(r"Loading extension script from `[^`]*/(ceasefire\.domain\.interactive/)", re.IGNORECASE), r"Loading extension script from `<packages>/\1"),
]


def text(value):
    return "".join(value) if isinstance(value, list) else (value or "")


def normalise(value):
    for pattern, replacement in VOLATILE:
        value = pattern.sub(replacement, value)
    return value.replace("\r\n", "\n")


def image(mime, data):
    """A PNG's mime type and pixel size (from its IHDR chunk), or its mime type and length for another image."""
    raw = base64.b64decode(text(data))
    if mime == "image/png" and raw[:8] == b"\x89PNG\r\n\x1a\n" and len(raw) >= 24:
        width, height = struct.unpack(">II", raw[16:24])
        return f"{mime} {width}x{height} pixels"
    return f"{mime} ({'empty' if not raw else 'not compared'})"


def outputs(cell):
    result = []
    for output in cell.get("outputs", []):
        kind = output["output_type"]
        if kind == "stream":
            result.append(f"[stream {output.get('name')}]\n" + normalise(text(output.get("text"))))
        elif kind in ("display_data", "execute_result"):
            for mime, data in sorted(output.get("data", {}).items()):
                if mime.startswith("image/") and mime != "image/svg+xml":
                    result.append(f"[{kind} {mime}]\n" + image(mime, data))
                    continue
                body = json.dumps(data, sort_keys=True) if isinstance(data, dict) else text(data)
                result.append(f"[{kind} {mime}]\n" + normalise(body))
        elif kind == "error":
            result.append(f"[error {output.get('ename')}] {output.get('evalue')}")
    return result


def errors(notebook):
    found = []
    for index, cell in enumerate(notebook["cells"]):
        for output in cell.get("outputs", []):
            if output["output_type"] == "error":
                found.append(f"cell {index}: {output.get('ename')}: {output.get('evalue')}")
            elif output["output_type"] == "stream" and output.get("name") == "stderr":
                found.append(f"cell {index}: stderr: {text(output.get('text')).strip()[:300]}")
    return found


def main(committed_path, executed_path):
    with open(committed_path, encoding="utf-8") as f:
        committed = json.load(f)
    with open(executed_path, encoding="utf-8") as f:
        executed = json.load(f)
    problems = [f"{executed_path}: error output: {e}" for e in errors(executed)]
    problems += [f"{committed_path}: committed error output: {e}" for e in errors(committed)]
    code = lambda nb: [c for c in nb["cells"] if c["cell_type"] == "code"]
    ours, theirs = code(committed), code(executed)
    if len(ours) != len(theirs):
        problems.append(f"{committed_path}: {len(ours)} code cells, the executed copy has {len(theirs)}")
    for index, (a, b) in enumerate(zip(ours, theirs)):
        if text(a["source"]) != text(b["source"]):
            problems.append(f"{committed_path}: code cell {index} source differs from the executed copy")
            continue
        left, right = "\n".join(outputs(a)), "\n".join(outputs(b))
        if left != right:
            diff = "\n".join(list(difflib.unified_diff(left.split("\n"), right.split("\n"), "committed", "fresh run", lineterm="", n=1))[:40])
            problems.append(f"{committed_path}: code cell {index} outputs differ from a fresh run (re-run the notebook and commit it):\n{diff}")
        if not a.get("outputs"):
            problems.append(f"{committed_path}: code cell {index} is committed without outputs")
    for problem in problems:
        print(problem, file=sys.stderr)
    if not problems:
        print(f"notebook OK: {committed_path}: {len(ours)} code cells, no error output, outputs match a fresh run")
    return 1 if problems else 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1], sys.argv[2]))
