"""Validates a FHIR Bundle written by `cargo run --example fhir` with the Python
library fhir.resources, the way a clinic system's FHIR client would read it.

Usage: python fhir_check.py r4|r4b|r5 BUNDLE.json

Run it in a virtual environment holding the fhir.resources release of that
FHIR version (.ci/run makes them): 6.4.0 for R4 (4.0.1; 6.5.0 moved to R4B),
and 8.x for R5 (5.0.0, whose top-level package is R5) and for R4B (4.3.0,
its subpackage `R4B`, which reads the R4 Bundle too). Checks:

1. the library is the release expected for the version (its __fhir_version__);
2. the Bundle parses and validates, every entry with its own resource model,
   and prints how many resources of each type it holds;
3. copies of the Bundle that break it do NOT validate: a renamed field
   (`status` to `statuss` in a MedicationKnowledge), and an element of the
   other release (R5's `Substance.instance` boolean in R4; R4's
   `MedicationKnowledge.administrationGuidelines` in R5). So a client that
   validates really looks at the shapes the crate writes.

Exits with status 1, naming what went wrong, when any of these does not hold.
"""

import collections
import copy
import json
import sys

import importlib

EXPECTED = {"r4": "4.0.1", "r4b": "4.3.0", "r5": "5.0.0"}
PACKAGE = {"r4": "fhir.resources", "r4b": "fhir.resources.R4B", "r5": "fhir.resources"}
Bundle = None


def validate(document):
    """Parses a Bundle with the installed release (pydantic 1 or 2 API)."""
    if hasattr(Bundle, "model_validate"):
        return Bundle.model_validate(document)
    return Bundle.parse_obj(document)


def first(document, resource_type):
    for entry in document["entry"]:
        if entry["resource"]["resourceType"] == resource_type:
            return entry["resource"]
    raise SystemExit(f"fhir: the bundle has no {resource_type}")


def renamed(record, old, new):
    return {(new if key == old else key): value for key, value in record.items()}


def main(version, path):
    global Bundle
    package = importlib.import_module(PACKAGE[version])
    Bundle = importlib.import_module(PACKAGE[version] + ".bundle").Bundle
    library = importlib.import_module("fhir.resources").__version__
    release = package.__fhir_version__
    print(f"fhir: {PACKAGE[version]} ({library}), FHIR {release}")
    if release != EXPECTED[version]:
        print(f"fhir: expected FHIR {EXPECTED[version]} for {version}, the library is {release}")
        return 1
    with open(path, encoding="utf-8") as f:
        document = json.load(f)

    try:
        bundle = validate(document)
    except Exception as error:  # pydantic's ValidationError, or a type error
        print(f"fhir: {path} does not validate as a FHIR {release} Bundle:\n{error}")
        return 1
    counts = collections.Counter(type(entry.resource).__name__ for entry in bundle.entry)
    print(f"fhir: {path} validates as a FHIR {release} Bundle of type {bundle.type}, "
          f"{len(bundle.entry)} resources:")
    for resource_type, count in sorted(counts.items()):
        print(f"  {resource_type}: {count}")
    if len(bundle.entry) != len(document["entry"]):
        print("fhir: the library lost entries")
        return 1

    bad = []
    spelled = copy.deepcopy(document)
    for entry in spelled["entry"]:
        if entry["resource"]["resourceType"] == "MedicationKnowledge":
            entry["resource"] = renamed(entry["resource"], "status", "statuss")
            break
    bad.append(("MedicationKnowledge.status renamed to statuss", spelled))
    other = copy.deepcopy(document)
    if version in ("r4", "r4b"):
        first(other, "Substance")["instance"] = False
        bad.append(("an R5 Substance.instance boolean", other))
    else:
        first(other, "MedicationKnowledge")["administrationGuidelines"] = [
            {"indicationCodeableConcept": {"text": "an R4 element"}}
        ]
        bad.append(("an R4 MedicationKnowledge.administrationGuidelines", other))

    failed = False
    for what, broken in bad:
        try:
            validate(broken)
        except Exception as error:
            where = "; ".join(line.strip() for line in str(error).splitlines()[:3])
            print(f"fhir: as expected, a bundle with {what} does not validate ({where})")
        else:
            print(f"fhir: a bundle with {what} validates: the check is too lax")
            failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] not in EXPECTED:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2]))
