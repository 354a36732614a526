"""Each kind of fault the checker must catch on notes it has never seen, and the false alarms
it must not raise: names (body and Subject line, other applications, allowed names), polite
desperation, pushiness, negativity without stock words, template slots, note-style writing,
elements in natural words, notes it cannot judge, and the check-in kind."""

from __future__ import annotations

import pytest

from conftest import checked
from followup.core.check import Facts, compile_rules
from followup.services.checking import shipped_rule_data

SUMMIT = Facts(
    company="Summit Logistics",
    role="Data Analyst",
    people=("Rachel Moore",),
    topics=("route optimisation dashboard",),
)

OPENING = "Dear Rachel,\n\nThank you for meeting with me on Tuesday about the Data Analyst role. "
CLOSING = (
    " I enjoyed hearing how your team built the route optimisation dashboard. I have five"
    " years of experience with SQL and Tableau. I remain very interested in the position and"
    " would be excited to work with your team. Please let me know about next steps.\n\n"
    "Best regards,\nDaniel Okafor\n"
)


def run(rules, model, text: str, facts: Facts = SUMMIT, kind: str = "email"):
    result = checked(rules, model, text, facts, kind)
    for f in [*result.issues, *result.advice]:
        assert f.message and f.suggestion, f
    return result


def codes(result) -> set[str]:
    return {f.code for f in result.issues}


def found(result, code: str) -> list[str]:
    return [f.excerpt for f in result.issues if f.code == code]


# -- 1. wrong names anywhere


@pytest.mark.parametrize(
    "sentence",
    [
        "I think I would be a great fit for Harbor Analytics.",
        "I am excited about the role at Harbor Analytics.",
        "Please thank everyone I met at Harbor Analytics.",
        "I would love to join the team at Harbor Analytics.",
        "Harbor Analytics's mission of cleaner freight speaks to me.",
        "I would be proud to join Harbor Analytics.",
    ],
)
def test_another_company_is_a_name_mismatch_whatever_words_stand_around_it(
    rules, model, sentence
) -> None:
    text = OPENING + sentence + CLOSING
    result = run(rules, model, text)
    assert found(result, "name_mismatch") == ["Harbor Analytics"]
    assert result.verdict == "revise"


@pytest.mark.parametrize(
    "sentence",
    [
        "I enjoyed meeting the Bluebird team on Tuesday.",
        "The Bluebird team clearly cares about data quality.",
        "I'd love to build dashboards for Bluebird.",
        "I can't wait to start at Bluebird.",
        "I hope to bring my skills to Bluebird.",
        "I'm excited about the future of Bluebird.",
        "Bluebird is exactly where I want to be.",
        "I believe Bluebird is the right place for me.",
    ],
)
def test_a_one_word_name_with_no_suffix_is_still_read_as_the_employer(
    rules, model, sentence
) -> None:
    result = run(rules, model, OPENING + sentence + CLOSING)
    assert found(result, "name_mismatch") == ["Bluebird"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I enjoyed meeting the ICU team and the Data Science team.",
        "The Marketing team impressed me.",
        "The Epic team at my hospital trained me on the new charting.",
        "In my last job I supported the Initech team for two years.",
        "I'm excited to help the Summit team grow.",
    ],
)
def test_departments_and_the_candidates_own_teams_are_not_employers(rules, model, sentence) -> None:
    assert not found(run(rules, model, OPENING + sentence + CLOSING), "name_mismatch")


HEALTH = Facts(
    company="Crestview Health",
    role="Patient Access Coordinator",
    people=("Linda Park",),
    topics=("new scheduling system",),
    own_employers=("Mercy Clinic",),
)
HEALTH_OPENING = "Dear Linda,\n\nThank you for meeting with me on Tuesday. "


@pytest.mark.parametrize(
    "sentence",
    [
        "I can already picture my future at Sunrise Health.",
        "I know I would thrive at Riverbend.",
        "Please pass my thanks to Linda and Sandra for their time.",
        "It was great to hear Victor describe the new scheduling system.",
        "It was a pleasure to speak with you and Marcus on Tuesday.",
        "I look forward to contributing to Bayside Health's growth.",
    ],
)
def test_wrong_names_in_more_frames(rules, model, sentence) -> None:
    result = run(rules, model, HEALTH_OPENING + sentence + CLOSING, HEALTH)
    assert found(result, "name_mismatch"), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "I loved hearing about your partnership with Riverside Children's Hospital.",
        "I am certified by the American Heart Association in BLS and ACLS.",
        "I presented a poster at the HIMSS Global Conference last year.",
        "I am preparing for the CompTIA Security+ exam.",
        "I was glad to hear that the tour of the ICU. Learning the units matters.",
        "The way St. Luke's handled its rollout came up as a warning.",
        "I would love to contribute to Horizon, your new patient portal.",
        "Crestview, now part of Atrium Health, clearly invests in its front desk.",
        "At Mercy Clinic I cut registration errors by a third.",
        "I ran the Chicago Marathon last fall.",
        "I enjoyed the visit. Great team, and a great culture.",
        "I liked hearing how you coordinate the calls with Valley Home Health.",
        "Your team works closely with Riverside Medical Group on referrals.",
        "The Driver Safety Council sounds like a great idea.",
        "I would enjoy working with the Operations Excellence Group you described.",
    ],
)
def test_third_parties_products_and_events_are_not_wrong_names(rules, model, sentence) -> None:
    result = run(rules, model, HEALTH_OPENING + sentence + CLOSING, HEALTH)
    assert not found(result, "name_mismatch"), sentence


