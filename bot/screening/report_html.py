"""A self-contained HTML report: counts, an inline SVG chart of verdict counts, and one row per
patient (flagged first, ranked) with verdict, criteria, missing tests and the values read from the
note and set aside (not used), in the note's language.

No external assets (no scripts, fonts, stylesheets or images), so the file opens offline and can
be mailed inside a hospital. Every piece of text (ids, error reasons, labels) is escaped. No note
text is included.
"""

from __future__ import annotations

import html
from datetime import datetime
from typing import Dict, List, Sequence, Tuple

from bot.criteria import CRITERIA_IDS, config
from bot.screening.summary import ERROR, VERDICTS, Record, Summary, rank_key, readable_test

COLOURS = {
    "meets_criteria": "#b2182b",
    "suspected": "#ef8a62",
    "possible": "#f4c542",
    "unlikely": "#67a9cf",
    ERROR: "#999999",
}
STATE_MARK = {"present": "✔", "absent": "✘", "unknown": "?"}

STYLE = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans CJK SC",sans-serif;margin:2em;color:#222}
h1{font-size:1.4em}h2{font-size:1.15em;margin-top:1.6em}
table{border-collapse:collapse;font-size:.85em}
th,td{border:1px solid #ccc;padding:.25em .45em;text-align:left;vertical-align:top}
th{background:#f2f2f2;position:sticky;top:0}
td.c{text-align:center}
td.present{background:#fddbc7}td.absent{background:#e0e0e0;color:#666}td.unknown{color:#999}
.v-meets_criteria{color:#b2182b;font-weight:bold}.v-suspected{color:#d6604d;font-weight:bold}
.v-possible{color:#a67c00}.v-unlikely{color:#2166ac}
.note{color:#555;font-size:.9em;max-width:60em}
"""


def esc(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def chart_svg(counts: Dict[str, int], width: int = 560, bar_height: int = 26) -> str:
    """A horizontal bar chart of counts as inline SVG (escaped labels, no scripts)."""
    keys: List[str] = [k for k in (*VERDICTS, ERROR) if k in counts]
    biggest = max([counts[k] for k in keys] + [1])
    label_w, value_w = 130, 70
    plot_w = width - label_w - value_w
    height = bar_height * len(keys) + 10
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" aria-labelledby="chart-title">',
        '<title id="chart-title">Notes by verdict</title>',
    ]
    for i, key in enumerate(keys):
        y = 5 + i * bar_height
        w = 0 if counts[key] == 0 else max(1, round(plot_w * counts[key] / biggest))
        parts.append(
            f'<text x="{label_w - 6}" y="{y + bar_height * 0.65:.0f}" text-anchor="end" '
            f'font-size="13">{esc(key.replace("_", " "))}</text>'
            f'<rect class="bar" data-verdict="{esc(key)}" x="{label_w}" y="{y + 3}" width="{w}" '
            f'height="{bar_height - 6}" fill="{COLOURS.get(key, "#888")}"/>'
            f'<text x="{label_w + w + 6}" y="{y + bar_height * 0.65:.0f}" font-size="13">{counts[key]}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _criteria_header() -> str:
    defs = config().criteria
    cells = []
    for cid in CRITERIA_IDS:
        label = defs[cid].en if cid in defs else cid
        cells.append(f'<th title="{esc(label)}">{esc(_short(cid))}</th>')
    return "".join(cells)


def _short(cid: str) -> str:
    short = {
        "polyneuropathy": "PN", "monoclonal_plasma_cell_disorder": "M", "castleman": "CD",
        "sclerotic_bone_lesions": "Bone", "vegf_elevated": "VEGF", "organomegaly": "Org",
        "extravascular_volume_overload": "Vol", "endocrinopathy": "Endo", "skin_changes": "Skin",
        "papilledema": "Papill", "thrombocytosis_polycythemia": "Plt/Hb",
    }
    return short.get(cid, cid)


def _patient_row(rank: str, record: Record) -> str:
    cells = [f"<td>{esc(rank)}</td>", f"<td>{esc(record.id)}</td>",
             f'<td class="v-{esc(record.verdict)}">{esc((record.verdict or "").replace("_", " "))}</td>',
             f"<td>{record.strength:.0f}</td>", f"<td>{len(record.against)}</td>"]
    for cid in CRITERIA_IDS:
        state = record.criteria.get(cid, "unknown")
        cells.append(f'<td class="c {esc(state)}" title="{esc(cid)}: {esc(state)}">{STATE_MARK.get(state, "?")}</td>')
    cells.append(f"<td>{esc(readable_test(record.next_test))}</td>")
    cells.append(f"<td>{esc(', '.join(readable_test(t) for t in record.missing))}</td>")
    cells.append("<td>" + "<br>".join(esc(text) for text in record.set_aside) + "</td>")
    return "<tr>" + "".join(cells) + "</tr>"


def _table(rows: Sequence[Tuple[str, Record]]) -> str:
    head = ("<tr><th>rank</th><th>id</th><th>verdict</th><th>strength</th><th>against</th>"
            + _criteria_header() + "<th>next test</th><th>missing tests</th>"
            "<th>values set aside (not used)</th></tr>")
    body = "\n".join(_patient_row(rank, record) for rank, record in rows)
    return f"<table>\n<thead>{head}</thead>\n<tbody>\n{body}\n</tbody>\n</table>"


def render(summary: Summary, title: str = "POEMS screening report", source: str = "") -> str:
    flagged = summary.flagged()
    flagged_ids = {id(r) for r in flagged}
    unread = summary.not_assessed()
    unread_ids = {id(r) for r in unread}
    others = sorted((r for r in summary.records
                     if r.error is None and id(r) not in flagged_ids and id(r) not in unread_ids), key=rank_key)
    errors = summary.errors()
    counts_rows = "".join(
        f"<tr><td>{esc(k.replace('_', ' '))}</td><td>{summary.counts.get(k, 0)}</td></tr>" for k in (*VERDICTS, ERROR)
    )
    legend = " · ".join(f"{esc(_short(c))} = {esc(config().criteria[c].en)}" for c in CRITERIA_IDS)
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(title)}</title><style>{STYLE}</style></head><body>",
        f"<h1>{esc(title)}</h1>",
        f'<p class="note">{esc(summary.total)} notes screened'
        + (f" from {esc(source)}" if source else "")
        + f" on {esc(datetime.now().strftime('%Y-%m-%d %H:%M'))}. Criteria of the 2025 Chinese expert "
        "consensus (表2). Decision support only: it does not diagnose. Flagged patients are ranked "
        "by strength of evidence; points against lower the rank.</p>",
        "<h2>Verdicts</h2>",
        '<div style="display:flex;gap:2em;align-items:flex-start;flex-wrap:wrap">',
        f"<table><thead><tr><th>verdict</th><th>notes</th></tr></thead><tbody>{counts_rows}</tbody></table>",
        f'<figure style="margin:0">{chart_svg(summary.counts)}</figure>',
        "</div>",
        f"<h2>Flagged patients ({len(flagged)})</h2>",
        f'<p class="note">✔ present, ✘ absent, ? unknown. {legend}.</p>',
        _table([(str(i), r) for i, r in enumerate(flagged, start=1)]) if flagged else "<p>None.</p>",
        f"<h2>Other patients ({len(others)})</h2>",
        _table([("", r) for r in others]) if others else "<p>None.</p>",
    ]
    if unread:
        parts += [f"<h2>No criterion read ({len(unread)})</h2>",
                  '<p class="note">Nothing in these notes could be read as a criterion of 表2: nothing is '
                  "ruled out, and they are not ranked. Read them by hand.</p>",
                  _table([("", r) for r in unread])]
    if errors:
        rows = "".join(
            f"<tr><td>{esc(r.id if r.id is not None else '')}</td><td>{esc(r.line if r.line is not None else '')}</td>"
            f"<td>{esc(r.error)}</td></tr>" for r in errors
        )
        parts += [f"<h2>Not screened ({len(errors)})</h2>",
                  f"<table><thead><tr><th>id</th><th>line</th><th>reason</th></tr></thead><tbody>{rows}</tbody></table>"]
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def write_file(summary: Summary, path: str, source: str = "") -> None:
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(render(summary, source=source))
