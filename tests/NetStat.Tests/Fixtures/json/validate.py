#!/usr/bin/python3
"""Reads NDJSON (one netstat --json document per line) on stdin, parses each line strictly
(no control characters inside strings, valid UTF-8) and validates it against the schema.
Prints "valid N" and exits 0, or prints the first problems and exits 1.

Usage: validate.py SCHEMA
"""
import json, sys
import jsonschema

schema = json.load(open(sys.argv[1], encoding="utf-8"))
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)
data = sys.stdin.buffer.read()
try:
    text = data.decode("utf-8", errors="strict")
except UnicodeDecodeError as e:
    print("invalid UTF-8:", e)
    sys.exit(1)
count = 0
for line in text.split("\n"):
    if not line:
        continue
    doc = json.loads(line, strict=True)
    errors = list(validator.iter_errors(doc))
    # The root is a oneOf (listing or change event): best_match names the deepest cause.
    for e in errors[:5]:
        e = jsonschema.exceptions.best_match([e])
        print("INVALID at", list(e.absolute_path), ":", e.message[:300])
    if errors:
        sys.exit(1)
    count += 1
if not text.endswith("\n"):
    print("document does not end with a newline")
    sys.exit(1)
print("valid", count)