def test_a_short_form_of_the_company_and_a_postscript(rules, model) -> None:
    facts = Facts(company="Saint Brendan's Hospital", people=("Katherine Walsh",))
    text = "Dear Kate,\n\nI would be glad to join St. Brendan's." + CLOSING
    assert not found(run(rules, model, text, facts), "name_mismatch")
    wrong = OPENING + CLOSING + "\nP.S. I would be proud to join Harbor Analytics.\n"
    assert found(run(rules, model, wrong), "name_mismatch") == ["Harbor Analytics"]


def test_a_name_sharing_a_word_with_the_company_is_still_wrong(rules, model) -> None:
    facts = Facts(company="Crestview Health", people=("Rachel Moore",))
    text = OPENING + "I hope to join Bayside Health soon." + CLOSING
    assert found(run(rules, model, text, facts), "name_mismatch") == ["Bayside Health"]
    right = OPENING + "I hope to join Crestview Health soon." + CLOSING
    assert not found(run(rules, model, right, facts), "name_mismatch")


def test_the_subject_line_is_checked_for_names(rules, model) -> None:
    text = "Subject: Thank you - Data Analyst interview at Harbor Analytics\n\n" + OPENING + CLOSING
    result = run(rules, model, text)
    [finding] = [f for f in result.issues if f.code == "name_mismatch"]
    assert finding.excerpt == "Harbor Analytics"
    assert finding.start < text.index("Dear")
    right = (
        "Subject: Thank you - Data Analyst interview at Summit Logistics\n\n" + OPENING + CLOSING
    )
    assert not found(run(rules, model, right), "name_mismatch")


def test_a_name_of_another_application_says_whose_it_is(rules, model) -> None:
    facts = Facts(
        company="Summit Logistics",
        people=("Rachel Moore",),
        other_names=(("Pinnacle Freight", "the company of your round 2"),),
    )
    text = OPENING + "Pinnacle Freight is a place I admire." + CLOSING
    [finding] = [f for f in run(rules, model, text, facts).issues if f.code == "name_mismatch"]
    assert finding.excerpt == "Pinnacle Freight"
    assert "the company of your round 2" in finding.message


@pytest.mark.parametrize(
    ("facts", "sentence"),
    [
        (Facts(company="International Business Machines", people=("Rachel Moore",)),
         "I would be proud to join IBM."),
        (Facts(company="Summit Logistics", people=("Rachel Moore",), own_employers=("Globex",)),
         "I would be proud to join Summit, and at Globex I rebuilt our reporting."),
        (Facts(company="Summit Logistics", people=("Rachel Moore",),
               qualifications=("five years of SQL at Globex Corporation",)),
         "The work I did for Globex Corporation taught me a lot."),
        (Facts(company="Summit Logistics", people=("Rachel Moore",),
               topics=("the partnership with Acme Health",)),
         "The partnership with Acme Health sounds exciting."),
        (SUMMIT, "In my current role at Deloitte I led two supply chain projects."),
    ],
)  # fmt: skip
def test_allowed_names(rules, model, facts, sentence) -> None:
    assert not found(run(rules, model, OPENING + sentence + CLOSING, facts), "name_mismatch")


def test_a_titled_person_not_on_the_record_is_a_mismatch(rules, model) -> None:
    text = OPENING + "Please also thank Mr. Jenkins for the tour." + CLOSING
    assert found(run(rules, model, text), "name_mismatch") == ["Jenkins"]


# -- 2-4. desperation, pushiness, negativity in new words


@pytest.mark.parametrize(
    ("code", "sentence"),
    [
        ("desperation", "Hearing back soon would make a real difference for me."),
        ("desperation", "I've turned down two other interviews while I wait for you."),
        ("desperation", "I've been refreshing my inbox all week."),
        ("pushy", "I must have your answer by Thursday."),
        ("pushy", "Kindly tell me which day the decision will be made."),
        ("pushy", "I expect an answer this week."),
        ("negativity", "My current director never makes a decision and the whole office is chaos."),
        ("negativity", "It would be a relief to work with people who know what they are doing."),
    ],
)
def test_fuzzy_faults_are_found(rules, model, code, sentence) -> None:
    result = run(rules, model, OPENING + sentence + CLOSING)
    assert code in codes(result)
    assert result.verdict == "revise"


