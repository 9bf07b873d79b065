"""The readers on prose and on garbled answers: what a sentence says it answers is read,
and a value whose own words say it is something else (a count of the task's parts, a
template echoed back, one of more candidates than the field has values) is refused."""

from __future__ import annotations

import pytest

from llm_pragmatics.extraction.readers import CLEAR, DIRECT, LOOSE

from .test_readers import parsed, utterance_read, values_read

PRIOR = ["Prior_A"]


@pytest.mark.parametrize(
    ("answer", "prior"),
    [
        # a confidence in one count is that count, below full confidence
        ("Prior: I'm about 80% sure all of them did.\nBets: 3: 100%", 3),
        ("Prior: I am fairly certain that 2 did.\nBets: 2: 100%", 2),
        ("Prior: pretty confident none of them.\nBets: 0: 100%", 0),
        ("Prior: I'm roughly 70% certain it's 2.\nBets: 2: 100%", 2),
        # "every single one" ends what it says: all
        ("Prior: Every last one.\nBets: 3: 100%", 3),
        ("Prior: each and every one\nBets: 3: 100%", 3),
        # a sentence that names the question it answers by its words
        ("Reading the story, my answer to how many tickets had won is 1.", 1),
        ("I believe the answer to the question of how many had worked would be 3.", 3),
        # a guess said with when it was made, or as a gut feeling
        ("Bets: 2: 50%, 3: 50%. My estimate before she opened them was 2.", 2),
        ("My gut tells me none of the seeds came up. Bets: 0: 100%", 0),
        # after the bets, a count in a sentence that names its question by its place
        ("Bets: 1: 40%, 2: 60%.\nAs for the first question, I'd say one.", 1),
        ("Bets: 1: 40%, 2: 60%. On question 1 I would guess 2, knowledge no.", 2),
    ],
)
def test_study1_a_count_in_prose_that_says_what_it_answers(study1, answer, prior):
    reading = parsed(study1, answer)
    assert reading.values.get("Prior_A") == prior
    assert reading.grades["Prior_A"] not in (DIRECT, CLEAR)


@pytest.mark.parametrize(
    "answer",
    [
        # a count of the answer's or the task's own parts, not of the objects
        "Prior: Just 2 answers were given, none of the options fit.",
        "Prior: 3 questions are asked here.",
        "Prior: None of the possible answers apply.",
        "Prior: all of the given options seem odd",
        # a numbered list of more items than the count has values: items, not answers
        "1. 2 of the 3 letters were sent.\n2. 1 of the letters was sent.\n3. 3 letters.\n"
        "4. 3 of the letters.\n5. 0 of them.\n6. The letters sent number 2.",
        # counts said alone one after the other: which answers which question?
        "One. Two.",
        "3.\n1.",
        "Two; zero.",
        # a number paired with an amount names an option, however the pair is joined
        "I'd wager: 0 -> 10%, 1 -> 30%, 2 -> 40%, 3 -> 20%. She can't know.",
        "My guess: 3 = $50, 2 = $50. He knows exactly.",
        "I would say 2 - 45%, 3 - 55%.",
        # a said count with an alternative after it is no single count
        "I'd guess 1 - 2 of the tickets won.",
        "I would say 3, or maybe 2, of them were read.",
        # a guess after the news, or a count after the bets naming another question
        "Bets: 2: 50%, 3: 50%. My guess after hearing from her is 2.",
        "Bets: 2: 50%, 3: 50%. For the second question I'd say 2.",
    ],
)
def test_study1_a_count_that_counts_something_else_or_is_one_of_several_is_empty(study1, answer):
    assert values_read(study1, answer, PRIOR) == {"Prior_A": None}


@pytest.mark.parametrize(
    ("answer", "values"),
    [
        (
            "Question 3 is no.\n\nPlease make sure your answer follows this format:\n"
            "Prior: 2\nBets: 2: 100%\nKnowledge: yes",
            {"Prior_A": None, "probability_2": None, "Knowledge_A": "no"},
        ),
        (
            "Prior: 1\n\nFor example:\nPrior: 3\nBets: 3: 100%",
            {"Prior_A": 1, "probability_3": None},
        ),
        # the answer introducing its own values in a format is the answer
        (
            "Following the format you asked for:\nPrior: 2\nBets: 2: 100%\nKnowledge: no",
            {"Prior_A": 2, "probability_2": 100, "Knowledge_A": "no"},
        ),
        (
            "Answers (as requested, format below):\nPrior: 1\nBets: 1: 100%",
            {"Prior_A": 1, "probability_1": 100},
        ),
        (
            "Here is my answer in this format:\nPrior: 3\nBets: 3: 100%\nKnowledge: no",
            {"Prior_A": 3, "probability_3": 100, "Knowledge_A": "no"},
        ),
    ],
)
def test_study1_a_template_offered_to_check_against_is_no_answer(study1, answer, values):
    assert values_read(study1, answer, values) == values


def test_study1_a_count_stated_plainly_beside_the_refusals_is_still_read(study1):
    answers = ["Prior: 2 of them.", "Three.", "Prior: all of them passed."]
    assert [values_read(study1, a, PRIOR)["Prior_A"] for a in answers] == [2, 3, 3]


BETS = [f"probability_{i}" for i in range(4)]


@pytest.mark.parametrize(
    ("answer", "bets"),
    [
        # keys chained by colons: which number is the option, which the amount?
        ("Prior: 2\nBets: 1: 50: 50%\nKnowledge: no", [None] * 4),
        ("Prior: 2\nBets: 3: 0: 20: 80%", [None] * 4),
        # arithmetic is no option and amount; the bets beside it are read
        ("Prior: 2\nBets: 0: 0%, 1: 0%, 2: 60%, 3: 40% (since 2 x 3 = 6)", [0, 0, 60, 40]),
        ("Prior: 1\nBets: no idea (3*3 = 9)", [None] * 4),
        # ratio-shaped pairs are bets only when they share the total
        ("Prior: 3\nBets: 0:1, 1:2, 2:1, 3:1\nKnowledge: no", [None] * 4),
        ("Prior: 3\nBets: 0:0, 1:5, 2:5, 3:90\nKnowledge: no", [0, 5, 5, 90]),
        # bare amounts in a part placed by position alone: whose are they?
        ("2; 10/20/30/40; yes", [None] * 4),
        ("2; 10%/20%/30%/40%; yes", [10, 20, 30, 40]),
        ("I'm fairly sure it's 2; 10%/20%/30%/40%; yes", [10, 20, 30, 40]),
    ],
)
def test_study1_numbers_that_read_no_single_way_are_no_bets(study1, answer, bets):
    assert values_read(study1, answer, BETS) == dict(zip(BETS, bets, strict=True))


def test_study1_a_count_read_loosely_in_a_part_placed_by_position_is_kept(study1):
    # (a part of one field: its bare number is that field's)
    answer = "I'm fairly sure it's 2; 10%/20%/30%/40%; yes"
    assert values_read(study1, answer, PRIOR) == {"Prior_A": 2}


def test_study1_a_chain_of_keys_names_its_reason(study1):
    reading = parsed(study1, "Prior: 2\nBets: 2: 100: 100%")
    assert "chained by colons" in reading.problems["probability_2"]


@pytest.mark.parametrize(
    ("answer", "knowledge"),
    [
        # a hedge before the verb alone, or an adverb in it, leans that way
        ("Knowledge: I'd say he probably does.", "yes"),
        ("Knowledge: I think she most likely does", "yes"),
        ("Knowledge: I doubt he does.", "no"),
        ("Knowledge: She probably doesn't.", "no"),
        ("Knowledge: I'm pretty sure she does.", "yes"),
        ("Knowledge: He does, I believe.", "yes"),
        ("Knowledge: I suspect not.", "no"),
        ("Knowledge: Almost certainly not.", "no"),
        ("Knowledge: I don't believe so.", "no"),
        ("Knowledge: Doubtful.", "no"),
        # the verb alone that concludes the part
        ("Knowledge: She opened all of them, so I'd say she does.", "yes"),
        ("Knowledge: he skipped the last box, therefore he doesn't.", "no"),
        # a yes or no hedged right after it is below full confidence
        ("Knowledge: Yes (probably).", "yes"),
        ("Knowledge: No - I think she only saw two.", "no"),
        # reasoning that concludes one way, then the other word as the answer: both
        ("Knowledge: He opened every box, so he knows exactly. Final: no", None),
        ("Knowledge: She doesn't know exactly how many; my answer: yes", None),
        # the claim with a negating prefix, of the specific thing
        ("Maria is uncertain of exactly how many she saw sealed.", "no"),
        ("Tom is unsure how many of them won.", "no"),
        # the answerer's own uncertainty is none
        ("I'm unsure how many there were.", None),
        # the same way twice is that way
        ("Knowledge: He only saw one, so he doesn't know exactly. Answer: no", "no"),
    ],
)
def test_study1_hedged_and_reasoned_knowledge(study1, answer, knowledge):
    reading = parsed(study1, answer)
    assert reading.values.get("Knowledge_A") == knowledge
    assert reading.grades.get("Knowledge_A") not in (DIRECT, CLEAR)


@pytest.mark.parametrize(
    ("answer", "prior", "problem"),
    [
        # what is said runs past a decimal point: an expected value is no whole count
        ("Prior: expected 2.7 passes\nBets: 3: 100%", None, "Prior_A"),
        ("Prior: I'd guess 1.5 of them\nBets: 1: 50%, 2: 50%", None, "Prior_A"),
        ("I expect 2.5 of the seeds sprouted.", None, "Prior_A"),
        ("Prior: I'd guess 2. They usually pass.\nBets: 2: 100%", 2, None),
        # a guess put as the answerer's own question is a count given, so one that follows
        # it is a second answer
        (
            "I'd assume none of them won? No wait, probably all of them did.\nBets: 3: 100%",
            None,
            "Prior_A",
        ),
        ("I would say one? Hmm, no, probably 3.\nBets: 3: 100%", None, "Prior_A"),
        ("Probably two? Actually I'd say all three.\nBets: 3: 100%", None, "Prior_A"),
        # a question put to someone states no count: the answer after it is read
        ("Would I say 2? Probably all 3.\nBets: 3: 100%", 3, None),
        ("Do you think 1 of them passed? I'd say all of them.\nBets: 3: 100%", 3, None),
    ],
)
def test_study1_a_count_said_past_its_decimals_or_as_a_guess_in_a_question(
    study1, answer, prior, problem
):
    reading = parsed(study1, answer)
    assert reading.values.get("Prior_A") == prior
    assert (problem in reading.problems) if problem else prior is not None


@pytest.mark.parametrize(
    ("answer", "knowledge"),
    [
        # a claim taken back by its verb alone, after a reason: a second answer
        ("I don't think Ann knows exactly. Wait, she opened every box, so she does know.", None),
        ("He knows exactly how many; actually, he only saw two of them, so he doesn't.", None),
        ("She doesn't know exactly, actually - she weighed all three and she does.", None),
        # the same way again is that way
        ("She doesn't know exactly. Actually, she does not.", "no"),
        # with no statement of the claim to correct, a bare verb in prose is no answer
        ("Wait, he looked at all three, so he does.", None),
    ],
)
def test_study1_knowledge_taken_back_by_its_verb_after_a_reason(study1, answer, knowledge):
    reading = parsed(study1, answer)
    assert reading.values.get("Knowledge_A") == knowledge
    if knowledge is None and "exactly" in answer:
        assert "conflicting" in reading.problems["Knowledge_A"]


@pytest.mark.parametrize(
    ("answer", "prior", "knowledge"),
    [
        # a numbered list that opens the answer answers, in order, the questions its labels
        # below miss; its markers are no counts
        ("1. Two\n2. She doesn't know exactly how many sprouted.\n\nBets: 2: 100%", 2, "no"),
        ("1) all of them\n2) yes\n\nBets: 0: 0%, 1: 0%, 2: 0%, 3: 100%", 3, "yes"),
        # a list under a label is that label's, not the other questions'
        ("Bets: 3: 100%\n1. Three\n2. no", None, None),
    ],
)
def test_study1_a_numbered_list_before_labels_answers_the_questions_they_miss(
    study1, answer, prior, knowledge
):
    reading = parsed(study1, answer)
    assert reading.values.get("Prior_A") == prior
    assert reading.values.get("Knowledge_A") == knowledge
    assert reading.grades.get("Prior_A") not in (DIRECT, CLEAR)


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # a second evaluation with its frame left out: two of the four, no choice
        ('He would probably say "It wasn\'t good, but amazing."', " "),
        ("It was bad but terrible, honestly.", " "),
        # a phrase the speaker did not answer with is rejected
        ('She did not respond with "It was amazing"; she said "It wasn\'t bad."', "wasn't bad"),
        ('He never replied with "It was terrible". He went with "It was bad".', "was bad"),
        # another phrase called the better answer after the one chosen: two answers
        (
            'Most likely "It was good". Then again, "It was amazing" would be the better '
            "choice if she is honest.",
            " ",
        ),
        ('I\'d go with "It wasn\'t bad", though "It was good" is more likely.', " "),
        # another called more honest is weighed, not offered
        (
            'She\'d say "It wasn\'t bad", although "It was terrible" would be more honest.',
            "wasn't bad",
        ),
        # another offered under a condition after "or": a lesser alternative
        (
            "She'd most likely say \"It wasn't bad\" - or, when she is in a good mood, "
            '"It was good".',
            "wasn't bad",
        ),
    ],
)
def test_study2_prose_that_weighs_then_commits(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


@pytest.mark.parametrize(
    ("answer", "frame"),
    [
        # the same sentence given and rejected: no choice
        ('She is going to answer "It wasn\'t superb" rather than "it wasn\'t superb".', None),
        ("He'll reply 'It was fine' instead of 'It was fine'", None),
        # another sentence rejected: the one given keeps its frame
        ('She\'d answer "It was fine" rather than "It wasn\'t fine".', "was"),
    ],
)
def test_study2_a_sentence_both_given_and_rejected_is_no_frame(study2, answer, frame):
    assert values_read(study2, answer, ["Was_Wasnt"]) == {"Was_Wasnt": frame}


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # a bare word with an aside in brackets
        ("amazing (three hearts)", " amazing"),
        ("Bad (if I had to pick)", " bad"),
        ("good (or amazing)", " "),
        # two offered, then an answer marker names one by its closing word
        ('Either "It was a bad meal" or "It wasn\'t a good meal"; my answer: bad.', "was bad"),
        ('He might say "It wasn\'t terrible" or "It was good". Final answer: good', "was good"),
        # the word closes both: no choice
        ('"It was good" or "It wasn\'t good"? Answer: good', " "),
        # a pair the speaker would not say, after the answer
        (
            'She would say "It wasn\'t bad." She would not say "It was great" or "It was amazing".',
            "wasn't bad",
        ),
    ],
)
def test_study2_asides_words_naming_a_candidate_and_pairs_not_said(study2, answer, utterance):
    reading = parsed(study2, answer)
    assert utterance_read(study2, answer) == utterance
    assert all(grade not in (DIRECT, CLEAR) for grade in reading.grades.values())


@pytest.mark.parametrize(
    ("answer", "bets"),
    [
        # "for each" closing a sentence gives its amount to each option the sentence names
        (
            "Prior: 2\nBets: Zero or one are unlikely, 5% for each. Two gets 60% and three "
            "gets 30%.",
            [5, 5, 60, 30],
        ),
        (
            "Prior: 3\nBets: 2 and 3 are equally likely: $50 on each. Nothing on 0 or 1.",
            [0, 0, 50, 50],
        ),
    ],
)
def test_study1_one_amount_for_each_option_a_sentence_names(study1, answer, bets):
    assert values_read(study1, answer, BETS) == dict(zip(BETS, bets, strict=True))


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # a ranking whose first is marked in brackets
        ('From likeliest down:\n1. "It was good" (most likely)\n2. "It was amazing"', "was good"),
        # one given, another that "could work too, but less so": a lesser alternative
        ('I\'d pick "It was bad"; "It wasn\'t good" might work as well, but less so.', "was bad"),
        # two offered, then a lean to one by its place
        ('"It was good" or "It wasn\'t bad" - leaning toward the latter.', "wasn't bad"),
        ('Either "It was terrible" or "It was bad", probably the first.', "was terrible"),
        # weighing closed by a conclusion in other words
        (
            '"It was good" (40%), "It wasn\'t bad" (60%).\n\nMost likely: "It wasn\'t bad".',
            "wasn't bad",
        ),
        (
            "It was bad / It was good / It was amazing.\n\nThe sentence that suits a kind "
            'friend best is "It was good".',
            "was good",
        ),
        # called the best answer alone, or concluded in other words, it is the answer
        ('"It was terrible" is the best answer here.', "was terrible"),
        ('The one that fits her goal is "It wasn\'t bad".', "wasn't bad"),
        ('"It was good" seems like the most natural choice.', "was good"),
    ],
)
def test_study2_choices_marked_by_rank_lean_or_conclusion(study2, answer, utterance):
    """New readings of prose: right, and below full confidence."""
    reading = parsed(study2, answer)
    assert utterance_read(study2, answer) == utterance
    assert set(reading.grades.values()) == {LOOSE}


def test_study2_a_sentence_after_the_answerers_own_words_is_no_short_answer(study2):
    assert utterance_read(study2, "I know it was bad") == " "


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # a short answer after a lead with no subject of its own
        ("lol it wasn't bad", "wasn't bad"),
        ("Honestly, Mia - it was amazing!", "was amazing"),
    ],
)
def test_study2_a_short_answer_after_a_lead(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance
    assert set(parsed(study2, answer).grades.values()) == {LOOSE}


@pytest.mark.parametrize(
    ("answer", "knowledge"),
    [
        # a part numbered for another question that states the claim: a second answer
        (
            "Question 1: yes, she knows exactly how many of the jars are sealed.\n"
            "Question 2: 0: 0%, 1: 0%, 2: 0%, 3: 100%\nQuestion 3: no",
            None,
        ),
        # the same claim both ways agrees
        ("Part 1: 2, and he doesn't know exactly.\nPart 2: 2: 100%\nPart 3: no", "no"),
        # an answer numbered its own way with no claim elsewhere keeps its part
        ("Question 1: 3\nQuestion 2: 3: 100%\nQuestion 3: no, she only opened one", "no"),
        # a bare yes or no followed only by closing words about the answer itself
        ("I read the story twice. The answer is no.\n\nHope this helps!", "no"),
        ("So the answer is yes. This is my answer to all of the questions.", "yes"),
        # followed by words about another matter, it answers that matter
        ("The answer is no. Nobody can bake three cakes at once.", None),
    ],
)
def test_study1_knowledge_in_other_parts_and_before_closing_words(study1, answer, knowledge):
    assert values_read(study1, answer, ["Knowledge_A"]) == {"Knowledge_A": knowledge}


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # several lines introduced as possibilities: no choice, even with one phrase of the set
        ("Her reply could be:\n\nIt was good.\n\nOr her reply might be:\n\nIt was lovely.", " "),
        ("One option could be:\nIt wasn't bad.\nAnother could be:\nIt was fine.", " "),
        # one line introduced so is the answer (a loose reading)
        ("Her reply could be:\n\nIt was good.", "was good"),
        # "or" with fillers or an aside before the second sentence still offers it: no choice
        ("It was good. Or, um, it wasn't bad.", " "),
        ("It was bad, or, I mean, it wasn't good.", " "),
        ("She'd say 'It wasn't bad' - or maybe, if she's in a generous mood, 'It was good.'", " "),
        ('Probably "It was terrible", or possibly, given how kind he is, "It wasn\'t good".', " "),
        ('"It was amazing", or, to be fair, "It was good".', " "),
        # a second sentence under a condition alone, no hedge, is set aside: the first stands
        ('He\'d most likely say "It was good" - or, if he\'s kind, "It was amazing."', "was good"),
        # an answer, then another sentence called true as well: the answer stands
        (
            'It was amazing. She loved it; "It was good" is also true, but it undersells her.',
            "was amazing",
        ),
        ('"It wasn\'t bad." Honestly "It was good" would also be fair here.', "wasn't bad"),
        # two sentences both called accurate: no choice
        ('"It was good" would also be accurate, and "It was amazing" would also be accurate.', " "),
        # reasoning closed by a sentence named the best or most fitting one: that one
        (
            '"It was bad" is too harsh and "It was good" is a stretch. The most tactful line '
            'is "It wasn\'t bad."',
            "wasn't bad",
        ),
        (
            'Options: "It wasn\'t terrible", "It was good". The most appropriate option here: '
            '"It wasn\'t terrible".',
            "wasn't terrible",
        ),
        (
            '"It was amazing" overstates it. The best fit, given both goals, is "It was good".',
            "was good",
        ),
        # the best fit named as one of two: no choice
        ('The best fit is either "It was good" or "It wasn\'t bad".', " "),
        # options lettered or numbered in a row, one named by its key: that one
        ("(a) It wasn't bad (b) It was good (c) It was amazing -- I'd pick (b).", "was good"),
        ("1) It was bad 2) It wasn't bad 3) It was good. Answer: 2", "wasn't bad"),
        # a key no item has names nothing
        ("a) It was terrible  b) It was bad\nAnswer: e", " "),
        # an opening clause closed by a spaced dash is a lead, as one closed by a comma
        ("Hi Dana, Mo here. About the soup - it was good! Bye.", "was good"),
        ("Re the painting \u2014 it wasn't bad. Cheers.", "wasn't bad"),
        # brackets glued to a name hold a call's arguments, not an aside
        ('reply(sam, "It was amazing").', "was amazing"),
        # the thing named by a demonstrative or a possessive, in another tense: its frame
        ("This dinner was bad.", "was bad"),
        ("That concert wasn't great.", "wasn't "),
        ("Maria's painting is wonderful.", "was "),
        # a subject that names what was said evaluates the saying, not the thing
        ("Grace's reply was unkind.", " "),
        ("The statement is misleading.", " "),
        # a bare word said again with fillers is one evaluation; a noun phrase is its word
        ("Bad, Anna. Really bad!", " bad"),
        ("A really good thing.", " good"),
        # two different bare words, or a word and its negation, are no evaluation
        ("Good. Amazing.", " "),
        ("Good. Not good.", " "),
        # a short answer after a lead of a word or two: its frame
        ("ngl it wasn't great", "wasn't "),
        ("haha it was okay!", "was "),
        # a lead with a subject or a link of its own is a clause: no answer
        ("I know it was okay", " "),
        ("if it was fine", " "),
        # a second sentence of the set given after the one chosen, whatever joins it
        ('I\'d go with "It wasn\'t bad." After that she might add, "It was good."', " "),
        ('He would say "It was good", and then tell her "It was amazing".', " "),
        ('My answer: It wasn\'t bad. Later he texts her "It was good!"', " "),
        ('She\'d say "It was good." And perhaps follow up with "It wasn\'t amazing, at all."', " "),
        # ... not one the answer sets aside after it
        ('I\'d say "It was good." I wouldn\'t add "It was amazing" though.', "was good"),
        ('Final answer: "It wasn\'t bad." He\'d never say "It was terrible".', "wasn't bad"),
        # a second offered under a condition: two offered, unless the first is the likelier
        ('Dana might say "It wasn\'t bad" - or, when she\'s in a good mood, "It was good."', " "),
        ('Liam would say "It wasn\'t terrible", or, if feeling honest, "It was bad".', " "),
        (
            'Her best guess: "It wasn\'t bad" - or, if she wants to cheer him, "It was good".',
            "wasn't bad",
        ),
        # lines in one labelled layout are a list, the last no more chosen than the first
        ("Draft 1: It was terrible\nDraft 2: It wasn't good", " "),
        ("Option A: It was bad.\nOption B: It wasn't bad.\nOption C: It was good.", " "),
        ("- Blunt: It was terrible.\n- Gentle: It wasn't terrible.", " "),
        # ... unless the label names the answer
        ("Option A: It was bad.\nOption B: It wasn't bad.\nAnswer: It wasn't bad.", "wasn't bad"),
        # a bulleted (or one-a-line) list under a heading that orders it: its first
        ("From most to least likely:\n- It wasn't terrible\n- It was bad", "wasn't terrible"),
        ('Ranked, most likely to least likely:\n* "It was good"\n* "It wasn\'t bad"', "was good"),
        ("Options:\n- It wasn't terrible\n- It was bad", " "),
        ("From least to most likely:\n- It was bad\n- It wasn't terrible", " "),
        # a sentence in a question the answer asks is weighed; the answer after it is given
        ("Would he say it was terrible? No. He'd say it wasn't bad.", "wasn't bad"),
        ("Could she say it was good? Sure, but she'd say it wasn't bad.", "wasn't bad"),
    ],
)
def test_study2_one_committed_sentence_in_forms_not_asked_for(study2, answer, utterance):
    """What these forms give is read below certainty (a new form); the rest is refused."""
    assert utterance_read(study2, answer) == utterance
    assert set(parsed(study2, answer).grades.values()) == ({LOOSE} if utterance.strip() else set())


@pytest.mark.parametrize(
    ("answer", "bets"),
    [
        (
            "Prior: 1. Regarding my bets, 30% on 0 and 40% on 1. I'd give 2 a 20% chance."
            " And 3 gets 10%. Knowledge: no.",
            {"probability_1": 40, "probability_2": 20, "probability_3": 10},
        ),
        (
            "Prior: 2\nAs to the wagers: $25 on 1, $50 on 2, $25 on 3.",
            {"probability_1": 25, "probability_2": 50, "probability_3": 25},
        ),
    ],
)
def test_study1_a_sentence_that_turns_to_a_question_by_its_name_labels_it_loosely(
    study1, answer, bets
):
    reading = parsed(study1, answer)
    assert {name: reading.values.get(name) for name in bets} == bets
    assert all(reading.grades[name] == LOOSE for name in bets)


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # a self-correction, whatever word or dash takes the first sentence back
        ("It was good\u2014 I mean, it was amazing.", " "),
        ("It was terrible\u2013 sorry, it was bad.", " "),
        ("It was bad- no, it was good.", " "),
        ("It wasn't bad... er, good.", " "),
        ("It was amazing! Well, good.", " "),
        ("It was good, in fact amazing.", " "),
        ("It was good, I mean, not bad.", " "),
        # another of the words appended as a verdict of its own: two evaluations
        ("It was amazing, not terrible at all!", " "),
        ("It wasn't terrible; not bad in the least.", " "),
        ("It was good, and not bad.", " "),
        # another negated as a cap on the first: one evaluation, below certainty
        ("It was bad, but not terrible.", "was bad"),
        ("It was amazing - not good, amazing.", "was amazing"),
        # a sentence named as a misreading, or contradicted by what follows
        ('Her note might be mistaken for "It wasn\'t good", when in fact she liked it.', " "),
        ('He could be misread as saying "It was bad".', " "),
        # a frame named as words to add is no frame
        ('Remember to include "It wasn\'t"', " "),
        ("Please add 'It was' first", " "),
        # a short answer closed by a chat interjection; a phrase in brackets after a marker
        ("ngl it was terrible lol", "was terrible"),
        ("She'd choose the kindest line (It wasn't bad).", "wasn't bad"),
        # a condition's content before a main clause opened by "then" and a name
        ('If Ravi said, "It was bad", then Ana would reply "It wasn\'t good".', "wasn't good"),
    ],
)
def test_study2_one_evaluation_and_no_correction_beyond_doubt(study2, answer, utterance):
    """A reading at 0.9 or above needs one evaluation of the set and no correction; the
    forms here that give a sentence give it below certainty."""
    assert utterance_read(study2, answer) == utterance
    assert set(parsed(study2, answer).grades.values()) == ({LOOSE} if utterance.strip() else set())


