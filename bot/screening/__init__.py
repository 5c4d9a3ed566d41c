"""Batch screening of referral notes (issue 7): find the POEMS patients hidden among CIDP and
"neuropathy of unknown cause" patients.

One job per module:

* ``readers``  - JSON Lines, CSV or a folder of ``.txt`` files -> :class:`readers.Item` rows;
* ``runner``   - note -> ``Assessment.contract()`` row, in chunks, in-process, on a process pool or
  on a Dask cluster, written incrementally, resumable;
* ``summary``  - counts by verdict and the ranked flagged patients with their next test;
* ``report_html`` / ``report_csv`` - a report a department can open.

Referral text is health data: error rows, the summary and the reports never contain note text.
"""