def test_another_offer_mentioned_politely_is_advice_not_pushy(rules, model) -> None:
    sentence = (
        "I have received another offer with a response date of December 4. If there is any"
        " update before then I would be grateful to hear it; if not, I completely understand."
    )
    result = run(rules, model, OPENING + sentence + CLOSING)
    assert "pushy" not in codes(result)
    assert "offer_deadline" in {f.code for f in result.advice}
    blunt = "I have another offer on the table and I need a decision by Monday."
    assert "pushy" in codes(run(rules, model, OPENING + blunt + CLOSING))
    asked = (
        "I have received another offer and have been asked to reply by May 9. Summit remains"
        " my first choice; if there is any update on your timeline I would be grateful to hear"
        " it, and if not, I completely understand."
    )
    assert "pushy" not in codes(run(rules, model, OPENING + asked + CLOSING))


# -- 5-6. template slots; false alarms


@pytest.mark.parametrize(
    "slot", ["NAME", "COMPANY", "FIRST_NAME", "<company>", "[Hiring Manager Name]", "{{name}}",
             "XXX"],
)  # fmt: skip
def test_template_slots_of_every_shape_are_placeholders(rules, model, slot) -> None:
    text = OPENING + f"I would be glad to join {slot} and the team." + CLOSING
    result = run(rules, model, text)
    assert slot in found(result, "placeholder")
    assert not found(result, "name_mismatch") and not found(result, "unprofessional")


@pytest.mark.parametrize(
    "sentence",
    [
        "I attached the design note I mentioned [PDF, 2 pages].",
        "My note appeared in the law review [1]; the ruling called it unambigous [sic].",
        "We replaced the raw std::vector<Order> with a typed repository and read results[0] last.",
    ],
)
def test_brackets_that_are_not_slots_are_not_placeholders(rules, model, sentence) -> None:
    assert not found(run(rules, model, OPENING + sentence + CLOSING), "placeholder")


def test_finance_and_path_terms_are_not_faults(rules, model) -> None:
    text = OPENING + (
        "I enjoyed our talk about the 401(k) plan audit and the 403(b) changes, and the"
        " s3://events/{region}/{year}/ layout of the data lake."
    ) + CLOSING  # fmt: skip
    result = run(rules, model, text)
    assert not found(result, "unprofessional") and not found(result, "placeholder")


# -- 7. elements in natural words


@pytest.mark.parametrize(
    ("element", "sentence"),
    [
        ("qualifications", "I bring five years of SQL."),
        ("qualifications", "My years running the night shift match what you need."),
        ("qualifications", "I hold the PMP and have led three ERP rollouts."),
        ("enthusiasm", "I would jump at the chance to join."),
    ],
)
def test_elements_in_natural_words(rules, model, element, sentence) -> None:
    text = (
        "Dear Rachel,\n\nThank you for meeting with me about the role. I enjoyed hearing how"
        f" your team built the route optimisation dashboard. {sentence} I remain interested in"
        " the position. Please let me know about next steps.\n\nBest,\nDaniel\n"
    )
    assert run(rules, model, text).elements[element]


def test_a_generic_line_is_not_a_specific(rules, model) -> None:
    text = (
        "Dear Rachel,\n\nThank you for your time on Wednesday. I enjoyed meeting the team and"
        " learning how the team works. I bring five years of dispatch experience. I remain very"
        " interested in the position and would be excited to join your team. Please let me know"
        " about next steps.\n\nBest regards,\nKevin\n"
    )
    result = run(rules, model, text, Facts(company="Summit Logistics", people=("Rachel Moore",)))
    assert not result.elements["specifics"]


# -- 8. note-style writing


@pytest.mark.parametrize(
    ("sentence", "excerpt"),
    [
        ("We talked about the new store opening nxt yr.", "nxt"),
        ("We covered the staffing plan w/ the regional team.", "w/"),
        ("The regional mgmt team was there too.", "mgmt"),
        ("The migration is planned over 12 wks.", "wks"),
        ("I know budget = staffing + overtime there.", " = "),
        ("The move, sap -> oracle, starts in spring.", " -> "),
        ("I bring Three years coordinating home visits.", "I bring Three"),
        ("I bring CPR certified and calm.", "I bring CPR certified"),
        ("Thank you for meeting with me yesterday..", ".."),
    ],
)
def test_note_style_writing_is_unprofessional_with_a_fix(rules, model, sentence, excerpt) -> None:
    result = run(rules, model, OPENING + sentence + CLOSING)
    findings = [f for f in result.issues if f.code == "unprofessional"]
    # "nxt yr", "= … +", "sap -> oracle": each shorthand is a finding
    assert excerpt in [f.excerpt for f in findings]
    assert all(f.suggestion for f in findings)
    assert result.verdict == "revise"


@pytest.mark.parametrize(
    ("sentence", "found", "write"),
    [("We met the regional mgmt team.", "mgmt", "management"),
     ("We talked w/ the staff.", "w/", "with"),
     ("The plan starts nxt month.", "nxt", "next")],
)  # fmt: skip
def test_shorthand_is_a_substitution_whose_suggestion_is_the_word(
    rules, model, sentence, found, write
) -> None:
    [finding] = [
        f for f in run(rules, model, OPENING + sentence + CLOSING).issues if f.excerpt == found
    ]
    assert finding.code == "unprofessional"
    assert f"'{write}'" in finding.suggestion and found in finding.message