def test_study2_a_noun_for_the_options_is_not_the_thing(study2):
    # ("The choices are bad, good or amazing" lists the words; it evaluates nothing)
    answer = 'The choices are bad, good or amazing; she would say "It was good".'
    assert utterance_read(study2, answer) == "was good"


def test_study2_a_tag_question_on_the_answer_is_the_answer(study2):
    assert utterance_read(study2, "It wasn't bad, was it?") == "wasn't bad"


@pytest.mark.parametrize(
    "answer",
    [
        # a second word of the set after a comma and a hedge: two offered, no choice
        "The soup was bad, maybe terrible.",
        "It was good, perhaps amazing!",
        'Her reply: "It wasn\'t bad, arguably good."',
        "I'd say it was terrible, possibly bad.",
        '{"utterance": "It was bad, perhaps terrible"}',
        "Final answer: It was bad, borderline terrible.",
    ],
)
def test_study2_a_second_word_after_a_comma_and_a_hedge_is_no_choice(study2, answer):
    assert utterance_read(study2, answer) == " "


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # a quote offered as material to work from, not as the answer: refused
        ('Maybe take "It wasn\'t bad" as a starting point for the reply.', " "),
        ('You could use the line "It was good" as a template.', " "),
        # a quote given as an example, with no answer marker: below certainty at most
        ('One example is "It was amazing".', "was amazing"),
        ('For instance, "It wasn\'t terrible".', "wasn't terrible"),
        ('Take "It was bad" as an example of an honest reply.', "was bad"),
    ],
)
def test_study2_a_quote_offered_as_an_example_or_a_starting_point(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance
    assert set(parsed(study2, answer).grades.values()) == ({LOOSE} if utterance.strip() else set())


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # a quote denied as a kind of saying, in an explanation after the answer
        (
            "It wasn't good.\n\nKind enough, given the dry crust; it's not a blunt "
            '"it was terrible."',
            "wasn't good",
        ),
        ('It was good. That is warmer, and it is not just a plain "it wasn\'t bad".', "was good"),
        # "X's not Y": a negated present-tense evaluation, the "wasn't" frame
        ("Your cake's not bad.", "wasn't bad"),
        ("The mural's not amazing.", "wasn't amazing"),
        ("She'd say \"Your soup's not terrible,\" I suppose.", "wasn't terrible"),
    ],
)
def test_study2_a_quote_denied_after_the_answer_and_a_glued_negation(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # its own word again after a contrast: the thing evaluated both ways, no choice
        ('She would say "It wasn\'t bad, but bad."', " "),
        ("It was good, yet not good.", " "),
        ("I'd say: It wasn't terrible - but terrible.", " "),
        # the word again as the subject of a new clause, or with more to say: one evaluation
        ("It was good, but good is not enough.", "was good"),
        ("It was bad, but bad in a charming way.", "was bad"),
        # a quote named as what something was, and a later answer that differs: two answers
        ('Her first thought was, "It was bad." Her reply is: "It was good."', " "),
        ('The gist was: "It wasn\'t terrible". My answer is "It was good"', " "),
        # the same sentence named twice is that sentence
        ('Her reply was, "It was good". Answer: "It was good"', "was good"),
    ],
)
def test_study2_a_word_evaluated_both_ways_and_a_named_quote_that_differs(
    study2, answer, utterance
):
    assert utterance_read(study2, answer) == utterance


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # the blank filled in brackets: the sentence, read below certainty
        ("It was ___ (good).", "was good"),
        ("It wasn't ___ (terrible)", "wasn't terrible"),
        # brackets that hold the options or an instruction fill nothing
        ("It was ___ (terrible/bad/good/amazing).", " "),
        ("It wasn't ___ (bad, good)", " "),
        ("It was ___ (fill in the word).", " "),
    ],
)
def test_study2_a_blank_filled_in_brackets(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance
    assert set(parsed(study2, answer).grades.values()) == ({LOOSE} if utterance.strip() else set())


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # a heading that says the likeliest comes first: the first item, below certainty
        ("Likeliest first:\n1. It wasn't terrible\n2. It was bad", "wasn't terrible"),
        ("Most probable on top:\n- It was good\n- It was amazing", "was good"),
        # a heading that says nothing of an order: a list, no choice
        ("Options:\n1. It was good\n2. It was amazing", " "),
    ],
)
def test_study2_a_list_whose_heading_puts_the_likeliest_first(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance
    assert set(parsed(study2, answer).grades.values()) == ({LOOSE} if utterance.strip() else set())


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # a perfect tense is another tense of the frame, read below certainty
        ("It had been really good.", "was good"),
        ("It hadn't been bad.", "wasn't bad"),
        ("Honestly? It has not been terrible", "wasn't terrible"),
    ],
)
def test_study2_a_perfect_tense_is_the_frame(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance
    assert set(parsed(study2, answer).grades.values()) == {LOOSE}


@pytest.mark.parametrize(
    "answer",
    [
        # a quoted sentence the answer names as a thing it talks about, no marker on it:
        # mentioned, not said; refused with its reason
        'Here is a joke about rude dinner guests: "It was terrible" (said of a perfect '
        "roast). The joke teases guests who never praise the cook.",
        'This sketch pokes fun at the line "It was good" and at people who never say what '
        "they mean.",
        'My favourite catchphrase from the show: "It wasn\'t bad." Everyone repeats it.',
        'The cartoon makes fun of the phrase "It was amazing" by showing a burnt cake.',
    ],
)
def test_study2_a_quote_named_as_the_topic_is_mention_not_use(study2, answer):
    reading = parsed(study2, answer)
    assert utterance_read(study2, answer) == " "
    assert "talks about" in reading.problems["Was_Wasnt"]


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # the same nouns with an answer marker pointing at the quote: the answer
        ('She would say the sentence "It wasn\'t bad".', "wasn't bad"),
        ('Answer: the phrase "It was good".', "was good"),
    ],
)
def test_study2_a_quote_named_as_a_line_and_given_is_read(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # a second sentence that says it restates the first ("let me rephrase", "in other
        # words"): two sentences of the set, no choice
        ("It was bad, Priya. Let me rephrase that: it wasn't good.", " "),
        ("Your pitch was good. In other words, it was amazing!", " "),
        ("It wasn't terrible, Omar - to put it more gently, it wasn't bad.", " "),
        ("It was terrible. Let me say it differently: it was bad.", " "),
        ('She\'d say "It was amazing" - or, more precisely, "It was good".', " "),
        # the same sentence restated is that sentence; a rephrasing of something else
        # before the answer is no second sentence
        ("It wasn't bad. In other words: it wasn't bad.", "wasn't bad"),
        ("Let me reword the question first. It was good.", "was good"),
        # a goal named "to be accurate" restates nothing
        ('Since Rosa wants to be accurate, she\'d say "It was bad."', "was bad"),
    ],
)
def test_study2_a_sentence_restated_as_another_is_a_self_correction(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # a line labelled an earlier version, then a final one that differs: a revision,
        # both given
        ("First draft - It was terrible\nFinal - It wasn't good", " "),
        ("Initial attempt: 'It was amazing'\nFinal answer: 'It was good'", " "),
        ("v1: It wasn't bad\nv2 (final): It was good", " "),
        ("Original version: 'It was bad.' Final version: 'It wasn't good.'", " "),
        ("*Draft:* It was amazing\n*Final:* It was good", " "),
        ("Rough draft: It was amazing\nPolished: It was good", " "),
        ("Before edits: it was terrible.\nAfter edits: it wasn't bad.", " "),
        # the same sentence in both versions, or a draft only talked about
        ("Draft: It was bad\nFinal: It was bad", "was bad"),
        ("First guess: It wasn't good\nFinal: It wasn't good", "wasn't good"),
        ("My first draft was too harsh, so my final answer: It wasn't good", "wasn't good"),
    ],
)
def test_study2_a_draft_then_a_final_sentence_is_a_self_correction(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # a comment after a "key: value" line that offers another answer is part of it
        ("utterance: It was good # or maybe amazing", " "),
        ("utterance: It was good // perhaps it wasn't bad", " "),
        ("answer: It was bad # (or terrible)", " "),
        ("response = It wasn't good  # or possibly: it was bad", " "),
        ("utterance: It was amazing # or great", " "),
        # a comment that is a note is dropped
        ("utterance: It wasn't bad  # my pick", "wasn't bad"),
        ("response = It was good  # kind, and honest enough", "was good"),
        ("utterance: It was good # maybe too kind?", "was good"),
    ],
)
def test_study2_a_comment_that_offers_another_answer_is_no_note(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # the same sentence on both sides of "or": one sentence said twice, read loosely
        ('Gus would tell her "It wasn\'t bad" or "It wasn\'t bad".', "wasn't bad"),
        ("It was good, or maybe it was good.", "was good"),
        ('Lena\'d reply "It was lovely" or maybe "It was lovely".', "was "),
        (
            'Theo would text "It wasn\'t perfect" or "It wasn\'t perfect" (both of the 4).',
            "wasn't ",
        ),
        # different sentences, or the same one rejected: no choice
        ('Gus would tell her "It wasn\'t bad" or "It was good".', " "),
        ('Lena\'d reply "It was lovely" or "It was fine".', " "),
        ('She wouldn\'t say "It was lovely" or "It was lovely".', " "),
    ],
)
def test_study2_one_sentence_offered_twice_is_that_sentence(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance
    assert set(parsed(study2, answer).grades.values()) <= {LOOSE}


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # a reply that evaluates nothing after the sentence given: the sentence, loosely
        ("Dev would say 'It was good.' Mia would reply 'Aww, thanks!'", "was good"),
        ('Ann would tell him "It wasn\'t bad," and Bo would answer "Oh, thank you!"', "wasn't bad"),
        ('Gus would say "It was terrible." His sister would respond "Ouch."', "was terrible"),
        # a reply that evaluates: a second sentence, no choice
        ('Ann would tell him "It wasn\'t bad," and Bo would answer "It was great."', " "),
        ('Dev would say "It was good", then Mia would reply "It was bad".', " "),
    ],
)
def test_study2_a_reply_that_evaluates_nothing_is_no_second_sentence(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance
    assert set(parsed(study2, answer).grades.values()) <= {LOOSE}


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # "both"/"either" in a reason given for the choice: the choice stands
        ('Lena would say "It was amazing," since both of these sound the same.', "was amazing"),
        (
            "Gus would go with 'It wasn't bad', because both of them mean the same to him.",
            "wasn't bad",
        ),
        ("It was good, as both of these fit.", "was good"),
        # said as the answer's stance: left open
        ("She'd say 'It was good'. Both would work, as far as I can tell.", " "),
        ("I'd say 'It was good' or 'It wasn't bad'; either one would work.", " "),
    ],
)
def test_study2_both_in_a_reason_leaves_nothing_open(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # a lead of a preposition and a few words before a sentence with a word outside
        # the four: its frame
        ('Lena would say "In a purely musical sense, the solo is great."', "was "),
        ('Gus would say "From my point of view, it was lovely."', "was "),
        ('Ann would say "In all honesty, the pie was not great."', "wasn't "),
        ('Dev would say "In my honest opinion, it was okay."', "was "),
        # a lead with a clause of its own: another evaluation, no frame
        ("Mia would say \"I'm so proud of you, you're a great dancer.\"", " "),
        ('Gus would say "Sorry we had to leave so early, it was fine."', " "),
    ],
)
def test_study2_a_prepositional_lead_before_the_frame(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # "that" after a noun is a relative pronoun: the words describe the noun inside
        # another sentence, no sentence of the set
        ('Dana would say, "It wasn\'t a poem that was bad, but a poem that was lovely."', " "),
        ("He'd call it a recital that was amazing.", " "),
        ("The one thing that was good: the bread.", " "),
        ("She would mention the slide that was terrible.", " "),
        # a demonstrative "that" opening the sentence is its subject
        ("She'd say that was good.", "was good"),
        ("Honestly? That was bad.", "was bad"),
    ],
)
def test_study2_a_relative_that_is_no_subject(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # a sentence named less likely than the pick after it is a lesser alternative
        (
            'I\'d pick "It wasn\'t bad"; "It was good" seems less likely given 3 hearts.',
            "wasn't bad",
        ),
        ('Answer: "It was terrible". "It was bad" sounds far less probable here.', "was terrible"),
        ('My choice is "It was amazing" - "It was good" is a long shot.', "was amazing"),
        ('Going with "It was bad"; "It wasn\'t good" would be much less fitting.', "was bad"),
        # both called unlikely, or the less likely one named only by its place: no choice
        ('"It wasn\'t bad" is unlikely; "It was bad" is unlikely too.', " "),
        ('"It was good" or "It was amazing" - the second is less likely.', " "),
    ],
)
def test_study2_a_sentence_named_less_likely_is_a_lesser_alternative(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # a text message: a lead, the sentence, then a chat apology or sign
        ("ngl omar it wasnt good, sry", "wasn't good"),
        ("hey it was bad soz", "was bad"),
        ("tbh it wasnt terrible xx", "wasn't terrible"),
        ("omg it was amazing :)", "was amazing"),
        # a reason after it is more than a sign: a longer answer, not a text message
        ("sorry it was bad, i know you tried", " "),
        # two sentences of the set in the message: no choice
        ("it was good, sry, it was amazing lol", " "),
    ],
)
def test_study2_a_text_message_closed_by_a_chat_sign(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


@pytest.mark.parametrize(
    ("answer", "frame"),
    [
        # leads before a frame cut off: several vocatives and hedges, or a speaker's name
        # and a colon; the frame is complete, the word is not (rule 4)
        ("Well, Tariq, honestly, it was goo", "was"),
        ("Frankly, Bea, it wasn't am", "wasn't"),
        ("Ines: It was terr", "was"),
        ("Coach: it wasn't b", "wasn't"),
        # the frame itself touching the cut is cut off
        ("Ines: It wasn", None),
        ("Sure, Leo, it was", None),
    ],
)
def test_study2_a_cut_sentence_after_leads_keeps_its_frame(study2, answer, frame):
    reading = parsed(study2, answer, "length")
    assert reading.values.get("Was_Wasnt") == frame
    assert "Assessment" not in reading.values


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # a bare word said again to someone by name: one evaluation, no frame
        ("Amazing. Truly amazing, Sven.", " amazing"),
        ("Bad, Lena. Pretty bad.", " bad"),
        # another word the second time, or after the comma: two evaluations
        ("Good. Not bad, Lena.", " "),
        ("Terrible. Really bad, Sven.", " "),
        ("Good. Good, bad.", " "),
    ],
)
def test_study2_a_bare_word_repeated_to_a_name(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # the blank filled after a label naming the filling: read below certainty
        ("It wasn't ___ - answer: terrible", "wasn't terrible"),
        ("It was ___ -> word: amazing", "was amazing"),
        ("It was ___ = missing word: bad", "was bad"),
        ("It wasn't ___ — fill: good", "wasn't good"),
        # a placeholder or a word outside the four after the label
        ("It was ___ - answer: ?", " "),
        ("It wasn't ___ - answer: great", "wasn't "),
    ],
)
def test_study2_a_blank_filled_after_a_label(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance
    assert set(parsed(study2, answer).grades.values()) == ({LOOSE} if utterance.strip() else set())


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # a speech bubble drawn around the sentence: the sentence
        (
            "  ______________\n< It wasn't bad >\n  --------------\n      \\\n       (Gus)",
            "wasn't bad",
        ),
        (" _____________________\n/ Your essay was good \\\n\\_____________________/", "was good"),
        (
            "   .------------------.\n  < It was amazing, Jo! >\n   '------------------'",
            "was amazing",
        ),
        # two bubbles with different sentences: a dialogue of candidates, no choice
        ("< It was good >\n\n< It was amazing >", " "),
        # markup tags are still no text
        ("<b>It was terrible</b>", "was terrible"),
        ("<note>draft</note> It was bad", "was bad"),
    ],
)
def test_study2_a_speech_bubble_holds_the_sentence(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


@pytest.mark.parametrize(
    ("answer", "prior"),
    [
        # an expectation of the time before the speaker spoke, in the answerer's words
        (
            "Tickets like these nearly always win, so my initial expectation is that all 3 "
            "did.\nBets: 2: 60%, 3: 40%\nKnowledge: no",
            3,
        ),
        (
            "My a priori guess, before Ben rang, is that 2 of the phones are faulty. "
            "Bets: 1: 50%, 2: 50%",
            2,
        ),
        # the answer to the first question, said with an adverb of the reasoning
        (
            "Seeds of this kind rarely fail. My answer to question 1 is therefore three.\n"
            "Bets: 3: 100%",
            3,
        ),
        ("Bets: $0 on 0, $10 on 1, $90 on 2. My answer to the first question would still be 3.", 3),
        (
            "Regarding knowledge: no.\n\nFor the first question, my answer is 2.\n\n"
            "0 -> 0%, 1 -> 30%, 2 -> 70%, 3 -> 0%",
            2,
        ),
        # a lean is that value; a guess put at a value
        ("Prior: leaning towards none of the letters.\nBets: 0: 100%", 0),
        ("I'd put my prior at 1 here.\nBets: 1: 100%", 1),
        # what is most likely, in the question's own part
        ("Question 1: The likeliest scenario is that all 3 exams passed.\nQuestion 2: 3: 100%", 3),
        # what it is based on, before the count
        ("Prior: given how reliable these seeds are, all 3.\nBets: 3: 100%", 3),
        # what it is based on or when, before the count that starts the part
        (
            "Question 1: Before the call, all three, since they almost always pass.\n"
            "Question 2: 3: 100%",
            3,
        ),
        ("Q1: Initially, two.\nQ2: 2: 100%", 2),
        # a count alone on its line after a speaker's tag
        (
            "Host: Before the call, how many letters had checks?\nGuest: Two.\nHost: And "
            "the bets?\nGuest: 50 on two, 50 on three.",
            2,
        ),
        # a counterfactual bet of the time before; a starting point
        ("Going in, I'd have bet on all three seeds sprouting. Jim saw two. 100% on 2.", 3),
        ("My starting point is one. I'd bet 10% on 2 and 90% on 1.", 1),
        # money put on a count before the report; a thought in progress
        (
            "Before Ben's call, I'd put my money on all three phones being dead. After it: "
            "60% on 2, 40% on 3.",
            3,
        ),
        ("So at first I'm thinking two of the fruits. 50% on 2, 50% on 3.", 2),
        # a restatement in the same count ("i.e." is no sentence's end)
        ("I'd guess 2 of the exams, i.e. most of them.\nBets: 2: 100%", 2),
        # a summary's count of the time before
        ("Joe saw one ticket win.\nIn short: 3 initially; 0% / 10% / 30% / 60%; no.", 3),
    ],
)
def test_study1_a_prior_stated_in_prose(study1, answer, prior):
    assert parsed(study1, answer).values.get("Prior_A") == prior


@pytest.mark.parametrize(
    "answer",
    [
        # a quote reported as someone else's words, as said at another time or by habit,
        # compared, or held by a written thing: mentioned, refused with its reason
        'Her cousin texted "It was amazing" and Jonas has not replied yet.',
        "Most guests would say it was bad, but I can't be sure about Ilse.",
        'Last week Farid said "It wasn\'t good" and the chef sulked for days.',
        'His grandmother always tells everyone "It was terrible", whatever the dish.',
        'In the original experiment, many participants picked "It wasn\'t bad".',
        'Compare "It was good" with the four-heart reviews.',
        'The caption under the photo read "It was amazing".',
        'Someone else might say "It was bad", not Ruth.',
        # a quote named as describing what the speaker would do or change: another question
        "Asked for one sentence to describe what she would do differently, Ilse would "
        'write: "Next time I would order the soup. It is amazing there."',
        'To describe how he would fix the essay, Farid says: "It was bad, so start over."',
        "A line about how Ruth would handle it next time: 'I'd bring snacks, it was good.'",
    ],
)
def test_study2_a_sentence_reported_or_compared_is_mention_not_use(study2, answer):
    reading = parsed(study2, answer)
    assert utterance_read(study2, answer) == " "
    assert "does not say it" in reading.problems["Was_Wasnt"]


@pytest.mark.parametrize(
    ("answer", "utterance", "grade"),
    [
        # a quote inside a sentence no answer marker points at: only its place makes it
        # the answer, read below certainty
        ('Ruth texts "It was good" to Ilse.', "was good", LOOSE),
        ('Jonas smiled and said, "It wasn\'t bad."', "wasn't bad", LOOSE),
        ('Ilse writes "It was terrible" on the card.', "was terrible", LOOSE),
        # a marker pointing at it, or the quote alone: given
        ('Ruth would say "It was good".', "was good", CLEAR),
        ('"It wasn\'t bad."', "wasn't bad", DIRECT),
        # the speaker's own words at another time, pointed at by a marker of now
        ('This time Farid would say "It was bad".', "was bad", CLEAR),
        # asked what she would change, her reply may still evaluate the thing
        (
            'Asked what she would change, Ilse would say "It was good, just shorter."',
            "was good",
            LOOSE,
        ),
        ("Her plan for the chat: 'It wasn't bad.'", "wasn't bad", CLEAR),
    ],
)
def test_study2_a_quote_inside_another_sentence_is_read_below_certainty(
    study2, answer, utterance, grade
):
    assert utterance_read(study2, answer) == utterance
    assert set(parsed(study2, answer).grades.values()) == {grade}


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # conditions by inversion, each with its sentence: answers under conditions
        ('Were Ines blunt: "It was bad." Were she gentle: "It wasn\'t bad."', " "),
        ("Should Omar want to be kind, it was good; had he been strict, it was bad.", " "),
        # a sentence attributed after it to someone who is not the speaker
        ('"It was terrible," said the reviewer.', " "),
        ("The soup? It wasn't good, says her neighbour.", " "),
        # two speakers, each given a sentence, apart by a semicolon: no choice
        ("Her aunt would say it was amazing; Ruth would say it was good.", " "),
        # one sentence closed by a semicolon and a reason: that sentence
        ("Ruth would say it was good; that is kind and true.", "was good"),
        # the speaker named after the quote: the sentence, below certainty
        ('"It was bad," said Farid.', "was bad"),
    ],
)
def test_study2_conditions_by_inversion_and_other_speakers(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # a table whose row gives the frame in brackets after a name for it, then the word
        (
            "| Polarity | Adjective |\n|---|---|\n| negative (It wasn't) | terrible |",
            "wasn't terrible",
        ),
        ("| Sign | Word |\n|---|---|\n| positive (it was) | good |", "was good"),
        ("Frame | Word\nneg. (It wasn't) | bad", "wasn't bad"),
        # two such rows: a list, no choice; a word outside the four: the row is not read as
        # a sentence (its frame alone is not claimed from a table)
        (
            "| Polarity | Word |\n|---|---|\n| negative (It wasn't) | bad |\n"
            "| positive (It was) | good |",
            " ",
        ),
        ("| Polarity | Word |\n|---|---|\n| negative (It wasn't) | great |", " "),
    ],
)
def test_study2_a_table_row_with_the_frame_in_brackets(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance
    assert set(parsed(study2, answer).grades.values()) == ({LOOSE} if utterance.strip() else set())


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # a sentence doubted, ruled out or refused before or after it: no choice
        ('I doubt Farid would say "It was amazing".', " "),
        ("Ruth would hardly say it was terrible.", " "),
        ('Jonas could reply "It wasn\'t bad", though I doubt it.', " "),
        ('Never "It was good" - too generous for one heart.', " "),
        ('"It was amazing" is off the table.', " "),
        # the doubt denied is certainty: the sentence
        ('No doubt Farid would say "It wasn\'t bad".', "wasn't bad"),
        # one ruled out, then another given: the other, below certainty
        ('"It was bad" is out; Ilse would say "It wasn\'t good".', "wasn't good"),
    ],
)
def test_study2_a_sentence_doubted_or_ruled_out_is_no_answer(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # an arrow from one sentence of the set to another: the first changed into the
        # second, both given, no choice
        ("It wasn't terrible -> It was bad", " "),
        ('"It was good" → "It was amazing"', " "),
        ("It was bad. -> It wasn't good.", " "),
        # the same sentence on both sides, or a reason before the arrow: that sentence
        ("It was good -> it was good", "was good"),
        ("3 hearts, kind goal -> It was amazing", "was amazing"),
    ],
)
def test_study2_an_arrow_from_one_sentence_to_another_is_a_revision(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # a quote only called possible ("could work", "might do", "may fit") is weighed,
        # not given; with another weighed beside it, no choice
        (
            'Thinking of Ilse\'s goal, "It was good" might work, though "It wasn\'t bad" is '
            "nearer the truth.",
            " ",
        ),
        (
            '"It was amazing" could work since Ruth wants to please, but "It was good" is '
            "closer to 2 hearts.",
            " ",
        ),
        ('"It wasn\'t bad" could do here, or "It was good" may fit too.', " "),
        # near-misses: called the best, or what an answer marker gave
        ('I think "It was amazing" could work best: Farid wants to cheer her up.', "was amazing"),
        ('Final answer: "It was good" - that could work for a 2-heart cake.', "was good"),
    ],
)
def test_study2_a_sentence_only_called_possible_is_weighed(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # another sentence called a better fit for something ("suits a 3-heart cake
        # better"): a second answer beside the first
        ('It was good.\n\nPS: "It was amazing" suits a 3-heart cake better, actually.', " "),
        (
            "Jonas would say: It wasn't good. Then again, 'It was bad' works for a 1-heart "
            "essay better.",
            " ",
        ),
        # alone, it is the answer (loosely); a clause after a comma is no such call
        ("'It wasn't bad' fits Ruth's goal much better.", "wasn't bad"),
        (
            'She would say "It wasn\'t terrible", which suits her goal better than anything.',
            "wasn't terrible",
        ),
    ],
)
def test_study2_a_sentence_called_a_better_fit_for_something(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # other words of the four negated with a filler before the "not" ("definitely not
        # good"): several evaluations in one sentence, or a second form after a comma
        ("It wasn't bad, not terrible, but really not good either.", " "),
        ("It was good, not bad, and certainly not amazing.", " "),
        ("It wasn't terrible, certainly not bad.", " "),
        # near-misses: one cap joined by "but", and another word outside the four
        ("It was good, but definitely not amazing.", "was good"),
        ("It wasn't terrible, certainly not great.", "wasn't terrible"),
    ],
)
def test_study2_a_filler_before_a_negated_second_word(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # the sentence another is measured against ("compared to", "as opposed to") is
        # not offered: beside two offered with "or", no choice
        ('Farid would say "It wasn\'t good" or "It was bad" compared to "It was terrible".', " "),
        # ... and beside one, that one
        ('Ilse is likelier to say "It was good" as opposed to "It was amazing".', "was good"),
        ('Compared to "It was terrible", she\'d pick "It wasn\'t bad".', "wasn't bad"),
    ],
)
def test_study2_a_sentence_compared_against_is_not_offered(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # a ranking whose lower place holds two sentences joined by "or" or a comma: its
        # top is still the one marked
        (
            'Likeliest: "It was bad". Less likely: "It wasn\'t good" or "It was terrible".',
            "was bad",
        ),
        (
            'Top pick - "It was amazing" (70%); lower: "It was good" (20%), "It wasn\'t bad" '
            "(10%).",
            "was amazing",
        ),
        # near-misses: two at the top, or shares with no place named
        ('Most likely: "It was good" or "It wasn\'t bad". Less likely: "It was amazing".', " "),
        ('"It wasn\'t terrible" (50%), "It was bad" (30%) or "It wasn\'t good" (20%).', " "),
    ],
)
def test_study2_a_ranking_with_two_sentences_in_a_lower_place(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # weighing with "or maybe" before the conclusion is reasoning, no revision of it
        (
            'Farid could go with "It was bad" or perhaps "It wasn\'t good". Given his '
            'honesty, my pick: "It was bad."',
            "was bad",
        ),
        (
            'Options: "It was good" or maybe "It wasn\'t bad".\n\nFinal answer: It wasn\'t bad.',
            "wasn't bad",
        ),
        # near-misses: the alternative after the answer, or no conclusion at all
        ('It was good. Or maybe "It wasn\'t bad".', " "),
        ('The options would be "It was good" or maybe "It wasn\'t bad".', " "),
    ],
)
def test_study2_weighing_before_the_conclusion_is_no_revision(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


@pytest.mark.parametrize(
    ("answer", "values"),
    [
        # an answer marker and one bare word of the four closing the sentence: the word,
        # no frame, below certainty
        ("Tariq would most likely say amazing.", {"Assessment": "amazing"}),
        ("I'd pick bad.", {"Assessment": "bad"}),
        ("Ines would say really good!", {"Assessment": "good"}),
        # not said, a word outside the four, or two words: nothing
        ("Ines wouldn't say terrible.", {}),
        ("Tariq would say great.", {}),
        ("Ruth would say good and amazing.", {}),
        ("I would choose wisely.", {}),
    ],
)
def test_study2_a_bare_word_after_an_answer_marker(study2, answer, values):
    reading = parsed(study2, answer)
    assert reading.values == values
    assert set(reading.grades.values()) <= {LOOSE}


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # "at first", "first thought": a place in time, the start of a revision, no top of
        # a ranking: two sentences given, no choice
        ("At first: It was amazing. After a second look: It was good.", " "),
        ("First thought - it wasn't bad. Second thought - it was bad.", " "),
        ("First impression: It was terrible. Then: It wasn't good.", " "),
        # a rank label that is the top: its sentence, below certainty
        ("First choice: It was good. Second choice: It wasn't bad.", "was good"),
        ("Top: It wasn't terrible. Next: It was bad.", "wasn't terrible"),
    ],
)
def test_study2_at_first_is_a_time_not_a_rank(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


@pytest.mark.parametrize(
    "answer",
    [
        # said of the world, not as the answerer's own, outside the question's part
        "Before anything, the natural expectation is that all 3 won. Bets: 3: 100%",
        # a lean or a thought after the report is of the time after it
        "Mark says both passed. I'd lean toward three. 20% on 2, 80% on 3.",
        "Ben found one burned out. I'm thinking 2 is most likely now. Bets: 1: 30%, 2: 70%.",
        # ... also in a paragraph placed by position as the first question's
        "Mark checked two exams and both passed. So the most likely outcome is that all "
        "three passed.\n\nI'd put 20% on two and 80% on three.\n\nNo, he doesn't know.",
        "Ben found one burned out of the two he tested. I'd lean toward 2 being burned out."
        "\n\n0: 0%, 1: 30%, 2: 70%, 3: 0%\n\nHe doesn't know.",
        # money put on a count after the report is a bet's
        "Laura says one had a check. I'd put my money on 1 letter: 100%.",
        # an expectation after the report is another question's
        "Ben examined 2 phones and found 1 burned out. My updated expectation is that "
        "2 are faulty.",
        # a lean with a second count offered too, a range with a lean
        "I'd lean toward two, though three wouldn't surprise me.\nBets: 2: 50%, 3: 50%",
        "Prior: between 1 and 2, leaning towards 2\nBets: 1: 50%, 2: 50%",
        "Prior: 2 or 3, leaning to 3\nBets: 3: 100%",
        # a count said again as its complement: which counts the property?
        "Question 1: I'd guess none of the letters are empty, in other words all 3 hold "
        "checks.\nQuestion 2: 3: 100%",
        "Before the call I would guess that none of the fruits were fine, i.e. 3 were dry.",
        # an opening phrase of the speaker's report: his count
        "Question 1: Given what Mark said, 2.\nQuestion 2: 2: 100%",
        "Question 1: With Ben's report in mind, 1.\nQuestion 2: 1: 100%",
        # a base rate is no count
        "Prior: the seeds almost always sprout.\nBets: 3: 100%",
    ],
)
def test_study1_prose_that_gives_no_single_prior(study1, answer):
    assert values_read(study1, answer, PRIOR) == {"Prior_A": None}


@pytest.mark.parametrize(
    ("answer", "bets"),
    [
        # "$X that <option> ...", the option in words that look past it ("no letters"),
        # "one" after an amount and "that" is a number
        (
            "I'd wager $0 that no letters had checks, $15 that one letter did, $60 that "
            "two did and $25 that all three did.",
            [0, 15, 60, 25],
        ),
        ("Of my money, 5% that one fruit is dry, 95% that two are. 0% on 0 and 3.", [0, 5, 95, 0]),
        # an option given its amount by a verb, a sentence each, with no bets label
        (
            "Mark saw both pass. Three gets 70%. Two gets 30%. One gets nothing. Zero gets 0%.",
            [0, 0, 30, 70],
        ),
        # options named in a reason are not bet on
        (
            "Bets: none sprouting is ruled out since Jim saw two sprout, 0%. One sprouting is "
            "impossible because he saw 2, 0%. Two: 40%. Three: 60%.",
            [0, 0, 40, 60],
        ),
        # "elsewhere": the options not yet given an amount
        ("Prior: 2\nAfter the call: 90% on exactly 2, 10% on 3, 0% elsewhere", [0, 0, 90, 10]),
        # an amount set off by commas, then what it goes on
        ("Bets: most of it, $70, goes on two. $30 on three, $0 on the rest.", [0, 0, 70, 30]),
        # an amount hedged after the option it is on
        (
            "I'd put my money on two - about 80% - and 20% on three. Nothing on 0 or 1.",
            [0, 0, 80, 20],
        ),
        # lines of an amount, a dash, then the option with the objects' words
        (
            "Question 2:\n$5 - no seeds\n$5 - one seed\n$30 - two seeds\n$60 - three seeds",
            [5, 5, 30, 60],
        ),
        ("My bets:\n0% -> 0\n10% -> 1\n60% -> exactly 2\n30% -> 3", [0, 10, 60, 30]),
        # an amount for the options its sentence named before ("they", "there", "them")
        (
            "Ana opened both, so 0 and 1 are out and they get nothing. $40 on 2, $60 on 3.",
            [0, 0, 40, 60],
        ),
        (
            "Bets: three is ruled out since Ben saw a good one, so 0% there. 2: 70%, 1: 30%, "
            "0: 0%.",
            [0, 30, 70, 0],
        ),
        ("Bets: 2 and 3 are what's left; 50% on them. Zero and one get nothing.", [0, 0, 50, 50]),
        # the amount after the option it is the chance of
        (
            "Bets: the chance of exactly one is 10%, the chance of two tickets winning is 90%, "
            "and nothing on zero or three.",
            [0, 10, 90, 0],
        ),
        # a semicolon and a space end the options an amount goes to
        ("Bets: 65% goes to three and 35% goes to two; zero and one get nothing.", [0, 0, 35, 65]),
        # a number after a demonstrative is the objects, not an option's key
        (
            "Of the phones he checked, those 2: 1 fine, 1 burned out.\n0 phones: 0%\n"
            "1 phone: 40%\n2 phones: 50%\n3 phones: 10%",
            [0, 40, 50, 10],
        ),
    ],
)
def test_study1_bets_tied_to_options_by_words_over_sentences(study1, answer, bets):
    assert values_read(study1, answer, BETS) == dict(zip(BETS, bets, strict=True))


@pytest.mark.parametrize(
    ("answer", "bets"),
    [
        # an amount on an option taken back by a second: that bet is empty
        (
            "After the call, the bulk, $60, goes on two? No, Ben saw both faulty - $100 on "
            "three. Nothing on 0, 1 or 2.",
            [0, 0, None, 100],
        ),
        # "1: 5%" alone under no label could be question 1's answer; "gets" says it is a bet
        ("1: 5%\nKnowledge: no", [None, None, None, None]),
        # a verb tying a bare number, no unit: no amount
        ("Zero gets 10 and that is it.", [None, None, None, None]),
        # "they" with no option named before it in its sentence refers to nothing here
        ("Mark called. They get nothing, he said.", [None, None, None, None]),
        # ... nor to a count of the objects, nor in a question
        ("Bets: Ben tested 2 phones, so they get nothing. 3: 100%", [None, None, None, 100]),
        ("Bets: 0 and 1, so they get nothing? 3: 100%", [None, None, None, 100]),
        # an amount, a dash and a bare number: a range as much as a bet
        ("Bets:\n$0 - 5\n$10 - 20", [None, None, None, None]),
    ],
)
def test_study1_bets_in_prose_that_stay_empty(study1, answer, bets):
    assert values_read(study1, answer, BETS) == dict(zip(BETS, bets, strict=True))


@pytest.mark.parametrize(
    ("answer", "knowledge"),
    [
        # the claim with nothing after it is the question's claim
        ("$100 on 2. Ben tested every phone, so he knows.", "yes"),
        ("All of it on three. Mark knows, he graded all of them.", "yes"),
        ("90% on 1, 10% on 2. And yes, Monica knows; she cut every fruit.", "yes"),
        # ... negated, it is no
        ("$100 on 2. Ben only tested two, so he doesn't know.", "no"),
        # a yes after the question put in the answerer's words, as a label
        (
            "Bets: 2: 100%. As to whether Laura knows exactly how many had checks: no, she "
            "opened one.",
            "no",
        ),
        (
            "Bets: 3: 100%. On the question of whether Ben knows exactly how many: probably "
            "not, two phones are untested.",
            "no",
        ),
        # after another question's answer, a clause of its own
        (
            "For the first question, I'd say two, and yes, Jim knows exactly since he saw all.",
            "yes",
        ),
    ],
)
def test_study1_knowledge_said_in_prose(study1, answer, knowledge):
    assert values_read(study1, answer, ["Knowledge_A"]) == {"Knowledge_A": knowledge}


@pytest.mark.parametrize(
    "answer",
    [
        # a noun for a sentence right before the words, unquoted: the words named, not said
        "The line it wasn't bad turns up in every polite review.",
        "Her catchphrase it was amazing annoys the whole office.",
        # a written thing that says the words, quoted or not
        "The menu card said the soup was terrible.",
        'The note on the fridge read: "It was good".',
        # telling someone the words, supposed: what it would do
        'Telling Jonas "It was bad" would upset him.',
    ],
)
def test_study2_words_named_written_or_supposed_are_no_answer(study2, answer):
    assert utterance_read(study2, answer) == " "


def test_study2_a_noun_subject_before_the_copula_still_names_the_thing(study2):
    assert utterance_read(study2, "Ruth would say the soup was good.") == "was good"
    assert utterance_read(study2, "Your last painting was amazing.") == "was amazing"


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # a sentence avoided or skipped as a kind of saying, and one named a close second,
        # are set aside: the other is the answer, below certainty
        ('It avoids a blunt "It was terrible", so: "It wasn\'t good".', "wasn't good"),
        ('Ines skips the harsh "It was bad" and says "It wasn\'t good".', "wasn't good"),
        ('Best guess: "It was good". A close second: "It was amazing".', "was good"),
        ('Top pick "It wasn\'t bad"; a distant second, "It was good".', "wasn't bad"),
        # avoided both: no choice
        ('She avoids "It was bad" and avoids "It was good".', " "),
    ],
)
def test_study2_a_sentence_avoided_or_a_close_second_is_set_aside(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


@pytest.mark.parametrize(
    ("answer", "values"),
    [
        # cut off in a second item that opens like the first: another sentence begun,
        # which could have been another answer (rule 4)
        ("- It wasn't bad\n- It wasn't go", {}),
        ("1. It was amazing\n2. It was goo", {}),
        ("It was terrible.\nIt was", {}),
        # cut off in an explanation that opens otherwise: the answer before it stands
        ("It was good. Because the so", {"Was_Wasnt": "was", "Assessment": "good"}),
        ("It wasn't bad.\nIt is worth sa", {"Was_Wasnt": "wasn't", "Assessment": "bad"}),
    ],
)
def test_study2_cut_off_in_a_second_item_of_the_same_form(study2, answer, values):
    assert parsed(study2, answer, "length").values == values


@pytest.mark.parametrize(
    "answer",
    [
        # the claim with an object, a condition or a value after it
        "$100 on 2. As far as she knows, two won.",
        "$100 on 2. He knows that one is broken.",
        "; Q3\nMOV knows, 0",
        # whose knowing: the answerer's, or a question put back
        "$100 on 2. Who knows.",
        "$100 on 2. Everyone knows, this is how it goes.",
        "$100 on 2. Heaven knows.",
        "$100 on 2. I know, it is odd.",
    ],
)
def test_study1_knowledge_in_prose_that_stays_empty(study1, answer):
    assert values_read(study1, answer, ["Knowledge_A"]) == {"Knowledge_A": None}


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # another sentence promoted after the answer, whatever noun names it: two answers
        ("Response: It wasn't bad.\nOn second thought, it was good is the better line.", " "),
        ('"It was amazing." Though "It was good" would be the more fitting sentence.', " "),
        ("Final answer: It was terrible. Hmm, it was bad is the best thing to say.", " "),
        # the promoted sentence alone is the answer
        ('"It was good" is the most natural reply for Cheryl.', "was good"),
        # a comment on the task in the phrases' form evaluates the task, not the thing
        ("That's a tricky scenario.", " "),
        ("What an interesting question! It's a good puzzle.", " "),
        ("This is a difficult dilemma.", " "),
        # ... and beside a sentence of the set it leaves that sentence the answer
        ("Good question! It wasn't bad.", "wasn't bad"),
        # a thing evaluated with a noun of its own is still evaluated
        ("It was a lovely painting.", "was "),
        # a wording suggested to "you" under a condition is not the speaker's answer
        ('If you wanted Peter to feel awful, you could say "It was terrible."', " "),
        ("If you just wanted to be nice, you might tell her it was amazing.", " "),
        # ... while what the speaker would say under the trial's goal is
        ('If Grace wants to be kind, she would say "It was good."', "was good"),
        ('You could say "It wasn\'t bad".', "wasn't bad"),
    ],
)
def test_study2_a_sentence_promoted_a_task_commented_or_a_wording_suggested(
    study2, answer, utterance
):
    assert utterance_read(study2, answer) == utterance


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # a hashtag on a word is the word
        ("It wasn't #terrible, Mika!", "wasn't terrible"),
        ("#honest It was #bad.", "was bad"),
        # a stammer's repeated first letter is the word said once
        ("It w-w-was g-good, Rebecca.", "was good"),
        ("It was a-a-amazing!", "was amazing"),
        ("Um, it wasn't b-bad.", "wasn't bad"),
        # a hyphened word that is no stammer stays as it is
        ("It was good-ish.", "was "),
        # a bubble sheet: the filled bubble is the choice, in rows under keys or one a line
        (
            "A ◯ It wasn't terrible  B ◉ It wasn't bad\nC ◯ It was good  D ◯ It was amazing",
            "wasn't bad",
        ),
        ("○ It was terrible\n○ It was bad\n● It was amazing", "was amazing"),
        # no bubble filled, or two: no choice
        ("○ It was terrible\n○ It was bad\n○ It was amazing", " "),
        ("A ○ It was bad  B ● It was good  C ● It was amazing", " "),
    ],
)
def test_study2_hashtags_stammers_and_bubble_sheets(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # keycap digits key a list; a hand pointing at a key alone marks the choice
        ("1️⃣ It wasn't terrible\n2️⃣ It was good\n3️⃣ It was amazing\n\n👉 3️⃣", "was amazing"),
        ("a) It was bad\nb) It wasn't bad\n\n➡️ b", "wasn't bad"),
        ("Options:\n1️⃣ It was terrible\n2️⃣ It wasn't good\n☞ 2", "wasn't good"),
        # keycaps with no pointer: a list of candidates, no choice
        ("1️⃣ It was good\n2️⃣ It wasn't bad\n3️⃣ It was amazing", " "),
        # a hand before a line of words is an ornament
        ("👉 It wasn't bad, Grace.", "wasn't bad"),
    ],
)
def test_study2_keycap_options_and_a_pointing_hand(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


def test_study1_a_pointing_hand_before_each_labelled_line_is_an_ornament(study1):
    answer = "👉 Prior: 3\n👉 Bets: 0: 0%, 1: 0%, 2: 10%, 3: 90%\n👉 Knowledge: yes"
    assert values_read(study1, answer, ["Prior_A", "Knowledge_A"]) == {
        "Prior_A": 3,
        "Knowledge_A": "yes",
    }


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # "so:" after a comma closes the weighing as at a sentence's start
        (
            'Mika wants to be kind, "It was terrible" is too harsh and "It was amazing" '
            'oversells it, so: "It wasn\'t bad."',
            "wasn't bad",
        ),
        ('"It was bad" is honest yet blunt, thus: It wasn\'t good.', "wasn't good"),
        # ... but two sentences after it are still two
        ('Honest or kind, so: "It was bad" or "It was good".', " "),
        # a phrase alone in the last paragraph, after prose that weighed others: the outcome
        (
            'Two hearts and Peter wants both honesty and kindness. "It was amazing" '
            'overshoots, "It was bad" undershoots, and the middle seems right.\n\nIt was good!',
            "was good",
        ),
        (
            "Only one heart for the song, and Grace just wants to inform. The choices "
            'narrow to "It was bad" or "It wasn\'t good".\n\n"It wasn\'t good."',
            "wasn't good",
        ),
        # ... not after a list of phrases, nor after an answer already given
        ("Candidates:\nIt was bad\nIt wasn't good\n\nIt was bad", " "),
        (
            'Grace would say "It was good." It fits the two hearts and her wish to be '
            "kind to her friend.\n\nIt was amazing.",
            " ",
        ),
    ],
)
def test_study2_weighing_closed_by_so_or_by_a_last_line(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # an earlier sentence taken back right after it, then a final answer: the final one
        (
            "I'd go with \"It was terrible\" - no, that's too harsh. Final answer: It was bad.",
            "was bad",
        ),
        (
            'She\'d say "It was good"... wait, that undershoots three hearts. '
            'My answer: "It was amazing".',
            "was amazing",
        ),
        # an earlier sentence not taken back: two answers
        ('I\'d say "It was good". Hmm. Final answer: "It was amazing".', " "),
    ],
)
def test_study2_an_answer_taken_back_before_the_final_one(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


# --- Spoken, non-native and hedged prose (round 16) ----------------------------------------

STUDY1 = ["Prior_A", "probability_0", "probability_1", "probability_2", "probability_3"]
STUDY1 += ["Knowledge_A"]


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # dictation says its punctuation: the marks it names, read by inference
        (
            "prior colon two new line bets colon zero colon zero percent comma one colon "
            "twenty percent comma two colon fifty percent comma three colon thirty percent "
            "new line knowledge colon yes",
            (2, 0, 20, 50, 30, "yes"),
        ),
        (
            "answer one colon all three full stop bets colon ten percent on none comma ten "
            "percent on one comma thirty percent on two comma fifty percent on three full "
            "stop does she know exactly question mark no full stop",
            (3, 10, 10, 30, 50, "no"),
        ),
        # a phone call's fillers hold up nothing ("say, uh, two", "put like ten on none")
        (
            "Um, so, uh, before the call I'd say, uh, two. Then, um, I'd put like ten on "
            "none, uh, twenty on one, fifty percent on two and twenty on three. Does he "
            "know? Uh, no.",
            (2, 10, 20, 50, 20, "no"),
        ),
        # amounts without a unit that their sentence makes bets
        (
            "For the bets I'll go five on zero, fifteen on one, thirty on two, fifty on "
            "three. Jim doesn't know exactly.",
            (None, 5, 15, 30, 50, "no"),
        ),
        (
            "I'd bet 60 on three and 40 on two. Does Monica know exactly? No.",
            (None, None, None, 40, 60, "no"),
        ),
        # bare numbers in a sentence that gives their unit, and a decimal point in words
        (
            "Prior: two. Bets: for 0 nothing, for 1 15, for 2 55, for 3 30, all in %.",
            (2, 0, 15, 55, 30, None),
        ),
        (
            "I'd say three. Thirty-three point three percent on two, sixty-six point seven "
            "percent on three. Laura can't know exactly.",
            (3, None, None, 33.3, 66.7, "no"),
        ),
        # "N is X%" in a list of the options: bets, and no count
        (
            "My numbers: 0 is 5%, 1 is 15%, 2 is 30%, 3 is 50%. Ben knows exactly: no.",
            (None, 5, 15, 30, 50, "no"),
        ),
        # the asked labels with a space, no colon
        ("Prior 2. Bets 0 0%, 1 10%, 2 70%, 3 20%. Knowledge no.", (2, 0, 10, 70, 20, "no")),
        (
            "Prior two, since tickets often lose. Bets: 0: 0%, 1: 20%, 2: 80%, 3: 0%.",
            (2, 0, 20, 80, 0, None),
        ),
        # learners' grammar: "I am think", "she not know", "is not knowing"
        (
            "I am think 2 letter have the check. She not know exactly.",
            (2, None, None, None, None, "no"),
        ),
        (
            "Before, I am guess all three is pass. After, 0% for 0, 10% for 1, 50% for 2, "
            "40% for 3. Mark is not knowing exactly.",
            (3, 0, 10, 50, 40, "no"),
        ),
        # the answerer's own doubt is no answer to whether the speaker knows
        (
            "I'm not entirely sure, but I'd guess two of the seeds sprouted.",
            (2, None, None, None, None, None),
        ),
        (
            "I'm not fully certain, but I'd lean toward all three passing. As for whether "
            "Mark knows exactly - I doubt it.",
            (3, None, None, None, None, "no"),
        ),
    ],
)
def test_study1_spoken_learners_and_hedged_prose_are_read_loosely(study1, answer, expected):
    reading = parsed(study1, answer)
    assert tuple(reading.values.get(name) for name in STUDY1) == expected
    if not answer.startswith("Prior"):
        # (read from speech or prose, nothing is as the prompt asked it: below full
        # confidence)
        assert DIRECT not in reading.grades.values()


