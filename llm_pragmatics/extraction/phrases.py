"""The phrase reader: which of a closed set of phrases an answer chooses (factors.py reads
one factor of it).

The phrases' forms are in phrase_forms.py, what stands around them in phrase_context.py,
whether one is offered or not (rejected, weighed, supposed, only mentioned) in
phrase_mention.py, an item named by its key or place in phrase_references.py, the choice an
answer marker settles in phrase_marked.py, how sure the only candidate is in
phrase_single.py.
Answer markers ("I'd say", "Answer:") point at the choice; rejected, weighed and
hypothetical phrases are no choice, and a list of candidates is no choice unless one is
marked.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from .answer_markers import (
    ANSWER_LINE,
    ANSWER_MARKER,
    EXPECTED_TO_SAY,
    FORCED,
    pointed_at,
    quote_around,
)
from .conclusions import closing_line, concluded, leaned, ordered_first, ranked_first
from .fields import Field
from .phrase_commitment import (
    PICKED_AFTER,
    answered_yes,
    capped_after,
    given_in_brackets,
    named_by_its_word,
    negated_beside,
    refuse_uncommitted,
    several_phrases,
    several_words_after,
)
from .phrase_context import (
    ALTERNATIVE_AFTER,
    CONDITION_AFTER,
    CONDITIONAL_SENTENCE,
    CORRECTION_BEFORE,
    DISCUSSED_AFTER,
    EXAMPLE_AFTER,
    EXAMPLE_BEFORE,
    FAVOURED_BEFORE,
    HEDGED,
    LESSER_AFTER,
    NOT_SAID_BEFORE,
    OFFERED_BEFORE,
    OFFERED_IF_BEFORE,
    PROMOTED_AFTER,
    QUOTE_LIST_AFTER,
    REJECTED_BEFORE,
    REVISING_WORDS,
    USED_AS_AFTER,
    WEIGHED_AFTER,
    before_a_lesser,
    context_of,
    given_as_answer,
    inside_a_quote,
    list_item,
    said_form,
    sentence_before,
    the_same_offered_after,
)
from .phrase_explained import with_an_explained_choice
from .phrase_forms import (
    ABOUT_ANOTHER_THING_AFTER,
    TASK_NOUN,
    Choice,
    PhraseOption,
    choice_of,
    fill_blank,
    frame_then_word,
    has_an_evaluation,
    in_a_relative_clause,
    of_another_owner,
    one_evaluation,
    options_of,
    overlaps_any,
    phrase_regex,
    slots_filled,
    subjectless_regex,
)
from .phrase_leads import refuse_an_offer_after_the_lead
from .phrase_lists import CHOSEN_AFTER, IN_A_ROW, SHARE_AFTER, SHARE_BEFORE
from .phrase_marked import marked_choice, past_the_answer_line, refuse_another_bare_word
from .phrase_mention import (
    MENTIONED,
    SET_ASIDE,
    SUPPOSED,
    WEIGHED,
    answer_outside_the_set,
    in_a_reply,
    mention_of,
    not_offered,
    not_said_with_another,
    said_by_people_in_her_place,
)
from .phrase_paired_quotes import refuse_a_paired_quote
from .phrase_pointers import PICKED, pointed_back
from .phrase_reactions import refuse_a_bare_evaluation_beside
from .phrase_single import the_only_candidate
from .phrase_utterance import another_word_in_its_utterance
from .readers import CLEAR, LOOSE, Found, Unreadable


@dataclass
class _Mentions:
    """Every phrase a text mentions, in order, and those it offers as alternatives."""

    all: list[Choice] = dataclasses.field(default_factory=list)
    offered: list[Choice] = dataclasses.field(default_factory=list)
    # The choice was named among those offered ("... or ...; answer: bad"): it settles them.
    settled: bool = False
    # A phrase of the set said of someone else's thing stands beside the choice.
    another_thing: bool = False


@lru_cache(maxsize=4096)
def chosen_phrases(text: str, options: tuple[PhraseOption, ...]) -> tuple[Choice, ...]:
    """The phrase the answer chooses (see _chosen_phrases), or the one it marks and then
    explains by comparing the others with it (phrase_explained.py)."""
    return with_an_explained_choice(_chosen_phrases, text, options)


def _chosen_phrases(text: str, options: tuple[PhraseOption, ...]) -> tuple[Choice, ...]:
    """The phrase the answer chooses (none, one, or several when it gives more than one).

    A choice is one only if the answer commits to it: another phrase offered after it ("I'd
    say X ... or she could say Y or Z") or another sentence in the phrases' form given as
    the answer ('he'd say "It was great"') makes it no choice. A choice beside other
    phrases of the set (rejected, weighed, offered) is a loose reading."""
    joined_text, joined = frame_then_word(text, options)
    if joined:
        # read as one sentence, loosely: a layout read by inference
        return tuple(
            replace(c, grade=LOOSE) if any(s <= c.start < e for s, e in joined) else c
            for c in chosen_phrases(joined_text, options)
        )
    mentions = _Mentions()
    chosen = _choose(text, options, mentions)
    if len({c.label for c in chosen}) != 1:
        return chosen
    first = chosen[0]
    if any(another_word_in_its_utterance(text, c, options) for c in chosen):
        raise Unreadable("the sentence said evaluates with several of the words")
    offered_after = [
        o for o in mentions.offered if o.label != first.label and o.start > first.start
    ]
    if offered_after and not mentions.settled:
        raise Unreadable("the answer offers another phrase after its choice")
    # ('It was okay. She might prefer "It was good" though.': two sentences offered)
    refuse_an_offer_after_the_lead(text, [q.span() for q in [quote_around(text, first)] if q])
    refuse_a_paired_quote(text, first)  # '"It was bad" and "It wasn't okay"': two given
    refuse_uncommitted(text, first, mentions.all)
    refuse_another_bare_word(text, first, options)
    refuse_a_bare_evaluation_beside(text, first, options)
    other = answer_outside_the_set(text, options)
    if other:
        raise Unreadable(f"the answer also gives {other!r} as what would be said")
    introduced = _introduced_by(text, first)
    if (
        re.search(r"\b(?:could|might|may)\b", introduced)
        and len(_POSSIBLE_INTROS.findall(text)) > 1
    ):
        # "The feedback could be:\n... The feedback could be:\n...": possibilities, no choice
        raise Unreadable("the answer offers several possible sentences without choosing one")
    hedged = HEDGED.search(sentence_before(text, first.start) + " " + introduced)
    hedged = hedged or EXPECTED_TO_SAY.search(sentence_before(text, first.start))
    # an answer given only when pressed for one ("if I must choose: ...") is a lean
    hedged = hedged or re.search(rf"\bif{FORCED}[^.!?\n]*$", text[: first.start])
    # a call's argument ('says(ann, "It was bad")'): a layout not asked for
    in_a_call = any(m.start() < first.start < m.end() for m in _CALL.finditer(text))
    if negated_beside(text, first, options):
        raise Unreadable("the sentence evaluates again with another of the words: two forms")
    capped = capped_after(text, first, options)
    # ('"It was good" or "It was good"': one sentence, though offered as if two)
    twice = the_same_offered_after(text, first)
    loose = hedged or in_a_call or capped or twice or answered_yes(text, first)
    loose = loose or said_by_people_in_her_place(sentence_before(text, first.start))
    loose = loose or mentions.another_thing
    if loose or any(m.label != first.label for m in mentions.all):
        return tuple(replace(c, grade=LOOSE) for c in chosen)
    return chosen


# Brackets glued to a name: a call and its arguments, not an aside.
_CALL = re.compile(r"\w\([^()]*\)")
# A line that introduces what follows as a possibility ("Her reply could be:").
_POSSIBLE_INTROS = re.compile(r"(?m)^[^\n]*\b(?:could|might|may)\b[^\n]*:[ \t]*$")


def _introduced_by(text: str, choice: Choice) -> str:
    """The sentence that introduces a phrase on a line of its own with a colon ("The
    feedback could be:\n\n[3] It was good."): its hedge is the choice's."""
    line_start = text.rfind("\n", 0, choice.start) + 1
    before = text[:line_start].rstrip()
    return re.split(r"[.!?\n]", before[:-1])[-1] if before.endswith(":") else ""


# What rejects the rest of its sentence ("..., rather than saying it was X or Y").
_REJECTING = re.compile(r"^([^.!?\n]*?)(\b(?:rather than|instead of)\b[^.!?\n]*)")


def _rejected(before: str) -> bool:
    """Whether the words before a phrase reject it ("rather than saying", "not")."""
    return bool(
        not_said_with_another(before)
        or NOT_SAID_BEFORE.search(before)
        or (REJECTED_BEFORE.search(before) and not OFFERED_BEFORE.search(before))
    )


def _choose(
    text: str, options: tuple[PhraseOption, ...], mentions: _Mentions
) -> tuple[Choice, ...]:
    """The phrases the answer gives as its answer (see chosen_phrases).

    Phrases the answer rejects ("rather than 'it was awful'"), weighs ("'it was bad'
    would be too harsh"), supposes ("if it was good, ..."), offers as a lesser alternative
    or puts in parentheses do not count. After an answer marker ("I'd say", "Answer:") the
    first phrase after the last marker is the choice. A list of several phrases with none
    marked is no choice (Unreadable)."""
    regex = phrase_regex(options)
    # An aside in parentheses is no answer, unless it gives one ("(Correction: the answer
    # should be 'It was bad')"); brackets glued to a name are a call's arguments, no aside
    # ('says(ann, "It was bad")'); brackets around the whole answer are none either.
    asides = [
        m.span()
        for m in re.finditer(r"(?<!\w)\([^()]*\)", text)
        if not (ANSWER_MARKER.search(m.group()) or REVISING_WORDS.search(m.group()))
        and (text[: m.start()] + text[m.end() :]).strip(" \t\n.!")
    ]
    candidates: list[Choice] = []
    weighed: list[Choice] = []  # rejected or weighed: reasons for a list to be no choice
    topics: list[Choice] = []  # mentioned as a thing talked about ("the joke '...'")
    set_aside: list[Choice] = []  # supposed or offered as a lesser alternative
    conditional: list[Choice] = []  # in a sentence that starts with a condition
    alternatives: list[Choice] = []  # weighed only as the first of "A or B"
    supposed: list[Choice] = []  # "saying 'A' would ...": set aside, yet offered in a row
    mentioned = mentions.all  # every phrase, chosen or not, in order
    offered = mentions.offered  # offered as one of alternatives ("X or Y"): among weighed
    marked = [
        choice_of(m, options, CLEAR)
        for m in regex.finditer(text)
        if CHOSEN_AFTER.match(text[m.end() : m.end() + 40])
    ] or [
        choice_of(m, options, LOOSE)
        for m in regex.finditer(text)
        if PICKED_AFTER.match(text[m.end() : m.end() + 40])
        or pointed_back(text, choice_of(m, options, LOOSE)) == PICKED
    ]
    if marked:
        # "It wasn't bad <- my answer"; two marked differently are two answers
        mentions.all.extend(choice_of(m, options, CLEAR) for m in regex.finditer(text))
        return tuple(marked)
    structured = (
        ranked_first(text, options)
        or ordered_first(text, options)
        or concluded(text, options)
        or leaned(text, options)
        or closing_line(text, options)
    )
    if structured:
        # weighing closed by a conclusion, or a ranking with its top marked; the same
        # phrase given elsewhere running on with other words of the set ("It was terrible,
        # bad, awful") is no choice all the same; the set written out with slashes ("It
        # was terrible / bad / good") lists the options
        own_text = next(o.text for o in options if o.label == structured.label)
        for match in regex.finditer(text):
            same = choice_of(match, options, CLEAR).label == structured.label
            listed = re.match(r"\s*/", text[match.end() :])
            if same and not listed and several_words_after(text, match.end(), options, own_text):
                raise Unreadable("one sentence with several of the words, no choice")
        mentions.all.extend(choice_of(m, options, CLEAR) for m in regex.finditer(text))
        return (structured,)
    for match in regex.finditer(text):
        choice = choice_of(match, options, CLEAR)
        mentioned.append(choice)
        after = text[match.end() : match.end() + 40]
        if re.search(r"\b(?:a|an)\s+\S+$", match.group()):
            noun_phrase = re.match(r"\s*[a-z]+\s*(?:[.!?,;\"')\n]|$)", after) and not re.match(
                r"\s*one\b", after
            )
            given = re.search(r"(?:^|[.!?:\n\"'])\s*[\"']?$", text[: match.start()])
            if noun_phrase and re.match(rf"\s*{TASK_NOUN}", after):
                continue  # "It's a good question": the task evaluated, not the thing
            if noun_phrase and (given or pointed_at(text, choice)):
                # "It was a good effort.": given as the answer, the word of a noun phrase
                choice = mentioned[-1] = replace(choice, grade=LOOSE)
            elif noun_phrase:
                continue  # "... not mention that it was a bad cake"
            elif not re.match(r"\s*(?:one\b|1\b|[.!?,;:\"')\n]|$)", after):
                continue  # "a good example of ...": the word is about something else
        if ABOUT_ANOTHER_THING_AFTER.match(after):
            # "it was good to see you", "it's bad that he left", "it was good of her to
            # try": about another thing, no phrase of the set (nor an item in a row)
            mentioned.pop()
            continue
        if in_a_relative_clause(text, choice):
            continue  # "a cake that was terrible": said of a noun inside another sentence
        if of_another_owner(text, choice):
            # "your song ..., but her song was amazing": someone else's thing, no phrase
            mentioned.pop()
            mentions.another_thing = True
            continue
        before, after = context_of(text, *match.span())
        if any(s < match.start() < e for s, e in asides):
            if not given_in_brackets(text, match):
                continue
            # "would pick the gentlest line (It wasn't terrible).": what the marker named,
            # in brackets, a form not asked for
            choice = mentioned[-1] = replace(choice, grade=LOOSE)
        own_text = next(o.text for o in options if o.label == choice.label)
        if several_words_after(text, match.end(), options, own_text):
            if _rejected(before):
                weighed.append(choice)  # "rather than saying it was terrible or bad"
                continue
            # (the words only in what the sentence then rejects are none: '"It was good"
            # instead of saying it was terrible or bad')
            unrejected = _REJECTING.sub(lambda m: m[1] + " " * len(m[2]), text[match.end() :], 1)
            if several_words_after(
                text[: match.end()] + unrejected, match.end(), options, own_text
            ):
                raise Unreadable("one sentence with several of the words, no choice")
        if PROMOTED_AFTER.match(after):
            offered.append(choice)  # an answer (a loose reading), and a second one beside another
            candidates.append(replace(choice, grade=LOOSE))
            continue
        if inside_a_quote(text, choice) and not pointed_at(text, choice):
            if USED_AS_AFTER.match(after):
                weighed.append(choice)  # "use 'It was bad' as a starting point": material
                continue
            if EXAMPLE_BEFORE.search(before) or EXAMPLE_AFTER.match(after):
                # "for instance 'It was good'": an example, at best a likely answer
                choice = mentioned[-1] = replace(choice, grade=LOOSE)
            if LESSER_AFTER.match(after):
                set_aside.append(choice)  # "'It was good' is a distant second"
                continue
            listed = QUOTE_LIST_AFTER.match(after) and not before_a_lesser(text, choice)
            if DISCUSSED_AFTER.match(after) or listed:
                weighed.append(choice)  # discussed, or an item of a list of quotes
                continue
        offered_before = OFFERED_BEFORE.search(before)
        rejected = _rejected(before)
        offered_if = OFFERED_IF_BEFORE.search(before)
        if (offered_before and CONDITION_AFTER.match(after)) or offered_if:
            # "A - or possibly B if he wanted to boost her": B under a condition only, and
            # A (weighed as one of two) the answer; with the condition first ("he could go
            # with A - or, if generous, B") both are offered unless A was named the likelier
            previous = mentioned[-2] if len(mentioned) > 1 else None
            favoured = previous and FAVOURED_BEFORE.search(sentence_before(text, previous.start))
            if offered_if and previous and not favoured:
                weighed.append(choice)
                offered.append(choice)
                continue
            set_aside.append(choice)
            if previous in alternatives:
                weighed.remove(previous)
                offered.remove(previous)
                candidates.append(previous)
            continue
        alternative_after = ALTERNATIVE_AFTER.match(after) and not the_same_offered_after(
            text, choice
        )
        if offered_before or alternative_after:
            # One of two offered ("X, or maybe Y"); beside a rejected one it is rejected
            # too ("not X or Y").
            previous = mentioned[-2] if len(mentioned) > 1 else None
            beside_rejected = offered_before and previous in weighed and previous not in offered
            weighed.append(choice)
            if not (rejected or beside_rejected):
                offered.append(choice)
                if not offered_before:
                    alternatives.append(choice)  # offered only by an "or" after it
            continue
        kind = MENTIONED if in_a_reply(text, choice, options) else not_offered(text, choice)
        if kind in (WEIGHED, MENTIONED):
            weighed.append(choice)
            if kind == MENTIONED:
                topics.append(choice)
            continue
        if kind in (SET_ASIDE, SUPPOSED):
            set_aside.append(choice)
            if kind == SUPPOSED:
                supposed.append(choice)
            continue
        sentence = sentence_before(text, match.start())
        if CONDITIONAL_SENTENCE.search(sentence):
            if set_aside and set_aside[-1].start >= match.start() - len(sentence):
                # 'If she had said "A", ..., and the answer should be "A"': after a sentence
                # supposed in its condition, likely, not certain
                choice = mentioned[-1] = replace(choice, grade=LOOSE)
            conditional.append(choice)
        if CORRECTION_BEFORE.search(before) and candidates:
            return (*candidates, choice)  # a second answer: the two conflict
        candidates.append(choice)
    shared = {
        c.label
        for c in mentioned
        if SHARE_AFTER.match(text, c.end)
        or SHARE_BEFORE.search(text[max(0, c.start - 40) : c.start])
    }
    if len(shared) > 1:
        # "It wasn't bad (60%), maybe: It was good (40%)", '60% "It was good", 40% "It
        # wasn't bad"': shares, a distribution
        raise Unreadable("the answer gives shares to several phrases")
    # "It wasn't awful. While the cake was awful, ...": beside a phrase in the form it is
    # said in (its pronoun subject) or pointed at as said, one that names the thing
    # describes it.
    said = [c for c in candidates if said_form(text, c) or pointed_at(text, c)]
    if said and len(said) < len(candidates):
        described = [c for c in candidates if c not in said]
        set_aside += described
        mentioned = [c for c in mentioned if c not in described]
        candidates = said
    # '"It was awful" (60%), "It wasn't good" (30%)': a list in a row
    # (not one its own sentence judges: 'It wasn't bad. "It was good" would be too much.';
    # joined by "and" or "or", both are offered: 'say "A" and then say "B" would ...')
    judged = {c for c in weighed if WEIGHED_AFTER.match(text[c.end : c.end + 60])}
    in_a_row = {
        c
        for a, b in zip(mentioned, mentioned[1:], strict=False)
        if a.label != b.label
        and IN_A_ROW.fullmatch(text[a.end : b.start])
        # ("A, or maybe B if ...": B apart; "say A and then say B would ...": both offered)
        and not ({a, b} & set(set_aside) - set(supposed))
        and not (b in judged and not re.search(r"\b(?:and|or)\b", text[a.end : b.start]))
        for c in (a, b)
    }
    conditional = [c for c in conditional if c in candidates]
    plain = [c for c in candidates if c not in conditional]
    if plain and conditional and any(given_as_answer(text, c) for c in plain):
        # 'She'd say A. If she only wanted to be nice, she might have said B': B is what
        # she would say under another condition, not the answer.
        set_aside += conditional
        candidates = plain
    elif len({c.label for c in conditional}) > 1:
        # "If kind, she'd say A; if honest, B": answers under conditions, no choice.
        raise Unreadable("the answer gives different phrases under different conditions")
    answer_line = ANSWER_LINE.search(text)
    if (
        answer_line
        and one_evaluation(answer_line["given"], options, short=True)
        and has_an_evaluation(answer_line["given"], options)
        and not any(answer_line.start("given") <= c.start < answer_line.end() for c in candidates)
    ):
        # "A: Bad" and then an explanation: the answer is that line, whatever follows
        # or went before says of the thing (unless it answers again).
        return past_the_answer_line(text, answer_line, plain, options)
    named = named_by_its_word(text, options, candidates + offered)
    if named:
        mentions.settled = True
        return (named,)
    marked = marked_choice(text, options, candidates, set_aside, weighed, in_a_row)
    if marked is not None:
        return marked
    if in_a_row & set(candidates) or len({c.label for c in mentioned if list_item(text, c)}) > 1:
        # (Items of a list, each with its note, are no choice either: a table's rows.)
        raise Unreadable("the answer lists several phrases without choosing one")
    if not candidates:
        if len({c.label for c in weighed}) > 1:
            raise Unreadable("the answer weighs several phrases without choosing one")
        if topics:
            raise Unreadable(
                f"the answer quotes the sentence but does not say it: {mention_of(text, topics[0])}"
            )
        if weighed:
            return ()
        # A sentence that starts with the phrase's verb ("Wasn't bad."): its subject unsaid.
        candidates = [
            choice_of(m, options, CLEAR) for m in subjectless_regex(options).finditer(text)
        ]
        if not candidates:
            return ()
    if len({c.label for c in candidates}) == 1:
        return the_only_candidate(text, candidates[0], options)
    return several_phrases(text, candidates)


def read_phrase(text: str, field: Field, scope: str) -> list[Found]:
    """The option of a closed set of phrases the answer chooses (a phrase reader:
    `option_set`, an option set of the study's probabilities block); the value is the
    option's label."""
    slots = slots_filled(text)
    text = fill_blank(text)
    return [
        Found(c.label, c.start, c.end, LOOSE if overlaps_any(c, slots) else c.grade)
        for c in chosen_phrases(text, options_of(field))
    ]
