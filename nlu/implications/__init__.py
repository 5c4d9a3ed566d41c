"""The implication passes: how ConText's statuses and the findings read from the targets become
the findings of a note beyond "one span, one concept" (lists negated as a whole, tests read
negative through their result, an oedema word that belongs to the optic disc, a normal skin
examination, a finding restated in doubt, a negation that closes the note).

Each pass lives in its own module and reads its rules from ``nlu/rules/implications.yml``
(:func:`implication_rules`); :mod:`nlu.extractor` calls them in a fixed order."""

from nlu.implications.absent_needs import absent_needs
from nlu.implications.bilateral import bilateral
from nlu.implications.doubt import restated_in_doubt
from nlu.implications.form_answers import form_answers
from nlu.implications.heading_answer import heading_answers
from nlu.implications.immobility import immobility_in_context
from nlu.implications.isotype import isotype_finding
from nlu.implications.label_heading import label_headings
from nlu.implications.lists import list_statuses
from nlu.implications.members import members_absent_together
from nlu.implications.monoclonal_doubt import doubtful_results
from nlu.implications.normal_list import normal_lists, stretches
from nlu.implications.normal_scan import normal_scans
from nlu.implications.not_done_list import not_done_lists
from nlu.implications.undone_list import undone_lists
from nlu.implications.valued_tests import valued_tests
from nlu.implications.note_end import cause_ruled_out_at_note_end, negate_at_note_end
from nlu.implications.own_value import own_values
from nlu.implications.past_heading import past_headings
from nlu.implications.rules import ImplicationRules, implication_rules
from nlu.implications.status import forward_negation, queried_negation, resolved, span_status

__all__ = [
    "ImplicationRules", "absent_needs", "bilateral", "cause_ruled_out_at_note_end", "doubtful_results", "form_answers", "forward_negation", "heading_answers",
    "immobility_in_context", "implication_rules", "isotype_finding", "label_headings", "list_statuses",
    "members_absent_together", "negate_at_note_end", "normal_lists", "stretches", "not_done_lists", "undone_lists", "valued_tests", "normal_scans", "own_values", "past_headings", "queried_negation", "resolved", "restated_in_doubt",
    "span_status",
]