@pytest.mark.parametrize(
    ("answer", "prior"),
    [
        # in its part, a verb of choosing with its subject left out, as minutes write
        ("Item 1 (prior): agreed on two.\nItem 2 (bets): 2 - 60%; 3 - 40%.", 2),
        ("Prior: went with all three, the class is strong.", 3),
        ("Prior: settled on none.", 0),
        ("Prior: decided on two or three.", None),
        # a transcript: the line after a "how many" question of the time before answers it
        (
            "INTERVIEWER: Before Jim texts - how many seeds came up?\nME: Two. Seeds like "
            "that rarely all sprout.\nINTERVIEWER: And after?\nME: 0% on 0, 10% on 1, 60% "
            "on 2, 30% on 3.",
            2,
        ),
        ("Q: How many letters had a check, would you guess?\nA: All three, I think.", 3),
        # ... not one asked of the time after the report, nor of what the speaker knows
        ("Q: How many seeds sprouted after Jim's text?\nA: Two.", None),
        ("Q: Does Laura know how many?\nA: Two, she says.", None),
        # out of any part it may choose anything
        ("Agreed on 3 items. Bets: 0: 0%, 1: 0%, 2: 50%, 3: 50%.", None),
    ],
)
def test_study1_a_count_chosen_or_answering_its_question_is_read_loosely(study1, answer, prior):
    reading = parsed(study1, answer)
    assert reading.values.get("Prior_A") == prior
    if prior is not None:
        assert reading.grades["Prior_A"] == LOOSE


@pytest.mark.parametrize(
    "answer",
    [
        # numbers on days, on things: no bets; "3 is 90% likely" is no bet on 3
        "She opened 2 on Monday and 1 on Tuesday. I'd guess all three are dry.",
        "She looked at 1 on Monday, 2 on Tuesday and 3 on Wednesday.",
        "I think 3 is 90% likely.",
        "I put 2 on the shelf.",
    ],
)
def test_study1_numbers_on_other_things_are_no_bets(study1, answer):
    values = values_read(study1, answer, STUDY1[1:5])
    assert values == dict.fromkeys(STUDY1[1:5])


@pytest.mark.parametrize(
    ("answer", "prior"),
    [
        # a count put in the place of the one before: two answers
        ("Prior: all three; rather, two. Bets: 0: 0%, 1: 0%, 2: 50%, 3: 50%.", None),
        ("I'd say all three; rather, two.", None),
        ("All three. Scratch that, two.", None),
        # "rather than" compares: one answer
        ("Prior: all three; rather than two. Bets: 0: 0%, 1: 0%, 2: 50%, 3: 50%.", 3),
        ("Prior: all three, rather than two. Bets: 2: 50%, 3: 50%.", 3),
        ("I'd say three rather than two, given how often they pass.", 3),
    ],
)
def test_study1_a_count_taken_back_is_two_answers(study1, answer, prior):
    assert values_read(study1, answer, PRIOR) == {"Prior_A": prior}


BETS_GIVEN = "Prior: 3. Bets: 0: 0%, 1: 0%, 2: 50%, 3: 50%. "


