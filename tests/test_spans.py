"""Every span of every kind satisfies text[start:end] == span.text, on varied input."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import dateline
from dateline.schema import validator

WORDS = ["Washington", "said", "on", "Tuesday", "that", "the", "US", "will", "meet", "Taliban",
         "officials", "in", "Doha", "next", "week", "$9.5 billion", "nearly", "3.5 million",
         "Afghans", "\u201cwe will talk,\u201d", "he", "warned", "Pakistan", "last", "month",
         "Prime", "Minister", "Imran", "Khan", "'", "\"", ",", ".", "\n", "\n\n", "  ", "\t",
         "é", "\u200b", "\u05e9\u05dc\u05d5\u05dd", "\U0001f600", "—", "(AFP)", "2021-11-24",
         "five", "percent", "of", "the", "summer", "Kabul", "U.N.", "envoy", "He"]

articles = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=8)), min_size=0,
                    max_size=60).map(" ".join)

_validate = validator()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=articles, clean=st.booleans())
def test_all_spans_align_and_documents_validate(text, clean):
    doc = dateline.annotate(text, published="2021-11-24", clean=clean, format="text")
    assert doc.misaligned() == []
    assert not list(_validate.iter_errors(doc.as_dict()))
    if not clean:
        assert doc.text == text
