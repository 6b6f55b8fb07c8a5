# dateline — every target sets itself up on a fresh machine.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
SHARED ?= ../shared

.PHONY: install demo test bench bench-extract bench-time bench-places bench-actors bench-quotes \
        bench-events train-events train-coref train-ingest train-quotes train-places bench-corpus bench-web fuzz clean whoswho wikinews-coref petrarch-verbs

$(VENV)/.installed: pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "dateline needs Python >= 3.11 (set PYTHON=python3.11)")'
	@echo "Creating $(VENV) and installing dateline with its dependencies (spaCy, DuckDB, Ray, ...): a few minutes, once."
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	touch $@

# A worktree whose $(VENV) is a link to another checkout's environment uses it as it is: rebuilding
# it there (its pyproject.toml is newer after a checkout) would re-point the shared editable install.
install:
	@if [ -L $(VENV) ] && [ -x $(PY) ]; then :; else $(MAKE) --no-print-directory $(VENV)/.installed; fi

demo: install
	$(VENV)/bin/dateline ingest samples/seed-article.txt samples/wikinews/wikinews.jsonl --db demo.duckdb
	$(VENV)/bin/dateline stats --db demo.duckdb --articles 5
	@echo "Browse it: $(VENV)/bin/dateline serve --db demo.duckdb, then open http://127.0.0.1:8000/"

test: install
	$(PY) -m pytest -q

bench-extract: install
	$(PY) benchmarks/bench_extract.py --shared $(SHARED)
bench-time: install
	$(PY) benchmarks/bench_time.py --shared $(SHARED)
bench-places: install
	$(PY) benchmarks/bench_places.py --shared $(SHARED)
# The places resolver's weights from the tune halves of LGL and TR-News (parses cached in
# .cache/places/); `--check` instead exits 1 unless the shipped file is what the fit gives.
train-places: install
	nice -n 10 $(PY) training/places/train_resolver.py --shared $(SHARED)
bench-actors: install
	$(PY) benchmarks/bench_actors.py --shared $(SHARED)
# The actors' pronoun antecedent ranker from the tune halves of GUM dev and the project's Wikinews
# coreference labels; written only where it beats the hand weights on held-out tune documents.
train-coref: install
	nice -n 10 $(PY) training/actors/train_coref.py --shared $(SHARED)
bench-quotes: install
	$(PY) benchmarks/bench_quotes.py --shared $(SHARED)
# The quotes stage's attribution model from PolNeAR train (parses cached in .cache/quotes/), then its
# edge and source models from the stage's output on train (training/quotes/edges.py).
# The `train` extra's requirements alone (scipy), read from pyproject.toml: `pip install -e '.[train]'`
# would also re-point the environment's editable dateline at this checkout, and a worktree's .venv is
# often another checkout's, shared (robust20).
train-quotes: install
	@mkdir -p .cache
	$(PY) -c 'import tomllib; print("\n".join(tomllib.load(open("pyproject.toml", "rb"))["project"]["optional-dependencies"]["train"]))' > .cache/train-requirements.txt
	$(PY) -m pip install -q -r .cache/train-requirements.txt
	nice -n 10 $(PY) training/quotes/train.py --shared $(SHARED) --final --save-fit .cache/quotes/fit
	nice -n 10 $(PY) training/quotes/edges.py --shared $(SHARED) --fit-model .cache/quotes/fit
train-ingest: install
	nice -n 10 $(PY) training/ingest/train.py --shared $(SHARED)
train-events: install
	nice -n 10 $(PY) training/events/train.py --shared $(SHARED)
bench-events: install
	$(PY) benchmarks/bench_events.py --shared $(SHARED)
bench-corpus: install
	$(PY) benchmarks/bench_corpus.py --shared $(SHARED)
bench-web: install
	$(PY) benchmarks/bench_web.py --shared $(SHARED)
bench: install
	$(PY) benchmarks/bench_speed.py --shared $(SHARED)
fuzz: install
	$(PY) -m pip install -q -e '.[fuzz]'
	$(PY) benchmarks/fuzz.py --runs 10000

clean:
	rm -rf $(VENV) build *.egg-info demo.jsonl demo.duckdb .pytest_cache .hypothesis

# The actors stage's dated who's-who from the Phoenix dictionaries in ../shared (MIT), and the
# project's Wikinews coreference labels with offsets (training/actors/).
whoswho:
	$(PY) training/actors/build_whoswho.py --phoenix $(SHARED)/data/actors/phoenix
wikinews-coref:
	$(PY) training/actors/build_wikinews_coref.py
# The event lexicon's fallback verb readings from PETRARCH2's CAMEO verb dictionary (MIT, shipped in
# training/events/petrarch/); retrain the events model after (make train-events).
petrarch-verbs:
	$(PY) training/events/build_petrarch_verbs.py