@pytest.mark.parametrize(
    ("answer", "knowledge"),
    [
        # a yes doubted into a no (or a no into a yes) after it: both
        ("Knowledge: Yes. Well, perhaps not.", None),
        ("Does she know exactly? No. Maybe yes.", None),
        ("Knowledge: Yes, or maybe not.", None),
        ("Knowledge: yes... then again, probably not.", None),
        # a hedge that agrees, or that is about something else, keeps the answer
        ("Knowledge: No, probably not.", "no"),
        ("Knowledge: Yes. Well, perhaps not all at once, but he read every letter.", "yes"),
        ("Knowledge: Yes, maybe so.", "yes"),
        # "fifty-fifty" is an even split: undecided
        ("Knowledge: fifty-fifty, honestly.", None),
    ],
)
def test_study1_a_yes_or_no_doubted_into_the_other_is_two_answers(study1, answer, knowledge):
    assert values_read(study1, BETS_GIVEN + answer, ["Knowledge_A"]) == {"Knowledge_A": knowledge}


@pytest.mark.parametrize(
    ("answer", "knowledge"),
    [
        # learners' grammar states the claim as well: "no know", "not knows", "is knowing"
        ("Jim no know exactly, he look only two seed.", "no"),
        ("Laura not knows exactly.", "no"),
        ("He don't know exactly how many.", "no"),
        ("Mark is not knowing exactly.", "no"),
        ("She is knowing exactly the number, she open all.", "yes"),
        ("She know exactly how many.", "yes"),
        # a "no" that answers, then the claim the other way: both
        ("No, she knows exactly.", None),
    ],
)
def test_study1_learners_grammar_states_the_knowledge_claim(study1, answer, knowledge):
    assert values_read(study1, BETS_GIVEN + answer, ["Knowledge_A"]) == {"Knowledge_A": knowledge}


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # the listener's reply (thanks, an interjection) after the speaker's line is not
        # the speaker's choice, whatever it repeats or denies
        ("Jake: It wasn't bad.\nKevin: Oh, thanks! So it wasn't terrible then.", "wasn't bad"),
        (
            '**Molly:** "It was good!"\n**Kara:** "Thank you, though it wasn\'t amazing."',
            "was good",
        ),
        (
            "GRACE (hugging her): It was amazing.\nHEATHER: Haha, it was terrible and you know it.",
            "was amazing",
        ),
        (
            "Colin: How was my solo?\nGreg: It wasn't good.\n"
            "Colin: Oh... so it was bad? Thanks for being honest.",
            "wasn't good",
        ),
    ],
)
def test_study2_the_listeners_reply_in_a_script_is_not_the_speakers_line(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance
    # the speaker told apart by the order of the lines: likely, not certain
    assert set(parsed(study2, answer).grades.values()) == {LOOSE}


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # a line after one that evaluates nothing, or after a question, answers it
        ("Mika: Tell me about the painting.\nHailey: Oh, it was amazing!", "was amazing"),
        ("Bob: Was it terrible?\nJohn: Oh, it wasn't terrible!", "wasn't terrible"),
        # the same person twice: a revision, no choice
        ("Emma: It was good.\nWendy: Really?\nEmma: Honestly, it wasn't bad.", " "),
        # labels that do not react: two sentences offered side by side
        ("Kind: It was good.\nHonest: It wasn't bad.", " "),
        # three people: no speaker and listener to tell apart
        ("Ann: It was good!\nBo: Oh, thanks!\nCy: Oh, it was amazing.", " "),
    ],
)
def test_study2_a_script_line_that_is_no_reply_is_read_as_before(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # an answer line with a bare word, then an explanation: the line gives the word
        # alone; the explanation's sentences lend it no frame (no title over what follows)
        ("Answer: Good\n\nHer cake wasn't perfect, but Ann wants to be kind.", " good"),
        ("A: amazing\n\nThe recital was not flawless, yet Greg loved every minute.", " amazing"),
        ("Final answer: terrible\n\nKevin's film wasn't watchable at all.", " terrible"),
        ("Reply: bad\n\nIt was the honest thing to say.", " bad"),
        # ... nor a word to a frame
        ("Response: It wasn't\n\nJake thinks the poem was bad but won't use the word.", "wasn't "),
        # a title that gives nothing still stands over the answer below it
        ("Study 2\n\nIt wasn't bad.", "wasn't bad"),
    ],
)
def test_study2_an_answer_line_is_no_title_over_its_explanation(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # one sentence of the set among listed sentences of its form with other words:
        # a list of candidates, none marked
        ("- It was great\n- It wasn't bad\n- It was okay", " "),
        ("a) That was lovely\nb) It was good\nc) It wasn't perfect", " "),
        ("1. 'It is fine'\n2. 'It was amazing'", " "),
        (
            '1. Too harsh - "It was awful"\n2. Gentle - "It wasn\'t bad"\n'
            '3. Gushing - "It was superb"',
            " ",
        ),
        # ... one marked is the choice
        ("1. It was great\n2. It wasn't bad <- my answer", "wasn't bad"),
        # numbered reasoning before the sentence, or an explanation after it, is no list
        ("1. Kara felt 2 hearts.\n2. Molly wants to be kind.\n3. It was good.", "was good"),
        ("It was good.\nIt's the honest thing to say given 2 hearts.", "was good"),
        ("It wasn't bad.\n- honest about the 1 heart\n- still kind", "wasn't bad"),
    ],
)
def test_study2_one_sentence_of_the_set_in_a_list_of_sentences_is_no_choice(
    study2, answer, utterance
):
    assert utterance_read(study2, answer) == utterance


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # an evaluation of the answer or the response, not of the thing: no frame, no word
        ("That's an excellent answer.", " "),
        ("It was a good answer, Kevin.", " "),
        ("That is a terrible response!", " "),
        # ... beside the sentence given, the sentence is read
        ("Great response. It wasn't bad.", "wasn't bad"),
        ("It was a good performance.", "was good"),
    ],
)
def test_study2_an_evaluation_of_the_answer_is_not_of_the_thing(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # a sentence its own sentence goes on to call no good pick is weighed, not given
        ("Kevin might say 'It wasn't bad', but it's not the most likely one.", " "),
        (
            'Molly could go with "It was amazing" - though it isn\'t the best fit for two hearts.',
            " ",
        ),
        ('Ann could say "It was good" to be nice, though that isn\'t the right answer here.', " "),
        # ... not one named the best choice, nor one whose "not" says something else
        ('Greg would say "It was bad", and that is the best choice.', "was bad"),
        (
            'Sean would say "It wasn\'t terrible" - not the kindest thing, but the right answer.',
            "wasn't terrible",
        ),
    ],
)
def test_study2_a_sentence_called_no_good_pick_after_it_is_weighed(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # a bare word after "respond with", "answer with": the word, no frame
        ("Fiona is most likely to respond with terrible.", " terrible"),
        ("She'd answer with good.", " good"),
        ("Greg would reply with: amazing!", " amazing"),
        # ... not a word outside the set, a thing, two words, or one not said
        ("Sean would respond with kindness.", " "),
        ("She'd respond with a smile.", " "),
        ("Kara would respond with bad or good.", " "),
        ("Chris would not respond with terrible.", " "),
    ],
)
def test_study2_a_bare_word_responded_with_is_the_word(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # the main clause right after a condition that supposes a sentence said speaks of
        # that saying: no answer
        ("If Tom were to say 'It was terrible', he would say 'It was terrible' harshly.", " "),
        (
            'If Kara said "It was good", she would be saying "It was good" without much thought.',
            " ",
        ),
        # ... a clause that turns from it, a later sentence, or a condition on the speaker
        # gives the answer
        (
            "If she said \"It was amazing\", she'd sound fake, so she'd say it wasn't bad.",
            "wasn't bad",
        ),
        (
            "If Jake were to say 'It was bad', he'd be honest. He'd say 'It wasn't bad' though.",
            "wasn't bad",
        ),
        ('If Ann wants to be kind, she would say "It was good".', "was good"),
    ],
)
def test_study2_what_follows_a_supposed_saying_is_no_answer(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # another answer given "also" after the choice, even one outside the set: no choice
        ("Kevin would say \"It wasn't bad\"; he could also respond with the word 'decent'.", " "),
        ('Ann would say "It was good." She might also say "It was lovely."', " "),
        ("Greg would reply 'It was amazing', but he may also answer with the word 'superb'.", " "),
        # ... not the same sentence again, nor more words that evaluate nothing
        (
            'Ann would say "It was good." She would also say "It was good" again if asked.',
            "was good",
        ),
        ('Jake would say "It wasn\'t bad" and also tell her "Thanks for sharing!"', "wasn't bad"),
        ("Molly would say 'It was amazing' and also use a warm tone.", "was amazing"),
    ],
)
def test_study2_another_answer_also_given_after_the_choice_leaves_no_choice(
    study2, answer, utterance
):
    assert utterance_read(study2, answer) == utterance


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # a sentence called better after another is a second answer: a self-correction
        (
            'It wasn\'t bad. Actually, as Omar is her brother, "It was good" fits better.',
            " ",
        ),
        (
            '"It wasn\'t good." On reflection, given Sam\'s effort, "It was good" works better.',
            " ",
        ),
        ('She\'d say "It was bad." Hmm, though "It wasn\'t bad" sounds better for a friend.', " "),
        # ... and the answer where the other is only rejected
        ('"It wasn\'t terrible" fits better than "It was terrible".', "wasn't terrible"),
        # another way of saying it offered as better, after a sentence given first
        (
            "Tia's poem was terrible.\n\nA better way of giving feedback could be: It was amazing.",
            " ",
        ),
        ("The soup was terrible.\nA better response would be: It was good.", " "),
        ("Leo's drawing was bad.\n\nA kinder way to put it could be: It wasn't bad.", " "),
        # two of the other words negated in a row: a list of verdicts, not a cap
        ("It was good, not amazing, not bad.", " "),
        ("It wasn't bad - not terrible, not good.", " "),
        ("It was amazing, not bad, not terrible at all.", " "),
        # one negated word joined by "but" caps the first; after a bare comma it is a
        # second form with its frame left out (s2-b-061's label): two of the eight forms
        ("It was good, not amazing.", " "),
        ("It was bad, but not terrible.", "was bad"),
    ],
)
def test_study2_a_sentence_called_better_or_a_row_of_verdicts_is_no_single_choice(
    study2, answer, utterance
):
    assert utterance_read(study2, answer) == utterance
    assert set(parsed(study2, answer).grades.values()) <= {LOOSE}


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # a candidate named by its place, the reason after it in the same sentence
        (
            "Torn between 'It was bad' and 'It wasn't bad'. I'll go with"
            " the second one - Ivo is kind.",
            "wasn't bad",
        ),
        (
            'Between "It wasn\'t good" and "It was good", I\'d pick the'
            " first, since she is honest.",
            "wasn't good",
        ),
        (
            "1. It was terrible\n2. It wasn't terrible\nI'd go with the"
            " second option; it is gentler.",
            "wasn't terrible",
        ),
        # a denied pick or two places named choose nothing
        (
            "Between 'It was terrible' and 'It was bad'. I wouldn't pick"
            " the first one, it's harsh.",
            " ",
        ),
        (
            "Between 'It was terrible' and 'It was bad', I can't pick"
            " the first one, nor the second.",
            " ",
        ),
        (
            "Between 'It was good' and 'It was amazing'. The second time she tried it, she smiled.",
            " ",
        ),
    ],
)
def test_study2_a_candidate_named_by_its_place_before_a_reason(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance
    assert set(parsed(study2, answer).grades.values()) <= {LOOSE}


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # another person's words quoted first, then the speaker's own sentence
        (
            'A blunt cousin might say "It was bad," but Omar loves Lea,'
            ' so he\'d say "It was good."',
            "was good",
        ),
        (
            'An honest stranger would say "It was terrible". Since Ken is kind, he\'d say '
            '"It wasn\'t terrible."',
            "wasn't terrible",
        ),
        (
            'A harsher critic might say "It wasn\'t good", but Mia would'
            ' tell him "It was amazing".',
            "was amazing",
        ),
        # only others' words, or two others' words, state no answer
        ('A blunt friend might say "It was terrible."', " "),
        (
            'A kind friend might say "It was good," while a stricter one'
            ' might say "It wasn\'t bad."',
            " ",
        ),
        ('A gentle person would say "It wasn\'t bad"; another would say "It was bad".', " "),
    ],
)
def test_study2_another_persons_words_before_the_speakers_own(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance
    assert set(parsed(study2, answer).grades.values()) <= {LOOSE}


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # emoji ticks and crosses opening the lines: the ticked line is chosen
        ("❌ It was bad\n✅ It wasn't bad\n❌ It was terrible", "wasn't bad"),
        ("- ✅ It was good\n- ❌ It was amazing\n- ❌ It wasn't good", "was good"),
        (
            '1. ❌ "It was bad"\n2. ✅ "It wasn\'t terrible"\n3. ❌ "It was terrible"',
            "wasn't terrible",
        ),
        # two ticked, none ticked, all ticked: no choice; one cross could be a "no"
        ('❌ "It was bad"\n✅ "It wasn\'t terrible"', " "),
        ("✅ It was good\n✅ It was amazing\n❌ It was bad", " "),
        ("❌ It was terrible\n❌ It was bad\n❌ It was good", " "),
        ("✅ It was good\n✅ It wasn't bad", " "),
        # data whose key names what it holds as not chosen
        (
            '{"utterance": "It wasn\'t bad", "alternatives": ["It was good", "It was bad"]}',
            "wasn't bad",
        ),
        ('{"rejected": ["It was terrible"], "response": "It wasn\'t terrible"}', "wasn't terrible"),
        ("choice: It was bad\nruled_out: It wasn't bad, It was terrible", "was bad"),
        ('{"rejected": ["It was terrible", "It was bad"]}', " "),
        ('{"options": ["It was good", "It was amazing"]}', " "),
    ],
)
def test_study2_a_choice_marked_by_an_emoji_tick_or_beside_rejected_data(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance
    assert set(parsed(study2, answer).grades.values()) <= {LOOSE}


@pytest.mark.parametrize(
    ("answer", "knowledge"),
    [
        # emoji before Study 1's answers are ornament or a yes and a no, never ticked boxes
        ("✅ All 3 exams were passed\n❌ She doesn't know exactly", "no"),
        ("✅ Probably 2 of the seeds sprouted.\n❌ He does not know exactly.", "no"),
        ("✅ 3 of the tickets won\n❌ Knows exactly? No", "no"),
        ("✅ 2\n❌ no", "no"),
    ],
)
def test_study1_emoji_before_answers_are_no_ticked_list(study1, answer, knowledge):
    assert values_read(study1, answer, ["Knowledge_A"]) == {"Knowledge_A": knowledge}


FIELDS1 = ["Prior_A", "probability_0", "probability_1", "probability_2", "probability_3"]
KNOWLEDGE = ["Knowledge_A"]


@pytest.mark.parametrize(
    ("answer", "knowledge"),
    [
        # the answerer's own inability to know is no statement of the speaker's knowledge
        ("I'm not able to know how many exams passed without the results.", None),
        ("We are unable to know how many letters have checks in them.", None),
        ("I need to know more before I answer. Sorry!", None),
        # ... the speaker's is
        ("Jim is not able to know exactly how many sprouted.", "no"),
        ("She won't be able to know exactly, she opened one box.", "no"),
        # a question's numbered label before the claim is no hedge
        ("Question 3: I think Laura knows exactly how many letters have checks.", "yes"),
        ("Q3: Joe knows exactly how many tickets won.", "yes"),
        ("Question 4: I think Jim knows exactly.\nQuestion 5: No, Jim will never know.", None),
        # ... the question asked about it is
        ("The question is whether Mark knows exactly how many passed.", None),
    ],
)
def test_study1_knowledge_of_the_answerer_or_under_a_questions_number(study1, answer, knowledge):
    assert values_read(study1, answer, KNOWLEDGE) == {"Knowledge_A": knowledge}


@pytest.mark.parametrize(
    ("answer", "values"),
    [
        # counts of several things listed under the prior: several counts, none the answer
        ("Question 1: 3 letters, 4 checks, 2 checks", [None] * 5),
        ("Prior: 2 seeds, 1 seed", [None] * 5),
        ("Q1: 3 exams, 1 exam", [None] * 5),
        # one count and words after it
        ("Prior: 3 exams, all passed", [3] + [None] * 4),
        ("Q1: 2 jars, I think", [2] + [None] * 4),
        ("Prior: 3 tickets, since they almost always win", [3] + [None] * 4),
        # "going all in" is a bet of everything, not on "all"
        ("Q2: I'm going all in: 2 -> 100%, everything else 0%.", [None, 0, 0, 100, 0]),
        ("Q2: all-in on two, $100 on 2.", [None, None, None, 100, None]),
        ("Bets: $100 on all of them passing", [None, None, None, None, 100]),
    ],
)
def test_study1_counts_listed_and_all_in(study1, answer, values):
    assert values_read(study1, answer, FIELDS1) == dict(zip(FIELDS1, values, strict=True))


@pytest.mark.parametrize(
    ("answer", "values"),
    [
        # reasoning above a line that sums the answer up, giving another bet: both stated
        (
            "Laura read all three letters, so I'd put 100% on 2.\n\n"
            "TL;DR: prior 3, bets 0/0/80/20, knowledge yes.",
            [3, 0, 0, None, 20],
        ),
        # ... the same bet: that bet
        (
            "Mark saw every exam, so I'd put 100% on 2.\n\nTL;DR: prior 3, bets 0/0/100/0.",
            [3, 0, 0, 100, 0],
        ),
    ],
)
def test_study1_reasoning_beside_a_summing_up_line(study1, answer, values):
    assert values_read(study1, answer, FIELDS1) == dict(zip(FIELDS1, values, strict=True))


@pytest.mark.parametrize(
    ("answer", "prior"),
    [
        # a guess named by its time, with no "my": the prior
        ("Starting guess: three. After the call I'd put 100% on 3.", 3),
        ("The initial estimate would be 2, since some seeds fail.", 2),
        ("Baseline count is all of them; then 90% on 3 and 10% on 2.", 3),
        ("Our original guess was 1, as these jars rarely have cookies.", 1),
        # ... two counts, or a guess named by the time after: no prior
        ("Initial guess: 2 or 3.", None),
        ("The initial guess is hard to pin down without the base rate.", None),
        ("The starting point is the base rate of the story.", None),
    ],
)
def test_study1_a_guess_named_by_its_time_is_the_prior(study1, answer, prior):
    assert values_read(study1, answer, PRIOR) == {"Prior_A": prior}


@pytest.mark.parametrize(
    ("answer", "prior"),
    [
        # a learner's "I think is 3" leaves out the "it"
        ("For question one I think is 2 because seeds not always sprout.", 2),
        ("I think is all 3, these tickets win almost always.", 3),
        ("I think is possible that 2 passed.", None),
        # a count said of the time before, its clause ending: "3 before, ..."
        ("Before and after: 3 before, and after the call 100% on 3.", 3),
        ("Prior: 3 before, 2 after", 3),
        ("I'd say 2 before, 3 after.", 2),
    ],
)
def test_study1_learners_prior_and_a_count_said_before(study1, answer, prior):
    assert values_read(study1, answer, PRIOR) == {"Prior_A": prior}


BETS = ["probability_0", "probability_1", "probability_2", "probability_3"]


@pytest.mark.parametrize(
    ("answer", "prior"),
    [
        # a label whose words name the time after the report, or a later version of a
        # guess ("updated", "revised", "new", "now", "after the call", "posterior"): the
        # guess after the news, not the prior
        ("Updated guess: 2, since the seed Ana dug up had sprouted.", None),
        ("Revised estimate: 1 — the call changed things.", None),
        ("My guess now: 2", None),
        ("Posterior estimate: two of the phones.", None),
        ("New guess: 2 (the letter she opened was sent).", None),
        ("My estimate after Laura's call: 2", None),
        ("Adjusted guess - 1", None),
        # ... which ends the part of a prior labelled before it
        ("First estimate: all three.\nRevised estimate: two, most likely (55%), then three.", 3),
        ("Guess: 3\nMy guess now: 2", 3),
        ("Prior: 3\nUpdated guess: 2, since the one she opened was sent.", 3),
        # near-misses: a guess named by the time before, or a step's connective, is the prior
        ("Initial guess: 2", 2),
        ("Guess before the call: 3", 3),
        ("Then my guess: 3", 3),
        # the asked label revised, or a guess revised with no word of time: a second answer
        ("Prior: 3\nUpdated prior: 2", None),
        ("Estimate: 3\nUpdate: my estimate should be 2.", None),
    ],
)
def test_study1_a_guess_labelled_as_of_the_time_after_the_report_is_no_prior(study1, answer, prior):
    assert values_read(study1, answer, PRIOR) == {"Prior_A": prior}


def test_study1_an_updated_guess_beside_a_starting_one_gives_the_bets(study1):
    answer = "Starting guess: 3\nNew estimate: 2 (70%), 3 (30%)\nKnows exactly? no"
    reading = parsed(study1, answer)
    assert values_read(study1, answer, PRIOR + BETS) == {
        "Prior_A": 3,
        "probability_0": None,
        "probability_1": None,
        "probability_2": 70,
        "probability_3": 30,
    }
    # (bets read from the whole answer, not from a part of theirs: loosely)
    assert reading.grades["probability_2"] == LOOSE


ALL_STUDY1 = PRIOR + BETS + ["Knowledge_A"]


@pytest.mark.parametrize(
    ("answer", "values"),
    [
        # reasoning that already says one of the answers ("he can't know exactly"), then
        # one line of every answer in question order: the line's parts are the answers
        (
            "Letters from this office almost always contain checks. Laura opened one and it "
            "had a check, but she doesn't know exactly how many of the three do.\n\n"
            "**My answers: 3 ; 0%, 5%, 15%, 80% ; no**",
            [3, 0, 5, 15, 80, "no"],
        ),
        (
            "Phones of this brand rarely break, so before Ben's call, none broken is the "
            "obvious guess. Ben tested one and it worked; he can't be certain about the rest."
            "\n\nAnswers: 0 | 60%, 30%, 10%, 0% | no",
            [0, 60, 30, 10, 0, "no"],
        ),
        (
            "Exams in this class nearly always pass. Mark read one, which passed; he can't "
            "know the exact number yet.\n\nIn short: 3 / 0%, 0%, 25%, 75% / no",
            [3, 0, 0, 25, 75, "no"],
        ),
        # near-miss: a count in prose after the bets' own part still answers no prior
        (
            "Bets: 0%, 0%, 30%, 70%. Since she can't know, I'd say 2.",
            [None, 0, 0, 30, 70, "no"],
        ),
    ],
)
def test_study1_a_summary_line_after_reasoning_that_states_an_answer_is_read(
    study1, answer, values
):
    assert values_read(study1, answer, ALL_STUDY1) == dict(zip(ALL_STUDY1, values, strict=True))


@pytest.mark.parametrize(
    ("answer", "prior"),
    [
        # candidates only entertained ("tempting to say", "one might guess", "I was going to
        # say"), then set aside by "but" / "however": the count chosen after them
        (
            "It's tempting to say one or two given the small sample, but these seeds almost "
            "always sprout, so I'll go with three.\n\nI'd bet 0% on 0, 0% on 1, 20% on 2, "
            "80% on 3. She doesn't know exactly.",
            3,
        ),
        (
            "Prior: One might guess 1 or 2 from the story's tone, but the base rate says "
            "otherwise, so I'd say 3.",
            3,
        ),
        (
            "Prior: I was going to say 2 or 3; however, the letters nearly always hold "
            "checks, so all three.",
            3,
        ),
        # near-misses: a range the answer gives, a lean after it, or no contrast: no count
        ("Prior: between 2 and 3, but leaning towards 3.", None),
        ("Prior: One might guess 1 or 2, and I'd say 2.", None),
        # the prior named by its Bayesian word, or the count the answerer started at
        (
            "Given how reliable these phones are, the modal prior is zero. After Ben's test "
            "I'd put 60% on 0, 30% on 1, 10% on 2. He can't know exactly.",
            0,
        ),
        ("The natural prior would be all three, given the base rate.", 3),
        ("I started at two. After Mark's call: 0% on 0, 10% on 1, 50% on 2, 40% on 3.", 2),
        ("I began from 1, since these jars are usually empty.", 1),
        # near-misses: a prior with no count, objects one started with (a story retold)
        ("The prior is uniform over the four counts.", None),
        ("I started with 3 tickets and Joe checked one.", None),
    ],
)
def test_study1_a_prior_in_prose_after_candidates_set_aside_or_by_its_name(study1, answer, prior):
    reading = parsed(study1, answer)
    assert reading.values.get("Prior_A") == prior
    if prior is not None:
        assert reading.grades["Prior_A"] == LOOSE


@pytest.mark.parametrize(
    ("answer", "bets"),
    [
        # a key that names itself a bet at its line's start ("Bet 0:", "Wager on 1:"), with
        # a unit, is a bet outside a bets section too, in a list cut before its last options
        ("Prior: 2\nBet 0: 5%\nBet 1: 15%\nBet 2: 5", [5, 15, None, None]),
        ("My guess: 1\n- Wager on 0: 20%\n- Wager on 1: 60%\n- Wager on", [20, 60, None, None]),
        ("Prior: 3\n* Stake for 2: $30\n* Stake for 3: $7", [None, None, 30, None]),
        # near-misses: no unit, a key of something else, a bet word inside a sentence
        ("Prior: 2\nBet 0: 5\nBet 1: 15\nBet 2: 5", [None, None, None, None]),
        ("Prior: 2\nRound 0: 5%\nRound 1: 15%\nRound 2: 4", [None, None, None, None]),
        ("Prior: 2\nI'd not bet 0: 5% is too little.\nRound 2: 4", [None, None, None, None]),
    ],
)
def test_study1_keys_named_bets_in_a_cut_list_are_bets(study1, answer, bets):
    reading = parsed(study1, answer, "length")
    assert {name: reading.values.get(name) for name in BETS} == dict(zip(BETS, bets, strict=True))
    assert all(reading.grades[name] == LOOSE for name in BETS if name in reading.values)


@pytest.mark.parametrize(
    ("answer", "values"),
    [
        # a numbered list of one item per question whose bets item holds a lettered
        # sub-list: the letters are the item's sub-items, not more items (read loosely)
        (
            "1. All three.\n2. My bets:\n   a. none: 0%\n   b. one: 0%\n   c. two: 25%\n"
            "   d. three: 75%\n3. She doesn't know exactly.",
            [3, 0, 0, 25, 75, "no"],
        ),
        (
            "1) 2\n2)\n a) 0 seeds - 10%\n b) 1 seed - 20%\n c) 2 seeds - 60%\n"
            " d) 3 seeds - 10%\n3) Yes",
            [2, 10, 20, 60, 10, "yes"],
        ),
        # near-miss: more numbered items than questions is no list of the answers
        ("1. 3\n2. a. 0: 0% b. 1: 10%\n3. No\n4. Extra", [3, None, None, None, None, None]),
    ],
)
def test_study1_a_numbered_list_with_lettered_sub_items_answers_by_its_numbers(
    study1, answer, values
):
    reading = parsed(study1, answer)
    assert {name: reading.values.get(name) for name in ALL_STUDY1} == dict(
        zip(ALL_STUDY1, values, strict=True)
    )
    assert reading.grades.get("Knowledge_A") in (None, LOOSE)


# --- Study 2 as chat models write it (round 17 self-probe) ---------------------------------


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # the listener asks back in a script: the question is theirs, not the speaker's pick
        (
            'Patrick: "It wasn\'t bad, Nathan."\nNathan: "So it was good?"\nPatrick: "Sure."',
            "wasn't bad",
        ),
        ('Emma: "It wasn\'t amazing."\nWendy: "So it was bad?"', "wasn't amazing"),
        ("Matt: It was terrible.\nLarry: So it was bad? Really?", "was terrible"),
        ('James: "It wasn\'t bad."\nKyle: "It wasn\'t good, you mean?"', "wasn't bad"),
        # near-misses: a question before the answer, or the same person asking: no pick
        ('Wendy: "It was good?"\nEmma: "It wasn\'t terrible."', " "),
        ('Ann: "It was good."\nAnn: "It was amazing?"', " "),
        # another person's choice beside the answer is a report, not a second answer
        (
            'Robert would most likely say "It wasn\'t terrible." Some people might go with '
            '"It was good" instead.',
            "wasn't terrible",
        ),
        (
            'I\'d pick "It was good." Other people might opt for "It wasn\'t bad," but Kevin '
            "only wants Jake to feel good.",
            "was good",
        ),
        ('"It wasn\'t bad." A blunter person would go with "It was bad."', "wasn't bad"),
        (
            'With 0 hearts and a purely social goal, I think Kevin would likely say "It was '
            'good" — a white lie. Some people might go with "It wasn\'t bad" to avoid lying '
            "outright, but the social goal pushes toward the positive frame.",
            "was good",
        ),
        # near-miss: only someone else's choice is no answer
        ('Some people might go with "It was good".', " "),
    ],
)
def test_study2_a_listeners_question_or_others_choice_is_no_second_answer(
    study2, answer, utterance
):
    reading = parsed(study2, answer)
    values = reading.values
    assert f"{values.get('Was_Wasnt', '')} {values.get('Assessment', '')}" == utterance
    assert all(grade == LOOSE for grade in reading.grades.values())


