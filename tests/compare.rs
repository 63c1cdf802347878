//! What reconciling a few short reports of one event finds: which differing
//! values are conflicts and which are not.

use concord::{reconcile, Attribute, Facet, Frame, Options, Report, Source};

fn run(texts: &[(&str, &str, &str)]) -> Report {
    let sources: Vec<Source> = texts
        .iter()
        .map(|(id, published, text)| {
            let mut s = Source::new(*id, *text)
                .with_published_str(published)
                .unwrap();
            s.event = Some("one".into());
            s
        })
        .collect();
    reconcile(&sources, &Options::new()).unwrap()
}

/// Reports written the same day, named "a", "b", "c" in order.
fn same_day(published: &str, texts: &[&str]) -> Report {
    let ids = ["a", "b", "c", "d"];
    let dated: Vec<(&str, &str, &str)> = texts
        .iter()
        .zip(ids)
        .map(|(text, id)| (id, published, *text))
        .collect();
    run(&dated)
}

fn conflicts_on(report: &Report, frame: Frame, subject: &str) -> usize {
    report
        .conflicts
        .iter()
        .filter(|c| c.attribute.frame == frame && c.attribute.subject == subject)
        .count()
}

#[test]
fn tolls_that_differ_conflict() {
    let r = same_day(
        "2013-05-02",
        &[
            "Gunmen stormed the market. The attack killed seven people, police said.",
            "Gunmen stormed the market. The attack killed 12 people, police said.",
        ],
    );
    assert_eq!(conflicts_on(&r, Frame::Count, "people killed"), 1, "{r}");
}

#[test]
fn tolls_a_thousandfold_apart_count_different_things() {
    let r = same_day(
        "2013-05-02",
        &[
            "Gunmen stormed the market. The attack killed seven people, police said.",
            "Gunmen stormed the market. The attack killed 12,000 people, police said.",
        ],
    );
    assert_eq!(conflicts_on(&r, Frame::Count, "people killed"), 0, "{r}");
    assert!(
        r.notes.iter().any(|n| n.message.contains("thousandfold")),
        "{r}"
    );
}

#[test]
fn a_death_and_a_body_found_days_later_are_two_steps() {
    let r = same_day(
        "2004-07-28",
        &[
            "The former aide died Saturday at a hotel on the coast.",
            "The former aide was found dead Tuesday in his hotel room on the coast.",
        ],
    );
    assert!(r.conflicts.is_empty(), "{r}");
}

#[test]
fn one_step_on_two_days_conflicts() {
    let r = same_day(
        "2004-07-28",
        &[
            "The former aide was found dead Saturday in his hotel room on the coast.",
            "The former aide was found dead Tuesday in his hotel room on the coast.",
        ],
    );
    assert_eq!(conflicts_on(&r, Frame::EventDate, "discovery"), 1, "{r}");
}

#[test]
fn times_shot_differ() {
    let r = run(&[
        (
            "a",
            "2013-03-12",
            "Police shot the teenager 11 times on Saturday night.",
        ),
        (
            "b",
            "2013-03-14",
            "The autopsy showed the teenager was hit by seven bullets on Saturday night.",
        ),
    ]);
    assert_eq!(conflicts_on(&r, Frame::Count, "times shot"), 1, "{r}");
}

#[test]
fn a_toll_that_rises_days_later_is_an_update_one_that_falls_is_not() {
    let a = "Gunmen stormed the market on Monday. The attack killed seven people, police said.";
    let b = "Gunmen stormed the market on Monday. The attack killed 12 people, police said.";
    let rises = run(&[("a", "2013-05-06", a), ("b", "2013-05-09", b)]);
    assert_eq!(
        conflicts_on(&rises, Frame::Count, "people killed"),
        0,
        "{rises}"
    );
    assert!(
        rises
            .notes
            .iter()
            .any(|n| n.message.contains("change over time")),
        "{rises}"
    );
    let next_day = run(&[("a", "2013-05-06", a), ("b", "2013-05-07", b)]);
    assert_eq!(
        conflicts_on(&next_day, Frame::Count, "people killed"),
        0,
        "{next_day}"
    );
    let same_day = run(&[("a", "2013-05-06", a), ("b", "2013-05-06", b)]);
    assert_eq!(
        conflicts_on(&same_day, Frame::Count, "people killed"),
        1,
        "{same_day}"
    );
    let falls = run(&[("a", "2013-05-09", a), ("b", "2013-05-06", b)]);
    assert_eq!(
        conflicts_on(&falls, Frame::Count, "people killed"),
        1,
        "{falls}"
    );
}

