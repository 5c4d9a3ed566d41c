"""The NLU throughput benchmark's reference row: the issue's reference pipeline timed on the
same machine, and the rates scaled by it to the machine the target was set on."""

from benchmarks.nlu_throughput import REFERENCE_RATE, _cut, _table, machine_factor


def _row(cpu_best):
    return {"best": cpu_best, "median": cpu_best, "runs": [cpu_best], "load": "0 0 0",
            "cpu_best": cpu_best}


def _result(reference_cpu):
    return {"rows": {"en": {"single": _row(200.0), "batch": _row(250.0)},
                     "zh": {"single": _row(100.0), "batch": _row(90.0)}},
            "mean_chars": {"en": 1000, "zh": 990}, "batch_size": 64, "pipeline_build_s": 1.0,
            "tracemalloc_peak_mb": 1.0, "maxrss_mb": 100.0, "notes_per_language": 10,
            "repeats": 1, "pinned": "cpu 0", "load_start": "0", "load_end": "0",
            "reference": _row(reference_cpu), "reference_chars": 650}


def test_machine_factor_is_the_reference_rate_over_the_issues_figure():
    assert machine_factor(_result(REFERENCE_RATE / 2)) == 0.5


def test_table_scales_the_best_cpu_rate_of_each_language_by_the_machine_factor():
    table = _table(_result(REFERENCE_RATE / 2))
    assert "machine factor (reference pipeline here / 780): 0.50" in table
    assert "en 500, zh 200" in table  # max(200, 250) / 0.5, max(100, 90) / 0.5


def test_table_without_a_reference_row_has_no_scaled_figures():
    result = _result(1.0)
    del result["reference"]
    assert "machine factor" not in _table(result)


def test_cut_ends_a_note_at_a_full_stop_near_the_length():
    text = "a" * 500 + ". " + "a" * 120 + ". " + "b" * 100 + ". tail"
    assert _cut(text, 650) == "a" * 500 + ". " + "a" * 120 + "."  # first stop from 610 on
    assert _cut("short note.", 650) == "short note."
    assert _cut("x" * 700, 650) == "x" * 700  # no full stop: the whole note