@pytest.mark.parametrize(
    ("answer", "frame"),
    [
        # a verb of saying, then an unquoted clause with a word outside the four: the frame
        ("She would say it wasn't great.", "wasn't"),
        ("Karen would probably say it was okay.", "was"),
        ("He'd tell her that it was fine.", "was"),
        ("Heather would tell Grace her app was decent.", "was"),
        ("Robert would answer that the cookie wasn't great.", "wasn't"),
        # near-misses: a noun marker and a relative clause, two people's clauses, a clause
        # not said, one about something else, two evaluations
        ("You would need to provide a response that is both 1.1 and 1.2.", None),
        ("Matt would tell Larry it wasn't great. Larry would say it was fine.", None),
        ("She would not say it was great.", None),
        ("I don't think she would say it was great.", None),
        ("She would say it was great to see him try.", None),
        ("She'd tell him it was okay, but the ending was rushed.", None),
    ],
)
def test_study2_an_unquoted_clause_after_a_verb_of_saying_gives_its_frame(study2, answer, frame):
    reading = parsed(study2, answer)
    assert reading.values.get("Was_Wasnt") == frame
    assert "Assessment" not in reading.values
    assert reading.grades.get("Was_Wasnt") in (None, LOOSE)


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # a tick or cross after each candidate, opening a note on it: the ticked one
        (
            "| Option | Fit |\n|---|---|\n| It was good | ✗ too dishonest |\n"
            "| It wasn't bad | ✓ |\n| It was bad | ✗ too harsh |",
            "wasn't bad",
        ),
        (
            "- It was good ✗ too dishonest\n- It wasn't bad ✓ kind and true\n"
            "- It was bad ✗ too harsh",
            "wasn't bad",
        ),
        ("It was amazing ✔ fits 3 hearts\nIt was good ✘ undersells it", "was amazing"),
        # near-misses: all crossed, or two ticked: a list, no pick
        ("- It was good ✗ dishonest\n- It wasn't bad ✗ misleading\n- It was bad ✗ harsh", " "),
        ("It was good ✗ (dishonest)\nIt wasn't bad ✗ (misleading)\nIt was bad ✗ (harsh)", " "),
        ("- It was good ✓ kind\n- It wasn't bad ✓ honest\n- It was bad ✗ harsh", " "),
    ],
)
def test_study2_marks_that_open_a_note_tick_or_cross_their_candidate(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # a closing quote after the word shows it ended before the cut
        ('Stephanie would most likely say: "It wasn\'t bad"', "wasn't bad"),
        ('Answer: "It was amazing"', "was amazing"),
        ('Karen: "It wasn\'t terrible"', "wasn't terrible"),
        # near-misses: the word touches the cut, or its quote was never opened on its line
        ('"It was bad', "was "),
        ("It was good", "was "),
        ('Answer:\nIt was good"', "was "),
    ],
)
def test_study2_a_word_closed_by_its_quote_before_the_cut_is_kept(study2, answer, utterance):
    values = parsed(study2, answer, "length").values
    assert f"{values.get('Was_Wasnt', '')} {values.get('Assessment', '')}" == utterance


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # each line opens with a candidate and a note on it: a list, not a pick on the last line
        (
            "It was good — too dishonest.\nIt wasn't bad — honest but kind.\n"
            "It was bad — too harsh.",
            " ",
        ),
        (
            "It was good. Too dishonest.\nIt wasn't bad. Honest but kind.\nIt was bad. Too harsh.",
            " ",
        ),
        ("It wasn't terrible, kind but vague\nIt was amazing, a white lie", " "),
        # ... unless the list is followed by its pick
        (
            "- It was good – too generous\n- It wasn't bad – honest and kind\n"
            "- It was bad – too blunt\n\nI'd go with the second one.",
            "wasn't bad",
        ),
        # reasoning in prose that closes on a line of its own still chooses it
        (
            "Emma wants to be kind, and saying it was good crossed her mind.\nIt wasn't terrible.",
            "wasn't terrible",
        ),
        # "good of her to ...", "good for him to ...": about another thing, no second answer
        (
            "It wasn't bad.\nJenny would appreciate the honesty, and it was good of Karen to be "
            "kind.",
            "wasn't bad",
        ),
        (
            "It wasn't bad.\nIt was good of Jake to share it, and Kevin wants him to keep at it.",
            "wasn't bad",
        ),
        ('"It wasn\'t terrible." It was good that Emma avoided lying.', "wasn't terrible"),
        ("It wasn't bad. It was good to see you try.", "wasn't bad"),
        ("It was amazing of you to bake this!", " "),
        ("It was good for him to hear that.", " "),
        ("It was good for Kyle.", "was good"),
    ],
)
def test_study2_candidates_opening_noted_lines_are_a_list(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


@pytest.mark.parametrize(
    ("answer", "values"),
    [
        # a question named at the end of a sentence of prose is a mention, no label of what follows
        (
            "Most people would guess 2 for the first question. "
            "After the call I'd bet 0: 10%, 1: 20%, 2: 40%, 3: 30%. She doesn't know exactly.",
            [None, 10, 20, 40, 30, "no"],
        ),
        # ... but the answerer's own count that the sentence names as that question's is its
        # answer (read loosely)
        (
            "I would say 3 for the first question. For the bets: 0: 0%, 1: 0%, 2: 50%, 3: 50%. "
            "Knowledge: no.",
            [3, 0, 0, 50, 50, "no"],
        ),
        # ... a question named alone on its line still labels what follows
        (
            "First question.\n3\n\nSecond question.\n0: 0%, 1: 5%, 2: 15%, 3: 80%\n\n"
            "Third question.\nno",
            [3, 0, 5, 15, 80, "no"],
        ),
        (
            "Here is my answer to the first question. 3. "
            "And my bets are 0: 0%, 1: 0%, 2: 10%, 3: 90%. He doesn't know exactly.",
            [None, 0, 0, 10, 90, "no"],
        ),
        # ... and one that starts its line
        (
            "Question 1. 2\nQuestion 2. 0: 0%, 1: 10%, 2: 70%, 3: 20%\nQuestion 3. Yes",
            [2, 0, 10, 70, 20, "yes"],
        ),
        (
            "Everyone expects 3 in question 1. My bets: 0: 5%, 1: 5%, 2: 30%, 3: 60%. "
            "Knowledge: no.",
            [None, 5, 5, 30, 60, "no"],
        ),
    ],
)
def test_study1_a_question_named_at_a_sentences_end_labels_nothing(study1, answer, values):
    reading = parsed(study1, answer)
    assert [reading.values.get(name) for name in ALL_STUDY1] == values


@pytest.mark.parametrize(
    ("answer", "values"),
    [
        # options given one word for no money together ("I'd give 0 and 1 nothing")
        (
            "Prior: 2. Bets: I'd give none, one and three nothing, and 100% to two.",
            [2, 0, 0, 100, 0, None],
        ),
        (
            "Before the call I'd say all three. Then I'd give 0 and 1 nothing, 2 gets 30% "
            "and 3 gets 70%. He doesn't know exactly.",
            [3, 0, 0, 30, 70, "no"],
        ),
        (
            "Prior: 2. Bets: I'd give 0 nothing, 1 gets 10%, 2 gets 60%, 3 gets 30%.",
            [2, 0, 10, 60, 30, None],
        ),
        # ... not a bound on the amount
        (
            "Prior: 2. Bets: I'd give 1 or 2 nothing more than 50%.",
            [2, None, None, None, None, None],
        ),
        (
            "Prior: 2. Bets: I'd give 1 and 2 nothing but a small share, say 5% each, and "
            "the rest to 3.",
            [2, None, 5, 5, None, None],
        ),
    ],
)
def test_study1_options_given_nothing_together(study1, answer, values):
    reading = parsed(study1, answer)
    assert [reading.values.get(name) for name in ALL_STUDY1] == values


@pytest.mark.parametrize(
    ("answer", "values"),
    [
        # a yes or no said again at once, for emphasis, is said once
        (
            "So, um, I'd go with two first. Then, like, 10% for none, 20% for one, 50% for two "
            "and 20% for all three. Does she know exactly? No, no, she doesn't.",
            [2, 10, 20, 50, 20, "no"],
        ),
        (
            "Prior: 3\nBets: 0: 0%, 1: 0%, 2: 0%, 3: 100%\nKnowledge: yes yes, he opened all.",
            [3, 0, 0, 0, 100, "yes"],
        ),
        ("Prior: 1\nBets: 1: 100%\nKnowledge: nope. Nope.", [1, None, 100, None, None, "no"]),
        # ... not a yes and a no
        (
            "Prior: 1\nBets: 1: 100%\nKnowledge: no, yes, no... I can't decide.",
            [1, None, 100, None, None, None],
        ),
        # ... and a correction after the repeat is still one
        (
            "Prior: 1\nBets: 1: 100%\nKnowledge: no, no, wait: yes.",
            [1, None, 100, None, None, None],
        ),
    ],
)
def test_study1_a_yes_or_no_said_again_at_once(study1, answer, values):
    reading = parsed(study1, answer)
    assert [reading.values.get(name) for name in ALL_STUDY1] == values


@pytest.mark.parametrize(
    ("answer", "values"),
    [
        # short question labels inside running chat text, each once, in order
        (
            "ok so q1 probably 3, seeds always sprout. q2: 0: 0%, 1: 10%, 2: 60%, 3: 30%. "
            "q3 nah he doesnt know exactly",
            [3, 0, 10, 60, 30, "no"],
        ),
        (
            "q1 - 3, q2 - 0: 0% / 1: 0% / 2: 20% / 3: 80%, q3 - no",
            [3, 0, 0, 20, 80, "no"],
        ),
        (
            "alright q1 i'd say 2 lol. q2 after the call: 0: 5%, 1: 5%, 2: 60%, 3: 30%. q3 yes "
            "she knows",
            [2, 5, 5, 60, 30, "yes"],
        ),
        # ... out of order they label nothing by themselves
        (
            "i think q1 is easy, it's 3. q3 too: no. q2 is 0: 0%, 1: 0%, 2: 50%, 3: 50%",
            [None, 0, 0, 50, 50, None],
        ),
    ],
)
def test_study1_short_question_labels_inside_running_text(study1, answer, values):
    reading = parsed(study1, answer)
    assert [reading.values.get(name) for name in ALL_STUDY1] == values


@pytest.mark.parametrize(
    ("answer", "values"),
    [
        # the speaker's name and "knows" as the key of a yes or no, in a summary line
        ("TL;DR: prior 2, bets 0%/10%/60%/30%, Laura knows: no.", [2, 0, 10, 60, 30, "no"]),
        (
            "In short - prior 3; bets 0: 0%, 1: 0%, 2: 0%, 3: 100%; Mark knows exactly: yes",
            [3, 0, 0, 0, 100, "yes"],
        ),
        # ... not a colon that gives the reason after a yes
        (
            "Prior: 3\nBets: 2: 100%\nAnd yes, Ben knows exactly: he opened every phone.",
            [3, None, None, 100, None, "yes"],
        ),
        # ... nor someone's knowledge of another thing with no yes or no after it
        (
            "Prior: 3\nBets: 2: 100%\nKnowledge: no\nEveryone knows: seeds sprout.",
            [3, None, None, 100, None, "no"],
        ),
    ],
)
def test_study1_a_name_that_knows_as_the_key_of_a_yes_or_no(study1, answer, values):
    reading = parsed(study1, answer)
    assert [reading.values.get(name) for name in ALL_STUDY1] == values


@pytest.mark.parametrize(
    ("answer", "values"),
    [
        # "Probabilities" labels the bets, on either scale, also named by its time
        (
            "Prior: 3\nProbabilities: 0 on none, 0.2 on one, 0.3 on two, 0.5 on three\n"
            "Knowledge: no",
            [3, 0, 0.2, 0.3, 0.5, "no"],
        ),
        (
            "Prior: 2\nProbability after the report: 5% / 15% / 50% / 30%\nKnowledge: yes",
            [2, 5, 15, 50, 30, "yes"],
        ),
        # ... not a word of a note that gives no amounts
        (
            "Prior: 3\nBets: 0: 0%, 1: 0%, 2: 40%, 3: 60%\nKnowledge: no\nProbability: low.",
            [3, 0, 0, 40, 60, "no"],
        ),
    ],
)
def test_study1_probabilities_label_the_bets(study1, answer, values):
    reading = parsed(study1, answer)
    assert [reading.values.get(name) for name in ALL_STUDY1] == values


@pytest.mark.parametrize(
    ("answer", "knowledge"),
    [
        # a yes or no as the "A:" of a question and answer, or as an emphatic word
        ("Q: Does Jim know exactly? A: No", "no"),
        ("Absolutely", "yes"),
        ("Does Laura know exactly? Absolutely, she opened every envelope.", "yes"),
        ("Knowledge: definitely not", "no"),
        ("Prior: 2\nBets: 0/10/60/30\nKnowledge: Of course - he looked at every phone.", "yes"),
        ("Does Mark know exactly? Nope.", "no"),
        # ... not one that answers another question, or the request itself
        ("How many of the fruits are dried out, do you think? Certainly.", None),
        ("Absolutely, I can help with that.", None),
        ("Of course, here is my answer: 3.", None),
    ],
)
def test_study1_a_yes_or_no_given_as_a_or_by_an_emphatic_word(study1, answer, knowledge):
    assert parsed(study1, answer).values.get("Knowledge_A") == knowledge


@pytest.mark.parametrize(
    ("answer", "values"),
    [
        # a count tied to the time after the report in a summary is not the prior
        (
            "Prior: 3\nBets: 0: 0%, 1: 0%, 2: 70%, 3: 30%\nKnowledge: no\n\nTo sum up: all 3 "
            "at first, probably 2 once Ben called, and he cannot be sure.",
            [3, 0, 0, 70, 30, "no"],
        ),
        ("Prior: 3, most likely 2 after the call though.", [3, None, None, None, None, None]),
        # ... but a count said again with "now" may take the answer back: both
        ("Prior: 2 -- well, I'd say 3 now.", [None, None, None, None, None, None]),
        # an adverb or a spoken filler between "I'd" and its verb
        (
            "I'd actually guess 2. After Mark's report, 0% on 0, 10% on 1, 70% on 2, 20% on 3. "
            "No, he doesn't know.",
            [2, 0, 10, 70, 20, "no"],
        ),
        (
            "So, uh, at first I'd say like one. Then 10% on zero, 50% on one, 30% on two, 10% "
            "on three. And no, she can't know.",
            [1, 10, 50, 30, 10, "no"],
        ),
    ],
)
def test_study1_the_prior_said_in_prose_and_summaries(study1, answer, values):
    reading = parsed(study1, answer)
    assert [reading.values.get(name) for name in ALL_STUDY1] == values


@pytest.mark.parametrize(
    ("answer", "knowledge"),
    [
        # a yes or no weighed as a possible view is not the answer; the conclusion is
        (
            "Question 1: 3.\nQuestion 2: 0% / 0% / 10% / 90%.\nQuestion 3: One might say no, "
            "but she opened all three fruits, so yes.",
            "yes",
        ),
        (
            "Prior: 3\nBets: 3: 100%\nKnowledge: You might think yes, since he looked at every "
            "seed, but he could have miscounted. So no.",
            "no",
        ),
        (
            "Prior: 3\nBets: 3: 100%\nKnowledge: No - you could argue yes, but she only "
            "opened two.",
            "no",
        ),
        # ... and alone it answers nothing
        ("Prior: 3\nBets: 3: 100%\nKnowledge: One might say no.", None),
    ],
)
def test_study1_a_yes_or_no_weighed_as_a_possible_view(study1, answer, knowledge):
    assert parsed(study1, answer).values.get("Knowledge_A") == knowledge


@pytest.mark.parametrize(
    ("answer", "values"),
    [
        # a clause joined after another question's answer says something of its own
        (
            "Prior: 2, and Laura doesn't know exactly.\nBets: 0: 0%, 1: 10%, 2: 60%, 3: 30%",
            [2, 0, 10, 60, 30, "no"],
        ),
        (
            "My answers follow. Prior is 1, but Mark knows exactly how many.",
            [1, None, None, None, None, "yes"],
        ),
        # ... not a yes or no of the answerer's own words, nor a bet in a remark
        (
            "Prior: 3, and no, I can't say more.\nBets: 0: 0%, 1: 0%, 2: 50%, 3: 50%",
            [3, 0, 0, 50, 50, None],
        ),
        (
            "Prior: 3, and 2: 40% would be my second choice.\nKnowledge: no",
            [3, None, None, None, None, "no"],
        ),
    ],
)
def test_study1_a_clause_joined_after_another_questions_answer(study1, answer, values):
    reading = parsed(study1, answer)
    assert [reading.values.get(name) for name in ALL_STUDY1] == values


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # a quote put up as a question the answer goes on to question: weighed, no pick
        ('Perhaps "It was bad"? Would that hurt Ben too much?', " "),
        ('How about "It wasn\'t bad"? Is that honest enough for two hearts? Hard to tell.', " "),
        ('Hmm. "It was good"? Or would Maya see through that?', " "),
        ('Would Jake say "It was amazing"? Would he even mean it?', " "),
        # ... a question the answer says yes to is its pick (loosely)
        ('Would Kim say "It wasn\'t terrible"? Yes. Definitely.', "wasn't terrible"),
        (
            'Would he say "It was bad"? No, too blunt. "It wasn\'t good"? Yep, that one.',
            "wasn't good",
        ),
        # near-misses: a yes with a condition is no pick; a guess left as it is, a hedged pick;
        # a question mark inside the quote is the speaker's own question
        ('Would he say "It was bad"? Yes, but only if pushed.', " "),
        ('Perhaps "It was good"? Not fully sure.', "was good"),
        ('Sam would say "It wasn\'t bad?" with a shrug.', "wasn't bad"),
    ],
)
def test_study2_a_quote_put_as_a_question_is_weighed_unless_answered_yes(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


def test_study2_a_pick_made_by_saying_yes_to_ones_own_question_is_loose(study2):
    reading = parsed(study2, 'Would Kim say "It wasn\'t terrible"? Yes. Definitely.')
    assert set(reading.grades.values()) == {LOOSE}


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # the quoted utterance evaluates again with a bare word of the four: no choice
        ('Lena would say, "It was good. Not amazing."', " "),
        ("He'd tell her: \"It wasn't bad. Really good, actually.\"", " "),
        ('Most likely: "It was terrible. Bad, bad, bad."', " "),
        # near-misses: the other bare verdicts use words outside the four, or say no verdict
        ('Diana would say, "It was terrible. Not great."', "was terrible"),
        ('Ann would say "It was bad. Sorry."', "was bad"),
        ('"It wasn\'t amazing. Fine, though."', "wasn't amazing"),
    ],
)
def test_study2_a_bare_verdict_with_another_word_in_the_quote_is_no_choice(
    study2, answer, utterance
):
    assert utterance_read(study2, answer) == utterance


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # one candidate singled out by a mark the others lack: emphasis on the whole item,
        # a hand pointing back at it, a yes in a "likely" column among noes
        (
            "- It wasn't terrible\n- **It wasn't bad**\n- It was good\n- It was amazing",
            "wasn't bad",
        ),
        ("a) It was terrible.\nb) It wasn't bad.\nc) __It was good.__", "was good"),
        ("* It was bad\n* It wasn't bad\n* **It was good**", "was good"),
        ("- It was good\n- It wasn't bad 👈 this one\n- It was bad", "wasn't bad"),
        ("| Line |\n|---|\n| It was amazing |\n| It was good 👈 |\n| It wasn't good |", "was good"),
        (
            "| Option | Most likely? |\n|---|---|\n| It wasn't bad | no |\n| It was bad | yes |\n"
            "| It was terrible | no |",
            "was bad",
        ),
        # near-misses: two emphasised, all emphasised, emphasis on a word only, a column that
        # says yes to two, a header that asks another question
        ("1. It was bad\n2. **It was good**\n3. **It was amazing**", " "),
        ("1. **It was bad**\n2. **It was good**\n3. **It was amazing**", " "),
        ("1. It was **bad**\n2. It was good\n3. It was amazing", " "),
        (
            "| Option | Likely? |\n|---|---|\n| It wasn't bad | yes |\n| It was good | yes |\n"
            "| It was terrible | no |",
            " ",
        ),
        (
            "| Option | Kind? |\n|---|---|\n| It wasn't bad | yes |\n| It was bad | no |\n"
            "| It was terrible | no |",
            " ",
        ),
    ],
)
def test_study2_a_candidate_singled_out_by_a_mark_the_others_lack(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance
    if utterance.strip():
        # a mark read as a pick among listed candidates is an inference
        assert set(parsed(study2, answer).grades.values()) == {LOOSE}


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # a ranking in prose: the top named first is the pick
        (
            "Most likely it wasn't bad, then it was good, and least likely it was terrible.",
            "wasn't bad",
        ),
        ('the likeliest is "It was good"; next "It was amazing"; last "It was bad".', "was good"),
        ('Most likely "It was bad", followed by "It wasn\'t good".', "was bad"),
        # two offered, then the place of one said likelier
        (
            'Between "It was terrible" and "It wasn\'t good", the latter is more like what '
            "Lisa would say.",
            "wasn't good",
        ),
        (
            '"It was good" or "It wasn\'t bad"? The first one sounds more likely for Ann.',
            "was good",
        ),
        ("It was bad vs it wasnt bad - the second is closer to what Tom would text.", "wasn't bad"),
        # near-misses: the place said less likely; a ranking whose top is not named first
        ('Between "It was terrible" and "It wasn\'t good", the latter is less likely.', " "),
        ('Next "It was bad", then "It was good", and last "It was amazing".', " "),
    ],
)
def test_study2_a_ranking_in_prose_or_a_place_said_likelier_picks(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance
    if utterance.strip():
        assert set(parsed(study2, answer).grades.values()) == {LOOSE}


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # a caveat that gives other people's words, a bare word quoted, after the answer
        (
            'Omar would most likely say "It wasn\'t bad."\n\nOf course, someone keen to impress '
            'might say "amazing", and a harsh critic might say "terrible".',
            "wasn't bad",
        ),
        (
            'I\'d go with "It was good." People eager to please might say "amazing" instead.',
            "was good",
        ),
        # near-miss: the answer's own second word
        ('Omar would say "It wasn\'t bad." Or he might say "amazing".', " "),
    ],
)
def test_study2_other_peoples_words_after_the_answer_are_no_second_answer(
    study2, answer, utterance
):
    assert utterance_read(study2, answer) == utterance


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # the chosen sentence's word quoted again in the explanation names the same answer
        (
            '**Short answer:** "It wasn\'t bad."\n\n**Longer answer:** Sofia liked parts of it, '
            'so "bad" with a "wasn\'t" in front is kind and still true.',
            "wasn't bad",
        ),
        (
            'TL;DR: "It was amazing."\n\nDetails: five hearts and a goal of being nice, so '
            '"amazing" is the obvious word.',
            "was amazing",
        ),
        ('She would say "It was amazing." In one word: "amazing".', "was amazing"),
        # near-miss: another word quoted in the explanation is a second evaluation
        (
            'Short answer: "It was good."\n\nLonger answer: honestly "amazing" fits even better.',
            " ",
        ),
    ],
)
def test_study2_the_chosen_word_quoted_again_is_the_same_answer(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


@pytest.mark.parametrize(
    ("answer", "values"),
    [
        # the options in order, a verb, then their amounts one by one
        (
            "My prior is two. Options 0, 1, 2 and 3 receive 5%, 15%, 50% and 30% respectively. "
            "Ben knows exactly.",
            [2, 5, 15, 50, 30, "yes"],
        ),
        (
            "Prior: all three. After the call: 0, 1, 2, 3 get $0, $5, $25, $70. Knowledge: no",
            [3, 0, 5, 25, 70, "no"],
        ),
        (
            "I'd expect all of the seeds. Zero thru three get 0%, 10%, 40% and 50%, in that "
            "order. Jim doesn't know exactly.",
            [3, 0, 10, 40, 50, "no"],
        ),
        (
            "Prior: 3\nBets: states 0 to 3 get 0 pct, 0 pct, 20 pct, 80 pct\nKnowledge: yes",
            [3, 0, 0, 20, 80, "yes"],
        ),
        # ... one option each still its own amount
        (
            "Prior: 2\nBets: 0 and 1 get 0%, 2 gets 60%, 3 gets 40%\nKnowledge: no",
            [2, 0, 0, 60, 40, "no"],
        ),
        # near-miss: fewer amounts than options pair with none, and the last option named
        # is not the owner of the run's first amount
        ("Prior 3. 0 through 3 get 10%, 20%, 30%. No.", [3, None, None, None, None, "no"]),
    ],
)
def test_study1_options_in_order_get_a_run_of_amounts(study1, answer, values):
    reading = parsed(study1, answer)
    assert [reading.values.get(name) for name in ALL_STUDY1] == values


@pytest.mark.parametrize(
    ("answer", "values"),
    [
        # one paragraph: the prior said in its sentences, then a summary line that says
        # another one: two answers (rule 2)
        (
            "I think all three exams passed. After the call, 0% on 0, 10% on 1, 60% on 2, 30% "
            "on 3. Laura doesn't know. To sum up: prior 2, bets as above, knowledge no.",
            [None, 0, 10, 60, 30, "no"],
        ),
        (
            "I'd guess none of the phones work. Then 10% on 0, 40% on 1, 50% on 2, 0% on 3; "
            "Ben knows. Summary - prior: 1; knowledge: yes",
            [None, 10, 40, 50, 0, "yes"],
        ),
        # near-misses: the same prior again, a sentence before that states none, a list's
        # markers, a sentence that only starts the line
        (
            "I'd guess all of the jars. Bets: 0% on 0, 0% on 1, 50% on 2, 50% on 3. She can't "
            "be sure. Final: prior 3, bets as stated, knowledge no.",
            [3, 0, 0, 50, 50, "no"],
        ),
        (
            "Joe looked at every ticket. Final: prior 3, bets 0/0/100/0 percent, knowledge yes.",
            [3, 0, 0, 100, 0, "yes"],
        ),
        ("1. 3\n2. 0: 0%, 1: 0%, 2: 70%, 3: 30%\n3. No", [3, 0, 0, 70, 30, "no"]),
        (
            "Looking at it again. Prior: 3. Bets: 2: 100%. Knowledge: yes.",
            [3, None, None, 100, None, "yes"],
        ),
    ],
)
def test_study1_a_paragraphs_statements_before_its_summary_line(study1, answer, values):
    reading = parsed(study1, answer)
    assert [reading.values.get(name) for name in ALL_STUDY1] == values


@pytest.mark.parametrize(
    ("answer", "values"),
    [
        # a revision that says which way a bet goes, then its new amount: that bet given
        # twice (rule 2); the number it revises is an option, no second prior
        (
            "Prior: all three. Bets: 0%, 0%, 70% and 30% for 0, 1, 2, 3. Wait, Laura only "
            "opened two, so 2 should be a bit lower, say 55%, and 3 goes up to 45%. "
            "Knowledge: no.",
            [3, 0, 0, None, None, "no"],
        ),
        (
            "I'd guess all of the seeds. 10% on 1, 60% on 2, 30% on 3. Actually, so 3 should "
            "be more, maybe 50%. Jim doesn't know.",
            [3, None, 10, 60, None, "no"],
        ),
        ("Prior: 3. Let me adjust: so 2 gets 40%.", [3, None, None, 40, None, None]),
        # near-miss: a direction with no amount changes nothing
        (
            "Prior: 3\nBets: 2: 60%, 3: 40%\nHmm, 2 should be lower.\nKnowledge: no",
            [3, None, None, 60, 40, "no"],
        ),
    ],
)
def test_study1_a_bet_revised_by_its_direction_then_its_amount(study1, answer, values):
    reading = parsed(study1, answer)
    assert [reading.values.get(name) for name in ALL_STUDY1] == values


@pytest.mark.parametrize(
    ("answer", "values"),
    [
        # cut off in a list of options after one amount: the last option named touches the
        # cut ("2" could have become "20% on one"), the ones before it are complete
        (
            "Before the call, all three seeds, so 3. After Jim's report I'd put 0% on zero, 2",
            [3, 0, None, None, None, None],
        ),
        ("Prior: 3. I'd put $0 on none, 1", [3, 0, None, None, None, None]),
        (
            "Prior: 3. After the call, 10% on 1, 90% on 2, 3",
            [3, None, 10, 90, None, None],
        ),
        # near-misses: the list ended before the cut
        ("Prior: 3. I'd put 0% on zero and one. Then 60% on", [3, 0, 0, None, None, None]),
        ("Prior: 3. Bets: 2: 100%. Knowledge: n", [3, None, None, 100, None, None]),
    ],
)
def test_study1_cut_off_in_a_list_of_options_after_an_amount(study1, answer, values):
    reading = parsed(study1, answer, "length")
    assert [reading.values.get(name) for name in ALL_STUDY1] == values


@pytest.mark.parametrize(
    ("answer", "values"),
    [
        # ... the same list in an answer that was not cut is every option's
        ("Prior: 3. I'd put 0% on zero and 1", [3, 0, 0, None, None, None]),
        ("Prior: 3. I'd put 0% on zero, 1", [3, 0, 0, None, None, None]),
    ],
)
def test_study1_a_list_of_options_that_ends_a_complete_answer(study1, answer, values):
    reading = parsed(study1, answer)
    assert [reading.values.get(name) for name in ALL_STUDY1] == values


@pytest.mark.parametrize(
    ("answer", "values"),
    [
        # a yes or no, then a word that turns from it and the other word: both (rule 2)
        (
            "I'd guess all three letters. After the call I'd bet 0% on 0, 0% on 1, 60% on 2, "
            "40% on 3. Yes \u2014 well, she can't be certain about the third letter, so no.",
            [3, 0, 0, 60, 40, None],
        ),
        (
            "Prior: 2. Bets: 2: 70%, 3: 30%. No - wait, Ben opened every phone, so yes, he knows.",
            [2, None, None, 70, 30, None],
        ),
        (
            "All of them, I'd say. 0% on 0, 10% on 1, 50% on 2, 40% on 3. Yes... actually, he "
            "only saw two, so no.",
            [3, 0, 10, 50, 40, None],
        ),
        # near-misses: a reason after the word, or a turn back to the same word
        (
            "Prior: 3. Bets: 3: 100%. Yes - she checked all three jars.",
            [3, None, None, None, 100, "yes"],
        ),
        (
            "Prior: 3. Bets: 3: 100%. Yes, well, she looked at all of them, so yes.",
            [3, None, None, None, 100, "yes"],
        ),
    ],
)
def test_study1_a_yes_or_no_turned_from_at_once(study1, answer, values):
    reading = parsed(study1, answer)
    assert [reading.values.get(name) for name in ALL_STUDY1] == values


@pytest.mark.parametrize(
    ("answer", "values"),
    [
        # more verbs that say a count is the answerer's guess, and "a prior of N"
        (
            "Going in, I figure two of the exams were passed. Bets: 2: 100%. Knowledge: no",
            [2, None, None, 100, None, "no"],
        ),
        ("I reckon all three jars. Bets: 3: 100%. Knowledge: no", [3, None, None, None, 100, "no"]),
        (
            "I'd start from none of the phones. Bets: 0: 100%. Knowledge: no",
            [0, 100, None, None, None, "no"],
        ),
        (
            "I'd give a prior of two. Bets: 2: 100%. Knowledge: yes",
            [2, None, None, 100, None, "yes"],
        ),
        # near-misses: the verb says something else, or the prior is no count
        ("I figure Ben doesn't know. Prior: 3. Bets: 3: 100%.", [3, None, None, None, 100, "no"]),
        (
            "I'd start from the base rate, which is high. Bets: 3: 100%. Knowledge: no",
            [None, None, None, None, 100, "no"],
        ),
        (
            "The prior of a seed sprouting is 90%. Bets: 3: 100%. Knowledge: no",
            [None, None, None, None, 100, "no"],
        ),
    ],
)
def test_study1_more_words_that_give_a_count_as_the_guess(study1, answer, values):
    reading = parsed(study1, answer)
    assert [reading.values.get(name) for name in ALL_STUDY1] == values


@pytest.mark.parametrize(
    ("answer", "values"),
    [
        # an adverb between "I'd" and the verb that says the guess ("I'd initially guess")
        (
            "I'd initially guess that all 3 exams passed. After Mark's call, I'd bet $0 on 0, "
            "$0 on 1, $60 on 2, and $40 on 3. And no, Mark doesn't know exactly.",
            [3, 0, 0, 60, 40, "no"],
        ),
        (
            "I'd naturally expect all three letters to have checks.\n\nLaura looked at two. "
            "$0 on 0, $0 on 1, $20 on 2, $80 on 3. She doesn't know exactly.",
            [3, 0, 0, 20, 80, "no"],
        ),
        # a count said of the time after the report is no prior ("After the call, I'd say
        # 2"), unless its sentence names the time before after that
        (
            "After Mark's call, I'd say 2 exams passed. I'd bet $0 on 0, $0 on 1, $60 on 2 "
            "and $40 on 3. Mark doesn't know exactly.",
            [None, 0, 0, 60, 40, "no"],
        ),
        (
            "Once Laura called, I'd guess just 1 letter had a check. $0 on 0, $90 on 1, $10 "
            "on 2, $0 on 3.",
            [None, 0, 90, 10, 0, None],
        ),
        (
            "Having heard from Ben, I'd say 2 phones are burned out. Bets: 0: 0%, 1: 0%, 2: "
            "70%, 3: 30%.",
            [None, 0, 0, 70, 30, None],
        ),
        # near misses: the time before named, or a discourse "now"
        (
            "Before Ben's call I'd have said all three, but after it I'd say 2. Bets: 0: 0%, "
            "1: 0%, 2: 70%, 3: 30%.",
            [3, 0, 0, 70, 30, None],
        ),
        (
            "Now, for the first question, I'd say 3. Then $0 on 0, $0 on 1, $60 on 2, $40 on "
            "3. No.",
            [3, 0, 0, 60, 40, "no"],
        ),
        (
            "Given that tickets almost always win, I'd say all 3 won. After Joe's call: $0 on "
            "0, $0 on 1, $80 on 2, $20 on 3. Joe knows exactly.",
            [3, 0, 0, 80, 20, "yes"],
        ),
        (
            "I'd hardly say 3 of them passed. $0 on 0, $0 on 1, $60 on 2, $40 on 3.",
            [None, 0, 0, 60, 40, None],
        ),
    ],
)
def test_study1_the_prior_in_the_original_studys_prose(study1, answer, values):
    reading = parsed(study1, answer)
    assert [reading.values.get(name) for name in ALL_STUDY1] == values


@pytest.mark.parametrize(
    ("answer", "values"),
    [
        # amounts with their unit in a list split by spaced slashes ("$0 / 1 exam: $10")
        (
            "1. 3\n2. 0 exams: $0 / 1 exam: $10 / 2 exams: $70 / 3 exams: $20\n3. no",
            [3, 0, 10, 70, 20, "no"],
        ),
        (
            "Prior: 3\nBets: none: 0% / one: 5% / two: 25% / all three: 70%\nKnowledge: no",
            [3, 0, 5, 25, 70, "no"],
        ),
        # the options in parentheses before their amounts
        ("1. 3\n2. In order (0, 1, 2, 3): $0, $5, $45, $50\n3. No", [3, 0, 5, 45, 50, "no"]),
        (
            "Prior: 2. My bets (for 0, 1, 2, 3): $5, $10, $55, $30. Knowledge: no",
            [2, 5, 10, 55, 30, "no"],
        ),
        # near misses: a tight slash is a fraction, bare numbers in a slash list no amounts
        (
            "Prior: 3\nBets: $100/3 on each of 1, 2 and 3\nKnowledge: no",
            [3, None, None, None, None, "no"],
        ),
        ("Prior: 3\nBets: 1/4 each\nKnowledge: no", [3, None, None, None, None, "no"]),
    ],
)
def test_study1_dollar_lists_of_the_original_study(study1, answer, values):
    reading = parsed(study1, answer)
    assert [reading.values.get(name) for name in ALL_STUDY1] == values


@pytest.mark.parametrize(
    ("answer", "knowledge"),
    [
        # the verb alone, then its reason
        ("1. 3\n2. $0 on 0, $0 on 1, $100 on 2, $0 on 3.\n3. He does. Joe looked at all 3.", "yes"),
        ("1. 3\n2. $0 on 0, $100 on 1, $0 on 2, $0 on 3.\n3. She doesn't - she opened one.", "no"),
        ("Prior: 3\nBets: 3: 100%\nKnowledge: He does, since he checked every ticket.", "yes"),
        ("Prior: 3\nBets: 3: 100%\nKnowledge: Ben doesn't; he only looked at two phones.", "no"),
        # "It's unlikely" alone, then its reason
        ("1. 3\n2. $0 on 0, $0 on 1, $40 on 2, $60 on 3.\n3. It's unlikely - he saw two.", "no"),
        ("1. 3\n2. $0 on 0, $0 on 1, $40 on 2, $60 on 3.\n3. That's very unlikely.", "no"),
        # near misses: a contrast after the verb, a second answer
        ("1. 3\n2. $0 on 0, $100 on 1, $0 on 2, $0 on 3.\n3. She does, but only about one.", None),
        ("Prior: 3\nBets: 3: 100%\nKnowledge: He does. Or maybe not, hard to say.", None),
    ],
)
def test_study1_a_short_knowledge_answer_then_its_reason(study1, answer, knowledge):
    assert parsed(study1, answer).values.get("Knowledge_A") == knowledge


@pytest.mark.parametrize(
    ("answer", "bets"),
    [
        # two bare lists of four amounts in the bets' part: only the amounts they agree on
        (
            "1. 3\n2. I'm torn between $0/$0/$50/$50 and $0/$0/$30/$70 (for 0/1/2/3).\n3. No",
            [0, 0, None, None],
        ),
        # (bare numbers in a numbered item are tied to Question 2 only by its number: no
        # bets, README; holdout18's s1-c-014)
        ("1. 3\n2. I'll go 0/10/40/50, or 0/10/30/60 if pressed.\n3. No", [None] * 4),
        ("1. 3\n2. Either 5/5/45/45 or 0/0/50/50.\n3. No", [None] * 4),
        # near misses: one list, or the same list said again in other units
        ("1. 3\n2. I'll go $0/$0/$50/$50, final.\n3. No", [0, 0, 50, 50]),
        ("1. 3\n2. 0/10/30/60, i.e. 0%, 10%, 30%, 60%.\n3. No", [0, 10, 30, 60]),
    ],
)
def test_study1_two_bare_lists_of_bets_keep_what_they_agree_on(study1, answer, bets):
    reading = parsed(study1, answer)
    assert [reading.values.get(name) for name in BETS] == bets


_NUMBERED_REST = "\n2. $0 on 0, $0 on 1, $30 on 2, $70 on 3.\n3. No."


@pytest.mark.parametrize(
    ("answer", "prior"),
    [
        # a count that opens its numbered item and ends its sentence, then the reason
        ("1. **Three.** Sigo phones almost always burn out." + _NUMBERED_REST, 3),
        ("1) Three. Broken Sigo phones nearly always do." + _NUMBERED_REST, 3),
        ("1. 2. The base rate is high, but I'm cautious." + _NUMBERED_REST, 2),
        # near misses: a list inside the item starts at 1; two counts are two answers
        ("1. 1. How many phones? I'd guess all 3." + _NUMBERED_REST, 3),
        ("1) Three, or maybe 2, hard to say." + _NUMBERED_REST, None),
    ],
)
def test_study1_a_count_sentence_that_opens_a_numbered_item(study1, answer, prior):
    assert parsed(study1, answer).values.get("Prior_A") == prior


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # what others would say, however many words stand between them and the verb
        ("Most diners would probably just say amazing.", " "),
        ("A lot of guests at that party might honestly just say terrible.", " "),
        ("Everyone at the table would most likely say good.", " "),
        ("Most people would probably just say amazing.", " "),
        # ... also past an aside between commas
        ('Her sister, who is blunt, would say "It was terrible."', " "),
        ("Her friends, by contrast, would tell her it was amazing.", " "),
        (
            'A stranger, being honest, might say "It was bad." Ana would say "It wasn\'t bad."',
            "wasn't bad",
        ),
        # the answer's own word after others' words is read
        ('Her harsh neighbour would probably say "awful". Liam would say "bad".', " bad"),
        ('Some folks might bluntly tell him "terrible". I\'d answer "good".', " good"),
        ('A blunt friend might say "terrible". I would say "good".', " good"),
        # near-misses: a word beside a sentence of the set offered; a list of words
        ('Omar would say "It wasn\'t bad." Or he might say "amazing".', " "),
        ('Ali would respond with a word like "bad", "bad", or "fine" to show he disliked it.', " "),
        (
            'Mia is likely to say "It was bad" to describe the play as being "good" or "good".',
            "was bad",
        ),
    ],
)
def test_study2_others_words_and_the_answers_own_word_beside_them(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance
    assert all(grade not in (DIRECT, CLEAR) for grade in parsed(study2, answer).grades.values())


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # a bare word after an answer marker closes longer prose: the word, no frame
        (
            "Eva weighed the feedback for a while, given how much Noor cared about the dish, "
            "so her answer is: good.",
            " good",
        ),
        (
            "Ben wants Carla to feel good about her singing even though it earned two "
            "hearts. My choice: amazing.",
            " amazing",
        ),
        (
            "Thinking about what matters most to Rosa here, honesty and warmth both, final "
            "answer: bad.",
            " bad",
        ),
        # near-miss: a colon after no answer marker
        (
            "Thinking about what matters most to Rosa here, her real opinion of the play: "
            "terrible.",
            " ",
        ),
    ],
)
def test_study2_a_bare_word_concluding_longer_prose(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance
    assert all(grade == LOOSE for grade in parsed(study2, answer).grades.values())


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # a space after the last word shows it ended; touching the cut it may not have
        ("It wasn't bad ", "wasn't bad"),
        ("Tom would say it was amazing ", "was amazing"),
        ("Liam: It was terrible\n", "was terrible"),
        ("Tom would say it was amazing", "was "),
        ("It was terrible", "was "),
    ],
)
def test_study2_a_word_cut_off_after_a_space_is_whole(study2, answer, utterance):
    values = parsed(study2, answer, "length").values
    assert f"{values.get('Was_Wasnt', '')} {values.get('Assessment', '')}" == utterance


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # a translation or gloss in brackets after the chosen sentence
        ("It was good (c'était bien)", "was good"),
        ("It wasn't bad (no estuvo mal).", "wasn't bad"),
        ('"It was amazing" (German: "Es war toll")', "was amazing"),
        ("It was terrible [literally: era terribile]", "was terrible"),
    ],
)
def test_study2_a_gloss_in_brackets_after_the_sentence(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # the blank named as what a colon fills
        (
            "Since Pat only gave it one heart but wants to spare Lee's feelings, the missing "
            "word is: bad",
            " bad",
        ),
        (
            "Given the two-heart rating and Omar's wish to be informative, the gap would "
            "take: good.",
            " good",
        ),
        (
            "Weighing kindness against honesty for a three-heart poem, I'd fill in the blank "
            "with amazing.",
            " amazing",
        ),
        ("I would fill the gap with bad.", " bad"),
        ("The blank is hard to fill here.", " "),
        # the template echoed with its blank beside an answer given elsewhere
        ('The template says "It wasn\'t ___". The answer is: "It wasn\'t great."', "wasn't "),
        # near-misses: the blank named and left; the template echoed alone
        (
            "Given the two-heart rating and Omar's wish to be informative, the blank stays empty.",
            " ",
        ),
        ("The template says \"It wasn't ___\". Her answer: It wasn't ___.", " "),
        ("It was ___", " "),
    ],
)
def test_study2_a_blank_filled_after_a_colon_and_the_template_beside_an_answer(
    study2, answer, utterance
):
    assert utterance_read(study2, answer) == utterance
    assert all(grade == LOOSE for grade in parsed(study2, answer).grades.values())


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # a later answer marker gives a bare word closing another phrase: two answers
        ('I think she\'d say "It was good." Final answer: amazing.', " "),
        ('Kim would say "It was terrible." Answer: bad', " "),
        ("Lena'd reply \"It wasn't bad\". My pick: good.", " "),
        # near-misses: the same word again; someone else's word; a word said not to be
        ('I think she\'d say "It was good." Final answer: good.', "was good"),
        ("She'd say \"It wasn't bad\". A blunt friend would say: terrible.", "wasn't bad"),
        ('I\'d go with "It was good". She would not answer: amazing.', "was good"),
    ],
)
def test_study2_a_later_bare_word_that_differs_is_a_second_answer(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # people put in the speaker's place stand for her: read, below certainty
        ("Most people in Kim's position would say \"It wasn't bad.\"", "wasn't bad"),
        ('People in her position would generally just say "It was amazing".', "was amazing"),
        ('Anyone in his shoes would probably tell Max "It was good".', "was good"),
        ("most folks in her spot would just say it was terrible", "was terrible"),
    ],
)
def test_study2_people_in_the_speakers_place_stand_for_her(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance
    assert set(parsed(study2, answer).grades.values()) == {LOOSE}


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # the answer named as the subject of a bare word: the word, no frame
        (
            "Since Lea loved it (3 hearts) and wants Zoe to feel good, my answer is **amazing**.",
            " amazing",
        ),
        ("The answer is good.", " good"),
        ("Her final answer was bad.", " bad"),
        ("Weighing it all, my response would be terrible.", " terrible"),
        # near-misses: the thing named keeps its frame; no word of the four
        ("Your cake was good.", "was good"),
        ("The answer is unclear.", " "),
    ],
)
def test_study2_the_answer_named_as_subject_gives_no_frame(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance
    if utterance.startswith(" ") and utterance.strip():
        assert set(parsed(study2, answer).grades.values()) == {LOOSE}


@pytest.mark.parametrize(
    ("answer", "values"),
    [
        # the answerer's count, then the question it answers named after it: that question's
        (
            "I'd go with 3 for the first question. Bets: 0: 0%, 1: 5%, 2: 20%, 3: 75%. "
            "Knowledge: no",
            [3, 0, 5, 20, 75, "no"],
        ),
        (
            "Probably two on question 1, since exams like these are hard. "
            "Bets: 0: 10%, 1: 20%, 2: 40%, 3: 30%. Knowledge: yes",
            [2, 10, 20, 40, 30, "yes"],
        ),
        (
            "Bets: 0: 0%, 1: 0%, 2: 25%, 3: 75%. Knowledge: no. I'd pick all three for Q1.",
            [3, 0, 0, 25, 75, "no"],
        ),
        # ... another question's: not the count's field
        (
            "I'd go with 2 for the second question. Bets: 0: 0%, 1: 10%, 2: 60%, 3: 30%.",
            [None, 0, 10, 60, 30, None],
        ),
        (
            "I'd say 3 for question 2. Knowledge: no",
            [None, None, None, None, None, "no"],
        ),
        # ... nor a count given an amount ("30 on option 2" is a bet)
        (
            "I'd put 30 on option 2. Prior: 3. Knowledge: no",
            [3, None, None, 30, None, "no"],
        ),
    ],
)
def test_study1_a_value_before_the_question_it_names(study1, answer, values):
    reading = parsed(study1, answer)
    assert [reading.values.get(name) for name in ALL_STUDY1] == values
    if values[0] is not None and "Prior:" not in answer:
        assert reading.grades["Prior_A"] == LOOSE


@pytest.mark.parametrize(
    ("answer", "values"),
    [
        # one terse value per field, in field order, between bars: read in question order
        ("Final answer - 2 | 0% | 10% | 30% | 60% | no", [2, 0, 10, 30, 60, "no"]),
        ("Summary -- all three | $0 | $5 | $15 | $80 | nope", [3, 0, 5, 15, 80, "no"]),
        ("1 | 5% | 60% | 25% | 10% | yes", [1, 5, 60, 25, 10, "yes"]),
        ("Answer:\n3\n0%\n0%\n20%\n80%\nNo", [3, 0, 0, 20, 80, "no"]),
        # ... not when the count or the kinds of value do not match: which is whose is a guess
        ("Final answer - 20% | 0% | 10% | 30% | 60% | no", [None, None, None, None, None, "no"]),
        ("Final answer - 2 | 0 | 10 | 30 | 60 | no", [None, None, None, None, None, "no"]),
        ("Final answer - 2 | 0% | 10% | 30 | 60% | no", [None, None, None, None, None, "no"]),
        ("Final answer - 2 | 10% | 30% | 60% | no", [None, None, None, None, None, "no"]),
        ("TL;DR - 2 | 0% | 10% | 30% | 50% | 10% | no", [None, None, None, None, None, "no"]),
    ],
)
def test_study1_one_value_per_field_in_field_order(study1, answer, values):
    reading = parsed(study1, answer)
    assert [reading.values.get(name) for name in ALL_STUDY1] == values
    assert all(grade == LOOSE for grade in reading.grades.values())


@pytest.mark.parametrize(
    ("answer", "knowledge"),
    [
        # another's view weighed, then the answerer's own: the own is the answer
        (
            "Prior: 3\nBets: 3: 100%\nKnowledge: Someone could argue no. I say yes.",
            "yes",
        ),
        ("Prior: 2\nBets: 2: 100%\nKnowledge: A skeptic might say yes. Me? No.", "no"),
        ("Prior: 3\nBets: 3: 100%\nKnowledge: Others would answer no; my answer: yes.", "yes"),
        ("Prior: 3\nBets: 3: 100%\nKnowledge: I'd say no. Ann's answer is yes.", "no"),
        # ... only another's view given: no answer
        ("Prior: 3\nBets: 3: 100%\nKnowledge: Someone could argue no.", None),
        ("Prior: 3\nBets: 3: 100%\nKnowledge: Ann's answer is yes.", None),
        # ... two views of the answerer's own: no single answer
        ("Prior: 3\nBets: 3: 100%\nKnowledge: I say no. Then again, yes.", None),
    ],
)
def test_study1_another_view_then_the_answerers_own(study1, answer, knowledge):
    assert parsed(study1, answer).values.get("Knowledge_A") == knowledge


@pytest.mark.parametrize(
    ("answer", "values"),
    [
        # a one-line answer's parts between dashes, each terse, over an explanation
        (
            "2 \u2014 then 0%, 10%, 60%, 30% \u2014 yes.\n\nBecause: Laura opened every letter.",
            [2, 0, 10, 60, 30, "yes"],
        ),
        ("all three - then 5%, 5%, 20%, 70% - no", [3, 5, 5, 20, 70, "no"]),
        ("1 \u2013 then $10/$50/$30/$10 \u2013 nope", [1, 10, 50, 30, 10, "no"]),
        # ... not prose whose clauses a dash sets apart
        (
            "I'd bet nearly everything on one \u2014 say 90% \u2014 and nothing on zero.",
            [None, 0, 90, None, None, None],
        ),
        ("2-3 - then 0%, 10%, 60%, 30% - yes", [None, 0, 10, 60, 30, "yes"]),
        # ... nor a number paired with an amount by a dash
        ("I would say 2 - 45%, 3 - 55%.", [None, None, None, 45, 55, None]),
    ],
)
def test_study1_a_one_line_answer_apart_by_dashes(study1, answer, values):
    reading = parsed(study1, answer)
    assert [reading.values.get(name) for name in ALL_STUDY1] == values


@pytest.mark.parametrize(
    ("answer", "values"),
    [
        # a terse value before the second question's label, the first having none: its answer
        ("3. Bets: 0: 0%, 1: 5%, 2: 25%, 3: 70%. Knowledge: no", [3, 0, 5, 25, 70, "no"]),
        ("Two -- Bets: 0: 5%, 1: 15%, 2: 50%, 3: 30%. Knowledge: yes", [2, 5, 15, 50, 30, "yes"]),
        ("prob all 3\nAfter: 0: 0%, 1: 0%, 2: 20%, 3: 80%\nKnows: no", [3, 0, 0, 20, 80, "no"]),
        # ... not a sentence, nor a value before another question's label
        (
            "Jim checked two of them. Bets: 0: 5%, 1: 15%, 2: 50%, 3: 30%. Knowledge: yes",
            [None, 5, 15, 50, 30, "yes"],
        ),
        (
            "Hmm, tricky one. Bets: 0: 0%, 1: 5%, 2: 25%, 3: 70%. Knowledge: no",
            [None, 0, 5, 25, 70, "no"],
        ),
        ("2. Knowledge: no", [None, None, None, None, None, "no"]),
    ],
)
def test_study1_a_terse_value_before_the_second_questions_label(study1, answer, values):
    reading = parsed(study1, answer)
    assert [reading.values.get(name) for name in ALL_STUDY1] == values


@pytest.mark.parametrize(
    ("answer", "bets"),
    [
        # "all in on" an option is the whole stake on it; the others are not given one
        ("Prior: 3. After the call I'm all in on three. Knowledge: yes", [None, None, None, 100]),
        ("Prior: 2\nBets: going all-in on two\nKnowledge: no", [None, None, 100, None]),
        ("Prior: 1\nBets: all in on 1, nothing on the others\nKnowledge: no", [0, 100, 0, 0]),
        # ... not when denied, nor "all in all"
        ("Prior: 3\nBets: not all in on 3; 80% on 3, 20% on 2", [None, None, 20, 80]),
        ("Prior: 3\nAll in all, 3: 70%, 2: 30%", [None, None, 30, 70]),
    ],
)
def test_study1_all_in_on_an_option(study1, answer, bets):
    reading = parsed(study1, answer)
    assert [reading.values.get(name) for name in BETS] == bets


@pytest.mark.parametrize(
    ("answer", "values"),
    [
        # rows of keyed values under one header: each key's value, field by field (rule 2)
        (
            "prior,p0,p1,p2,p3,knows\n2,10,40,40,10,yes\n2,10,30,50,10,yes",
            [2, 10, None, None, 10, "yes"],
        ),
        (
            "prior;bet_0;bet_1;bet_2;bet_3;knowledge\n3;0;5;15;80;no\n3;0;5;15;80;no",
            [3, 0, 5, 15, 80, "no"],
        ),
        (
            "Prior: 1, bet 0: 20, bet 1: 50, bet 2: 20, bet 3: 10, knowledge: no",
            [1, 20, 50, 20, 10, "no"],
        ),
        # ... rows that differ on the prior leave it empty, not the bets they share
        (
            "prior,bet0,bet1,bet2,bet3,knowledge\n3,0,0,30,70,no\n2,0,0,30,70,no",
            [None, 0, 0, 30, 70, "no"],
        ),
    ],
)
def test_study1_rows_of_keyed_values(study1, answer, values):
    reading = parsed(study1, answer)
    assert [reading.values.get(name) for name in ALL_STUDY1] == values


@pytest.mark.parametrize(
    ("answer", "knowledge"),
    [
        # a yes or no that concludes reasoning to a number, the claim never spoken of: no
        # answer to the yes/no question
        (
            "1. Three.\n2. 0: 0%, 1: 0%, 2: 10%, 3: 90%\n3. Mark checked the exams. The answer "
            "is indeed 2 of the exams passed, not the third. So yes, the answer is yes.",
            None,
        ),
        (
            "Prior: 3\nBets: 3: 100%\nKnowledge: in this case the answer is 3 phones, so no.",
            None,
        ),
        # ... but read when the part speaks of the claim
        (
            "Prior: 3\nBets: 3: 100%\nKnowledge: the answer is 3 seeds, and Jim knows it. So yes.",
            "yes",
        ),
        ("Prior: 3\nBets: 3: 100%\nKnowledge: He looked at all three. So yes.", "yes"),
    ],
)
def test_study1_a_yes_that_concludes_about_a_number(study1, answer, knowledge):
    assert parsed(study1, answer).values.get("Knowledge_A") == knowledge


@pytest.mark.parametrize(
    ("answer", "values"),
    [
        # an ordinal without its noun opens a sentence, in an answer that names a question by
        # its ordinal and noun: that question's label
        (
            "Starting with the last question: no, Mark only saw two exams. For the first, "
            "I'd guess 3. For the second: 5% none, 15% one, 50% two, 30% three.",
            [3, 5, 15, 50, 30, "no"],
        ),
        (
            "First question: all three. As for the second: 0% on 0, 0% on 1, "
            "20% on 2, 80% on 3. For the last, no.",
            [3, 0, 0, 20, 80, "no"],
        ),
        # ... not ordinals of the story's objects in an answer that names no question so
        (
            "For the first, she saw a check. For the second, none. I'd say 2.",
            [2, None, None, None, None, None],
        ),
    ],
)
def test_study1_ordinals_without_their_noun(study1, answer, values):
    reading = parsed(study1, answer)
    assert [reading.values.get(name) for name in ALL_STUDY1] == values


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # shares before the sentences, not after: a distribution over two, no choice
        ("I'd put 0.7 on 'It was terrible' and 0.3 on 'It was bad'.", " "),
        ('Roughly 55% "It wasn\'t bad", 45% "It was good".', " "),
        ('I\'m 100% sure: "It was good".', "was good"),
        ("She'd say \"It was amazing\". I'm 90% sure of it.", "was amazing"),
        # a bare ", not <word>" closing the sentence: a second form with its frame left out
        ('She would say: "It wasn\'t bad, not terrible."', " "),
        ("Honestly? It was good; not amazing.", " "),
        # ... a cap joined by "but" or a dash is one evaluation
        ('"It was good, but not amazing."', "was good"),
        ("It was bad - not terrible.", "was bad"),
        # rows of a delimited block, each a sentence: a list, no choice
        ("name,line\nTina,It was bad\nTina,It was amazing", " "),
        ("Jake,It was good\nJake,It wasn't bad", " "),
        ("speaker,sentence\nJake,It was good", "was good"),
        # every quote weighed ("would be overkill", "leans kind"), or any left possible
        (
            '"It was amazing" would be overkill, "It was terrible" too cruel. Any of them '
            "might fit, depending on her mood.",
            " ",
        ),
        ('"It was terrible" is honest. "It wasn\'t bad" leans polite. Hard to call.', " "),
        ('Ian wouldn\'t say "It was bad", and "It was good" would be over the top.', " "),
        # ... the near-miss: weighed, then one said
        ('"It was terrible" would be over the top. She\'d say "It was bad".', "was bad"),
        (
            '"It was terrible" is honest but harsh. "It wasn\'t bad" errs on the side of '
            "kindness. I'd go with \"It wasn't bad\".",
            "wasn't bad",
        ),
    ],
)
def test_study2_no_choice_among_shares_rows_and_weighed_quotes(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


@pytest.mark.parametrize(
    ("answer", "frame"),
    [
        # one sentence that goes on to tell what someone would feel: narration, no line said
        (
            "Fiona's performance was extremely poor, and Yvonne would likely be disappointed.",
            None,
        ),
        ("Mark's song was pretty mediocre, and Tom would probably feel let down.", None),
        ("The poem was decent, so Ruth might be pleased.", None),
        # ... the speaker's own words going on are still the short answer's
        ("The cake was okay, and I would eat it again.", "was"),
        ("It was fine, but you could practise more.", "was"),
    ],
)
def test_study2_a_sentence_that_narrates_after_its_first_clause_is_no_frame(study2, answer, frame):
    assert values_read(study2, answer, ["Was_Wasnt"]) == {"Was_Wasnt": frame}


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # a phrase said of a third person's thing where the listener's is named by the same
        # noun: someone else's thing, no phrase of the set
        ('Tom would say: "I know your cake flopped, but his cake was good."', " "),
        ('She\'d tell him: "Your poem was fine, but her poem was amazing."', " "),
        # ... beside the listener's own: that one, loosely
        ('She\'d say to Max, "His essay was bad, and your essay was good."', "was good"),
        # ... a third person's thing alone is the thing ("Victoria's performance")
        ('He\'d say "Her painting was amazing."', "was amazing"),
        # a phrase its sentence keeps unsaid ("but he doesn't need to say that") is a thought
        ("\"It was good.\" It wasn't amazing, but Henry doesn't need to say that.", "was good"),
        (
            "She'd say \"It wasn't bad.\" It was terrible, though she won't mention it.",
            "wasn't bad",
        ),
        # ... not one he might say too
        ("He'd say \"It was good.\" It wasn't amazing, but he might say that too.", " "),
        ("It was good. It was amazing, but I don't need to say why.", " "),
    ],
)
def test_study2_another_owners_thing_and_a_phrase_kept_unsaid(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


@pytest.mark.parametrize(
    ("answer", "frame"),
    [
        # the frame named as the kind of sentence an answer marker picks
        ("He'd definitely go with a \"wasn't\" sentence here, to soften things.", "wasn't"),
        ('She\'d pick a "was" sentence.', "was"),
        ("I think she'd choose a 'wasn't' one, softer.", "wasn't"),
        # ... not one rejected, weighed with no marker, or two offered
        ("He wouldn't go with a \"wasn't\" sentence.", None),
        ('A "was" sentence sounds too strong.', None),
        ('She\'d go with a "was" sentence, or maybe a "wasn\'t" one.', None),
        # a gesture before the verb of saying: the clause said gives the frame
        ("Sean would just shrug and say it was fine.", "was"),
        ("He would never lie and say it was amazing.", None),
    ],
)
def test_study2_a_frame_named_as_the_kind_of_sentence(study2, answer, frame):
    assert values_read(study2, answer, ["Was_Wasnt"]) == {"Was_Wasnt": frame}


@pytest.mark.parametrize(
    ("answer", "values"),
    [
        # "the answer to question N is:" runs into its answer like "question N is"
        (
            "Therefore, the answer to Question 1 is 2.\nTherefore, the answer to Question 2 "
            "is: 0 with 5%, 1 with 15%, 2 with 60%, 3 with 20%.\nTherefore, the answer to "
            "Question 3 is: no.",
            [2, 5, 15, 60, 20, "no"],
        ),
        (
            "Jim planted three seeds. So the answer to question 1 is 3, and the answer to "
            "question 2 is: $0 on 0, $10 on 1, $30 on 2, $60 on 3. Question 3 is: yes.",
            [3, 0, 10, 30, 60, "yes"],
        ),
        # a question's number is no option, in a bets part too
        (
            "Prior: 2\nBets: my answer to question 2 is: 10% on 2 and 90% on 3\nKnowledge: no",
            [2, None, None, 10, 90, "no"],
        ),
        ("Bets: as I said for question 3: 50%.", [None] * 6),
    ],
)
def test_study1_a_question_number_is_a_label_never_an_option(study1, answer, values):
    reading = parsed(study1, answer)
    assert [reading.values.get(name) for name in ALL_STUDY1] == values


@pytest.mark.parametrize(
    ("answer", "prior"),
    [
        # a count put in the place of the one before, after an interjection or a chain of
        # correcting words: two counts
        ("I'd guess two of the seeds sprouted. Oh wait, I mean three. Bets: 2: 50%, 3: 50%", None),
        ("All three passed, I think. Hmm, actually, no wait: two. Bets: 3: 100%", None),
        ("Before the call I'd say 1 phone. Well, actually, 2. Bets: 2: 100%", None),
        # ... not words after the count that correct nothing with a count
        ("I'd say three of the letters have checks. Oh well, that is the base rate. 3: 100%", 3),
        ("I'd say 3. Actually, the story says they almost always pass. Bets: 3: 100%", 3),
    ],
)
def test_study1_a_count_corrected_after_an_interjection(study1, answer, prior):
    assert parsed(study1, answer).values.get("Prior_A") == prior


@pytest.mark.parametrize(
    ("answer", "knowledge"),
    [
        # a claim put up to test is no statement of it
        (
            "Prior: 2\nBets: 2: 100%\nHypothesis: Laura knows exactly how many have checks.",
            None,
        ),
        ("Premise: Mark knows exactly how many exams passed. Bets: 3: 100%", None),
        # ... the answer's own conclusion after a hypothesis is
        (
            "My hypothesis was that Jim saw only one seed, but he looked at all three, so he "
            "knows exactly how many sprouted.",
            "yes",
        ),
        ("Hypothesis: he saw them all. Prior: 3. Ben doesn't know exactly how many.", "no"),
    ],
)
def test_study1_a_claim_put_up_to_test_is_no_knowledge(study1, answer, knowledge):
    assert parsed(study1, answer).values.get("Knowledge_A") == knowledge


@pytest.mark.parametrize(
    ("answer", "values"),
    [
        # a summary line of the answers in question order says each answer again: a bet it
        # changes is stated twice (empty), the others stand
        (
            "Initially I'd say 1. After the call, 0% on 0, 70% on 1, 20% on 2, 10% on 3. She "
            "doesn't know exactly.\n\nTo summarise: 2; 0%, 70%, 20%, 10%; no.",
            [None, 0, 70, 20, 10, "no"],
        ),
        (
            "My prior is 3 exams. After Mark's call: $0 on 0, $0 on 1, $50 on 2 and $50 on 3. "
            "He saw every exam, so yes, he knows.\n\nBottom line: 3 | 0%, 0%, 40%, 60% | yes",
            [3, 0, 0, None, None, "yes"],
        ),
        # ... the same values again are those values
        (
            "Before the call I'd guess 2. Then I'd put 10% on zero, 20% on one, 40% on two and "
            "30% on three. Ben only checked one phone, so he doesn't know exactly.\n\n"
            "In brief: 2 / 10%, 20%, 40%, 30% / no",
            [2, 10, 20, 40, 30, "no"],
        ),
        # ... and words after "to sum up" that give no answers change nothing
        (
            "I'd say 3 sprouted, then 0% on 0, 0% on 1, 25% on 2, 75% on 3. He knows exactly."
            "\n\nTo sum up, the seeds were planted in spring and the weather was fine.",
            [3, 0, 0, 25, 75, "yes"],
        ),
    ],
)
def test_study1_a_summary_line_that_changes_some_answers(study1, answer, values):
    reading = parsed(study1, answer)
    assert [reading.values.get(name) for name in ALL_STUDY1] == values


@pytest.mark.parametrize(
    ("answer", "prior"),
    [
        # a difference with its result is arithmetic, no count
        ("Question 1: 3 - 1 = 2\nQuestion 2: 2: 100%\nQuestion 3: no", None),
        ("Prior: 2 - 1 = 1 letter\nBets: 1: 100%", None),
        # ... a dash before words is no arithmetic
        ("Prior: 3 - all of them passed\nBets: 3: 100%", 3),
    ],
)
def test_study1_a_term_of_a_difference_is_no_count(study1, answer, prior):
    assert parsed(study1, answer).values.get("Prior_A") == prior


@pytest.mark.parametrize(
    ("answer", "knowledge"),
    [
        # "not necessarily" leans no
        ("Prior: 2\nBets: 2: 100%\nKnowledge: not necessarily, she only opened one letter", "no"),
        # the question in the answerer's words, a comma and a lean
        ("I'd say 2. Bets: 2: 100%. Whether Laura knows exactly, I'm leaning to no.", "no"),
        (
            "I'd say 2. Bets: 2: 100%. As to whether Ben knows exactly how many, I'd lean "
            "towards yes, he checked all three.",
            "yes",
        ),
        ("I'd say 2. Bets: 2: 100%. Whether she knows exactly, I would say probably not.", "no"),
        # ... not the answerer's own uncertainty
        ("I'd say 2. Bets: 2: 100%. Whether she knows exactly, I can't tell.", None),
    ],
)
def test_study1_knowledge_leaning_after_the_question_in_own_words(study1, answer, knowledge):
    assert parsed(study1, answer).values.get("Knowledge_A") == knowledge


@pytest.mark.parametrize(
    ("answer", "knowledge"),
    [
        # a question answered "in the affirmative" or "in the negative" is the yes/no one
        (
            "My answer to question 1 is 2. Bets: 2: 100%. Since Laura opened only one letter, "
            "I answer the third question in the negative.",
            "no",
        ),
        (
            "Prior: 3. Bets: 3: 100%. Mark saw every exam; I would answer it in the affirmative.",
            "yes",
        ),
        # ... not the words without a question answered
        ("Prior: 3. Bets: 3: 100%. The affirmative sense of the word, as in the story.", None),
    ],
)
def test_study1_a_question_answered_in_the_affirmative(study1, answer, knowledge):
    assert parsed(study1, answer).values.get("Knowledge_A") == knowledge


# --- Round 18 (fix18d): a marker's object ends where a clause of contrast begins ----------

CONTRAST_AFTER_A_MARKER = [
    # the marker points at "something ...", the quote after "but" is an example weighed
    (
        'A generous friend would choose something upbeat, though a line like "It was '
        'amazing" would ring false.\nSo my final answer: "It wasn\'t bad."',
        "wasn't bad",
    ),
    (
        'Someone blunt would go for something harsh, but "It was terrible" is too cruel '
        "here. Answer: It was bad.",
        "was bad",
    ),
    (
        '1. Omar would want something kind, yet "It was amazing" sounds fake.\n'
        "2. **Final answer: It was good.**",
        "was good",
    ),
    # near-misses: the marker's own clause gives one sentence, the final answer another
    (
        'My answer is it wasn\'t bad, though "It was good" would be kinder. '
        "Final answer: It was good.",
        " ",
    ),
    (
        'First I\'d say "It wasn\'t bad", but "It was good" is kinder. Final answer: It was good.',
        " ",
    ),
]


@pytest.mark.parametrize(("answer", "utterance"), CONTRAST_AFTER_A_MARKER)
def test_a_quote_after_a_contrast_is_not_what_the_marker_points_at(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


# --- Round 18 (fix18d): what a kind of speaker would say is someone else's sentence -------

SAID_BY_A_KIND_OF_SPEAKER = [
    (
        'An informative speaker would say "It was bad"; a kind one "It was good". Here, '
        'with both goals, Diana would say "It wasn\'t bad."',
        "wasn't bad",
    ),
    (
        'A purely honest speaker would say "It was terrible", while a kind speaker would '
        'say "It was good". Given both goals, Kim would say "It wasn\'t terrible."',
        "wasn't terrible",
    ),
    (
        'A blunt critic would say "It was terrible", a gentle one "It wasn\'t terrible". '
        'Mia, wanting both, would say "It was bad."',
        "was bad",
    ),
    # near-misses: only the kinds of speaker, no sentence of the speaker's own
    ('An informative speaker would say "It was bad"; a kind one "It was good".', " "),
    ('A tactful speaker might say "It wasn\'t bad", an honest one "It was bad".', " "),
]


@pytest.mark.parametrize(("answer", "utterance"), SAID_BY_A_KIND_OF_SPEAKER)
def test_what_a_kind_of_speaker_would_say_is_not_the_answer(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


# --- Round 18 (fix18d): "rather than" with an object of its own rejects no quote ---------

RATHER_THAN_ITS_OWN_OBJECT = [
    (
        "If Victoria wants to make Jasmine feel good, rather than giving a harsh critique, "
        'it would be "It was a great poem, and I\'m glad it made you happy."',
        "was ",
    ),
    ('Instead of nitpicking, Ravi would tell her "It was a lovely evening."', "was "),
    # near-misses: the quote itself is what "rather than" rejects
    ('She\'d go with something gentle rather than "It was a disaster".', " "),
    ('Rather than "It was a flop", she\'d pick a softer line.', " "),
]


@pytest.mark.parametrize(("answer", "utterance"), RATHER_THAN_ITS_OWN_OBJECT)
def test_rather_than_with_its_own_object_rejects_no_quote(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # a key for the speaker's opinion alone, in JSON or YAML: no sentence said
        ('{"thinks": "It was terrible"}', " "),
        ("inner thoughts: It wasn't good", " "),
        ('{"real_opinion": "It was bad"}', " "),
        ('Honest opinion: "It was amazing"', " "),
        # ... beside a key for what she says, that one is the answer
        ('{"speaker_thinks": "It was bad", "says": "It wasn\'t terrible"}', "wasn't terrible"),
        # a quote judged as saying too much, too little or not the right thing
        ('Marco wants to be kind, but "It was amazing" overstates it.', " "),
        ("'It was terrible' would go too far for Zoe.", " "),
        ('Sure, "It wasn\'t bad" undersells the cake, though.', " "),
        ('Ben means well, but "It was good" isn\'t quite right.', " "),
        # near-misses: the opinion beyond which she goes; a quote approved
        ('He\'d go past his true feelings here: "It was good!"', "was good"),
        ('Nina wants to be kind, but "It wasn\'t bad" gets it right.', "wasn't bad"),
        # two answer markers with two bare words of the set: two answers
        ("The likeliest reply from Omar would be bad, but the real answer is good.", " "),
        ("Her first answer would be terrible; my final answer: amazing.", " "),
        # near-misses: the same word twice; one said by someone else
        ("His answer would be good. Final answer: good.", " good"),
        ("She would never say terrible. My answer is bad.", " bad"),
    ],
)
def test_study2_an_opinion_key_a_judged_quote_and_two_bare_answers(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # the template echoed with its blank, then a short answer: that answer
        ('The template reads "It was ___". Bad!', " bad"),
        ("Format: It wasn't ___.\nGood.", " good"),
        # ... but not a question or a sentence after it
        ('The format is "It was ___". Was the cake amazing or bad?', " "),
        # the kind of sentence the speaker would make, give or write
        ('She\'d give a "good" sentence.', " good"),
        ("Ravi might write a 'terrible' one.", " terrible"),
        # a participle of saying after what the speaker would do: what she says
        ("Mia would keep it short, telling Leo that it wasn't bad.", "wasn't bad"),
        ("Tom would go easy on her, saying to Anna it wasn't terrible.", "wasn't terrible"),
        # near-misses: not done by the speaker, or said not to be
        ("Mia was sad, telling Leo it was terrible.", " "),
        ("Mia wouldn't lie, telling Leo it was amazing.", " "),
    ],
)
def test_study2_a_short_answer_after_the_template_and_sentences_described(
    study2, answer, utterance
):
    assert utterance_read(study2, answer) == utterance
    assert set(parsed(study2, answer).grades.values()) == ({LOOSE} if utterance.strip() else set())


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # a sentence supposed in a condition, then the main clause names the answer
        (
            "If Priya had just said 'It wasn't bad,' it would suit the format, and my answer"
            " would be 'It wasn't bad'.",
            "wasn't bad",
        ),
        (
            'Had Leo simply said "It was good", it would fit, and the answer is "It was good".',
            "was good",
        ),
        # near-misses: what follows the supposed saying only speaks of it
        ('If Nora said "It was terrible," she would hurt him badly.', " "),
        ('If Sam were to say "It was bad," it would be the honest line.', " "),
    ],
)
def test_study2_the_answer_named_after_a_supposed_sentence(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


def test_study2_the_answer_after_a_supposed_sentence_is_read_below_certainty(study2):
    answer = (
        'If Dana had simply said "It was bad," it would fit the asked format, and the answer'
        ' should be "It was bad" rather than "It was meh."'
    )
    assert utterance_read(study2, answer) == "was bad"
    assert set(parsed(study2, answer).grades.values()) == {LOOSE}


@pytest.mark.parametrize(
    ("knowledge", "expected"),
    [
        # a doubt put on the claim's denial leans yes, below full confidence
        ("It's unlikely that he doesn't know exactly.", "yes"),
        ("I doubt she doesn't know how many exactly.", "yes"),
        ("It is highly improbable that Ana does not know exactly.", "yes"),
        ("Unlikely that he doesn't know exactly.", "yes"),
        ("unlikely he does not know exactly", "yes"),
        ("Probably not that he doesn't know.", None),
        # a lean then its reason stays the lean
        ("Probably not he didn't look at all of them.", "no"),
        # other doubled negations say nothing certain; one negation stays no
        ("It's not clear that he doesn't know exactly.", None),
        ("It is not unlikely that she doesn't know exactly.", None),
        ("It is unlikely that Mark knows exactly.", "no"),
        # a short answer taken back by a correction: two answers (rule 2)
        ("He does. Actually no, he doesn't.", None),
        ("She doesn't - wait, she does, she opened all three.", None),
        ("He does. On second thought, he does not.", None),
        # the same answer said again after the word stays that answer
        ("She doesn't. Actually, no, she doesn't: she saw one.", "no"),
    ],
)
def test_study1_knowledge_doubled_negation_and_taken_back(study1, knowledge, expected):
    reading = parsed(study1, f"Prior: 3\nBets: 3: 100%\nKnowledge: {knowledge}")
    assert reading.values.get("Knowledge_A") == expected
    if expected == "yes":
        assert reading.grades["Knowledge_A"] == LOOSE


@pytest.mark.parametrize(
    ("prior", "expected"),
    [
        # a second count offered in the next sentence or after a dash: two values
        ("Three. Or maybe 2, hard to say.", None),
        ("two. Could be 3 though.", None),
        ("All of them. Possibly just one.", None),
        ("3 - or maybe 2.", None),
        ("None. Then again, maybe 1.", None),
        # a count inside the reason is no second answer
        ("3. He checked one, maybe 2.", 3),
        ("3, since he checked one, maybe 2.", 3),
        ("2. Maybe 2 is low, but fine.", 2),
    ],
)
def test_study1_a_second_count_offered_after_the_first(study1, prior, expected):
    reading = parsed(study1, f"Prior: {prior}\nBets: 3: 100%\nKnowledge: yes")
    assert reading.values.get("Prior_A") == expected


@pytest.mark.parametrize(
    ("answer", "prior"),
    [
        # the prior as a sentence's subject without an article, anywhere in the answer
        ("Bets: 0: 0%, 1: 10%, 2: 30%, 3: 60%.\nPrior would be 2.\nNo.", 2),
        ("| Jars | Bet |\n|---|---|\n| 2 | 40% |\n| 3 | 60% |\n\nPrior was 3. She knows.", 3),
        # the answer as it would have been before the news, after the bets
        (
            "She can't know. Bets: 10% on none, 90% on three. Before the letter, my answer "
            "would have been two.",
            2,
        ),
        # near-misses: "prior to" is a time, not the prior; a count after the news is no prior
        ("Bets: 0: 0%, 1: 10%, 2: 30%, 3: 60%. Prior to the call, 2 of them seemed likely.", None),
        ("After the call my answer would have been 1. No. Bets: 1: 60%, 2: 40%", None),
    ],
)
def test_study1_a_prior_named_in_a_sentence_after_the_bets(study1, answer, prior):
    assert parsed(study1, answer).values.get("Prior_A") == prior


@pytest.mark.parametrize(
    ("answer", "bet_on_3"),
    [
        # the option's own number again in brackets after its objects is no amount
        (
            "I'd start at all three tickets winning (3). Now: none (0%), one (5%), two (20%), "
            "three (75%).",
            75,
        ),
        (
            "My gut says all three phones work (3). After the call: none (0%), one (20%), "
            "two (50%), three (30%). No.",
            30,
        ),
        # a bracketed bare amount in a list of options and amounts stays a bet
        ("Bets: 0 (5), 1 (1), 2 (34), 3 (60)", 60),
    ],
)
def test_study1_an_option_repeated_in_brackets(study1, answer, bet_on_3):
    reading = parsed(study1, answer)
    assert reading.values.get("probability_3") == bet_on_3
    assert "probability_3" not in reading.problems


def test_study1_a_bracketed_bare_amount_in_a_bets_list_is_kept(study1):
    assert parsed(study1, "Bets: 0 (5), 1 (1), 2 (34), 3 (60)").values.get("probability_1") == 1


@pytest.mark.parametrize(
    ("answer", "prior"),
    [
        # a conclusion drawn as the answer before the report, though the story "says" things
        (
            "The story says the jars are nearly always sealed. There were 3 jars, so the answer "
            "is 3. Then Ana called and said she checked one. Bets: 0: 0%, 1: 10%, 2: 20%, "
            "3: 70%. She doesn't know exactly.",
            3,
        ),
        ("The text says seeds nearly always sprout. Therefore the answer is 3.", 3),
        # near-misses: after the report it is the later count; after another answer, unsaid
        ("Ana said she checked one jar. So the answer is 1. Bets: 0: 0%, 1: 100%. No.", None),
        ("The answer is plainly 2: wrong. So, the answer is 1.", None),
    ],
)
def test_study1_a_count_concluded_as_the_answer_before_the_report(study1, answer, prior):
    assert parsed(study1, answer).values.get("Prior_A") == prior


@pytest.mark.parametrize(
    ("answer", "values"),
    [
        # one line of answers in question order between commas, neighbours of other kinds
        ("2, 5% 15% 50% 30%, yes", {"Prior_A": 2, "probability_2": 50, "Knowledge_A": "yes"}),
        ("3, 0%, 10%, 30%, 60%, no", {"Prior_A": 3, "probability_3": 60, "Knowledge_A": "no"}),
        ("all three, 0% 0% 20% 80%, he doesn't know", {"Prior_A": 3, "probability_3": 80}),
        # near-misses: a list of like values, bare numbers where the bets go, no bets part
        ("(1, 2, 3)", {"Prior_A": None}),
        ("3, 0 10 30 60, no", {"probability_0": None, "probability_3": None}),
        ("I think 3, maybe, no", {"Knowledge_A": None}),
    ],
)
def test_study1_one_line_of_answers_between_commas(study1, answer, values):
    reading = parsed(study1, answer)
    for name, value in values.items():
        assert reading.values.get(name) == value


@pytest.mark.parametrize(
    ("answer", "bets"),
    [
        # a vague share on an option, then its amount after "say"/"about": that amount, loose
        (
            "Three to begin with. Jim saw every seed sprout, so pretty much all of it on three, "
            "say 95%, with 5% on two and nothing on zero or one. Yes, he knows exactly.",
            {"probability_3": 95, "probability_2": 5},
        ),
        (
            "Two. Most of the money on two, about 70%, then 20% on three and 10% on one. No.",
            {"probability_2": 70, "probability_3": 20},
        ),
        (
            "Three. The bulk of it goes on three, roughly 80%. 20% on two. Yes.",
            {"probability_3": 80},
        ),
        # near-miss: an amount that is what remains for another option is not this one's
        (
            "Two. I'd put 60% on 2, so 40% remains for 3. No.",
            {"probability_2": 60, "probability_3": None},
        ),
    ],
)
def test_study1_a_vague_share_then_its_amount(study1, answer, bets):
    reading = parsed(study1, answer)
    for name, value in bets.items():
        assert reading.values.get(name) == value
    if bets.get("probability_3") == 95:
        assert reading.grades["probability_3"] == LOOSE


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # a quoted word under a negated verb of saying, making or choosing is rejected
        ("She won't make a 'terrible' sentence.", " "),
        ('Liam wouldn\'t give a "bad" answer here.', " "),
        ('Ana would never use the harsh "terrible".', " "),
        ("He would not pick 'amazing'.", " "),
        # ... and the answer's own choice beside it is read
        ('She won\'t make a "terrible" sentence; she\'d go with "bad".', " bad"),
        ('He wouldn\'t give a "terrible" verdict. He\'d say "good".', " good"),
        # near-misses: the same verbs, not negated
        ("He would make a 'bad' sentence.", " bad"),
        ('She\'d give a "good" answer.', " good"),
    ],
)
def test_study2_a_quote_under_a_negated_verb_of_saying_is_rejected(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # "some", "a few", "certain people" saying something: someone else's words
        ("Some would say terrible.", " "),
        ('A few might say "amazing".', " "),
        ("Certain people would say terrible.", " "),
        ("Most would probably say amazing.", " "),
        # ... and the answer's own choice in a contrasting clause after them is read
        ("Some would say terrible, but my answer is bad.", " bad"),
        ("Others would say terrible, but my answer is bad.", " bad"),
        ("A few might say amazing; my pick: good.", " good"),
        ("Certain people would say terrible, while I'd say bad.", " bad"),
        # near-misses: a second word of theirs, no answer of its own; "some" as a determiner
        ("Some would say terrible, but also bad.", " "),
        ("Some parts were good. My answer: good.", " good"),
        ("Amazing. Some would say more.", " amazing"),
    ],
)
def test_study2_what_some_would_say_is_someone_elses(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance
    assert all(grade not in (DIRECT, CLEAR) for grade in parsed(study2, answer).grades.values())


# A bare word of the set given as the answer: a reason or a further clause after it is no
# part of it, someone else's words beside it are not it, and a correction after it that
# gives another word takes it back (README: self-corrections; the answer's own choice).
BARE_WORD_ANSWERS = [
    # a reason after a marked bare word
    ("answer: good, since it's true and warm", " good"),
    ("My pick: amazing — it's what will make Larry happiest.", " amazing"),
    ("Choice: terrible, because Greg wants to be accurate about a zero-heart cookie.", " terrible"),
    ("Sean would say bad (the painting got no hearts).", " bad"),
    ("Final answer: good, as it's kind and still accurate for two hearts.", " good"),
    # the answerer's own word beside someone else's, in either order
    ("If I were him I'd say bad, but most people would say terrible.", " bad"),
    ('Some would say "terrible", but my answer is "bad".', " bad"),
    ("A harsher judge might say terrible; I'd go with bad.", " bad"),
    ("Others would say amazing, but Heather would say good.", " good"),
    # an exclusive choice
    ("He won't say anything but 'bad'.", " bad"),
    ("Wendy would say nothing but good.", " good"),
    # a correction after the bare word that gives another: two answers
    ("She'd pick: bad. Actually no, thinking again: good.", " "),
    ("My answer: amazing. Wait, scratch that: good.", " "),
    ("Answer: terrible... on second thought, bad.", " "),
    # near misses that stay as they were
    ("Actually, I'd say bad. Amazing would be too much.", " bad"),
    ("Most people would say terrible.", " "),
    ("He won't say 'bad'.", " "),
    ("She would never say anything like 'terrible'.", " "),
]


@pytest.mark.parametrize(("answer", "utterance"), BARE_WORD_ANSWERS)
def test_study2_a_bare_word_given_as_the_answer(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance
    reading = parsed(study2, answer)
    assert all(grade not in (DIRECT, CLEAR) for grade in reading.grades.values())


# An answer given, then taken back by words that revise it, then given anew (even when the
# new one is named twice): two answers, both fields empty (README rule 2, self-corrections).
REVISED_THEN_GIVEN_AGAIN = [
    "Initially I'd say \"It wasn't good\", but let me reconsider. Since Kevin wants Jake "
    "to feel better, he'd say \"It wasn't terrible\". Final answer: It wasn't terrible.",
    'My first answer would be "It was bad", but on reflection Greg would say "It wasn\'t '
    'bad." So the answer is "It wasn\'t bad".',
    'I\'d say "It was good". Hmm, rethinking it with one heart: Heather would say "It '
    "wasn't good\". Answer: It wasn't good.",
]


@pytest.mark.parametrize("answer", REVISED_THEN_GIVEN_AGAIN)
def test_study2_an_answer_revised_then_given_again_is_no_choice(study2, answer):
    assert utterance_read(study2, answer) == " "


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # near misses: a first thought that was never given as the answer, and one
        # answer said twice without a revision
        (
            'I first thought "It was terrible" fit, but she\'d say "It wasn\'t terrible."',
            "wasn't terrible",
        ),
        ('Emma would say "It was good". Final answer: It was good.', "was good"),
    ],
)
def test_study2_a_first_thought_or_a_repeat_is_no_revision(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # a key and its value with a reason after it: the value, read loosely
        ("Word: bad (because 0 hearts)", " bad"),
        ("frame: wasn't (softer)\nword: terrible (true to zero hearts)", "wasn't terrible"),
        ("Frame: was\nWord: good, since two hearts is positive", "was good"),
        # near miss: two keys with different words are two evaluations
        ("Kindness: bad (too harsh)\nAccuracy: good (true)", " "),
    ],
)
def test_study2_a_keyed_word_with_a_reason_is_read_loosely(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance
    assert parsed(study2, answer).grades.get("Assessment") not in (DIRECT, CLEAR)


@pytest.mark.parametrize(
    ("answer", "knowledge"),
    [
        # the question asked again, then a lean and its reason: that lean (loose)
        (
            "Prior 2; bets 0%, 10%, 80%, 10% on 0, 1, 2, 3. Does Mark know exactly? Most "
            "likely, he checked every exam.",
            "yes",
        ),
        ("Prior 3. Is Joe certain how many are sour? Likely - he tasted all three.", "yes"),
        ("Prior 3. Would Laura know exactly? Probably not; she opened just the one.", "no"),
        (
            "Question 1: 3\nQuestion 2: 0%, 5%, 25%, 70%\nQuestion 3: Does she know exactly? "
            "Probably, she opened all of them.",
            "yes",
        ),
        (
            "Prior: 2\nBets: 0: 0%, 1: 20%, 2: 60%, 3: 20%\nKnowledge: Probably - Ben looked "
            "at each phone himself.",
            "yes",
        ),
        # near-misses: a lean limited, turned round or made conditional; a question of
        # something else; a lean followed by a revision
        ("Prior 3. Does Laura know exactly? Probably, but only about the one she opened.", None),
        ("Prior 3. Does Laura know exactly? Probably, she doesn't; she opened one.", None),
        ("Prior 3. How many did she open? Probably, all of them.", None),
        (
            "Question 1: 3\nQuestion 2: 0%, 5%, 25%, 70%\nQuestion 3: Likely, if she opened "
            "all of them.",
            None,
        ),
        (
            "Question 1: 3\nQuestion 2: 0%, 5%, 25%, 70%\nQuestion 3: Probably - she opened "
            "every letter. On reflection, she doesn't know exactly.",
            None,
        ),
    ],
)
def test_study1_a_lean_after_the_question_asked_again_answers_it(study1, answer, knowledge):
    reading = parsed(study1, answer)
    assert reading.values.get("Knowledge_A") == knowledge
    assert reading.grades.get("Knowledge_A") in (None, LOOSE)


@pytest.mark.parametrize(
    ("answer", "knowledge"),
    [
        # a denial that anyone could know, then the speaker knows: two answers
        (
            "Question 1: 3\nQuestion 2: 0%, 5%, 25%, 70%\nQuestion 3: You can't know how many "
            "of the letters have checks. Laura knows exactly how many.",
            None,
        ),
        (
            "Prior: 2\nBets: 0: 0%, 1: 20%, 2: 60%, 3: 20%\nKnowledge: There's no way to tell "
            "for sure. Yes, she knows.",
            None,
        ),
        (
            "Prior: 2\nBets: 0: 0%, 1: 20%, 2: 60%, 3: 20%\nKnowledge: One cannot tell exactly "
            "how many seeds sprouted. Yes.",
            None,
        ),
        (
            "Prior: 1\nBets: 0: 0%, 1: 50%, 2: 50%, 3: 0%\nKnowledge: No one can tell exactly "
            "how many jars are mouldy. Ann knows exactly how many.",
            None,
        ),
        # ... and with a no after it, that no
        (
            "Prior: 2\nBets: 0: 0%, 1: 20%, 2: 60%, 3: 20%\nKnowledge: You can't know how "
            "many. She doesn't know exactly.",
            "no",
        ),
        # near-misses: the denial alone (the reader's uncertainty: no answer), limited by a
        # condition, conceded by a contrast, or after the answer
        (
            "Prior: 2\nBets: 0: 0%, 1: 20%, 2: 60%, 3: 20%\nKnowledge: You can't know how many.",
            None,
        ),
        (
            "Prior: 2\nBets: 0: 0%, 1: 20%, 2: 60%, 3: 20%\nKnowledge: You can't know exactly "
            "without opening them, but Laura opened all three, so yes.",
            "yes",
        ),
        (
            "Prior: 2\nBets: 0: 0%, 1: 20%, 2: 60%, 3: 20%\nKnowledge: You can't tell how many "
            "from outside. Joe tasted every fruit, though, so he knows exactly.",
            "yes",
        ),
        (
            "Prior: 2\nBets: 0: 0%, 1: 20%, 2: 60%, 3: 20%\nKnowledge: Yes. You can't know "
            "exactly how many from the outside.",
            "yes",
        ),
    ],
)
def test_study1_a_denial_that_anyone_could_know_then_a_yes_is_two_answers(
    study1, answer, knowledge
):
    assert parsed(study1, answer).values.get("Knowledge_A") == knowledge


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # the reply to the other person's question in a two-person script
        ("Jenny: So, what did you think of my poem?\nKaren: Honestly? It was lovely.", "was "),
        ("Mike: Did you like the pie?\nAnna: It wasn't great.", "wasn't "),
        ("Mike: Did you like the pie?\nAnna: Did you bake it yourself?", " "),
        ("Mike: I baked a pie.\nAnna: It was lovely, and the crust was so flaky.", " "),
        # a clause about the speaker evaluates no thing; one that evaluates the thing does
        ('He would tell her, "It was fine, and I was terrible at my first recital too."', "was "),
        (
            'Mia would say something like, "My cake is not what I hoped" or "I wasn\'t sure" or '
            '"Your cake was not what I wanted."',
            " ",
        ),
        # the frame right before a quoted word
        ('Karen decided to tell Jenny it was "lovely" rather than "bad."', "was "),
        ('So Ben chose to say it was "decent".', "was "),
        # the blank closing its line, filled on the next
        ("It was ___.\n___ = amazing", "was amazing"),
        ("It wasn't ___\nBlank: bad", "wasn't bad"),
        ("It wasn't ___.\n___ = great", "wasn't "),
        ("It was ___.", " "),
        # a sentence as a pair of quoted strings
        ('answer = ["It wasn\'t", "terrible"]', "wasn't terrible"),
        ("reply = ('It was', 'amazing')", "was amazing"),
        ('pair = ("It was", "great")', "was "),
    ],
)
def test_study2_partial_sentences_in_replies_quotes_blanks_and_pairs(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # the asked block with its knowledge label misspelt (a letter dropped, added, swapped)
        (
            "Prior: 2\nBets: 0: 10%, 1: 20%, 2: 50%, 3: 20%\nKnowldge: yes",
            {"Knowledge_A": "yes"},
        ),
        (
            "Prior: 1\nBets: 0: 0%, 1: 60%, 2: 30%, 3: 10%\nKnowledgee: no",
            {"Knowledge_A": "no"},
        ),
        (
            "Prior: 3\nBets: 0: 0%, 1: 0%, 2: 10%, 3: 90%\nKnolwedge: no",
            {"Knowledge_A": "no"},
        ),
        # near-misses: a key of another word in the knowledge's place says no question
        (
            "Prior: 3\nBets: 0: 0%, 1: 10%, 2: 30%, 3: 60%\nWill be answered: yes",
            {"Knowledge_A": None},
        ),
        ("Prior: 2\nBets: 0: 0%, 1: 10%, 2: 60%, 3: 30%\nNote: no", {"Knowledge_A": None}),
        ("Prior: 2\nBets: 0: 0%, 1: 10%, 2: 60%, 3: 30%\nKnot: no", {"Knowledge_A": None}),
    ],
)
def test_study1_a_misspelt_label_in_the_asked_block_is_its_question(study1, answer, expected):
    assert values_read(study1, answer, list(expected)) == expected