#[test]
fn ages_a_year_apart_conflict_only_when_written_close_together() {
    let a = "Police arrested 26-year-old John Roe on Monday in the shooting.";
    let b = "Police arrested 27-year-old John Roe on Monday in the shooting.";
    let close = run(&[("a", "2013-01-08", a), ("b", "2013-01-09", b)]);
    assert_eq!(
        conflicts_on(&close, Frame::Measure, "age of john roe"),
        1,
        "{close}"
    );
    let apart = run(&[("a", "2013-01-08", a), ("b", "2013-09-27", b)]);
    assert_eq!(
        conflicts_on(&apart, Frame::Measure, "age of john roe"),
        0,
        "{apart}"
    );
    assert!(
        apart.notes.iter().any(|n| n.message.contains("birthday")),
        "{apart}"
    );
}

#[test]
fn one_person_spelled_two_ways() {
    let r = same_day(
        "2010-09-10",
        &[
            "Latonya Brown, 36, was shot in the head at the plant on Thursday.",
            "Latoya Brown, 36, was shot in the head at the plant on Thursday.",
        ],
    );
    assert_eq!(conflicts_on(&r, Frame::Name, "latonya brown"), 1, "{r}");
    let two_people = same_day(
        "2010-09-10",
        &[
            "John Smith, 40, was shot at the plant on Thursday.",
            "Jane Smith, 38, was shot at the plant on Thursday.",
        ],
    );
    assert!(two_people.conflicts.is_empty(), "{two_people}");
}

#[test]
fn sentences_passed() {
    let r = same_day(
        "2007-04-04",
        &[
            "A judge on Tuesday sentenced Jose Orozco to death for the murder.",
            "A judge on Tuesday sentenced Jose Orozco to life in prison for the murder.",
            "A judge on Tuesday sentenced Jose Orozco to death, the court said.",
        ],
    );
    assert_eq!(conflicts_on(&r, Frame::Sentence, "orozco"), 1, "{r}");
    let terms = same_day(
        "2013-05-02",
        &[
            "Lopez was sentenced to 25 years in prison on Thursday.",
            "Lopez was sentenced to 20 years in prison on Thursday.",
        ],
    );
    assert_eq!(conflicts_on(&terms, Frame::Sentence, "lopez"), 1, "{terms}");
}

#[test]
fn weekdays_read_against_pages_a_week_apart_are_two_happenings() {
    let a = "The league announced on Monday nine violations by the coaches.";
    let b = "The team announced on Monday its new coach after a long search.";
    let r = run(&[("a", "2005-05-16", a), ("b", "2005-05-24", b)]);
    assert!(r.conflicts.is_empty(), "{r}");
    assert!(
        r.notes.iter().any(|n| n.message.contains("two happenings")),
        "{r}"
    );
    // a day stated outright on one side makes it a disagreement again
    let c = "The team announced on May 16 its new coach after a long search.";
    let r = run(&[("b", "2005-05-24", b), ("c", "2005-05-24", c)]);
    assert_eq!(conflicts_on(&r, Frame::EventDate, ""), 1, "{r}");
}

