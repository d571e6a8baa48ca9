"""The published JSON Schema of the interchange format describes what ``ntm dump`` writes."""

from __future__ import annotations

import copy
import json

import jsonschema
import pytest

from ntm_desktop.core.errors import ValidationError as NtmValidationError
from ntm_desktop.paths import resource
from ntm_desktop.store import interchange


@pytest.fixture(scope="module")
def schema():
    return json.loads(resource("schemas", "interchange.schema.json").read_text(encoding="utf-8"))


def test_demo_and_sample_dumps_validate(schema, sample_wb):
    jsonschema.Draft202012Validator.check_schema(schema)
    demo = json.loads(resource("demo", "demo-commune.json").read_text(encoding="utf-8"))
    jsonschema.validate(demo, schema)
    jsonschema.validate(json.loads(interchange.dump_bytes(sample_wb)), schema)


@pytest.mark.parametrize("mutate", [
    lambda d: d.update(format="ntm-workbook/2"),
    lambda d: d["tables"].update(unknown=[]),
    lambda d: d["tables"]["village"][0].update(colour="xanh"),
    lambda d: d["tables"]["contribution"][0].update(kind="vàng"),
    lambda d: d["tables"]["contribution"][0].pop("date"),
])
def test_schema_rejects_what_load_rejects(schema, sample_wb, mutate):
    doc = json.loads(interchange.dump_bytes(sample_wb))
    bad = copy.deepcopy(doc)
    mutate(bad)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, schema)
    with pytest.raises(NtmValidationError):  # the loader refuses it too
        interchange.validate_document(sample_wb, bad)