def test_a_rule_kind_must_be_known() -> None:
    from followup.core.errors import ConfigError

    data = shipped_rule_data()
    data["code"]["unprofessional"]["rules"].append({"kind": "occurence", "pattern": "x"})
    with pytest.raises(ConfigError, match="kind must be"):
        compile_rules(data)
    data["code"]["unprofessional"]["rules"][-1] = {"kind": "substitution"}
    with pytest.raises(ConfigError, match="swap table"):
        compile_rules(data)


def test_a_title_with_a_first_name(rules, model) -> None:
    facts = Facts(company="Westlake Clinic", people=("Dr. Karen Osei",))
    text = "Dear Dr. Karen,\n\n" + OPENING.split("\n\n", 1)[1] + CLOSING
    [finding] = [f for f in run(rules, model, text, facts).issues if f.code == "unprofessional"]
    assert finding.excerpt == "Dr. Karen"
    assert "Dr. Osei" in finding.suggestion
    right = "Dear Dr. Osei,\n\n" + OPENING.split("\n\n", 1)[1] + CLOSING
    assert not found(run(rules, model, right, facts), "unprofessional")


@pytest.mark.parametrize(
    ("person", "greeting"),
    [
        ("Goh Mei Ling", "Dear Ms. Goh,"),
        ("Nguyen Thi Lan", "Dear Ms. Nguyen,"),
        ("Park Ji-ho", "Dear Mr. Park,"),
        ("Wong Ka Wai", "Dear Dr. Wong,"),
    ],
)
def test_a_family_name_written_first_takes_the_title(rules, model, person, greeting) -> None:
    facts = Facts(company="Westlake Clinic", people=(person,))
    text = greeting + "\n\n" + OPENING.split("\n\n", 1)[1] + CLOSING
    assert not found(run(rules, model, text, facts), "unprofessional")


# -- 9. notes it cannot judge


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("", "empty"),
        ("   \n\n \t\n", "empty"),
        ("Bonjour Madame Dubois,\n\nJe vous remercie pour l'entretien de mardi. J'ai beaucoup"
         " apprécié notre échange sur le poste et je reste très intéressée.\n\nCordialement,\n"
         "Sophie\n", "looks French"),
        ("Estimada Sra. García:\n\nMuchas gracias por la entrevista del martes. Estoy muy"
         " interesada en el puesto y me encantaría unirme a su equipo.\n\nAtentamente,\nAna\n",
         "looks Spanish"),
    ],
)  # fmt: skip
def test_input_it_cannot_judge_gets_one_line(rules, model, text, says) -> None:
    result = run(rules, model, text)
    assert says in result.cannot_check
    assert "\n" not in result.cannot_check
    assert result.verdict == "revise" and not any(result.elements.values())
    # an empty note's one issue is its length (0 words, where there is a character to show it
    # on); a note in another language has none
    assert [f.code for f in result.issues] == (["length"] if says == "empty" and text else [])
    assert result.to_dict()["cannot_check"] == result.cannot_check


def test_an_english_note_is_judged(rules, model) -> None:
    assert run(rules, model, OPENING + CLOSING).cannot_check == ""


# -- the check-in kind


def test_a_check_in_has_its_own_elements(rules, model) -> None:
    good = (
        "Dear Rachel,\n\nThank you again for meeting with me on November 12 about the Data"
        " Analyst position. I am still very interested in the role.\n\nCould you share any"
        " update on the timeline for a decision?\n\nBest regards,\nDaniel\n"
    )
    result = run(rules, model, good, kind="check-in")
    assert result.elements == {"thanks": True, "interest": True, "timeline": True}
    assert result.verdict == "ready"
    without = good.replace("Could you share any update on the timeline for a decision?", "")
    assert run(rules, model, without, kind="check-in").missing == ["timeline"]
    pushy = good.replace(
        "Could you share any update on the timeline for a decision?",
        "I expect a decision by Friday.",
    )
    assert "pushy" in codes(run(rules, model, pushy, kind="check-in"))


# -- fragments of a CV or of jotted notes pasted into a draft's sentences