#[test]
fn magnitudes_and_rounded_conversions() {
    let r = same_day(
        "2013-07-03",
        &[
            "A magnitude-6.1 earthquake struck the province on Tuesday.",
            "A magnitude-6.2 earthquake struck the province on Tuesday.",
        ],
    );
    assert_eq!(conflicts_on(&r, Frame::Measure, "magnitude"), 1, "{r}");
    let r = same_day(
        "2013-07-03",
        &[
            "The quake struck on Tuesday at a depth of 10 km.",
            "The quake struck on Tuesday at a depth of 6 miles.",
        ],
    );
    assert!(r.conflicts.is_empty(), "{r}");
    assert_eq!(
        r.agreements
            .iter()
            .filter(
                |a| a.attribute == Attribute::new(Frame::Measure, "depth").with_facet(Facet::Depth)
            )
            .count(),
        1,
        "{r}"
    );
}

#[test]
fn weekdays_with_no_dates_to_read_them_against() {
    let sources = [
        Source::new(
            "a",
            "Riot police clashed with protesters on Monday in the city.",
        ),
        Source::new(
            "b",
            "Riot police clashed with protesters on Tuesday in the city.",
        ),
    ];
    let r = reconcile(&sources, &Options::new()).unwrap();
    assert!(r.conflicts.is_empty(), "{r}");
    assert!(
        r.notes
            .iter()
            .any(|n| n.message.contains("no date to read them")),
        "{r}"
    );
}

#[test]
fn prices_of_one_named_product() {
    let r = same_day("2013-04-25", &["T-Mobile adds BlackBerry Q10\nThe BlackBerry Q10 is priced at $199, the carrier said on Wednesday.", "T-Mobile adds BlackBerry Q10\nThe BlackBerry Q10 is priced at $249, the carrier said on Wednesday."]);
    assert_eq!(
        conflicts_on(&r, Frame::Measure, "price of blackberry q10"),
        1,
        "{r}"
    );
    let r = same_day("2013-04-25", &["T-Mobile adds BlackBerry Q10\nThe BlackBerry Q10 is priced at $199, the carrier said on Wednesday.", "T-Mobile adds BlackBerry Q10\nThe BlackBerry Q10 is priced at $199.99, the carrier said on Wednesday."]);
    assert!(r.conflicts.is_empty(), "{r}");
}

/// One short article, copied in the tests of copies.
const BRIDGE: &str = "Council votes to close the old bridge\n\
    The city council voted on Tuesday to close the old river bridge to traffic. \
    Engineers found cracks in two of its piers last month, officials said. \
    The bridge carried about 9,000 cars a day before the vote. \
    A new crossing is planned upstream, the mayor told reporters.";

#[test]
fn many_copies_of_one_article_are_listed_once_each() {
    let article = BRIDGE;
    let ids: Vec<String> = (0..50).map(|k| format!("paper{k:02}")).collect();
    let texts: Vec<(&str, &str, &str)> = ids
        .iter()
        .map(|id| (id.as_str(), "2024-03-06", article))
        .collect();
    let report = run(&texts);
    // fifty duplicates are 1,225 pairs; they are one group: one original
    // and 49 copies, each once, printed as one line
    assert_eq!(report.copies.len(), 1, "{:#?}", report.copies);
    assert_eq!(report.copies[0].original, "paper00");
    let copies: std::collections::BTreeSet<&str> =
        report.copied().map(|c| c.copy.as_str()).collect();
    assert_eq!(copies.len(), 49);
    assert!(!copies.contains("paper00"));
    let text = report.to_string();
    assert_eq!(text.matches("repeated by").count(), 1, "{text}");
    assert!(report
        .copied()
        .all(|c| c.kind == concord::CopyKind::Duplicate));
}

#[test]
fn event_times_half_a_day_apart_are_two_moments_not_a_conflict() {
    let arrest = |time: &str, who: &str| {
        format!(
            "Actor arrested after crash on highway\n\
             The actor was arrested on Sunday at about {time} after his car hit a barrier on the highway, {who} said. \
             Police said he had been driving fast."
        )
    };
    let (a, b, c, d) = (
        arrest("1:30 a.m.", "police"),
        arrest("1:30 a.m.", "a spokesman"),
        arrest("1:00 a.m.", "officers"),
        arrest("noon", "his lawyer"),
    );
    let near = same_day("2024-03-04", &[&a, &b, &c]);
    assert_eq!(
        conflicts_on(&near, Frame::EventTime, ""),
        1,
        "{:#?}",
        near.conflicts
    );
    let far = same_day("2024-03-04", &[&a, &b, &d]);
    assert_eq!(
        conflicts_on(&far, Frame::EventTime, ""),
        0,
        "{:#?}",
        far.conflicts
    );
    assert!(far
        .notes
        .iter()
        .any(|n| n.message.contains("two moments of the story")));
}

