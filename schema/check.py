#!/usr/bin/env python3
"""Validates a JSON export of ketamine-facts against schema/knowledge-base.schema.json.

Usage: python3 schema/check.py SCHEMA EXPORT

Needs the `jsonschema` package (.ci/run installs it into a virtual environment).
Checks, with JSON Schema draft 2020-12 and its date format:

1. the schema is itself a valid draft 2020-12 schema;
2. the export validates against it;
3. copies of the export with one field renamed (`facts[0].summary` to
   `facts[0].summery`) or one field added at the top level do NOT validate,
   each failing at the object changed, so the schema really is closed.

Exits with status 1, naming what went wrong, when any of these does not hold.
"""

import copy
import json
import sys

from jsonschema import Draft202012Validator


def where(error):
    """The path of a validation error, as `$.facts[0].summary`."""
    return where_path(error.absolute_path)


def where_path(path):
    """A path given as a list of keys and indices, as `facts[0]`."""
    out = "$"
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else f".{part}"
    return out


def renamed(record, old, new):
    """A copy of `record` with the key `old` renamed to `new`, in place in the key order."""
    return {(new if key == old else key): value for key, value in record.items()}


def main(schema_path, export_path):
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    with open(export_path, encoding="utf-8") as f:
        export = json.load(f)

    Draft202012Validator.check_schema(schema)
    validator = Draft202012Validator(
        schema, format_checker=Draft202012Validator.FORMAT_CHECKER
    )

    failed = False
    errors = sorted(validator.iter_errors(export), key=lambda e: list(e.absolute_path))
    for error in errors[:20]:
        print(f"schema: the export does not validate at {where(error)}: {error.message}")
    if errors:
        print(f"schema: {len(errors)} error(s): the export does not validate against {schema_path}")
        failed = True
    else:
        print(f"schema: {export_path} validates against {schema_path}")

    # Each of these must fail at the object changed: a stale or open schema
    # would let them through.
    bad = []
    if export.get("facts"):
        spelled = copy.deepcopy(export)
        spelled["facts"][0] = renamed(spelled["facts"][0], "summary", "summery")
        bad.append(("facts[0].summary renamed to facts[0].summery", spelled, ["facts", 0]))
    else:
        print("schema: the export has no facts to rename a field of")
        failed = True
    extra = copy.deepcopy(export)
    extra["unknown_field"] = True
    bad.append(("a top-level field added", extra, []))

    for what, document, at in bad:
        found = [e for e in validator.iter_errors(document) if list(e.absolute_path) == at]
        if found:
            print(f"schema: as expected, an export with {what} does not validate "
                  f"({where(found[0])}: {found[0].message})")
        else:
            print(f"schema: an export with {what} is not refused at {where_path(at)}, but must be")
            failed = True

    return 1 if failed else 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2]))