@pytest.mark.parametrize(
    ("sentence", "excerpt"),
    [
        ("I have experience spring boot and REST services.", "spring"),
        ("I have experience Microsoft Office and minute taking.", "Microsoft"),
        ("I bring four years experience Tableau dashboards.", "Tableau"),
        ("I am a 3 PQE private client with estates work.", "3 PQE private client with"),
        ("We discussed your work with incl bus service plans.", "incl"),
        ("I completed my MBA in Harvard Business School last year.", "in Harvard Business School"),
        ("I enjoyed learning about ED sees and the triage area.", "ED sees"),
        ("We also talked about the pilot on the.", "the"),
        ("I am a BSBA management, and I'd be glad to help.", "BSBA management"),
        ("I hold an associate brand manager 3 years, snacks CPG.", "3 years"),
        ("I bring a registered dietitian 6 years, acute care and outpatient.", "6 years"),
        ("As a nurse 8 years ED, I know triage.", "8 years"),
        (
            "I hold an Associate's business admin 2021, and I can start soon.",
            "Associate's business admin",
        ),
        ("Thank you for sharing the Allison started as a PT aide there.", "Allison started"),
        ("I am a certified Passivhaus Designer course in progress.", "course in progress"),
        ("I am a certified CompTIA Security+ exam scheduled in May.", "exam scheduled"),
        ("I have worked as a line cook 2019-present, banquets and a la carte.", "2019-present"),
        (
            "I would love to bring my skills Excel advanced, pivot tables, to your team.",
            "Excel advanced,",
        ),
        ("My experience includes forklift certified, OSHA 10 and cycle counts.", "certified"),
        ("I am fluent Spanish and basic Portuguese.", "fluent"),
        ("Skills: Samsara, McLeod and Excel.", "Skills:"),
        ("Responsible for dispatch of 40 trucks daily, reduced late loads 15%.", "Responsible for"),
        ("The the tour of the yard was the highlight.", "The the"),
    ],
)
def test_fragments_pasted_into_a_sentence_are_unprofessional(
    rules, model, sentence, excerpt
) -> None:
    result = run(rules, model, OPENING + sentence + CLOSING)
    assert excerpt in found(result, "unprofessional"), [(f.code, f.excerpt) for f in result.issues]
    assert result.verdict == "revise"


@pytest.mark.parametrize(
    "sentence",
    [
        "I have experience in Python and with Spring Boot.",
        "I have the experience your team needs for the migration.",
        "I have experience leading audits, and I have experience abroad.",
        "Since I have five years of experience, I can start quickly.",
        "I have two years of experience as a team lead.",
        "I completed my MBA in Finance at Wharton.",
        "I enjoyed learning about what the team does.",
        "We talked about Plan A.",
        "I am a 2nd year student nurse.",
        "I hold an MBA and a CPA licence.",
        "As a PhD chemist, I have run assays like yours for years.",
        "I have a master's now, which has sharpened my research.",
        "I was a nurse 8 years ago, before I moved into education.",
        "As a teacher 20 years into my career, I still learn from my students.",
        "I have my licence exam scheduled for June, and I will share the result.",
        "I am taking the exam scheduled for May.",
        "I am a certified Passivhaus designer, and I finished the course last spring.",
        "Our team includes two certified nurses and a pharmacist.",
        "I am fluent in Spanish and conversational in Portuguese.",
        "Thank you for sharing how Allison started as a PT aide there.",
        "I enjoyed hearing how the Board approved the new wing.",
        "I enjoyed how the Principal explained the new timetable.",
        "I worked as a cook (2019-2021) at a hotel in Leeds.",
        "My technical skills include Excel, SQL and Tableau.",
        "I was responsible for forty trucks, and my skills include Excel.",
        "I know that that kind of peak is hard, and I had had a similar one.",
        "I am a registered nurse with 8 years of experience in the ED.",
    ],
)
def test_whole_sentences_are_not_fragments(rules, model, sentence) -> None:
    result = run(rules, model, OPENING + sentence + CLOSING)
    assert not codes(result), [(f.code, f.excerpt) for f in result.issues]


def test_names_in_the_greeting_need_no_job_title_and_no_bare_maam(rules, model) -> None:
    facts = Facts(
        company="Meridian Cruises",
        role="Assistant Purser",
        people=("Ramon dela Cruz", "Liza Santos"),
        topics=("guest services",),
    )
    text = "Dear Mr. Purser Ramon dela Cruz and Ma'am,\n\n" + CLOSING.lstrip()
    result = run(rules, model, text, facts)
    assert set(found(result, "unprofessional")) == {"Mr. Purser", "Ma'am"}
    assert not found(result, "name_mismatch")


@pytest.mark.parametrize(
    "sentence",
    [
        "I was disappointed to miss the site tour, and I would be glad to see it another time.",
        "I hated maths at school, so it still surprises me that I ended up in finance.",
        "I was a little anxious about the practical test, but I enjoyed it in the end.",
        "Managing underperforming staff is never easy, but I have done it fairly.",
        "The fraud losses you mentioned are exactly the kind of problem I enjoy working on.",
        "Dealing with angry callers is part of the job, and I have learned to stay calm.",
        "I'm sorry I missed your call on Friday; I was with a client.",
        "Families come to your office in desperate need of a safe home.",
        "I enjoyed the interview, even though the case study was tough!",
        "My experience is limited to retail, which gave me a feel for customers.",
        "The IT team at my current job is small, so I also manage our Microsoft 365 setup.",
        "I'm not a natural salesperson, but my customers keep coming back.",
        "Should I expect to hear from HR or from you directly?",
    ],
)
def test_hard_words_about_the_work_and_courtesy_are_not_faults(rules, model, sentence) -> None:
    result = run(rules, model, OPENING + sentence + CLOSING)
    assert not codes(result), [(f.code, f.excerpt) for f in result.issues]