#[test]
fn measures_are_compared_by_their_facet() {
    // a depth names what it measures; "a 30-foot drop" and "a 50-foot
    // drop" are extents named too loosely to be one measure
    let r = same_day(
        "2013-07-03",
        &[
            "The quake struck on Tuesday at a depth of 10 km.",
            "The quake struck on Tuesday at a depth of 40 km.",
        ],
    );
    assert_eq!(conflicts_on(&r, Frame::Measure, "depth"), 1, "{r}");
    let extents = same_day(
        "2013-07-03",
        &[
            "The climber survived a 30-foot drop on Tuesday.",
            "The climber survived a 50-foot drop on Tuesday.",
        ],
    );
    assert!(extents.conflicts.is_empty(), "{extents}");
    assert!(extents
        .claims
        .iter()
        .any(|c| c.attribute.facet == Some(Facet::Extent)));
}

#[test]
fn the_copy_and_grouping_options_decide_what_they_name() {
    let article = BRIDGE;
    let sources: Vec<Source> = [("a", "2024-03-06"), ("b", "2024-03-16")]
        .iter()
        .map(|(id, day)| Source::new(*id, article).with_published_str(day).unwrap())
        .collect();
    let copies = |opts: &Options| reconcile(&sources, opts).unwrap().copied().count();
    // ten days apart: a copy by default (30 days), not within a week
    assert_eq!(copies(&Options::new()), 1);
    assert_eq!(copies(&Options::new().copy_days(7)), 0);
    // two reports of one story, alike but not copies, group by default
    // and stay apart when grouping asks for near-identical words
    let other = "Council closes old river bridge\n\
        Traffic was stopped on the old river bridge after the city council vote on Tuesday. \
        The mayor said a new crossing upstream would replace it.";
    let two: Vec<Source> = [("a", article), ("b", other)]
        .iter()
        .map(|(id, text)| {
            Source::new(*id, *text)
                .with_published_str("2024-03-06")
                .unwrap()
        })
        .collect();
    let events = |opts: &Options| reconcile(&two, opts).unwrap().events.len();
    assert_eq!(events(&Options::new()), 1);
    assert_eq!(events(&Options::new().group_similarity(90)), 2);
}

#[test]
fn two_weekdays_named_are_two_days_unless_one_is_the_small_hours_of_the_other() {
    let told = |day: &str| {
        format!(
            "Company to buy data center firm\n\
             The computer maker announced on {day} that it would acquire the consulting firm, the company said. \
             Terms of the acquisition were not disclosed."
        )
    };
    let (a, b, c) = (told("Monday"), told("Monday"), told("Tuesday"));
    // pages of Monday 12 and Tuesday 13 November 2007
    let report = run(&[
        ("a", "2007-11-12", &a),
        ("b", "2007-11-12", &b),
        ("c", "2007-11-13", &c),
    ]);
    assert_eq!(conflicts_on(&report, Frame::EventDate, ""), 1, "{report}");
    // "late Thursday" and "early Friday, around 1:30 a.m." are one night
    let night = |when: &str| {
        format!(
            "Fire destroys apartment block\n\
             The fire broke out {when} and destroyed the apartment block, officials said. \
             Firefighters fought the blaze for hours."
        )
    };
    let (d, e, f) = (
        night("on Thursday"),
        night("late on Thursday"),
        night("early Friday morning, around 1:30 a.m."),
    );
    let report = run(&[
        ("d", "2013-05-03", &d),
        ("e", "2013-05-03", &e),
        ("f", "2013-05-03", &f),
    ]);
    assert_eq!(conflicts_on(&report, Frame::EventDate, ""), 0, "{report}");
}