@pytest.mark.parametrize(
    ("answer", "knowledge"),
    [
        # ordinals alone as keys, in an answer that names a question by ordinal and noun
        (
            "For the first question I'd say two of the letters. Second: 0% on none, 30% on "
            "one, 50% on two, 20% on three. Third: yes, she read every one.",
            "yes",
        ),
        ("First question: all of the bulbs. Third: I doubt it.", "no"),
        ("My answer to the first question is 1. Second: $50 on 1, $50 on 2. Third: nope.", "no"),
        # near-misses: no ordinal with its noun anywhere; a "third" that is no key
        ("Second: I think so. First: 3.", None),
        ("First question: two. The third seed did not come up: no way to know.", None),
    ],
)
def test_study1_a_bare_ordinal_key_labels_its_question(study1, answer, knowledge):
    assert parsed(study1, answer).values.get("Knowledge_A") == knowledge


@pytest.mark.parametrize(
    ("answer", "bets"),
    [
        # one sentence pairing every option once with an amount and its unit, no label
        (
            "My first guess: two. After that, 10% none, 15% one, 50% two, 25% three. He "
            "probably doesn't know.",
            [10, 15, 50, 25],
        ),
        ("I'd guess all of them. Then $5 zero, $5 one, $30 two, $60 three. No.", [5, 5, 30, 60]),
        # the probability for an option, then the others (plural) given one amount
        (
            "I think all 3 at first. The probability for 1 is 100% and the others are 0%. "
            "She knows exactly.",
            [0, 100, 0, 0],
        ),
        (
            "I'd say 2. The odds for one are 10%, the others are at 30% each. Yes.",
            [30, 10, 30, 30],
        ),
        ("I'd say 2. The odds for one are 10%, the others 30% each. Yes.", [30, 10, 30, 30]),
        # a misspelt percent said in words
        (
            "First answer is 1 since the bulbs rarely work. Second, I give 20 persent for 0, "
            "50 persent for 1, 20 persent for 2 and 10 persent for 3. Third answer no.",
            [20, 50, 20, 10],
        ),
        (
            "Prior: 2\nBets: 0: 5 precent, 1: 15 precent, 2: 60 precent, 3: 20 precent\n"
            "Knowledge: no",
            [5, 15, 60, 20],
        ),
        # near-misses: an option twice in the run; the rest in the singular (the money left)
        ("Prior 2. Then 5% none, 20% one, 25% two, 50% two. no", [None] * 4),
        ("I'd say 2. The probability for 3 is 25%; the rest is 75%. No.", [None, None, None, 25]),
        ("At present I'd guess 3 of the exams. Then 40% of the 3 were hard.", [None] * 4),
    ],
)
def test_study1_bets_in_a_sentence_that_pairs_every_option_or_gives_the_others(
    study1, answer, bets
):
    names = [f"probability_{i}" for i in range(4)]
    assert values_read(study1, answer, names) == dict(zip(names, bets, strict=True))


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # reasoning, then the answer under a heading, one unlabelled line per question
        (
            "Joe checked one ticket and it won, so the rest are open.\n\nFinal answers:\n2\n"
            "5%, 15%, 50%, 30%\nNo",
            [2, 5, 15, 50, 30, "no"],
        ),
        (
            "Step one: the base rate is high. Does Mia know exactly? She opened all of them, "
            "so she does.\n\nMy answer:\nall three\n$0, $0, $10, $90\nyes",
            [3, 0, 0, 10, 90, "yes"],
        ),
        # near-miss: a labelled prior above that the block contradicts is stated twice
        (
            "Prior: 2, I think.\n\nFinal answer:\n3\n0%, 10%, 20%, 70%\nNo",
            [None, 0, 10, 20, 70, "no"],
        ),
    ],
)
def test_study1_the_unlabelled_block_under_an_answer_heading_is_read_in_order(
    study1, answer, expected
):
    assert values_read(study1, answer, ALL_STUDY1) == dict(zip(ALL_STUDY1, expected, strict=True))


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # "it's" in a sentence that only says something of the answer (the option picked,
        # what she'd say) is no frame; the word read elsewhere stays (the fields never come
        # from two sentences)
        ("The answer is terrible. Actually, it's the only honest option.", " terrible"),
        ("My pick: bad. Honestly, it's the kindest choice here.", " bad"),
        ("I'd say amazing. Actually, it is the obvious option for a five-heart dish.", " amazing"),
        ("The answer is good. Actually, it's what he'd say.", " good"),
        ("The answer is bad. Actually, it is the best fit.", " bad"),
        # (a noun for the answer closing the later sentence is no bare word given: the
        # earlier "terrible" is the answer, as the README's bare word, with no frame)
        ("The answer is terrible. Actually, it's my final answer.", " terrible"),
        # near misses: a short answer in the sentences' form keeps its frame
        ("Actually, it's fine.", "was "),
        ("It was okay.", "was "),
        ("Honestly, it wasn't bad.", "wasn't bad"),
    ],
)
def test_study2_a_frame_only_in_a_sentence_about_the_answer_is_none(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # a bare word given as the answer, then a sentence about that answer (the option,
        # the pick, what fits or what he'd say): the word, with no frame (the "it's" is
        # the answer's, not the thing's)
        ("Reply: good. It's the kindest choice here.", " good"),
        ("My pick: bad. Honestly, that's the only honest option.", " bad"),
        ("Sara would answer: amazing. It's what fits best with how proud she is.", " amazing"),
        ("Final answer: terrible.\nIt's my final answer, I'm sticking to it.", " terrible"),
        ("The answer is good. Really, that's my pick.", " good"),
        ("**Answer:** amazing. It is the one she'd pick for a friend.", " amazing"),
        ("I'd go with bad. That's what makes the most sense here.", " bad"),
        ("Answer: good. It's what he would say.", " good"),
        ("My answer: amazing. Actually, it's what fits best.", " amazing"),
        # near misses: a revision of the thing is two answers, not one word
        ("It was good. Actually, it's amazing.", " "),
        ("Answer: bad. It's okay.", " "),
        ("Answer: good. It was the best dinner ever.", " "),
        # a sentence of the set, then one about the answer: the sentence
        ("It wasn't terrible. It's the safest option.", "wasn't terrible"),
        ("It was bad. That's my final answer.", "was bad"),
        # alone, a sentence about the answer evaluates nothing
        ("It's what fits best.", " "),
    ],
)
def test_study2_a_bare_word_beside_a_sentence_about_the_answer_is_the_word(
    study2, answer, utterance
):
    assert utterance_read(study2, answer) == utterance


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # an answer marker gives a word of the set alone, and a sentence of the set gives
        # another word, before or after it: two answers, both fields empty
        ("Answer: bad. It was good.", " "),
        ("Final answer: amazing. She'd tell Nathan it wasn't bad.", " "),
        ("The answer is terrible. It was bad.", " "),
        ("Response: bad. It wasn't amazing, of course.", " "),
        ('My choice is good, since "It wasn\'t bad" sounds too cold.', " "),
        ("I'd say good, but Molly would say \"It wasn't bad\".", " "),
        ("It was good. Final answer: amazing.", " "),
        # near misses: the same word again agrees; a word under a condition or someone
        # else's is no answer of its own
        ("Answer: good. It was good.", "was good"),
        ('Answer: amazing (she would say "It was amazing").', "was amazing"),
        (
            "If she only wanted to be kind she'd say amazing.\nMy answer: It wasn't bad.",
            "wasn't bad",
        ),
        ('Some would say terrible, but my answer is "It wasn\'t bad".', "wasn't bad"),
    ],
)
def test_study2_a_bare_word_answer_and_a_sentence_with_another_word_is_no_choice(
    study2, answer, utterance
):
    assert utterance_read(study2, answer) == utterance


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # an answer line gives a bare word (or the phrase without its subject), and a later
        # line gives a sentence with another word as what would be said: two answers
        ("Final answer: amazing.\nShe'd say it wasn't bad.", " "),
        ('Reply: terrible.\nShe\'d tell him "It was bad" though.', " "),
        ("Answer: good\n\nOllie would probably just tell her it was amazing.", " "),
        ("**Response:** bad\nHe'd reply: \"It wasn't terrible.\"", " "),
        ("My answer: terrible.\nIt wasn't good.", " "),
        ('The answer: amazing\nMia would tell Jake, "It was good!"', " "),
        ("Final answer: wasn't bad.\nShe'd say \"It was good\".", " "),
        # near misses: the same word again is that sentence; someone else's words, a
        # condition, a sentence about the thing or one not said explain the answer line
        ("Final answer: good.\nShe'd say it was good.", "was good"),
        ('Answer: bad\nHe would tell her "It was bad."', "was bad"),
        ("Final answer: wasn't bad.\nShe'd say \"It wasn't bad\".", "wasn't bad"),
        ("Final answer: amazing.\nHer sister would say it was terrible.", " amazing"),
        ("Answer: good\nIf she were blunt, she'd say it was terrible.", " good"),
        ("Answer: bad\nThe cake was terrible, honestly.", " bad"),
        ('Reply: terrible.\nSome people would say "It wasn\'t good" instead.', " terrible"),
        ('Answer: good.\nShe wouldn\'t say "It was amazing".', " good"),
    ],
)
def test_study2_an_answer_line_and_a_later_sentence_with_another_word_is_no_choice(
    study2, answer, utterance
):
    assert utterance_read(study2, answer) == utterance


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # a bare word given as the answer, then a correction that evaluates the thing anew
        # with a word outside the set: a self-correction, no choice
        ("My answer: amazing. Actually, it's fine.", " "),
        ("Answer: bad. Wait, it was okay.", " "),
        ("Final answer: good.\nActually, it was decent.", " "),
        ("Response: terrible. No, it was mediocre.", " "),
        ("Answer: amazing. On second thought, it was nice.", " "),
        ("My answer: bad. I mean, it wasn't great.", " "),
        ("Answer: terrible\n\nWait, it was fine actually.", " "),
        # near misses: a correction that names the answer, not the thing, keeps the word
        ("Answer: good. Actually, it's the one she'd pick.", " good"),
        ("Final answer: good.\nActually, it's the right pick.", " good"),
    ],
)
def test_study2_a_bare_word_then_a_correction_with_another_evaluation_is_no_choice(
    study2, answer, utterance
):
    assert utterance_read(study2, answer) == utterance