@pytest.mark.parametrize(
    ("code", "sentence"),
    [
        ("negativity", "I'm honestly tired of being overlooked for promotion where I am."),
        ("negativity", "I'm not sure I'm really cut out for a role at this level."),
        ("desperation", "Please don't overlook me, this means everything to my family."),
        ("pushy", "I look forward to signing the contract next week."),
        ("negativity", "I realise my background is thin compared with what you need."),
        ("negativity", "The written test was unfair and far too long."),
        ("negativity", "I wasn't impressed by how long the interview overran."),
        ("negativity", "I can't believe nobody offered me a glass of water."),
        ("desperation", "Please put me out of my misery and let me know either way."),
        ("desperation", "I've been watching my inbox like a hawk since Monday."),
        ("pushy", "I assume we can discuss my start date on Monday."),
        ("negativity", "I'll admit I fluffed the budgeting question badly."),
        ("desperation", "I've turned down a holiday so I can be available when you call."),
        ("desperation", "I lie awake wondering whether I've got the job."),
    ],
)
def test_more_faults_in_new_words(rules, model, code, sentence) -> None:
    result = run(rules, model, OPENING + sentence + CLOSING)
    assert code in codes(result), [(f.code, f.excerpt) for f in result.issues]


def test_a_replys_subject_and_a_greeting_run_into_the_first_sentence(rules, model) -> None:
    text = (
        "Subject: Re: Data Analyst interview\n\n"
        "Hi Rachel - thank you for meeting with me on Tuesday about the Data Analyst role."
        + CLOSING
    )
    result = run(rules, model, text)
    assert not codes(result), [(f.code, f.excerpt) for f in result.issues]
    assert all(result.elements.values()), result.elements


def test_gday_is_a_regional_greeting_advice_not_an_issue(rules, model) -> None:
    # issue 8 (session 10): regional greetings do not block; they are tone advice
    result = run(rules, model, "G'day Rachel,\n\n" + CLOSING.lstrip())
    assert "G'day" not in found(result, "unprofessional")
    assert "G'day" in [f.excerpt for f in result.advice if f.code == "tone"]


@pytest.mark.parametrize(
    "sentence",
    [
        "During the pandemic I ran the vaccination clinic at my current practice.",
        "At my current bakery I start at 4am and run the ovens on my own.",
        "My current employer gave me the chance to lead the office move.",
    ],
)
def test_the_current_job_described_well_is_not_negativity(rules, model, sentence) -> None:
    result = run(rules, model, OPENING + sentence + CLOSING)
    assert not codes(result), [(f.code, f.excerpt) for f in result.issues]


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("On a typical workday I see around thirty patients.", ""),
        ("I had to google the term after our call.", ""),
        ("I hold an NVQ Level 3 in Health and Social Care.", ""),
        ("Our Q3 results (up 14% YoY) came from the referral scheme.", ""),
        ("I'm certified in PRINCE2 and I use MS Project daily.", ""),
        ("I have attached references from St Mary's and Kingston Council.", ""),
        ("Honestly, anything would beat my two-hour commute.", "negativity"),
    ],
)
def test_ordinary_words_and_subjects_are_not_names(rules, model, sentence, code) -> None:
    result = run(rules, model, OPENING + sentence + CLOSING)
    expected = {code} if code else set()
    assert codes(result) == expected, [(f.code, f.excerpt) for f in result.issues]


@pytest.mark.parametrize(
    "sentence",
    [
        "My start date depends on my notice period, which is still TBC with my employer.",
        "I enjoyed the discussion of the <head> tags and the accessibility audit.",
        "I've used {curly brace} templating in Jinja for our email campaigns.",
        "I use TODO lists to keep my caseload organised.",
    ],
)
def test_words_that_look_like_slots_but_are_said_are_not_placeholders(
    rules, model, sentence
) -> None:
    result = run(rules, model, OPENING + sentence + CLOSING)
    assert not codes(result), [(f.code, f.excerpt) for f in result.issues]


@pytest.mark.parametrize(
    "sentence",
    ["I enjoyed discussing TBD with the team.", "It was great to meet <name> and the team."],
)
def test_slots_left_in_a_sentence_are_still_placeholders(rules, model, sentence) -> None:
    assert "placeholder" in codes(run(rules, model, OPENING + sentence + CLOSING))


def test_a_kiss_at_the_end_of_a_line_is_too_casual(rules, model) -> None:
    text = OPENING + "Can't wait to hear back, fingers crossed x\n\nBest,\nKai\n"
    assert "x" in found(run(rules, model, text), "unprofessional")
    text = OPENING + "The room we toured was 3 x 4 metres." + CLOSING
    assert not found(run(rules, model, text), "unprofessional")


def test_a_dash_sign_off_starts_the_signature(rules, model) -> None:
    text = (
        OPENING
        + CLOSING.split("\n\nBest regards,")[0]
        + "\n\n— Daniel Okafor, Ohio State University '19\n"
    )
    result = run(rules, model, text)
    assert not found(result, "name_mismatch")
    assert result.verdict == "ready"


# -- names that are no other organisation, and titles or initials that stand for a name

