"""The factors of one phrase come from one sentence (Study 2's frame and word): a factor
read only in a sentence that revises, where the other factor is read only elsewhere, is
put together from two sentences and is no answer."""

from __future__ import annotations

from .readers import Found


def refuse_factors_read_apart(
    fields, revisions: list[tuple[int, int]], findings: dict[str, list[Found]]
) -> dict[str, str]:
    """The fields whose reading is refused, each with its reason: of two factors of one
    option set, the one read only inside sentences that revise ("The answer is terrible.
    Actually, it's the only honest option": "it's" reads as a frame) while the other is
    read only outside them. That sentence gives no phrase of the set, only a factor's
    words, and the fields would come from two sentences; the other factor's reading
    stays."""
    refused = {}
    factors = [f for f in fields if "factor" in f.params and findings.get(f.name)]
    for f in factors:
        read = findings[f.name]
        spans = [(a, b) for a, b in revisions if any(a <= x.start < b for x in read)]
        if not spans or not all(any(a <= x.start < b for a, b in spans) for x in read):
            continue
        others = [
            g
            for g in factors
            if g is not f and g.params.get("option_set") == f.params.get("option_set")
        ]
        if others and all(
            not any(a <= x.start < b for a, b in spans) for g in others for x in findings[g.name]
        ):
            refused[f.name] = (
                f"{f.name}: read only in a sentence that revises and gives no whole phrase, "
                "the other factor in another sentence"
            )
    return refused


def refuse_phrase_given_twice(
    fields, spans: list[tuple[int, int]], findings: dict[str, list[Found]]
) -> dict[str, str]:
    """The factors refused, each with its reason, of an answer given again after its
    commentary ("Answer: It was bad. Explanation: ... Final answer: It wasn't bad."; the
    spans of sections.answer_proper): where the two phrases differ in one factor, every
    factor of the set is refused, the one they share too. Both come from one sentence, and
    the answer gives two (a self-correction)."""
    if len(spans) < 2:
        return {}
    factors = [f for f in fields if "factor" in f.params and findings.get(f.name)]

    def values_in(f, span: tuple[int, int]) -> set:
        return {x.value for x in findings[f.name] if span[0] <= x.start < span[1]}

    refused = {}
    for f in factors:
        first, later = values_in(f, spans[0]), values_in(f, spans[-1])
        if first and later and first != later:
            for g in factors:
                if g.params.get("option_set") == f.params.get("option_set"):
                    refused[g.name] = (
                        f"{g.name}: the answer is given again after its commentary with "
                        "another phrase"
                    )
    return refused