HALCYON = Facts(
    company="Halcyon Medical Supply Co.",
    role="Operations Analyst",
    people=("Dana Porter", "Luis Ortega"),
    topics=("vendor scorecard",),
)
HALCYON_OPENING = (
    "Dear Ms. Porter,\n\nThank you for meeting with me on Tuesday about the Operations Analyst"
    " role. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        # the employer's own units, named after what they do
        "I appreciated how the Inventory Planning Department uses ABC analysis.",
        "I would love to join the Strategic Sourcing Unit.",
        "The Ambulatory Care Network team seems very collaborative.",
        "Meeting the Clinical Engineering staff showed me how closely the teams work.",
        "Learning that the Procurement and Inventory Control teams sit together was helpful.",
        "I would welcome the chance to bring that experience to the Cardiology Research Unit.",
        "I enjoyed hearing about the airport work of the Capital Projects team.",
        # a determiner opening the sentence is no part of the name
        "Your Supplier Diversity Council's work stood out to me.",
        # a product whose first word is close to a reader's name ("Power" and Porter)
        "Having used Tableau and Power BI before, I could start on the dashboards quickly.",
        # a third party where the employer does its work
        "I liked the literacy workshops you run at Lincoln Land Community College.",
    ],
)
def test_units_products_and_third_parties_are_not_other_names(rules, model, sentence) -> None:
    text = HALCYON_OPENING + sentence + CLOSING.replace("route optimisation dashboard", "scorecard")
    result = run(rules, model, text, HALCYON)
    assert "name_mismatch" not in codes(result), found(result, "name_mismatch")


@pytest.mark.parametrize(
    "sentence",
    [
        "I think I would be a great fit for Harbor Analytics.",
        "I would love to join the Strategic Sourcing team at Harbor Analytics.",
        "The Bayside Health team seems very collaborative.",
        "Your Harbor Analytics colleagues were kind.",
    ],
)
def test_other_organisations_beside_unit_words_are_still_wrong(rules, model, sentence) -> None:
    text = HALCYON_OPENING + sentence + CLOSING
    result = run(rules, model, text, HALCYON)
    assert "name_mismatch" in codes(result)


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        (HALCYON_OPENING + "Please also thank Lt. for walking me through the maps.", "Lt."),
        (HALCYON_OPENING + "I enjoyed talking with Dr. about the scorecard.", "Dr."),
        (
            HALCYON_OPENING + "I enjoyed meeting the team at Halcyon Medical Supply LLC. and"
            " hearing about the scorecard.",
            "LLC.",
        ),
        (
            HALCYON_OPENING + "I bring Certified Supply Chain Professional and six years.",
            "I bring Certified",
        ),
        ("Dear D. Porter,\n\nThank you for meeting with me on Tuesday.", "D. Porter"),
    ],
)
def test_a_title_an_initial_or_a_legal_suffix_standing_oddly_is_unprofessional(
    rules, model, text, excerpt
) -> None:
    result = run(rules, model, text + CLOSING, HALCYON)
    assert excerpt in found(result, "unprofessional")
    assert "name_mismatch" not in codes(result), found(result, "name_mismatch")


@pytest.mark.parametrize(
    "text",
    [
        HALCYON_OPENING + "Mr. and Mrs. Ortega made me feel welcome.",
        HALCYON_OPENING + "I would be proud to join Halcyon Medical Supply Co.",
        HALCYON_OPENING + "I would be proud to join Halcyon Medical Supply Co. and help.",
        "Dear S. Krishnan,\n\nThank you for meeting with me on Tuesday.",
        "Dear Ms. Porter,\n\nThank you for meeting with me on Tuesday; Dr. Ortega was kind.",
        "Dear Ms. de Vries,\n\nThank you for meeting with me on Tuesday.",
        "Dear Mr van Zyl,\n\nThank you for meeting with me on Tuesday.",
        HALCYON_OPENING + "Dr. von Arnim and Mrs. da Silva made me feel welcome.",
    ],
)
def test_titles_initials_and_suffixes_in_their_place_are_fine(rules, model, text) -> None:
    facts = Facts(
        company=HALCYON.company,
        role=HALCYON.role,
        people=("Dana Porter", "Luis Ortega", "S. Krishnan"),
        topics=HALCYON.topics,
    )
    result = run(rules, model, text + CLOSING, facts)
    assert "unprofessional" not in codes(result), found(result, "unprofessional")


@pytest.mark.parametrize(
    ("greeting", "code"),
    [
        ("Dear Pastor Evans,", None),
        ("Dear Sergeant Hughes,", None),
        ("Dear Sgt.,", "unprofessional"),
        ("Dear Lieutenant,", "unprofessional"),
    ],
)
def test_ranks_and_clergy_in_the_greeting(rules, model, greeting, code) -> None:
    facts = Facts(
        company="Avon and Somerset Police",
        role="Community Support Officer",
        people=("David Evans", "Dan Hughes"),
        topics=("bike patrols",),
    )
    text = (
        f"{greeting}\n\nThank you for the interview on Friday about the Community Support"
        " Officer role and the bike patrols. I have volunteered as a Special Constable for two"
        " years. I am very interested in the role and excited about joining the force. I look"
        " forward to hearing about next steps.\n\nYours sincerely,\nJake Turner\n"
    )
    result = run(rules, model, text, facts)
    assert "name_mismatch" not in codes(result), found(result, "name_mismatch")
    if code:
        assert code in codes(result)
    else:
        assert "unprofessional" not in codes(result), found(result, "unprofessional")


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        # an interviewer's own history and the employer's partners are third parties
        (
            "I enjoyed chatting with Luis about his time at Northwestern Medicine.",
            "name_mismatch",
        ),
        (
            "I admired the team's work with the American Hospital Association on shortages.",
            "name_mismatch",
        ),
        # a career gap given with its reason is a fact, not a plea
        (
            "Having been unemployed for a few months while caring for my father, I am"
            " excited to return to work.",
            "desperation",
        ),
        # template fields named as such are not leftover slots
        (
            "The vendor template uses [Supplier Name] and [PO Number] fields, which I know.",
            "placeholder",
        ),
    ],
)
def test_polite_or_third_party_wording_is_no_fault(rules, model, sentence, code) -> None:
    text = HALCYON_OPENING + sentence + CLOSING
    result = run(rules, model, text, HALCYON)
    assert code not in codes(result), [f.excerpt for f in result.issues]


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("She explained why the role at Harbor Analytics matters.", "name_mismatch"),
        ("I have been unemployed for eight months and really need this job.", "desperation"),
        ("I loved hearing about [specific project] and the team.", "placeholder"),
    ],
)
def test_the_same_words_without_the_polite_frame_are_still_faults(
    rules, model, sentence, code
) -> None:
    text = HALCYON_OPENING + sentence + CLOSING
    assert code in codes(run(rules, model, text, HALCYON))


@pytest.mark.parametrize(
    ("sentence", "excerpt"),
    [
        ("Looking fwd to the next steps.", "fwd"),
        ("Gr8 to meet the team.", "Gr8"),
        ("The talk about vendor scorecards was v helpful.", "v helpful"),
        ("I led a team of ~12 buyers.", "~"),
        ("Supplier on-time delivery improved 8% -> 95%.", " -> "),
        ("Excited re the role.", "re"),
        ("Discussed: scorecard, KPIs, Q3 targets.", "Discussed:"),
    ],
)
def test_more_jotted_shorthand_is_unprofessional(rules, model, sentence, excerpt) -> None:
    result = run(rules, model, HALCYON_OPENING + sentence + CLOSING, HALCYON)
    assert excerpt in found(result, "unprofessional")


@pytest.mark.parametrize(
    "sentence",
    [
        "I think we're the right match, and you're an inspiring leader.",
        "We discussed the scorecard: its targets and its weights.",
        "Thank you for the tour of Building V and the pharmacy.",
    ],
)
def test_words_that_share_the_shorthand_are_fine(rules, model, sentence) -> None:
    result = run(rules, model, HALCYON_OPENING + sentence + CLOSING, HALCYON)
    assert "unprofessional" not in codes(result), found(result, "unprofessional")


@pytest.mark.parametrize(
    ("sentence", "found_it"),
    [
        ("With four years analysing commercial credit, I could help build the tool.", True),
        ("Two years hoping for this chance has taught me patience.", False),
    ],
)
def test_years_and_the_work_done_in_them_are_a_qualification(
    rules, model, sentence, found_it
) -> None:
    text = (
        "Dear Ms. Porter,\n\nThank you for meeting with me on Tuesday about the Operations"
        f" Analyst role and the vendor scorecard. {sentence}\n\nI am very interested in the"
        " position and excited about joining Halcyon Medical Supply. I look forward to hearing"
        " about next steps.\n\nBest regards,\nJamie Rivera\n"
    )
    assert run(rules, model, text, HALCYON).elements["qualifications"] is found_it


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("PINNACLE FREIGHT is a place I admire.", ["PINNACLE FREIGHT"]),
        # the whole name in lower case is still the name (session 13); one everyday word is not
        (
            "I admire Pinnacle's depot and pinnacle freight's drivers.",
            ["Pinnacle", "pinnacle freight"],
        ),
        ("I admire the pinnacle of your depot design.", []),
        ("The Pinnacle-Freight yard impressed me.", []),
        ("I admire Pinnacle Freight.", ["Pinnacle Freight"]),
    ],
)
def test_other_applications_names_in_any_case_are_found_without_compiling_for_others(
    rules, model, sentence, names
) -> None:
    """A stored name of another application is looked for by its pattern only in a note that
    holds one of its forms in some case (an ASCII note without them skips the pattern, which
    is then never compiled); written with a capital, in any case, it is found, and so is the
    whole name in lower case."""
    from followup.core.check.names import Names

    whose = f"the company of your round {len(sentence)}"  # new facts: a new Names
    facts = Facts(
        company="Summit Logistics",
        people=("Rachel Moore",),
        other_names=(("Pinnacle Freight", whose),),
    )
    quiet = OPENING + "Summit Logistics is a place I admire." + CLOSING
    run(rules, model, quiet, facts)
    [(pattern, *_rest)] = Names.for_facts(facts, rules).known_wrong
    assert pattern._compiled is None  # nothing to find: never compiled
    text = OPENING + sentence + CLOSING
    issues = run(rules, model, text, facts).issues
    assert [f.excerpt for f in issues if f.code == "name_mismatch" and whose in f.message] == names
